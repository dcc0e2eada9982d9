#include "ui/app_ui.hpp"

#include <imgui.h>

#include "core/finding_text.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

void request(UiState& ui, RequestKind kind, ExportFormat format = ExportFormat::Json) {
    ui.requests.push_back({kind, format});
}

void draw_file_menu(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    if (!ImGui::BeginMenu("File")) return;
    if (ImGui::MenuItem("New draft...")) ws.close(wall_ms);
    if (ImGui::MenuItem("Drafts...", nullptr, ui.drafts_window)) ui.drafts_window = !ui.drafts_window;
    if (ImGui::MenuItem("Import JSON...")) request(ui, RequestKind::ImportFile);
    if (ImGui::MenuItem("Back up all drafts")) request(ui, RequestKind::Backup);
    if (ImGui::MenuItem("Restore from backup...")) request(ui, RequestKind::ImportFile);
    ImGui::Separator();
    const bool open = ws.has_draft();
    if (ImGui::BeginMenu("Export", open)) {
        if (ImGui::MenuItem("Agreement data (JSON)")) request(ui, RequestKind::Export, ExportFormat::Json);
        if (ImGui::MenuItem("Word document (.docx)")) request(ui, RequestKind::Export, ExportFormat::Docx);
        if (ImGui::MenuItem("Web page (HTML)")) request(ui, RequestKind::Export, ExportFormat::Html);
        if (ImGui::MenuItem("Markdown")) request(ui, RequestKind::Export, ExportFormat::Markdown);
        if (ImGui::MenuItem("Plain text")) request(ui, RequestKind::Export, ExportFormat::Text);
        ImGui::Separator();
        if (ImGui::MenuItem("Service levels (CSV)")) request(ui, RequestKind::Export, ExportFormat::ServiceLevelsCsv);
        if (ImGui::MenuItem("Pricing (CSV)")) request(ui, RequestKind::Export, ExportFormat::PricingCsv);
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Open printable version", nullptr, false, open)) request(ui, RequestKind::OpenHtml);
    if (ImGui::MenuItem("Copy as Markdown", nullptr, false, open)) request(ui, RequestKind::CopyMarkdown);
    if (ImGui::MenuItem("Copy share link", nullptr, false, open)) request(ui, RequestKind::CopyShareLink);
    ImGui::Separator();
    if (ImGui::MenuItem("Load playbook...")) request(ui, RequestKind::ImportFile);
    if (ImGui::MenuItem("Import actuals (CSV or JSON)...", nullptr, false, open)) request(ui, RequestKind::ImportFile);
    ImGui::Separator();
    if (ImGui::MenuItem("Save now", "Ctrl+S", false, open)) ws.save_now(wall_ms);
    if (ImGui::MenuItem("Save version...", nullptr, false, open)) {
        ui.save_version_dialog = true;
        ui.version_name.clear();
    }
    if (ImGui::MenuItem("Close draft", nullptr, false, open)) ws.close(wall_ms);
    ImGui::EndMenu();
}

void draw_menu_bar(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    if (!ImGui::BeginMainMenuBar()) return;
    draw_file_menu(ws, ui, wall_ms);
    if (ImGui::BeginMenu("Edit")) {
        Session& s = ws.session();
        const bool open = ws.has_draft();
        const std::string undo = "Undo " + s.history.undo_label();
        const std::string redo = "Redo " + s.history.redo_label();
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, open && s.history.can_undo())) s.undo();
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, open && s.history.can_redo())) s.redo();
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
        ImGui::Separator();
        if (ImGui::MenuItem("Business case", nullptr, ui.tool == Tool::BusinessCase, ws.has_draft()))
            ui.tool = ui.tool == Tool::BusinessCase ? Tool::None : Tool::BusinessCase;
        if (ImGui::MenuItem("Credit simulator", nullptr, ui.tool == Tool::CreditSimulator, ws.has_draft()))
            ui.tool = ui.tool == Tool::CreditSimulator ? Tool::None : Tool::CreditSimulator;
        const auto tool_item = [&](const char* label, Tool tool, bool enabled) {
            if (ImGui::MenuItem(label, nullptr, ui.tool == tool, enabled)) ui.tool = ui.tool == tool ? Tool::None : tool;
        };
        tool_item("Version history", Tool::History, ws.has_draft());
        tool_item("Compare", Tool::Compare, ws.has_draft());
        tool_item("Scorecard", Tool::Scorecard, ws.has_draft());
        tool_item("Playbook", Tool::Playbook, ws.has_draft());
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        ImGui::TextUnformatted("BPO agreement builder " BPO_VERSION);
        ImGui::TextUnformatted("A drafting aid: the output is a draft for review by a lawyer,");
        ImGui::TextUnformatted("not legal advice. Drafts stay in this browser; nothing is sent anywhere.");
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

