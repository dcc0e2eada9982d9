// Actuals import: the JSON and CSV forms, and errors that say where the problem is.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/actuals.hpp"

using namespace bpo;

namespace {
std::string read_fixture(const char* name) {
    std::ifstream in(std::string(BPO_SOURCE_DIR) + "/tests/fixtures/actuals/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool has_error(const ActualsImport& r, const std::string& code) {
    for (const ActualsError& e : r.errors)
        if (e.code == code) return true;
    return false;
}
}  // namespace

TEST_CASE("year-month parsing") {
    CHECK(parse_year_month("2027-01").has_value());
    CHECK(to_string(*parse_year_month("2027-01-31")) == "2027-01");
    CHECK_FALSE(parse_year_month("2027-13").has_value());
    CHECK_FALSE(parse_year_month("2027-1").has_value());
    CHECK_FALSE(parse_year_month("Jan 2027").has_value());
    CHECK_FALSE(parse_year_month("2027-01-32").has_value());
}

TEST_CASE("the JSON and CSV fixtures read the same") {
    const ActualsImport j = import_actuals(read_fixture("contact-centre-2027.json"));
    const ActualsImport c = import_actuals(read_fixture("contact-centre-2027.csv"));
    REQUIRE(j.ok());
    REQUIRE(c.ok());
    REQUIRE(j.actuals.months.size() == 3);
    REQUIRE(c.actuals.months.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(j.actuals.months[i].month == c.actuals.months[i].month);
        CHECK(j.actuals.months[i].values == c.actuals.months[i].values);
        CHECK(j.actuals.months[i].excluded == c.actuals.months[i].excluded);
    }
    CHECK(c.actuals.months[1].values.at("sl-abandon") == doctest::Approx(6.3));  // "6.3%" accepted
    CHECK(c.actuals.months[2].excluded.at("sl-abandon") == "telephony outage, client carrier");
    CHECK(c.actuals.months[2].values.count("sl-abandon") == 0);
}

TEST_CASE("JSON actuals") {
    SUBCASE("months are sorted and null means not measured") {
        const ActualsImport r = import_actuals_json(
            R"({"format":"bpo-actuals","version":1,"months":[
                {"month":"2027-02","values":{"a":1}},{"month":"2027-01","values":{"a":null,"b":2}}]})");
        REQUIRE(r.ok());
        CHECK(to_string(r.actuals.months[0].month) == "2027-01");
        CHECK(r.actuals.months[0].values.count("a") == 0);
        CHECK(r.actuals.months[0].values.at("b") == 2);
    }
    SUBCASE("syntax errors give line and column") {
        const ActualsImport r = import_actuals_json("{\"format\": \"bpo-actuals\",\n  \"version\": 1,\n  \"months\": [,]}");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].code == "actuals.json-syntax");
        CHECK(r.errors[0].row == 3);
        CHECK(r.errors[0].column == 14);
        CHECK(describe(r.errors[0]).rfind("line 3, column 14: not valid JSON", 0) == 0);
    }
    SUBCASE("errors name the JSON pointer") {
        const ActualsImport r = import_actuals_json(
            R"({"format":"bpo-actuals","version":2,"months":[
                {"month":"2027-1","values":{"a":"high"}},
                {"month":"2027-03","values":{"a/b":"x"},"excluded":{"c":5},"note":"?"},
                {"month":"2027-03"}]})");
        CHECK_FALSE(r.ok());
        CHECK(r.actuals.months.empty());
        std::vector<std::string> where;
        for (const ActualsError& e : r.errors) where.push_back(e.code + " " + e.pointer);
        CHECK(where == std::vector<std::string>{
                           "actuals.wrong-version /version",
                           "actuals.bad-month /months/0/month",
                           "actuals.not-a-number /months/0/values/a",
                           "actuals.unknown-key /months/1/note",
                           "actuals.not-a-number /months/1/values/a~1b",
                           "actuals.reason-not-text /months/1/excluded/c",
                           "actuals.duplicate-month /months/2/month",
                       });
        CHECK(describe(r.errors[2]) ==
              "/months/0/values/a: not a number (use a decimal point, e.g. 81.2; leave empty when not "
              "measured) ('\"high\"')");
    }
    SUBCASE("wrong format and missing months") {
        const ActualsImport r = import_actuals_json(R"({"format":"bpo-agreement","version":1})");
        CHECK(has_error(r, "actuals.wrong-format"));
        CHECK(has_error(r, "actuals.months-not-a-list"));
        CHECK(has_error(import_actuals_json("[1,2]"), "actuals.not-an-object"));
    }
}

TEST_CASE("CSV actuals") {
    SUBCASE("LF endings, blank lines, quotes with doubled quotes, short rows") {
        const ActualsImport r = import_actuals_csv(
            "Month,\"sl,1\",sl2\n\n2027-01, 99.5 ,\"excluded: the \"\"big\"\" outage\"\n2027-02,98\n");
        REQUIRE(r.ok());
        REQUIRE(r.actuals.months.size() == 2);
        CHECK(r.actuals.months[0].values.at("sl,1") == doctest::Approx(99.5));
        CHECK(r.actuals.months[0].excluded.at("sl2") == "the \"big\" outage");
        CHECK(r.actuals.months[1].values.size() == 1);
    }
    SUBCASE("an excluded cell without a reason") {
        const ActualsImport r = import_actuals_csv("month,a\n2027-01,Excluded\n");
        REQUIRE(r.ok());
        CHECK(r.actuals.months[0].excluded.at("a").empty());
    }
    SUBCASE("a line break inside a quoted cell keeps the row count honest") {
        const ActualsImport r = import_actuals_csv("month,a\n2027-01,\"excluded: two\nlines\"\n2027-02,abc\n");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].row == 3);  // the spreadsheet row, not the text line
    }
    SUBCASE("errors name row and column") {
        const ActualsImport r = import_actuals_csv(
            "month,a,a,\r\n2027-01,1,2,3\r\nJan-27,1\r\n2027-02,1x\r\n2027-02,1\r\n2027-03,1,2,3,4\r\n");
        std::vector<std::string> where;
        for (const ActualsError& e : r.errors)
            where.push_back(e.code + " " + std::to_string(e.row) + ":" + std::to_string(e.column));
        CHECK(where == std::vector<std::string>{
                           "actuals.csv-duplicate-column 1:3",
                           "actuals.empty-id 1:4",
                           "actuals.bad-month 3:1",
                           "actuals.not-a-number 4:2",
                           "actuals.duplicate-month 5:1",
                           "actuals.csv-too-many-cells 6:5",
                       });
        CHECK(describe(r.errors[3]) ==
              "row 4, column 2: not a number (use a decimal point, e.g. 81.2; leave empty when not measured) ('1x')");
    }
    SUBCASE("a header that does not start with month") {
        CHECK(has_error(import_actuals_csv("date,a\n2027-01,1\n"), "actuals.csv-bad-header"));
        CHECK(has_error(import_actuals_csv(""), "actuals.csv-empty"));
        CHECK(has_error(import_actuals_csv("month,a\n2027-01,\"1"), "actuals.csv-unclosed-quote"));
        CHECK(has_error(import_actuals_csv("month,a\n2027-01,\"1\"x\n"), "actuals.csv-text-after-quote"));
    }
}
