// The app shell: menu bar, section navigation, the editor of the chosen section, the preview,
// and the status bar with the not-legal-advice notice. Views draw and emit edit commands.
#pragma once

#include <cstdint>

#include "core/sections.hpp"
#include "core/session.hpp"
#include "ui/theme.hpp"

namespace bpo::ui {

struct UiState {
    Section section = Section::Overview;
    Theme theme = Theme::Light;
    bool theme_changed = true;  // the app applies the theme before the next frame
};

void draw_app(Session& session, UiState& ui, std::int64_t now_ms);

}  // namespace bpo::ui
