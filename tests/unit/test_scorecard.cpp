// The scorecard, checked against hand computations.
//
// The deal (as in test_credits.cpp): fixed monthly fee 100,000.00 from 2027-01-01 for 36 months,
// at-risk 12 % = 12,000.00 a month (the cap), pool method:
//   sl-asa      critical, higher better, expected 80, minimum 75, 50 % of at-risk = 6,000.00
//   sl-abandon  critical, lower better,  expected 5,               40 %           = 4,800.00
//   sl-acc      critical, higher better, expected 99, minimum 98, 30 %           = 3,600.00
//   sl-csat     key,      higher better, expected 90                              (never credited)
// Actuals:
//   2027-01  asa 82  abandon 4  acc 99.5  csat 93   all met                     credits 0
//   2027-02  asa 74  abandon 6  acc 97    csat 93   three critical misses:
//            gross 6,000 + 4,800 + 3,600 = 14,400 > cap 12,000 -> credited 6,000 + 4,800 + 1,200
//   2027-03  asa 77 (below expected, above minimum: no credit), abandon excluded, acc 99.5 met,
//            csat 85 (a key miss: no credit)                                     credits 0
// Totals: charges 300,000.00; gross 14,400.00; credited 12,000.00; met 6 (4 + 1 + 1),
// missed 4 (3 + 1), below expected 1, excluded 1.
#include <doctest/doctest.h>

#include "core/actuals.hpp"
#include "core/money.hpp"
#include "core/scorecard.hpp"

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

Agreement deal() {
    Agreement a;
    a.term.effective_date = Date{2027, 1, 1};
    a.term.initial_term_months = 36;
    a.pricing.currency = "USD";
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

// Built with the editing functions the UI uses.
Actuals quarter() {
    Actuals x;
    const YearMonth jan{2027, 1}, feb{2027, 2}, mar{2027, 3};
    for (const auto& [id, v] : std::map<std::string, double>{{"sl-asa", 82}, {"sl-abandon", 4}, {"sl-acc", 99.5}, {"sl-csat", 93}})
        set_actual(x, jan, id, v);
    // Entered out of order: months stay ascending.
    set_actual(x, mar, "sl-asa", 77);
    set_excluded(x, mar, "sl-abandon", std::string("carrier outage"));
    set_actual(x, mar, "sl-acc", 99.5);
    set_actual(x, mar, "sl-csat", 85);
    set_actual(x, feb, "sl-asa", 74);
    set_actual(x, feb, "sl-abandon", 6);
    set_actual(x, feb, "sl-acc", 97);
    set_actual(x, feb, "sl-csat", 93);
    return x;
}

}  // namespace

TEST_CASE("editing actuals: set, clear, exclude, add and remove months, kept ascending") {
    Actuals x = quarter();
    REQUIRE(x.months.size() == 3);
    CHECK(x.months[0].month == YearMonth{2027, 1});
    CHECK(x.months[1].month == YearMonth{2027, 2});
    CHECK(x.months[2].month == YearMonth{2027, 3});
    CHECK(actual_value(x, {2027, 2}, "sl-asa") == 74);
    set_actual(x, {2027, 2}, "sl-asa", std::nullopt);
    CHECK_FALSE(actual_value(x, {2027, 2}, "sl-asa").has_value());
    CHECK(x.months[2].excluded.at("sl-abandon") == "carrier outage");
    set_excluded(x, {2027, 3}, "sl-abandon", std::nullopt);
    CHECK(x.months[2].excluded.empty());

    const Agreement a = deal();
    CHECK(next_actuals_month(a, x, {2000, 1}) == YearMonth{2027, 4});
    CHECK(add_month(x, {2027, 4}) == 3);
    CHECK(add_month(x, {2027, 4}) == 3);  // already there
    CHECK(remove_month(x, {2027, 1}));
    CHECK_FALSE(remove_month(x, {2027, 1}));
    CHECK(next_actuals_month(a, Actuals{}, {2000, 1}) == YearMonth{2027, 1});
    CHECK(next_actuals_month(Agreement{}, Actuals{}, {2030, 5}) == YearMonth{2030, 5});
    // Year boundary.
    Actuals dec;
    add_month(dec, {2027, 12});
    CHECK(next_actuals_month(a, dec, {2000, 1}) == YearMonth{2028, 1});

    const auto months = term_months(a);
    REQUIRE(months.size() == 36);
    CHECK(months.front() == YearMonth{2027, 1});
    CHECK(months.back() == YearMonth{2029, 12});
}

