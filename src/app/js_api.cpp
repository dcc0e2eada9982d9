// C functions behind window.bpo (web/app.js wraps them). Each returns UTF-8 owned by a static
// buffer that stays valid until the next call of the same function.
#include <emscripten.h>

#include <string>

#include <nlohmann/json.hpp>

#include "app/app_state.hpp"
#include "app/item_locator.hpp"
#include "core/sections.hpp"

namespace {
const char* hold(std::string& buffer, std::string text) {
    buffer = std::move(text);
    return buffer.c_str();
}
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* bpo_version() { return BPO_VERSION; }

EMSCRIPTEN_KEEPALIVE const char* bpo_locate(const char* label) {
    static std::string buffer;
    const auto rect = bpo::app::locate_item(label ? label : "");
    if (!rect) return hold(buffer, "null");
    nlohmann::json j = {{"x", rect->x}, {"y", rect->y}, {"width", rect->width}, {"height", rect->height}};
    return hold(buffer, j.dump());
}

EMSCRIPTEN_KEEPALIVE const char* bpo_ui_state() {
    static std::string buffer;
    const auto& s = bpo::app::state();
    nlohmann::json j = {
        {"section", std::string(bpo::section_id(s.ui.section))},
        {"theme", s.ui.theme == bpo::ui::Theme::Dark ? "dark" : "light"},
        {"revision", s.session.revision()},
        {"frame", s.frame},
        {"title", s.session.agreement.title},
    };
    return hold(buffer, j.dump());
}

}  // extern "C"
