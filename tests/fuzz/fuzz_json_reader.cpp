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

namespace {

using json = nlohmann::json;

bool pull_value(bpo::JsonPullReader& in, json& out) {
    using Next = bpo::JsonPullReader::Next;
    switch (in.peek()) {
        case Next::Object: {
            if (!in.begin_object()) return false;
            out = json::object();
            std::string_view key;
            while (in.next_member(key)) {
                std::string name(key);
                json value;
                if (!pull_value(in, value)) return false;
                out[name] = std::move(value);
            }
            return !in.failed();
        }
        case Next::Array: {
            if (!in.begin_array()) return false;
            out = json::array();
            while (in.next_item()) {
                out.push_back(json());
                if (!pull_value(in, out.back())) return false;
            }
            return !in.failed();
        }
        case Next::String: {
            std::string s;
            if (!in.read_string(s)) return false;
            out = s;
            return true;
        }
        case Next::Number: {
            bpo::JsonNumber n;
            if (!in.read_number(n)) return false;
            if (n.type == bpo::JsonNumber::Type::Unsigned) out = n.unsigned_value;
            else if (n.type == bpo::JsonNumber::Type::Integer) out = n.integer_value;
            else out = n.float_value;
            return true;
        }
        case Next::True:
        case Next::False: {
            bool b = false;
            if (!in.read_bool(b)) return false;
            out = b;
            return true;
        }
        case Next::Null: out = nullptr; return in.read_null();
        case Next::Other: break;
    }
    return in.give_up();
}

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
