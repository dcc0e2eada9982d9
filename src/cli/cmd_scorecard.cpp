// bpo scorecard FILE ACTUALS: the deal's performance month by month, as a table, CSV or JSON.
#include <iomanip>
#include <ostream>
#include <sstream>

#include "cli/command.hpp"
#include "cli/input_file.hpp"
#include "core/actuals.hpp"
#include "core/json_format.hpp"
#include "core/money.hpp"
#include "core/scorecard.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo scorecard FILE ACTUALS [--csv | --json]\n"
    "\n"
    "The scorecard of the agreement FILE over the measured performance in ACTUALS (JSON\n"
    "\"bpo-actuals\" or CSV; docs/actuals.md): a grid of service levels by month with each\n"
    "outcome (+ met, ~ below expected, X missed, e excluded, . no data), then per month the\n"
    "charges, credits after the cap, credits earned back and the net credit, and the totals.\n"
    "The credits are those of `bpo score` (the same computation).\n"
    "\n"
    "  --csv    the scorecard as CSV (one table; columns in docs/scorecard.md)\n"
    "  --json   the scorecard as JSON (shape \"bpo-scorecard\", docs/scorecard.md)\n"
    "\n"
    "Exit status: 0 computed, 1 the agreement or the actuals have errors, 2 usage or unreadable file.\n";

char mark(SlOutcome o) {
    switch (o) {
        case SlOutcome::Met: return '+';
        case SlOutcome::BelowExpected: return '~';
        case SlOutcome::Missed: return 'X';
        case SlOutcome::Excluded: return 'e';
        case SlOutcome::NoData: return '.';
        case SlOutcome::NoTarget: return '-';
    }
    return ' ';
}

void print(const Scorecard& sc, const Agreement& a, std::ostream& out) {
    const std::string& cur = sc.currency;
    out << "Scorecard" << (a.title.empty() ? "" : ": " + a.title) << '\n';
    if (sc.months.empty()) {
        out << "No months to show.\n";
        return;
    }
    out << to_string(sc.months.front().month) << " to " << to_string(sc.months.back().month) << " ("
        << sc.months.size() << " months)\n\n";
    std::size_t width = 15;
    for (const ScoreRow& r : sc.rows) width = std::max(width, r.service_level_id.size() + 2);
    out << std::left << std::setw(static_cast<int>(width)) << "service level";
    for (const ScoreMonth& m : sc.months) out << to_string(m.month).substr(2) << ' ';
    out << " met missed  credited\n";
    for (const ScoreRow& r : sc.rows) {
        out << std::left << std::setw(static_cast<int>(width)) << r.service_level_id;
        for (const ScoreCell& c : r.cells) out << "   " << mark(c.outcome) << "  ";
        out << std::right << std::setw(4) << r.counts.met << std::setw(7) << r.counts.missed << "  "
            << format_money(r.credited, cur) << '\n';
    }
    out << "\nmonth     charges            credited           earned back        net\n";
    for (const ScoreMonth& m : sc.months) {
        out << std::left << std::setw(10) << to_string(m.month) << std::setw(19) << format_money(m.charges, cur)
            << std::setw(19) << format_money(m.credited, cur) + (m.cap_reached ? "*" : "") << std::setw(19)
            << format_money(m.earned_back, cur) << format_money(m.net, cur) << '\n';
    }
    out << "(* capped at the at-risk amount)\n\nTotals: credits " << format_money(sc.totals.credited, cur)
        << ", earned back " << format_money(sc.totals.earned_back, cur) << ", net " << format_money(sc.totals.net, cur)
        << "; " << sc.totals.counts.met << " met, " << sc.totals.counts.below_expected << " below expected, "
        << sc.totals.counts.missed << " missed\n";
    if (sc.termination_right) out << "A critical-failure threshold was reached: the client may terminate for cause.\n";
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
    bool csv = false, json = false;
    std::vector<std::string> files;
    for (const std::string& a : args) {
        if (a == "--csv") csv = true;
        else if (a == "--json") json = true;
        else if (a.size() > 1 && a[0] == '-') {
            err << "bpo scorecard: unknown option '" << a << "'\n\n" << usage;
            return 2;
        } else files.push_back(a);
    }
    if (files.size() != 2 || (csv && json)) {
        err << "bpo scorecard: give the agreement FILE and the ACTUALS file, and at most one of --csv, --json\n\n"
            << usage;
        return 2;
    }
    if (files[0] == "-" && files[1] == "-") {
        err << "bpo scorecard: only one of the files can be standard input\n";
        return 2;
    }
    const InputFile agreement_file = read_input_file(files[0]);
    const InputFile actuals_file = read_input_file(files[1]);
    for (int i = 0; i < 2; ++i) {
        const InputFile& f = i == 0 ? agreement_file : actuals_file;
        if (!f.error.empty()) {
            err << files[i] << ": " << f.error << '\n';
            return 2;
        }
    }
    const ImportResult agreement = import_agreement(agreement_file.text);
    if (!agreement.ok()) {
        for (const ImportError& e : agreement.errors) err << files[0] << ": " << format_import_error(e) << '\n';
        return agreement.status == ImportStatus::NotJson ? 2 : 1;
    }
    const ActualsImport actuals = import_actuals(actuals_file.text);
    if (!actuals.ok()) {
        for (const ActualsError& e : actuals.errors) err << files[1] << ": " << describe(e) << '\n';
        return 1;
    }
    const Scorecard sc = build_scorecard(agreement.agreement, actuals.actuals);
    if (csv) out << scorecard_csv(sc);
    else if (json) out << scorecard_to_json(sc).dump(2) << '\n';
    else print(sc, agreement.agreement, out);
    return 0;
}

const bool registered =
    register_command({"scorecard", "performance month by month: outcomes, credits, totals (--csv, --json)", usage, run});

}  // namespace

}  // namespace bpo::cli
