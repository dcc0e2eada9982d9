#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/finding_text.hpp"
#include "core/playbook.hpp"
#include "sample_agreement.hpp"
#include "test_document_helpers.hpp"

using namespace bpo;

namespace {

std::string fixture_text() {
    return test::read_file(std::string(BPO_SOURCE_DIR) + "/tests/fixtures/playbooks/acme-procurement.json");
}

Playbook fixture_playbook() {
    const PlaybookImport r = import_playbook(fixture_text());
    REQUIRE(r.ok());
    return r.playbook;
}

// A playbook of one check (JSON of the check, in the list `kind`).
Playbook one(const std::string& kind, const std::string& check) {
    const std::string text = R"({"format":"bpo-playbook","version":1,"name":"T",")" + kind + R"(":[)" + check + "]}";
    const PlaybookImport r = import_playbook(text);
    INFO(text);
    for (const ImportError& e : r.errors) MESSAGE(format_import_error(e));
    REQUIRE(r.ok());
    return r.playbook;
}

std::vector<std::string> rule_ids(const std::vector<Finding>& findings) {
    std::vector<std::string> ids;
    for (const Finding& f : findings) ids.push_back(f.rule_id);
    return ids;
}

bool has_pointer(const std::vector<ImportError>& errors, const std::string& pointer) {
    return std::any_of(errors.begin(), errors.end(), [&](const ImportError& e) { return e.pointer == pointer; });
}

}  // namespace

TEST_CASE("the example playbook imports and exports back to the same playbook") {
    const Playbook pb = fixture_playbook();
    CHECK(pb.name == "Acme procurement positions 2027");
    CHECK(pb.ranges.size() == 5);
    CHECK(pb.positions.size() == 2);
    CHECK(pb.frameworks.size() == 2);
    CHECK(pb.ranges[0].quantity == PlaybookQuantity::LiabilityCapMonths);
    CHECK(pb.ranges[0].min == 12);
    CHECK(pb.ranges[0].severity == Severity::Error);
    const std::string text = export_playbook(pb);
    const PlaybookImport again = import_playbook(text);
    REQUIRE(again.ok());
    CHECK(export_playbook(again.playbook) == text);
}

TEST_CASE("playbook import is strict and reports every error with its pointer") {
    const std::string text = R"({
      "format": "bpo-playbook", "version": 1, "name": "Bad", "owner": "x",
      "ranges": [
        {"id": "a", "quantity": "liability-cap-months", "message": "m"},
        {"id": "a", "quantity": "nonsense", "min": "12", "message": "m"},
        {"id": "c", "quantity": "payment-days", "min": 50, "max": 40, "message": "m", "colour": "red"},
        {"quantity": "payment-days", "max": 40}
      ],
      "positions": [
        {"id": "p1", "clause": "catering", "allowed": ["client"], "message": "m"},
        {"id": "p2", "clause": "liability", "forbidden": ["hostile"], "message": "m", "severity": "fatal"},
        {"id": "p3", "clause": "liability", "message": "m"}
      ],
      "frameworks": [
        {"id": "f1", "category": "space", "required": ["gdpr"], "message": "m"},
        {"id": "f2", "process": "payroll", "required": ["gdpr", "nist"], "message": "m"},
        {"id": "f3", "category": "hr", "process": "payroll", "required": [], "message": "m"}
      ]
    })";
    const PlaybookImport r = import_playbook(text);
    CHECK_FALSE(r.ok());
    CHECK(r.errors.size() == 17);
    CHECK(has_pointer(r.errors, "/owner"));                 // unknown top-level field
    CHECK(has_pointer(r.errors, "/ranges/0"));              // neither min nor max
    CHECK(has_pointer(r.errors, "/ranges/1/id"));           // duplicate id
    CHECK(has_pointer(r.errors, "/ranges/1/quantity"));     // unknown quantity
    CHECK(has_pointer(r.errors, "/ranges/1/min"));          // not a number
    CHECK(has_pointer(r.errors, "/ranges/2/max"));          // max below min
    CHECK(has_pointer(r.errors, "/ranges/2/colour"));       // unknown field in a check
    CHECK(has_pointer(r.errors, "/ranges/3/id"));           // missing id
    CHECK(has_pointer(r.errors, "/ranges/3/message"));      // missing message
    CHECK(has_pointer(r.errors, "/positions/0/clause"));    // unknown clause
    CHECK(has_pointer(r.errors, "/positions/1/forbidden/0"));  // unknown position
    CHECK(has_pointer(r.errors, "/positions/1/severity"));  // unknown severity
    CHECK(has_pointer(r.errors, "/positions/2"));           // neither allowed nor forbidden
    CHECK(has_pointer(r.errors, "/frameworks/0/category")); // unknown catalog category
    CHECK(has_pointer(r.errors, "/frameworks/1/required/1"));  // unknown framework
    CHECK(has_pointer(r.errors, "/frameworks/2"));          // category and process
    CHECK(has_pointer(r.errors, "/frameworks/2/required")); // empty list
}

