#include "app/key_latch.hpp"

#include <GLFW/glfw3.h>

#include <set>
#include <vector>

#include <imgui.h>
#include <imgui_impl_glfw.h>

namespace bpo::app {

namespace {

struct HeldRelease {
    GLFWwindow* window;
    int key, scancode, mods;
};

std::set<int> pressed_since_frame;  // keys pressed after the last NewFrame
std::vector<HeldRelease> held;

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
    if (action == GLFW_RELEASE && pressed_since_frame.count(key)) {
        held.push_back({window, key, scancode, mods});
        return;
    }
    if (action == GLFW_PRESS) pressed_since_frame.insert(key);
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

// The browser's wheel: +deltaY means "scroll down", in pixels (Chrome: 100 a notch, trackpads
// a few at a time) or in lines (Firefox: 3 a notch; GLFW drops deltaMode, so small whole
// multiples of 3 are taken for lines). ImGui wants +1 per notch for "scroll up".
void on_scroll(GLFWwindow* window, double x, double y) {
    const auto steps = [](double delta) {
        const double magnitude = delta < 0 ? -delta : delta;
        const bool lines = magnitude > 0 && magnitude <= 15 && static_cast<long>(magnitude) % 3 == 0 &&
                           magnitude == static_cast<double>(static_cast<long>(magnitude));
        return -(lines ? delta / 3.0 : delta / 100.0);
    };
    ImGui_ImplGlfw_ScrollCallback(window, steps(x), steps(y));
}

}  // namespace

void key_latch_install(GLFWwindow* window) {
    glfwSetKeyCallback(window, on_key);
    glfwSetScrollCallback(window, on_scroll);
}

void key_latch_after_new_frame() {
    pressed_since_frame.clear();
    std::vector<HeldRelease> releases;
    releases.swap(held);
    for (const HeldRelease& r : releases) ImGui_ImplGlfw_KeyCallback(r.window, r.key, r.scancode, GLFW_RELEASE, r.mods);
}

}  // namespace bpo::app
