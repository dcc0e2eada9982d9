#include "core/user_input.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace bpo {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Parses [-]digits[,digits...][.digits] into an integer scaled by 10^decimals.
std::optional<std::int64_t> parse_scaled(std::string_view text, int decimals) {
    text = trim(text);
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty()) return std::nullopt;
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int fraction_digits = 0;
    bool in_fraction = false;
    bool any_digit = false;
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 100;
    for (char c : text) {
        if (c == ',' && !in_fraction) continue;  // thousands separator
        if (c == '.' && !in_fraction) {
            in_fraction = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        any_digit = true;
        if (in_fraction) {
            if (++fraction_digits > decimals) return std::nullopt;
            fraction = fraction * 10 + (c - '0');
        } else {
            if (whole > limit) return std::nullopt;
            whole = whole * 10 + (c - '0');
        }
    }
    if (!any_digit) return std::nullopt;
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    for (int i = fraction_digits; i < decimals; ++i) fraction *= 10;
    if (whole > std::numeric_limits<std::int64_t>::max() / scale - 1) return std::nullopt;
    const std::int64_t value = whole * scale + fraction;
    return negative ? -value : value;
}

std::string scaled_text(std::int64_t value, int decimals) {
    const bool negative = value < 0;
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::uint64_t scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    std::string text = std::to_string(magnitude / scale);
    std::uint64_t fraction = magnitude % scale;
    if (decimals > 0 && fraction != 0) {
        std::string digits = std::to_string(fraction);
        digits.insert(digits.begin(), static_cast<std::size_t>(decimals) - digits.size(), '0');
        while (!digits.empty() && digits.back() == '0') digits.pop_back();
        text += "." + digits;
    }
    return negative ? "-" + text : text;
}

}  // namespace

std::optional<Money> parse_money_input(std::string_view text, int currency_decimals) {
    const auto value = parse_scaled(text, currency_decimals);
    if (!value) return std::nullopt;
    return Money{*value};
}

std::optional<BasisPoints> parse_percent_input(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.back() == '%') text.remove_suffix(1);
    return parse_scaled(text, 2);
}

std::string money_input_text(Money amount, int currency_decimals) {
    return scaled_text(amount.minor, currency_decimals);
}

std::string percent_input_text(BasisPoints bp) { return scaled_text(bp, 2); }

std::optional<double> parse_number_input(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
    std::string plain;
    bool digit = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') digit = true;
        if (c == ',') continue;  // thousands separators
        if (!((c >= '0' && c <= '9') || c == '.' || (c == '-' && i == 0))) return std::nullopt;
        plain += c;
    }
    if (!digit || plain.find('.') != plain.rfind('.')) return std::nullopt;
    return std::strtod(plain.c_str(), nullptr);
}

std::string number_input_text(double value) {
    // As an ostream with precision 12 writes it; snprintf keeps iostreams out of the wasm app.
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%.12g", value);
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

}  // namespace bpo
