// C functions behind window.bpo and the page's events (web/app.js calls them). Strings returned
// are UTF-8 owned by a static buffer, valid until the next call of the same function.
#include <emscripten.h>

#include <cstdlib>
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
#include "core/diff.hpp"
#include "core/redline.hpp"
#include "core/scorecard.hpp"
#include "core/share.hpp"
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

const char* tool_id(bpo::ui::Tool tool) {
    using bpo::ui::Tool;
    switch (tool) {
        case Tool::None: return "";
        case Tool::BusinessCase: return "business-case";
        case Tool::CreditSimulator: return "credit-simulator";
        case Tool::History: return "history";
        case Tool::Compare: return "compare";
        case Tool::Scorecard: return "scorecard";
        case Tool::Playbook: return "playbook";
    }
    return "";
}

const char* share_length_id(bpo::ShareLength length) {
    switch (length) {
        case bpo::ShareLength::Ok: return "ok";
        case bpo::ShareLength::Long: return "long";
        case bpo::ShareLength::TooLong: return "too-long";
    }
    return "";
}

const char* snapshot_status_id(bpo::SnapshotStatus status) {
    switch (status) {
        case bpo::SnapshotStatus::Saved: return "saved";
        case bpo::SnapshotStatus::Unchanged: return "unchanged";
        case bpo::SnapshotStatus::NotDue: return "not-due";
        case bpo::SnapshotStatus::OverBudget: return "over-budget";
        case bpo::SnapshotStatus::QuotaExceeded: return "quota-exceeded";
        case bpo::SnapshotStatus::Failed: return "failed";
    }
    return "";
}

json import_errors_json(const std::vector<bpo::ImportError>& errors) {
    json list = json::array();
    for (const auto& e : errors) list.push_back({{"pointer", e.pointer}, {"message", e.message}});
    return list;
}

// A side of a comparison: "<draftId>" (as it is now) or "<draftId>@<n>" (a version of the open draft).
bpo::ImportResult read_side(const std::string& spec) {
    const bpo::Workspace& ws = *app().workspace;
    const auto at = spec.find('@');
    if (at == std::string::npos) return ws.read_agreement(spec);
    bpo::ImportResult missing;
    const bpo::VersionHistory* history = ws.versions();
    if (!history || spec.substr(0, at) != ws.draft_id()) {
        missing.errors.push_back({"", "versions can be compared for the open draft only"});
        return missing;
    }
    return history->open(std::atoi(spec.c_str() + at + 1));
}

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
        {"tool", tool_id(s.ui.tool)},
        {"shareOffer", s.ui.share_offer ? json(s.ui.share_offer->agreement.title) : json(nullptr)},
        {"playbook", ws.playbook() ? json(ws.playbook()->name) : json(nullptr)},
        {"versionDialog", s.ui.save_version_dialog},
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
    bpo::refresh(s.derived, ws.session().agreement, ws.session().revision(), ws.draft_id(),
                 ws.playbook() ? &*ws.playbook() : nullptr, ws.playbook_generation());
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

// ---- issue 8: share links, versions, compare, scorecard, playbook ----

// The open draft's share link: {"url", "fragment", "length", "jsonBytes", "status": ok|long|too-long}.
EMSCRIPTEN_KEEPALIVE const char* bpo_share_link() {
    const bpo::Workspace& ws = *app().workspace;
    if (!ws.has_draft()) return error_json("no draft is open");
    const bpo::ShareEncoding link = bpo::encode_share_link(ws.session().agreement);
    return hold(json{{"url", link.ok() ? bpo::platform::page_address() + link.fragment : std::string{}},
                     {"fragment", link.fragment},
                     {"length", link.length},
                     {"jsonBytes", link.json_bytes},
                     {"status", share_length_id(link.status)}}
                    .dump());
}

// Offers to import a share link (a URL or "#a=..."), as opening the page with it does.
EMSCRIPTEN_KEEPALIVE void bpo_open_share_link(const char* link) {
    bpo::app::offer_share_link(app(), link ? link : "");
}

// The address bar's fragment changed (a share link pasted into this tab).
EMSCRIPTEN_KEEPALIVE void bpo_location_changed() { bpo::app::take_share_link(app()); }

// {"versions": [{"number", "name", "created", "reason", "bytes"}] newest first,
//  "usage": {"bytesUsed", "budgetBytes", "named", "automatic"}} or {"error"}.
EMSCRIPTEN_KEEPALIVE const char* bpo_versions() {
    const bpo::VersionHistory* history = app().workspace->versions();
    if (!history) return error_json("no draft is open");
    json list = json::array();
    for (const bpo::VersionInfo& v : history->list())
        list.push_back({{"number", v.number}, {"name", v.name}, {"created", v.created_ms},
                        {"reason", bpo::version_reason_id(v.reason)}, {"bytes", v.bytes}});
    const bpo::HistoryUsage u = history->usage();
    return hold(json{{"versions", list},
                     {"usage", {{"bytesUsed", u.bytes_used}, {"budgetBytes", u.budget_bytes}, {"named", u.named},
                                {"automatic", u.automatic}}}}
                    .dump());
}

