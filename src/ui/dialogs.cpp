// Notices for the user (storage repairs, a full storage) and the dialog that lists every error
// of a failed import with its JSON pointer.
#include <imgui.h>

#include "ui/panels.hpp"
#include "ui/theme.hpp"

namespace bpo::ui {

void draw_messages(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    const bool storage_full = ws.has_draft() && ws.save_state() == SaveState::Failed;
    if (ui.messages.empty() && !storage_full) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 243, 205, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(80, 60, 0, 255));
    const float lines = static_cast<float>(ui.messages.size() + (storage_full ? 2 : 0));
    if (ImGui::BeginChild("##messages", ImVec2(0, std::min(em(1.6f) * lines + ImGui::GetFrameHeightWithSpacing() + em(0.8f), em(12))), true)) {
        if (storage_full) {
            ImGui::TextWrapped("Your latest changes are NOT saved: this browser's storage is full. The last saved "
                               "copy of the draft is intact. Export the draft, or make room by deleting drafts or "
                               "emptying the trash; saving resumes with your next change.");
            if (ImGui::SmallButton("Export JSON now")) ui.requests.push_back({RequestKind::Export, ExportFormat::Json});
            ImGui::SameLine();
            if (ImGui::SmallButton("Manage drafts and trash")) ui.drafts_window = true;
            ImGui::SameLine();
            if (ImGui::SmallButton("Try saving again")) ws.save_now(wall_ms);
        }
        for (std::size_t i = 0; i < ui.messages.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::Bullet();
            ImGui::SameLine();
            ImGui::TextWrapped("%s", ui.messages[i].c_str());
            ImGui::PopID();
        }
        if (!ui.messages.empty() && ImGui::SmallButton("Dismiss")) ui.messages.clear();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

void draw_import_errors(UiState& ui) {
    if (ui.import_errors.empty()) return;
    ImGui::OpenPopup("Import failed");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(em(38), em(22)), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Import failed", nullptr)) return;
    ImGui::TextWrapped("%s was not imported: it has %zu problem%s. Nothing was created and your drafts are "
                       "unchanged.",
                       ui.import_file_name.empty() ? "The file" : ui.import_file_name.c_str(), ui.import_errors.size(),
                       ui.import_errors.size() == 1 ? "" : "s");
    const float footer = ImGui::GetFrameHeightWithSpacing() * 1.5f;
    if (ImGui::BeginChild("##errors", ImVec2(0, -footer), true)) {
        if (ImGui::BeginTable("##error-table", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn("Where", ImGuiTableColumnFlags_WidthStretch, 1);
            ImGui::TableSetupColumn("Problem", ImGuiTableColumnFlags_WidthStretch, 2);
            ImGui::TableHeadersRow();
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(ui.import_errors.size()));
            while (clipper.Step()) {
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const ImportError& e = ui.import_errors[static_cast<std::size_t>(i)];
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::TextWrapped("%s", e.pointer.empty() ? "(whole file)" : e.pointer.c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextWrapped("%s", e.message.c_str());
                }
            }
            ImGui::EndTable();
        }
    }
    ImGui::EndChild();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        ui.import_errors.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_conflict(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    if (!ui.external_conflict) return;
    if (!ws.has_draft()) {
        ui.external_conflict = false;
        return;
    }
    ImGui::OpenPopup("Changed in another tab");
    if (!ImGui::BeginPopupModal("Changed in another tab", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(em(30));
    ImGui::TextWrapped("\"%s\" was just saved from another tab or window. Which version do you want here?",
                       ws.draft_name().c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Load the other version")) {
        ws.reload_open_draft(wall_ms);
        ui.external_conflict = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep mine as a copy")) {
        const auto copy = ws.keep_mine_as_copy(wall_ms);
        if (copy.status != WriteStatus::Ok)
            ui.messages.push_back("Your version could not be saved as a copy: the browser's storage is full. Export it.");
        ui.external_conflict = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace bpo::ui

namespace bpo::ui {

// The page was opened with a share link: offer to import it as a new draft.
void draw_share_offer(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    if (!ui.share_offer) return;
    ImGui::OpenPopup("Shared agreement");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Shared agreement", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const Agreement& shared = ui.share_offer->agreement;
    const std::string title = shared.title.empty() ? std::string("Shared agreement") : shared.title;
    ImGui::PushTextWrapPos(em(30));
    ImGui::TextWrapped("This page was opened with a link that carries an agreement: \"%s\" between %s and %s.",
                       title.c_str(), shared.client.legal_name.empty() ? "(client not named)" : shared.client.legal_name.c_str(),
                       shared.provider.legal_name.empty() ? "(provider not named)" : shared.provider.legal_name.c_str());
    ImGui::TextWrapped("Import it as a new draft in this browser? Your other drafts are not changed.");
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Import##share")) {
        const CreateResult created = ws.create(title, shared, wall_ms);
        if (created.status != WriteStatus::Ok)
            ui.messages.push_back("The shared agreement could not be saved: the browser's storage is full.");
        else {
            ui.section = Section::Overview;
            ui.tool = Tool::None;
        }
        ui.share_offer.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel##share") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        ui.share_offer.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace bpo::ui
