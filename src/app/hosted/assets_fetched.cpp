// The hosted app's assets (core/assets.hpp): not embedded in the wasm but packed into bpo.assets
// (cmake/GenerateAssets.cmake), which the page fetches after the first frame. The welcome screen
// reads none; the first asset asked for takes the file from the page, which fetches it
// synchronously if it has not arrived yet (platform::deferred_file).
#include <cstdio>
#include <string>

#include "core/assets.hpp"
#include "platform/platform.hpp"

namespace bpo {
namespace {

constexpr const char* pack_file = "bpo.assets";
constexpr std::string_view pack_header = "bpo-assets 1\n";

struct Entry {
    std::string_view name;
    std::string_view text;
};

// Splits "<path>\n<byte count>\n<bytes>" records; an empty list when the pack is damaged.
std::vector<Entry> parse_pack(std::string_view pack) {
    std::vector<Entry> entries;
    if (pack.substr(0, pack_header.size()) != pack_header) return {};
    std::size_t at = pack_header.size();
    while (at < pack.size()) {
        const std::size_t name_end = pack.find('\n', at);
        const std::size_t size_end = name_end == std::string_view::npos ? name_end : pack.find('\n', name_end + 1);
        if (size_end == std::string_view::npos) return {};
        std::size_t size = 0;
        for (char c : pack.substr(name_end + 1, size_end - name_end - 1)) {
            if (c < '0' || c > '9') return {};
            size = size * 10 + static_cast<std::size_t>(c - '0');
        }
        if (size > pack.size() - size_end - 1) return {};
        entries.push_back({pack.substr(at, name_end - at), pack.substr(size_end + 1, size)});
        at = size_end + 1 + size;
    }
    return entries;
}

// Loaded once and kept for the life of the page: asset_text's views point into it. A failed
// load (offline before the file was ever cached) is tried again on the next call.
const std::vector<Entry>& entries() {
    static std::string pack;
    static std::vector<Entry> parsed;
    if (parsed.empty()) {
        pack = platform::deferred_file(pack_file);
        parsed = parse_pack(pack);
        if (parsed.empty()) std::fprintf(stderr, "%s could not be loaded: the catalog and clause texts are missing\n", pack_file);
    }
    return parsed;
}

}  // namespace

std::string_view asset_text(std::string_view name) {
    for (const Entry& e : entries())
        if (e.name == name) return e.text;
    return {};
}

std::vector<std::string_view> asset_names() {
    std::vector<std::string_view> names;
    for (const Entry& e : entries()) names.push_back(e.name);
    return names;
}

}  // namespace bpo
