// Service credits month by month: worked examples checked against hand computations.
//
// The deal used throughout (unless a test changes it):
//   fixed monthly fee 100,000.00, effective 2027-01-01, 36 months, no adjustment
//   at-risk 12 % of the charges = 12,000.00 a month, also the monthly cap; pool method
//   sl-asa      critical, higher is better, expected 80, minimum 75, allocation 50 % ->  6,000.00
//   sl-abandon  critical, lower is better,  expected 5,  no minimum, allocation 40 % ->  4,800.00
//   sl-acc      critical, higher is better, expected 99, minimum 98, allocation 30 % ->  3,600.00
//   sl-csat     key,      higher is better, expected 90                              ->  never credited
#include <doctest/doctest.h>

#include "core/credits.hpp"
#include "core/money.hpp"

using namespace bpo;

namespace {

ServiceLevel level(const char* id, Criticality c, Direction d, double expected, std::optional<double> minimum,
                   BasisPoints allocation) {
    ServiceLevel sl;
    sl.id = id;
    sl.name = id;
    sl.criticality = c;
    sl.direction = d;
    sl.expected = expected;
    sl.minimum = minimum;
    sl.unit = MetricUnit::Percent;
    sl.allocation_bp = allocation;
    return sl;
}

Agreement credit_deal() {
    Agreement a;
    a.term.effective_date = Date{2027, 1, 1};
    a.term.initial_term_months = 36;
    a.pricing.model = PricingModel::FixedMonthly;
    a.pricing.fixed_monthly_fee = Money{10000000};
    a.credits.method = CreditMethod::AtRiskPool;
    a.credits.at_risk_bp = 1200;
    a.credits.pool_bp = 12000;
    a.service_levels = {
        level("sl-asa", Criticality::Critical, Direction::HigherIsBetter, 80, 75, 5000),
        level("sl-abandon", Criticality::Critical, Direction::LowerIsBetter, 5, std::nullopt, 4000),
        level("sl-acc", Criticality::Critical, Direction::HigherIsBetter, 99, 98, 3000),
        level("sl-csat", Criticality::Key, Direction::HigherIsBetter, 90, std::nullopt, 0),
    };
    return a;
}

// A month where everything is met, with overrides.
ActualsMonth month(int y, int m, std::map<std::string, double> overrides = {},
                   std::map<std::string, std::string> excluded = {}) {
    ActualsMonth am;
    am.month = YearMonth{y, m};
    am.values = {{"sl-asa", 82}, {"sl-abandon", 4}, {"sl-acc", 99.5}, {"sl-csat", 93}};
    for (const auto& o : overrides) am.values[o.first] = o.second;
    for (const auto& x : excluded) am.values.erase(x.first);
    am.excluded = std::move(excluded);
    return am;
}

const SlMonth& result(const CreditMonth& cm, const std::string& id) {
    for (const SlMonth& r : cm.levels)
        if (r.service_level_id == id) return r;
    FAIL("no result for " << id);
    return cm.levels.front();
}

}  // namespace

TEST_CASE("a month where every level is met earns no credit") {
    const CreditReport r = compute_credits(credit_deal(), Actuals{{month(2027, 1)}});
    REQUIRE(r.months.size() == 1);
    const CreditMonth& m = r.months[0];
    CHECK(m.contract_month == 1);
    CHECK(m.charges.minor == 10000000);
    CHECK(m.at_risk.minor == 1200000);
    for (const SlMonth& s : m.levels) CHECK(s.outcome == SlOutcome::Met);
    CHECK(m.credited.minor == 0);
    CHECK(r.notes.empty());
}

TEST_CASE("the month's credits are capped at the at-risk amount, in listed order") {
    // asa 74 < 75 minimum: missed -> 6,000.00 ; abandon 6.3 > 5: missed -> 4,800.00 ;
    // acc 97.5 < 98 minimum: missed -> 3,600.00 ; gross 14,400.00 > cap 12,000.00.
    // Counted: 6,000.00 + 4,800.00 + the remaining 1,200.00 of acc's 3,600.00.
    const CreditReport r =
        compute_credits(credit_deal(), Actuals{{month(2027, 2, {{"sl-asa", 74}, {"sl-abandon", 6.3}, {"sl-acc", 97.5}})}});
    const CreditMonth& m = r.months.at(0);
    CHECK(m.gross.minor == 1440000);
    CHECK(m.cap_reached);
    CHECK(m.credited.minor == 1200000);
    CHECK(result(m, "sl-asa").credited.minor == 600000);
    CHECK(result(m, "sl-abandon").credited.minor == 480000);
    CHECK(result(m, "sl-acc").credit.minor == 360000);
    CHECK(result(m, "sl-acc").credited.minor == 120000);
    CHECK(m.net.minor == 1200000);
    CHECK(r.total_credited.minor == 1200000);
}

