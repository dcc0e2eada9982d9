// Compare: any two drafts, or a version of the open draft against another version or against the
// draft as it is. Shows the field-by-field difference (core/diff.hpp) grouped by section with old
// and new values, and the redline of the document text (core/redline.hpp), which exports as HTML.
#include <imgui.h>

#include <string>
#include <vector>

#include "core/diff.hpp"
#include "core/redline.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"

namespace bpo::ui {

namespace {

// What the view shows, recomputed only when a side or the open draft changes.
struct Comparison {
    CompareSide before, after;
    std::uint64_t revision = UINT64_MAX;
    std::size_t version_count = 0;
    std::string before_name, after_name;
    std::string error;  // a side that could not be read
    AgreementDiff diff;
    Redline redline;
    bool valid = false;
};

std::string side_name(const Workspace& ws, const CompareSide& side) {
    const DraftInfo* info = ws.store().find(side.draft_id);
    std::string name = info ? info->name : side.draft_id;
    if (side.version == 0) return name + " (as it is now)";
    const VersionHistory* history = ws.versions();
    const VersionInfo* v = history && side.draft_id == ws.draft_id() ? history->find(side.version) : nullptr;
    name += ", version " + std::to_string(side.version);
    if (v) name += ": " + (v->name.empty() ? draft_time(v->created_ms) : v->name);
    return name;
}

ImportResult read_side(const Workspace& ws, const CompareSide& side) {
    if (side.version == 0) return ws.read_agreement(side.draft_id);
    const VersionHistory* history = ws.versions();
    if (history && side.draft_id == ws.draft_id()) return history->open(side.version);
    ImportResult missing;
    missing.errors.push_back({"", "versions can be compared for the open draft only"});
    return missing;
}

const Comparison& comparison(const Workspace& ws, const UiState& ui) {
    static Comparison c;
    const std::size_t versions = ws.versions() ? ws.versions()->list().size() : 0;
    if (c.valid && c.before == ui.compare_before && c.after == ui.compare_after &&
        c.revision == ws.session().revision() && c.version_count == versions)
        return c;
    c = Comparison{};
    c.valid = true;
    c.before = ui.compare_before;
    c.after = ui.compare_after;
    c.revision = ws.session().revision();
    c.version_count = versions;
    c.before_name = side_name(ws, c.before);
    c.after_name = side_name(ws, c.after);
    const ImportResult before = read_side(ws, c.before);
    const ImportResult after = read_side(ws, c.after);
    if (!before.ok() || !after.ok()) {
        const ImportResult& bad = before.ok() ? after : before;
        c.error = (before.ok() ? c.after_name : c.before_name) + " cannot be read: " +
                  (bad.errors.empty() ? std::string("unreadable") : bad.errors.front().message);
        return c;
    }
    c.diff = diff_agreements(before.agreement, after.agreement);
    c.redline = redline_agreements(before.agreement, after.agreement);
    return c;
}

// The choices for one side: every draft as it is now, then the open draft's versions. A button
// opening a list (rather than a combo, which automation cannot locate by label).
void side_picker(const char* id, const Workspace& ws, CompareSide& side) {
    const std::string choose = std::string("Choose...") + id;
    if (ImGui::Button(choose.c_str())) ImGui::OpenPopup(id);
    ImGui::SameLine();
    ImGui::TextUnformatted(side.draft_id.empty() ? "(nothing chosen)" : side_name(ws, side).c_str());
    if (!ImGui::BeginPopup(id)) return;
    for (const DraftInfo& d : ws.store().list()) {
        const CompareSide option{d.id, 0};
        const std::string label = side_name(ws, option) + "##" + d.id;
        if (ImGui::Selectable(label.c_str(), side == option)) side = option;
    }
    if (const VersionHistory* history = ws.versions()) {
        const std::vector<VersionInfo> versions = history->list();
        if (!versions.empty()) ImGui::Separator();
        for (const VersionInfo& v : versions) {
            const CompareSide option{ws.draft_id(), v.number};
            const std::string label = side_name(ws, option) + "##v" + std::to_string(v.number);
            if (ImGui::Selectable(label.c_str(), side == option)) side = option;
        }
    }
    ImGui::EndPopup();
}

ImU32 kind_colour(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::Added: return IM_COL32(30, 140, 70, 255);
        case ChangeKind::Removed: return IM_COL32(190, 40, 40, 255);
        case ChangeKind::Changed: return IM_COL32(200, 120, 10, 255);
        case ChangeKind::Moved: return IM_COL32(60, 110, 190, 255);
    }
    return 0;
}

const char* kind_word(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::Added: return "added";
        case ChangeKind::Removed: return "removed";
        case ChangeKind::Changed: return "changed";
        case ChangeKind::Moved: return "moved";
    }
    return "";
}

