// The thin edge between the app and the browser. One header, one implementation per target
// chosen by CMake: platform_web.cpp (Emscripten) and, for native tests and tools, the core alone.
//
// Implemented (web):
//  [x] Canvas size in CSS pixels and device pixel ratio (the page keeps the backing store at
//      CSS size x DPR; GLFW 3.1.6 in Emscripten has no HiDPI of its own).
//  [x] Clipboard: copy through navigator.clipboard.writeText, paste from the page's paste event.
//  [x] Page title, startup success and failure reported to the page shell.
// Missing:
//  [ ] Storage, downloads and file open arrive with the drafts and export work.
#pragma once

#include <string>

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
std::string take_pasted_text();                        // text of the last paste event, then ""
void set_page_title(const std::string& title);
void report_started();                                 // the page hides its loading screen
void report_startup_failure(const std::string& message);  // the page shows its error screen

}  // namespace bpo::platform
