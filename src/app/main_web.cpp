// The Emscripten entry point: GLFW window on the page's canvas, WebGL2 context, Dear ImGui,
// and the frame loop that sizes everything from the canvas metrics the page maintains.
#include <emscripten.h>
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <cfloat>
#include <memory>
#include <string>
#include <chrono>

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/frame_stats.hpp"
#include "app/item_locator.hpp"
#include "app/key_latch.hpp"
#include "core/packed_storage.hpp"
#include "platform/platform.hpp"

#include <nlohmann/json.hpp>

namespace bpo::app {

AppState& state() {
    static AppState s;
    return s;
}

namespace {

GLFWwindow* window = nullptr;
constexpr const char* ui_prefs_key = "bpo.v1.ui";  // theme and section, restored on reload

std::int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Clipboard for ImGui's text fields: the page keeps the last copied or pasted text.
const char* get_clipboard(void*) {
    static std::string text;
    text = platform::clipboard_text();
    return text.c_str();
}
void set_clipboard(void*, const char* text) { platform::copy_to_clipboard(text ? text : ""); }

void load_ui_prefs(AppState& app) {
    const auto text = app.storage->get(ui_prefs_key);
    if (!text) return;
    const auto j = nlohmann::json::parse(*text, nullptr, false);
    if (!j.is_object()) return;
    if (j.value("theme", "") == "dark") app.ui.theme = ui::Theme::Dark;
    const std::string section = j.value("section", "");
    for (Section s : all_sections)
        if (section_id(s) == section) app.ui.section = s;
}

void save_ui_prefs(AppState& app) {
    static std::string saved;
    const nlohmann::json j = {{"theme", app.ui.theme == ui::Theme::Dark ? "dark" : "light"},
                              {"section", std::string(section_id(app.ui.section))}};
    const std::string text = j.dump();
    if (text == saved) return;
    if (app.storage->set(ui_prefs_key, text) == WriteStatus::Ok) saved = text;
}

void start(AppState& app) {
    app.storage = std::make_unique<PackedStorage>(platform::local_storage());
    app.workspace = std::make_unique<Workspace>(*app.storage);
    for (const StorageIssue& issue : app.workspace->start(platform::wall_clock_ms()))
        app.ui.messages.push_back(issue.message);
    load_ui_prefs(app);
    take_share_link(app);  // opened with "#a=...": offer the import
}

void frame() {
    AppState& app = state();
    const platform::CanvasMetrics m = platform::canvas_metrics();
    // A first visit's first frame is the welcome screen and nothing anyone typed: ASCII text only.
    // Its atlas bakes just that, and the complete one follows on the next frame (issue 9).
    const bool built_in_text_only = app.frame == 0 && !app.workspace->has_draft() && app.ui.messages.empty() &&
                                    !app.ui.share_offer && app.workspace->store().list(true).empty();
    if (ensure_fonts(m.pixel_ratio, built_in_text_only ? FontGlyphs::AsciiOnly : FontGlyphs::All)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        // On the first frame the backend's first NewFrame creates the texture with its other GL
        // objects: uploading it here too would upload it twice (and leak the first).
        if (app.frame > 0) ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    if (app.ui.theme_changed) {
        ui::apply_theme(app.ui.theme);
        app.ui.theme_changed = false;
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // GLFW 3.1.6 in Emscripten knows nothing of HiDPI: the page keeps the backing store at
    // CSS size x DPR, so ImGui works in CSS pixels and renders at the framebuffer scale.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(m.css_width, m.css_height);
    io.DisplayFramebufferScale = ImVec2(m.pixel_ratio, m.pixel_ratio);
    if (io.MousePos.x != -FLT_MAX)  // GLFW reports backing-store pixels
        io.MousePos = ImVec2(io.MousePos.x / m.pixel_ratio, io.MousePos.y / m.pixel_ratio);
    const std::string typed = platform::take_typed_text();
    if (!typed.empty()) io.AddInputCharactersUTF8(typed.c_str());

    Workspace& ws = *app.workspace;
    const std::int64_t wall = platform::wall_clock_ms();
    // Findings, completeness and the document only show with a draft open. The welcome screen
    // needs none of it: it stays cheap, and its code can load after the first frame (web/app.js).
    if (ws.has_draft())
        refresh(app.derived, ws.session().agreement, ws.session().revision(), ws.draft_id(),
                ws.playbook() ? &*ws.playbook() : nullptr, ws.playbook_generation());
    else if (app.derived.revision != Derived{}.revision)
        app.derived = Derived{};  // nothing derived from a closed draft may outlive it

    locator_begin_frame();
    ImGui::NewFrame();
    key_latch_after_new_frame();
    // A text field still active when another draft opened (by automation, a file drop or another
    // tab) would write its old text into the new draft: let go of it.
    static std::string last_draft;
    if (ws.draft_id() != last_draft) {
        last_draft = ws.draft_id();
        ImGui::ClearActiveID();
    }
    ui::draw_app(ws, app.derived, app.ui, now_ms(), wall);
    ImGui::Render();

    platform::set_text_input_active(io.WantTextInput);
    run_requests(app);
    ws.tick(wall);
    save_ui_prefs(app);
    const std::string title = ws.has_draft() ? ws.draft_name() + " - BPO agreement builder" : "BPO agreement builder";
    static std::string shown_title;
    if (title != shown_title) platform::set_page_title(shown_title = title);

    glViewport(0, 0, m.framebuffer_width, m.framebuffer_height);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++app.frame;
}

}  // namespace
}  // namespace bpo::app

int main() {
    using namespace bpo::app;
    if (!glfwInit()) {
        bpo::platform::report_startup_failure("The window system (GLFW) could not start.");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    const bpo::platform::CanvasMetrics m = bpo::platform::canvas_metrics();
    window = glfwCreateWindow(m.framebuffer_width > 0 ? m.framebuffer_width : 1280,
                              m.framebuffer_height > 0 ? m.framebuffer_height : 720,
                              "BPO agreement builder", nullptr, nullptr);
    if (!window) {
        bpo::platform::report_startup_failure("This browser could not create a WebGL2 context.");
        return 1;
    }
    glfwMakeContextCurrent(window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.IniFilename = nullptr;  // layout is ours, not a file
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;
    locator_enable();
    frame_stats_install();  // NewFrame -> Render times for the bench (bpo_frame_stats)
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    key_latch_install(window);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    // The GLFW backend installs its own clipboard functions (empty stubs in Emscripten 3.1.6).
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;

    start(state());
    bpo::platform::report_started();
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
