// The document tree: numbering, cross-references, definitions in use, missing values,
// conditional clauses and positions.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "core/document_builder.hpp"
#include "core/render_markdown.hpp"
#include "test_document_helpers.hpp"
#include "test_document_samples.hpp"

using namespace bpo;

namespace {

bool has_anchor(const Document& d, const std::string& anchor) { return find_clause(d, anchor) != nullptr; }

std::string all_text(const Document& d) { return render_markdown(d); }

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

const Definition* definitions_block(const Document& d, std::vector<Definition>& out) {
    for (const Clause& s : d.sections)
        for (const Clause& c : s.children)
            for (const Block& b : c.body)
                if (b.kind == BlockKind::Definitions) {
                    out = b.definitions;
                    return out.empty() ? nullptr : &out.front();
                }
    return nullptr;
}

void collect_runs(const std::vector<Block>& blocks, std::vector<Run>& out) {
    for (const Block& b : blocks) {
        for (const Run& r : b.text) out.push_back(r);
        for (const Inline& i : b.items) out.insert(out.end(), i.begin(), i.end());
        for (const auto& row : b.table.rows)
            for (const Inline& cell : row) out.insert(out.end(), cell.begin(), cell.end());
        for (const Definition& def : b.definitions) out.insert(out.end(), def.meaning.begin(), def.meaning.end());
    }
}

void collect_runs(const std::vector<Clause>& clauses, std::vector<Run>& out) {
    for (const Clause& c : clauses) {
        collect_runs(c.body, out);
        collect_runs(c.children, out);
    }
}

std::vector<Run> every_run(const Document& d) {
    std::vector<Run> out;
    collect_runs(d.parties, out);
    collect_runs(d.recitals, out);
    collect_runs(d.sections, out);
    for (const Schedule& s : d.schedules) collect_runs(s.body, out);
    return out;
}

}  // namespace

TEST_CASE("document: the sample and every fixture build without problems") {
    std::vector<Agreement> agreements = {test::sample_agreement(), Agreement{}};
    for (const std::string& name : test::fixture_names()) agreements.push_back(test::load_fixture(name));
    for (const Agreement& a : agreements) {
        const Document d = build_document(a);
        CHECK(d.problems.empty());
        for (const std::string& p : d.problems) MESSAGE(p);
        const std::string md = render_markdown(d);
        CHECK_FALSE(contains(md, "{{"));
        CHECK_FALSE(contains(md, "}}"));
        CHECK_FALSE(contains(md, "[reference:"));
        CHECK(contains(md, "not legal advice"));
        for (const Clause& s : d.sections) CHECK_FALSE(s.children.empty());  // no empty sections
        CHECK(d.schedules.size() == 6);
        CHECK(d.signatures.size() == 2);
    }
}

TEST_CASE("document: sections, clauses and sub-clauses are numbered 1, 1.1, 1.1(a)") {
    const Document d = build_document(test::sample_agreement());
    REQUIRE(d.sections.size() >= 14);
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
        const Clause& s = d.sections[i];
        CHECK(s.number == std::to_string(i + 1));
        for (std::size_t j = 0; j < s.children.size(); ++j) {
            const Clause& c = s.children[j];
            CHECK(c.number == s.number + "." + std::to_string(j + 1));
            for (std::size_t k = 0; k < c.children.size(); ++k) {
                CHECK(c.children[k].label == "(" + std::string(1, static_cast<char>('a' + k)) + ")");
                CHECK(c.children[k].number == c.number + c.children[k].label);
            }
        }
    }
    CHECK(d.sections[0].heading == "Definitions and interpretation");
    const Clause* interp = find_clause(d, "interpretation.headings");
    REQUIRE(interp);
    CHECK(interp->number == "1.2(a)");
    CHECK(d.schedules[0].number == "Schedule 1");
    CHECK(d.schedules[5].number == "Schedule 6");
    CHECK(clause_count(d) > 80);
}

TEST_CASE("document: cross-references resolve to the numbers of their targets") {
    const Document d = build_document(test::sample_agreement());
    std::size_t references = 0;
    for (const Run& r : every_run(d)) {
        if (r.kind != RunKind::Reference) continue;
        ++references;
        if (r.target.rfind("schedule.", 0) == 0) {
            CHECK(r.text.rfind("Schedule ", 0) == 0);
        } else {
            const Clause* target = find_clause(d, r.target);
            REQUIRE_MESSAGE(target, r.target);
            CHECK(r.text == target->number);
        }
    }
    CHECK(references > 30);
    // A known one: the earn-back clause refers to nothing, the critical failure clause to 12.2.
    const std::string md = all_text(d);
    CHECK(contains(md, "may terminate this Agreement under clause " + find_clause(d, "termination.cause")->number));
    SUBCASE("removing a clause renumbers the references to the clauses after it") {
        Agreement a = test::sample_agreement();
        a.credits.earn_back = false;
        const Document fewer = build_document(a);
        CHECK(find_clause(fewer, "sl.critical-failure")->number == "4.4");
        CHECK(find_clause(d, "sl.critical-failure")->number == "4.5");
        CHECK(fewer.problems.empty());
    }
}

