#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "platform/platform.hpp"

extern "C" {
void bpo_js_copy_text(const char* text);
char* bpo_js_clipboard_text();  // malloc'ed UTF-8
char* bpo_js_take_typed();      // malloc'ed UTF-8 or null
void bpo_js_text_input_active(int active);
void bpo_js_set_title(const char* title);
void bpo_js_page_ready();
void bpo_js_page_fail(const char* message);
char* bpo_js_storage_get(const char* key);  // malloc'ed or null when absent
int bpo_js_storage_set(const char* key, const char* value);
void bpo_js_storage_remove(const char* key);
char* bpo_js_storage_keys();  // malloc'ed JSON array
void bpo_js_download(const char* name, const char* mime, const char* data, std::size_t size);
void bpo_js_open_html(const char* html);
void bpo_js_pick_file();
double bpo_js_now_ms();
char* bpo_js_page_address();         // malloc'ed
char* bpo_js_take_share_fragment();  // malloc'ed, "" when none
char* bpo_js_deferred_file(const char* name, std::size_t* size);  // malloc'ed bytes, or null
}

namespace bpo::platform {

namespace {
// Takes ownership of a malloc'ed C string from JavaScript.
std::string adopt(char* raw) {
    if (!raw) return {};
    std::string text(raw);
    std::free(raw);
    return text;
}

class LocalStorage final : public Storage {
public:
    std::optional<std::string> get(const std::string& key) const override {
        char* raw = bpo_js_storage_get(key.c_str());
        if (!raw) return std::nullopt;
        return adopt(raw);
    }
    WriteStatus set(const std::string& key, const std::string& value) override {
        switch (bpo_js_storage_set(key.c_str(), value.c_str())) {
            case 0: return WriteStatus::Ok;
            case 1: return WriteStatus::QuotaExceeded;
            default: return WriteStatus::Failed;
        }
    }
    void remove(const std::string& key) override { bpo_js_storage_remove(key.c_str()); }
    std::vector<std::string> keys() const override {
        const auto j = nlohmann::json::parse(adopt(bpo_js_storage_keys()), nullptr, false);
        std::vector<std::string> out;
        if (j.is_array())
            for (const auto& k : j)
                if (k.is_string()) out.push_back(k.get<std::string>());
        return out;
    }
};
}  // namespace

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
std::string clipboard_text() { return adopt(bpo_js_clipboard_text()); }
std::string take_typed_text() { return adopt(bpo_js_take_typed()); }
void set_text_input_active(bool active) { bpo_js_text_input_active(active ? 1 : 0); }
void set_page_title(const std::string& title) { bpo_js_set_title(title.c_str()); }
void report_started() { bpo_js_page_ready(); }
void report_startup_failure(const std::string& message) { bpo_js_page_fail(message.c_str()); }

std::unique_ptr<Storage> local_storage() { return std::make_unique<LocalStorage>(); }

void download(const std::string& file_name, std::string_view mime_type, std::string_view bytes) {
    const std::string mime(mime_type);
    bpo_js_download(file_name.c_str(), mime.c_str(), bytes.data(), bytes.size());
}

void open_html_in_new_tab(const std::string& html) { bpo_js_open_html(html.c_str()); }
void pick_file() { bpo_js_pick_file(); }
std::int64_t wall_clock_ms() { return static_cast<std::int64_t>(bpo_js_now_ms()); }
std::string page_address() { return adopt(bpo_js_page_address()); }
std::string take_share_fragment() { return adopt(bpo_js_take_share_fragment()); }

std::string deferred_file(const char* name) {
    std::size_t size = 0;
    char* raw = bpo_js_deferred_file(name, &size);
    if (!raw) return {};
    std::string bytes(raw, size);
    std::free(raw);
    return bytes;
}

}  // namespace bpo::platform
