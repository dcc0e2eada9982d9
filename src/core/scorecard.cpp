#include "core/scorecard.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/csv.hpp"
#include "core/enums.hpp"
#include "core/money.hpp"

namespace bpo {

namespace {

using ojson = nlohmann::ordered_json;


std::string number(double v) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", v);
    return buffer;
}

std::string number(const std::optional<double>& v) { return v ? number(*v) : std::string(); }

ojson optional_number(const std::optional<double>& v) { return v ? ojson(*v) : ojson(nullptr); }

void count(ScoreCounts& c, SlOutcome o) {
    switch (o) {
        case SlOutcome::Met: ++c.met; break;
        case SlOutcome::BelowExpected: ++c.below_expected; break;
        case SlOutcome::Missed: ++c.missed; break;
        case SlOutcome::Excluded: ++c.excluded; break;
        case SlOutcome::NoData: ++c.no_data; break;
        case SlOutcome::NoTarget: ++c.no_target; break;
    }
}

ojson counts_json(const ScoreCounts& c) {
    return {{"met", c.met},           {"belowExpected", c.below_expected}, {"missed", c.missed},
            {"excluded", c.excluded}, {"noData", c.no_data},               {"noTarget", c.no_target}};
}

}  // namespace

// ---- editable actuals -------------------------------------------------------------------------

std::vector<YearMonth> term_months(const Agreement& a) {
    std::vector<YearMonth> out;
    if (!a.term.effective_date.is_set() || a.term.initial_term_months <= 0) return out;
    const int first = YearMonth{a.term.effective_date.year, a.term.effective_date.month}.index();
    for (int i = 0; i < a.term.initial_term_months; ++i) out.push_back(YearMonth{(first + i) / 12, (first + i) % 12 + 1});
    return out;
}

YearMonth next_actuals_month(const Agreement& a, const Actuals& actuals, YearMonth fallback) {
    if (!actuals.months.empty()) {
        const int next = actuals.months.back().month.index() + 1;
        return YearMonth{next / 12, next % 12 + 1};
    }
    if (a.term.effective_date.is_set()) return YearMonth{a.term.effective_date.year, a.term.effective_date.month};
    return fallback;
}

std::size_t add_month(Actuals& a, YearMonth m) {
    const auto it = std::lower_bound(a.months.begin(), a.months.end(), m,
                                     [](const ActualsMonth& am, YearMonth x) { return am.month < x; });
    if (it == a.months.end() || it->month != m) {
        ActualsMonth am;
        am.month = m;
        const auto at = it - a.months.begin();  // before the insert, which may reallocate
        a.months.insert(it, am);
        return static_cast<std::size_t>(at);
    }
    return static_cast<std::size_t>(it - a.months.begin());
}

bool remove_month(Actuals& a, YearMonth m) {
    const auto it = std::find_if(a.months.begin(), a.months.end(), [&](const ActualsMonth& am) { return am.month == m; });
    if (it == a.months.end()) return false;
    a.months.erase(it);
    return true;
}

void set_actual(Actuals& a, YearMonth m, const std::string& id, std::optional<double> value) {
    ActualsMonth& am = a.months[add_month(a, m)];
    if (value) am.values[id] = *value;
    else am.values.erase(id);
}

void set_excluded(Actuals& a, YearMonth m, const std::string& id, std::optional<std::string> reason) {
    ActualsMonth& am = a.months[add_month(a, m)];
    if (reason) am.excluded[id] = *reason;
    else am.excluded.erase(id);
}

std::optional<double> actual_value(const Actuals& a, YearMonth m, const std::string& id) {
    for (const ActualsMonth& am : a.months) {
        if (am.month != m) continue;
        const auto it = am.values.find(id);
        if (it != am.values.end()) return it->second;
    }
    return std::nullopt;
}

std::string actuals_to_json(const Actuals& actuals) {
    namespace k = actuals_keys;
    ojson months = ojson::array();
    for (const ActualsMonth& am : actuals.months) {
        ojson m = {{k::month, to_string(am.month)}};
        ojson values = ojson::object();
        for (const auto& [id, v] : am.values) values[id] = v;
        m[k::values] = values;
        if (!am.excluded.empty()) {
            ojson excluded = ojson::object();
            for (const auto& [id, reason] : am.excluded) excluded[id] = reason;
            m[k::excluded] = excluded;
        }
        months.push_back(std::move(m));
    }
    const ojson doc = {{k::format, k::format_name}, {k::version, k::format_version}, {k::months, months}};
    return doc.dump(2) + "\n";
}

