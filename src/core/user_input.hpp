// What a user types into money and percent fields, turned into exact model values.
// Accepts thousands separators and a decimal point ("1,250,000.50"); rejects anything else.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/agreement.hpp"

namespace bpo {

// "1,234.5" in a 2-decimal currency -> 123450 minor units. More decimals than the currency has
// are rejected rather than rounded silently.
std::optional<Money> parse_money_input(std::string_view text, int currency_decimals);
// "12.5" or "12.5%" -> 1250 basis points (at most two decimals).
std::optional<BasisPoints> parse_percent_input(std::string_view text);
// Money as the user edits it: "1234.50" (no separators, so it parses back).
std::string money_input_text(Money amount, int currency_decimals);
// Basis points as the user edits them: "12.5".
std::string percent_input_text(BasisPoints bp);
// A measured value as typed ("81.2", "1,250", "99.5%", "-3"): nullopt when not a plain number.
std::optional<double> parse_number_input(std::string_view text);
// A measured value as the user edits it: shortest form, no exponent for everyday values ("81.2").
std::string number_input_text(double value);

}  // namespace bpo
