# Copies the header-only dependencies we use into a build-local include folder, so the
# WebAssembly build never sees /usr/include (its system headers would clash with Emscripten's).
# BPO_HEADER_ROOT overrides where they are taken from (default: Debian's /usr/include).
set(BPO_HEADER_ROOT "/usr/include" CACHE PATH "Where the header-only dependencies are installed")
set(BPO_STAGED_INCLUDE "${CMAKE_BINARY_DIR}/staged/include")

set(_bpo_header_items
  nlohmann            # nlohmann-json3-dev (multi-file: the whole folder)
  doctest             # doctest-dev
  dtl                 # libdtl-dev
)
foreach(item ${_bpo_header_items})
  if(NOT EXISTS "${BPO_HEADER_ROOT}/${item}")
    message(FATAL_ERROR "Missing ${BPO_HEADER_ROOT}/${item}: run ./build.sh setup")
  endif()
  file(COPY "${BPO_HEADER_ROOT}/${item}" DESTINATION "${BPO_STAGED_INCLUDE}")
endforeach()
