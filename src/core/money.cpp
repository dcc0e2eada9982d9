#include "core/money.hpp"

#include <cmath>
#include <limits>

namespace bpo {

namespace {
__extension__ using Wide = __int128;

std::int64_t clamp_to_int64(Wide v) {
    const Wide hi = std::numeric_limits<std::int64_t>::max();
    const Wide lo = std::numeric_limits<std::int64_t>::min();
    if (v > hi) return std::numeric_limits<std::int64_t>::max();
    if (v < lo) return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(v);
}

std::int64_t pow10(int n) {
    std::int64_t p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

std::string group_thousands(std::string digits) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i != 0 && (n - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// Absolute value split into whole and fraction digits; sign handled by callers.
void split(Money amount, int decimals, std::string& whole, std::string& fraction, bool& negative) {
    negative = amount.minor < 0;
    // Work in unsigned to survive INT64_MIN.
    const std::uint64_t abs = negative ? 0 - static_cast<std::uint64_t>(amount.minor)
                                       : static_cast<std::uint64_t>(amount.minor);
    const auto scale = static_cast<std::uint64_t>(pow10(decimals));
    whole = std::to_string(abs / scale);
    fraction.clear();
    if (decimals > 0) {
        fraction = std::to_string(abs % scale);
        fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
    }
}
}  // namespace

std::int64_t mul_div_round(std::int64_t a, std::int64_t b, std::int64_t denominator) {
    if (denominator == 0) return 0;
    Wide num = static_cast<Wide>(a) * static_cast<Wide>(b);
    Wide den = denominator;
    if (den < 0) { num = -num; den = -den; }
    const bool negative = num < 0;
    const Wide abs = negative ? -num : num;
    Wide q = abs / den;
    const Wide r = abs % den;
    if (r * 2 >= den) ++q;  // half away from zero
    return clamp_to_int64(negative ? -q : q);
}

std::int64_t to_thousandths(double quantity) {
    if (!std::isfinite(quantity)) return 0;
    const double scaled = quantity * 1000.0;
    if (scaled >= 9.0e18 || scaled <= -9.0e18) return 0;
    return std::llround(scaled);  // llround rounds half away from zero
}

Money line_amount(Money unit_price, double quantity) {
    return Money{mul_div_round(unit_price.minor, to_thousandths(quantity), 1000)};
}

Money percent_of(Money amount, BasisPoints bp) {
    return Money{mul_div_round(amount.minor, bp, 10000)};
}

Money uplift(Money amount, BasisPoints bp) {
    return Money{mul_div_round(amount.minor, 10000 + bp, 10000)};
}

BasisPoints ratio_bp(Money part, Money whole) {
    if (whole.minor == 0) return 0;
    return mul_div_round(part.minor, 10000, whole.minor);
}

int currency_decimals(std::string_view currency) {
    static const char* const zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
                                       "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF",
                                       "XPF"};
    static const char* const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    for (const char* c : zero)
        if (currency == c) return 0;
    for (const char* c : three)
        if (currency == c) return 3;
    return 2;
}

std::string format_decimal(Money amount, std::string_view currency) {
    const int decimals = currency_decimals(currency);
    std::string whole, fraction;
    bool negative = false;
    split(amount, decimals, whole, fraction, negative);
    std::string out = negative ? "-" : "";
    out += whole;
    if (decimals > 0) out += "." + fraction;
    return out;
}

std::string format_money(Money amount, std::string_view currency) {
    const int decimals = currency_decimals(currency);
    std::string whole, fraction;
    bool negative = false;
    split(amount, decimals, whole, fraction, negative);
    std::string out(currency);
    if (!out.empty()) out += ' ';
    if (negative) out += '-';
    out += group_thousands(whole);
    if (decimals > 0) out += "." + fraction;
    return out;
}

std::string format_bp(BasisPoints bp) {
    const bool negative = bp < 0;
    const std::uint64_t abs = negative ? 0 - static_cast<std::uint64_t>(bp) : static_cast<std::uint64_t>(bp);
    std::string out = negative ? "-" : "";
    out += std::to_string(abs / 100);
    const std::uint64_t frac = abs % 100;
    if (frac != 0) {
        out += '.';
        out += static_cast<char>('0' + frac / 10);
        if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
    }
    out += '%';
    return out;
}

}  // namespace bpo
