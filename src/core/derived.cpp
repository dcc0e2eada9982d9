#include "core/derived.hpp"

#include "core/completeness.hpp"
#include "core/document_builder.hpp"
#include "core/rules.hpp"

namespace bpo {

bool refresh(Derived& d, const Agreement& agreement, std::uint64_t revision, const std::string& draft_id) {
    if (d.revision == revision && d.draft_id == draft_id) return false;
    d.revision = revision;
    d.draft_id = draft_id;
    d.findings = validate(agreement);
    d.completeness = completeness_all(agreement);
    d.finding_counts.fill(0);
    d.errors = d.warnings = d.infos = 0;
    for (const Finding& f : d.findings) {
        ++d.finding_counts[static_cast<std::size_t>(f.section)];
        (f.severity == Severity::Error ? d.errors : f.severity == Severity::Warning ? d.warnings : d.infos)++;
    }
    d.document = build_document(agreement);
    return true;
}

}  // namespace bpo
