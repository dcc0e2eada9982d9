// The panels around the section editors: preview, findings, welcome screen, drafts window,
// dialogs and notices. One file each; app_ui.cpp lays them out.
#pragma once

#include <cstdint>

#include "core/derived.hpp"
#include "core/document.hpp"
#include "core/workspace.hpp"
#include "ui/app_ui.hpp"
#include "ui/fields.hpp"

namespace bpo::ui {

void draw_preview(const Derived& derived);  // view_preview.cpp (document, deviations marked)
void draw_findings(const Derived& derived, UiState& ui);                     // view_findings.cpp
void draw_welcome(Workspace& workspace, UiState& ui, std::int64_t wall_ms);  // view_welcome.cpp
void draw_drafts_window(Workspace& workspace, UiState& ui, std::int64_t wall_ms);  // view_drafts.cpp
void draw_messages(Workspace& workspace, UiState& ui, std::int64_t wall_ms);       // dialogs.cpp
void draw_import_errors(UiState& ui);                                              // dialogs.cpp
void draw_conflict(Workspace& workspace, UiState& ui, std::int64_t wall_ms);       // dialogs.cpp
void draw_share_offer(Workspace& workspace, UiState& ui, std::int64_t wall_ms);    // dialogs.cpp
void draw_save_version(Workspace& workspace, UiState& ui, std::int64_t wall_ms);   // view_history.cpp
std::string draft_time(std::int64_t ms);  // "2026-11-25 07:40", local time (view_welcome.cpp)

// Tools with their own views (view_business_case.cpp, view_credit_simulator.cpp).
void draw_business_case(ViewContext& ctx);
void draw_credit_simulator(ViewContext& ctx);

// Issue 8 tools, over the workspace rather than the agreement alone.
void draw_history(Workspace& workspace, UiState& ui, std::int64_t wall_ms);      // view_history.cpp
void draw_compare(Workspace& workspace, UiState& ui);                            // view_compare.cpp
void draw_scorecard(Workspace& workspace, UiState& ui);                          // view_scorecard.cpp
void draw_playbook(Workspace& workspace, const Derived& derived, UiState& ui);   // view_playbook.cpp
// "Compare with current": the open draft's version `number` against the draft as it is.
void compare_version_with_current(Workspace& workspace, UiState& ui, int number);

}  // namespace bpo::ui
