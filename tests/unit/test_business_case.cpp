// The business case against hand computations.
#include <doctest/doctest.h>

#include "core/business_case.hpp"

using namespace bpo;

namespace {
// in-house 100,000.00 a month growing 3 % a year; fixed fee 80,000.00 with a 2 % fixed uplift;
// transition 150,000.00; 36 months; discount rate 8 %.
Agreement case_deal() {
    Agreement a;
    a.term.initial_term_months = 36;
    a.pricing.model = PricingModel::FixedMonthly;
    a.pricing.fixed_monthly_fee = Money{8000000};
    a.pricing.adjustment = Adjustment::Fixed;
    a.pricing.adjustment_bp = 200;
    a.business_case.inhouse_monthly_cost = Money{10000000};
    a.business_case.inhouse_growth_bp = 300;
    a.business_case.transition_cost = Money{15000000};
    a.business_case.discount_rate_bp = 800;
    return a;
}
}  // namespace

TEST_CASE("business case: savings, break-even and NPV") {
    // Monthly saving: year 1  100,000.00 - 80,000.00 = 20,000.00
    //                 year 2  103,000.00 - 81,600.00 = 21,400.00
    //                 year 3  106,090.00 - 83,232.00 = 22,858.00
    // In-house total  12 x (100,000 + 103,000 + 106,090)  = 3,709,080.00
    // Fees total      12 x (80,000 + 81,600 + 83,232)     = 2,937,984.00
    // Outsourced      2,937,984.00 + 150,000.00           = 3,087,984.00
    // Savings         621,096.00 ; 621,096 / 3,709,080 = 16.7453 % -> 1675 bp
    // Cumulative      month k (year 1): -150,000 + 20,000 k -> month 7: -10,000 ; month 8: +10,000
    // NPV at 8 %      sum saving_m / 1.08^(m/12) = 534,959.2977... -> 534,959.30 (worked out with
    //                 50-digit decimals)
    const BusinessCaseResult r = compute_business_case(case_deal());
    CHECK(r.term_months == 36);
    CHECK(r.inhouse_total.minor == 370908000);
    CHECK(r.fees_total.minor == 293798400);
    CHECK(r.outsourced_total.minor == 308798400);
    CHECK(r.savings.minor == 62109600);
    CHECK(r.savings_bp == 1675);
    REQUIRE(r.break_even_month.has_value());
    CHECK(*r.break_even_month == 8);
    CHECK(r.months[6].cumulative.minor == -1000000);
    CHECK(r.months[7].cumulative.minor == 1000000);
    CHECK(r.months[0].one_off.minor == 15000000);
    CHECK(r.months[0].saving.minor == -13000000);
    CHECK(r.months[12].inhouse.minor == 10300000);
    CHECK(r.months[35].saving.minor == 2285800);
    REQUIRE(r.years.size() == 3);
    CHECK(r.years[1].saving.minor == 12 * 2140000);
    CHECK(r.npv.minor == 53495930);
    CHECK(r.assumptions.empty());
}

TEST_CASE("business case variations") {
    SUBCASE("no break-even when outsourcing costs more") {
        Agreement a = case_deal();
        a.pricing.fixed_monthly_fee = Money{11000000};
        const BusinessCaseResult r = compute_business_case(a);
        CHECK_FALSE(r.break_even_month.has_value());
        CHECK(r.savings.minor < 0);
        CHECK(r.savings_bp < 0);
        CHECK(r.npv.minor < 0);
    }
    SUBCASE("a zero discount rate makes NPV the plain savings") {
        Agreement a = case_deal();
        a.business_case.discount_rate_bp = 0;
        CHECK(compute_business_case(a).npv == compute_business_case(a).savings);
    }
    SUBCASE("break-even in month 1 without transition cost") {
        Agreement a = case_deal();
        a.business_case.transition_cost = Money{};
        CHECK(*compute_business_case(a).break_even_month == 1);
    }
    SUBCASE("outcome-based pricing counts the expected bonus") {
        // base 70,000.00 + half of 10,000.00 = 75,000.00 a month, 12 months, no growth, no uplift
        // in-house 12 x 100,000.00 = 1,200,000.00; outsourced 12 x 75,000.00 = 900,000.00
        Agreement a;
        a.term.initial_term_months = 12;
        a.pricing.model = PricingModel::OutcomeBased;
        a.pricing.outcome_base_fee = Money{7000000};
        a.pricing.outcome_bonus_max = Money{1000000};
        a.business_case.inhouse_monthly_cost = Money{10000000};
        const BusinessCaseResult r = compute_business_case(a);
        CHECK(r.savings.minor == 30000000);
        CHECK(r.savings_bp == 2500);
        CHECK(r.assumptions == std::vector<std::string>{"outcome-expected-half-bonus"});
    }
    SUBCASE("no term, no months") {
        Agreement a = case_deal();
        a.term.initial_term_months = 0;
        const BusinessCaseResult r = compute_business_case(a);
        CHECK(r.months.empty());
        CHECK(r.outsourced_total.minor == 0);
        CHECK_FALSE(r.break_even_month.has_value());
        CHECK(r.assumptions == std::vector<std::string>{"no-term"});
    }
}