TEST_CASE("edited actuals export to JSON and CSV that import back the same") {
    const Actuals x = quarter();
    const ActualsImport json = import_actuals(actuals_to_json(x));
    REQUIRE(json.ok());
    REQUIRE(json.actuals.months.size() == 3);
    CHECK(json.actuals.months[1].values == x.months[1].values);
    CHECK(json.actuals.months[2].excluded == x.months[2].excluded);

    const std::string csv = actuals_to_csv(x, deal());
    CHECK(csv.substr(0, csv.find("\r\n")) == "month,sl-asa,sl-abandon,sl-acc,sl-csat");
    const ActualsImport back = import_actuals(csv);
    REQUIRE(back.ok());
    CHECK(back.actuals.months[0].values == x.months[0].values);
    CHECK(back.actuals.months[2].excluded.at("sl-abandon") == "carrier outage");
}

TEST_CASE("scorecard: outcomes, credits with the cap, month and period totals") {
    const Scorecard sc = build_scorecard(deal(), quarter());
    REQUIRE(sc.months.size() == 3);
    REQUIRE(sc.rows.size() == 4);
    CHECK(sc.currency == "USD");

    // January: all met.
    CHECK(sc.months[0].met == 4);
    CHECK(sc.months[0].missed == 0);
    CHECK(sc.months[0].credited == Money{0});

    // February: three critical misses, capped at 12,000.00.
    const ScoreMonth& feb = sc.months[1];
    CHECK(feb.contract_month == 2);
    CHECK(feb.charges == Money{10000000});
    CHECK(feb.at_risk == Money{1200000});
    CHECK(feb.gross == Money{1440000});
    CHECK(feb.credited == Money{1200000});
    CHECK(feb.cap_reached);
    CHECK(feb.met == 1);
    CHECK(feb.missed == 3);
    CHECK(sc.rows[0].cells[1].outcome == SlOutcome::Missed);
    CHECK(sc.rows[0].cells[1].credited == Money{600000});
    CHECK(sc.rows[1].cells[1].credited == Money{480000});
    CHECK(sc.rows[2].cells[1].credit == Money{360000});
    CHECK(sc.rows[2].cells[1].credited == Money{120000});  // what was left under the cap

    // March: below expected, excluded, met, a key miss: no credit.
    CHECK(sc.rows[0].cells[2].outcome == SlOutcome::BelowExpected);
    CHECK(sc.rows[1].cells[2].outcome == SlOutcome::Excluded);
    CHECK(sc.rows[1].cells[2].exclusion_reason == "carrier outage");
    CHECK(sc.rows[2].cells[2].outcome == SlOutcome::Met);
    CHECK(sc.rows[3].cells[2].outcome == SlOutcome::Missed);
    CHECK(sc.rows[3].cells[2].credited == Money{0});
    CHECK(sc.months[2].met == 1);
    CHECK(sc.months[2].missed == 1);

    // Per service level.
    CHECK(sc.rows[0].counts.met == 1);
    CHECK(sc.rows[0].counts.missed == 1);
    CHECK(sc.rows[0].counts.below_expected == 1);
    CHECK(sc.rows[0].credited == Money{600000});
    CHECK(sc.rows[1].counts.excluded == 1);

    // Totals.
    CHECK(sc.totals.charges == Money{30000000});
    CHECK(sc.totals.gross == Money{1440000});
    CHECK(sc.totals.credited == Money{1200000});
    CHECK(sc.totals.net == Money{1200000});
    CHECK(sc.totals.counts.met == 6);
    CHECK(sc.totals.counts.missed == 4);
    CHECK(sc.totals.counts.below_expected == 1);
    CHECK(sc.totals.counts.excluded == 1);
    CHECK(sc.totals.months_capped == 1);
    // The months' credited amounts add up to the total, and the rows' too.
    Money by_month, by_row;
    for (const ScoreMonth& m : sc.months) by_month += m.credited;
    for (const ScoreRow& r : sc.rows) by_row += r.credited;
    CHECK(by_month == sc.totals.credited);
    CHECK(by_row == sc.totals.credited);
}

