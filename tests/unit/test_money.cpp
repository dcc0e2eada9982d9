// Money: exact minor units, one rounding rule (half away from zero), formatting.
#include <doctest/doctest.h>

#include <limits>

#include "core/money.hpp"

using namespace bpo;

TEST_CASE("mul_div_round rounds half away from zero") {
    SUBCASE("positive halves go up") {
        CHECK(mul_div_round(5, 1, 2) == 3);    // 2.5 -> 3
        CHECK(mul_div_round(3, 1, 2) == 2);    // 1.5 -> 2
        CHECK(mul_div_round(1, 1, 2) == 1);    // 0.5 -> 1
    }
    SUBCASE("negative halves go down") {
        CHECK(mul_div_round(-5, 1, 2) == -3);  // -2.5 -> -3
        CHECK(mul_div_round(-1, 1, 2) == -1);  // -0.5 -> -1
        CHECK(mul_div_round(5, 1, -2) == -3);  // negative denominator
        CHECK(mul_div_round(-5, -1, 2) == 3);
    }
    SUBCASE("below half truncates towards zero") {
        CHECK(mul_div_round(24999, 1, 10000) == 2);
        CHECK(mul_div_round(-24999, 1, 10000) == -2);
        CHECK(mul_div_round(7, 1, 3) == 2);    // 2.333
        CHECK(mul_div_round(8, 1, 3) == 3);    // 2.667
    }
    SUBCASE("exact division is untouched") { CHECK(mul_div_round(1000, 3, 3) == 1000); }
    SUBCASE("zero denominator yields zero") { CHECK(mul_div_round(10, 10, 0) == 0); }
    SUBCASE("large products do not overflow") {
        // 9e15 minor units x 10000 overflows 64 bits; the 128-bit product does not.
        CHECK(mul_div_round(9'000'000'000'000'000, 10'300, 10'000) == 9'270'000'000'000'000);
    }
}

TEST_CASE("quantities become exact thousandths") {
    CHECK(to_thousandths(12.5) == 12500);
    CHECK(to_thousandths(0.1) == 100);       // 0.1 is not exact in binary; thousandths are
    CHECK(to_thousandths(1.0 / 3.0) == 333);
    CHECK(to_thousandths(-2.0005) == -2001);  // half away from zero (within double precision)
    CHECK(to_thousandths(std::numeric_limits<double>::quiet_NaN()) == 0);
}

TEST_CASE("line amounts and percentages round once") {
    SUBCASE("half a cent rounds away from zero") {
        CHECK(line_amount(Money{1}, 0.5).minor == 1);     // 0.005 -> 0.01
        CHECK(line_amount(Money{-1}, 0.5).minor == -1);   // -0.005 -> -0.01
        CHECK(line_amount(Money{1}, 0.499).minor == 0);
    }
    SUBCASE("12.5 FTE at 4,250.00") { CHECK(line_amount(Money{425000}, 12.5).minor == 5312500); }
    SUBCASE("a third of an FTE is 0.333") { CHECK(line_amount(Money{10000}, 1.0 / 3.0).minor == 3330); }
    SUBCASE("percent_of") {
        CHECK(percent_of(Money{10001}, 1250).minor == 1250);    // 12.50125 -> 12.50
        CHECK(percent_of(Money{100004}, 1250).minor == 12501);  // 125.005 -> 125.01
        CHECK(percent_of(Money{-100004}, 1250).minor == -12501);
    }
    SUBCASE("uplift") {
        CHECK(uplift(Money{1530099}, 300).minor == 1576002);  // 15,760.0197 -> 15,760.02
        CHECK(uplift(Money{100}, 0).minor == 100);
        CHECK(uplift(Money{100}, -1000).minor == 90);
    }
    SUBCASE("ratio_bp") {
        CHECK(ratio_bp(Money{1}, Money{3}) == 3333);
        CHECK(ratio_bp(Money{2}, Money{3}) == 6667);
        CHECK(ratio_bp(Money{-1}, Money{8}) == -1250);
        CHECK(ratio_bp(Money{5}, Money{0}) == 0);
    }
}

TEST_CASE("money formatting uses the currency's decimals") {
    CHECK(format_money(Money{123456780}, "USD") == "USD 1,234,567.80");
    CHECK(format_money(Money{-5}, "EUR") == "EUR -0.05");
    CHECK(format_money(Money{0}, "USD") == "USD 0.00");
    CHECK(format_money(Money{1200}, "JPY") == "JPY 1,200");
    CHECK(format_money(Money{1234}, "KWD") == "KWD 1.234");
    CHECK(format_money(Money{100000}, "GBP") == "GBP 1,000.00");
    CHECK(format_decimal(Money{-123450}, "USD") == "-1234.50");
    CHECK(format_decimal(Money{7}, "USD") == "0.07");
    CHECK(format_money(Money{std::numeric_limits<std::int64_t>::min()}, "USD") ==
          "USD -92,233,720,368,547,758.08");
}

TEST_CASE("basis points print as percent") {
    CHECK(format_bp(1250) == "12.5%");
    CHECK(format_bp(1000) == "10%");
    CHECK(format_bp(1205) == "12.05%");
    CHECK(format_bp(-5) == "-0.05%");
    CHECK(format_bp(0) == "0%");
}
