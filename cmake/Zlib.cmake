# zlib built from source for WebAssembly (Emscripten's zlib port would download).
# ZLIB_SOURCE_DIR is zlib's Debian source package, fetched by build.sh.
set(ZLIB_SOURCE_DIR "" CACHE PATH "zlib source tree")
if(NOT EXISTS "${ZLIB_SOURCE_DIR}/zlib.h")
  message(FATAL_ERROR "ZLIB_SOURCE_DIR='${ZLIB_SOURCE_DIR}' has no zlib.h: run ./build.sh setup")
endif()
set(_z ${ZLIB_SOURCE_DIR})
add_library(bpo_zlib STATIC
  ${_z}/adler32.c ${_z}/crc32.c ${_z}/deflate.c ${_z}/inflate.c ${_z}/inffast.c
  ${_z}/inftrees.c ${_z}/trees.c ${_z}/zutil.c)
target_compile_definitions(bpo_zlib PRIVATE Z_HAVE_UNISTD_H)
target_compile_options(bpo_zlib PRIVATE -w)  # third-party code: not ours to warn about
# <zlib.h> as on Debian: stage the public headers.
file(COPY ${_z}/zlib.h ${_z}/zconf.h DESTINATION ${BPO_STAGED_INCLUDE})
target_include_directories(bpo_zlib PUBLIC ${BPO_STAGED_INCLUDE})