TEST_CASE("expected and minimum levels") {
    SUBCASE("between minimum and expected is below expected, without credit") {
        const CreditMonth m = compute_credits(credit_deal(), Actuals{{month(2027, 1, {{"sl-asa", 77}})}}).months.at(0);
        CHECK(result(m, "sl-asa").outcome == SlOutcome::BelowExpected);
        CHECK(m.credited.minor == 0);
    }
    SUBCASE("exactly at the minimum is not a miss") {
        const CreditMonth m = compute_credits(credit_deal(), Actuals{{month(2027, 1, {{"sl-asa", 75}})}}).months.at(0);
        CHECK(result(m, "sl-asa").outcome == SlOutcome::BelowExpected);
    }
    SUBCASE("without a minimum, below expected is a miss") {
        Agreement a = credit_deal();
        a.service_levels[0].minimum.reset();
        const CreditMonth m = compute_credits(a, Actuals{{month(2027, 1, {{"sl-asa", 79.9}})}}).months.at(0);
        CHECK(result(m, "sl-asa").outcome == SlOutcome::Missed);
        CHECK(m.credited.minor == 600000);
    }
}

TEST_CASE("a lower-is-better metric misses when it is above the level") {
    SUBCASE("equal to the level is met") {
        const CreditMonth m = compute_credits(credit_deal(), Actuals{{month(2027, 1, {{"sl-abandon", 5.0}})}}).months.at(0);
        CHECK(result(m, "sl-abandon").outcome == SlOutcome::Met);
    }
    SUBCASE("above is missed: 4,800.00") {
        const CreditMonth m = compute_credits(credit_deal(), Actuals{{month(2027, 1, {{"sl-abandon", 5.01}})}}).months.at(0);
        CHECK(result(m, "sl-abandon").outcome == SlOutcome::Missed);
        CHECK(m.credited.minor == 480000);
    }
    SUBCASE("well below is met") {
        const CreditMonth m = compute_credits(credit_deal(), Actuals{{month(2027, 1, {{"sl-abandon", 0.5}})}}).months.at(0);
        CHECK(result(m, "sl-abandon").outcome == SlOutcome::Met);
    }
}

TEST_CASE("key measurements are reported without credit") {
    const CreditMonth m = compute_credits(credit_deal(), Actuals{{month(2027, 1, {{"sl-csat", 70}})}}).months.at(0);
    CHECK(result(m, "sl-csat").outcome == SlOutcome::Missed);
    CHECK(result(m, "sl-csat").credit.minor == 0);
    CHECK(m.credited.minor == 0);
}

TEST_CASE("exclusions excuse the month") {
    const CreditMonth m =
        compute_credits(credit_deal(), Actuals{{month(2027, 1, {}, {{"sl-abandon", "carrier outage"}})}}).months.at(0);
    const SlMonth& s = result(m, "sl-abandon");
    CHECK(s.outcome == SlOutcome::Excluded);
    CHECK(s.exclusion_reason == "carrier outage");
    CHECK(m.credited.minor == 0);
    SUBCASE("even with a failing value supplied") {
        ActualsMonth am = month(2027, 1, {}, {{"sl-abandon", "carrier outage"}});
        am.values["sl-abandon"] = 30;
        const CreditMonth m2 = compute_credits(credit_deal(), Actuals{{am}}).months.at(0);
        CHECK(result(m2, "sl-abandon").outcome == SlOutcome::Excluded);
        CHECK(result(m2, "sl-abandon").actual == 30);
        CHECK(m2.credited.minor == 0);
    }
}

TEST_CASE("missing values and missing targets") {
    Agreement a = credit_deal();
    a.service_levels[2].expected.reset();
    ActualsMonth am = month(2027, 1, {{"sl-acc", 10}});
    am.values.erase("sl-asa");
    const CreditMonth m = compute_credits(a, Actuals{{am}}).months.at(0);
    CHECK(result(m, "sl-asa").outcome == SlOutcome::NoData);
    CHECK(result(m, "sl-acc").outcome == SlOutcome::NoTarget);
    CHECK(m.credited.minor == 0);
}

