// What the UI asks of the browser, carried out after each frame: downloads, the printable HTML
// in a new tab, copying Markdown, picking a file to import; and imports of received files.
#include "app/app_state.hpp"

#include "core/document_builder.hpp"
#include "core/render_html.hpp"
#include "core/render_markdown.hpp"
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
            case ui::RequestKind::CopyMarkdown:
                if (ws.has_draft()) platform::copy_to_clipboard(render_markdown(app.derived.document));
                break;
        }
    }
}

void receive_file(AppState& app, const std::string& name, std::string_view text) {
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

}  // namespace bpo::app
