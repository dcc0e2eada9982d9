#include "ui/app_ui.hpp"

#include <imgui.h>

#include "ui/theme.hpp"
#include "ui/view_overview.hpp"
#include "ui/view_preview.hpp"

namespace bpo::ui {

namespace {

void draw_menu_bar(Session& session, UiState& ui) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("Edit")) {
        const std::string undo = "Undo " + session.history.undo_label();
        const std::string redo = "Redo " + session.history.redo_label();
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, session.history.can_undo())) session.undo();
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, session.history.can_redo()))
            session.redo();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Light theme", nullptr, ui.theme == Theme::Light)) {
            ui.theme = Theme::Light;
            ui.theme_changed = true;
        }
        if (ImGui::MenuItem("Dark theme", nullptr, ui.theme == Theme::Dark)) {
            ui.theme = Theme::Dark;
            ui.theme_changed = true;
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        ImGui::TextUnformatted("BPO agreement builder " BPO_VERSION);
        ImGui::TextUnformatted("Drafting aid only: the output is a draft for review by a lawyer,");
        ImGui::TextUnformatted("not legal advice. Drafts stay in this browser.");
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void handle_shortcuts(Session& session) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || !io.KeyCtrl) return;  // text fields keep their own undo
    const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
    const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
    if (z && !io.KeyShift) session.undo();
    if ((z && io.KeyShift) || y) session.redo();
}

void draw_navigation(UiState& ui) {
    ImGui::TextDisabled("SECTIONS");
    for (Section s : all_sections) {
        const std::string label(section_title(s));
        if (ImGui::Selectable(label.c_str(), ui.section == s)) ui.section = s;
    }
}

void draw_editor(Session& session, UiState& ui, std::int64_t now_ms) {
    const std::string title(section_title(ui.section));
    ImGui::TextUnformatted(title.c_str());
    ImGui::Spacing();
    switch (ui.section) {
        case Section::Overview: draw_overview(session, now_ms); break;
        default:
            ImGui::TextWrapped("The editor for this section comes with the model editing work.");
            break;
    }
}

void draw_status_bar() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float height = ImGui::GetFrameHeight();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.6f), em(0.2f)));
    if (ImGui::Begin("##status", nullptr, flags))
        ImGui::TextDisabled("Draft for review by a lawyer - not legal advice.");
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace

void draw_app(Session& session, UiState& ui, std::int64_t now_ms) {
    handle_shortcuts(session);
    draw_menu_bar(session, ui);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float status_height = ImGui::GetFrameHeight();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, vp->WorkSize.y - status_height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("##workspace", nullptr, flags)) {
        const ImGuiTableFlags table_flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
        if (ImGui::BeginTable("##layout", 3, table_flags, ImGui::GetContentRegionAvail())) {
            ImGui::TableSetupColumn("Navigation", ImGuiTableColumnFlags_WidthFixed, em(13));
            ImGui::TableSetupColumn("Editor", ImGuiTableColumnFlags_WidthStretch, 1.2f);
            ImGui::TableSetupColumn("Preview", ImGuiTableColumnFlags_WidthStretch, 1.0f);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::BeginChild("##navigation", ImVec2(0, 0), false)) draw_navigation(ui);
            ImGui::EndChild();
            ImGui::TableNextColumn();
            if (ImGui::BeginChild("##editor", ImVec2(0, 0), false)) draw_editor(session, ui, now_ms);
            ImGui::EndChild();
            ImGui::TableNextColumn();
            if (ImGui::BeginChild("##preview", ImVec2(0, 0), false)) draw_preview(session);
            ImGui::EndChild();
            ImGui::EndTable();
        }
    }
    ImGui::End();
    draw_status_bar();
}

}  // namespace bpo::ui
