// The drafts window: every saved draft with its last change, search, open, rename, duplicate
// and delete (to the trash, after confirmation); the trash with restore and empty.
#include <imgui.h>

#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace bpo::ui {

namespace {

void storage_failure(UiState& ui, WriteStatus status, const char* what) {
    if (status == WriteStatus::Ok) return;
    ui.messages.push_back(std::string(what) + (status == WriteStatus::QuotaExceeded
                                                   ? ": the browser's storage is full. Empty the trash or export and delete drafts."
                                                   : ": the browser's storage refused the change."));
}

void draw_confirmations(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    if (!ui.confirm_trash_id.empty()) ImGui::OpenPopup("Move draft to trash?");
    if (ImGui::BeginPopupModal("Move draft to trash?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const DraftInfo* d = ws.store().find(ui.confirm_trash_id);
        ImGui::Text("\"%s\" goes to the trash. You can restore it until the trash is emptied.", d ? d->name.c_str() : "");
        if (ImGui::Button("Move to trash") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter))) {
            storage_failure(ui, ws.trash(ui.confirm_trash_id, wall_ms), "The draft could not be moved to the trash");
            ui.confirm_trash_id.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            ui.confirm_trash_id.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (ui.confirm_empty_trash) ImGui::OpenPopup("Empty the trash?");
    if (ImGui::BeginPopupModal("Empty the trash?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("The drafts in the trash will be deleted for good.");
        if (ImGui::Button("Delete for good")) {
            storage_failure(ui, ws.store().empty_trash(), "The trash could not be emptied");
            ui.confirm_empty_trash = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            ui.confirm_empty_trash = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void draw_draft_row(Workspace& ws, UiState& ui, const DraftInfo& d, std::int64_t wall_ms) {
    ImGui::PushID(d.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ui.rename_id == d.id) {
        ImGui::SetKeyboardFocusHere();
        const bool done = input_text("##rename", ui.rename_text);
        (void)done;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) || ImGui::IsItemDeactivatedAfterEdit()) {
            if (!ui.rename_text.empty())
                storage_failure(ui, ws.rename(d.id, ui.rename_text, wall_ms), "The draft could not be renamed");
            ui.rename_id.clear();
        } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            ui.rename_id.clear();
        }
    } else {
        const bool current = d.id == ws.draft_id();
        const std::string label = d.name + (current ? "  (open)" : "") + "##name";
        if (ImGui::Selectable(label.c_str(), current)) {
            if (auto issue = ws.open(d.id, wall_ms)) ui.messages.push_back(issue->message);
            ui.section = Section::Overview;
        }
    }
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", draft_time(d.modified_ms).c_str());
    ImGui::TableNextColumn();
    if (ImGui::SmallButton("Rename")) {
        ui.rename_id = d.id;
        ui.rename_text = d.name;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Duplicate")) {
        ws.save_now(wall_ms);  // the copy includes the latest edits
        const auto copy = ws.store().duplicate(d.id, wall_ms);
        storage_failure(ui, copy.status, "The draft could not be duplicated");
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Delete")) ui.confirm_trash_id = d.id;
    ImGui::PopID();
}

}  // namespace

void draw_drafts_window(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    if (!ui.drafts_window) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(em(46), em(28)), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::Begin("Drafts", &ui.drafts_window, ImGuiWindowFlags_NoCollapse)) {
        ImGui::End();
        return;
    }
    input_text("##search", ui.drafts_search, "Search drafts by name");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    const auto drafts = ws.store().list(false, ui.drafts_search);
    ImGui::Text("Drafts (%zu)", drafts.size());
    if (ImGui::BeginTable("##drafts", 3, flags)) {
        ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("Modified", ImGuiTableColumnFlags_WidthFixed, em(8));
        ImGui::TableSetupColumn("Actions", ImGuiTableColumnFlags_WidthFixed, em(14.5f));
        for (const DraftInfo& d : drafts) draw_draft_row(ws, ui, d, wall_ms);
        ImGui::EndTable();
    }

    const auto trash = ws.store().list(true, ui.drafts_search);
    ImGui::Spacing();
    ImGui::Text("Trash (%zu)", trash.size());
    if (!trash.empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Empty trash")) ui.confirm_empty_trash = true;
    }
    if (ImGui::BeginTable("##trash", 3, flags)) {
        ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("Deleted", ImGuiTableColumnFlags_WidthFixed, em(8));
        ImGui::TableSetupColumn("Actions", ImGuiTableColumnFlags_WidthFixed, em(14.5f));
        for (const DraftInfo& d : trash) {
            ImGui::PushID(d.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", draft_time(d.trashed_ms.value_or(0)).c_str());
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("Restore"))
                storage_failure(ui, ws.store().restore(d.id), "The draft could not be restored");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::TextDisabled("Browser storage used by drafts: %.1f KB", static_cast<double>(ws.store().bytes_used()) / 1024.0);
    draw_confirmations(ws, ui, wall_ms);
    ImGui::End();
}

}  // namespace bpo::ui