void draw_field_changes(const AgreementDiff& diff) {
    for (Section section : all_sections) {
        const std::size_t count = diff.count_in(section);
        if (count == 0) continue;
        const std::string header = std::string(section_title(section)) + " (" + std::to_string(count) + ")##changes";
        if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
        const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH;
        ImGui::PushID(static_cast<int>(section));
        if (ImGui::BeginTable("##fields", 4, flags)) {
            ImGui::TableSetupColumn("Field", ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_WidthStretch, 0.6f);
            ImGui::TableSetupColumn("Before", ImGuiTableColumnFlags_WidthStretch, 1.5f);
            ImGui::TableSetupColumn("After", ImGuiTableColumnFlags_WidthStretch, 1.5f);
            ImGui::TableHeadersRow();
            for (const FieldChange& change : diff.changes) {
                if (change.section != section) continue;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", change.label.c_str());
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", change.pointer.c_str());
                ImGui::TableNextColumn();
                ImGui::PushStyleColor(ImGuiCol_Text, kind_colour(change.kind));
                ImGui::TextUnformatted(kind_word(change.kind));
                ImGui::PopStyleColor();
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", change.old_value.empty() ? "(none)" : change.old_value.c_str());
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", change.new_value.empty() ? "(none)" : change.new_value.c_str());
            }
            ImGui::EndTable();
        }
        ImGui::PopID();
    }
}

// Long unchanged stretches shrink to a few lines around the changes.
std::string context_of(const std::string& text, bool keep_head, bool keep_tail) {
    constexpr std::size_t keep = 240;
    if (text.size() <= 2 * keep + 40) return text;
    std::string out;
    if (keep_head) {
        std::size_t cut = text.find(' ', keep);
        out += text.substr(0, cut == std::string::npos ? keep : cut) + " ";
    }
    out += "[...]";
    if (keep_tail) {
        std::size_t cut = text.rfind(' ', text.size() - keep);
        out += text.substr(cut == std::string::npos ? text.size() - keep : cut);
    }
    return out;
}

// The redline, laid out word by word with wrapping: inserted text green and underlined,
// deleted text red and struck through.
void draw_redline(const Redline& redline) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x - em(0.5f);
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float space = ImGui::CalcTextSize(" ").x;
    const ImU32 normal = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 inserted = IM_COL32(20, 130, 60, 255);
    const ImU32 deleted = IM_COL32(190, 35, 35, 255);
    float x = 0, y = 0;
    const auto& segments = redline.segments;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const RedlineSegment& seg = segments[i];
        const std::string text = seg.kind == SegmentKind::Equal
                                     ? context_of(seg.text, i > 0, i + 1 < segments.size())
                                     : seg.text;
        const ImU32 colour = seg.kind == SegmentKind::Inserted ? inserted : seg.kind == SegmentKind::Deleted ? deleted : normal;
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t end = text.find_first_of(" \n", start);
            const std::size_t stop = end == std::string::npos ? text.size() : end;
            if (stop > start) {
                const char* b = text.data() + start;
                const char* e = text.data() + stop;
                const float w = ImGui::CalcTextSize(b, e).x;
                if (x > 0 && x + w > width) {
                    x = 0;
                    y += line;
                }
                const ImVec2 at(origin.x + x, origin.y + y);
                draw->AddText(at, colour, b, e);
                const float text_height = ImGui::GetTextLineHeight();
                if (seg.kind == SegmentKind::Inserted)
                    draw->AddLine(ImVec2(at.x, at.y + text_height), ImVec2(at.x + w, at.y + text_height), colour);
                if (seg.kind == SegmentKind::Deleted)
                    draw->AddLine(ImVec2(at.x, at.y + text_height * 0.55f), ImVec2(at.x + w, at.y + text_height * 0.55f), colour);
                x += w;
            }
            if (end == std::string::npos) break;
            if (text[end] == '\n') {
                x = 0;
                y += line;
            } else {
                x += space;
            }
            start = end + 1;
        }
    }
    ImGui::Dummy(ImVec2(width, y + line));
}

}  // namespace

