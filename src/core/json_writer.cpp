// The text writer follows nlohmann's serializer (detail/output/serializer.hpp, pretty printing with
// an indent of 2): "{\n", each member on its own line as `"key": value` at 2 more spaces, ",\n"
// between members, "\n" and the closing brace at the container's indent; empty containers as {}
// and []. Numbers go through the same conversions (nlohmann's grisu to_chars for doubles), and any
// string that is not plain printable ASCII is handed to nlohmann's serializer itself, so escapes
// and the replacement of invalid UTF-8 are its own.
#include "core/json_writer.hpp"

#include <charconv>
#include <cmath>

namespace bpo {

namespace {

using ojson = nlohmann::ordered_json;

constexpr unsigned int indent_step = 2;

// Bytes that nlohmann writes as they are, one for one, when a string holds nothing else.
bool plain_ascii(std::string_view text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x80 || byte == '"' || byte == '\\') return false;
    }
    return true;
}

}  // namespace

JsonTextWriter::JsonTextWriter(std::string* out)
    : sink_(std::make_shared<Sink>(out)), serializer_(sink_, ' ', ojson::error_handler_t::replace) {}

std::size_t JsonTextWriter::size() const { return sink_->size(); }

void JsonTextWriter::indent() {
    static constexpr std::string_view spaces = "                                ";
    for (std::size_t left = open_.size() * indent_step; left > 0;) {
        const std::size_t n = left < spaces.size() ? left : spaces.size();
        write(spaces.substr(0, n));
        left -= n;
    }
}

void JsonTextWriter::next_line() {
    Open& container = open_.back();
    write(container.members == 0 ? std::string_view("\n") : std::string_view(",\n"));
    ++container.members;
    indent();
}

void JsonTextWriter::before_value() {
    if (!open_.empty() && !open_.back().object) next_line();
}

void JsonTextWriter::open(char bracket, bool object) {
    before_value();
    sink_->write_character(bracket);
    open_.push_back({object, 0});
}

void JsonTextWriter::close(char bracket) {
    const bool empty = open_.back().members == 0;
    open_.pop_back();
    if (!empty) {
        sink_->write_character('\n');
        indent();  // the container's own indent, now that it is closed
    }
    sink_->write_character(bracket);
}

void JsonTextWriter::begin_object() { open('{', true); }
void JsonTextWriter::end_object() { close('}'); }
void JsonTextWriter::begin_array() { open('[', false); }
void JsonTextWriter::end_array() { close(']'); }

void JsonTextWriter::key(std::string_view key) {
    next_line();
    write_quoted(key);
    write(": ");
}

void JsonTextWriter::null_value() {
    before_value();
    write("null");
}

void JsonTextWriter::bool_value(bool value) {
    before_value();
    write(value ? "true" : "false");
}

void JsonTextWriter::integer_value(std::int64_t value) {
    before_value();
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    (void)error;  // 24 bytes hold every int64
    sink_->write_characters(digits, static_cast<std::size_t>(end - digits));
}

void JsonTextWriter::float_value(double value) {
    before_value();
    if (!std::isfinite(value)) return write("null");
    char digits[64];  // nlohmann's number buffer
    const char* end = nlohmann::detail::to_chars(digits, digits + sizeof digits, value);
    sink_->write_characters(digits, static_cast<std::size_t>(end - digits));
}

void JsonTextWriter::string_value(std::string_view value) {
    before_value();
    write_quoted(value);
}

void JsonTextWriter::json_value(const nlohmann::json& value) {
    before_value();
    serializer_.dump(ojson(value), true, false, indent_step, static_cast<unsigned int>(open_.size() * indent_step));
}

void JsonTextWriter::write_quoted(std::string_view text) {
    if (plain_ascii(text)) {
        sink_->write_character('"');
        write(text);
        sink_->write_character('"');
        return;
    }
    serializer_.dump(ojson(std::string(text)), true, false, indent_step, 0);
}

}  // namespace bpo