TEST_CASE("playbook import: format, version and syntax") {
    CHECK(import_playbook("{").errors.at(0).message == "not JSON (a syntax error)");
    CHECK(import_playbook("[]").errors.at(0).pointer.empty());
    const auto wrong = import_playbook(R"({"format":"bpo-agreement","version":1,"name":"x"})");
    CHECK(has_pointer(wrong.errors, "/format"));
    const auto newer = import_playbook(R"({"format":"bpo-playbook","version":2,"name":"x"})");
    REQUIRE(has_pointer(newer.errors, "/version"));
    CHECK(newer.errors[0].message.find("newer version") != std::string::npos);
    const auto missing = import_playbook(R"({"format":"bpo-playbook"})");
    CHECK(has_pointer(missing.errors, "/version"));
    CHECK(has_pointer(missing.errors, "/name"));
    CHECK(import_playbook(R"({"format":"bpo-playbook","version":1,"name":"Empty"})").ok());
}

TEST_CASE("range checks: each bound triggering and not triggering, with the playbook's wording") {
    Agreement a = rules_test::complete_agreement();
    const Playbook pb = one("ranges", R"({"id": "pay", "quantity": "payment-days", "min": 30, "max": 45,
        "severity": "error", "message": "Payment in {value} days, outside {min}-{max}.", "hint": "Use 45."})");
    a.pricing.payment_days = 45;
    CHECK(check_playbook(pb, a).empty());
    a.pricing.payment_days = 30;
    CHECK(check_playbook(pb, a).empty());
    a.pricing.payment_days = 60;
    const auto f = check_playbook(pb, a);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule_id == "playbook.pay");
    CHECK(f[0].severity == Severity::Error);
    CHECK(f[0].pointer == "/pricing/paymentDays");
    CHECK(f[0].section == Section::Pricing);
    CHECK(f[0].arg("value") == "60");
    CHECK(f[0].arg("playbook") == "T");
    CHECK(f[0].arg("check") == "pay");
    const FindingText text = finding_text(f[0]);
    CHECK(text.message == "Payment in 60 days, outside 30-45.");
    CHECK(text.hint == "Use 45.");
    a.pricing.payment_days = 14;
    CHECK(check_playbook(pb, a).size() == 1);
}

TEST_CASE("range checks: a quantity that is not set fails") {
    Agreement a = rules_test::complete_agreement();
    const Playbook pb = one("ranges", R"({"id": "notice", "quantity": "breach-notice-hours", "max": 72, "message": "{value}"})");
    a.security.breach_notice_hours = 48;
    CHECK(check_playbook(pb, a).empty());
    a.security.breach_notice_hours = 0;
    const auto f = check_playbook(pb, a);
    REQUIRE(f.size() == 1);
    CHECK(f[0].arg("value") == "not set");
    CHECK(f[0].pointer == "/security/breachNoticeHours");
    CHECK(f[0].severity == Severity::Warning);  // the default
}

TEST_CASE("the liability cap in months of fees, from months, a fixed amount or unlimited") {
    Agreement a = rules_test::complete_agreement();
    a.pricing.model = PricingModel::FixedMonthly;
    a.pricing.fixed_monthly_fee = Money{10000000};  // 100,000.00 a month
    const Playbook at_least = one("ranges", R"({"id": "cap", "quantity": "liability-cap-months", "min": 12, "message": "m"})");
    const Playbook at_most = one("ranges", R"({"id": "cap", "quantity": "liability-cap-months", "max": 24, "message": "m"})");

    a.liability.cap_basis = CapBasis::MonthsOfFees;
    a.liability.cap_months = 6;
    auto f = check_playbook(at_least, a);
    REQUIRE(f.size() == 1);
    CHECK(f[0].pointer == "/liability/capMonths");
    a.liability.cap_months = 12;
    CHECK(check_playbook(at_least, a).empty());

    // 1,500,000.00 / 100,000.00 = 15 months.
    a.liability.cap_basis = CapBasis::FixedAmount;
    a.liability.cap_amount = Money{150000000};
    CHECK(quantity_value(a, PlaybookQuantity::LiabilityCapMonths).value == 15);
    CHECK(check_playbook(at_least, a).empty());
    a.liability.cap_amount = Money{50000000};  // 5 months
    f = check_playbook(at_least, a);
    REQUIRE(f.size() == 1);
    CHECK(f[0].pointer == "/liability/capAmountMinor");
    CHECK(f[0].arg("value") == "5");

    a.liability.cap_basis = CapBasis::Unlimited;
    CHECK(check_playbook(at_least, a).empty());
    f = check_playbook(at_most, a);
    REQUIRE(f.size() == 1);
    CHECK(f[0].arg("value") == "unlimited");

    a.liability.cap_basis = CapBasis::Unspecified;
    CHECK(check_playbook(at_least, a).size() == 1);
}

