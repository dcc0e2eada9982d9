// An editable list of rows (services, service levels, milestones, ...): each row is a
// collapsible block with a one-line summary and buttons to move it up or down, duplicate or
// remove it; an Add button appends a new row. All changes are undoable edit commands.
// ImGui ids come from the rows' stable ids, never from positions or addresses.
// A frame costs the rows on the page, not the list: which rows pass the filter is worked out
// once per revision (or filter change), and only the page's rows are looked at after that.
#pragma once

#include <cfloat>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "core/edit_rows.hpp"
#include "ui/fields.hpp"
#include "ui/theme.hpp"

namespace bpo::ui {

template <class Row>
struct RowListSpec {
    const char* title;                  // "Services"
    const char* row_noun;               // "service": used in buttons and undo labels
    std::string pointer;                // JSON pointer of the list ("/services")
    ListLocator<Row> list;
    std::function<std::string(const Row&)> summary;  // one line shown on the row header
    // Draws the row's fields; `pointer` is the row's JSON pointer ("/services/2").
    std::function<void(ViewContext&, const Row&, const std::string& pointer)> fields;
    std::function<Row(ViewContext&)> make_row = [](ViewContext&) { return Row{}; };
    bool add_button = true;             // false when the view offers its own way to add
    // Optional: rows for which this returns false are not drawn (a filter); the count says so.
    std::function<bool(const Row&)> visible = nullptr;
    // What `visible` depends on besides the row (the chosen service, say): the rows it lets
    // through are worked out again only when this or the agreement changes.
    std::string filter_key = {};
    // Optional: draws a small status on the header line, left of the row buttons, in a space
    // badge_width_em wide (the SMART letters of an objective).
    std::function<void(ViewContext&, const Row&)> badge = nullptr;
    float badge_width_em = 0;
};

// Positions of the rows a list shows (all, or those its filter lets through), kept per list
// while the agreement's revision, the open draft and the filter stay the same.
struct ListedRows {
    std::uint64_t revision = UINT64_MAX;
    std::string draft_id;
    std::string filter_key;
    std::size_t count = 0;
    std::vector<std::size_t> positions;
};

inline ListedRows& listed_rows(const std::string& list_pointer) {
    static std::unordered_map<std::string, ListedRows> lists;
    return lists[list_pointer];
}

template <class Row>
const std::vector<std::size_t>& rows_listed(ViewContext& ctx, const RowListSpec<Row>& spec, const std::vector<Row>* rows) {
    ListedRows& l = listed_rows(spec.pointer);
    const std::size_t count = rows ? rows->size() : 0;
    const std::uint64_t revision = ctx.session.revision();
    if (l.revision == revision && l.draft_id == ctx.draft_id && l.filter_key == spec.filter_key && l.count == count)
        return l.positions;
    l.revision = revision;
    l.draft_id = ctx.draft_id;
    l.filter_key = spec.filter_key;
    l.count = count;
    l.positions.clear();
    for (std::size_t i = 0; i < count; ++i)
        if (!spec.visible || spec.visible((*rows)[i])) l.positions.push_back(i);
    return l.positions;
}

template <class Row>
void row_list(ViewContext& ctx, const RowListSpec<Row>& spec) {
    const std::vector<Row>* rows = spec.list(ctx.agreement());
    const std::size_t count = rows ? rows->size() : 0;
    ImGui::PushID(spec.pointer.c_str());
    const std::vector<std::size_t>& cached = rows_listed(ctx, spec, rows);
    const std::size_t shown = cached.size();
    if (shown == count) ImGui::TextDisabled("%s (%zu)", spec.title, count);
    else ImGui::TextDisabled("%s (%zu of %zu shown)", spec.title, shown, count);

    // Long lists are drawn a page at a time, so a frame costs the same for 20 rows or 10,000.
    constexpr std::size_t page_size = 50;
    const std::size_t pages = (shown + page_size - 1) / page_size;
    int& page = *ImGui::GetStateStorage()->GetIntRef(ImGui::GetID("##page"), 0);
    if (!ctx.ui.focus_pointer.empty() && ctx.ui.focus_pointer.rfind(spec.pointer + "/", 0) == 0) {
        const std::size_t target = std::strtoul(ctx.ui.focus_pointer.c_str() + spec.pointer.size() + 1, nullptr, 10);
        for (std::size_t k = 0; k < cached.size(); ++k)
            if (cached[k] == target) page = static_cast<int>(k / page_size);
    }
    if (pages > 0 && static_cast<std::size_t>(page) >= pages) page = static_cast<int>(pages - 1);
    const std::size_t first = static_cast<std::size_t>(page) * page_size;
    const std::size_t last = std::min(shown, first + page_size);
    if (pages > 1) {
        ImGui::BeginDisabled(page == 0);
        if (ImGui::SmallButton("Previous page")) --page;
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::TextDisabled("%zu-%zu of %zu", first + 1, last, shown);
        ImGui::SameLine();
        ImGui::BeginDisabled(static_cast<std::size_t>(page) + 1 >= pages);
        if (ImGui::SmallButton("Next page")) ++page;
        ImGui::EndDisabled();
    }

    // The page's rows and their ids, copied first: the buttons below change the list while we
    // walk it, and a row whose id moved is not drawn this frame.
    std::vector<std::size_t> listed(cached.begin() + static_cast<std::ptrdiff_t>(first),
                                    cached.begin() + static_cast<std::ptrdiff_t>(last));
    std::vector<std::string> ids;
    ids.reserve(listed.size());
    for (std::size_t i : listed) ids.push_back((*rows)[i].id);

    const std::string noun = spec.row_noun;
    for (std::size_t k = 0; k < listed.size(); ++k) {
        const std::size_t i = listed[k];
        const std::vector<Row>* now = spec.list(ctx.agreement());
        if (!now || i >= now->size() || (*now)[i].id != ids[k]) break;  // changed this frame
        const Row& row = (*now)[i];
        const std::string row_pointer = ptr(spec.pointer, i);
        ImGui::PushID(row.id.c_str());

        // Open the row a finding or a focus request points into.
        if (!ctx.ui.focus_pointer.empty() && ctx.ui.focus_pointer.rfind(row_pointer + "/", 0) == 0)
            ImGui::SetNextItemOpen(true);
        std::string header = spec.summary(row);
        if (header.empty()) header = "(untitled " + noun + ")";

        // Row actions on the header line, right-aligned: up, down, copy, remove (and the badge).
        const ImGuiStyle& style = ImGui::GetStyle();
        auto width_of = [&](const char* text) { return ImGui::CalcTextSize(text).x + 2 * style.FramePadding.x; };
        const char* up = "\xE2\x96\xB2";    // up-pointing triangle
        const char* down = "\xE2\x96\xBC";  // down-pointing triangle
        const float actions = width_of(up) + width_of(down) + width_of("Copy") + width_of("Remove") +
                              3 * style.ItemSpacing.x;
        const float badge = spec.badge ? em(spec.badge_width_em) + style.ItemSpacing.x : 0.0f;
        // The summary is clipped before the buttons so a long one never runs under them; the
        // whole summary shows as a tooltip then.
        const float text_right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x - actions - badge - style.ItemSpacing.x;
        ImGui::PushClipRect(ImVec2(-FLT_MAX, -FLT_MAX), ImVec2(text_right, FLT_MAX), true);
        const bool open = ImGui::CollapsingHeader((header + "###row").c_str(), ImGuiTreeNodeFlags_AllowItemOverlap);
        ImGui::PopClipRect();
        const float text_width = ImGui::CalcTextSize(header.c_str()).x + ImGui::GetFrameHeight() + style.FramePadding.x;
        if (ImGui::IsItemHovered() && ImGui::GetItemRectMin().x + text_width > text_right)
            ImGui::SetTooltip("%s", header.c_str());

        if (spec.badge) {
            ImGui::SameLine(ImGui::GetContentRegionMax().x - actions - badge);
            spec.badge(ctx, row);
        }
        ImGui::SameLine(ImGui::GetContentRegionMax().x - actions);
        const std::string id_for_actions = row.id;  // `row` may dangle after a structural edit
        bool changed_list = false;
        ImGui::BeginDisabled(i == 0);
        if (ImGui::SmallButton(up)) {
            ctx.session.apply(move_row<Row>("Move " + noun + " up", spec.list, id_for_actions, -1, ctx.agreement()), ctx.now_ms);
            changed_list = true;
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 >= count);
        if (!changed_list && ImGui::SmallButton(down)) {
            ctx.session.apply(move_row<Row>("Move " + noun + " down", spec.list, id_for_actions, +1, ctx.agreement()), ctx.now_ms);
            changed_list = true;
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (!changed_list && ImGui::SmallButton("Copy")) {
            ctx.session.apply(duplicate_row<Row>("Duplicate " + noun, spec.list, id_for_actions, ctx.agreement()), ctx.now_ms);
            changed_list = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Duplicate this %s", spec.row_noun);
        ImGui::SameLine();
        if (!changed_list && ImGui::SmallButton("Remove")) {
            ctx.session.apply(remove_row<Row>("Remove " + noun, spec.list, id_for_actions, ctx.agreement()), ctx.now_ms);
            changed_list = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this %s (Undo brings it back)", spec.row_noun);
        if (changed_list) {  // the list changed under us: draw it afresh next frame
            ImGui::PopID();
            break;
        }

        if (open) {
            ImGui::Indent(em(0.8f));
            if (begin_form("##fields")) {
                spec.fields(ctx, row, row_pointer);
                end_form();
            }
            ImGui::Unindent(em(0.8f));
            ImGui::Spacing();
        }
        ImGui::PopID();
    }

    if (spec.add_button) {
        const std::string add = "Add " + noun;
        if (ImGui::Button(add.c_str())) {
            Row row = spec.make_row(ctx);
            ctx.session.apply(append_row<Row>(add, spec.list, std::move(row), ctx.agreement()), ctx.now_ms);
        }
    }
    ImGui::PopID();
}

// Locates a row of `list` by id, for fields inside a row: [id](Agreement& a) { ... }.
// The fields of one open row ask for the same row many times a frame: the last row found is
// tried first, so a row near the end of 10,000 is not searched for again and again.
template <class Row>
Row* find_row(std::vector<Row>& rows, const std::string& id) {
    static std::size_t last_found = 0;
    if (last_found < rows.size() && rows[last_found].id == id) return &rows[last_found];
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].id == id) {
            last_found = i;
            return &rows[i];
        }
    return nullptr;
}

// A field locator for member `member` of the row with `id` in the list `list`.
template <class Row, class T>
Locate<T> row_field(ListLocator<Row> list, std::string id, T Row::*member) {
    return [list, id, member](Agreement& a) -> T* {
        auto* rows = list(a);
        if (!rows) return nullptr;
        Row* row = find_row(*rows, id);
        return row ? &(row->*member) : nullptr;
    };
}

}  // namespace bpo::ui
