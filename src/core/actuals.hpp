// Actual monthly performance per service level: the input of the service-credit computation.
// Two file forms, both described in docs/actuals.md:
//
//   JSON  {"format": "bpo-actuals", "version": 1,
//          "months": [{"month": "2027-01",
//                      "values":   {"sl-asa": 81.2, "sl-abandon": 4.1},
//                      "excluded": {"sl-avail": "scheduled maintenance"}}]}
//   CSV   wide form, one row per month and one column per service level id, as a spreadsheet
//         exports it:   month,sl-asa,sl-abandon
//                       2027-01,81.2,4.1
//                       2027-02,79.5,"excluded: scheduled maintenance"
//
// Errors are values naming where the problem is: a JSON pointer for JSON, a row and column
// (1-based, header = row 1, as a spreadsheet numbers them) for CSV.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bpo {

struct YearMonth {
    int year = 0;
    int month = 0;  // 1..12
    int index() const { return year * 12 + (month - 1); }  // months since year 0, for arithmetic
    friend bool operator==(YearMonth a, YearMonth b) { return a.index() == b.index(); }
    friend bool operator!=(YearMonth a, YearMonth b) { return a.index() != b.index(); }
    friend bool operator<(YearMonth a, YearMonth b) { return a.index() < b.index(); }
};

std::string to_string(YearMonth m);                       // "2027-01"
std::optional<YearMonth> parse_year_month(std::string_view text);  // "2027-01" or "2027-01-31"

struct ActualsMonth {
    YearMonth month;
    std::map<std::string, double> values;         // service level id -> measured value
    std::map<std::string, std::string> excluded;  // service level id -> reason (exclusion applies)
};

struct Actuals {
    std::vector<ActualsMonth> months;  // ascending, each calendar month at most once
};

// JSON field names of the actuals format (this format's own names, used by import and docs).
namespace actuals_keys {
inline constexpr const char* format = "format";
inline constexpr const char* version = "version";
inline constexpr const char* months = "months";
inline constexpr const char* month = "month";
inline constexpr const char* values = "values";
inline constexpr const char* excluded = "excluded";
inline constexpr const char* format_name = "bpo-actuals";
inline constexpr int format_version = 1;
}  // namespace actuals_keys

struct ActualsError {
    std::string code;     // stable id, e.g. "actuals.not-a-number"
    std::string pointer;  // JSON form: where ("/months/2/values/sl-asa"); empty for CSV
    int row = 0;          // CSV form (1-based, header is row 1), or JSON syntax error line
    int column = 0;       // CSV column (1-based), or JSON syntax error column
    std::string detail;   // the offending text or extra context
};

struct ActualsImport {
    Actuals actuals;
    std::vector<ActualsError> errors;
    bool ok() const { return errors.empty(); }
};

ActualsImport import_actuals_json(std::string_view text);
ActualsImport import_actuals_csv(std::string_view text);
// JSON when the first character after an optional BOM and whitespace is '{', CSV otherwise.
ActualsImport import_actuals(std::string_view text);

// One line for people: "row 3, column 2: not a number: 'abc'" / "/months/0/month: ...".
std::string describe(const ActualsError& error);

}  // namespace bpo