TEST_CASE("scorecard: earn-back per month and per service level") {
    // Earn-back after 2 months met. Added: April and May all met.
    //   sl-asa     missed Feb (6,000), March below expected: the run ends, the credit stays.
    //   sl-abandon missed Feb (4,800), March excluded (neither counts nor breaks), April and May
    //              met: earned back in May.
    //   sl-acc     missed Feb (1,200 after the cap), March and April met: earned back in April.
    // Net over the period: 12,000 - 1,200 - 4,800 = 6,000.
    Agreement a = deal();
    a.credits.earn_back = true;
    a.credits.earn_back_months = 2;
    Actuals x = quarter();
    for (int m : {4, 5})
        for (const auto& [id, v] : std::map<std::string, double>{{"sl-asa", 82}, {"sl-abandon", 4}, {"sl-acc", 99.5}, {"sl-csat", 93}})
            set_actual(x, {2027, m}, id, v);
    const Scorecard sc = build_scorecard(a, x);
    REQUIRE(sc.months.size() == 5);
    CHECK(sc.months[3].earned_back == Money{120000});
    CHECK(sc.months[3].net == Money{-120000});
    CHECK(sc.months[4].earned_back == Money{480000});
    CHECK(sc.rows[0].earned_back == Money{0});
    CHECK(sc.rows[1].earned_back == Money{480000});
    CHECK(sc.rows[2].earned_back == Money{120000});
    CHECK(sc.totals.earned_back == Money{600000});
    CHECK(sc.totals.net == Money{600000});
}

TEST_CASE("trend series: values with gaps, expected and minimum lines, a y range that shows them") {
    const Scorecard sc = build_scorecard(deal(), quarter());
    const auto asa = trend_series(sc, "sl-asa");
    REQUIRE(asa);
    CHECK(asa->labels == std::vector<std::string>{"2027-01", "2027-02", "2027-03"});
    CHECK(asa->values == std::vector<std::optional<double>>{82.0, 74.0, 77.0});
    CHECK(asa->outcomes[1] == SlOutcome::Missed);
    CHECK(asa->expected == 80);
    CHECK(asa->minimum == 75);
    // Values and lines span 74..82: padded by 5 % of 8 = 0.4.
    CHECK(asa->y_min == doctest::Approx(73.6));
    CHECK(asa->y_max == doctest::Approx(82.4));

    const auto abandon = trend_series(sc, "sl-abandon");
    REQUIRE(abandon);
    CHECK_FALSE(abandon->values[2].has_value());  // excluded: a gap
    CHECK_FALSE(trend_series(sc, "nope").has_value());
}

TEST_CASE("scorecard CSV: one table, CRLF, money as decimals, totals row") {
    const std::string csv = scorecard_csv(build_scorecard(deal(), quarter()));
    std::vector<std::string> lines;
    for (std::size_t at = 0, nl; (nl = csv.find("\r\n", at)) != std::string::npos; at = nl + 2)
        lines.push_back(csv.substr(at, nl - at));
    REQUIRE(lines.size() == 1 + 3 * (4 + 1) + 1);
    CHECK(lines[0] ==
          "kind,month,contract_month,service_level_id,service_level,criticality,unit,actual,expected,minimum,outcome,"
          "credit,credited,charges,at_risk,cap_reached,earned_back,net,critical_failure,note,currency");
    CHECK(lines[6] == "level,2027-02,2,sl-asa,sl-asa,critical,percent,74,80,75,missed,6000.00,6000.00,,,,,,no,,USD");
    CHECK(lines[10] == "month,2027-02,2,,,,,,,,,14400.00,12000.00,100000.00,12000.00,yes,0.00,12000.00,no,,USD");
    CHECK(lines.back() == "total,,3,,,,,,,,,14400.00,12000.00,300000.00,,1,0.00,12000.00,no,,USD");
    CHECK(lines[12].find("carrier outage") != std::string::npos);
}

TEST_CASE("scorecard CSV keeps formula-looking names as text") {
    Agreement a = deal();
    a.service_levels[0].name = "=HYPERLINK(\"x\")";
    const std::string csv = scorecard_csv(build_scorecard(a, quarter()));
    CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);
}

TEST_CASE("scorecard JSON shape") {
    const auto j = scorecard_to_json(build_scorecard(deal(), quarter()));
    CHECK(j["format"] == "bpo-scorecard");
    CHECK(j["version"] == 1);
    CHECK(j["currency"] == "USD");
    CHECK(j["method"] == "at-risk-pool");
    REQUIRE(j["months"].size() == 3);
    CHECK(j["months"][1]["creditedMinor"] == 1200000);
    CHECK(j["months"][1]["capReached"] == true);
    REQUIRE(j["serviceLevels"].size() == 4);
    CHECK(j["serviceLevels"][0]["id"] == "sl-asa");
    CHECK(j["serviceLevels"][0]["months"][1]["outcome"] == "missed");
    CHECK(j["serviceLevels"][1]["months"][2]["exclusionReason"] == "carrier outage");
    CHECK(j["serviceLevels"][0]["counts"]["belowExpected"] == 1);
    CHECK(j["totals"]["creditedMinor"] == 1200000);
    CHECK(j["totals"]["counts"]["met"] == 6);
    CHECK(j["terminationRight"] == false);
}
