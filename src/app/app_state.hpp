// The running app's state, shared by the main loop and the JS API.
#pragma once

#include "core/session.hpp"
#include "ui/app_ui.hpp"

namespace bpo::app {

struct AppState {
    Session session;
    ui::UiState ui;
    unsigned long frame = 0;
};

AppState& state();

}  // namespace bpo::app
