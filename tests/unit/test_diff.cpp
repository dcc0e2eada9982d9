#include <doctest/doctest.h>

#include <algorithm>

#include "core/diff.hpp"
#include "core/json_format.hpp"
#include "core/money.hpp"
#include "sample_agreement.hpp"
#include "test_document_helpers.hpp"

using namespace bpo;

namespace {

const FieldChange* change_at(const AgreementDiff& d, const std::string& pointer) {
    for (const FieldChange& c : d.changes)
        if (c.pointer == pointer) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("identical agreements have no changes") {
    const Agreement a = rules_test::complete_agreement();
    const AgreementDiff d = diff_agreements(a, a);
    CHECK(d.identical());
    CHECK(diff_to_json(d)["identical"] == true);
}

TEST_CASE("a changed field is reported with its pointer, label and both values") {
    const Agreement a = rules_test::complete_agreement();
    Agreement b = a;
    b.service_levels[0].expected = 85;
    const AgreementDiff d = diff_agreements(a, b);
    REQUIRE(d.changes.size() == 1);
    const FieldChange& c = d.changes[0];
    CHECK(c.kind == ChangeKind::Changed);
    CHECK(c.pointer == "/serviceLevels/0/expected");
    CHECK(c.before_pointer == "/serviceLevels/0/expected");
    CHECK(c.section == Section::ServiceLevels);
    CHECK(c.label == "Service levels \xE2\x80\xBA Calls answered within 20 seconds \xE2\x80\xBA Expected");
    CHECK(c.old_value == "80");
    CHECK(c.new_value == "85");
    CHECK(format_change(c) ==
          "/serviceLevels/0/expected (Service levels \xE2\x80\xBA Calls answered within 20 seconds \xE2\x80\xBA "
          "Expected): 80 -> 85");
    CHECK(d.count_in(Section::ServiceLevels) == 1);
    CHECK(d.count_in(Section::Term) == 0);
}

TEST_CASE("values read as people read them: money, percent, yes/no, unset, lists") {
    const Agreement a = rules_test::complete_agreement();
    Agreement b = a;
    b.credits.at_risk_bp = 1000;                       // 12 % -> 10 %
    b.pricing.fixed_monthly_fee = Money{450000};       // 0 -> 4,500.00
    b.termination.exit_assistance = !a.termination.exit_assistance;
    b.service_levels[1].minimum.reset();               // 7 -> not set
    b.services[0].languages.push_back("German");
    b.term.initial_term_months = 48;
    const AgreementDiff d = diff_agreements(a, b);
    CHECK(d.changes.size() == 6);

    const FieldChange* risk = change_at(d, "/credits/atRiskPercent");
    REQUIRE(risk);
    CHECK(risk->old_value == "12%");
    CHECK(risk->new_value == "10%");
    CHECK(risk->label == "Service levels \xE2\x80\xBA Credits \xE2\x80\xBA At risk (%)");

    const FieldChange* fee = change_at(d, "/pricing/fixedMonthlyFeeMinor");
    REQUIRE(fee);
    CHECK(fee->new_value == format_money(Money{450000}, a.pricing.currency));
    CHECK(fee->label == "Pricing \xE2\x80\xBA Fixed monthly fee");

    const FieldChange* exit = change_at(d, "/termination/exitAssistance");
    REQUIRE(exit);
    CHECK(exit->new_value == (b.termination.exit_assistance ? "yes" : "no"));

    const FieldChange* minimum = change_at(d, "/serviceLevels/1/minimum");
    REQUIRE(minimum);
    CHECK(minimum->old_value == "7");
    CHECK(minimum->new_value.empty());
    CHECK(minimum->new_json.is_null());
    const std::string line = format_change(*minimum);
    CHECK(line.substr(line.size() - 11) == "7 -> (none)");

    // A list of plain values is one field.
    const FieldChange* languages = change_at(d, "/services/0/languages");
    REQUIRE(languages);
    CHECK(languages->old_value == "English, Polish");
    CHECK(languages->new_value == "English, Polish, German");

    const FieldChange* term = change_at(d, "/term/initialTermMonths");
    REQUIRE(term);
    CHECK(term->label == "Term and renewal \xE2\x80\xBA Initial term months");
}

TEST_CASE("rows are matched by id: added, removed and changed rows are reported as such") {
    const Agreement a = rules_test::complete_agreement();

    SUBCASE("a row inserted at the front is one addition, not a cascade of changes") {
        Agreement b = a;
        ServiceLevel fcr;
        fcr.id = "sl-fcr";
        fcr.name = "First contact resolution";
        b.service_levels.insert(b.service_levels.begin(), fcr);
        const AgreementDiff d = diff_agreements(a, b);
        REQUIRE(d.changes.size() == 1);
        CHECK(d.changes[0].kind == ChangeKind::Added);
        CHECK(d.changes[0].pointer == "/serviceLevels/0");
        CHECK(d.changes[0].before_pointer.empty());
        CHECK(d.changes[0].new_value == "First contact resolution");
        CHECK(d.changes[0].new_json["id"] == "sl-fcr");
        CHECK(d.changes[0].label == "Service levels \xE2\x80\xBA First contact resolution");
    }
    SUBCASE("a removed row is one removal, with its pointer in the old version") {
        Agreement b = a;
        b.service_levels.erase(b.service_levels.begin() + 1);  // sl-cycle
        const AgreementDiff d = diff_agreements(a, b);
        REQUIRE(d.changes.size() == 1);
        CHECK(d.changes[0].kind == ChangeKind::Removed);
        CHECK(d.changes[0].pointer == "/serviceLevels/1");
        CHECK(d.changes[0].old_value == "Invoice processing cycle time");
        CHECK(d.changes[0].new_value.empty());
    }
    SUBCASE("a field of a row that also moved is reported at the new place") {
        Agreement b = a;
        b.service_levels.erase(b.service_levels.begin());  // sl-asa gone: sl-cycle moves up by one
        b.service_levels[0].expected = 4;                  // sl-cycle, was /serviceLevels/1
        const AgreementDiff d = diff_agreements(a, b);
        REQUIRE(d.changes.size() == 2);
        CHECK(d.changes[0].kind == ChangeKind::Removed);
        CHECK(d.changes[1].kind == ChangeKind::Changed);
        CHECK(d.changes[1].pointer == "/serviceLevels/0/expected");
        CHECK(d.changes[1].before_pointer == "/serviceLevels/1/expected");
        CHECK(d.changes[1].old_value == "5");
        CHECK(d.changes[1].new_value == "4");
    }
}

TEST_CASE("a reordered row is reported as moved, the others stay put") {
    const Agreement a = rules_test::complete_agreement();
    Agreement b = a;
    // sl-asa, sl-cycle, sl-csat -> sl-cycle, sl-csat, sl-asa: only sl-asa moved.
    std::rotate(b.service_levels.begin(), b.service_levels.begin() + 1, b.service_levels.end());
    const AgreementDiff d = diff_agreements(a, b);
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].kind == ChangeKind::Moved);
    CHECK(d.changes[0].pointer == "/serviceLevels/2");
    CHECK(d.changes[0].before_pointer == "/serviceLevels/0");
    CHECK(d.changes[0].old_value == "1");
    CHECK(d.changes[0].new_value == "3");
    CHECK(format_change(d.changes[0]).find("moved from position 1 to 3") != std::string::npos);
}