TEST_CASE("earn-back returns a credit after the agreed run of met months") {
    // earn-back after 2 met months.
    //   Jan  asa 74 missed: 6,000.00 credited
    //   Feb  asa met (1 of 2); abandon 6 missed: 4,800.00 credited
    //   Mar  asa met (2 of 2): 6,000.00 earned back in March; abandon met (1 of 2)
    //   Apr  abandon 5.5 missed again: the February run ends (its 4,800.00 stays), a new 4,800.00
    //        is credited and is still waiting at the end of the actuals.
    //   credited 6,000 + 4,800 + 4,800 = 15,600.00 ; earned back 6,000.00 ; net 9,600.00
    Agreement a = credit_deal();
    a.credits.earn_back = true;
    a.credits.earn_back_months = 2;
    const CreditReport r = compute_credits(
        a, Actuals{{month(2027, 1, {{"sl-asa", 74}}), month(2027, 2, {{"sl-abandon", 6}}), month(2027, 3),
                    month(2027, 4, {{"sl-abandon", 5.5}})}});
    REQUIRE(r.months.size() == 4);
    CHECK(r.months[0].net.minor == 600000);
    CHECK(r.months[1].net.minor == 480000);
    REQUIRE(r.months[2].earned_back.size() == 1);
    CHECK(r.months[2].earned_back[0].service_level_id == "sl-asa");
    CHECK(to_string(r.months[2].earned_back[0].missed_in) == "2027-01");
    CHECK(r.months[2].earned_back_total.minor == 600000);
    CHECK(r.months[2].net.minor == -600000);
    CHECK(r.months[3].earned_back.empty());
    CHECK(r.total_credited.minor == 1560000);
    CHECK(r.total_earned_back.minor == 600000);
    CHECK(r.total_net.minor == 960000);
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].code == "earn-back-pending");
    CHECK(r.notes[0].month == "2027-04");
    CHECK(r.notes[0].amount.minor == 480000);

    SUBCASE("without earn-back nothing is returned") {
        a.credits.earn_back = false;
        const CreditReport r2 = compute_credits(
            a, Actuals{{month(2027, 1, {{"sl-asa", 74}}), month(2027, 2), month(2027, 3)}});
        CHECK(r2.total_earned_back.minor == 0);
        CHECK(r2.notes.empty());
    }
    SUBCASE("an excluded month neither counts nor breaks the run") {
        const CreditReport r2 = compute_credits(
            a, Actuals{{month(2027, 1, {{"sl-asa", 74}}), month(2027, 2, {}, {{"sl-asa", "maintenance"}}),
                        month(2027, 3), month(2027, 4)}});
        CHECK(r2.months[2].earned_back.empty());
        CHECK(r2.months[3].earned_back_total.minor == 600000);
    }
    SUBCASE("below expected ends the run") {
        const CreditReport r2 = compute_credits(
            a, Actuals{{month(2027, 1, {{"sl-asa", 74}}), month(2027, 2, {{"sl-asa", 77}}), month(2027, 3),
                        month(2027, 4)}});
        CHECK(r2.total_earned_back.minor == 0);
    }
    SUBCASE("a gap in the actuals ends the run") {
        const CreditReport r2 =
            compute_credits(a, Actuals{{month(2027, 1, {{"sl-asa", 74}}), month(2027, 3), month(2027, 4)}});
        CHECK(r2.total_earned_back.minor == 0);
    }
    SUBCASE("only the capped amount is earned back") {
        const CreditReport r2 = compute_credits(
            a, Actuals{{month(2027, 1, {{"sl-asa", 74}, {"sl-abandon", 6.3}, {"sl-acc", 97.5}}), month(2027, 2),
                        month(2027, 3)}});
        CHECK(r2.months[2].earned_back_total.minor == 1200000);  // 6,000 + 4,800 + 1,200
        CHECK(r2.total_net.minor == 0);
    }
}

