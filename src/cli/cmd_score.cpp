// bpo score FILE ACTUALS: the service-credit computation month by month.
#include <iomanip>
#include <ostream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/input_file.hpp"
#include "core/actuals.hpp"
#include "core/credits.hpp"
#include "core/enums.hpp"
#include "core/finding_text.hpp"
#include "core/json_format.hpp"
#include "core/money.hpp"
#include "core/report_json.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo score FILE ACTUALS [--json]\n"
    "\n"
    "Computes the service credits month by month from the agreement FILE and the measured\n"
    "performance in ACTUALS (JSON \"bpo-actuals\" or CSV with a 'month' column and one column per\n"
    "service level id; see docs/actuals.md). For every month: each service level's outcome (met,\n"
    "below expected, missed, excluded, no data), the credit of each missed critical level, the\n"
    "month's total capped at the at-risk amount, credits earned back, and critical failures that\n"
    "give a termination right. \"-\" reads standard input for one of the files.\n"
    "\n"
    "  --json   print the report as JSON (shape \"bpo-credit-report\", docs/actuals.md)\n"
    "\n"
    "Exit status: 0 computed, 1 the agreement or the actuals have errors, 2 usage or unreadable file.\n";

std::string pad(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string rpad(const std::string& s, std::size_t width) {
    return s.size() < width ? std::string(width - s.size(), ' ') + s : s;
}

std::string number(const std::optional<double>& v) {
    if (!v) return "-";
    std::ostringstream o;
    o << std::setprecision(10) << *v;
    return o.str();
}

void print_report(const Agreement& a, const CreditReport& r, std::ostream& out) {
    const std::string& cur = r.currency;
    const CreditScheme& cs = a.credits;
    out << "Service credits" << (a.title.empty() ? "" : ": " + a.title) << '\n'
        << "Method: " << enum_label(cs.method) << "; at risk " << format_bp(cs.at_risk_bp)
        << " of the monthly charges (the monthly cap)";
    if (cs.earn_back && cs.earn_back_months > 0) out << "; earn-back after " << cs.earn_back_months << " months met";
    if (cs.critical_failure_misses > 0 && cs.critical_failure_window_months > 0)
        out << "; critical failure at " << cs.critical_failure_misses << " misses in " << cs.critical_failure_window_months
            << " months";
    out << "\n";

    std::size_t id_width = 15;
    for (const ServiceLevel& sl : a.service_levels) id_width = std::max(id_width, sl.id.size() + 2);
    for (const CreditMonth& m : r.months) {
        out << '\n' << to_string(m.month) << "  (contract month " << m.contract_month << ")  charges "
            << format_money(m.charges, cur) << "  at risk " << format_money(m.at_risk, cur) << '\n';
        out << "  " << pad("service level", id_width) << pad("kind", 10) << rpad("actual", 10) << rpad("expected", 10)
            << rpad("minimum", 10) << "  " << pad("outcome", 16) << rpad("credit", 18) << rpad("credited", 18) << '\n';
        for (std::size_t i = 0; i < m.levels.size(); ++i) {
            const SlMonth& s = m.levels[i];
            const ServiceLevel& sl = a.service_levels[i];
            std::string outcome = s.outcome == SlOutcome::Missed ? "MISSED" : outcome_label(s.outcome);
            out << "  " << pad(s.service_level_id, id_width) << pad(std::string(enum_id(s.criticality)), 10)
                << rpad(number(s.actual), 10) << rpad(number(sl.expected), 10) << rpad(number(sl.minimum), 10) << "  "
                << pad(outcome, 16);
            if (s.criticality == Criticality::Critical)
                out << rpad(format_money(s.credit, cur), 18) << rpad(format_money(s.credited, cur), 18);
            if (s.outcome == SlOutcome::Excluded && !s.exclusion_reason.empty()) out << "  (" << s.exclusion_reason << ')';
            if (s.critical_failure) out << "  critical failure: " << s.misses_in_window << " misses in window";
            out << '\n';
        }
        out << "  credits " << format_money(m.gross, cur);
        if (m.cap_reached) out << ", capped at " << format_money(m.credited, cur);
        for (const EarnedBack& e : m.earned_back)
            out << "\n  earned back " << format_money(e.amount, cur) << " for " << e.service_level_id << " (missed "
                << to_string(e.missed_in) << ')';
        out << "\n  net credit " << format_money(m.net, cur) << '\n';
        if (!m.critical_failures.empty()) {
            out << "  TERMINATION RIGHT: critical failure of";
            for (const std::string& id : m.critical_failures) out << ' ' << id;
            out << '\n';
        }
    }
    out << "\nTotals over " << r.months.size() << " month(s): credits " << format_money(r.total_credited, cur)
        << ", earned back " << format_money(r.total_earned_back, cur) << ", net " << format_money(r.total_net, cur)
        << '\n';
    if (r.termination_right) out << "A critical-failure threshold was reached: the client may terminate for cause.\n";
    if (!r.notes.empty()) {
        out << "\nNotes:\n";
        for (const CreditNote& n : r.notes)
            out << "  - "
                << text_for("note." + n.code, {{"month", n.month}, {"serviceLevel", n.service_level_id},
                                                {"amount", format_money(n.amount, cur)}})
                       .message
                << '\n';
    }
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
    bool json = false;
    std::vector<std::string> files;
    for (const std::string& a : args) {
        if (a == "--json") json = true;
        else if (a.size() > 1 && a[0] == '-') {
            err << "bpo score: unknown option '" << a << "'\n\n" << usage;
            return 2;
        } else files.push_back(a);
    }
    if (files.size() != 2) {
        err << "bpo score: give the agreement FILE and the ACTUALS file\n\n" << usage;
        return 2;
    }
    if (files[0] == "-" && files[1] == "-") {
        err << "bpo score: only one of the files can be standard input\n";
        return 2;
    }
    const InputFile agreement_file = read_input_file(files[0]);
    const InputFile actuals_file = read_input_file(files[1]);
    for (const InputFile* f : {&agreement_file, &actuals_file})
        if (!f->error.empty()) {
            err << (f == &agreement_file ? files[0] : files[1]) << ": " << f->error << '\n';
            return 2;
        }
    const ImportResult agreement = import_agreement(agreement_file.text);
    if (!agreement.ok()) {
        for (const ImportError& e : agreement.errors)
            err << files[0] << ": " << (e.pointer.empty() ? "" : e.pointer + ": ") << e.message << '\n';
        return agreement.status == ImportStatus::NotJson ? 2 : 1;
    }
    const ActualsImport actuals = import_actuals(actuals_file.text);
    if (!actuals.ok()) {
        for (const ActualsError& e : actuals.errors) err << files[1] << ": " << describe(e) << '\n';
        return 1;
    }
    const CreditReport report = compute_credits(agreement.agreement, actuals.actuals);
    if (json) out << credit_report_to_json(report).dump(2) << '\n';
    else print_report(agreement.agreement, report, out);
    return 0;
}

const bool registered =
    register_command({"score", "service credits month by month from actual performance", usage, run});

}  // namespace

}  // namespace bpo::cli