TEST_CASE("nested lists: rows inside governance and plain lists inside rows") {
    const Agreement a = rules_test::complete_agreement();
    Agreement b = a;
    b.governance.meetings[1].agenda = "Performance, improvements, innovation";
    b.governance.escalation.pop_back();
    b.service_levels[0].exclusions.push_back(Exclusion::ForceMajeure);
    const AgreementDiff d = diff_agreements(a, b);
    REQUIRE(d.changes.size() == 3);
    // Document order: service levels come before governance.
    CHECK(d.changes[0].pointer == "/serviceLevels/0/exclusions");
    CHECK(d.changes[0].old_value == "scheduled-maintenance");
    CHECK(d.changes[0].new_value == "scheduled-maintenance, force-majeure");
    CHECK(d.changes[1].pointer == "/governance/meetings/1/agenda");
    CHECK(d.changes[1].label == "Governance \xE2\x80\xBA Meetings \xE2\x80\xBA Quarterly business review \xE2\x80\xBA Agenda");
    CHECK(d.changes[2].kind == ChangeKind::Removed);
    CHECK(d.changes[2].pointer == "/governance/escalation/2");
    CHECK(d.changes[2].old_value == "Executives");
}

TEST_CASE("extensions are compared too, key by key") {
    Agreement a = rules_test::complete_agreement();
    Agreement b = a;
    a.extensions = {{"crm", {{"dealId", "D-1"}}}};
    b.extensions = {{"crm", {{"dealId", "D-2"}}}, {"tags", {"x"}}};
    const AgreementDiff d = diff_agreements(a, b);
    REQUIRE(d.changes.size() == 2);
    CHECK(d.changes[0].pointer == "/extensions/crm/dealId");
    CHECK(d.changes[1].kind == ChangeKind::Added);
    CHECK(d.changes[1].pointer == "/extensions/tags");
}

TEST_CASE("diff JSON shape") {
    const Agreement a = rules_test::complete_agreement();
    Agreement b = a;
    b.title = "New title";
    const auto j = diff_to_json(diff_agreements(a, b));
    CHECK(j["format"] == "bpo-diff");
    CHECK(j["version"] == 1);
    CHECK(j["identical"] == false);
    REQUIRE(j["changes"].size() == 1);
    const auto& c = j["changes"][0];
    CHECK(c["kind"] == "changed");
    CHECK(c["pointer"] == "/title");
    CHECK(c["section"] == "overview");
    CHECK(c["label"] == "Overview \xE2\x80\xBA Title");
    CHECK(c["old"] == a.title);
    CHECK(c["new"] == "New title");
    CHECK(c["newValue"] == "New title");
}

TEST_CASE("two different fixtures compare without error and every change has a section and label") {
    const Agreement a = test::load_fixture("startup-customer-support");
    const Agreement b = test::load_fixture("enterprise-multi-tower");
    const AgreementDiff d = diff_agreements(a, b);
    CHECK(d.changes.size() > 20);
    for (const FieldChange& c : d.changes) {
        CHECK(!c.label.empty());
        CHECK(c.pointer.front() == '/');
    }
    CHECK(diff_agreements(b, b).identical());
}
