// C functions behind window.bpo and the page's events (web/app.js calls them). Strings returned
// are UTF-8 owned by a static buffer, valid until the next call of the same function.
#include <emscripten.h>

#include <string>

#include <nlohmann/json.hpp>

#include "app/app_state.hpp"
#include "app/item_locator.hpp"
#include "core/document_builder.hpp"
#include "core/enums.hpp"
#include "core/finding_text.hpp"
#include "core/json_format.hpp"
#include "core/render_html.hpp"
#include "core/render_markdown.hpp"
#include "core/render_text.hpp"
#include "core/templates.hpp"
#include "platform/platform.hpp"

namespace {

using nlohmann::json;

const char* hold(std::string text) {
    static std::string buffer;
    buffer = std::move(text);
    return buffer.c_str();
}

const char* error_json(const std::string& message) { return hold(json{{"error", message}}.dump()); }

bpo::app::AppState& app() { return bpo::app::state(); }

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* bpo_version() { return BPO_VERSION; }

EMSCRIPTEN_KEEPALIVE const char* bpo_locate(const char* label) {
    const auto rect = bpo::app::locate_item(label ? label : "");
    if (!rect) return hold("null");
    return hold(json{{"x", rect->x}, {"y", rect->y}, {"width", rect->width}, {"height", rect->height}}.dump());
}

EMSCRIPTEN_KEEPALIVE const char* bpo_ui_state() {
    auto& s = app();
    const bpo::Workspace& ws = *s.workspace;
    json j = {
        {"section", std::string(bpo::section_id(s.ui.section))},
        {"theme", s.ui.theme == bpo::ui::Theme::Dark ? "dark" : "light"},
        {"revision", ws.session().revision()},
        {"frame", s.frame},
        {"draftId", ws.has_draft() ? json(ws.draft_id()) : json(nullptr)},
        {"draftName", ws.draft_name()},
        {"title", ws.session().agreement.title},
        {"saved", ws.save_state() == bpo::SaveState::Saved},
        {"saveFailed", ws.save_state() == bpo::SaveState::Failed},
        {"canUndo", ws.session().history.can_undo()},
        {"canRedo", ws.session().history.can_redo()},
        {"importErrors", s.ui.import_errors.size()},
        {"messages", s.ui.messages},
        {"conflict", s.ui.external_conflict},
    };
    return hold(j.dump());
}

EMSCRIPTEN_KEEPALIVE const char* bpo_export_json() {
    const bpo::Workspace& ws = *app().workspace;
    if (!ws.has_draft()) return hold("");
    return hold(bpo::export_agreement(ws.session().agreement));
}

// {"draftId": "..."} or {"errors": [{"pointer", "message"}...]}; nothing is created on errors.
EMSCRIPTEN_KEEPALIVE const char* bpo_import_json(const char* text) {
    const auto outcome = app().workspace->import_json(text ? text : "", "", bpo::platform::wall_clock_ms());
    if (!outcome.errors.empty()) {
        json errors = json::array();
        for (const auto& e : outcome.errors) errors.push_back({{"pointer", e.pointer}, {"message", e.message}});
        return hold(json{{"errors", errors}}.dump());
    }
    if (outcome.status != bpo::WriteStatus::Ok) return error_json("the browser's storage refused the new draft");
    return hold(json{{"draftId", outcome.draft_id}}.dump());
}

EMSCRIPTEN_KEEPALIVE const char* bpo_list_drafts() {
    json list = json::array();
    const auto& store = app().workspace->store();
    for (bool trash : {false, true})
        for (const bpo::DraftInfo& d : store.list(trash))
            list.push_back({{"id", d.id}, {"name", d.name}, {"created", d.created_ms}, {"modified", d.modified_ms},
                            {"trashed", trash}});
    return hold(list.dump());
}

EMSCRIPTEN_KEEPALIVE const char* bpo_open_draft(const char* id) {
    auto& s = app();
    const auto issue = s.workspace->open(id ? id : "", bpo::platform::wall_clock_ms());
    if (issue) {
        s.ui.messages.push_back(issue->message);
        return error_json(issue->message);
    }
    s.ui.section = bpo::Section::Overview;
    return hold(json{{"draftId", s.workspace->draft_id()}}.dump());
}

// A new draft from the starter template for `profile` (startup|midsize|enterprise) and an
// optional service mix id; {"draftId"} or {"error"}.
EMSCRIPTEN_KEEPALIVE const char* bpo_new_draft(const char* profile, const char* mix) {
    const auto p = bpo::enum_from_id<bpo::ClientProfile>(profile ? profile : "");
    if (!p) return error_json("unknown profile: use startup, midsize or enterprise");
    std::string mix_id = mix && *mix ? mix : std::string(bpo::default_mix_id(*p));
    if (!bpo::find_service_mix(mix_id)) return error_json("unknown service mix: " + mix_id);
    const auto* m = bpo::find_service_mix(mix_id);
    const std::string name = std::string(bpo::enum_label(*p)) + " - " + m->name;
    auto& s = app();
    const auto created = s.workspace->create(name, bpo::make_starter(*p, mix_id), bpo::platform::wall_clock_ms());
    if (created.status != bpo::WriteStatus::Ok) return error_json("the browser's storage refused the new draft");
    s.ui.section = bpo::Section::Overview;
    return hold(json{{"draftId", created.id}}.dump());
}

EMSCRIPTEN_KEEPALIVE const char* bpo_findings() {
    auto& s = app();
    const auto& ws = *s.workspace;
    bpo::refresh(s.derived, ws.session().agreement, ws.session().revision(), ws.draft_id());
    json list = json::array();
    for (const bpo::Finding& f : s.derived.findings) {
        const auto text = bpo::finding_text(f);
        list.push_back({{"rule", f.rule_id},
                        {"severity", bpo::severity_id(f.severity)},
                        {"section", std::string(bpo::section_id(f.section))},
                        {"pointer", f.pointer},
                        {"message", text.message},
                        {"hint", text.hint}});
    }
    return hold(list.dump());
}

// The open draft as "markdown", "html" or "text".
EMSCRIPTEN_KEEPALIVE const char* bpo_render(const char* format) {
    const auto& ws = *app().workspace;
    if (!ws.has_draft()) return hold("");
    const bpo::Document doc = bpo::build_document(ws.session().agreement);
    const std::string f = format ? format : "";
    if (f == "markdown" || f == "md") return hold(bpo::render_markdown(doc));
    if (f == "html") return hold(bpo::render_html(doc));
    if (f == "text" || f == "txt") return hold(bpo::render_text(doc));
    return hold("");
}

// The page's events.
EMSCRIPTEN_KEEPALIVE void bpo_file_received(const char* name, const char* text) {
    bpo::app::receive_file(app(), name ? name : "file", text ? text : "");
}

EMSCRIPTEN_KEEPALIVE void bpo_page_hidden() { app().workspace->save_now(bpo::platform::wall_clock_ms()); }

EMSCRIPTEN_KEEPALIVE void bpo_storage_changed() {
    auto& s = app();
    switch (s.workspace->storage_changed(bpo::platform::wall_clock_ms())) {
        case bpo::ExternalChange::OpenDraftChanged: s.ui.external_conflict = true; break;
        case bpo::ExternalChange::OpenDraftRemoved: {
            // Nothing this tab has may be lost: its version becomes a draft of its own.
            const auto copy = s.workspace->keep_mine_as_copy(bpo::platform::wall_clock_ms());
            s.ui.messages.push_back(copy.status == bpo::WriteStatus::Ok
                                        ? "The draft open here was deleted in another tab. This tab's version was "
                                          "saved as a new draft, \"" + s.workspace->draft_name() + "\"."
                                        : "The draft open here was deleted in another tab, and this tab's version "
                                          "could not be saved as a copy (storage full). Export it now.");
            break;
        }
        default: break;
    }
}

}  // extern "C"
