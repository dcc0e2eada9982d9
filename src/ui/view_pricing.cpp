// Pricing and benefits: the pricing model and its rates or fees, invoicing and payment terms,
// the yearly adjustment, the fees they give (core/fees.hpp), and the business case inputs.
#include <string>

#include <imgui.h>

#include "core/fees.hpp"
#include "core/finding_text.hpp"
#include "core/json_keys.hpp"
#include "core/money.hpp"
#include "ui/row_list.hpp"
#include "ui/view_tools.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

const std::string base = std::string("/") + keys::pricing;
const ListLocator<RateLine> rates = [](Agreement& a) { return &a.pricing.rates; };

template <class T>
Locate<T> pr(T Pricing::*member) {
    return [member](Agreement& a) { return &(a.pricing.*member); };
}

// ISO 4217 codes offered in the currency drop-down; any other code may be typed.
const std::vector<std::string>& common_currencies() {
    static const std::vector<std::string> codes = {"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "CNY",
                                                   "HKD", "SGD", "INR", "PHP", "MYR", "ZAR", "BRL", "MXN", "COP",
                                                   "PLN", "CZK", "RON", "SEK", "NOK", "DKK", "AED", "SAR", "EGP"};
    return codes;
}

const std::vector<std::string>& common_indices() {
    static const std::vector<std::string> names = {"CPI-U", "CPI-W", "HICP", "CPI (UK)", "CPIH (UK)", "ECI"};
    return names;
}

PerRevision<FeeSchedule>& fees_cache() {
    static PerRevision<FeeSchedule> cache;
    return cache;
}

void rate_list(ViewContext& ctx, const FeeSchedule& fees) {
    const bool per_fte = ctx.agreement().pricing.model == PricingModel::PerFte;
    const std::string currency = ctx.agreement().pricing.currency;
    RowListSpec<RateLine> spec{
        per_fte ? "Rates per FTE" : "Rates per transaction", "rate", ptr(base, keys::Pricing::rates), rates,
        [&fees, currency](const RateLine& r) {
            std::string out = r.description.empty() ? "Rate " + r.id : r.description;
            for (const LineFee& line : fees.lines)
                if (line.rate_id == r.id) out += "  \xC2\xB7  " + format_money(line.monthly, currency) + " a month";
            return out;
        },
        [per_fte](ViewContext& c, const RateLine& r, const std::string& p) {
            namespace k = keys::RateLine;
            auto f = [&](auto member) { return row_field(rates, r.id, member); };
            service_field(c, "Service", ptr(p, k::service_id), f(&RateLine::service_id), "(not linked)");
            text_field(c, "Description", ptr(p, k::description), f(&RateLine::description),
                       per_fte ? "e.g. Accounts payable clerk" : "e.g. Invoice processed");
            money_field(c, per_fte ? "Price per FTE-month" : "Price per unit", ptr(p, k::unit_price),
                        f(&RateLine::unit_price));
            double_field(c, "Quantity", ptr(p, k::quantity), f(&RateLine::quantity), per_fte ? "FTEs" : "a month");
            text_field(c, "Unit", ptr(p, k::unit), f(&RateLine::unit), per_fte ? "FTE" : "e.g. invoice, call");
        },
        [per_fte](ViewContext& c) {
            RateLine line;
            line.unit = per_fte ? "FTE" : "";
            if (c.agreement().services.size() == 1) line.service_id = c.agreement().services.front().id;
            return line;
        },
    };
    row_list(ctx, spec);
}

void fee_figures(ViewContext& ctx, const FeeSchedule& fees) {
    const Pricing& pricing = ctx.agreement().pricing;
    const std::string& currency = pricing.currency;
    if (!begin_form("##fees")) return;
    figure_row("Monthly charges", format_money(fees.first_month, currency), "What is invoiced a month in year 1");
    if (pricing.model == PricingModel::OutcomeBased) {
        figure_row("Maximum bonus", format_money(fees.first_month_bonus_max, currency) + " a month");
        figure_row("Expected a month", format_money(fees.first_month_expected, currency));
    }
    const int months = ctx.agreement().term.initial_term_months;
    const std::string over = months > 0 ? "over " + std::to_string(months) + " months" : "initial term not set";
    figure_row("Contract value", format_money(fees.tcv, currency) + "  (" + over + ")",
               "Total contract value: the charges over the initial term, adjustment included");
    if (pricing.model == PricingModel::OutcomeBased) {
        figure_row("Expected value", format_money(fees.tcv_expected, currency));
        figure_row("Maximum value", format_money(fees.tcv_max, currency));
    }
    for (const std::string& id : fees.assumptions) {
        const FindingText text = text_for("assumption." + id);
        field_note(text.message.c_str());
    }
    end_form();
}

}  // namespace

