#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

#include "core/dates.hpp"

using namespace bpo;

namespace {

// Runs `check` with the TZ variable set to `zone`, then puts the previous value back.
template <class Check>
void in_time_zone(const char* zone, Check check) {
    const char* before = std::getenv("TZ");
    const std::optional<std::string> saved = before ? std::optional<std::string>(before) : std::nullopt;
    setenv("TZ", zone, 1);
    tzset();
    check();
    if (saved) setenv("TZ", saved->c_str(), 1);
    else unsetenv("TZ");
    tzset();
}

bool same(const Date& a, const Date& b) { return a.year == b.year && a.month == b.month && a.day == b.day; }

}  // namespace

TEST_CASE("local_date gives the calendar date where the user is") {
    const std::int64_t evening_utc = (days_from_civil(Date{2027, 3, 15}) * 86400LL + 20 * 3600LL) * 1000;
    in_time_zone("UTC0", [&] {
        CHECK(same(local_date(0), Date{1970, 1, 1}));
        CHECK(same(local_date(evening_utc), Date{2027, 3, 15}));
    });
    in_time_zone("XYZ-10", [&] {  // ten hours east of UTC: already the next day
        CHECK(same(local_date(evening_utc), Date{2027, 3, 16}));
    });
    CHECK(is_valid_date(local_today()));
}
