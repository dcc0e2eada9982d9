#include "ui/measured_layout.hpp"

#include <algorithm>

#include <imgui.h>

namespace bpo::ui {

void MeasuredLayout::begin(std::uint64_t revision, const std::string& draft_id, std::uint64_t generation) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float font_size = ImGui::GetFontSize();
    if (revision == revision_ && draft_id == draft_id_ && generation == generation_ && width == width_ &&
        font_size == font_size_)
        return;
    sequences_.clear();
    revision_ = revision;
    draft_id_ = draft_id;
    generation_ = generation;
    width_ = width;
    font_size_ = font_size;
}

void MeasuredLayout::sequence(const void* id, std::size_t count, const std::function<void(std::size_t)>& draw) {
    Heights& s = sequences_[id];
    if (s.height.size() != count) {
        s.height.assign(count, -1.0f);
        s.offset.clear();
        s.offsets_valid = false;
    }
    // The part of the window in view, in the cursor's (scrolled) coordinates.
    const float view_top = ImGui::GetScrollY();
    const float view_bottom = view_top + ImGui::GetWindowHeight();
    const float start = ImGui::GetCursorPosY();

    std::size_t i = 0;
    if (s.offsets_valid && count > 0) {
        // Everything measured: jump straight to the first item that reaches into view...
        const auto first = std::upper_bound(s.offset.begin() + 1, s.offset.end(), view_top - start);
        i = static_cast<std::size_t>(first - (s.offset.begin() + 1));
        if (i > 0) ImGui::SetCursorPosY(start + s.offset[i]);
    }
    for (; i < count; ++i) {
        const float top = ImGui::GetCursorPosY();
        const float known = s.height[i];
        if (known >= 0 && top >= view_bottom) {  // ...and past the last one that does
            ImGui::SetCursorPosY(s.offsets_valid ? start + s.offset[count] : top + known);
            if (s.offsets_valid) break;
            continue;
        }
        if (known >= 0 && top + known <= view_top) {
            ImGui::SetCursorPosY(top + known);
            continue;
        }
        draw(i);
        const float measured = ImGui::GetCursorPosY() - top;
        if (measured != known) {
            s.height[i] = measured;
            s.offsets_valid = false;
        }
    }
    if (!s.offsets_valid &&
        std::none_of(s.height.begin(), s.height.end(), [](float h) { return h < 0; })) {
        s.offset.assign(count + 1, 0.0f);
        for (std::size_t k = 0; k < count; ++k) s.offset[k + 1] = s.offset[k] + s.height[k];
        s.offsets_valid = true;
    }
}

}  // namespace bpo::ui