TEST_CASE("document: the definitions list holds exactly the terms used") {
    Agreement a = test::sample_agreement();
    const Document d = build_document(a);
    std::vector<Definition> defs;
    REQUIRE(definitions_block(d, defs));
    std::vector<std::string> terms;
    for (const Definition& def : defs) terms.push_back(def.term);
    CHECK(std::is_sorted(terms.begin(), terms.end()));
    auto has = [&](const std::string& t) { return std::find(terms.begin(), terms.end(), t) != terms.end(); };
    CHECK(has("Services"));
    CHECK(has("Service Credit"));
    CHECK(has("Exit Period"));
    CHECK(has("GDPR"));
    CHECK_FALSE(has("HIPAA"));
    CHECK_FALSE(has("Business Associate Agreement"));
    // Every used term is defined, every defined term is used somewhere (or by another definition).
    for (const Run& r : every_run(d))
        if (r.kind == RunKind::Term) CHECK_MESSAGE(has(r.target), r.target);

    SUBCASE("without exit assistance and credits their terms disappear") {
        a.termination.exit_assistance = false;
        for (ServiceLevel& sl : a.service_levels) sl.criticality = Criticality::Key;
        const Document fewer = build_document(a);
        std::vector<Definition> less;
        REQUIRE(definitions_block(fewer, less));
        bool exit = false, credit = false, at_risk = false;
        for (const Definition& def : less) {
            exit = exit || def.term == "Exit Period";
            credit = credit || def.term == "At-Risk Amount";
            at_risk = at_risk || def.term == "Service Credit";
        }
        CHECK_FALSE(exit);
        CHECK_FALSE(credit);
        CHECK(fewer.problems.empty());
        (void)at_risk;
    }
}

TEST_CASE("document: missing values are visible placeholders and listed with pointers") {
    const Document d = build_document(Agreement{});
    const std::string md = render_markdown(d);
    CHECK(contains(md, "\\[Client name\\]"));
    CHECK(contains(md, "\\[Effective date\\]"));
    CHECK(contains(md, "\\[Governing law\\]"));
    auto listed = [&](const std::string& pointer) {
        return std::any_of(d.missing.begin(), d.missing.end(), [&](const MissingValue& m) { return m.pointer == pointer; });
    };
    CHECK(listed("/client/legalName"));
    CHECK(listed("/provider/signatoryName"));
    CHECK(listed("/term/effectiveDate"));
    CHECK(listed("/disputes/governingLaw"));
    CHECK(listed("/services"));
    // One entry per pointer, even when the value appears in many places.
    std::vector<std::string> pointers;
    for (const MissingValue& m : d.missing) pointers.push_back(m.pointer);
    std::sort(pointers.begin(), pointers.end());
    CHECK(std::adjacent_find(pointers.begin(), pointers.end()) == pointers.end());

    const Document full = build_document(test::sample_agreement());
    CHECK(full.missing.empty());
    for (const MissingValue& m : full.missing) MESSAGE(m.pointer);
}

