// Term and renewal: when the agreement starts, how long it runs and how it renews.
#include <string>

#include <imgui.h>

#include "core/json_keys.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

void draw_term(ViewContext& ctx) {
    namespace k = keys::Term;
    const std::string base = std::string("/") + keys::term;
    auto f = [](auto member) {
        return [member](Agreement& a) { return &(a.term.*member); };
    };
    heading("Contract duration");
    if (begin_form("##term")) {
        date_field(ctx, "Effective date", ptr(base, k::effective_date), f(&Term::effective_date));
        int_field(ctx, "Initial term", ptr(base, k::initial_term_months), f(&Term::initial_term_months), "months", 0, 600);
        const int months = ctx.agreement().term.initial_term_months;
        if (months > 0 && months % 12 == 0) {
            const std::string years = std::to_string(months / 12) + (months == 12 ? " year" : " years");
            field_note(years.c_str());
        }
        enum_field<Renewal>(ctx, "Renewal", ptr(base, k::renewal), f(&Term::renewal));
        const bool renews = ctx.agreement().term.renewal != Renewal::None;
        ImGui::BeginDisabled(!renews);
        int_field(ctx, "Renewal period", ptr(base, k::renewal_period_months), f(&Term::renewal_period_months), "months", 0, 600);
        int_field(ctx, "Non-renewal notice", ptr(base, k::non_renewal_notice_days), f(&Term::non_renewal_notice_days),
                  "days", 0, 3650);
        ImGui::EndDisabled();
        if (!renews) field_note("The agreement ends with its initial term: no renewal period or notice applies.");
        end_form();
    }
    ImGui::TextWrapped("Longer terms suit complex processes and larger transition investments: 3 to 5 years is common "
                       "for mid-size and enterprise deals, 1 to 2 years for small ones.");
}

}  // namespace bpo::ui
