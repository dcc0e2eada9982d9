# The WebAssembly app: Dear ImGui 1.86 (GLFW + OpenGL3 backends on WebGL2), our ui/platform/app
# layers, and the UI font subset from Debian's fonts-inter. Output: bpo_web.js + bpo_web.wasm.
set(IMGUI_DIR "" CACHE PATH "Dear ImGui 1.86 source tree (build.sh fetches Debian's source package)")
if(NOT EXISTS "${IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "IMGUI_DIR='${IMGUI_DIR}' has no imgui.h: run ./build.sh setup or set IMGUI_DIR")
endif()
set(BPO_FONT_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Where Inter's .otf files are")
set(BPO_PYTHON "/usr/bin/python3" CACHE FILEPATH "Python with fontTools (Debian's python3-fonttools)")

# ---- Dear ImGui as a library ---------------------------------------------------------------
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
# Test-engine hooks report every item's id, label and rectangle: window.bpo.locate() uses them.
target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_ENABLE_TEST_ENGINE
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS)
target_compile_options(imgui PRIVATE -w)
if(CMAKE_BUILD_TYPE STREQUAL "Release")
  target_compile_options(imgui PRIVATE -Os)  # what the page downloads: size first (issue 9)
endif()

# ---- the UI font, subset to what a contract needs, embedded as bytes -------------------------
# Latin, Latin-1, Latin Extended-A, typographic punctuation, currency signs, arrows, check marks.
# No layout tables (GPOS/GSUB): Dear ImGui 1.86 applies neither kerning nor ligatures.
# The body font (Regular) comes in two parts: printable ASCII, all a first visit's first frames
# show, and the rest, which the hosted page fetches after them (src/app/deferred_fonts.hpp).
set(BPO_FONT_ASCII "U+0020-007E")
set(BPO_FONT_EXTENDED "U+00A0-017F,U+2010-2027,U+2030-205E,U+20A0-20C0,U+2190-2199,U+2122,U+2713,U+2717,U+2022,U+25B2,U+25BC,U+25B6,U+25C0")
set(_fonts_out "${CMAKE_BINARY_DIR}/fonts")
# Subsets Inter `weight` to `unicodes` as fonts/Inter-<weight>.<part>.otf, and a source embedding
# it as font_inter_<weight>_<part>; sets _font_<weight>_<part>_subset and _source.
function(bpo_subset_font weight part unicodes)
  set(_subset "${_fonts_out}/Inter-${weight}.${part}.otf")
  add_custom_command(OUTPUT ${_subset}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_fonts_out}
    COMMAND ${BPO_PYTHON} -m fontTools.subset ${BPO_FONT_DIR}/Inter-${weight}.otf
            --unicodes=${unicodes} --layout-features= --no-hinting
            --output-file=${_subset}
    DEPENDS ${BPO_FONT_DIR}/Inter-${weight}.otf
    COMMENT "Subsetting Inter ${weight} (${part})")
  set(_cpp "${CMAKE_BINARY_DIR}/generated/font_inter_${weight}_${part}.cpp")
  add_custom_command(OUTPUT ${_cpp}
    COMMAND ${CMAKE_COMMAND} -DIN=${_subset} -DOUT=${_cpp} -DSYMBOL=font_inter_${weight}_${part}
            -P ${CMAKE_SOURCE_DIR}/cmake/GenerateBinary.cmake
    DEPENDS ${_subset} ${CMAKE_SOURCE_DIR}/cmake/GenerateBinary.cmake)
  set(_font_${weight}_${part}_subset ${_subset} PARENT_SCOPE)
  set(_font_${weight}_${part}_source ${_cpp} PARENT_SCOPE)
endfunction()
bpo_subset_font(Regular ascii "${BPO_FONT_ASCII}")
bpo_subset_font(Regular extended "${BPO_FONT_EXTENDED}")
bpo_subset_font(SemiBold all "${BPO_FONT_ASCII},${BPO_FONT_EXTENDED}")

