// The pull reader's slower parts: strings with escapes or non-ASCII bytes, numbers, literals.
// Every rule mirrors nlohmann's lexer (detail/input/lexer.hpp), which the DOM reader uses, so the
// two accept the same text and read the same values from it.
#include "core/json_reader.hpp"

#include <array>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace bpo {

namespace {

// Bytes a string may hold as they are: printable ASCII except the quote and the backslash.
constexpr std::array<bool, 256> make_plain_table() {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c) plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return plain;
}
constexpr std::array<bool, 256> plain_byte = make_plain_table();

// Whether any of 8 bytes needs a look (a quote, a backslash, a control character or a byte of a
// multi-byte sequence), all 8 tested at once. It may say yes for a plain byte that follows one
// that needs a look (the subtractions borrow), never no for one that does: the byte loop decides.
bool any_special_byte(std::uint64_t bytes) {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    const auto has_zero_byte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t control = (bytes - ones * 0x20) & ~bytes & highs;
    return ((bytes & highs) | control | has_zero_byte(bytes ^ (ones * '"')) | has_zero_byte(bytes ^ (ones * '\\'))) != 0;
}

// Skips the plain bytes of a string from p: 8 at a time while it can, then one by one.
const char* skip_plain_bytes(const char* p, const char* end) {
    while (end - p >= 8) {
        std::uint64_t bytes;
        std::memcpy(&bytes, p, sizeof bytes);
        if (any_special_byte(bytes)) break;
        p += 8;
    }
    while (p != end && plain_byte[static_cast<unsigned char>(*p)]) ++p;
    return p;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The four hex digits after "\u" at p (p points at the backslash); -1 when malformed.
int escaped_code_unit(const char* p, const char* end) {
    if (end - p < 6 || p[0] != '\\' || p[1] != 'u') return -1;
    int unit = 0;
    for (int i = 2; i < 6; ++i) {
        const int digit = hex_value(p[i]);
        if (digit < 0) return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

void append_utf8(std::string& out, unsigned int cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0u | (cp >> 6u));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0u | (cp >> 12u));
        out += static_cast<char>(0x80u | ((cp >> 6u) & 0x3Fu));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    } else {
        out += static_cast<char>(0xF0u | (cp >> 18u));
        out += static_cast<char>(0x80u | ((cp >> 12u) & 0x3Fu));
        out += static_cast<char>(0x80u | ((cp >> 6u) & 0x3Fu));
        out += static_cast<char>(0x80u | (cp & 0x3Fu));
    }
}

bool in_range(const char* p, unsigned char lo, unsigned char hi) {
    const auto c = static_cast<unsigned char>(*p);
    return c >= lo && c <= hi;
}

}  // namespace

JsonPullReader::JsonPullReader(std::string_view text, std::size_t max_depth, std::size_t max_values)
    : pos_(text.data()), end_(text.data() + text.size()), max_depth_(max_depth), max_values_(max_values) {
    const std::lconv* locale = std::localeconv();
    decimal_point_ = (locale == nullptr || locale->decimal_point == nullptr) ? '.' : *locale->decimal_point;
}

bool JsonPullReader::open(char bracket) {
    skip_whitespace();
    if (pos_ == end_ || *pos_ != bracket || depth_ >= max_depth_ || !count_value()) return give_up();
    ++pos_;
    ++depth_;
    first_in_container_ = true;
    return true;
}

bool JsonPullReader::close(char bracket) {
    // pos_ is at a closing bracket or a comma, after whitespace.
    if (*pos_ != bracket) return false;
    ++pos_;
    --depth_;
    first_in_container_ = false;
    return true;
}

bool JsonPullReader::next_member(std::string_view& key) {
    skip_whitespace();
    if (pos_ == end_) return give_up();
    if (close('}')) return false;
    if (first_in_container_) {
        first_in_container_ = false;
    } else {
        if (*pos_ != ',') return give_up();
        ++pos_;
        skip_whitespace();
        if (pos_ == end_) return give_up();
    }
    if (*pos_ != '"' || !scan_string(nullptr, key)) return give_up();
    skip_whitespace();
    if (pos_ == end_ || *pos_ != ':') return give_up();
    ++pos_;
    return true;
}

