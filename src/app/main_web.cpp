// The Emscripten entry point: GLFW window on the page's canvas, WebGL2 context, Dear ImGui,
// and the frame loop that sizes everything from the canvas metrics the page maintains.
#include <emscripten.h>
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <cfloat>
#include <chrono>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app/app_state.hpp"
#include "app/fonts.hpp"
#include "app/item_locator.hpp"
#include "platform/platform.hpp"

namespace bpo::app {

AppState& state() {
    static AppState s;
    return s;
}

namespace {

GLFWwindow* window = nullptr;

std::int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void frame() {
    AppState& app = state();
    const platform::CanvasMetrics m = platform::canvas_metrics();
    if (ensure_fonts(m.pixel_ratio)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
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

    locator_begin_frame();
    ImGui::NewFrame();
    ui::draw_app(app.session, app.ui, now_ms());
    ImGui::Render();

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
    locator_enable();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    bpo::platform::report_started();
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
