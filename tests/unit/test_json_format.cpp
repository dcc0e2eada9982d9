// The JSON format v1: canonical export, strict import, hostile input, migration, schema.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "agreement_generator.hpp"
#include "core/json_format.hpp"
#include "core/json_keys.hpp"
#include "core/templates.hpp"

namespace fs = std::filesystem;
using bpo::ImportError;
using bpo::ImportResult;
using bpo::ImportStatus;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<fs::path> json_files_in(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

const fs::path fixtures = fs::path(BPO_SOURCE_DIR) / "tests" / "fixtures";

// A minimal v1 document with body spliced in after the header.
std::string doc(const std::string& body) {
    return std::string(R"({"format": "bpo-agreement", "version": 1)") + (body.empty() ? "" : ", " + body) + "}";
}

std::string errors_text(const ImportResult& r) {
    std::string s;
    for (const ImportError& e : r.errors) s += bpo::format_import_error(e) + "\n";
    return s;
}

void check_round_trip(const bpo::Agreement& a) {
    const std::string first = bpo::export_agreement(a);
    const ImportResult back = bpo::import_agreement(first);
    INFO(errors_text(back));
    REQUIRE(back.ok());
    CHECK(bpo::export_agreement(back.agreement) == first);
}

std::vector<bpo::Agreement> all_templates() {
    std::vector<bpo::Agreement> out{bpo::make_blank_agreement()};
    for (bpo::ClientProfile p : {bpo::ClientProfile::Startup, bpo::ClientProfile::Midsize, bpo::ClientProfile::Enterprise})
        for (const bpo::ServiceMix& m : bpo::service_mixes()) out.push_back(bpo::make_starter(p, m.id, bpo::Date{2025, 1, 1}));
    return out;
}

}  // namespace

TEST_CASE("json format: export is canonical") {
    const bpo::Agreement a = bpo::make_starter(bpo::ClientProfile::Midsize, "finance-hr", bpo::Date{2025, 4, 1});
    const std::string text = bpo::export_agreement(a);

    SUBCASE("the same agreement gives the same bytes") {
        CHECK(bpo::export_agreement(a) == text);
        bpo::Agreement copy = a;
        CHECK(bpo::export_agreement(copy) == text);
    }
    SUBCASE("header first, two-space indent, trailing newline, no byte order mark") {
        CHECK(text.rfind("{\n  \"format\": \"bpo-agreement\",\n  \"version\": 1,\n  \"title\": ", 0) == 0);
        CHECK(text.back() == '\n');
        CHECK(text[text.size() - 2] == '}');
    }
    SUBCASE("keys follow the schema's declared order") {
        const auto exported = nlohmann::ordered_json::parse(text);
        const auto schema = bpo::generate_agreement_schema();
        std::vector<std::string> exported_keys, schema_keys;
        for (const auto& item : exported.items()) exported_keys.push_back(item.key());
        for (const auto& item : schema["properties"].items()) schema_keys.push_back(item.key());
        CHECK(exported_keys == schema_keys);
    }
    SUBCASE("whole numbers are written without a fraction, unset optionals as null") {
        bpo::Agreement b;
        bpo::ServiceLevel sl;
        sl.id = "sl-1";
        sl.expected = 80.0;
        sl.minimum = std::nullopt;
        b.service_levels.push_back(sl);
        const auto j = nlohmann::json::parse(bpo::export_agreement(b));
        CHECK(j["serviceLevels"][0]["expected"].is_number_integer());
        CHECK(j["serviceLevels"][0]["minimum"].is_null());
        CHECK(j["term"]["effectiveDate"].is_null());
    }
    SUBCASE("import then export reproduces a canonical text byte for byte") {
        const ImportResult r = bpo::import_agreement(text);
        REQUIRE(r.ok());
        CHECK(bpo::export_agreement(r.agreement) == text);
    }
}

