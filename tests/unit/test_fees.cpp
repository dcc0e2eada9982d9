// Fees by pricing model, yearly adjustment and total contract value, against hand computations.
#include <doctest/doctest.h>

#include "core/fees.hpp"
#include "core/money.hpp"

using namespace bpo;

namespace {
Agreement per_fte_deal() {
    Agreement a;
    a.term.initial_term_months = 36;
    a.pricing.model = PricingModel::PerFte;
    a.pricing.currency = "USD";
    a.pricing.rates = {
        {"r1", "svc-ap", "AP clerk", Money{425000}, 12.5, "FTE"},     // 12.5 x 4,250.00 = 53,125.00
        {"r2", "svc-ap", "AP team lead", Money{510033}, 3.0, "FTE"},  // 3 x 5,100.33 = 15,300.99
    };
    return a;
}
}  // namespace

TEST_CASE("per-FTE fees sum the rate lines") {
    Agreement a = per_fte_deal();
    const FeeSchedule s = compute_fees(a);
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].monthly.minor == 5312500);
    CHECK(s.lines[1].monthly.minor == 1530099);
    CHECK(s.first_month.minor == 6842599);  // 68,425.99
    CHECK(s.first_month_expected.minor == 6842599);
    REQUIRE(s.months.size() == 36);
    // No adjustment: TCV = 36 x 68,425.99 = 2,463,335.64
    CHECK(s.tcv.minor == 246333564);
    CHECK(s.tcv_max == s.tcv);
    CHECK(s.assumptions.empty());
}

TEST_CASE("fixed adjustment compounds yearly from month 13 on rounded amounts") {
    Agreement a = per_fte_deal();
    a.pricing.adjustment = Adjustment::Fixed;
    a.pricing.adjustment_bp = 300;  // 3 % a year
    const FeeSchedule s = compute_fees(a);
    // Year 2, per line: 5,312,500 x 1.03 = 5,471,875 ; 1,530,099 x 1.03 = 1,576,001.97 -> 1,576,002
    //   month = 7,047,877
    // Year 3: 5,471,875 x 1.03 = 5,636,031.25 -> 5,636,031 ; 1,576,002 x 1.03 = 1,623,282.06 -> 1,623,282
    //   month = 7,259,313
    CHECK(s.months[11].charges.minor == 6842599);
    CHECK(s.months[12].charges.minor == 7047877);
    CHECK(s.months[12].year == 2);
    CHECK(s.months[35].charges.minor == 7259313);
    REQUIRE(s.years.size() == 3);
    CHECK(s.years[0].charges.minor == 82111188);  // 12 x 6,842,599
    CHECK(s.years[1].charges.minor == 84574524);  // 12 x 7,047,877
    CHECK(s.years[2].charges.minor == 87111756);  // 12 x 7,259,313
    CHECK(s.tcv.minor == 253797468);
    SUBCASE("beyond the term the uplift keeps compounding") {
        CHECK(monthly_charges(a, 37).minor == uplift(Money{5636031}, 300).minor + uplift(Money{1623282}, 300).minor);
    }
}

TEST_CASE("index adjustment plans with the cap and says so") {
    Agreement a;
    a.term.initial_term_months = 30;  // a short last year
    a.pricing.model = PricingModel::FixedMonthly;
    a.pricing.fixed_monthly_fee = Money{10000000};  // 100,000.00
    a.pricing.adjustment = Adjustment::Index;
    a.pricing.adjustment_bp = 250;
    a.pricing.rates = {{"ignored", "", "", Money{999}, 1, ""}};
    const FeeSchedule s = compute_fees(a);
    CHECK(s.lines.empty());
    REQUIRE(s.assumptions.size() == 1);
    CHECK(s.assumptions[0] == "index-cap-as-planning");
    // y1 12 x 100,000.00 ; y2 12 x 102,500.00 ; y3 6 x 105,062.50
    REQUIRE(s.years.size() == 3);
    CHECK(s.years[2].months == 6);
    CHECK(s.years[1].charges.minor == 123000000);
    CHECK(s.years[2].charges.minor == 63037500);
    CHECK(s.tcv.minor == 120000000 + 123000000 + 63037500);
}

TEST_CASE("per-transaction fees use volumes as quantities") {
    Agreement a;
    a.term.initial_term_months = 12;
    a.pricing.model = PricingModel::PerTransaction;
    a.pricing.rates = {{"inv", "svc-ap", "Invoice processed", Money{385}, 12345, "invoice"}};  // 3.85 each
    CHECK(compute_fees(a).first_month.minor == 4752825);  // 12,345 x 3.85 = 47,528.25
    CHECK(compute_fees(a).tcv.minor == 12 * 4752825);
}

TEST_CASE("outcome-based fees report base, maximum bonus and expected total") {
    Agreement a;
    a.term.initial_term_months = 24;
    a.pricing.model = PricingModel::OutcomeBased;
    a.pricing.outcome_base_fee = Money{5000000};   // 50,000.00
    a.pricing.outcome_bonus_max = Money{500001};   // 5,000.01 -> expected half = 2,500.005 -> 2,500.01
    a.pricing.adjustment = Adjustment::Fixed;
    a.pricing.adjustment_bp = 200;
    const FeeSchedule s = compute_fees(a);
    CHECK(s.first_month.minor == 5000000);
    CHECK(s.first_month_bonus_max.minor == 500001);
    CHECK(s.first_month_expected.minor == 5250001);
    CHECK(s.assumptions == std::vector<std::string>{"outcome-expected-half-bonus"});
    // Year 2: base 51,000.00 ; bonus 5,000.01 x 1.02 = 5,100.0102 -> 5,100.01 ; half = 2,550.005 -> 2,550.01
    CHECK(s.months[12].charges.minor == 5100000);
    CHECK(s.months[12].bonus_max.minor == 510001);
    CHECK(s.months[12].expected.minor == 5355001);
    CHECK(s.tcv.minor == 12 * 5000000 + 12 * 5100000);
    CHECK(s.tcv_max.minor == 12 * 5500001 + 12 * 5610001);
    CHECK(s.tcv_expected.minor == 12 * 5250001 + 12 * 5355001);
    CHECK(monthly_charges(a, 13).minor == 5100000);
}

TEST_CASE("no term means no months and a zero TCV") {
    Agreement a = per_fte_deal();
    a.term.initial_term_months = 0;
    const FeeSchedule s = compute_fees(a);
    CHECK(s.months.empty());
    CHECK(s.tcv.minor == 0);
    CHECK(s.first_month.minor == 6842599);
}
