// The playbook: which one is loaded (name, organisation, how many checks), loading another or
// unloading it, and its deviations in this draft. The checks run in the core (playbook.hpp) and
// join the findings through Derived; the preview marks where each deviation is printed.
#include <imgui.h>

#include "core/finding_text.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"

namespace bpo::ui {

void draw_playbook(Workspace& ws, const Derived& derived, UiState& ui) {
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted("Playbook");
    ImGui::PopFont();
    const std::optional<Playbook>& playbook = ws.playbook();
    if (!playbook) {
        ImGui::TextWrapped("No playbook is loaded. A playbook is your organisation's negotiating positions as a "
                           "JSON file (format \"bpo-playbook\"): acceptable ranges, required and forbidden clause "
                           "positions, compliance frameworks per service. Load one with the button below or drop "
                           "the file on the page; its checks then appear among the findings.");
        if (ImGui::Button("Load playbook...##view")) ui.requests.push_back({RequestKind::ImportFile});
        return;
    }
    const Playbook& pb = *playbook;
    ImGui::Text("Loaded: %s", pb.name.c_str());
    if (!pb.organisation.empty()) ImGui::TextDisabled("%s", pb.organisation.c_str());
    if (!pb.description.empty()) ImGui::TextWrapped("%s", pb.description.c_str());
    ImGui::Text("%zu checks: %zu ranges, %zu clause positions, %zu framework requirements",
                pb.ranges.size() + pb.positions.size() + pb.frameworks.size(), pb.ranges.size(), pb.positions.size(),
                pb.frameworks.size());
    if (ImGui::Button("Load another playbook...")) ui.requests.push_back({RequestKind::ImportFile});
    ImGui::SameLine();
    if (ImGui::Button("Unload playbook")) {
        ws.unload_playbook();
        return;
    }
    ImGui::Separator();
    if (derived.playbook_findings == 0) {
        ImGui::TextColored(ImVec4(0.16f, 0.55f, 0.3f, 1), "This draft follows the playbook: no deviations.");
        return;
    }
    ImGui::Text("%d deviation%s in this draft (marked in the preview with a bar beside the clause):",
                derived.playbook_findings, derived.playbook_findings == 1 ? "" : "s");
    const std::size_t first = derived.findings.size() - static_cast<std::size_t>(derived.playbook_findings);
    for (std::size_t i = first; i < derived.findings.size(); ++i) {
        const Finding& f = derived.findings[i];
        const FindingText text = finding_text(f);
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextColored(f.severity == Severity::Error ? ImVec4(0.8f, 0.16f, 0.16f, 1) : ImVec4(0.84f, 0.55f, 0.08f, 1),
                           "%s", severity_id(f.severity));
        ImGui::SameLine();
        ImGui::TextWrapped("%s", text.message.c_str());
        if (!text.hint.empty()) {
            ImGui::Indent(em(1.5f));
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", text.hint.c_str());
            ImGui::PopStyleColor();
            ImGui::Unindent(em(1.5f));
        }
        if (ImGui::SmallButton("Go to the field")) {
            ui.section = f.section;
            ui.tool = Tool::None;
            ui.focus_pointer = f.pointer;
        }
        ImGui::PopID();
    }
}

}  // namespace bpo::ui
