// Any JSON value read through the pull reader (core/json_reader) into an nlohmann::json, the way
// nlohmann's own parser would hold it (a repeated key: the last one wins), so tests and the fuzzer
// can compare the two readers value for value. False when the reader gave up.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/json_reader.hpp"

namespace bpo::testing {

inline bool pull_value(JsonPullReader& in, nlohmann::json& out) {
    using Next = JsonPullReader::Next;
    switch (in.peek()) {
        case Next::Object: {
            if (!in.begin_object()) return false;
            out = nlohmann::json::object();
            std::string_view key;
            while (in.next_member(key)) {
                std::string name(key);  // the view does not outlive the next read
                nlohmann::json value;
                if (!pull_value(in, value)) return false;
                out[name] = std::move(value);
            }
            return !in.failed();
        }
        case Next::Array: {
            if (!in.begin_array()) return false;
            out = nlohmann::json::array();
            while (in.next_item()) {
                out.push_back(nlohmann::json());
                if (!pull_value(in, out.back())) return false;
            }
            return !in.failed();
        }
        case Next::String: {
            std::string s;
            if (!in.read_string(s)) return false;
            out = std::move(s);
            return true;
        }
        case Next::Number: {
            JsonNumber n;
            if (!in.read_number(n)) return false;
            if (n.type == JsonNumber::Type::Unsigned) out = n.unsigned_value;
            else if (n.type == JsonNumber::Type::Integer) out = n.integer_value;
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

}  // namespace bpo::testing
