#include "app/item_locator.hpp"

#include <cstdarg>
#include <unordered_map>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

namespace bpo::app {
namespace {

struct Item {
    ImRect visible;      // item rectangle clipped to its window's visible area
    std::string label;
};

struct Frames {
    std::unordered_map<ImGuiID, Item> building;  // items seen in the frame being drawn
    std::vector<Item> last;                      // the last complete frame, in draw order
    std::vector<ImGuiID> order;                  // draw order of `building`
};

Frames& frames() {
    static Frames f;
    return f;
}

std::string_view visible_part(std::string_view label) {
    const std::size_t hashes = label.find("##");
    return hashes == std::string_view::npos ? label : label.substr(0, hashes);
}

}  // namespace

void locator_enable() { GImGui->TestEngineHookItems = true; }

void locator_begin_frame() {
    Frames& f = frames();
    f.last.clear();
    for (ImGuiID id : f.order) {
        auto it = f.building.find(id);
        if (it != f.building.end() && !it->second.label.empty()) f.last.push_back(it->second);
    }
    f.building.clear();
    f.order.clear();
}

std::optional<ItemRect> locate_item(std::string_view label) {
    for (const Item& item : frames().last) {
        if (item.label != label && visible_part(item.label) != label) continue;
        if (item.visible.GetWidth() <= 0 || item.visible.GetHeight() <= 0) continue;
        return ItemRect{item.visible.Min.x, item.visible.Min.y, item.visible.GetWidth(),
                        item.visible.GetHeight()};
    }
    return std::nullopt;
}

}  // namespace bpo::app

// ---- Dear ImGui's test-engine hooks (declared in imgui_internal.h) --------------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    ImGuiWindow* window = ctx->CurrentWindow;
    ImRect visible = bb;
    if (window) visible.ClipWithFull(window->ClipRect);
    auto& f = bpo::app::frames();
    auto [it, inserted] = f.building.try_emplace(id);
    it->second.visible = visible;
    if (inserted) f.order.push_back(id);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    auto& f = bpo::app::frames();
    auto it = f.building.find(id);
    if (it != f.building.end() && label) it->second.label = label;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    auto& f = bpo::app::frames();
    auto it = f.building.find(id);
    return it == f.building.end() ? nullptr : it->second.label.c_str();
}
