#include "core/report_json.hpp"

#include "core/enums.hpp"
#include "core/finding_text.hpp"
#include "core/money.hpp"

namespace bpo {

namespace {

using J = nlohmann::ordered_json;

// Basis points as a JSON percent number: 1675 -> 16.75, 1000 -> 10 (an integer when whole).
J percent(BasisPoints bp) {
    if (bp % 100 == 0) return J(bp / 100);
    return J(static_cast<double>(bp) / 100.0);
}

J header(const char* format) {
    J j;
    j["format"] = format;
    j["version"] = report_json_version;
    return j;
}

}  // namespace

J finding_to_json(const Finding& f) {
    const FindingText text = finding_text(f);
    J j;
    j["rule"] = f.rule_id;
    j["severity"] = severity_id(f.severity);
    j["section"] = std::string(section_id(f.section));
    j["pointer"] = f.pointer;
    j["message"] = text.message;
    j["hint"] = text.hint;
    J args = J::object();
    for (const auto& a : f.args) args[a.first] = a.second;
    j["args"] = std::move(args);
    return j;
}

J findings_to_json(const std::vector<Finding>& findings, const std::string& file) {
    J j = header("bpo-findings");
    if (!file.empty()) j["file"] = file;
    int errors = 0, warnings = 0, infos = 0;
    J list = J::array();
    for (const Finding& f : findings) {
        (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : infos) += 1;
        list.push_back(finding_to_json(f));
    }
    j["counts"] = J{{"error", errors}, {"warning", warnings}, {"info", infos}};
    j["findings"] = std::move(list);
    return j;
}

J credit_report_to_json(const CreditReport& r) {
    J j = header("bpo-credit-report");
    j["currency"] = r.currency;
    j["method"] = std::string(enum_id(r.method));
    J months = J::array();
    for (const CreditMonth& m : r.months) {
        J jm;
        jm["month"] = to_string(m.month);
        jm["contractMonth"] = m.contract_month;
        jm["chargesMinor"] = m.charges.minor;
        jm["atRiskMinor"] = m.at_risk.minor;
        J levels = J::array();
        for (const SlMonth& s : m.levels) {
            J js;
            js["id"] = s.service_level_id;
            js["criticality"] = std::string(enum_id(s.criticality));
            js["actual"] = s.actual ? J(*s.actual) : J(nullptr);
            js["outcome"] = outcome_id(s.outcome);
            if (s.outcome == SlOutcome::Excluded) js["exclusionReason"] = s.exclusion_reason;
            js["creditMinor"] = s.credit.minor;
            js["creditedMinor"] = s.credited.minor;
            if (s.criticality == Criticality::Critical) {
                js["missesInWindow"] = s.misses_in_window;
                js["criticalFailure"] = s.critical_failure;
            }
            levels.push_back(std::move(js));
        }
        jm["serviceLevels"] = std::move(levels);
        jm["grossMinor"] = m.gross.minor;
        jm["creditedMinor"] = m.credited.minor;
        jm["capReached"] = m.cap_reached;
        J earned = J::array();
        for (const EarnedBack& e : m.earned_back)
            earned.push_back(J{{"serviceLevel", e.service_level_id}, {"missedIn", to_string(e.missed_in)},
                               {"amountMinor", e.amount.minor}});
        jm["earnedBack"] = std::move(earned);
        jm["earnedBackMinor"] = m.earned_back_total.minor;
        jm["netMinor"] = m.net.minor;
        jm["criticalFailures"] = m.critical_failures;
        months.push_back(std::move(jm));
    }
    j["months"] = std::move(months);
    j["totals"] = J{{"grossMinor", r.total_gross.minor},
                    {"creditedMinor", r.total_credited.minor},
                    {"earnedBackMinor", r.total_earned_back.minor},
                    {"netMinor", r.total_net.minor}};
    j["terminationRight"] = r.termination_right;
    J notes = J::array();
    for (const CreditNote& n : r.notes) {
        const FindingArgs args{{"month", n.month},
                               {"serviceLevel", n.service_level_id},
                               {"amount", format_money(n.amount, r.currency)}};
        J jn;
        jn["code"] = n.code;
        if (!n.month.empty()) jn["month"] = n.month;
        if (!n.service_level_id.empty()) jn["serviceLevel"] = n.service_level_id;
        if (n.code == "earn-back-pending") jn["amountMinor"] = n.amount.minor;
        jn["message"] = text_for("note." + n.code, args).message;
        notes.push_back(std::move(jn));
    }
    j["notes"] = std::move(notes);
    return j;
}

J business_case_to_json(const BusinessCaseResult& r, const FeeSchedule& fees) {
    J j = header("bpo-business-case");
    j["currency"] = r.currency;
    j["termMonths"] = r.term_months;
    j["inhouseTotalMinor"] = r.inhouse_total.minor;
    j["feesTotalMinor"] = r.fees_total.minor;
    j["transitionCostMinor"] = r.transition_cost.minor;
    j["outsourcedTotalMinor"] = r.outsourced_total.minor;
    j["savingsMinor"] = r.savings.minor;
    j["savingsPercent"] = percent(r.savings_bp);
    j["breakEvenMonth"] = r.break_even_month ? J(*r.break_even_month) : J(nullptr);
    j["discountRatePercent"] = percent(r.discount_rate_bp);
    j["npvMinor"] = r.npv.minor;

    J f;
    f["model"] = std::string(enum_id(fees.model));
    J lines = J::array();
    for (const LineFee& l : fees.lines) lines.push_back(J{{"rate", l.rate_id}, {"monthlyMinor", l.monthly.minor}});
    f["lines"] = std::move(lines);
    f["firstMonthMinor"] = fees.first_month.minor;
    f["firstMonthBonusMaxMinor"] = fees.first_month_bonus_max.minor;
    f["firstMonthExpectedMinor"] = fees.first_month_expected.minor;
    J fyears = J::array();
    for (const YearFee& y : fees.years)
        fyears.push_back(J{{"year", y.year}, {"months", y.months}, {"chargesMinor", y.charges.minor},
                           {"bonusMaxMinor", y.bonus_max.minor}, {"expectedMinor", y.expected.minor}});
    f["years"] = std::move(fyears);
    f["tcvMinor"] = fees.tcv.minor;
    f["tcvMaxMinor"] = fees.tcv_max.minor;
    f["tcvExpectedMinor"] = fees.tcv_expected.minor;
    j["fees"] = std::move(f);

    J years = J::array();
    for (const CaseYear& y : r.years)
        years.push_back(J{{"year", y.year}, {"months", y.months}, {"inhouseMinor", y.inhouse.minor},
                          {"outsourcedMinor", y.outsourced.minor}, {"savingMinor", y.saving.minor}});
    j["years"] = std::move(years);
    J months = J::array();
    for (const CaseMonth& m : r.months)
        months.push_back(J{{"month", m.month}, {"year", m.year}, {"inhouseMinor", m.inhouse.minor},
                           {"feesMinor", m.fees.minor}, {"oneOffMinor", m.one_off.minor},
                           {"outsourcedMinor", m.outsourced.minor}, {"savingMinor", m.saving.minor},
                           {"cumulativeMinor", m.cumulative.minor}});
    j["months"] = std::move(months);
    J assumptions = J::array();
    for (const std::string& a : r.assumptions)
        assumptions.push_back(J{{"id", a}, {"message", text_for("assumption." + a).message}});
    j["assumptions"] = std::move(assumptions);
    return j;
}

}  // namespace bpo