TEST_CASE("every quantity has an id, a label and a pointer into the agreement") {
    const Agreement a = rules_test::complete_agreement();
    for (const QuantityInfo& q : playbook_quantities()) {
        CAPTURE(q.id);
        CHECK(quantity_from_id(q.id) == q.quantity);
        const QuantityValue v = quantity_value(a, q.quantity);
        CHECK(v.pointer.size() > 1);
        CHECK(v.pointer.front() == '/');
    }
    CHECK_FALSE(quantity_from_id("nonsense").has_value());
}

TEST_CASE("position checks: allowed and forbidden positions") {
    Agreement a = rules_test::complete_agreement();
    const Playbook forbid = one("positions", R"({"id": "liab", "clause": "liability", "forbidden": ["provider"],
        "message": "The {clause} clause is {position}."})");
    const Playbook allow = one("positions", R"({"id": "ip", "clause": "intellectual_property", "allowed": ["client"],
        "severity": "info", "message": "m"})");
    a.positions.liability = Position::Balanced;
    a.positions.intellectual_property = Position::ClientFavourable;
    CHECK(check_playbook(forbid, a).empty());
    CHECK(check_playbook(allow, a).empty());
    a.positions.liability = Position::ProviderFavourable;
    a.positions.intellectual_property = Position::Balanced;
    const auto f = check_playbook(forbid, a);
    REQUIRE(f.size() == 1);
    CHECK(f[0].pointer == "/positions/liability");
    CHECK(f[0].section == Section::Overview);
    CHECK(finding_text(f[0]).message == "The Limitation of liability clause is Provider-favourable.");
    const auto g = check_playbook(allow, a);
    REQUIRE(g.size() == 1);
    CHECK(g[0].pointer == "/positions/intellectualProperty");
    CHECK(g[0].severity == Severity::Info);
}

TEST_CASE("framework checks: per category and per process, only when such a service is in scope") {
    Agreement a = rules_test::complete_agreement();  // services: finance (AP) and customer support
    a.services[1].category = "customer";               // the catalog's category id
    const Playbook customer = one("frameworks", R"({"id": "cust", "category": "customer", "required": ["gdpr", "iso27001"],
        "message": "{service} needs {missing}."})");
    const Playbook payroll = one("frameworks", R"({"id": "pay", "process": "payroll", "required": ["soc2"], "message": "m"})");
    a.security.frameworks = {Framework::Gdpr};
    const auto f = check_playbook(customer, a);
    REQUIRE(f.size() == 1);
    CHECK(f[0].pointer == "/security/frameworks");
    CHECK(f[0].section == Section::DataSecurity);
    CHECK(finding_text(f[0]).message == "Customer support needs ISO/IEC 27001.");
    a.security.frameworks = {Framework::Gdpr, Framework::Iso27001};
    CHECK(check_playbook(customer, a).empty());

    CHECK(check_playbook(payroll, a).empty());  // no payroll in scope
    Service pay;
    pay.id = "svc-pay";
    pay.catalog_id = "payroll";
    pay.category = "hr";
    pay.name = "Payroll";
    a.services.push_back(pay);
    REQUIRE(check_playbook(payroll, a).size() == 1);
    a.security.frameworks.push_back(Framework::Soc2);
    CHECK(check_playbook(payroll, a).empty());
}

TEST_CASE("the example playbook against the sample agreement") {
    Agreement a = rules_test::complete_agreement();
    a.security.breach_notice_hours = 96;
    a.positions.liability = Position::ProviderFavourable;
    const auto findings = check_playbook(fixture_playbook(), a);
    const auto ids = rule_ids(findings);
    CHECK(std::find(ids.begin(), ids.end(), "playbook.breach-notice") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "playbook.no-provider-liability") != ids.end());
    for (const Finding& f : findings) {
        CAPTURE(f.rule_id);
        const FindingText t = finding_text(f);
        CHECK(!t.message.empty());
        CHECK(t.message.find('{') == std::string::npos);  // every placeholder filled
    }
}

TEST_CASE("the published playbook schema names the same fields and quantities as the importer") {
    const std::string_view text = published_playbook_schema();
    REQUIRE(!text.empty());
    const auto schema = nlohmann::json::parse(text);
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    std::vector<std::string> quantities;
    for (const auto& q : schema["$defs"]["range"]["properties"]["quantity"]["enum"]) quantities.push_back(q);
    std::vector<std::string> known;
    for (const QuantityInfo& q : playbook_quantities()) known.push_back(q.id);
    CHECK(quantities == known);
    // Every key the schema allows is accepted by the importer, and the other way round: a check
    // with each allowed key imports; the example validates in both.
    for (const char* def : {"range", "position", "framework"})
        CHECK(schema["$defs"][def]["additionalProperties"] == false);
    CHECK(schema["additionalProperties"] == false);
}
