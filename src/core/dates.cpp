#include "core/dates.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace bpo {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool is_valid_date(const Date& d) {
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= days_in_month(d.year, d.month);
}

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t from, std::size_t count, int& out) {
        out = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    Date d;
    if (!number(0, 4, d.year) || !number(5, 2, d.month) || !number(8, 2, d.day)) return std::nullopt;
    if (!is_valid_date(d)) return std::nullopt;
    return d;
}

std::string to_iso(const Date& d) {
    if (!d.is_set()) return {};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year % 10000, d.month % 100, d.day % 100);
    return buffer;
}

long days_from_civil(const Date& date) {
    // Counts days through March-based years so the leap day falls at the end of each year.
    const long y = date.year - (date.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long year_of_era = y - era * 400;
    const long month = date.month;
    const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
    const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

Date add_months(const Date& d, int months) {
    if (!d.is_set()) return d;
    const int total = d.year * 12 + (d.month - 1) + months;
    Date r;
    r.year = total / 12;
    r.month = total % 12 + 1;
    r.day = std::min(d.day, days_in_month(r.year, r.month));
    return r;
}

int whole_months_between(const Date& from, const Date& to) {
    int months = (to.year - from.year) * 12 + (to.month - from.month);
    if (months > 0 && to.day < from.day) --months;
    if (months < 0 && to.day > from.day) ++months;
    return months;
}

Date local_date(std::int64_t wall_ms) {
    const std::time_t t = static_cast<std::time_t>(wall_ms / 1000);
    std::tm local{};
#if defined(_WIN32)
    if (localtime_s(&local, &t) != 0) return {};
#else
    if (!localtime_r(&t, &local)) return {};
#endif
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

Date local_today() { return local_date(static_cast<std::int64_t>(std::time(nullptr)) * 1000); }

}  // namespace bpo
