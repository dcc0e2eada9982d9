// ISO 8601 calendar dates: parsing, formatting and checking, for the model's Date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/agreement.hpp"

namespace bpo {

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(const Date& date);                        // a real calendar date, years 1..9999
std::optional<Date> parse_iso_date(std::string_view text);   // "2027-02-28"; nullopt if not a real date
std::string to_iso(const Date& date);                        // "2027-02-28"; "" when not set
long days_from_civil(const Date& date);                      // days since 1970-01-01
Date add_months(const Date& date, int months);  // day clamped to the month's length; unset stays unset
int whole_months_between(const Date& from, const Date& to);  // 2027-01-15 -> 2027-03-14 = 1
// The calendar date in the machine's local time zone at a wall-clock time (ms since 1970 UTC).
Date local_date(std::int64_t wall_ms);
// The same for the present moment.
Date local_today();

}  // namespace bpo
