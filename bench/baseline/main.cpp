// The baseline page of the bench: a bare Dear ImGui app, one window with one button, built with
// the same ImGui library (GLFW + OpenGL3 backends on WebGL2, the same compile definitions) and
// the same link flags as bpo_web (cmake/Bench.cmake copies them). ImGui's default font.
// The bench compares the app's first load (bytes, time to first frame) and frame time with it.
#include <emscripten.h>
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include "app/frame_stats.hpp"

// bpo_web's ImGui is built with IMGUI_ENABLE_TEST_ENGINE (its item locator): the hooks must exist.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace {
GLFWwindow* window = nullptr;
unsigned long frames = 0;
int clicks = 0;

void frame() {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(20, 20), ImGuiCond_FirstUseEver);
    ImGui::Begin("Baseline");
    if (ImGui::Button("Button")) ++clicks;
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, w, h);
    glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++frames;
}
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE unsigned long baseline_frames() { return frames; }

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    window = glfwCreateWindow(1280, 800, "Baseline", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    bpo::app::frame_stats_install();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