bool JsonPullReader::next_item() {
    skip_whitespace();
    if (pos_ == end_) return give_up();
    if (close(']')) return false;
    if (first_in_container_) {
        first_in_container_ = false;
        return true;
    }
    if (*pos_ != ',') return give_up();
    ++pos_;
    return true;
}

bool JsonPullReader::read_string(std::string& out) {
    skip_whitespace();
    if (pos_ == end_ || *pos_ != '"' || !count_value()) return give_up();
    std::string_view unused;
    return scan_string(&out, unused);
}

bool JsonPullReader::read_string(std::string_view& out) {
    skip_whitespace();
    if (pos_ == end_ || *pos_ != '"' || !count_value()) return give_up();
    return scan_string(nullptr, out);
}

bool JsonPullReader::scan_string(std::string* out, std::string_view& view) {
    const char* p = pos_ + 1;
    const char* segment = p;     // the bytes not yet copied
    bool copying = false;        // an escape was met: the string is built in *buffer
    std::string* buffer = out != nullptr ? out : &key_buffer_;
    for (;;) {
        p = skip_plain_bytes(p, end_);
        if (p == end_) return give_up();
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') break;
        if (c == '\\') {
            if (copying) {
                buffer->append(segment, static_cast<std::size_t>(p - segment));
            } else {
                buffer->assign(segment, static_cast<std::size_t>(p - segment));
                copying = true;
            }
            if (!unescape(p, *buffer)) return give_up();
            segment = p;
        } else if (c >= 0x80) {
            if (!skip_utf8_sequence(p)) return give_up();
        } else {
            return give_up();  // a control character: JSON wants it escaped
        }
    }
    const auto tail = static_cast<std::size_t>(p - segment);
    if (copying) {
        buffer->append(segment, tail);
        view = *buffer;
    } else if (out != nullptr) {
        out->assign(segment, tail);
        view = *out;
    } else {
        view = std::string_view(segment, tail);
    }
    pos_ = p + 1;
    return true;
}

// p is at a backslash; on success it is moved past the escape and the character appended.
bool JsonPullReader::unescape(const char*& p, std::string& out) {
    if (end_ - p < 2) return false;
    switch (p[1]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            const int first = escaped_code_unit(p, end_);
            if (first < 0 || (first >= 0xDC00 && first <= 0xDFFF)) return false;  // a lone low surrogate
            if (first >= 0xD800 && first <= 0xDBFF) {  // a high surrogate needs its low half next
                const int second = escaped_code_unit(p + 6, end_);
                if (second < 0xDC00 || second > 0xDFFF) return false;
                append_utf8(out, 0x10000u + ((static_cast<unsigned int>(first) - 0xD800u) << 10u) +
                                     (static_cast<unsigned int>(second) - 0xDC00u));
                p += 12;
                return true;
            }
            append_utf8(out, static_cast<unsigned int>(first));
            p += 6;
            return true;
        }
        default: return false;
    }
    p += 2;
    return true;
}

// p is at a byte >= 0x80; on success it is moved past one well-formed UTF-8 sequence (the ranges
// of RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
bool JsonPullReader::skip_utf8_sequence(const char*& p) {
    const auto lead = static_cast<unsigned char>(*p);
    const std::ptrdiff_t left = end_ - p;
    int length = 0;
    bool ok = false;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        ok = left >= 2 && in_range(p + 1, 0x80, 0xBF);
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        const unsigned char lo = lead == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = lead == 0xED ? 0x9F : 0xBF;
        ok = left >= 3 && in_range(p + 1, lo, hi) && in_range(p + 2, 0x80, 0xBF);
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        const unsigned char lo = lead == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = lead == 0xF4 ? 0x8F : 0xBF;
        ok = left >= 4 && in_range(p + 1, lo, hi) && in_range(p + 2, 0x80, 0xBF) && in_range(p + 3, 0x80, 0xBF);
    }
    if (!ok) return false;
    p += length;
    return true;
}