void handle_shortcuts(Workspace& ws, std::int64_t wall_ms) {
    if (!ws.has_draft()) return;
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl && !io.KeySuper) return;
    const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
    const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
    // ImGui 1.86 names no S key; the GLFW backend indexes letter keys by their ASCII capital.
    if (ImGui::IsKeyPressed('S', false)) ws.save_now(wall_ms);
    if (io.WantTextInput) return;  // a focused text field keeps its own undo
    Session& s = ws.session();
    if (z && !io.KeyShift) s.undo();
    if ((z && io.KeyShift) || y) s.redo();
}

// Findings on fields, with their wording, rebuilt when the findings change.
void refresh_field_notes(UiState& ui, const Derived& derived) {
    if (ui.notes_revision == derived.revision) return;
    ui.notes_revision = derived.revision;
    ui.field_notes.clear();
    for (const Finding& f : derived.findings) {
        const int severity = static_cast<int>(f.severity);
        auto [it, inserted] = ui.field_notes.try_emplace(f.pointer, FieldNote{severity, finding_text(f).message});
        if (!inserted && severity < it->second.severity) it->second = FieldNote{severity, finding_text(f).message};
    }
}

void draw_navigation(const Derived& derived, UiState& ui) {
    ImGui::TextDisabled("SECTIONS");
    for (Section s : all_sections) {
        const auto i = static_cast<std::size_t>(s);
        const std::string title(section_title(s));
        const ImVec2 start = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable(title.c_str(), ui.section == s, 0, ImVec2(0, ImGui::GetFrameHeight()))) {
            ui.section = s;
            ui.tool = Tool::None;
        }
        // Badges: findings count and completeness, right-aligned on the row.
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float right = ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x;
        const std::string percent = std::to_string(derived.completeness[i]) + "%";
        const ImVec2 percent_size = ImGui::CalcTextSize(percent.c_str());
        const float y = start.y + (ImGui::GetFrameHeight() - percent_size.y) / 2;
        const ImU32 percent_colour = derived.completeness[i] >= 100 ? IM_COL32(40, 150, 80, 255)
                                                                    : ImGui::GetColorU32(ImGuiCol_TextDisabled);
        draw->AddText(ImVec2(right - percent_size.x, y), percent_colour, percent.c_str());
        if (derived.finding_counts[i] > 0) {
            const std::string count = std::to_string(derived.finding_counts[i]);
            const ImVec2 size = ImGui::CalcTextSize(count.c_str());
            const float x = right - percent_size.x - em(0.6f) - size.x - em(0.5f);
            draw->AddRectFilled(ImVec2(x - em(0.25f), y - 1), ImVec2(x + size.x + em(0.25f), y + size.y + 1),
                                IM_COL32(214, 140, 20, 255), size.y);
            draw->AddText(ImVec2(x, y), IM_COL32(255, 255, 255, 255), count.c_str());
        }
    }
}

void draw_editor(Workspace& ws, const Derived& derived, UiState& ui, std::int64_t now_ms, std::int64_t wall_ms) {
    ViewContext ctx{ws.session(), ui, now_ms, ws.draft_id()};
    switch (ui.tool) {
        case Tool::History: draw_history(ws, ui, wall_ms); return;
        case Tool::Compare: draw_compare(ws, ui); return;
        case Tool::Scorecard: draw_scorecard(ws, ui); return;
        case Tool::Playbook: draw_playbook(ws, derived, ui); return;
        default: break;
    }
    if (ui.tool == Tool::BusinessCase) {
        draw_business_case(ctx);
        return;
    }
    if (ui.tool == Tool::CreditSimulator) {
        draw_credit_simulator(ctx);
        return;
    }
    const std::string title(section_title(ui.section));
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    view_for(ui.section)(ctx);
}