std::string actuals_to_csv(const Actuals& actuals, const Agreement& agreement) {
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const ServiceLevel& sl : agreement.service_levels)
        if (!sl.id.empty() && seen.insert(sl.id).second) ids.push_back(sl.id);
    for (const ActualsMonth& am : actuals.months) {
        for (const auto& v : am.values)
            if (seen.insert(v.first).second) ids.push_back(v.first);
        for (const auto& x : am.excluded)
            if (seen.insert(x.first).second) ids.push_back(x.first);
    }
    std::string out;
    std::vector<std::string> header = {"month"};
    header.insert(header.end(), ids.begin(), ids.end());
    csv_row(out, header);
    for (const ActualsMonth& am : actuals.months) {
        std::vector<std::string> row = {to_string(am.month)};
        for (const std::string& id : ids) {
            const auto x = am.excluded.find(id);
            const auto v = am.values.find(id);
            if (x != am.excluded.end()) row.push_back("excluded: " + x->second);  // the CSV form holds one of the two
            else if (v != am.values.end()) row.push_back(number(v->second));
            else row.emplace_back();
        }
        csv_row(out, row);
    }
    return out;
}

// ---- the scorecard ----------------------------------------------------------------------------

Scorecard build_scorecard(const Agreement& agreement, const Actuals& actuals) {
    const CreditReport report = compute_credits(agreement, actuals);
    Scorecard sc;
    sc.currency = report.currency;
    sc.method = report.method;
    sc.termination_right = report.termination_right;
    sc.notes = report.notes;

    for (const ServiceLevel& sl : agreement.service_levels) {
        ScoreRow row;
        row.service_level_id = sl.id;
        row.name = sl.name;
        row.unit = sl.unit;
        row.direction = sl.direction;
        row.criticality = sl.criticality;
        row.expected = sl.expected;
        row.minimum = sl.minimum;
        sc.rows.push_back(std::move(row));
    }
    for (const CreditMonth& cm : report.months) {
        ScoreMonth m;
        m.month = cm.month;
        m.contract_month = cm.contract_month;
        m.charges = cm.charges;
        m.at_risk = cm.at_risk;
        m.gross = cm.gross;
        m.credited = cm.credited;
        m.cap_reached = cm.cap_reached;
        m.earned_back = cm.earned_back_total;
        m.net = cm.net;
        m.critical_failures = cm.critical_failures;
        for (std::size_t i = 0; i < cm.levels.size() && i < sc.rows.size(); ++i) {
            const SlMonth& s = cm.levels[i];
            ScoreRow& row = sc.rows[i];
            ScoreCell cell;
            cell.month = cm.month;
            cell.actual = s.actual;
            cell.outcome = s.outcome;
            cell.exclusion_reason = s.exclusion_reason;
            cell.credit = s.credit;
            cell.credited = s.credited;
            cell.critical_failure = s.critical_failure;
            count(row.counts, s.outcome);
            count(sc.totals.counts, s.outcome);
            row.credited += s.credited;
            if (s.outcome == SlOutcome::Met) ++m.met;
            if (s.outcome == SlOutcome::Missed) ++m.missed;
            row.cells.push_back(std::move(cell));
        }
        for (const EarnedBack& e : cm.earned_back)
            for (ScoreRow& row : sc.rows)
                if (row.service_level_id == e.service_level_id) row.earned_back += e.amount;
        sc.totals.charges += m.charges;
        if (m.cap_reached) ++sc.totals.months_capped;
        sc.months.push_back(std::move(m));
    }
    sc.totals.gross = report.total_gross;
    sc.totals.credited = report.total_credited;
    sc.totals.earned_back = report.total_earned_back;
    sc.totals.net = report.total_net;
    return sc;
}

std::optional<TrendSeries> trend_series(const Scorecard& sc, const std::string& id) {
    const auto row = std::find_if(sc.rows.begin(), sc.rows.end(),
                                  [&](const ScoreRow& r) { return r.service_level_id == id; });
    if (row == sc.rows.end()) return std::nullopt;
    TrendSeries t;
    t.service_level_id = row->service_level_id;
    t.name = row->name;
    t.unit = row->unit;
    t.direction = row->direction;
    t.expected = row->expected;
    t.minimum = row->minimum;
    bool any = false;
    double lo = 0, hi = 0;
    auto extend = [&](double v) {
        lo = any ? std::min(lo, v) : v;
        hi = any ? std::max(hi, v) : v;
        any = true;
    };
    for (const ScoreCell& c : row->cells) {
        t.labels.push_back(to_string(c.month));
        const bool shown = c.actual && c.outcome != SlOutcome::Excluded;
        t.values.push_back(shown ? c.actual : std::nullopt);
        t.outcomes.push_back(c.outcome);
        if (shown) extend(*c.actual);
    }
    if (t.expected) extend(*t.expected);
    if (t.minimum) extend(*t.minimum);
    if (!any) {
        t.y_min = 0;
        t.y_max = row->unit == MetricUnit::Percent ? 100 : 1;
        return t;
    }
    const double span = hi - lo;
    const double pad = span > 0 ? span * 0.05 : (hi != 0 ? std::abs(hi) * 0.05 : 1.0);
    t.y_min = lo - pad;
    t.y_max = hi + pad;
    if (row->unit == MetricUnit::Percent) {
        t.y_min = std::max(0.0, t.y_min);
        t.y_max = std::min(100.0, t.y_max);
        if (t.y_max <= t.y_min) t.y_max = t.y_min + 1;
    } else if (lo >= 0) {
        t.y_min = std::max(0.0, t.y_min);
    }
    return t;
}

