#include "core/credits.hpp"

#include <algorithm>
#include <set>

#include "core/fees.hpp"
#include "core/money.hpp"

namespace bpo {

namespace {

struct PendingEarnBack {
    std::size_t level = 0;  // index into agreement.service_levels
    YearMonth missed_in;
    Money amount;
    int met = 0;
    int last_index = 0;     // YearMonth::index of the last month that kept the run going
};

SlOutcome evaluate(const ServiceLevel& sl, const ActualsMonth& m, SlMonth& out) {
    const auto excluded = m.excluded.find(sl.id);
    const auto value = m.values.find(sl.id);
    if (value != m.values.end()) out.actual = value->second;
    if (!sl.expected) return SlOutcome::NoTarget;
    if (excluded != m.excluded.end()) {
        out.exclusion_reason = excluded->second;
        return SlOutcome::Excluded;
    }
    if (!out.actual) return SlOutcome::NoData;
    if (at_or_better(*out.actual, *sl.expected, sl.direction)) return SlOutcome::Met;
    if (sl.minimum && at_or_better(*out.actual, *sl.minimum, sl.direction)) return SlOutcome::BelowExpected;
    return SlOutcome::Missed;
}

}  // namespace

const char* outcome_id(SlOutcome o) {
    switch (o) {
        case SlOutcome::NoTarget: return "no-target";
        case SlOutcome::Excluded: return "excluded";
        case SlOutcome::NoData: return "no-data";
        case SlOutcome::Met: return "met";
        case SlOutcome::BelowExpected: return "below-expected";
        case SlOutcome::Missed: return "missed";
    }
    return "no-data";
}

const char* outcome_label(SlOutcome o) {
    switch (o) {
        case SlOutcome::NoTarget: return "no target";
        case SlOutcome::Excluded: return "excluded";
        case SlOutcome::NoData: return "no data";
        case SlOutcome::Met: return "met";
        case SlOutcome::BelowExpected: return "below expected";
        case SlOutcome::Missed: return "missed";
    }
    return "no data";
}

bool at_or_better(double actual, double level, Direction direction) {
    constexpr double tolerance = 1e-9;
    return direction == Direction::HigherIsBetter ? actual >= level - tolerance : actual <= level + tolerance;
}

CreditReport compute_credits(const Agreement& a, const Actuals& actuals) {
    const CreditScheme& scheme = a.credits;
    CreditReport report;
    report.currency = a.pricing.currency;
    report.method = scheme.method;

    // Ids in the actuals that the agreement does not know.
    std::set<std::string> known;
    for (const ServiceLevel& sl : a.service_levels) known.insert(sl.id);
    std::set<std::string> unknown;
    for (const ActualsMonth& m : actuals.months) {
        for (const auto& v : m.values)
            if (!known.count(v.first)) unknown.insert(v.first);
        for (const auto& x : m.excluded)
            if (!known.count(x.first)) unknown.insert(x.first);
    }
    for (const std::string& id : unknown) report.notes.push_back({"unknown-service-level", "", id, {}});

    int first_index = 0;
    if (a.term.effective_date.is_set()) {
        first_index = YearMonth{a.term.effective_date.year, a.term.effective_date.month}.index();
    } else if (!actuals.months.empty()) {
        first_index = actuals.months.front().month.index();
        report.notes.push_back({"effective-date-unset", to_string(actuals.months.front().month), "", {}});
    }

    const bool earn_back = scheme.earn_back && scheme.earn_back_months > 0;
    const bool failure_rule = scheme.critical_failure_misses > 0 && scheme.critical_failure_window_months > 0;
    std::vector<PendingEarnBack> pending;
    std::vector<std::vector<int>> miss_months(a.service_levels.size());

    for (const ActualsMonth& m : actuals.months) {
        const int contract_month = m.month.index() - first_index + 1;
        if (contract_month < 1) {
            report.notes.push_back({"before-effective-date", to_string(m.month), "", {}});
            continue;
        }
        CreditMonth cm;
        cm.month = m.month;
        cm.contract_month = contract_month;
        cm.charges = monthly_charges(a, contract_month);
        cm.at_risk = percent_of(cm.charges, scheme.at_risk_bp);

        for (std::size_t i = 0; i < a.service_levels.size(); ++i) {
            const ServiceLevel& sl = a.service_levels[i];
            SlMonth r;
            r.service_level_id = sl.id;
            r.criticality = sl.criticality;
            r.outcome = evaluate(sl, m, r);
            if (sl.criticality == Criticality::Critical && r.outcome == SlOutcome::Missed) {
                r.credit = scheme.method == CreditMethod::AtRiskPool ? percent_of(cm.at_risk, sl.allocation_bp)
                                                                     : percent_of(cm.charges, sl.flat_credit_bp);
                if (r.credit.minor < 0) r.credit = Money{};
                if (failure_rule) miss_months[i].push_back(m.month.index());
            }
            if (failure_rule && sl.criticality == Criticality::Critical) {
                const std::vector<int>& misses = miss_months[i];
                const int from = m.month.index() - scheme.critical_failure_window_months + 1;
                r.misses_in_window = static_cast<int>(
                    std::count_if(misses.begin(), misses.end(), [from](int x) { return x >= from; }));
                if (r.outcome == SlOutcome::Missed && r.misses_in_window >= scheme.critical_failure_misses) {
                    r.critical_failure = true;
                    cm.critical_failures.push_back(sl.id);
                    report.termination_right = true;
                }
            }
            cm.gross += r.credit;
            cm.levels.push_back(std::move(r));
        }

        // The cap, in the listed order.
        Money room = cm.at_risk.minor > 0 ? cm.at_risk : Money{};
        for (SlMonth& r : cm.levels) {
            r.credited = min(r.credit, room);
            room -= r.credited;
            cm.credited += r.credited;
        }
        cm.cap_reached = cm.gross > cm.at_risk;

        // Earn-back of earlier credits: runs continue, complete or end with this month.
        if (earn_back) {
            std::vector<PendingEarnBack> still;
            for (PendingEarnBack& p : pending) {
                const SlMonth& r = cm.levels[p.level];
                const bool consecutive = m.month.index() == p.last_index + 1;
                if (!consecutive) continue;  // a gap in the actuals ends the run
                if (r.outcome == SlOutcome::Excluded) {
                    p.last_index = m.month.index();
                    still.push_back(p);
                    continue;
                }
                if (r.outcome != SlOutcome::Met) continue;  // the run ends, the credit stays
                p.last_index = m.month.index();
                if (++p.met >= scheme.earn_back_months) {
                    cm.earned_back.push_back({a.service_levels[p.level].id, p.missed_in, p.amount});
                    cm.earned_back_total += p.amount;
                } else {
                    still.push_back(p);
                }
            }
            pending = std::move(still);
            for (std::size_t i = 0; i < cm.levels.size(); ++i)
                if (cm.levels[i].credited.minor > 0)
                    pending.push_back({i, m.month, cm.levels[i].credited, 0, m.month.index()});
        }
        cm.net = cm.credited - cm.earned_back_total;

        report.total_gross += cm.gross;
        report.total_credited += cm.credited;
        report.total_earned_back += cm.earned_back_total;
        report.total_net += cm.net;
        report.months.push_back(std::move(cm));
    }
    for (const PendingEarnBack& p : pending)
        report.notes.push_back({"earn-back-pending", to_string(p.missed_in), a.service_levels[p.level].id, p.amount});
    return report;
}

}  // namespace bpo
