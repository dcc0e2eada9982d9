// The welcome screen, for a first visit or when no draft is open: start from a template for
// a client profile and service mix, start blank, import a JSON file, or open a saved draft.
#include <imgui.h>

#include <ctime>

#include "core/dates.hpp"
#include "core/enums.hpp"
#include "core/templates.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"

namespace bpo::ui {

namespace {

const ClientProfile profiles[] = {ClientProfile::Startup, ClientProfile::Midsize, ClientProfile::Enterprise};

std::string local_time(std::int64_t ms) {
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    char buffer[32] = "";
    if (const std::tm* tm = std::localtime(&t)) std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", tm);
    return buffer;
}


}  // namespace

std::string draft_time(std::int64_t ms) { return local_time(ms); }

void draw_welcome(Workspace& ws, UiState& ui, std::int64_t wall_ms) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, em(46));
    ImGui::SetCursorPosX((ImGui::GetContentRegionAvail().x - width) / 2 + ImGui::GetCursorPosX());
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::Dummy(ImVec2(0, em(1.5f)));
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted("Draft a business process outsourcing agreement");
    ImGui::PopFont();
    ImGui::TextWrapped("Scope, service levels and credits, objectives, governance, transition, pricing, data "
                       "protection, IP, termination and disputes, checked as you type. Drafts stay in this "
                       "browser. The result is a draft for review by a lawyer, not legal advice.");
    ImGui::Spacing();
    ImGui::Separator();

    ImGui::TextUnformatted("Start from a template");
    ImGui::SetNextItemWidth(em(12));
    const std::string profile_label(enum_label(profiles[ui.welcome_profile]));
    if (ImGui::BeginCombo("Client profile", profile_label.c_str())) {
        for (int i = 0; i < 3; ++i) {
            const std::string label(enum_label(profiles[i]));
            if (ImGui::Selectable(label.c_str(), ui.welcome_profile == i)) ui.welcome_profile = i;
        }
        ImGui::EndCombo();
    }
    const auto& mixes = service_mixes();
    if (ui.welcome_mix >= static_cast<int>(mixes.size())) ui.welcome_mix = 0;
    ImGui::SetNextItemWidth(em(20));
    if (!mixes.empty() && ImGui::BeginCombo("Services", mixes[static_cast<std::size_t>(ui.welcome_mix)].name.c_str())) {
        for (std::size_t i = 0; i < mixes.size(); ++i) {
            if (ImGui::Selectable(mixes[i].name.c_str(), ui.welcome_mix == static_cast<int>(i)))
                ui.welcome_mix = static_cast<int>(i);
            if (ImGui::IsItemHovered() && !mixes[i].description.empty())
                ImGui::SetTooltip("%s", mixes[i].description.c_str());
        }
        ImGui::EndCombo();
    }
    if (!mixes.empty()) {
        const ServiceMix& mix = mixes[static_cast<std::size_t>(ui.welcome_mix)];
        ImGui::TextDisabled("%s", mix.description.c_str());
        if (ImGui::Button("Create from template")) {
            const ClientProfile profile = profiles[ui.welcome_profile];
            const std::string name = std::string(enum_label(profile)) + " - " + mix.name;
            const auto created = ws.create(name, make_starter(profile, mix.id, local_date(wall_ms)), wall_ms);
            if (created.status != WriteStatus::Ok)
                ui.messages.push_back("The new draft could not be saved: the browser's storage is full or "
                                      "unavailable. Export or delete drafts to make room.");
            ui.section = Section::Overview;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Start blank")) {
        const auto created = ws.create("Untitled agreement", make_blank_agreement(), wall_ms);
        if (created.status != WriteStatus::Ok)
            ui.messages.push_back("The new draft could not be saved: the browser's storage is full or unavailable.");
        ui.section = Section::Overview;
    }
    ImGui::SameLine();
    if (ImGui::Button("Import JSON file...")) ui.requests.push_back({RequestKind::ImportFile, ExportFormat::Json});
    ImGui::TextDisabled("You can also drop a .json agreement anywhere on this page.");

    ImGui::Spacing();
    ImGui::Separator();
    const auto drafts = ws.store().list();
    ImGui::Text("Saved drafts (%zu)", drafts.size());
    if (drafts.empty()) ImGui::TextDisabled("None yet. Drafts are saved in this browser as you type.");
    for (const DraftInfo& d : drafts) {
        const std::string label = d.name + "##open-" + d.id;
        if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_AllowItemOverlap)) {
            if (auto issue = ws.open(d.id, wall_ms)) ui.messages.push_back(issue->message);
            ui.section = Section::Overview;
        }
        ImGui::SameLine(width - em(8));
        ImGui::TextDisabled("%s", local_time(d.modified_ms).c_str());
    }
    if (!ws.store().list(true).empty() && ImGui::SmallButton("Manage drafts and trash...")) ui.drafts_window = true;
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace bpo::ui