void compare_version_with_current(Workspace& ws, UiState& ui, int number) {
    ui.compare_before = {ws.draft_id(), number};
    ui.compare_after = {ws.draft_id(), 0};
    ui.tool = Tool::Compare;
}

void draw_compare(Workspace& ws, UiState& ui) {
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted("Compare");
    ImGui::PopFont();
    // Sensible sides to start with: the newest version (or another draft) against the open draft.
    if (ui.compare_after.draft_id.empty() || !ws.store().find(ui.compare_after.draft_id)) ui.compare_after = {ws.draft_id(), 0};
    if (ui.compare_before.draft_id.empty() || !ws.store().find(ui.compare_before.draft_id)) {
        const auto versions = ws.versions() ? ws.versions()->list() : std::vector<VersionInfo>{};
        ui.compare_before = {ws.draft_id(), versions.empty() ? 0 : versions.front().number};
        for (const DraftInfo& d : ws.store().list())
            if (versions.empty() && d.id != ws.draft_id()) {
                ui.compare_before = {d.id, 0};
                break;
            }
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Before");
    ImGui::SameLine(em(4));
    side_picker("##compare-before", ws, ui.compare_before);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("After");
    ImGui::SameLine(em(4));
    side_picker("##compare-after", ws, ui.compare_after);
    ImGui::SameLine();
    if (ImGui::Button("Swap")) std::swap(ui.compare_before, ui.compare_after);

    const Comparison& c = comparison(ws, ui);
    if (!c.error.empty()) {
        ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "%s", c.error.c_str());
        return;
    }
    ImGui::Separator();
    if (c.diff.identical()) {
        ImGui::TextUnformatted("The two are identical.");
        return;
    }
    ImGui::Text("%zu field changes; in the document %zu words inserted, %zu deleted.", c.diff.changes.size(),
                c.redline.inserted_words, c.redline.deleted_words);
    ImGui::SameLine();
    if (ImGui::Button("Export redline (HTML)")) {
        Request r;
        r.kind = RequestKind::Download;
        r.file_name = "redline.html";
        r.mime_type = "text/html";
        r.text = redline_to_html(c.redline, c.before_name, c.after_name);
        ui.requests.push_back(std::move(r));
    }
    // Two views of the same comparison (buttons rather than tabs: automation locates buttons).
    const auto mode_button = [&](const char* label, bool redline) {
        const bool active = ui.compare_redline == redline;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_ButtonActive));
        if (ImGui::Button(label)) ui.compare_redline = redline;
        if (active) ImGui::PopStyleColor();
    };
    mode_button("Fields##compare-mode", false);
    ImGui::SameLine();
    mode_button("Document redline##compare-mode", true);
    ImGui::Separator();
    if (ImGui::BeginChild("##compare-body")) {
        if (ui.compare_redline)
            draw_redline(c.redline);
        else
            draw_field_changes(c.diff);
    }
    ImGui::EndChild();
}

}  // namespace bpo::ui
