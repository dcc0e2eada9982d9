// bpo case FILE: the business case (in-house against outsourced cost over the initial term).
#include <ostream>

#include "cli/command.hpp"
#include "cli/input_file.hpp"
#include "core/business_case.hpp"
#include "core/enums.hpp"
#include "core/fees.hpp"
#include "core/finding_text.hpp"
#include "core/json_format.hpp"
#include "core/money.hpp"
#include "core/report_json.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo case FILE [--json] [--months]\n"
    "\n"
    "Prints the business case of the agreement FILE (\"-\" reads standard input): fees by pricing\n"
    "model with the annual adjustment and the total contract value, the in-house cost against the\n"
    "outsourced cost (fees plus the one-off transition cost) year by year over the initial term,\n"
    "the savings and savings %, the break-even month and the net present value at the agreement's\n"
    "discount rate. The rounding and discounting rules are in docs/actuals.md.\n"
    "\n"
    "  --json     print it as JSON (shape \"bpo-business-case\", docs/actuals.md)\n"
    "  --months   also print the month-by-month table\n"
    "\n"
    "Exit status: 0 computed, 1 the agreement has errors, 2 usage or unreadable file.\n";

std::string rpad(const std::string& s, std::size_t width) {
    return s.size() < width ? std::string(width - s.size(), ' ') + s : s;
}

void print_case(const Agreement& a, const FeeSchedule& fees, const BusinessCaseResult& r, bool months, std::ostream& out) {
    const std::string& cur = r.currency;
    out << "Business case" << (a.title.empty() ? "" : ": " + a.title) << '\n'
        << "Initial term " << r.term_months << " months; pricing " << enum_label(fees.model) << "; currency " << cur
        << "\n\nFees\n";
    for (const LineFee& l : fees.lines) out << "  rate " << l.rate_id << ": " << format_money(l.monthly, cur) << " a month\n";
    out << "  first month " << format_money(fees.first_month, cur);
    if (fees.model == PricingModel::OutcomeBased)
        out << " base, up to " << format_money(fees.first_month_bonus_max, cur) << " bonus, expected "
            << format_money(fees.first_month_expected, cur);
    out << '\n';
    for (const YearFee& y : fees.years)
        out << "  year " << y.year << " (" << y.months << " months): " << format_money(y.charges, cur) << '\n';
    out << "  total contract value " << format_money(fees.tcv, cur);
    if (fees.model == PricingModel::OutcomeBased)
        out << " (with maximum bonus " << format_money(fees.tcv_max, cur) << ", expected "
            << format_money(fees.tcv_expected, cur) << ')';
    out << "\n\n";

    const std::size_t w = 22;
    out << "  year" << rpad("in-house", w) << rpad("outsourced", w) << rpad("saving", w) << '\n';
    for (const CaseYear& y : r.years)
        out << rpad(std::to_string(y.year), 6) << rpad(format_money(y.inhouse, cur), w)
            << rpad(format_money(y.outsourced, cur), w) << rpad(format_money(y.saving, cur), w) << '\n';
    out << " total" << rpad(format_money(r.inhouse_total, cur), w) << rpad(format_money(r.outsourced_total, cur), w)
        << rpad(format_money(r.savings, cur), w) << "\n\n";
    if (months) {
        out << " month" << rpad("in-house", w) << rpad("outsourced", w) << rpad("saving", w) << rpad("cumulative", w) << '\n';
        for (const CaseMonth& m : r.months)
            out << rpad(std::to_string(m.month), 6) << rpad(format_money(m.inhouse, cur), w)
                << rpad(format_money(m.outsourced, cur), w) << rpad(format_money(m.saving, cur), w)
                << rpad(format_money(m.cumulative, cur), w) << '\n';
        out << '\n';
    }
    out << "Transition cost (one-off, month 1): " << format_money(r.transition_cost, cur) << '\n'
        << "Savings: " << format_money(r.savings, cur) << " (" << format_bp(r.savings_bp) << " of the in-house cost)\n"
        << "Break-even: " << (r.break_even_month ? "month " + std::to_string(*r.break_even_month) : std::string("none within the term"))
        << '\n'
        << "Net present value at " << format_bp(r.discount_rate_bp) << " a year: " << format_money(r.npv, cur) << '\n';
    for (const std::string& id : r.assumptions) out << "Assumption: " << text_for("assumption." + id).message << '\n';
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
    bool json = false, months = false;
    std::vector<std::string> files;
    for (const std::string& a : args) {
        if (a == "--json") json = true;
        else if (a == "--months") months = true;
        else if (a.size() > 1 && a[0] == '-') {
            err << "bpo case: unknown option '" << a << "'\n\n" << usage;
            return 2;
        } else files.push_back(a);
    }
    if (files.size() != 1) {
        err << "bpo case: give one agreement FILE\n\n" << usage;
        return 2;
    }
    const InputFile input = read_input_file(files[0]);
    if (!input.error.empty()) {
        err << files[0] << ": " << input.error << '\n';
        return 2;
    }
    const ImportResult agreement = import_agreement(input.text);
    if (!agreement.ok()) {
        for (const ImportError& e : agreement.errors)
            err << files[0] << ": " << (e.pointer.empty() ? "" : e.pointer + ": ") << e.message << '\n';
        return agreement.status == ImportStatus::NotJson ? 2 : 1;
    }
    const FeeSchedule fees = compute_fees(agreement.agreement);
    const BusinessCaseResult result = compute_business_case(agreement.agreement);
    if (json) out << business_case_to_json(result, fees).dump(2) << '\n';
    else print_case(agreement.agreement, fees, result, months, out);
    return 0;
}

const bool registered =
    register_command({"case", "business case: in-house vs outsourced cost, savings, break-even, NPV", usage, run});

}  // namespace

}  // namespace bpo::cli
