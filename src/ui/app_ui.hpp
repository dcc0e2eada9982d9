// The app shell: menu bar, welcome screen, section navigation with badges, the editor of the
// chosen section, the live preview and the findings, dialogs and the status bar.
// Views draw and emit edit commands; what needs the browser (files, clipboard) is asked for
// through `requests`, which the app layer carries out after the frame.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/derived.hpp"
#include "core/exports.hpp"
#include "core/sections.hpp"
#include "core/share.hpp"
#include "core/workspace.hpp"
#include "ui/theme.hpp"

namespace bpo::ui {

// A finding shown on the field it concerns.
struct FieldNote {
    int severity = 0;  // 0 error, 1 warning, 2 info
    std::string message;
};

enum class RequestKind {
    Export, ImportFile, CopyMarkdown, OpenHtml, Backup,
    CopyShareLink,  // the open draft as a share link on the clipboard
    Download,       // file_name, mime_type and text below, made by a view from core output
};

struct Request {
    RequestKind kind = RequestKind::Export;
    ExportFormat format = ExportFormat::Json;
    std::string file_name = {};  // Download
    std::string mime_type = {};
    std::string text = {};
};

enum class Tool { None, BusinessCase, CreditSimulator, History, Compare, Scorecard, Playbook };

// One side of a comparison: a stored draft as it is now (version 0) or one of its versions.
struct CompareSide {
    std::string draft_id;
    int version = 0;
    friend bool operator==(const CompareSide& a, const CompareSide& b) {
        return a.draft_id == b.draft_id && a.version == b.version;
    }
};

struct UiState {
    Section section = Section::Overview;
    Theme theme = Theme::Light;
    bool theme_changed = true;               // the app applies the theme before the next frame
    std::string focus_pointer;               // a field to focus on the next frame (clicked finding)
    std::map<std::string, FieldNote> field_notes;  // by JSON pointer, rebuilt per revision
    std::uint64_t notes_revision = UINT64_MAX;

    std::vector<Request> requests;           // for the app layer, cleared after each frame
    std::vector<std::string> messages;       // notices for the user (storage repairs, quota, ...)
    std::vector<ImportError> import_errors;  // shown in a dialog after a failed import
    std::string import_file_name;

    bool drafts_window = false;
    std::string drafts_search;
    std::string rename_id;                   // draft being renamed in the drafts window
    std::string rename_text;
    std::string confirm_trash_id;            // draft awaiting "move to trash" confirmation
    bool confirm_empty_trash = false;
    bool external_conflict = false;          // the open draft was saved by another tab: ask

    Tool tool = Tool::None;
    float preview_share = 0.62f;             // preview height / (preview + findings)

    // Version history (view_history.cpp).
    bool save_version_dialog = false;        // "Save version..." asks for a name
    std::string version_name;
    int rename_version = 0;                  // version being renamed (0: none)
    std::string rename_version_text;
    bool rename_version_focus = false;       // focus the rename field on its first frame
    int confirm_delete_version = 0;          // version awaiting "delete" confirmation
    // Compare (view_compare.cpp): what is compared with what.
    CompareSide compare_before;
    CompareSide compare_after;
    bool compare_redline = false;            // showing the document redline (else the fields)
    // A share link the page was opened with, decoded, waiting for Import / Cancel.
    std::optional<ShareDecoding> share_offer;

    // Welcome screen choices.
    int welcome_profile = 1;
    int welcome_mix = 0;
};

// Draws one frame. `now_ms` is a steady clock (undo merging), `wall_ms` the calendar time
// (timestamps shown to the user and stored with drafts).
void draw_app(Workspace& workspace, Derived& derived, UiState& ui, std::int64_t now_ms, std::int64_t wall_ms);

}  // namespace bpo::ui