// {"status": saved|unchanged|over-budget|quota-exceeded|failed, "number"}.
EMSCRIPTEN_KEEPALIVE const char* bpo_save_version(const char* name) {
    const bpo::SnapshotResult r = app().workspace->save_version(name ? name : "", bpo::platform::wall_clock_ms());
    return hold(json{{"status", snapshot_status_id(r.status)}, {"number", r.number}}.dump());
}

// {"restored": n, "savedBefore": number or 0} or {"error"}.
EMSCRIPTEN_KEEPALIVE const char* bpo_restore_version(int number) {
    const bpo::RestoreResult r = app().workspace->restore_version(number, bpo::platform::wall_clock_ms());
    if (!r.ok())
        return error_json(r.imported.errors.empty() ? "no such version" : r.imported.errors.front().message);
    return hold(json{{"restored", number}, {"savedBefore", r.saved_before.number}}.dump());
}

// bpo-diff JSON of two sides ("<draftId>" or "<draftId>@<version>"), plus the redline's counts.
EMSCRIPTEN_KEEPALIVE const char* bpo_compare(const char* before, const char* after) {
    const bpo::ImportResult a = read_side(before ? before : "");
    const bpo::ImportResult b = read_side(after ? after : "");
    if (!a.ok() || !b.ok()) return error_json((a.ok() ? b : a).errors.front().message);
    json j = bpo::diff_to_json(bpo::diff_agreements(a.agreement, b.agreement));
    const bpo::Redline r = bpo::redline_agreements(a.agreement, b.agreement);
    j["redline"] = {{"insertedWords", r.inserted_words}, {"deletedWords", r.deleted_words}};
    return hold(j.dump());
}

// Loads a playbook: {"name", "checks"} or {"errors": [{"pointer", "message"}]} (the current one stays).
EMSCRIPTEN_KEEPALIVE const char* bpo_load_playbook(const char* text) {
    const bpo::PlaybookImport r = app().workspace->load_playbook(text ? text : "");
    if (!r.ok()) return hold(json{{"errors", import_errors_json(r.errors)}}.dump());
    const bpo::Playbook& p = r.playbook;
    return hold(json{{"name", p.name}, {"checks", p.ranges.size() + p.positions.size() + p.frameworks.size()}}.dump());
}

EMSCRIPTEN_KEEPALIVE void bpo_unload_playbook() { app().workspace->unload_playbook(); }

// The open draft's scorecard (bpo-scorecard JSON, docs/scorecard.md), or {"error"}.
EMSCRIPTEN_KEEPALIVE const char* bpo_scorecard() {
    const bpo::Workspace& ws = *app().workspace;
    if (!ws.has_draft()) return error_json("no draft is open");
    return hold(bpo::scorecard_to_json(bpo::build_scorecard(ws.session().agreement, ws.actuals())).dump());
}

// The open draft's actuals as bpo-actuals JSON text ("" without a draft).
EMSCRIPTEN_KEEPALIVE const char* bpo_actuals() {
    const bpo::Workspace& ws = *app().workspace;
    return hold(ws.has_draft() ? bpo::actuals_to_json(ws.actuals()) : std::string{});
}

// Imports actuals (JSON or CSV) into the open draft: {"months"} or {"errors": [{"pointer", "message"}]}.
EMSCRIPTEN_KEEPALIVE const char* bpo_import_actuals(const char* text) {
    bpo::Workspace& ws = *app().workspace;
    if (!ws.has_draft()) return error_json("no draft is open");
    const std::vector<bpo::ActualsError> errors = ws.import_actuals(text ? text : "");
    if (!errors.empty()) {
        json list = json::array();
        for (const auto& e : errors) list.push_back({{"pointer", e.pointer}, {"message", bpo::describe(e)}});
        return hold(json{{"errors", list}}.dump());
    }
    if (ws.actuals_write() != bpo::WriteStatus::Ok) return error_json("the browser's storage refused the actuals");
    return hold(json{{"months", ws.actuals().months.size()}}.dump());
}

// Shows a tool view: "history", "compare", "scorecard", "playbook" (or "" for the section editor).
EMSCRIPTEN_KEEPALIVE void bpo_show_tool(const char* id) {
    auto& s = app();
    const std::string wanted = id ? id : "";
    using bpo::ui::Tool;
    for (Tool t : {Tool::None, Tool::BusinessCase, Tool::CreditSimulator, Tool::History, Tool::Compare,
                   Tool::Scorecard, Tool::Playbook})
        if (wanted == tool_id(t)) s.ui.tool = t;
}

}  // extern "C"
