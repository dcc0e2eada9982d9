// The pull reader (core/json_reader) and the direct import path built on it: it must accept only
// what nlohmann's parser accepts, read the same values, and make import_agreement answer exactly
// as the DOM path does (same status, same errors in the same order, same agreement).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "agreement_generator.hpp"
#include "core/json_format.hpp"
#include "core/json_reader.hpp"
#include "core/templates.hpp"
#include "../json_pull_value.hpp"

namespace fs = std::filesystem;
using bpo::ImportResult;
using bpo::JsonNumber;
using bpo::JsonPullReader;
using json = nlohmann::json;

namespace {

const fs::path fixtures = fs::path(BPO_SOURCE_DIR) / "tests" / "fixtures";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<fs::path> json_files_under(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string doc(const std::string& body) {
    return std::string(R"({"format": "bpo-agreement", "version": 1)") + (body.empty() ? "" : ", " + body) + "}";
}

std::string described(const ImportResult& r) {
    std::string s = "status " + std::to_string(static_cast<int>(r.status)) + ", version " +
                    std::to_string(r.source_version) + "\n";
    for (const bpo::ImportError& e : r.errors) s += bpo::format_import_error(e) + "\n";
    if (r.ok()) s += bpo::export_agreement(r.agreement);
    return s;
}

// import_agreement (direct path when it can) answers exactly as the DOM path alone.
void check_same_as_dom(const std::string& text) {
    const std::string direct = described(bpo::import_agreement(text));
    const std::string dom = described(bpo::detail::import_agreement_through_dom(text));
    CHECK(direct == dom);
}

using bpo::testing::pull_value;

std::optional<json> pulled(std::string_view text, std::size_t max_depth = 64, std::size_t max_values = 1000000) {
    JsonPullReader in(text, max_depth, max_values);
    json value;
    if (!pull_value(in, value) || !in.at_end()) return std::nullopt;
    return value;
}

// The pull reader reads `text` exactly as nlohmann does (same value, same number types), or gives
// up where nlohmann refuses it.
void check_reads_like_nlohmann(const std::string& text) {
    CAPTURE(text);
    const std::optional<json> ours = pulled(text);
    json theirs = json::parse(text, nullptr, false);
    if (theirs.is_discarded()) {
        CHECK_FALSE(ours.has_value());
        return;
    }
    REQUIRE(ours.has_value());
    CHECK(*ours == theirs);
    CHECK(ours->dump() == theirs.dump());  // number types too (1 and 1.0 compare equal)
}

}  // namespace

TEST_CASE("json reader: values as nlohmann reads them") {
    for (const char* text :
         {"0", "-0", "1", "-1", "12.5", "-0.0", "1e2", "1E+2", "1e-2", "2.5E-3", "123456789012",
          "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
          "18446744073709551615", "18446744073709551616", "99999999999999999999999", "1e-400",
          "0.1000000000000000055511151231257827021181583404541015625",
          "\"\"", "\"plain\"", R"("a\"b\\c\/d\be\ff\ng\rh\ti")", R"("\u0041\u00e9\u20ac\ud83d\ude00")",
          R"("\u0000")", "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"", "true", "false", "null", "[]", "{}",
          "[1, [2, [3, []]], {}]", R"({"b": 1, "a": [true, false, null], "c": {"d": "e"}})",
          " \t\r\n{ \"k\" : [ 1 , 2 ] } \n"}) {
        check_reads_like_nlohmann(text);
    }
    check_reads_like_nlohmann("[0." + std::string(100, '0') + "1, 1" + std::string(100, '0') + ", -1" + std::string(30, '0') + "]");
}

TEST_CASE("json reader: gives up wherever nlohmann refuses") {
    for (const char* text :
         {"", " ", "01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "1e400", "-1e400", "NaN", "Infinity",
          "tru", "nul", "True", "[1,]", "[,1]", "[1 2]", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":}", "{a:1}",
          "{\"a\":1", "[1", "\"open", "\"tab\there\"", "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"",
          "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\ud800x\"", "\"\xC3\x28\"", "\"\xC0\xAF\"",
          "\"\xE0\x80\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xF5\x80\x80\x80\"", "\"\x80\"",
          "\"\xE2\x82\"", "{} {}", "[] x", "/* c */ {}", "{\"a\":1}//"}) {
        check_reads_like_nlohmann(text);
    }
    SUBCASE("a NUL byte") {
        const std::string text("[1,\0 2]", 7);
        CHECK_FALSE(pulled(text).has_value());
    }
}