TEST_CASE("json format: scales of money, percent and dates") {
    SUBCASE("money is integer minor units") {
        bpo::Agreement a;
        a.pricing.fixed_monthly_fee = bpo::Money{1250000};
        const auto j = nlohmann::json::parse(bpo::export_agreement(a));
        CHECK(j["pricing"]["fixedMonthlyFeeMinor"] == 1250000);
        const ImportResult r = bpo::import_agreement(doc(R"("pricing": {"fixedMonthlyFeeMinor": 99})"));
        REQUIRE(r.ok());
        CHECK(r.agreement.pricing.fixed_monthly_fee.minor == 99);
    }
    SUBCASE("money rejects fractions, negatives and amounts beyond 2^53-1") {
        for (const char* bad : {"12.5", "-1", "9007199254740992", "\"100\""}) {
            const ImportResult r = bpo::import_agreement(doc(std::string(R"("pricing": {"fixedMonthlyFeeMinor": )") + bad + "}"));
            CAPTURE(bad);
            REQUIRE(r.errors.size() == 1);
            CHECK(r.errors[0].pointer == "/pricing/fixedMonthlyFeeMinor");
        }
    }
    SUBCASE("percent numbers become basis points") {
        bpo::Agreement a;
        a.credits.at_risk_bp = 1250;
        a.credits.pool_bp = 25000;
        const auto j = nlohmann::json::parse(bpo::export_agreement(a));
        CHECK(j["credits"]["atRiskPercent"] == 12.5);
        CHECK(j["credits"]["poolPercent"] == 250);
        const ImportResult r = bpo::import_agreement(doc(R"("credits": {"atRiskPercent": 12.34, "poolPercent": 7})"));
        REQUIRE(r.ok());
        CHECK(r.agreement.credits.at_risk_bp == 1234);
        CHECK(r.agreement.credits.pool_bp == 700);
    }
    SUBCASE("a percent with more than two decimals is refused") {
        const ImportResult r = bpo::import_agreement(doc(R"("credits": {"atRiskPercent": 12.345})"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0] == ImportError{"/credits/atRiskPercent",
                                         "a percent takes at most 2 decimals (12.5 means 12.5 %), got 12.345"});
    }
    SUBCASE("dates are real calendar dates") {
        CHECK(bpo::import_agreement(doc(R"("term": {"effectiveDate": "2024-02-29"})")).ok());
        const ImportResult not_leap = bpo::import_agreement(doc(R"("term": {"effectiveDate": "2023-02-29"})"));
        REQUIRE(not_leap.errors.size() == 1);
        CHECK(not_leap.errors[0] == ImportError{"/term/effectiveDate", "'2023-02-29' is not a calendar date"});
        for (const char* bad : {"2024-1-05", "05/01/2024", "2024-01-05T00:00", "0000-01-01", "2024-13-01"}) {
            CAPTURE(bad);
            const ImportResult r = bpo::import_agreement(doc(std::string(R"("term": {"effectiveDate": ")") + bad + "\"}"));
            CHECK(r.status == ImportStatus::Invalid);
        }
        const ImportResult cleared = bpo::import_agreement(doc(R"("term": {"effectiveDate": null})"));
        REQUIRE(cleared.ok());
        CHECK_FALSE(cleared.agreement.term.effective_date.is_set());
    }
    SUBCASE("optional measurements accept null and absence alike") {
        const ImportResult r = bpo::import_agreement(
            doc(R"("serviceLevels": [{"id": "a", "expected": null}, {"id": "b"}, {"id": "c", "expected": 99.5}])"));
        REQUIRE(r.ok());
        CHECK_FALSE(r.agreement.service_levels[0].expected.has_value());
        CHECK_FALSE(r.agreement.service_levels[1].expected.has_value());
        CHECK(r.agreement.service_levels[2].expected == 99.5);
    }
}

TEST_CASE("json format: every error is reported at once with its pointer") {
    const std::string text = doc(R"(
        "title": 7,
        "profile": "huge",
        "serviceLevels": [
            {"id": "sl-1", "expected": 80},
            {"id": "sl-2", "expected": "eighty", "unit": "percent", "colour": "red"}
        ],
        "term": {"initialTermMonths": 1.5, "renewal": "sometimes"},
        "security": {"frameworks": ["gdpr", "gdpr"]},
        "pricing": {"currency": "usd"})");
    const ImportResult r = bpo::import_agreement(text);
    CHECK(r.status == ImportStatus::Invalid);
    const std::vector<ImportError> expected_errors = {
        {"/title", "expected a string, got a number"},
        {"/profile", "unknown client profile 'huge'; expected one of: startup, midsize, enterprise"},
        {"/term/initialTermMonths", "expected a whole number from 0 to 1000000, got 1.5"},
        {"/term/renewal", "unknown renewal 'sometimes'; expected one of: none, automatic, by-agreement"},
        {"/serviceLevels/1/expected", "expected a number, got a string"},
        {"/serviceLevels/1/colour",
         "unknown field (not part of format v1; other tools' data belongs under /extensions)"},
        {"/pricing/currency", "expected a 3-letter ISO 4217 currency code such as \"USD\", got 'usd'"},
        {"/security/frameworks/1", "duplicate value 'gdpr'"},
    };
    CHECK(errors_text(r) == [&] {
        std::string s;
        for (const ImportError& e : expected_errors) s += bpo::format_import_error(e) + "\n";
        return s;
    }());
}

