// The operations the bench times, shared by the native bench (native_bench.cpp, timed with
// std::chrono) and the WebAssembly bench (wasm_bench_api.cpp, timed from node): one agreement in
// memory, its document in each output format, import and export, the keystroke path of the app
// (edit command -> findings, completeness, document -> rendered preview) and the autosave path
// (Workspace::save_now over a storage).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "bench/bench_agreement.hpp"
#include "core/derived.hpp"
#include "core/document_builder.hpp"
#include "core/edit.hpp"
#include "core/json_format.hpp"
#include "core/render_docx.hpp"
#include "core/render_html.hpp"
#include "core/render_markdown.hpp"
#include "core/render_text.hpp"
#include "core/storage.hpp"
#include "core/workspace.hpp"

namespace bpo::bench {

enum class Format { Markdown = 0, Html = 1, Text = 2, Docx = 3 };

inline std::string render(const Document& d, Format f) {
    switch (f) {
        case Format::Markdown: return render_markdown(d);
        case Format::Html: return render_html(d);
        case Format::Text: return render_text(d);
        case Format::Docx: return render_docx(d);
    }
    return {};
}

struct BenchState {
    Agreement agreement;  // the generated or imported agreement the document figures use
    std::string out;      // the last output (kept so its bytes can be read and nothing is elided)

    // The editing session of the app, for the keystroke and autosave figures.
    std::unique_ptr<MemoryStorage> storage;
    std::unique_ptr<Workspace> workspace;
    Derived derived;
    std::int64_t clock_ms = 1000000;

    void generate(int rows) { agreement = make_bench_agreement(rows); }

    // build_document + one renderer: what "generate the document" costs.
    const std::string& document(Format f) {
        std::string().swap(out);  // the previous output is gone before the next is made, as in an export
        out = render(build_document(agreement), f);
        return out;
    }

    bool import_text(std::string_view text) {
        ImportResult r = import_agreement(text);
        if (!r.ok()) return false;
        agreement = std::move(r.agreement);
        return true;
    }

    const std::string& export_text() {
        out = export_agreement(agreement);
        return out;
    }

    // Opens `json` as a draft in a fresh workspace over in-memory storage.
    bool open_session(std::string_view json) {
        storage = std::make_unique<MemoryStorage>();
        workspace = std::make_unique<Workspace>(*storage);
        workspace->start(clock_ms);
        const ImportOutcome o = workspace->import_json(json, "Bench", clock_ms);
        derived = Derived{};
        refresh(derived, workspace->session().agreement, workspace->session().revision(),
                workspace->draft_id());
        return o.ok();
    }

    // One typed character in the title field: the edit command (merging into the previous one,
    // as typing does), then what the app derives before the next frame, then the preview text.
    std::size_t keystroke(int i) {
        Session& s = workspace->session();
        const std::string title = s.agreement.title.substr(0, 60) + static_cast<char>('a' + i % 26);
        clock_ms += 100;
        s.apply(set_value<std::string>("Edit title", "title",
                                       [](Agreement& a) { return &a.title; }, title, s.agreement),
                clock_ms);
        refresh(derived, s.agreement, s.revision(), workspace->draft_id());
        out = render_markdown(derived.document);
        return out.size() + derived.findings.size();
    }

    // An edit that is not timed, so the next autosave has something to write.
    void touch(int i) {
        Session& s = workspace->session();
        clock_ms += 2000;
        s.apply(set_value<std::string>("Edit title", "title", [](Agreement& a) { return &a.title; },
                                       "Autosave " + std::to_string(i), s.agreement),
                clock_ms);
    }

    // The autosave path: canonical export + the draft store's write.
    bool autosave() { return workspace->save_now(clock_ms) == WriteStatus::Ok; }
};

}  // namespace bpo::bench
