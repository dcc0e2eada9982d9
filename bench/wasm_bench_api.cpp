// The core as WebAssembly for node (target bpo_bench_wasm, cmake/Bench.cmake): C functions over
// one BenchState that bench/wasm_bench.mjs times from JavaScript. Strings cross as pointers into
// the heap; the caller copies results out (that copy is part of what it times).
#include <malloc.h>

#include <emscripten.h>

#include "bench/bench_ops.hpp"

using namespace bpo;
using namespace bpo::bench;

namespace {
BenchState& state() {
    static BenchState s;
    return s;
}
}  // namespace

extern "C" {

// Replaces the agreement by the generated one with `rows` services and service levels.
EMSCRIPTEN_KEEPALIVE int bench_generate(int rows) {
    state().generate(rows);
    return static_cast<int>(state().agreement.services.size());
}

// build_document + render (0 markdown, 1 html, 2 text, 3 docx); the bytes stay in the heap.
EMSCRIPTEN_KEEPALIVE const char* bench_document(int format) {
    return state().document(static_cast<Format>(format)).data();
}

// Size in bytes of the last output (document, export).
EMSCRIPTEN_KEEPALIVE int bench_output_size() { return static_cast<int>(state().out.size()); }

// Imports `size` bytes of UTF-8 JSON text with full validation; 1 when valid.
EMSCRIPTEN_KEEPALIVE int bench_import(const char* text, int size) {
    return state().import_text(std::string_view(text, static_cast<std::size_t>(size))) ? 1 : 0;
}

// The canonical export of the agreement.
EMSCRIPTEN_KEEPALIVE const char* bench_export() { return state().export_text().c_str(); }

// The editing session (fixture JSON as a draft over in-memory storage), keystroke and autosave.
EMSCRIPTEN_KEEPALIVE int bench_open_session(const char* json) { return state().open_session(json) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int bench_keystroke(int i) { return static_cast<int>(state().keystroke(i)); }
EMSCRIPTEN_KEEPALIVE void bench_touch(int i) { state().touch(i); }
EMSCRIPTEN_KEEPALIVE int bench_autosave() { return state().autosave() ? 1 : 0; }

// Bytes malloc has obtained from the heap (mallinfo arena) and has in use (uordblks).
EMSCRIPTEN_KEEPALIVE int bench_malloc_arena() { return static_cast<int>(mallinfo().arena); }
EMSCRIPTEN_KEEPALIVE int bench_malloc_in_use() { return static_cast<int>(mallinfo().uordblks); }

}  // extern "C"