// The right column: preview above, findings below, with a splitter between them.
void draw_side_panels(const Derived& derived, UiState& ui) {
    const float total = ImGui::GetContentRegionAvail().y;
    const float splitter = em(0.5f);
    const float preview_height = std::max(em(6), (total - splitter) * ui.preview_share);
    if (ImGui::BeginChild("##preview", ImVec2(0, preview_height), false)) draw_preview(derived);
    ImGui::EndChild();
    ImGui::InvisibleButton("##splitter", ImVec2(-1, splitter));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    if (ImGui::IsItemActive() && total > 0)
        ui.preview_share = std::clamp(ui.preview_share + ImGui::GetIO().MouseDelta.y / total, 0.15f, 0.9f);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y + splitter / 2),
                                        ImVec2(ImGui::GetItemRectMax().x, ImGui::GetItemRectMin().y + splitter / 2),
                                        ImGui::GetColorU32(ImGuiCol_Border), 1.0f);
    if (ImGui::BeginChild("##findings", ImVec2(0, 0), false)) draw_findings(derived, ui);
    ImGui::EndChild();
}

void draw_status_bar(const Workspace& ws, const Derived& derived) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float height = ImGui::GetFrameHeight();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.6f), em(0.2f)));
    if (ImGui::Begin("##status", nullptr, flags)) {
        if (ws.has_draft()) {
            ImGui::Text("%s", ws.draft_name().c_str());
            ImGui::SameLine();
            switch (ws.save_state()) {
                case SaveState::Saved: ImGui::TextDisabled("- saved in this browser"); break;
                case SaveState::Pending: ImGui::TextDisabled("- saving..."); break;
                case SaveState::Failed:
                    ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "- NOT SAVED: browser storage is full");
                    break;
            }
            ImGui::SameLine();
            ImGui::TextDisabled("|  %d errors, %d warnings, %d suggestions  |", derived.errors, derived.warnings,
                                derived.infos);
            ImGui::SameLine();
        }
        ImGui::TextDisabled("Draft for review by a lawyer - not legal advice.");
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

void draw_workspace(Workspace& ws, Derived& derived, UiState& ui, std::int64_t now_ms, std::int64_t wall_ms) {
    refresh_field_notes(ui, derived);
    const ImGuiTableFlags table_flags = ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV;
    if (!ImGui::BeginTable("##layout", 3, table_flags, ImGui::GetContentRegionAvail())) return;
    ImGui::TableSetupColumn("Navigation", ImGuiTableColumnFlags_WidthFixed, em(14));
    ImGui::TableSetupColumn("Editor", ImGuiTableColumnFlags_WidthStretch, 1.25f);
    ImGui::TableSetupColumn("Preview", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ImGui::BeginChild("##navigation", ImVec2(0, 0), false)) draw_navigation(derived, ui);
    ImGui::EndChild();
    ImGui::TableNextColumn();
    if (ImGui::BeginChild("##editor", ImVec2(0, 0), false)) draw_editor(ws, derived, ui, now_ms, wall_ms);
    ImGui::EndChild();
    ImGui::TableNextColumn();
    draw_side_panels(derived, ui);
    ImGui::EndTable();
}

}  // namespace

void draw_app(Workspace& ws, Derived& derived, UiState& ui, std::int64_t now_ms, std::int64_t wall_ms) {
    handle_shortcuts(ws, wall_ms);
    draw_menu_bar(ws, ui, wall_ms);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float status_height = ImGui::GetFrameHeight();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, vp->WorkSize.y - status_height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("##workspace", nullptr, flags)) {
        draw_messages(ws, ui, wall_ms);
        if (ws.has_draft())
            draw_workspace(ws, derived, ui, now_ms, wall_ms);
        else
            draw_welcome(ws, ui, wall_ms);
    }
    ImGui::End();
    draw_drafts_window(ws, ui, wall_ms);
    draw_import_errors(ui);
    draw_conflict(ws, ui, wall_ms);
    draw_share_offer(ws, ui, wall_ms);
    draw_save_version(ws, ui, wall_ms);
    draw_status_bar(ws, derived);
}

}  // namespace bpo::ui