TEST_CASE("document: conditional clauses appear only when they apply") {
    Agreement a = test::sample_agreement();
    SUBCASE("HIPAA and the business associate agreement") {
        CHECK_FALSE(has_anchor(build_document(a), "data.hipaa"));
        a.security.frameworks.push_back(Framework::Hipaa);
        a.security.health_data = true;
        a.security.baa_reference = "BAA dated 1 March 2025";
        const Document d = build_document(a);
        CHECK(has_anchor(d, "data.hipaa"));
        CHECK(contains(all_text(d), "Business Associate Agreement"));
        CHECK(contains(all_text(d), "BAA dated 1 March 2025"));
    }
    SUBCASE("arbitration versus courts") {
        CHECK(contains(all_text(build_document(a)), "finally resolved by arbitration under the ICC rules"));
        a.disputes.forum = Forum::Courts;
        a.disputes.venue = "England and Wales";
        const std::string md = all_text(build_document(a));
        CHECK_FALSE(contains(md, "arbitration under"));
        CHECK(contains(md, "The courts of England and Wales have exclusive jurisdiction"));
    }
    SUBCASE("mediation only when chosen") {
        CHECK(has_anchor(build_document(a), "disputes.mediation"));
        a.disputes.mediation = false;
        CHECK_FALSE(has_anchor(build_document(a), "disputes.mediation"));
    }
    SUBCASE("GDPR transfer clause only when data leaves the EEA under GDPR") {
        CHECK(has_anchor(build_document(a), "data.transfers"));
        a.security.data_outside_eea = false;
        CHECK_FALSE(has_anchor(build_document(a), "data.transfers"));
        a.security.data_outside_eea = true;
        a.security.frameworks = {Framework::Soc2};
        CHECK_FALSE(has_anchor(build_document(a), "data.transfers"));
    }
    SUBCASE("earn-back only when enabled") {
        CHECK(has_anchor(build_document(a), "sl.earn-back"));
        a.credits.earn_back = false;
        CHECK_FALSE(has_anchor(build_document(a), "sl.earn-back"));
    }
    SUBCASE("service credits only with critical service levels") {
        for (ServiceLevel& sl : a.service_levels) sl.criticality = Criticality::Key;
        const Document d = build_document(a);
        CHECK_FALSE(has_anchor(d, "sl.credits"));
        CHECK_FALSE(has_anchor(d, "sl.earn-back"));
        CHECK(d.problems.empty());
    }
    SUBCASE("exit assistance, change of control, termination for convenience") {
        a.termination.exit_assistance = false;
        a.termination.change_of_control = false;
        a.termination.convenience = ConvenienceRight::None;
        const Document d = build_document(a);
        CHECK_FALSE(has_anchor(d, "termination.exit"));
        CHECK_FALSE(has_anchor(d, "termination.change-of-control"));
        CHECK_FALSE(has_anchor(d, "termination.convenience"));
        CHECK(d.problems.empty());
    }
    SUBCASE("objectives section only with objectives") {
        a.objectives.clear();
        const Document d = build_document(a);
        CHECK_FALSE(has_anchor(d, "objectives.agreed"));
        CHECK(d.problems.empty());
    }
    SUBCASE("renewal wording follows the renewal choice") {
        CHECK(contains(all_text(build_document(a)), "renews automatically for a further period of 12 months"));
        a.term.renewal = Renewal::None;
        CHECK(contains(all_text(build_document(a)), "This Agreement does not renew."));
    }
    SUBCASE("indemnities and insurance only when listed") {
        a.liability.indemnities.clear();
        a.liability.insurance.clear();
        const Document d = build_document(a);
        CHECK_FALSE(has_anchor(d, "liability.indemnities"));
        CHECK_FALSE(has_anchor(d, "liability.insurance"));
        CHECK(d.problems.empty());
    }
}

TEST_CASE("document: clause positions change the text of their clause") {
    Agreement a = test::sample_agreement();
    const std::string balanced = all_text(build_document(a));
    CHECK(contains(balanced, "Client's sole financial remedy for a missed Service Level, except"));
    a.positions.service_credits = Position::ProviderFavourable;
    a.positions.liability = Position::ProviderFavourable;
    const std::string provider = all_text(build_document(a));
    CHECK(contains(provider, "sole and exclusive financial remedy"));
    CHECK(contains(provider, "Service Credits paid count toward that limit"));
    a.positions.service_credits = Position::ClientFavourable;
    a.positions.audit = Position::ClientFavourable;
    const std::string client = all_text(build_document(a));
    CHECK(contains(client, "do not count toward the Provider's limit of liability"));
    CHECK(contains(client, "as often as they reasonably need"));
    // Every combination of positions builds without problems.
    for (Position p : {Position::ClientFavourable, Position::Balanced, Position::ProviderFavourable}) {
        Agreement b = test::sample_agreement();
        b.positions = {p, p, p, p, p, p, p};
        for (Owner o : {Owner::Client, Owner::Provider, Owner::Joint, Owner::Unspecified}) {
            b.ip.work_product = o;
            const Document d = build_document(b);
            CHECK(d.problems.empty());
            CHECK_FALSE(contains(render_markdown(d), "{{"));
        }
    }
}

TEST_CASE("document: dump sample for review when BPO_DUMP_DOC is set") {
    const char* path = std::getenv("BPO_DUMP_DOC");
    if (!path) return;
    std::ofstream(path) << render_markdown(build_document(test::sample_agreement()));
    std::ofstream(std::string(path) + ".empty.md") << render_markdown(build_document(Agreement{}));
}
