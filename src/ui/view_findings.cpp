// The findings list: what a careful reviewer would raise, worst first. Clicking one opens its
// section and focuses the field it concerns. Only the findings in view are drawn (a 10,000-row
// agreement can have thousands); their order and wording are worked out once per revision.
#include <imgui.h>

#include "core/finding_text.hpp"
#include "ui/measured_layout.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"

namespace bpo::ui {

namespace {
ImVec4 severity_colour(Severity s) {
    switch (s) {
        case Severity::Error: return ImVec4(0.80f, 0.16f, 0.16f, 1);
        case Severity::Warning: return ImVec4(0.84f, 0.55f, 0.08f, 1);
        case Severity::Info: return ImVec4(0.24f, 0.47f, 0.78f, 1);
    }
    return ImVec4(0.5f, 0.5f, 0.5f, 1);
}
const char* severity_word(Severity s) {
    switch (s) {
        case Severity::Error: return "Error";
        case Severity::Warning: return "Warning";
        case Severity::Info: return "Suggestion";
    }
    return "";
}

// The findings worst first (within a severity, the core's document order), with their wording.
struct FindingList {
    std::uint64_t revision = UINT64_MAX;
    std::string draft_id;
    std::uint64_t playbook_generation = 0;
    std::vector<std::size_t> order;   // indices into Derived::findings
    std::vector<FindingText> texts;   // by index into Derived::findings
    std::vector<std::string> labels;  // the selectable's label, by index
};

const FindingList& finding_list(const Derived& derived) {
    static FindingList list;
    if (list.revision == derived.revision && list.draft_id == derived.draft_id &&
        list.playbook_generation == derived.playbook_generation && list.texts.size() == derived.findings.size())
        return list;
    list.revision = derived.revision;
    list.draft_id = derived.draft_id;
    list.playbook_generation = derived.playbook_generation;
    list.order.clear();
    for (Severity level : {Severity::Error, Severity::Warning, Severity::Info})
        for (std::size_t i = 0; i < derived.findings.size(); ++i)
            if (derived.findings[i].severity == level) list.order.push_back(i);
    list.texts.clear();
    list.labels.clear();
    for (const Finding& f : derived.findings) {
        list.texts.push_back(finding_text(f));
        list.labels.push_back(list.texts.back().message + "##finding");
    }
    return list;
}

MeasuredLayout& layout() {
    static MeasuredLayout l;
    return l;
}

}  // namespace

void draw_findings(const Derived& derived, UiState& ui) {
    ImGui::TextDisabled("FINDINGS");
    ImGui::SameLine();
    ImGui::TextDisabled("%d errors, %d warnings, %d suggestions", derived.errors, derived.warnings, derived.infos);
    ImGui::Separator();
    if (derived.findings.empty()) {
        ImGui::TextWrapped("Nothing to flag: every rule is satisfied.");
        return;
    }
    const FindingList& list = finding_list(derived);
    layout().begin(derived.revision, derived.draft_id, derived.playbook_generation);
    layout().sequence(&list, list.order.size(), [&](std::size_t k) {
        const std::size_t i = list.order[k];
        const Finding& f = derived.findings[i];
        const FindingText& text = list.texts[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextColored(severity_colour(f.severity), "%s", severity_word(f.severity));
        ImGui::SameLine();
        const std::string_view section = section_title(f.section);
        ImGui::TextDisabled("%.*s", static_cast<int>(section.size()), section.data());
        // The message is the click target: it takes the user to the field.
        // The selectable carries the message as its label (so automation finds it by text)
        // but draws it invisibly: the visible copy below wraps, which a selectable cannot.
        const float width = ImGui::GetContentRegionAvail().x;
        const ImVec2 size = ImGui::CalcTextSize(text.message.c_str(), nullptr, false, width);
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
        const bool clicked = ImGui::Selectable(list.labels[i].c_str(), false, ImGuiSelectableFlags_AllowItemOverlap,
                                               ImVec2(width, size.y));
        ImGui::PopStyleColor();
        if (clicked) {
            ui.section = f.section;
            ui.tool = Tool::None;
            ui.focus_pointer = f.pointer;
        }
        const bool hovered = ImGui::IsItemHovered();
        ImGui::SameLine(0, 0);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() - width);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextUnformatted(text.message.c_str());
        ImGui::PopTextWrapPos();
        if (hovered && !text.hint.empty()) ImGui::SetTooltip("%s\n\nField: %s", text.hint.c_str(), f.pointer.c_str());
        if (!text.hint.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            ImGui::TextWrapped("%s", text.hint.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::Spacing();
        ImGui::PopID();
    });
}

}  // namespace bpo::ui