TEST_CASE("json format: unknown fields are rejected except under extensions") {
    SUBCASE("at the top level and nested") {
        const ImportResult r = bpo::import_agreement(doc(R"("colour": 1, "client": {"nickname": "x"})"));
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors[0].pointer == "/client/nickname");
        CHECK(r.errors[1].pointer == "/colour");
    }
    SUBCASE("pointer tokens are escaped") {
        const ImportResult r = bpo::import_agreement(doc(R"("a/b~c": 1)"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].pointer == "/a~1b~0c");
    }
    SUBCASE("extensions take any JSON and keep it untouched") {
        const std::string ext =
            R"({"crm": {"dealId": 123456789012, "tags": ["a", null, true, 1.25, {"deep": [[]]}]}, "é/~": "ü"})";
        const ImportResult r = bpo::import_agreement(doc(std::string(R"("extensions": )") + ext));
        REQUIRE(r.ok());
        CHECK(r.agreement.extensions == nlohmann::json::parse(ext));
        const ImportResult again = bpo::import_agreement(bpo::export_agreement(r.agreement));
        REQUIRE(again.ok());
        CHECK(again.agreement.extensions == nlohmann::json::parse(ext));
    }
    SUBCASE("extensions must be an object") {
        const ImportResult r = bpo::import_agreement(doc(R"("extensions": [1])"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0] == ImportError{"/extensions", "expected an object, got an array"});
    }
}

TEST_CASE("json format: missing fields take the model defaults") {
    const ImportResult r = bpo::import_agreement(doc(""));
    REQUIRE(r.ok());
    CHECK(bpo::export_agreement(r.agreement) == bpo::export_agreement(bpo::make_blank_agreement()));
    const ImportResult partial = bpo::import_agreement(doc(R"("pricing": {"paymentDays": 45})"));
    REQUIRE(partial.ok());
    CHECK(partial.agreement.pricing.payment_days == 45);
    CHECK(partial.agreement.pricing.currency == "USD");
}

TEST_CASE("json format: row ids and links") {
    SUBCASE("rows without an id get a fresh one") {
        const ImportResult r = bpo::import_agreement(
            doc(R"("services": [{"name": "A"}, {"id": "svc-4", "name": "B"}, {"id": "", "name": "C"}])"));
        REQUIRE(r.ok());
        CHECK(r.agreement.services[0].id == "svc-5");
        CHECK(r.agreement.services[1].id == "svc-4");
        CHECK(r.agreement.services[2].id == "svc-6");
    }
    SUBCASE("duplicate ids within a list are errors") {
        const ImportResult r = bpo::import_agreement(doc(R"("services": [{"id": "x"}, {"id": "y"}, {"id": "x"}])"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0] == ImportError{"/services/2/id", "duplicate id 'x' (also used by /services/0)"});
    }
    SUBCASE("the same id in different lists is fine") {
        CHECK(bpo::import_agreement(doc(R"("services": [{"id": "x"}], "objectives": [{"id": "x"}])")).ok());
    }
    SUBCASE("links to unknown rows are errors") {
        const ImportResult r = bpo::import_agreement(doc(R"(
            "services": [{"id": "svc-1"}],
            "serviceLevels": [{"id": "sl-1", "serviceId": "svc-1"}, {"id": "sl-2", "serviceId": "svc-9"}],
            "transition": {"phases": [{"id": "ph-1"}], "milestones": [{"id": "ms-1", "phaseId": "ph-2"}]})"));
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors[0] == ImportError{"/serviceLevels/1/serviceId", "no row with id 'svc-9' in /services"});
        CHECK(r.errors[1] == ImportError{"/transition/milestones/0/phaseId", "no row with id 'ph-2' in /transition/phases"});
    }
    SUBCASE("ids are restricted to a safe alphabet") {
        const ImportResult r = bpo::import_agreement(doc(R"("services": [{"id": "a b"}])"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].pointer == "/services/0/id");
    }
}

