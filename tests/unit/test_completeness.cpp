// Completeness badges per section.
#include <doctest/doctest.h>

#include "core/completeness.hpp"
#include "sample_agreement.hpp"

using namespace bpo;
using bpo::rules_test::complete_agreement;

TEST_CASE("a complete agreement is 100 % in every section") {
    const Agreement a = complete_agreement();
    for (Section s : all_sections) {
        CAPTURE(section_id(s));
        CHECK(completeness(a, s) == 100);
    }
    CHECK(completeness_overall(a) == 100);
}

TEST_CASE("an empty agreement is 0 % where something is expected") {
    const Agreement a;
    CHECK(completeness(a, Section::Overview) == 0);
    CHECK(completeness(a, Section::Scope) == 0);
    CHECK(completeness(a, Section::ServiceLevels) == 0);
    CHECK(completeness(a, Section::Objectives) == 0);
    CHECK(completeness(a, Section::Transition) == 0);
    CHECK(completeness_overall(a) < 20);
}

TEST_CASE("missing items lower the score, rounded down") {
    SUBCASE("parties: 7 per party, 2 sides of responsibilities, 2 descriptions = 18 items; one missing -> 17 * 100 / 18 = 94.4 -> 94") {
        Agreement a = complete_agreement();
        a.provider.address.clear();
        CHECK(completeness_tally(a, Section::Parties).expected == 18);
        CHECK(completeness(a, Section::Parties) == 94);
    }
    SUBCASE("term: renewal items are only expected when renewal is possible") {
        Agreement a = complete_agreement();
        a.term.renewal_period_months = 0;
        CHECK(completeness(a, Section::Term) == 75);  // 3 of 4
        a.term.renewal = Renewal::None;
        CHECK(completeness(a, Section::Term) == 100);  // 2 of 2
    }
    SUBCASE("objectives: a failing SMART letter counts as a missing item") {
        Agreement a = complete_agreement();
        a.objectives[0].deadline = Date{};
        // 1 (list) + 5 letters + owner = 7 expected, 6 filled -> 85
        CHECK(completeness(a, Section::Objectives) == 85);
    }
    SUBCASE("data security: HIPAA adds the BAA reference") {
        Agreement a = complete_agreement();
        a.security.frameworks.push_back(Framework::Hipaa);
        CHECK(completeness_tally(a, Section::DataSecurity).expected == 11);
        CHECK(completeness(a, Section::DataSecurity) == 90);  // 10 of 11
    }
    SUBCASE("completeness_all follows all_sections") {
        Agreement a = complete_agreement();
        a.title.clear();
        const auto all = completeness_all(a);
        CHECK(all[0] == 0);
        CHECK(all[1] == 100);
    }
}
