// The --json shapes of findings, the credit report and the business case.
#include <doctest/doctest.h>

#include "core/business_case.hpp"
#include "core/credits.hpp"
#include "core/fees.hpp"
#include "core/report_json.hpp"
#include "core/rules.hpp"
#include "sample_agreement.hpp"

using namespace bpo;
using bpo::rules_test::complete_agreement;

TEST_CASE("findings as JSON") {
    Agreement a = complete_agreement();
    a.disputes.governing_law.clear();
    a.service_levels[0].definition.clear();
    const nlohmann::ordered_json j = findings_to_json(validate(a), "deal.json");
    CHECK(j["format"] == "bpo-findings");
    CHECK(j["version"] == 1);
    CHECK(j["file"] == "deal.json");
    CHECK(j["counts"] == nlohmann::ordered_json{{"error", 1}, {"warning", 1}, {"info", 0}});
    REQUIRE(j["findings"].size() == 2);
    const auto& f = j["findings"][0];
    CHECK(f["rule"] == "sla.missing-definition");
    CHECK(f["severity"] == "warning");
    CHECK(f["section"] == "service-levels");
    CHECK(f["pointer"] == "/serviceLevels/0/definition");
    CHECK(f["message"] == "Service level 'Calls answered within 20 seconds' has no definition.");
    CHECK(f["hint"].is_string());
    CHECK(f["args"] == nlohmann::ordered_json{{"level", "Calls answered within 20 seconds"}});
    CHECK(j["findings"][1]["rule"] == "disputes.missing-governing-law");
    CHECK(findings_to_json({}).contains("file") == false);
}

TEST_CASE("credit report as JSON") {
    Agreement a = complete_agreement();  // 128,500.00 a month, 12 % at risk = 15,420.00
    ActualsMonth m;
    m.month = YearMonth{2027, 2};
    m.values = {{"sl-asa", 70}, {"sl-cycle", 5}};
    m.excluded = {{"sl-csat", "survey tool down"}};
    const nlohmann::ordered_json j = credit_report_to_json(compute_credits(a, Actuals{{m}}));
    CHECK(j["format"] == "bpo-credit-report");
    CHECK(j["currency"] == "EUR");
    CHECK(j["method"] == "at-risk-pool");
    const auto& month = j["months"][0];
    CHECK(month["month"] == "2027-02");
    CHECK(month["contractMonth"] == 2);
    CHECK(month["chargesMinor"] == 12850000);
    CHECK(month["atRiskMinor"] == 1542000);
    CHECK(month["serviceLevels"][0]["outcome"] == "missed");
    CHECK(month["serviceLevels"][0]["creditMinor"] == 771000);  // 50 % of 15,420.00
    CHECK(month["serviceLevels"][2]["outcome"] == "excluded");
    CHECK(month["serviceLevels"][2]["exclusionReason"] == "survey tool down");
    CHECK(month["serviceLevels"][2].contains("missesInWindow") == false);  // key measurement
    CHECK(month["netMinor"] == 771000);
    CHECK(j["totals"]["netMinor"] == 771000);
    CHECK(j["terminationRight"] == false);
    REQUIRE(j["notes"].size() == 1);  // earn-back of the February credit still pending
    CHECK(j["notes"][0]["code"] == "earn-back-pending");
    CHECK(j["notes"][0]["message"] ==
          "The credit for 'sl-asa' in 2027-02 (EUR 7,710.00) can still be earned back.");
}

TEST_CASE("business case as JSON") {
    const Agreement a = complete_agreement();
    const nlohmann::ordered_json j = business_case_to_json(compute_business_case(a), compute_fees(a));
    CHECK(j["format"] == "bpo-business-case");
    CHECK(j["termMonths"] == 36);
    CHECK(j["discountRatePercent"] == 8);
    CHECK(j["fees"]["model"] == "per-fte");
    CHECK(j["fees"]["firstMonthMinor"] == 12850000);
    CHECK(j["fees"]["lines"].size() == 2);
    CHECK(j["years"].size() == 3);
    CHECK(j["months"].size() == 36);
    CHECK(j["months"][0]["oneOffMinor"] == 25000000);
    CHECK(j["breakEvenMonth"].is_number_integer());
    CHECK(j["savingsPercent"].is_number());
    CHECK(j["assumptions"].empty());
}
