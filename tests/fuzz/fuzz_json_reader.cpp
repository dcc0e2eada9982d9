// libFuzzer target for the pull reader alone (core/json_reader): on any bytes it must never accept
// what nlohmann's parser refuses, and what it reads must be the value nlohmann reads, number types
// included. (It may give up on valid JSON: the importer then takes its DOM path.)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/json_reader.hpp"
#include "../json_pull_value.hpp"

namespace {

using json = nlohmann::json;

using bpo::testing::pull_value;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // nlohmann skips a byte order mark and stops at a NUL byte; the reader does neither (the
    // importer removes one mark itself and gives up on NUL), so compare on text without them.
    if (text.find('\0') != std::string_view::npos || text.substr(0, 3) == "\xEF\xBB\xBF") return 0;
    bpo::JsonPullReader in(text, 64, 100000);
    json ours;
    const bool read = pull_value(in, ours) && in.at_end();
    const json theirs = json::parse(text.begin(), text.end(), nullptr, false);
    if (!read) return 0;
    if (theirs.is_discarded()) std::abort();  // accepted what nlohmann refuses
    if (ours != theirs || ours.dump() != theirs.dump()) std::abort();  // read another value
    return 0;
}
