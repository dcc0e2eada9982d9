// Dear ImGui 1.86 reads key state once per frame (it has no input queue yet), so a key pressed
// and released between two frames - fast typing of shortcuts, automation - is never seen.
// The latch holds such a release back until ImGui has seen the key down for one frame.
// Also: Emscripten 3.1.6's GLFW hands the browser's raw wheel deltas (pixels, and inverted)
// to ImGui; the latch installs a scroll callback that turns them into wheel steps.
#pragma once

struct GLFWwindow;

namespace bpo::app {

void key_latch_install(GLFWwindow* window);  // after ImGui_ImplGlfw_InitForOpenGL
void key_latch_after_new_frame();            // after ImGui::NewFrame(): deliver held releases

}  // namespace bpo::app
