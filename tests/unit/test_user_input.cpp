#include <doctest/doctest.h>

#include "core/dates.hpp"
#include "core/user_input.hpp"

using namespace bpo;

TEST_CASE("money typed by a user becomes exact minor units") {
    CHECK(parse_money_input("1,250,000.50", 2)->minor == 125000050);
    CHECK(parse_money_input("1234", 2)->minor == 123400);
    CHECK(parse_money_input(" 12.5 ", 2)->minor == 1250);
    CHECK(parse_money_input("-3.07", 2)->minor == -307);
    CHECK(parse_money_input("5000", 0)->minor == 5000);
    SUBCASE("rejected input") {
        CHECK_FALSE(parse_money_input("", 2));
        CHECK_FALSE(parse_money_input("12.345", 2));  // more decimals than the currency has
        CHECK_FALSE(parse_money_input("12,5.0.1", 2));
        CHECK_FALSE(parse_money_input("ten", 2));
        CHECK_FALSE(parse_money_input("99999999999999999999", 2));
        CHECK_FALSE(parse_money_input("1.5", 0));
    }
    CHECK(money_input_text(Money{125000050}, 2) == "1250000.5");
    CHECK(money_input_text(Money{-307}, 2) == "-3.07");
    CHECK(money_input_text(Money{5000}, 0) == "5000");
}

TEST_CASE("percent typed by a user becomes basis points") {
    CHECK(*parse_percent_input("12.5") == 1250);
    CHECK(*parse_percent_input("12.5%") == 1250);
    CHECK(*parse_percent_input("250") == 25000);
    CHECK_FALSE(parse_percent_input("1.234"));
    CHECK(percent_input_text(1250) == "12.5");
    CHECK(percent_input_text(1000) == "10");
    CHECK(percent_input_text(5) == "0.05");
}

TEST_CASE("ISO dates are parsed only when they are real calendar dates") {
    const auto d = parse_iso_date("2028-02-29");
    REQUIRE(d);
    CHECK(d->year == 2028);
    CHECK(to_iso(*d) == "2028-02-29");
    CHECK_FALSE(parse_iso_date("2027-02-29"));
    CHECK_FALSE(parse_iso_date("2027-13-01"));
    CHECK_FALSE(parse_iso_date("2027-1-01"));
    CHECK_FALSE(parse_iso_date("0000-01-01"));
    CHECK(to_iso(Date{}).empty());
    CHECK(days_from_civil(Date{1970, 1, 1}) == 0);
    CHECK(days_from_civil(Date{2000, 3, 1}) - days_from_civil(Date{2000, 2, 28}) == 2);
}

TEST_CASE("measured values typed by a user") {
    CHECK(parse_number_input("81.2") == 81.2);
    CHECK(parse_number_input(" 1,250 ") == 1250.0);
    CHECK(parse_number_input("99.5%") == 99.5);
    CHECK(parse_number_input("-3") == -3.0);
    CHECK_FALSE(parse_number_input(""));
    CHECK_FALSE(parse_number_input("abc"));
    CHECK_FALSE(parse_number_input("1.2.3"));
    CHECK_FALSE(parse_number_input("5-"));
    CHECK(number_input_text(81.2) == "81.2");
    CHECK(number_input_text(95) == "95");
    CHECK(parse_number_input(number_input_text(0.1 + 0.2)) == doctest::Approx(0.3));
}
