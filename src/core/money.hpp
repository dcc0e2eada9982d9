// Exact money arithmetic: integer minor units, one rounding rule, formatting with the currency.
//
// Rounding rule (the only one used for money in the core):
//   ROUND HALF AWAY FROM ZERO to the minor unit.  2.5 -> 3, -2.5 -> -3, 2.4999 -> 2.
//   It is applied once at each documented step, never to intermediate products:
//   - a rate line's monthly amount:   round(unit_price x quantity_thousandths / 1000)
//   - a percentage of an amount:      round(amount x bp / 10000)
//   - a yearly uplift (adjustment, in-house growth): round(previous_year_amount x (10000 + bp) / 10000),
//     compounding on the rounded amount of the year before, as a published price list would.
//   Sums of already rounded amounts are exact integer additions.
// Quantities (FTEs, volumes) are doubles in the model; they enter money arithmetic only after
// conversion to exact thousandths (12.5 FTE -> 12500), rounded half away from zero.
// Intermediate products use 128-bit integers, so no overflow for any realistic amount.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/agreement.hpp"

namespace bpo {

// round(numerator / denominator), half away from zero. denominator must be non-zero
// (0 returns 0). The product is formed in 128 bits.
std::int64_t mul_div_round(std::int64_t a, std::int64_t b, std::int64_t denominator);

// A quantity (FTEs, transactions) as exact thousandths, half away from zero: 12.5 -> 12500.
std::int64_t to_thousandths(double quantity);

// unit_price x quantity, rounded once to the minor unit.
Money line_amount(Money unit_price, double quantity);

// amount x bp / 10000, rounded once (12.5 % of 100.01 = 12.50125 -> 12.50).
Money percent_of(Money amount, BasisPoints bp);

// amount x (10000 + bp) / 10000, rounded once: one year's uplift.
Money uplift(Money amount, BasisPoints bp);

// part / whole in basis points, rounded half away from zero (0 when whole is 0).
BasisPoints ratio_bp(Money part, Money whole);

inline Money operator+(Money a, Money b) { return Money{a.minor + b.minor}; }
inline Money operator-(Money a, Money b) { return Money{a.minor - b.minor}; }
inline Money operator-(Money a) { return Money{-a.minor}; }
inline Money& operator+=(Money& a, Money b) { a.minor += b.minor; return a; }
inline Money& operator-=(Money& a, Money b) { a.minor -= b.minor; return a; }
inline bool operator<(Money a, Money b) { return a.minor < b.minor; }
inline bool operator<=(Money a, Money b) { return a.minor <= b.minor; }
inline bool operator>(Money a, Money b) { return a.minor > b.minor; }
inline bool operator>=(Money a, Money b) { return a.minor >= b.minor; }
inline Money min(Money a, Money b) { return a.minor < b.minor ? a : b; }

// Digits after the decimal point for an ISO 4217 code: 0 (JPY, KRW, ...), 3 (BHD, KWD, ...),
// otherwise 2.
int currency_decimals(std::string_view currency);

// "1234567.8" style without grouping, e.g. for CSV and JSON: "-1234.50". Uses currency_decimals.
std::string format_decimal(Money amount, std::string_view currency);

// Human form with grouping and the code in front: "USD 1,234,567.80", "USD -0.05", "JPY 1,200".
std::string format_money(Money amount, std::string_view currency);

// Basis points as a percent: 1250 -> "12.5%", 1000 -> "10%", -5 -> "-0.05%".
std::string format_bp(BasisPoints bp);

}  // namespace bpo
