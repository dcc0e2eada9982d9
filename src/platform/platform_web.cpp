#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>

#include "platform/platform.hpp"

extern "C" {
void bpo_js_copy_text(const char* text);
char* bpo_js_take_paste();  // malloc'ed UTF-8 or null
void bpo_js_set_title(const char* title);
void bpo_js_page_ready();
void bpo_js_page_fail(const char* message);
}

namespace bpo::platform {

CanvasMetrics canvas_metrics() {
    CanvasMetrics m;
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    m.css_width = static_cast<float>(w);
    m.css_height = static_cast<float>(h);
    m.pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    emscripten_get_canvas_element_size("#canvas", &m.framebuffer_width, &m.framebuffer_height);
    return m;
}

void copy_to_clipboard(const std::string& text) { bpo_js_copy_text(text.c_str()); }

std::string take_pasted_text() {
    char* raw = bpo_js_take_paste();
    if (!raw) return {};
    std::string text(raw);
    std::free(raw);
    return text;
}

void set_page_title(const std::string& title) { bpo_js_set_title(title.c_str()); }

void report_started() { bpo_js_page_ready(); }

void report_startup_failure(const std::string& message) { bpo_js_page_fail(message.c_str()); }

}  // namespace bpo::platform