# ---- the app ---------------------------------------------------------------------------------
# Compiled once, linked twice: bpo_web (bpo.js + bpo.wasm for the hosted site) and bpo_single
# (everything in one bpo-single.js, for the self-contained HTML file; built on request).
# What differs: after its first frame the hosted app fetches the assets, the headings' font
# and the body font's glyphs beyond ASCII (src/app/hosted/), the single file carries them inside
# (src/app/single/ and the core's table).
file(GLOB BPO_WEB_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/src/ui/*.cpp ${CMAKE_SOURCE_DIR}/src/app/*.cpp
  ${CMAKE_SOURCE_DIR}/src/platform/*_web.cpp)
file(GLOB BPO_WEB_HOSTED_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/app/hosted/*.cpp)
file(GLOB BPO_WEB_SINGLE_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/app/single/*.cpp)
# How every web-app source compiles: our includes and warnings, and for size in Release.
function(bpo_web_compile_settings target)
  target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_compile_options(${target} PRIVATE ${BPO_WARNINGS})
  if(CMAKE_BUILD_TYPE STREQUAL "Release")
    target_compile_options(${target} PRIVATE -Os)
  endif()
endfunction()
add_library(bpo_web_objects OBJECT ${BPO_WEB_SOURCES} ${_font_Regular_ascii_source})
target_link_libraries(bpo_web_objects PUBLIC bpo_core imgui)
bpo_web_compile_settings(bpo_web_objects)

set(BPO_WEB_EXPORTS "['_main','_malloc','_free']")
set(BPO_WEB_LINK_OPTIONS
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432 -sTOTAL_STACK=1048576
  -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0 -sTEXTDECODER=2 -sFILESYSTEM=0
  -sEXPORTED_FUNCTIONS=${BPO_WEB_EXPORTS}
  "-sEXPORTED_RUNTIME_METHODS=['ccall','cwrap','UTF8ToString','stringToUTF8','lengthBytesUTF8']"
  --js-library ${CMAKE_SOURCE_DIR}/src/platform/library_bpo.js)
if(CMAKE_BUILD_TYPE STREQUAL "Release")
  list(APPEND BPO_WEB_LINK_OPTIONS -Oz --closure=0)
else()
  list(APPEND BPO_WEB_LINK_OPTIONS -O1 -sASSERTIONS=1)
endif()

# Both app links: ImGui's ProggyClean font stays out (src/app/fonts.cpp says how). Not in
# BPO_WEB_LINK_OPTIONS, which the bench's bare ImGui page shares.
set(BPO_WEB_NO_PROGGY -Wl,--wrap=_ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig)

# The settings the two app links share; extra arguments are more link options.
function(bpo_web_app_link target)
  target_link_libraries(${target} PRIVATE bpo_core imgui)
  bpo_web_compile_settings(${target})
  target_link_options(${target} PRIVATE ${BPO_WEB_LINK_OPTIONS} ${BPO_WEB_NO_PROGGY} ${ARGN})
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/library_bpo.js)
endfunction()

# hosted/assets_fetched.cpp defines the core's asset_text and asset_names, so the linker never
# takes the embedded table (the generated assets_data.cpp) out of libbpo_core.a for bpo_web.
add_executable(bpo_web $<TARGET_OBJECTS:bpo_web_objects> ${BPO_WEB_HOSTED_SOURCES})
bpo_web_app_link(bpo_web)
set_target_properties(bpo_web PROPERTIES OUTPUT_NAME bpo)  # bpo.js + bpo.wasm + bpo.deferred.wasm

# ---- the hosted app in two parts (issue 9: what the first frame needs comes first) ---------------
# bpo.wasm keeps the functions listed in src/app/first_frame_functions.txt (what the welcome
# screen's first frames run, recorded by scripts/record_first_frame_functions.mjs); the rest goes
# to bpo.deferred.wasm, which web/app.js fetches right after the first frame. Any function the list
# misses still works: its first call loads the deferred part synchronously.
#   --profiling-funcs      function names in bpo.wasm.orig, for the list (not in the outputs)
#   -sSPLIT_MODULE=1       Emscripten's placeholder imports; bpo.wasm.orig is the whole module
#   one-caller inlining    capped, so that each view stays a function of its own and stays
#                          deferred, instead of being inlined into the one frame() that runs
find_program(BPO_WASM_SPLIT wasm-split REQUIRED)  # binaryen's, as Emscripten uses
# What the module may use (the hot core files are built with bulk memory and SIMD): wasm-split
# validates against these, as the link's target features section is gone by then.
set(BPO_WASM_SPLIT_FEATURES --enable-mutable-globals --enable-sign-ext --enable-bulk-memory --enable-simd
  --enable-nontrapping-float-to-int)
set(BPO_FIRST_FRAME_FUNCTIONS ${CMAKE_SOURCE_DIR}/src/app/first_frame_functions.txt)
target_link_options(bpo_web PRIVATE --profiling-funcs -sSPLIT_MODULE=1
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=100)
set_property(TARGET bpo_web APPEND PROPERTY LINK_DEPENDS ${BPO_FIRST_FRAME_FUNCTIONS})
add_custom_command(TARGET bpo_web POST_BUILD
  COMMAND ${BPO_WASM_SPLIT} bpo.wasm.orig ${BPO_WASM_SPLIT_FEATURES} --keep-funcs=@${BPO_FIRST_FRAME_FUNCTIONS}
          -o1 bpo.wasm -o2 bpo.deferred.wasm
  WORKING_DIRECTORY $<TARGET_FILE_DIR:bpo_web>
  COMMENT "Splitting bpo.wasm: first-frame code, and bpo.deferred.wasm"
  VERBATIM)

# The files web/app.js fetches after the first frame, next to bpo.wasm: bpo.assets (every asset),
# bpo.body-font-extended.otf and bpo.heading-font.otf.
bpo_pack_assets(${CMAKE_BINARY_DIR}/bpo.assets)
set(_deferred_files ${CMAKE_BINARY_DIR}/bpo.assets)
foreach(pair "body-font-extended;${_font_Regular_extended_subset}" "heading-font;${_font_SemiBold_all_subset}")
  list(GET pair 0 _name)
  list(GET pair 1 _subset)
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/bpo.${_name}.otf
    COMMAND ${CMAKE_COMMAND} -E copy ${_subset} ${CMAKE_BINARY_DIR}/bpo.${_name}.otf
    DEPENDS ${_subset})
  list(APPEND _deferred_files ${CMAKE_BINARY_DIR}/bpo.${_name}.otf)
endforeach()
add_custom_target(bpo_web_deferred_files DEPENDS ${_deferred_files})
add_dependencies(bpo_web bpo_web_deferred_files)

add_executable(bpo_single EXCLUDE_FROM_ALL $<TARGET_OBJECTS:bpo_web_objects> ${BPO_WEB_SINGLE_SOURCES}
  ${_font_Regular_extended_source} ${_font_SemiBold_all_source})
bpo_web_app_link(bpo_single -sSINGLE_FILE=1)
set_target_properties(bpo_single PROPERTIES OUTPUT_NAME bpo-single)  # bpo-single.js, wasm inside