TEST_CASE("json format: hostile input gives one clear error, never a crash") {
    auto single_error = [](const ImportResult& r) {
        INFO(errors_text(r));
        REQUIRE(r.errors.size() == 1);
        return r.errors[0];
    };
    SUBCASE("malformed JSON reports line and column") {
        const ImportResult r = bpo::import_agreement("{\n  \"format\": \"bpo-agreement\",\n  \"version\": 1,,\n}");
        CHECK(r.status == ImportStatus::NotJson);
        const ImportError e = single_error(r);
        CHECK(e.pointer == "");
        CHECK(e.message.rfind("line 3, column 16: syntax error", 0) == 0);
    }
    SUBCASE("invalid UTF-8 in a string") {
        const ImportResult r = bpo::import_agreement(doc("\"title\": \"caf\xC3\x28\""));
        CHECK(r.status == ImportStatus::NotJson);
        CHECK(single_error(r).message.find("UTF-8") != std::string::npos);
    }
    SUBCASE("100,000 levels of nesting stop at the depth limit") {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        const ImportResult r = bpo::import_agreement(deep);
        CHECK(r.status == ImportStatus::NotJson);
        CHECK(single_error(r).message == "nesting deeper than 64 levels (the limit)");
        const std::string deep_extension = doc("\"extensions\": {\"a\": " + std::string(100000, '[') + std::string(100000, ']') + "}");
        CHECK(bpo::import_agreement(deep_extension).status == ImportStatus::NotJson);
    }
    SUBCASE("a 50 MB file is refused before parsing") {
        std::string big = doc("\"title\": \"");
        big.insert(big.size() - 1, std::string(50u * 1000u * 1000u, 'x') + "\"");
        const ImportResult r = bpo::import_agreement(big);
        CHECK(r.status == ImportStatus::NotJson);
        CHECK(single_error(r).message.find("the limit is 16777216 bytes (16 MiB)") != std::string::npos);
    }
    SUBCASE("numbers too large for their field") {
        const ImportResult overflow = bpo::import_agreement(doc("\"term\": {\"initialTermMonths\": 1e400}"));
        CHECK(overflow.status == ImportStatus::NotJson);
        CHECK(single_error(overflow).message.find("number overflow") != std::string::npos);
        const ImportResult huge = bpo::import_agreement(doc("\"term\": {\"initialTermMonths\": 99999999999999999999999}"));
        CHECK(huge.status == ImportStatus::Invalid);
        CHECK(single_error(huge).pointer == "/term/initialTermMonths");
        const ImportResult big_int = bpo::import_agreement(doc("\"term\": {\"initialTermMonths\": 4294967296}"));
        CHECK(single_error(big_int) ==
              ImportError{"/term/initialTermMonths", "expected a whole number from 0 to 1000000, got 4294967296"});
        const ImportResult big_measure = bpo::import_agreement(doc("\"services\": [{\"ftes\": 1e300}]"));
        CHECK(single_error(big_measure).pointer == "/services/0/ftes");
    }
    SUBCASE("duplicate keys are detected") {
        const ImportResult r = bpo::import_agreement(doc(R"("title": "a", "client": {"legalName": "x", "legalName": "y"}, "title": "b")"));
        CHECK(r.status == ImportStatus::Invalid);
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors[0] == ImportError{"/client/legalName", "duplicate key (each key may appear once per object)"});
        CHECK(r.errors[1].pointer == "/title");
    }
    SUBCASE("a UTF-8 byte order mark is accepted and skipped") {
        const ImportResult r = bpo::import_agreement("\xEF\xBB\xBF" + doc(""));
        CHECK(r.ok());
    }
    SUBCASE("an empty or blank file") {
        for (const char* empty : {"", "   \n\t ", "\xEF\xBB\xBF"}) {
            const ImportResult r = bpo::import_agreement(empty);
            CHECK(r.status == ImportStatus::NotJson);
            CHECK(single_error(r).message == "the input is empty; expected a JSON object");
        }
    }
    SUBCASE("not an object, or trailing garbage, or a NUL byte") {
        CHECK(single_error(bpo::import_agreement("[1, 2]")) ==
              ImportError{"", "expected an object (a bpo-agreement document), got an array"});
        CHECK(bpo::import_agreement(doc("") + " {}").status == ImportStatus::NotJson);
        CHECK(bpo::import_agreement(std::string("{\"format\"\0:1}", 13)).status == ImportStatus::NotJson);
    }
    SUBCASE("a million small values stop at the value limit") {
        std::string many = "[";
        for (int i = 0; i < 1100000; ++i) many += "0,";
        many += "0]";
        CHECK(single_error(bpo::import_agreement(many)).message == "more than 1000000 JSON values (the limit)");
    }
    SUBCASE("too many errors are counted, not all listed") {
        std::string body = "\"services\": [";
        for (int i = 0; i < 2000; ++i) body += std::string(i ? "," : "") + "{\"x\": 1}";
        const ImportResult r = bpo::import_agreement(doc(body + "]"));
        REQUIRE(r.errors.size() == bpo::max_import_errors + 1);
        CHECK(r.errors.back() == ImportError{"", "1500 more errors not shown"});
    }
}

