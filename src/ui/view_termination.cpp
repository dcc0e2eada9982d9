// Termination: for convenience (who, notice, fee), for cause (cure period), on insolvency or
// change of control, and exit assistance.
#include <string>

#include <imgui.h>

#include "core/json_keys.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

void draw_termination(ViewContext& ctx) {
    namespace k = keys::Termination;
    const std::string base = std::string("/") + keys::termination;
    auto f = [](auto member) {
        return [member](Agreement& a) { return &(a.termination.*member); };
    };
    const Termination& t = ctx.agreement().termination;

    heading("For convenience");
    if (begin_form("##convenience")) {
        enum_field<ConvenienceRight>(ctx, "Who may", ptr(base, k::convenience), f(&Termination::convenience));
        const bool convenience = t.convenience != ConvenienceRight::None;
        ImGui::BeginDisabled(!convenience);
        int_field(ctx, "Notice", ptr(base, k::convenience_notice_days), f(&Termination::convenience_notice_days), "days",
                  0, 3650);
        enum_field<TerminationFee>(ctx, "Termination fee", ptr(base, k::fee), f(&Termination::fee));
        switch (t.fee) {
            case TerminationFee::None: break;
            case TerminationFee::Fixed:
                money_field(ctx, "Fee amount", ptr(base, k::fee_amount), f(&Termination::fee_amount));
                break;
            case TerminationFee::MonthsOfFees:
                double_field(ctx, "Fee", ptr(base, k::fee_months), f(&Termination::fee_months), "months of fees");
                break;
            case TerminationFee::Declining:
                double_field(ctx, "Fee in year 1", ptr(base, k::fee_months), f(&Termination::fee_months), "months of fees");
                field_note("The fee declines each year after the first.");
                break;
        }
        ImGui::EndDisabled();
        end_form();
    }

    heading("For cause");
    if (begin_form("##cause")) {
        int_field(ctx, "Cure period", ptr(base, k::cure_period_days), f(&Termination::cure_period_days), "days", 0, 365);
        field_note("Time to put a material breach right before the other party may terminate.");
        bool_field(ctx, "On insolvency", ptr(base, k::insolvency), f(&Termination::insolvency));
        bool_field(ctx, "On change of control", ptr(base, k::change_of_control), f(&Termination::change_of_control));
        end_form();
    }

    heading("Exit");
    if (begin_form("##exit")) {
        bool_field(ctx, "Exit assistance", ptr(base, k::exit_assistance), f(&Termination::exit_assistance));
        ImGui::BeginDisabled(!t.exit_assistance);
        int_field(ctx, "For up to", ptr(base, k::exit_assistance_months), f(&Termination::exit_assistance_months),
                  "months", 0, 60);
        ImGui::EndDisabled();
        text_area(ctx, "Exit plan", ptr(base, k::exit_plan), f(&Termination::exit_plan), 3);
        field_note("How the services move back to the client or to a new provider.");
        end_form();
    }
}

}  // namespace bpo::ui
