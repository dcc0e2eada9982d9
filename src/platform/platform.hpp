// The thin edge between the app and the browser. One header, one implementation per target
// chosen by CMake: platform_web.cpp (Emscripten); natively the core runs alone, with
// MemoryStorage (core/storage.hpp) standing in for localStorage in tests and the CLI.
//
// Implemented (web):
//  [x] Canvas size in CSS pixels and device pixel ratio (the page keeps the backing store at
//      CSS size x DPR; GLFW 3.1.6 in Emscripten has no HiDPI of its own).
//  [x] Clipboard: copy through navigator.clipboard.writeText, paste from the page's paste event.
//  [x] Text input through a hidden textarea: accents, dead keys, IME composition, non-Latin text
//      (GLFW 3.1.6 only forwards keypress characters).
//  [x] localStorage as a Storage, with QuotaExceededError reported, not thrown.
//  [x] Downloads (Blob + <a download>), the HTML in a new tab, file picking and drag-and-drop
//      (the page delivers the file's text to bpo_file_received).
//  [x] Page title, startup success and failure reported to the page shell.
//  [x] The page's address for share links, and the share fragment it was opened with (taken
//      once, then removed from the address bar with history.replaceState).
//  [x] Files the hosted page fetches after the first frame (bpo.assets), handed over on request.
// Missing:
//  [ ] Touch input beyond what GLFW maps to the mouse.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/storage.hpp"

namespace bpo::platform {

struct CanvasMetrics {
    float css_width = 0;        // layout size, what ImGui calls DisplaySize
    float css_height = 0;
    float pixel_ratio = 1;      // devicePixelRatio
    int framebuffer_width = 0;  // backing store in device pixels
    int framebuffer_height = 0;
};

CanvasMetrics canvas_metrics();                        // read once per frame
void copy_to_clipboard(const std::string& text);       // system clipboard, asynchronous
std::string clipboard_text();                          // the last text copied or pasted
std::string take_typed_text();                         // text typed since the last call (UTF-8)
void set_text_input_active(bool active);               // ImGui wants text: keep the textarea focused
void set_page_title(const std::string& title);
void report_started();                                 // the page hides its loading screen
void report_startup_failure(const std::string& message);  // the page shows its error screen

std::unique_ptr<Storage> local_storage();              // window.localStorage
// Saves bytes as a file download named `file_name`.
void download(const std::string& file_name, std::string_view mime_type, std::string_view bytes);
void open_html_in_new_tab(const std::string& html);    // for printing to PDF
void pick_file();                                      // the page calls bpo_file_received later
std::int64_t wall_clock_ms();                          // Date.now(): for timestamps users see
std::string page_address();                            // location.origin + pathname (no query, no fragment)
// The address bar's "#a=..." fragment, if any; it is removed from the address bar (replaceState).
std::string take_share_fragment();
// The bytes of a file the hosted page fetches after its first frame (web/app.js), fetched
// synchronously if it has not arrived yet; empty when it cannot be had (offline, never cached).
std::string deferred_file(const char* name);

}  // namespace bpo::platform