std::string scorecard_csv(const Scorecard& sc) {
    const std::string& cur = sc.currency;
    auto money = [&](Money m) { return format_decimal(m, cur); };
    std::string out;
    csv_row(out, {"kind", "month", "contract_month", "service_level_id", "service_level", "criticality", "unit",
                  "actual", "expected", "minimum", "outcome", "credit", "credited", "charges", "at_risk",
                  "cap_reached", "earned_back", "net", "critical_failure", "note", "currency"});
    for (std::size_t m = 0; m < sc.months.size(); ++m) {
        const ScoreMonth& month = sc.months[m];
        const std::string ym = to_string(month.month);
        const std::string cmonth = std::to_string(month.contract_month);
        for (const ScoreRow& row : sc.rows) {
            const ScoreCell& c = row.cells[m];
            const bool critical = row.criticality == Criticality::Critical;
            csv_row(out, {"level", ym, cmonth, row.service_level_id, row.name, std::string(enum_id(row.criticality)),
                          std::string(enum_id(row.unit)), number(c.actual), number(row.expected), number(row.minimum),
                          outcome_id(c.outcome), critical ? money(c.credit) : "", critical ? money(c.credited) : "",
                          "", "", "", "", "", c.critical_failure ? "yes" : "no", c.exclusion_reason, cur});
        }
        std::string failures;
        for (const std::string& id : month.critical_failures) failures += (failures.empty() ? "" : " ") + id;
        csv_row(out, {"month", ym, cmonth, "", "", "", "", "", "", "", "", money(month.gross), money(month.credited),
                      money(month.charges), money(month.at_risk), month.cap_reached ? "yes" : "no",
                      money(month.earned_back), money(month.net), failures.empty() ? "no" : "yes", failures, cur});
    }
    const ScoreTotals& t = sc.totals;
    csv_row(out, {"total", "", std::to_string(sc.months.size()), "", "", "", "", "", "", "", "", money(t.gross),
                  money(t.credited), money(t.charges), "", std::to_string(t.months_capped), money(t.earned_back),
                  money(t.net), sc.termination_right ? "yes" : "no", "", cur});
    return out;
}

ojson scorecard_to_json(const Scorecard& sc) {
    ojson months = ojson::array();
    for (const ScoreMonth& m : sc.months) {
        months.push_back({{"month", to_string(m.month)},
                          {"contractMonth", m.contract_month},
                          {"chargesMinor", m.charges.minor},
                          {"atRiskMinor", m.at_risk.minor},
                          {"grossMinor", m.gross.minor},
                          {"creditedMinor", m.credited.minor},
                          {"capReached", m.cap_reached},
                          {"earnedBackMinor", m.earned_back.minor},
                          {"netMinor", m.net.minor},
                          {"met", m.met},
                          {"missed", m.missed},
                          {"criticalFailures", m.critical_failures}});
    }
    ojson rows = ojson::array();
    for (const ScoreRow& r : sc.rows) {
        ojson cells = ojson::array();
        for (const ScoreCell& c : r.cells) {
            ojson cell = {{"month", to_string(c.month)},
                          {"actual", optional_number(c.actual)},
                          {"outcome", outcome_id(c.outcome)},
                          {"creditMinor", c.credit.minor},
                          {"creditedMinor", c.credited.minor},
                          {"criticalFailure", c.critical_failure}};
            if (c.outcome == SlOutcome::Excluded) cell["exclusionReason"] = c.exclusion_reason;
            cells.push_back(std::move(cell));
        }
        rows.push_back({{"id", r.service_level_id},
                        {"name", r.name},
                        {"unit", enum_id(r.unit)},
                        {"direction", enum_id(r.direction)},
                        {"criticality", enum_id(r.criticality)},
                        {"expected", optional_number(r.expected)},
                        {"minimum", optional_number(r.minimum)},
                        {"counts", counts_json(r.counts)},
                        {"creditedMinor", r.credited.minor},
                        {"earnedBackMinor", r.earned_back.minor},
                        {"months", cells}});
    }
    ojson notes = ojson::array();
    for (const CreditNote& n : sc.notes) {
        ojson note = {{"code", n.code}};
        if (!n.month.empty()) note["month"] = n.month;
        if (!n.service_level_id.empty()) note["serviceLevel"] = n.service_level_id;
        if (n.amount.minor != 0) note["amountMinor"] = n.amount.minor;
        notes.push_back(std::move(note));
    }
    const ScoreTotals& t = sc.totals;
    return {{"format", "bpo-scorecard"},
            {"version", 1},
            {"currency", sc.currency},
            {"method", enum_id(sc.method)},
            {"months", months},
            {"serviceLevels", rows},
            {"totals",
             {{"months", sc.months.size()},
              {"chargesMinor", t.charges.minor},
              {"grossMinor", t.gross.minor},
              {"creditedMinor", t.credited.minor},
              {"earnedBackMinor", t.earned_back.minor},
              {"netMinor", t.net.minor},
              {"monthsCapped", t.months_capped},
              {"counts", counts_json(t.counts)}}},
            {"terminationRight", sc.termination_right},
            {"notes", notes}};
}

}  // namespace bpo
