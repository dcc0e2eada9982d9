// The running app's state, shared by the main loop and the JS API.
#pragma once

#include <memory>

#include "core/derived.hpp"
#include "core/storage.hpp"
#include "core/workspace.hpp"
#include "ui/app_ui.hpp"

namespace bpo::app {

struct AppState {
    std::unique_ptr<Storage> storage;
    std::unique_ptr<Workspace> workspace;
    Derived derived;
    ui::UiState ui;
    unsigned long frame = 0;
};

AppState& state();

// Carries out what the UI asked for this frame (downloads, file picking, clipboard).
void run_requests(AppState& app);
// A file the user picked or dropped: imported as a new draft, or its errors shown.
void receive_file(AppState& app, const std::string& name, std::string_view text);

}  // namespace bpo::app
