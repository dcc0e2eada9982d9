# Benchmark targets for ./build.sh bench (bench/run.sh), only with -DBPO_BENCH=ON.
#   native:       bpo_native_bench   the core timed natively (bench/native_bench.cpp)
#   WebAssembly:  bpo_bench_wasm     the core for node (-sENVIRONMENT=node, MODULARIZE), C functions
#                                    that bench/wasm_bench.mjs times (bench/wasm_bench_api.cpp)
#                 bpo_baseline       a bare Dear ImGui page (one window, one button) with the same
#                                    ImGui library, backends, compile definitions and link flags as
#                                    bpo_web: the baseline for first-load size and time
set(_bench ${CMAKE_SOURCE_DIR}/bench)

if(NOT EMSCRIPTEN)
  add_executable(bpo_native_bench ${_bench}/native_bench.cpp)
  target_link_libraries(bpo_native_bench PRIVATE bpo_core)
  target_include_directories(bpo_native_bench PRIVATE ${CMAKE_SOURCE_DIR})
  target_compile_options(bpo_native_bench PRIVATE ${BPO_WARNINGS})
  return()
endif()

# ---- the core under node ------------------------------------------------------------------------
add_executable(bpo_bench_wasm ${_bench}/wasm_bench_api.cpp)
target_link_libraries(bpo_bench_wasm PRIVATE bpo_core)
target_include_directories(bpo_bench_wasm PRIVATE ${CMAKE_SOURCE_DIR})
target_compile_options(bpo_bench_wasm PRIVATE ${BPO_WARNINGS})
# 16 MiB to start (the app starts at 32) so the peak heap figure shows what the work needs.
target_link_options(bpo_bench_wasm PRIVATE
  -O3 ${BPO_CORE_HOT_LINK_OPTIONS} -sENVIRONMENT=node -sMODULARIZE=1 -sEXPORT_NAME=createBpoBench
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16777216 -sTOTAL_STACK=1048576
  "-sEXPORTED_FUNCTIONS=['_malloc','_realloc','_free']"
  "-sEXPORTED_RUNTIME_METHODS=['ccall','cwrap','UTF8ToString','stringToUTF8','lengthBytesUTF8']")

# ---- the bare Dear ImGui page ---------------------------------------------------------------------
add_executable(bpo_baseline ${_bench}/baseline/main.cpp ${CMAKE_SOURCE_DIR}/src/app/frame_stats.cpp)
target_link_libraries(bpo_baseline PRIVATE imgui)
target_include_directories(bpo_baseline PRIVATE ${CMAKE_SOURCE_DIR}/src)
if(DEFINED BPO_WEB_LINK_OPTIONS)
  set(_web_link_options ${BPO_WEB_LINK_OPTIONS})
else()
  get_target_property(_web_link_options bpo_web LINK_OPTIONS)
endif()
target_link_options(bpo_baseline PRIVATE ${_web_link_options})
set_property(TARGET bpo_baseline APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/library_bpo.js)
