#include "core/derived.hpp"

#include "core/anchors.hpp"
#include "core/completeness.hpp"
#include "core/document_builder.hpp"
#include "core/rules.hpp"

namespace bpo {

bool refresh(Derived& d, const Agreement& agreement, std::uint64_t revision, const std::string& draft_id,
             const Playbook* playbook, std::uint64_t playbook_generation) {
    if (d.revision == revision && d.draft_id == draft_id && d.playbook_generation == playbook_generation)
        return false;
    d.revision = revision;
    d.draft_id = draft_id;
    d.playbook_generation = playbook_generation;
    d.findings = validate(agreement);
    const std::size_t rule_findings = d.findings.size();
    if (playbook) {
        std::vector<Finding> deviations = check_playbook(*playbook, agreement);
        d.findings.insert(d.findings.end(), deviations.begin(), deviations.end());
    }
    d.playbook_findings = static_cast<int>(d.findings.size() - rule_findings);
    d.completeness = completeness_all(agreement);
    d.finding_counts.fill(0);
    d.errors = d.warnings = d.infos = 0;
    for (const Finding& f : d.findings) {
        ++d.finding_counts[static_cast<std::size_t>(f.section)];
        (f.severity == Severity::Error ? d.errors : f.severity == Severity::Warning ? d.warnings : d.infos)++;
    }
    d.document = build_document(agreement);
    d.deviation_anchors.clear();
    for (std::size_t i = rule_findings; i < d.findings.size(); ++i) {
        const std::vector<std::string> anchors = document_anchors(d.document, d.findings[i].pointer);
        if (!anchors.empty()) d.deviation_anchors[anchors.front()].push_back(i);
    }
    return true;
}

}  // namespace bpo