TEST_CASE("json format: versions") {
    SUBCASE("newer versions are refused clearly") {
        const ImportResult r = bpo::import_agreement(R"({"format": "bpo-agreement", "version": 2, "anything": 1})");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0] == ImportError{"/version", "version 2 is newer than this tool reads (up to 1); update bpo"});
    }
    SUBCASE("format and version are required") {
        const ImportResult r = bpo::import_agreement(R"({"title": "x"})");
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors[0] == ImportError{"/format", "missing; expected \"bpo-agreement\""});
        CHECK(r.errors[1] == ImportError{"/version", "missing; expected 1"});
    }
    SUBCASE("a version must be a whole number") {
        const ImportResult r = bpo::import_agreement(R"({"format": "bpo-agreement", "version": "1"})");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0] == ImportError{"/version", "expected a whole-number version, got a string"});
    }
    SUBCASE("another format is refused") {
        const ImportResult r = bpo::import_agreement(R"({"format": "invoice", "version": 1})");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].pointer == "/format");
    }
}

TEST_CASE("json format: migration from version 0") {
    const std::vector<fs::path> files = json_files_in(fixtures / "v0");
    REQUIRE(!files.empty());
    for (const fs::path& path : files) {
        CAPTURE(path.string());
        const ImportResult r = bpo::import_agreement(read_file(path));
        INFO(errors_text(r));
        REQUIRE(r.ok());
        CHECK(r.source_version == 0);
        check_round_trip(r.agreement);
    }
    SUBCASE("fields move to their v1 places and fractions become percents") {
        const ImportResult r = bpo::import_agreement(R"({
            "format": "bpo-agreement", "version": 0,
            "clientName": "Acme Ltd", "providerName": "Serve plc",
            "startDate": "2024-07-01", "termMonths": 24,
            "services": [{"id": "svc-1", "name": "Support"}],
            "slas": [{"id": "sl-1", "serviceId": "svc-1", "target": 80, "critical": true, "creditFraction": 0.025,
                      "allocationFraction": 0.5}],
            "credits": {"atRiskFraction": 0.12, "poolFraction": 2.5}})");
        INFO(errors_text(r));
        REQUIRE(r.ok());
        const bpo::Agreement& a = r.agreement;
        CHECK(a.client.legal_name == "Acme Ltd");
        CHECK(a.provider.legal_name == "Serve plc");
        CHECK(a.term.effective_date == bpo::Date{2024, 7, 1});
        CHECK(a.term.initial_term_months == 24);
        REQUIRE(a.service_levels.size() == 1);
        CHECK(a.service_levels[0].expected == 80);
        CHECK(a.service_levels[0].criticality == bpo::Criticality::Critical);
        CHECK(a.service_levels[0].flat_credit_bp == 250);
        CHECK(a.service_levels[0].allocation_bp == 5000);
        CHECK(a.credits.at_risk_bp == 1200);
        CHECK(a.credits.pool_bp == 25000);
    }
    SUBCASE("errors in a migrated document point at the v1 layout") {
        const ImportResult r = bpo::import_agreement(
            R"({"format": "bpo-agreement", "version": 0, "slas": [{"target": "high", "critical": "yes"}]})");
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors[0].pointer == "/serviceLevels/0/expected");
        CHECK(r.errors[1].pointer == "/serviceLevels/0/criticality");
    }
}

