// Where each labelled ImGui item was drawn in the last complete frame, fed by Dear ImGui's
// test-engine hooks (IMGUI_ENABLE_TEST_ENGINE). Browser tests click real widgets through it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bpo::app {

struct ItemRect {
    float x = 0, y = 0, width = 0, height = 0;  // CSS pixels, relative to the canvas
};

void locator_enable();       // after ImGui::CreateContext()
void locator_begin_frame();  // before ImGui::NewFrame(): the last frame becomes the one to query
// Visible rectangle of the first item whose label (the part before "##", or the whole label)
// equals `label` in the last complete frame.
std::optional<ItemRect> locate_item(std::string_view label);

}  // namespace bpo::app
