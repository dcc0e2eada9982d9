// The scorecard: the deal's performance after signature, month by month, on top of the credit
// computation (credits.hpp): per service level and month the outcome (met, below expected,
// missed, excluded, no data) and the credit, per month the charges, the cap, earn-back and the
// net credit, totals over the period, a series per metric for a trend chart, and CSV / JSON
// exports (docs/scorecard.md). Also the editing of actuals for the UI: set a value, exclude,
// add and remove months; with exports that import_actuals reads back.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/credits.hpp"

namespace bpo {

// ---- editable actuals (value type; every function keeps months ascending and unique) --------

// The calendar months of the initial term (empty without an effective date or a term).
std::vector<YearMonth> term_months(const Agreement& agreement);

// The month a new row would get: the month after the last one, or the effective date's month
// (or `fallback` when there is no effective date) for empty actuals.
YearMonth next_actuals_month(const Agreement& agreement, const Actuals& actuals, YearMonth fallback);

// Adds an empty month (no effect when present). Returns its index in actuals.months.
std::size_t add_month(Actuals& actuals, YearMonth month);
bool remove_month(Actuals& actuals, YearMonth month);  // false when absent
// Sets (or with nullopt clears) the measured value; adds the month when missing. A value set
// on an excluded service level stays stored but the exclusion still applies (as on import).
void set_actual(Actuals& actuals, YearMonth month, const std::string& service_level_id, std::optional<double> value);
// Excludes the service level that month with a reason, or lifts the exclusion (nullopt).
void set_excluded(Actuals& actuals, YearMonth month, const std::string& service_level_id,
                  std::optional<std::string> reason);
std::optional<double> actual_value(const Actuals& actuals, YearMonth month, const std::string& service_level_id);

// The actuals in their file forms (docs/actuals.md), read back by import_actuals:
std::string actuals_to_json(const Actuals& actuals);  // "bpo-actuals" v1, 2-space indent
// Wide CSV, one column per service level of the agreement (then any other ids in the actuals).
std::string actuals_to_csv(const Actuals& actuals, const Agreement& agreement);

// ---- the scorecard ----------------------------------------------------------------------------

struct ScoreCell {
    YearMonth month;
    std::optional<double> actual;
    SlOutcome outcome = SlOutcome::NoData;
    std::string exclusion_reason;
    Money credit;                  // before the cap
    Money credited;                // after the cap
    bool critical_failure = false;
};

struct ScoreCounts {
    int met = 0;
    int below_expected = 0;
    int missed = 0;
    int excluded = 0;
    int no_data = 0;
    int no_target = 0;
};

struct ScoreRow {                  // one service level
    std::string service_level_id;
    std::string name;
    MetricUnit unit = MetricUnit::Unspecified;
    Direction direction = Direction::HigherIsBetter;
    Criticality criticality = Criticality::Key;
    std::optional<double> expected;
    std::optional<double> minimum;
    std::vector<ScoreCell> cells;  // one per scorecard month, same order as Scorecard::months
    ScoreCounts counts;
    Money credited;                // sum of the cells' credited amounts
    Money earned_back;             // credits of this level earned back in the period
};

struct ScoreMonth {
    YearMonth month;
    int contract_month = 0;
    Money charges;
    Money at_risk;                 // the cap
    Money gross;
    Money credited;
    bool cap_reached = false;
    Money earned_back;
    Money net;
    int met = 0;                   // service levels met this month
    int missed = 0;                // service levels missed this month
    std::vector<std::string> critical_failures;
};

struct ScoreTotals {
    Money charges;
    Money gross;
    Money credited;
    Money earned_back;
    Money net;
    ScoreCounts counts;            // over all service levels and months
    int months_capped = 0;
};

struct Scorecard {
    std::string currency;
    CreditMethod method = CreditMethod::AtRiskPool;
    std::vector<ScoreMonth> months;   // ascending (the months of the actuals on or after the start)
    std::vector<ScoreRow> rows;       // the agreement's service levels, in order
    ScoreTotals totals;
    bool termination_right = false;
    std::vector<CreditNote> notes;
};

Scorecard build_scorecard(const Agreement& agreement, const Actuals& actuals);

// A metric's line for a trend chart: its values month by month (gaps where no value or
// excluded), the expected and minimum lines, and a y range that shows all of them.
struct TrendSeries {
    std::string service_level_id;
    std::string name;
    MetricUnit unit = MetricUnit::Unspecified;
    Direction direction = Direction::HigherIsBetter;
    std::vector<std::string> labels;             // "2027-01", ...
    std::vector<std::optional<double>> values;   // same length as labels
    std::vector<SlOutcome> outcomes;             // same length: to colour the points
    std::optional<double> expected;
    std::optional<double> minimum;
    double y_min = 0;                            // padded 5 % of the span (percent stays in 0..100)
    double y_max = 1;
};

std::optional<TrendSeries> trend_series(const Scorecard& scorecard, const std::string& service_level_id);

// CSV (RFC 4180, CRLF): one table, "kind" first: a "level" row per service level and month, a
// "month" row per month with its totals, one "total" row. Columns in docs/scorecard.md.
std::string scorecard_csv(const Scorecard& scorecard);

// {"format": "bpo-scorecard", "version": 1, ...}: shape in docs/scorecard.md.
nlohmann::ordered_json scorecard_to_json(const Scorecard& scorecard);

}  // namespace bpo