TEST_CASE("critical failure: misses of one critical level within the rolling window") {
    // 3 misses of sl-asa within 6 months give the client a termination right.
    Agreement a = credit_deal();
    a.credits.critical_failure_misses = 3;
    a.credits.critical_failure_window_months = 6;
    SUBCASE("Jan, Mar and Jun are within one 6-month window: June is flagged") {
        const CreditReport r = compute_credits(
            a, Actuals{{month(2027, 1, {{"sl-asa", 70}}), month(2027, 3, {{"sl-asa", 70}}), month(2027, 4),
                        month(2027, 6, {{"sl-asa", 70}})}});
        CHECK(r.months[1].critical_failures.empty());
        CHECK(result(r.months[2], "sl-asa").misses_in_window == 2);  // April: met, two misses in the window
        CHECK(result(r.months[1], "sl-asa").misses_in_window == 2);
        CHECK(r.months[3].critical_failures == std::vector<std::string>{"sl-asa"});
        CHECK(result(r.months[3], "sl-asa").critical_failure);
        CHECK(r.termination_right);
    }
    SUBCASE("Jan, Mar and Jul are not: the window Feb-Jul holds two") {
        const CreditReport r = compute_credits(
            a, Actuals{{month(2027, 1, {{"sl-asa", 70}}), month(2027, 3, {{"sl-asa", 70}}),
                        month(2027, 7, {{"sl-asa", 70}})}});
        CHECK(result(r.months[2], "sl-asa").misses_in_window == 2);
        CHECK_FALSE(r.termination_right);
    }
    SUBCASE("misses of different levels do not add up") {
        const CreditReport r = compute_credits(
            a, Actuals{{month(2027, 1, {{"sl-asa", 70}}), month(2027, 2, {{"sl-abandon", 9}}),
                        month(2027, 3, {{"sl-acc", 90}})}});
        CHECK_FALSE(r.termination_right);
    }
    SUBCASE("key measurements never trigger it") {
        const CreditReport r = compute_credits(
            a, Actuals{{month(2027, 1, {{"sl-csat", 1}}), month(2027, 2, {{"sl-csat", 1}}), month(2027, 3, {{"sl-csat", 1}})}});
        CHECK_FALSE(r.termination_right);
    }
}

TEST_CASE("flat credits are a share of the month's charges") {
    // flat 5 % of 100,000.00 = 5,000.00 and 8 % = 8,000.00: 13,000.00 > cap 12,000.00
    Agreement a = credit_deal();
    a.credits.method = CreditMethod::FlatPerMiss;
    a.service_levels[0].flat_credit_bp = 500;
    a.service_levels[1].flat_credit_bp = 800;
    const CreditMonth m = compute_credits(a, Actuals{{month(2027, 1, {{"sl-asa", 74}})}}).months.at(0);
    CHECK(m.credited.minor == 500000);
    const CreditMonth m2 =
        compute_credits(a, Actuals{{month(2027, 1, {{"sl-asa", 74}, {"sl-abandon", 7}})}}).months.at(0);
    CHECK(m2.gross.minor == 1300000);
    CHECK(m2.credited.minor == 1200000);
}

TEST_CASE("charges follow the contract month, adjustment included") {
    // 3 % fixed uplift: January 2028 is contract month 13, charges 103,000.00,
    // at-risk 12,360.00, sl-asa's 50 % = 6,180.00.
    Agreement a = credit_deal();
    a.pricing.adjustment = Adjustment::Fixed;
    a.pricing.adjustment_bp = 300;
    const CreditMonth m = compute_credits(a, Actuals{{month(2028, 1, {{"sl-asa", 70}})}}).months.at(0);
    CHECK(m.contract_month == 13);
    CHECK(m.charges.minor == 10300000);
    CHECK(m.at_risk.minor == 1236000);
    CHECK(m.credited.minor == 618000);
}

TEST_CASE("notes about the actuals") {
    SUBCASE("months before the effective date are skipped") {
        const CreditReport r = compute_credits(credit_deal(), Actuals{{month(2026, 12), month(2027, 1)}});
        CHECK(r.months.size() == 1);
        REQUIRE(r.notes.size() == 1);
        CHECK(r.notes[0].code == "before-effective-date");
        CHECK(r.notes[0].month == "2026-12");
    }
    SUBCASE("unknown service level ids") {
        const CreditReport r = compute_credits(credit_deal(), Actuals{{month(2027, 1, {{"sl-typo", 1}})}});
        REQUIRE(r.notes.size() == 1);
        CHECK(r.notes[0].code == "unknown-service-level");
        CHECK(r.notes[0].service_level_id == "sl-typo");
    }
    SUBCASE("without an effective date the first actuals month is month 1") {
        Agreement a = credit_deal();
        a.term.effective_date = Date{};
        const CreditReport r = compute_credits(a, Actuals{{month(2030, 5), month(2030, 6)}});
        CHECK(r.months[1].contract_month == 2);
        CHECK(r.notes.at(0).code == "effective-date-unset");
    }
}
