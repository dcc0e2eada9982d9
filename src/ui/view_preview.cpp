#include "ui/view_preview.hpp"

#include <imgui.h>

#include "core/sections.hpp"

namespace bpo::ui {

void draw_preview(const Session& session) {
    ImGui::TextDisabled("PREVIEW");
    const Agreement& a = session.agreement;
    ImGui::TextWrapped("%s", a.title.empty() ? "[Agreement title]" : a.title.c_str());
    ImGui::Separator();
    int number = 1;
    for (Section s : all_sections) {
        if (s == Section::Overview) continue;
        const std::string heading(section_title(s));
        ImGui::Text("%d. %s", number++, heading.c_str());
    }
}

}  // namespace bpo::ui
