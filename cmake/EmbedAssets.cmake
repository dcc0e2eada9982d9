# Turns every text file under assets/ (except icons) into a string constant in one generated
# source, so the catalog and clause texts stay editable data but ship inside native and wasm
# binaries alike. Lookup: bpo::asset_text("catalog/services.json") in core/assets.hpp.
function(bpo_embed_assets out_var)
  file(GLOB_RECURSE _assets CONFIGURE_DEPENDS RELATIVE ${CMAKE_SOURCE_DIR}/assets
    ${CMAKE_SOURCE_DIR}/assets/*.json ${CMAKE_SOURCE_DIR}/assets/*.mustache
    ${CMAKE_SOURCE_DIR}/assets/*.md ${CMAKE_SOURCE_DIR}/assets/*.txt ${CMAKE_SOURCE_DIR}/assets/*.xml
    ${CMAKE_SOURCE_DIR}/assets/*.css)
  set(_out "${CMAKE_BINARY_DIR}/generated/assets_data.cpp")
  set(_deps "")
  foreach(a ${_assets})
    list(APPEND _deps "${CMAKE_SOURCE_DIR}/assets/${a}")
  endforeach()
  string(REPLACE ";" "|" _assets_arg "${_assets}")  # a list cannot cross the command line
  add_custom_command(
    OUTPUT ${_out}
    COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR}/assets -DOUT=${_out}
            "-DFILES=${_assets_arg}" -P ${CMAKE_SOURCE_DIR}/cmake/GenerateAssets.cmake
    DEPENDS ${_deps} ${CMAKE_SOURCE_DIR}/cmake/GenerateAssets.cmake
    COMMENT "Embedding assets"
    VERBATIM)
  set(${out_var} ${_out} PARENT_SCOPE)
endfunction()
