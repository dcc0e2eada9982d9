#include "ui/view_overview.hpp"

#include <imgui.h>

#include "ui/widgets.hpp"

namespace bpo::ui {

void draw_overview(Session& session, std::int64_t now_ms) {
    const Agreement& a = session.agreement;
    ImGui::TextUnformatted("Agreement");
    ImGui::Separator();

    form_label("Title");
    std::string title = a.title;
    if (input_text("##title", title, "e.g. Master Services Agreement"))
        session.apply(set_value<std::string>("Edit title", "/title",
                                             [](Agreement& x) { return &x.title; }, title, a),
                      now_ms);
    if (ImGui::IsItemDeactivated()) session.history.seal();

    form_label("Client profile");
    static const char* profiles[] = {"Startup", "Midsize", "Enterprise"};
    int profile = static_cast<int>(a.profile);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::Combo("##profile", &profile, profiles, 3))
        session.apply(set_value<ClientProfile>("Change client profile", "/profile",
                                               [](Agreement& x) { return &x.profile; },
                                               static_cast<ClientProfile>(profile), a),
                      now_ms);
}

}  // namespace bpo::ui
