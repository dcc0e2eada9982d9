// Read-only access to the files under assets/, embedded at build time (cmake/EmbedAssets.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace bpo {

std::string_view asset_text(std::string_view name);  // empty when there is no such asset
std::vector<std::string_view> asset_names();          // every embedded asset, sorted by path

}  // namespace bpo
