// Frame CPU time inside the app: from the start of ImGui::NewFrame() to the end of
// ImGui::Render() (ImGui context hooks), for the last 600 frames. Read by the bench
// (bench/browser_bench.mjs) through Module.ccall('bpo_frame_stats', 'string').
#pragma once

namespace bpo::app {

void frame_stats_install();  // once, after ImGui::CreateContext()

}  // namespace bpo::app

// {"frames": <frames measured so far>, "ms": [<durations of the most recent frames, oldest first>]}
extern "C" const char* bpo_frame_stats();
