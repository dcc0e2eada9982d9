# Turns every text file under assets/ (except icons) into a string constant in one generated
# source, so the catalog and clause texts stay editable data but ship inside native and wasm
# binaries alike. Lookup: bpo::asset_text("catalog/services.json") in core/assets.hpp.
# The hosted web app instead fetches them after its first frame as one file (bpo_pack_assets).
macro(bpo_list_assets out_var)
  file(GLOB_RECURSE ${out_var} CONFIGURE_DEPENDS RELATIVE ${CMAKE_SOURCE_DIR}/assets
    ${CMAKE_SOURCE_DIR}/assets/*.json ${CMAKE_SOURCE_DIR}/assets/*.mustache
    ${CMAKE_SOURCE_DIR}/assets/*.md ${CMAKE_SOURCE_DIR}/assets/*.txt ${CMAKE_SOURCE_DIR}/assets/*.xml
    ${CMAKE_SOURCE_DIR}/assets/*.css)
endmacro()

# Runs cmake/GenerateAssets.cmake to write `out` from every asset, in the given MODE
# (source: the C++ table; pack: the file the hosted app fetches).
function(_bpo_generate_assets mode out comment)
  bpo_list_assets(_assets)
  set(_deps "")
  foreach(a ${_assets})
    list(APPEND _deps "${CMAKE_SOURCE_DIR}/assets/${a}")
  endforeach()
  string(REPLACE ";" "|" _assets_arg "${_assets}")  # a list cannot cross the command line
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DMODE=${mode} -DSRC=${CMAKE_SOURCE_DIR}/assets -DOUT=${out}
            "-DFILES=${_assets_arg}" -P ${CMAKE_SOURCE_DIR}/cmake/GenerateAssets.cmake
    DEPENDS ${_deps} ${CMAKE_SOURCE_DIR}/cmake/GenerateAssets.cmake
    COMMENT "${comment}"
    VERBATIM)
endfunction()

function(bpo_embed_assets out_var)
  set(_out "${CMAKE_BINARY_DIR}/generated/assets_data.cpp")
  _bpo_generate_assets(source ${_out} "Embedding assets")
  set(${out_var} ${_out} PARENT_SCOPE)
endfunction()

# The assets as one file (format in cmake/GenerateAssets.cmake), read by src/app/hosted/assets_fetched.cpp.
function(bpo_pack_assets out_file)
  _bpo_generate_assets(pack ${out_file} "Packing assets for the hosted app")
endfunction()
