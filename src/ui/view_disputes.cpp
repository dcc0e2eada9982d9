// Dispute resolution: negotiation, then mediation, then arbitration or the courts, and the law
// that governs the agreement.
#include <string>
#include <vector>

#include <imgui.h>

#include "core/json_keys.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

void draw_disputes(ViewContext& ctx) {
    namespace k = keys::DisputeResolution;
    const std::string base = std::string("/") + keys::disputes;
    auto f = [](auto member) {
        return [member](Agreement& a) { return &(a.disputes.*member); };
    };
    const DisputeResolution& d = ctx.agreement().disputes;
    static const std::vector<std::string> rules = {"ICC", "LCIA", "AAA-ICDR", "SIAC", "HKIAC", "UNCITRAL", "DIS", "SCC"};
    static const std::vector<std::string> mediators = {"CEDR", "ICC Mediation", "JAMS", "AAA-ICDR Mediation", "SIMC"};

    heading("Before any proceedings");
    if (begin_form("##steps")) {
        bool_field(ctx, "Negotiation first", ptr(base, k::negotiation), f(&DisputeResolution::negotiation));
        ImGui::BeginDisabled(!d.negotiation);
        int_field(ctx, "Negotiate for", ptr(base, k::negotiation_days), f(&DisputeResolution::negotiation_days), "days", 0, 365);
        ImGui::EndDisabled();
        field_note("Through the escalation path in Governance before anything else.");
        bool_field(ctx, "Then mediation", ptr(base, k::mediation), f(&DisputeResolution::mediation));
        if (d.mediation)
            suggest_text_field(ctx, "Mediation body", ptr(base, k::mediation_body), f(&DisputeResolution::mediation_body),
                               mediators, "e.g. CEDR");
        end_form();
    }

    heading("Final resolution");
    if (begin_form("##forum")) {
        enum_field<Forum>(ctx, "Forum", ptr(base, k::forum), f(&DisputeResolution::forum));
        if (d.forum == Forum::Arbitration) {
            suggest_text_field(ctx, "Arbitration rules", ptr(base, k::arbitration_rules),
                               f(&DisputeResolution::arbitration_rules), rules, "e.g. ICC, LCIA");
            int_field(ctx, "Arbitrators", ptr(base, k::arbitrators), f(&DisputeResolution::arbitrators), nullptr, 1, 3);
            text_field(ctx, "Seat", ptr(base, k::seat), f(&DisputeResolution::seat), "city, e.g. London");
        } else if (d.forum == Forum::Courts) {
            text_field(ctx, "Venue", ptr(base, k::venue), f(&DisputeResolution::venue), "courts of, e.g. England and Wales");
        }
        text_field(ctx, "Governing law", ptr(base, k::governing_law), f(&DisputeResolution::governing_law),
                   "e.g. the laws of England and Wales");
        end_form();
    }
}

}  // namespace bpo::ui