void draw_pricing(ViewContext& ctx) {
    namespace k = keys::Pricing;
    const FeeSchedule& fees = fees_cache().get(ctx, [](const Agreement& a) { return compute_fees(a); });
    const PricingModel model = ctx.agreement().pricing.model;

    heading("Pricing model");
    if (begin_form("##model")) {
        enum_field<PricingModel>(ctx, "Model", ptr(base, k::model), pr(&Pricing::model));
        suggest_text_field(ctx, "Currency", ptr(base, k::currency), pr(&Pricing::currency), common_currencies(),
                           "ISO 4217 code, e.g. USD");
        switch (model) {
            case PricingModel::PerFte:
                field_note("Dedicated staff priced per full-time equivalent a month.");
                break;
            case PricingModel::PerTransaction:
                field_note("Priced per unit of work (invoice, call, ticket) at the expected monthly volume.");
                break;
            case PricingModel::FixedMonthly:
                money_field(ctx, "Monthly fee", ptr(base, k::fixed_monthly_fee), pr(&Pricing::fixed_monthly_fee));
                break;
            case PricingModel::OutcomeBased:
                money_field(ctx, "Base fee a month", ptr(base, k::outcome_base_fee), pr(&Pricing::outcome_base_fee));
                money_field(ctx, "Bonus up to", ptr(base, k::outcome_bonus_max), pr(&Pricing::outcome_bonus_max));
                field_note("The most that can be added a month when the objectives are met.");
                break;
        }
        end_form();
    }
    if (model == PricingModel::PerFte || model == PricingModel::PerTransaction) {
        rate_list(ctx, fees);
    } else if (!ctx.agreement().pricing.rates.empty()) {
        ImGui::TextDisabled("%zu rate line(s) kept but not used by this pricing model.",
                            ctx.agreement().pricing.rates.size());
    }

    heading("Invoicing and payment");
    if (begin_form("##invoicing")) {
        enum_field<Cadence>(ctx, "Invoiced", ptr(base, k::invoice_frequency), pr(&Pricing::invoice_frequency));
        enum_field<InvoiceTiming>(ctx, "Timing", ptr(base, k::invoice_timing), pr(&Pricing::invoice_timing));
        int_field(ctx, "Payment due", ptr(base, k::payment_days), pr(&Pricing::payment_days), "days", 0, 365);
        percent_field(ctx, "Late interest", ptr(base, k::late_interest_bp), pr(&Pricing::late_interest_bp));
        field_note("% a year on late payments.");
        end_form();
    }

    heading("Yearly adjustment");
    if (begin_form("##adjustment")) {
        enum_field<Adjustment>(ctx, "Adjustment", ptr(base, k::adjustment), pr(&Pricing::adjustment));
        const Adjustment adjustment = ctx.agreement().pricing.adjustment;
        if (adjustment != Adjustment::None) {
            percent_field(ctx, adjustment == Adjustment::Fixed ? "Uplift a year" : "Cap a year", ptr(base, k::adjustment_bp),
                          pr(&Pricing::adjustment_bp));
            if (adjustment == Adjustment::Index) {
                suggest_text_field(ctx, "Index", ptr(base, k::adjustment_index), pr(&Pricing::adjustment_index),
                                   common_indices(), "e.g. CPI-U, HICP");
            }
            field_note("Applies from the second contract year.");
        }
        end_form();
    }

    heading("Fees");
    fee_figures(ctx, fees);

    heading("Business case inputs");
    ImGui::TextWrapped("Today's in-house cost, for the savings over the term (the Business case view shows them year by year).");
    business_case_inputs(ctx);
}

}  // namespace bpo::ui
