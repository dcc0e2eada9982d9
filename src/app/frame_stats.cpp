#include "app/frame_stats.hpp"

#include <emscripten.h>

#include <array>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>  // context hooks (NewFramePre, RenderPost)

namespace bpo::app {
namespace {

struct FrameStats {
    double started = 0;
    unsigned long count = 0;
    std::array<double, 600> ms{};  // ring buffer
};

FrameStats& stats() {
    static FrameStats s;
    return s;
}

void on_new_frame(ImGuiContext*, ImGuiContextHook*) { stats().started = emscripten_get_now(); }

void on_render_done(ImGuiContext*, ImGuiContextHook*) {
    FrameStats& s = stats();
    s.ms[s.count % s.ms.size()] = emscripten_get_now() - s.started;
    ++s.count;
}

}  // namespace

void frame_stats_install() {
    ImGuiContextHook begin;
    begin.Type = ImGuiContextHookType_NewFramePre;
    begin.Callback = on_new_frame;
    ImGui::AddContextHook(ImGui::GetCurrentContext(), &begin);
    ImGuiContextHook end;
    end.Type = ImGuiContextHookType_RenderPost;
    end.Callback = on_render_done;
    ImGui::AddContextHook(ImGui::GetCurrentContext(), &end);
}

}  // namespace bpo::app

extern "C" EMSCRIPTEN_KEEPALIVE const char* bpo_frame_stats() {
    using bpo::app::stats;
    static std::string text;
    const auto& s = stats();
    const unsigned long n = s.count < s.ms.size() ? s.count : s.ms.size();
    text = "{\"frames\":" + std::to_string(s.count) + ",\"ms\":[";
    for (unsigned long i = 0; i < n; ++i) {
        if (i) text += ',';
        text += std::to_string(s.ms[(s.count - n + i) % s.ms.size()]);
    }
    text += "]}";
    return text.c_str();
}
