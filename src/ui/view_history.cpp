// Version history of the open draft: "Save version..." with a name, the snapshots newest first
// (name, time, why it was taken, size) with restore, rename, delete and compare, and how much of
// the history's storage budget is used. The policy and the storage live in core/history.hpp.
#include <imgui.h>

#include <string>

#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace bpo::ui {

namespace {

const char* reason_word(VersionReason reason) {
    switch (reason) {
        case VersionReason::Named: return "saved by you";
        case VersionReason::Automatic: return "automatic";
        case VersionReason::BeforeRestore: return "before a restore";
    }
    return "";
}

std::string kilobytes(std::size_t bytes) {
    const std::size_t tenths = (bytes * 10 + 512) / 1024;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " KB";
}

std::string snapshot_message(const SnapshotResult& r) {
    switch (r.status) {
        case SnapshotStatus::Saved: return "Saved as version " + std::to_string(r.number) + ".";
        case SnapshotStatus::Unchanged: return "Nothing to save: the draft is the same as its newest version.";
        case SnapshotStatus::NotDue: return "";
        case SnapshotStatus::OverBudget:
            return "The version was not saved: it does not fit the history's storage budget. Delete older "
                   "versions to make room.";
        case SnapshotStatus::QuotaExceeded:
            return "The version was not saved: this browser's storage is full.";
        case SnapshotStatus::Failed: return "The version could not be saved: the browser's storage refused it.";
    }
    return "";
}

void draw_usage(const VersionHistory& history) {
    const HistoryUsage usage = history.usage();
    const float fraction = usage.budget_bytes > 0
                               ? static_cast<float>(usage.bytes_used) / static_cast<float>(usage.budget_bytes)
                               : 0.0f;
    const std::string label = kilobytes(usage.bytes_used) + " of " + kilobytes(usage.budget_bytes) + " used";
    ImGui::ProgressBar(fraction > 1 ? 1 : fraction, ImVec2(em(18), 0), label.c_str());
    ImGui::TextDisabled("%zu saved by you, %zu automatic (the oldest automatic ones make room first).",
                        usage.named, usage.automatic);
}

}  // namespace

void draw_save_version(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    if (!ui.save_version_dialog) return;
    if (!ws.has_draft()) {
        ui.save_version_dialog = false;
        return;
    }
    ImGui::OpenPopup("Save version");
    if (!ImGui::BeginPopupModal("Save version", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("Keep the draft as it is now under a name:");
    ImGui::SetNextItemWidth(em(24));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    input_text("##version-name", ui.version_name, "e.g. Sent to the provider");
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    if (ImGui::Button("Save version##confirm") || enter) {
        const std::string message = snapshot_message(ws.save_version(ui.version_name, wall_ms));
        if (!message.empty()) ui.messages.push_back(message);
        ui.save_version_dialog = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel##save-version") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        ui.save_version_dialog = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_history(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted("Version history");
    ImGui::PopFont();
    VersionHistory* history = ws.versions();
    if (!history) return;
    ImGui::TextWrapped("Versions of \"%s\" kept in this browser. Automatic ones are taken while you edit, at "
                       "most every %d minutes and only after a meaningful change.",
                       ws.draft_name().c_str(), static_cast<int>(history->policy().min_interval_ms / 60000));
    if (ImGui::Button("Save version...")) {
        ui.save_version_dialog = true;
        ui.version_name.clear();
    }
    ImGui::SameLine();
    draw_usage(*history);
    ImGui::Separator();

    const std::vector<VersionInfo> versions = history->list();
    if (versions.empty()) {
        ImGui::TextDisabled("No versions yet.");
        return;
    }
    // One entry per version: what it is on the first line, what can be done with it on the second
    // (fits the editor column at any width, unlike a wide table).
    if (!ImGui::BeginChild("##versions")) {
        ImGui::EndChild();
        return;
    }
    for (const VersionInfo& v : versions) {
        ImGui::PushID(v.number);
        const std::string time = draft_time(v.created_ms);
        if (ui.rename_version == v.number) {
            ImGui::SetNextItemWidth(em(20));
            if (ui.rename_version_focus) {
                ImGui::SetKeyboardFocusHere();
                ui.rename_version_focus = false;
            }
            input_text("##rename-version", ui.rename_version_text);
            const bool done = ImGui::IsItemDeactivated();
            ImGui::SameLine();
            if (ImGui::SmallButton("Done") || done) {
                if (history->rename(v.number, ui.rename_version_text) != WriteStatus::Ok)
                    ui.messages.push_back("The version could not be renamed: the browser's storage refused it.");
                ui.rename_version = 0;
            }
        } else {
            ImGui::Text("%d.  %s", v.number, v.name.empty() ? time.c_str() : v.name.c_str());
        }
        ImGui::TextDisabled("%s  -  %s  -  %s", time.c_str(), reason_word(v.reason), kilobytes(v.bytes).c_str());
        if (ui.confirm_delete_version == v.number) {
            ImGui::TextUnformatted("Delete this version for good?");
            ImGui::SameLine();
            if (ImGui::SmallButton("Yes, delete")) {
                if (history->remove(v.number) != WriteStatus::Ok)
                    ui.messages.push_back("The version could not be deleted: the browser's storage refused it.");
                ui.confirm_delete_version = 0;
            }
            ImGui::SameLine();
            if (ImGui::SmallButton("Keep")) ui.confirm_delete_version = 0;
        } else {
            if (ImGui::SmallButton("Restore")) {
                const RestoreResult r = ws.restore_version(v.number, wall_ms);
                if (!r.ok())
                    ui.messages.push_back("Version " + std::to_string(v.number) + " could not be restored: " +
                                          (r.imported.errors.empty() ? std::string("it is unreadable")
                                                                     : r.imported.errors.front().message) + ".");
                else
                    ui.messages.push_back("Version " + std::to_string(v.number) +
                                          " restored. What you had before is kept as a version too (Edit > Undo "
                                          "also brings it back).");
            }
            ImGui::SameLine();
            if (ImGui::SmallButton("Compare with now")) compare_version_with_current(ws, ui, v.number);
            ImGui::SameLine();
            if (ImGui::SmallButton("Rename")) {
                ui.rename_version = v.number;
                ui.rename_version_text = v.name;
                ui.rename_version_focus = true;
            }
            ImGui::SameLine();
            if (ImGui::SmallButton("Delete")) ui.confirm_delete_version = v.number;
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace bpo::ui
