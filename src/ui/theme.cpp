#include "ui/theme.hpp"

#include <imgui.h>

namespace bpo::ui {

namespace {
ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
    return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                  static_cast<float>(b) / 255.0f, a);
}

void shared_shape(ImGuiStyle& s) {
    s.WindowRounding = 0;
    s.ChildRounding = 4;
    s.FrameRounding = 4;
    s.PopupRounding = 4;
    s.GrabRounding = 4;
    s.TabRounding = 4;
    s.ScrollbarRounding = 6;
    s.WindowBorderSize = 0;
    s.FrameBorderSize = 1;
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(8, 7);
    s.CellPadding = ImVec2(6, 4);
    s.ScrollbarSize = 12;
}
}  // namespace

void apply_theme(Theme theme) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    ImVec4* c = s.Colors;
    if (theme == Theme::Dark) {
        ImGui::StyleColorsDark(&s);
        c[ImGuiCol_WindowBg] = rgb(28, 31, 38);
        c[ImGuiCol_ChildBg] = rgb(33, 37, 45);
        c[ImGuiCol_PopupBg] = rgb(36, 40, 49);
        c[ImGuiCol_MenuBarBg] = rgb(22, 25, 31);
        c[ImGuiCol_FrameBg] = rgb(45, 50, 61);
        c[ImGuiCol_FrameBgHovered] = rgb(55, 62, 76);
        c[ImGuiCol_FrameBgActive] = rgb(63, 71, 88);
        c[ImGuiCol_Header] = rgb(46, 86, 140);
        c[ImGuiCol_HeaderHovered] = rgb(56, 100, 160);
        c[ImGuiCol_HeaderActive] = rgb(64, 112, 178);
        c[ImGuiCol_Button] = rgb(46, 86, 140);
        c[ImGuiCol_ButtonHovered] = rgb(56, 100, 160);
        c[ImGuiCol_ButtonActive] = rgb(64, 112, 178);
        c[ImGuiCol_Text] = rgb(226, 230, 236);
        c[ImGuiCol_TextDisabled] = rgb(140, 148, 160);
        c[ImGuiCol_Border] = rgb(60, 66, 80);
    } else {
        ImGui::StyleColorsLight(&s);
        c[ImGuiCol_WindowBg] = rgb(246, 247, 249);
        c[ImGuiCol_ChildBg] = rgb(255, 255, 255);
        c[ImGuiCol_PopupBg] = rgb(255, 255, 255);
        c[ImGuiCol_MenuBarBg] = rgb(232, 236, 242);
        c[ImGuiCol_FrameBg] = rgb(250, 251, 253);
        c[ImGuiCol_FrameBgHovered] = rgb(238, 243, 250);
        c[ImGuiCol_FrameBgActive] = rgb(228, 236, 248);
        c[ImGuiCol_Header] = rgb(214, 228, 247);
        c[ImGuiCol_HeaderHovered] = rgb(198, 217, 243);
        c[ImGuiCol_HeaderActive] = rgb(182, 206, 240);
        c[ImGuiCol_Button] = rgb(37, 99, 175);
        c[ImGuiCol_ButtonHovered] = rgb(30, 86, 158);
        c[ImGuiCol_ButtonActive] = rgb(24, 72, 138);
        c[ImGuiCol_Text] = rgb(28, 32, 40);
        c[ImGuiCol_TextDisabled] = rgb(110, 118, 130);
        c[ImGuiCol_Border] = rgb(208, 214, 224);
    }
    shared_shape(s);
}

float em(float multiples) { return ImGui::GetFontSize() * multiples; }

}  // namespace bpo::ui