TEST_CASE("json reader: every kind of byte at every place of a long string") {
    // Strings are scanned 8 bytes at a time: what needs a look must be seen wherever it falls.
    for (const std::string special : {"\\\"", "\\n", "\\u00e9", "\xC3\xA9", "\x7F", "\x1F", "\t", "\xC3", "\xFF", "\"", "\\"}) {
        for (std::size_t at = 0; at <= 20; ++at) {
            const std::string text = "\"" + std::string(at, 'a') + special + std::string(20 - at, 'b') + "\"";
            check_reads_like_nlohmann(text);
            check_reads_like_nlohmann("{" + text + ": 1}");
        }
    }
}

TEST_CASE("json reader: depth and value limits") {
    CHECK(pulled("[[[]]]", 3).has_value());
    CHECK_FALSE(pulled("[[[[]]]]", 3).has_value());
    CHECK(pulled("[1, 2]", 64, 3).has_value());
    CHECK_FALSE(pulled("[1, 2, 3]", 64, 3).has_value());
    CHECK_FALSE(pulled(std::string(100000, '[') + std::string(100000, ']')).has_value());
}

TEST_CASE("json reader: once it gives up, everything answers false") {
    JsonPullReader in("[1, x]", 64, 100);
    REQUIRE(in.begin_array());
    JsonNumber n;
    REQUIRE(in.next_item());
    REQUIRE(in.read_number(n));
    REQUIRE(in.next_item());
    CHECK_FALSE(in.read_number(n));
    CHECK(in.failed());
    CHECK_FALSE(in.next_item());
    CHECK_FALSE(in.at_end());
}

TEST_CASE("direct import: valid documents take the direct path") {
    SUBCASE("fixtures") {
        for (const fs::path& path : json_files_under(fixtures)) {
            const std::string rel = path.lexically_relative(fixtures).generic_string();
            if (rel.rfind("v0/", 0) == 0 || rel.rfind("invalid/", 0) == 0 || !bpo::import_agreement(read_file(path)).ok())
                continue;
            CAPTURE(rel);
            CHECK(bpo::detail::reads_directly(read_file(path)));
        }
    }
    SUBCASE("templates and generated agreements") {
        std::vector<bpo::Agreement> agreements{bpo::make_blank_agreement()};
        for (bpo::ClientProfile p : {bpo::ClientProfile::Startup, bpo::ClientProfile::Enterprise})
            for (const bpo::ServiceMix& m : bpo::service_mixes())
                agreements.push_back(bpo::make_starter(p, m.id, bpo::Date{2025, 1, 1}));
        for (std::uint32_t seed = 1; seed <= 100; ++seed) agreements.push_back(bpo::testing::AgreementGenerator(seed).make());
        for (const bpo::Agreement& a : agreements) {
            const std::string text = bpo::export_agreement(a);
            CHECK(bpo::detail::reads_directly(text));
            check_same_as_dom(text);
            // Compact text, keys in another order and escapes read the same.
            const json compact = json::parse(text);
            CHECK(bpo::detail::reads_directly(compact.dump()));
            check_same_as_dom(compact.dump());
            check_same_as_dom(compact.dump(-1, ' ', true));
        }
    }
    SUBCASE("a document that needs the DOM path") {
        CHECK_FALSE(bpo::detail::reads_directly(R"({"format": "bpo-agreement", "version": 0})"));
        CHECK_FALSE(bpo::detail::reads_directly(doc(R"("title": 7)")));
        CHECK_FALSE(bpo::detail::reads_directly(doc(R"("title": "a", "title": "b")")));
        CHECK_FALSE(bpo::detail::reads_directly(doc(R"("colour": "red")")));
        CHECK_FALSE(bpo::detail::reads_directly(R"({"version": 1})"));
    }
}

