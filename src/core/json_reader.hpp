// A pull reader over JSON text, for importers that fill their model straight from the bytes
// instead of building a DOM first. It reads the text once, in place: object keys come back as
// views into the text (unescaped into a scratch buffer only when they hold escapes), strings are
// unescaped straight into the caller's std::string.
//
// It is strict and deliberately narrow: it accepts only text that nlohmann's parser (as
// import_agreement drives it) also accepts, and gives the same values for it: integers as
// unsigned or signed 64-bit when they fit and as strtod doubles otherwise, strings with the same
// escapes and UTF-8 rules, the same depth and value-count limits. At the first thing it does not
// like (bad syntax or UTF-8, an unexpected kind of value, a limit reached, anything the caller
// refuses) it gives up: failed() turns true and every call returns false from then on. The
// caller then falls back to the DOM reader, which explains the problem, so this one never has
// to word an error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace bpo {

// A JSON number as nlohmann's lexer classifies it.
struct JsonNumber {
    enum class Type { Unsigned, Integer, Float };  // Integer only for negative whole numbers
    Type type = Type::Unsigned;
    std::uint64_t unsigned_value = 0;
    std::int64_t integer_value = 0;
    double float_value = 0;

    // What nlohmann's get<double>() gives for the same value.
    double as_double() const {
        switch (type) {
            case Type::Unsigned: return static_cast<double>(unsigned_value);
            case Type::Integer: return static_cast<double>(integer_value);
            case Type::Float: break;
        }
        return float_value;
    }
};

class JsonPullReader {
public:
    enum class Next { Object, Array, String, Number, True, False, Null, Other };

    JsonPullReader(std::string_view text, std::size_t max_depth, std::size_t max_values);

    // The kind of the next value (after whitespace), without reading it.
    Next peek() {
        skip_whitespace();
        if (pos_ == end_) return Next::Other;
        switch (*pos_) {
            case '{': return Next::Object;
            case '[': return Next::Array;
            case '"': return Next::String;
            case 't': return Next::True;
            case 'f': return Next::False;
            case 'n': return Next::Null;
            case '-': return Next::Number;
            default: return (*pos_ >= '0' && *pos_ <= '9') ? Next::Number : Next::Other;
        }
    }

    // Objects: begin_object(), then next_member(key) until it returns false (the closing brace,
    // or a failure: check failed()). The key view lives until the next read.
    bool begin_object() { return open('{'); }
    bool next_member(std::string_view& key);

    // Arrays: begin_array(), then next_item() before each value until it returns false.
    bool begin_array() { return open('['); }
    bool next_item();

    // Scalars: each returns false (and gives up) when the next value is of another kind.
    bool read_string(std::string& out);
    bool read_string(std::string_view& out);  // a view that lives until the next read
    bool read_number(JsonNumber& out);
    bool read_bool(bool& out);
    bool read_null();

    // True when only whitespace is left after the value (the whole text was one value).
    bool at_end() {
        skip_whitespace();
        return !failed_ && pos_ == end_;
    }

    // Stops reading; always returns false so callers can `return in.give_up();`.
    bool give_up() {
        failed_ = true;
        pos_ = end_;
        return false;
    }
    bool failed() const { return failed_; }

private:
    void skip_whitespace() {
        while (pos_ != end_ && (*pos_ == ' ' || *pos_ == '\n' || *pos_ == '\r' || *pos_ == '\t')) ++pos_;
    }
    bool count_value() { return ++values_ <= max_values_ || give_up(); }
    bool open(char bracket);
    bool close(char bracket);
    // Reads the string at pos_ (its opening quote): into `out` when given, else as a view into the
    // text or, when it has escapes, into key_buffer_.
    bool scan_string(std::string* out, std::string_view& view);
    bool unescape(const char*& p, std::string& out);
    bool skip_utf8_sequence(const char*& p);
    bool parse_float(const char* begin, const char* end, double& out);

    const char* pos_;
    const char* end_;
    std::size_t depth_ = 0;
    std::size_t max_depth_;
    std::size_t values_ = 0;
    std::size_t max_values_;
    bool first_in_container_ = false;  // just after '{' or '[': no comma expected
    bool failed_ = false;
    char decimal_point_;               // the C locale's, as nlohmann hands numbers to strtod
    std::string key_buffer_;
};

}  // namespace bpo