bool JsonPullReader::read_number(JsonNumber& out) {
    skip_whitespace();
    const char* const begin = pos_;
    const char* p = pos_;
    const bool negative = p != end_ && *p == '-';
    if (negative) ++p;
    const auto is_digit = [&](const char* q) { return q != end_ && *q >= '0' && *q <= '9'; };
    if (!is_digit(p)) return give_up();
    const char* const digits = p;
    if (*p == '0') {
        ++p;
    } else {
        while (is_digit(p)) ++p;
    }
    const char* const digits_end = p;
    bool is_float = false;
    if (p != end_ && *p == '.') {
        ++p;
        if (!is_digit(p)) return give_up();
        while (is_digit(p)) ++p;
        is_float = true;
    }
    if (p != end_ && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p != end_ && (*p == '+' || *p == '-')) ++p;
        if (!is_digit(p)) return give_up();
        while (is_digit(p)) ++p;
        is_float = true;
    }
    if (!count_value()) return false;
    pos_ = p;

    // Whole numbers that fit 64 bits stay integers (strtoull / strtoll in the lexer); the rest,
    // and every number with a fraction or exponent, become doubles.
    if (!is_float) {
        constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
        std::uint64_t magnitude = 0;
        bool overflow = false;
        for (const char* d = digits; d != digits_end && !overflow; ++d) {
            const auto digit = static_cast<std::uint64_t>(*d - '0');
            overflow = magnitude > (max - digit) / 10;
            magnitude = magnitude * 10 + digit;
        }
        constexpr std::uint64_t most_negative = std::uint64_t{1} << 63u;
        if (!overflow && !negative) {
            out.type = JsonNumber::Type::Unsigned;
            out.unsigned_value = magnitude;
            return true;
        }
        if (!overflow && magnitude <= most_negative) {
            out.type = JsonNumber::Type::Integer;
            out.integer_value = magnitude == most_negative ? std::numeric_limits<std::int64_t>::min()
                                                           : -static_cast<std::int64_t>(magnitude);
            return true;
        }
    }
    out.type = JsonNumber::Type::Float;
    return parse_float(begin, p, out.float_value) || give_up();
}

// strtod over the token, with the locale's decimal point as nlohmann passes it; false for
// infinities (the lexer's "number overflow").
bool JsonPullReader::parse_float(const char* begin, const char* end, double& out) {
    const auto length = static_cast<std::size_t>(end - begin);
    char small[64];
    std::string large;
    char* token = small;
    if (length >= sizeof small) {
        large.resize(length + 1);
        token = &large[0];
    }
    std::memcpy(token, begin, length);
    token[length] = '\0';
    for (std::size_t i = 0; i < length; ++i)
        if (token[i] == '.') token[i] = decimal_point_;
    char* parsed_end = nullptr;
    out = std::strtod(token, &parsed_end);
    return parsed_end == token + length && std::isfinite(out);
}

bool JsonPullReader::read_bool(bool& out) {
    skip_whitespace();
    const auto left = static_cast<std::size_t>(end_ - pos_);
    if (left >= 4 && std::memcmp(pos_, "true", 4) == 0) {
        out = true;
        pos_ += 4;
    } else if (left >= 5 && std::memcmp(pos_, "false", 5) == 0) {
        out = false;
        pos_ += 5;
    } else {
        return give_up();
    }
    return count_value();
}

bool JsonPullReader::read_null() {
    skip_whitespace();
    if (static_cast<std::size_t>(end_ - pos_) < 4 || std::memcmp(pos_, "null", 4) != 0) return give_up();
    pos_ += 4;
    return count_value();
}

}  // namespace bpo
