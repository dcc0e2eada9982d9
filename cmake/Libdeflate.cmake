# libdeflate: whole-buffer deflate for the .docx container (core/zip_memory.cpp), about twice as
# fast as zlib's streaming deflate at a similar size. Natively Debian's libdeflate-dev; for
# WebAssembly libdeflate's Debian source package (fetched by build.sh next to zlib's), built with
# emcc: only the compressor is needed.
if(EMSCRIPTEN)
  set(LIBDEFLATE_SOURCE_DIR "" CACHE PATH "libdeflate source tree")
  if(NOT LIBDEFLATE_SOURCE_DIR AND ZLIB_SOURCE_DIR)
    # Fetched into the same folder as zlib's sources: found without another option.
    get_filename_component(_deps_src "${ZLIB_SOURCE_DIR}" DIRECTORY)
    file(GLOB _found LIST_DIRECTORIES true "${_deps_src}/libdeflate-*")  # the tarballs: libdeflate_*
    if(_found)
      list(GET _found 0 _first)
      set(LIBDEFLATE_SOURCE_DIR "${_first}" CACHE PATH "libdeflate source tree" FORCE)
    endif()
  endif()
  if(NOT EXISTS "${LIBDEFLATE_SOURCE_DIR}/libdeflate.h")
    message(FATAL_ERROR "LIBDEFLATE_SOURCE_DIR='${LIBDEFLATE_SOURCE_DIR}' has no libdeflate.h: run ./build.sh setup")
  endif()
  set(_d ${LIBDEFLATE_SOURCE_DIR})
  add_library(bpo_libdeflate STATIC ${_d}/lib/deflate_compress.c ${_d}/lib/utils.c)
  target_compile_options(bpo_libdeflate PRIVATE -w)  # third-party code: not ours to warn about
  # With the hot core's wasm features (SIMD lets its hash-table set-up and matching vectorise:
  # about a quarter faster) when the build enables them.
  if(BPO_CORE_HOT_FEATURES)
    target_compile_options(bpo_libdeflate PRIVATE ${BPO_CORE_HOT_FEATURES})
  endif()
  # <libdeflate.h> as on Debian: stage the public header.
  file(COPY ${_d}/libdeflate.h DESTINATION ${BPO_STAGED_INCLUDE})
  target_include_directories(bpo_libdeflate PUBLIC ${BPO_STAGED_INCLUDE})
else()
  find_path(LIBDEFLATE_INCLUDE_DIR libdeflate.h)
  find_library(LIBDEFLATE_LIBRARY deflate)
  if(NOT LIBDEFLATE_INCLUDE_DIR OR NOT LIBDEFLATE_LIBRARY)
    message(FATAL_ERROR "libdeflate not found: install libdeflate-dev (./build.sh setup)")
  endif()
  add_library(bpo_libdeflate INTERFACE)
  target_include_directories(bpo_libdeflate INTERFACE ${LIBDEFLATE_INCLUDE_DIR})
  target_link_libraries(bpo_libdeflate INTERFACE ${LIBDEFLATE_LIBRARY})
endif()
