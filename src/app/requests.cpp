// What the UI asks of the browser, carried out after each frame: downloads, the printable HTML
// in a new tab, copying Markdown or a share link, picking a file to import; received files,
// routed by content; and share links the page is opened with.
#include "app/app_state.hpp"

#include <cctype>

#include "core/backup.hpp"
#include "core/document_builder.hpp"
#include "core/render_html.hpp"
#include "core/render_markdown.hpp"
#include "core/share.hpp"
#include "platform/platform.hpp"

namespace bpo::app {

void run_requests(AppState& app) {
    std::vector<ui::Request> requests;
    requests.swap(app.ui.requests);
    Workspace& ws = *app.workspace;
    for (const ui::Request& r : requests) {
        switch (r.kind) {
            case ui::RequestKind::ImportFile: platform::pick_file(); break;
            case ui::RequestKind::Export: {
                if (!ws.has_draft()) break;
                const ExportFile file = export_file(ws.session().agreement, r.format, ws.draft_name());
                platform::download(file.file_name, file.mime_type, file.bytes);
                break;
            }
            case ui::RequestKind::OpenHtml:
                if (ws.has_draft()) platform::open_html_in_new_tab(render_html(build_document(ws.session().agreement)));
                break;
            case ui::RequestKind::Backup:
                ws.save_now(platform::wall_clock_ms());
                platform::download("bpo-drafts-backup.json", "application/json",
                                   make_backup(ws.store(), platform::wall_clock_ms()));
                break;
            case ui::RequestKind::CopyMarkdown:
                if (ws.has_draft()) platform::copy_to_clipboard(render_markdown(app.derived.document));
                break;
            case ui::RequestKind::CopyShareLink: {
                if (!ws.has_draft()) break;
                const ShareEncoding link = encode_share_link(ws.session().agreement);
                if (!link.ok()) {
                    app.ui.messages.push_back("This agreement is too large for a share link (" +
                                              std::to_string(link.length) + " characters; links over " +
                                              std::to_string(share_link_max_chars) +
                                              " are not dependable). Export the JSON file and send that instead.");
                    break;
                }
                platform::copy_to_clipboard(platform::page_address() + link.fragment);
                std::string note = "Share link copied (" + std::to_string(link.length) +
                                   " characters). The agreement travels inside the link; no server sees it.";
                if (link.status == ShareLength::Long)
                    note += " It is long: browsers open it, but some chat and mail tools cut long links; if it "
                            "arrives broken, send the exported JSON file instead.";
                app.ui.messages.push_back(note);
                break;
            }
            case ui::RequestKind::Download:
                platform::download(r.file_name, r.mime_type, r.text);
                break;
        }
    }
}

namespace {
// Files name their format near the top; anything else is taken for an agreement.
bool names_format(std::string_view text, std::string_view format) {
    return text.substr(0, 4096).find("\"" + std::string(format) + "\"") != std::string_view::npos;
}
bool looks_like_backup(std::string_view text) { return names_format(text, "bpo-backup"); }

// Actuals: the bpo-actuals JSON format, or a CSV whose header starts with "month".
bool looks_like_actuals(std::string_view text) {
    if (names_format(text, "bpo-actuals")) return true;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\r' || text.front() == '\n')) text.remove_prefix(1);
    if (!text.empty() && text.front() == '"') text.remove_prefix(1);
    if (text.size() < 5) return false;
    std::string head(text.substr(0, 5));
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return head == "month";
}

void load_playbook(AppState& app, const std::string& name, std::string_view text) {
    const PlaybookImport imported = app.workspace->load_playbook(text);
    if (!imported.ok()) {
        app.ui.import_errors = imported.errors;
        app.ui.import_file_name = name;
        return;
    }
    app.ui.messages.push_back("Playbook \"" + imported.playbook.name + "\" loaded: its checks now appear among the "
                              "findings and deviations are marked in the preview.");
}

void import_actuals(AppState& app, const std::string& name, std::string_view text) {
    if (!app.workspace->has_draft()) {
        app.ui.messages.push_back(name + " holds monthly actuals: open the draft they belong to, then import it again.");
        return;
    }
    const std::vector<ActualsError> errors = app.workspace->import_actuals(text);
    if (!errors.empty()) {
        app.ui.import_errors.clear();
        for (const ActualsError& e : errors) app.ui.import_errors.push_back({e.pointer, describe(e)});
        app.ui.import_file_name = name;
        return;
    }
    if (app.workspace->actuals_write() != WriteStatus::Ok)
        app.ui.messages.push_back(name + ": the actuals were read but could not be saved: the browser's storage is full.");
    app.ui.tool = ui::Tool::Scorecard;
}

void restore(AppState& app, const std::string& name, std::string_view text) {
    const RestoreReport report = restore_backup(text, app.workspace->store(), platform::wall_clock_ms());
    if (!report.errors.empty()) {
        app.ui.import_errors = report.errors;
        app.ui.import_file_name = name;
        return;
    }
    std::string summary = name + ": " + std::to_string(report.added) + " drafts restored, " +
                          std::to_string(report.unchanged) + " already here unchanged, " +
                          std::to_string(report.copies) + " restored as copies beside drafts that differ.";
    if (report.status != WriteStatus::Ok) summary += " The restore stopped early: the browser's storage is full.";
    app.ui.messages.push_back(summary);
}
}  // namespace

void receive_file(AppState& app, const std::string& name, std::string_view text) {
    if (looks_like_backup(text)) {
        restore(app, name, text);
        return;
    }
    if (names_format(text, "bpo-playbook")) {
        load_playbook(app, name, text);
        return;
    }
    if (looks_like_actuals(text)) {
        import_actuals(app, name, text);
        return;
    }
    const ImportOutcome outcome = app.workspace->import_json(text, "", platform::wall_clock_ms());
    if (!outcome.errors.empty()) {
        app.ui.import_errors = outcome.errors;
        app.ui.import_file_name = name;
        return;
    }
    if (outcome.status != WriteStatus::Ok) {
        app.ui.messages.push_back(name + " could not be saved as a draft: the browser's storage is " +
                                  (outcome.status == WriteStatus::QuotaExceeded ? "full." : "unavailable."));
        return;
    }
    app.ui.section = Section::Overview;
    app.ui.tool = ui::Tool::None;
}

void offer_share_link(AppState& app, std::string_view link) {
    ShareDecoding decoded = decode_share_link(link);
    if (decoded.error == ShareError::NotAnAgreement) {
        app.ui.import_errors = decoded.import_errors;
        app.ui.import_file_name = "The shared link";
        return;
    }
    if (!decoded.ok()) {
        app.ui.messages.push_back("The shared link could not be opened: " + decoded.message +
                                  ". Ask the sender for the link again, or for the exported JSON file.");
        return;
    }
    app.ui.share_offer = std::move(decoded);
}

void take_share_link(AppState& app) {
    const std::string fragment = platform::take_share_fragment();
    if (!fragment.empty()) offer_share_link(app, fragment);
}

}  // namespace bpo::app
