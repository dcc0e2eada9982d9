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
// A file the user picked or dropped, routed by its content: a backup is restored, a playbook
// loaded, actuals go to the open draft's scorecard, anything else is imported as a new draft;
// errors are shown in the import-errors dialog.
void receive_file(AppState& app, const std::string& name, std::string_view text);
// A "#a=..." share link in the address bar (at start-up or when it changes): offers the import,
// or says plainly why the link cannot be opened. The fragment is removed from the address bar.
void take_share_link(AppState& app);
// Decodes a share link and offers to import it (same as opening the page with it).
void offer_share_link(AppState& app, std::string_view link);

}  // namespace bpo::app
