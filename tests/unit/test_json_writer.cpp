// The JSON writer: its text is nlohmann's dump(2, ' ', false, replace) of the same value, byte for
// byte (numbers, escapes, invalid UTF-8, empty containers, indentation, key order), its count is
// the size of that text, and its DOM is the value itself.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "core/json_writer.hpp"

namespace {

using ojson = nlohmann::ordered_json;

// Makes the writer calls that describe `value`.
void replay(const ojson& value, bpo::JsonOutput& out) {
    switch (value.type()) {
        case ojson::value_t::object:
            out.begin_object();
            for (const auto& member : value.items()) {
                out.key(member.key());
                replay(member.value(), out);
            }
            out.end_object();
            return;
        case ojson::value_t::array:
            out.begin_array();
            for (const ojson& item : value) replay(item, out);
            out.end_array();
            return;
        case ojson::value_t::string: return out.string_value(value.get_ref<const std::string&>());
        case ojson::value_t::boolean: return out.bool_value(value.get<bool>());
        case ojson::value_t::number_integer:
        case ojson::value_t::number_unsigned: return out.integer_value(value.get<std::int64_t>());
        case ojson::value_t::number_float: return out.float_value(value.get<double>());
        default: return out.null_value();
    }
}

std::string dumped(const ojson& value) {
    return value.dump(2, ' ', false, ojson::error_handler_t::replace);
}

std::string written(const ojson& value) {
    std::string text;
    bpo::JsonTextWriter writer(&text);
    replay(value, writer);
    CHECK(writer.size() == text.size());
    bpo::JsonTextWriter counter(nullptr);
    replay(value, counter);
    CHECK(counter.size() == text.size());
    return text;
}

void check_same_as_dump(const ojson& value) {
    CAPTURE(dumped(value));
    CHECK(written(value) == dumped(value));
}

}  // namespace

TEST_CASE("json writer: doubles are nlohmann's shortest round-trip form") {
    const double doubles[] = {0.0,
                              -0.0,
                              80.0,
                              0.1,
                              0.3,
                              1.0 / 3.0,
                              2.5,
                              -12.75,
                              1e-7,
                              1e21,
                              1e22,
                              123456789.125,
                              9007199254740993.0,
                              5e-324,
                              2.2250738585072014e-308,
                              std::numeric_limits<double>::max(),
                              -std::numeric_limits<double>::max()};
    for (const double d : doubles) {
        CAPTURE(d);
        check_same_as_dump(ojson(d));
        check_same_as_dump(ojson::array({d, ojson::object({{"x", d}})}));
    }
    CHECK(written(ojson(80.0)) == "80.0");
    CHECK(written(ojson(0.1)) == "0.1");
    // Not finite: null, as nlohmann writes them.
    CHECK(written(ojson(std::numeric_limits<double>::quiet_NaN())) == "null");
    CHECK(written(ojson(std::numeric_limits<double>::infinity())) == "null");
    CHECK(written(ojson(-std::numeric_limits<double>::infinity())) == "null");
}

TEST_CASE("json writer: integers") {
    for (const std::int64_t n : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{9007199254740991},
                                 std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()}) {
        CAPTURE(n);
        check_same_as_dump(ojson(n));
    }
    CHECK(written(ojson(std::int64_t{-42})) == "-42");
}

TEST_CASE("json writer: string escapes and invalid UTF-8 as nlohmann's replace handler writes them") {
    std::string controls;
    for (int c = 0; c < 0x20; ++c) controls += static_cast<char>(c);
    const std::string strings[] = {
        "",
        "plain text, with / slash and 'single' quotes",
        controls,
        "quote \" backslash \\ both \\\"",
        "delete \x7F stays",
        "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",  // valid 2-, 3- and 4-byte sequences
        "lone continuation \x80 here",
        "truncated at the end \xC3",
        "truncated inside \xE2\x82 then text",
        "overlong \xC0\xAF and \xE0\x80\xAF",
        "surrogate \xED\xA0\x80 half",
        "beyond U+10FFFF \xF4\x90\x80\x80",
        "invalid lead \xFF\xFE bytes",
        std::string("NUL \0 inside", 13),
        std::string(600, '\x01'),  // longer than nlohmann's 512-byte string buffer
        std::string(700, '\xE9'),
    };
    for (const std::string& s : strings) {
        CAPTURE(s);
        check_same_as_dump(ojson(s));
        ojson object = ojson::object();
        object[s] = s;  // keys are escaped the same way
        check_same_as_dump(object);
    }
    CHECK(written(ojson("tab\there")) == "\"tab\\there\"");
    CHECK(written(ojson("\x01")) == "\"\\u0001\"");
    CHECK(written(ojson("bad \xC3( byte")) == "\"bad \xEF\xBF\xBD( byte\"");
}

TEST_CASE("json writer: containers, indentation and key order") {
    check_same_as_dump(ojson::object());
    check_same_as_dump(ojson::array());
    CHECK(written(ojson::object()) == "{}");
    CHECK(written(ojson::array()) == "[]");

    ojson doc = ojson::object();
    doc["zeta"] = 1;  // insertion order, not sorted
    doc["alpha"] = ojson::array();
    doc["mid"] = ojson::object();
    doc["nested"] = ojson::array({ojson::array(), ojson::object(), ojson::array({1, 2}),
                                  ojson::object({{"b", nullptr}, {"a", true}, {"c", false}})});
    ojson deep = "bottom";
    for (int i = 0; i < 40; ++i) deep = ojson::array({deep, ojson::object({{"level", i}})});
    doc["deep"] = deep;
    check_same_as_dump(doc);
    CHECK(written(ojson::object({{"b", 1}, {"a", ojson::array({2})}})) == "{\n  \"b\": 1,\n  \"a\": [\n    2\n  ]\n}");
}

TEST_CASE("json writer: a DOM value inside is written as nlohmann writes it, at its depth") {
    const nlohmann::json extension = nlohmann::json::parse(
        R"({"z": [1, 2.5, {"y": null, "x": "\u00e9"}], "a": {}, "m": [], "k": {"q": [true]}})");
    for (int depth = 0; depth < 3; ++depth) {
        ojson expected = ojson(extension);
        std::string text;
        bpo::JsonTextWriter writer(&text);
        for (int i = 0; i < depth; ++i) {
            writer.begin_object();
            writer.key("level");
            expected = ojson::object({{"level", expected}});
        }
        writer.json_value(extension);
        for (int i = 0; i < depth; ++i) writer.end_object();
        CAPTURE(depth);
        CHECK(text == dumped(expected));
    }
    std::string text;
    bpo::JsonTextWriter writer(&text);
    writer.begin_array();
    writer.json_value(nlohmann::json::object());
    writer.json_value(extension);
    writer.end_array();
    CHECK(text == dumped(ojson::array({ojson::object(), ojson(extension)})));
}

TEST_CASE("json writer: the DOM writer builds the value the calls describe") {
    ojson doc = ojson::object();
    doc["b"] = ojson::array({1, -2, 2.5, "s", nullptr, true, ojson::object(), ojson::array()});
    doc["a"] = ojson::object({{"y", ojson::object({{"z", ojson::array({ojson::array({3})})}})}, {"x", "text"}});
    bpo::JsonDomWriter dom;
    replay(doc, dom);
    CHECK(dom.result() == doc);
    CHECK(dom.result().dump() == doc.dump());  // same key order too
    bpo::JsonDomWriter scalar;
    scalar.string_value("only");
    CHECK(scalar.result() == ojson("only"));
}