TEST_CASE("direct import: the same answers as the DOM path") {
    SUBCASE("every fixture, valid or not") {
        for (const fs::path& path : json_files_under(fixtures)) {
            CAPTURE(path.string());
            check_same_as_dom(read_file(path));
        }
    }
    SUBCASE("hand-picked edge cases") {
        for (const std::string& text : std::vector<std::string>{
                 doc(""), doc(R"("title": "caf\u00e9 \ud83d\ude00 \"quoted\" \\ \/ \n")"),
                 doc(R"("term": {"initialTermMonths": 12.0, "renewalPeriodMonths": -0, "nonRenewalNoticeDays": 1e2})"),
                 doc(R"("term": {"initialTermMonths": 1000001})"), doc(R"("term": {"initialTermMonths": -1})"),
                 doc(R"("term": {"initialTermMonths": 18446744073709551616})"),
                 doc(R"("pricing": {"fixedMonthlyFeeMinor": 9007199254740991, "currency": "EUR"})"),
                 doc(R"("pricing": {"fixedMonthlyFeeMinor": 9007199254740992})"),
                 doc(R"("credits": {"atRiskPercent": 12.345, "poolPercent": 0.01})"),
                 doc(R"("credits": {"atRiskPercent": 100000, "poolPercent": 100000.01})"),
                 doc(R"("serviceLevels": [{"id": "a", "expected": null, "minimum": -1e15}, {"expected": 1e15}])"),
                 doc(R"("serviceLevels": [{"id": "a", "expected": 1.0000000000000002e15}])"),
                 doc(R"("term": {"effectiveDate": "2024-02-29"}, "transition": {"goLive": null})"),
                 doc(R"("term": {"effectiveDate": "2023-02-29"})"), doc(R"("term": {"effectiveDate": "0000-01-01"})"),
                 doc(R"("security": {"frameworks": ["gdpr", "soc2"]})"), doc(R"("security": {"frameworks": ["gdpr", "gdpr"]})"),
                 doc(R"("services": [{"id": "x"}, {"id": "x"}])"), doc(R"("services": [{"name": "A"}, {"id": "svc-1"}])"),
                 doc(R"("serviceLevels": [{"serviceId": "nope"}])"), doc(R"("services": [{"id": "a b"}])"),
                 doc(R"("extensions": {"b": [1, -2, 3.5, "x", null, true, {"z": {}}], "a": 18446744073709551615})"),
                 doc(R"("extensions": {"a": 1, "a": 2})"), doc(R"("extensions": [])"),
                 doc(R"("client": {"legalName": "x", "legalName": "y"})"), doc(R"("client": [])"),
                 doc(R"("title": "a")") + " ", doc(R"("title": "a")") + " x", doc(R"("title": "a")") + std::string("\0x", 2),
                 "\xEF\xBB\xBF" + doc(""), "\xEF\xBB\xBF\xEF\xBB\xBF" + doc(""),
                 R"({"version": 1, "format": "bpo-agreement", "title": "keys in any order"})",
                 R"({"format": "bpo-agreement", "version": 1.0})", R"({"format": "bpo-agreement", "version": 2})",
                 R"({"format": "bpo-agreement", "format": "bpo-agreement", "version": 1})",
                 R"({"format": "other", "version": 1})", R"({"form\u0061t": "bpo-agreement", "version": 1})",
                 R"({"format": "bpo-agreement", "version": 0, "clientName": "Acme"})", "[]", "{}", "7"}) {
            CAPTURE(text);
            check_same_as_dom(text);
        }
    }
    SUBCASE("random mutations of a document") {
        const std::string base = bpo::export_agreement(bpo::testing::AgreementGenerator(7).make());
        const json parsed = json::parse(base);
        const std::string compact = parsed.dump();
        std::mt19937 random(20261125);
        const std::string alphabet = "{}[]\",:.-+eE0123456789 \\/untrfals\xC3\xA9\x80\xFF\n";
        for (int round = 0; round < 1500; ++round) {
            std::string text = compact;
            const int edits = 1 + static_cast<int>(random() % 3);
            for (int e = 0; e < edits && !text.empty(); ++e) {
                const std::size_t at = random() % text.size();
                const char c = alphabet[random() % alphabet.size()];
                switch (random() % 3) {
                    case 0: text[at] = c; break;
                    case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c); break;
                    default: text.erase(at, 1 + random() % 4); break;
                }
            }
            CAPTURE(round);
            check_same_as_dom(text);
        }
    }
}