TEST_CASE("json format: round trip of fixtures and templates") {
    SUBCASE("every fixture imports, is stored canonical, and round-trips") {
        const std::vector<fs::path> files = json_files_in(fixtures);
        REQUIRE(files.size() >= 3);
        for (const fs::path& path : files) {
            CAPTURE(path.string());
            const std::string text = read_file(path);
            const ImportResult r = bpo::import_agreement(text);
            INFO(errors_text(r));
            REQUIRE(r.ok());
            CHECK(bpo::export_agreement(r.agreement) == text);
        }
    }
    SUBCASE("every template round-trips") {
        for (const bpo::Agreement& a : all_templates()) check_round_trip(a);
    }
    SUBCASE("every invalid fixture is refused") {
        for (const fs::path& path : json_files_in(fixtures / "invalid")) {
            CAPTURE(path.string());
            CHECK_FALSE(bpo::import_agreement(read_file(path)).ok());
        }
    }
}

TEST_CASE("json format: generated agreements round-trip (property)") {
    for (std::uint32_t seed = 1; seed <= 250; ++seed) {
        CAPTURE(seed);
        bpo::testing::AgreementGenerator generate(seed);
        const bpo::Agreement a = generate.make();
        check_round_trip(a);
    }
}

TEST_CASE("json schema: the published asset is the generated schema") {
    const std::string generated = bpo::generate_agreement_schema().dump(2) + "\n";
    INFO("regenerate with: bpo schema --generate > assets/schema/bpo-agreement.v1.schema.json");
    CHECK(std::string(bpo::published_agreement_schema()) == generated);
}

TEST_CASE("json format: pointer helpers") {
    CHECK(bpo::json_pointer_token("a/b~c") == "a~1b~0c");
    CHECK(bpo::format_import_error({"/x", "bad"}) == "/x: bad");
    CHECK(bpo::format_import_error({"", "bad"}) == "(document): bad");
}

TEST_CASE("json format: the direct export writes exactly what dumping the whole DOM writes") {
    auto whole_dom = [](const bpo::Agreement& a) {
        return bpo::agreement_to_json(a).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    };
    CHECK(bpo::export_agreement(bpo::Agreement{}) == whole_dom(bpo::Agreement{}));
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        bpo::Agreement a = bpo::testing::AgreementGenerator(seed).make();
        CAPTURE(seed);
        CHECK(bpo::export_agreement(a) == whole_dom(a));
    }
    bpo::Agreement odd = bpo::testing::AgreementGenerator(99).make();
    odd.title = "Tab\there, quote \" backslash \\ control \x01 bad UTF-8 \xC3\x28 and \xE2\x82\xAC";
    if (!odd.services.empty()) odd.services[0].name = std::string("NUL \0 inside", 13);
    CHECK(bpo::export_agreement(odd) == whole_dom(odd));

    // Numbers: whole measurements as integers, the rest in nlohmann's shortest round-trip form.
    bpo::Agreement numbers = bpo::testing::AgreementGenerator(5).make();
    REQUIRE(!numbers.services.empty());
    REQUIRE(!numbers.service_levels.empty());
    const double measurements[] = {0.0, -0.0, 80.0, 0.1, 1.0 / 3.0, 1e-7, 123456789.125, 9e15, 1e15, -2.5e-300};
    for (const double d : measurements) {
        numbers.services[0].ftes = d;
        numbers.service_levels[0].expected = d;
        numbers.service_levels[0].minimum = d;
        CAPTURE(d);
        CHECK(bpo::export_agreement(numbers) == whole_dom(numbers));
    }
    numbers.service_levels[0].minimum.reset();
    numbers.credits.at_risk_bp = 1250;  // 12.5 %
    numbers.credits.pool_bp = 1;        // 0.01 %
    numbers.pricing.adjustment_bp = 300;
    CHECK(bpo::export_agreement(numbers) == whole_dom(numbers));
    CHECK(bpo::export_agreement(numbers).find("\"atRiskPercent\": 12.5,") != std::string::npos);

    // Empty lists and extensions (a DOM inside, sorted keys) at their depth.
    bpo::Agreement sparse;
    sparse.extensions = nlohmann::json::parse(R"({"z": {"b": [1, {}], "a": []}, "a": "\u00e9"})");
    CHECK(bpo::export_agreement(sparse) == whole_dom(sparse));
    CHECK(bpo::export_agreement(sparse).find("\"services\": [],") != std::string::npos);
}
