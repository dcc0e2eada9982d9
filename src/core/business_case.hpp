// The business case: in-house cost against outsourced cost over the initial term.
//
//   in-house   business_case.inhouse_monthly_cost a month in year 1, growing by inhouse_growth_bp
//              each contract year from month 13 (money.hpp `uplift`, compounding on the rounded
//              amount of the year before, like the fee adjustment).
//   outsourced the fees of fees.hpp month by month (`expected`: for outcome-based pricing the base
//              plus the expected half bonus; the adjustment included, Index planned at its cap),
//              plus business_case.transition_cost as a one-off in month 1.
//   saving     in-house - outsourced, per month, per year and in total (exact integer sums).
//   savings %  savings / in-house total, in basis points, rounded half away from zero.
//   break-even the first month whose cumulative saving is >= 0; none if it never is.
//   NPV        sum over months m = 1..term of saving_m / (1 + r)^(m / 12), r = discount_rate_bp /
//              10000 a year: monthly discounting at the equivalent monthly rate (1 + r)^(1/12) - 1,
//              each month's saving treated as arising at the month's end. Computed in long double,
//              rounded once, half away from zero, to the minor unit.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/agreement.hpp"

namespace bpo {

struct CaseMonth {
    int month = 0;          // contract month, 1-based
    int year = 0;
    Money inhouse;
    Money fees;
    Money one_off;          // transition cost (month 1 only)
    Money outsourced;       // fees + one_off
    Money saving;           // inhouse - outsourced
    Money cumulative;       // running sum of saving
};

struct CaseYear {
    int year = 0;
    int months = 0;
    Money inhouse;
    Money outsourced;
    Money saving;
};

struct BusinessCaseResult {
    std::string currency;
    int term_months = 0;
    Money inhouse_total;
    Money fees_total;
    Money transition_cost;
    Money outsourced_total;   // fees_total + transition_cost
    Money savings;            // inhouse_total - outsourced_total
    BasisPoints savings_bp = 0;
    std::optional<int> break_even_month;
    BasisPoints discount_rate_bp = 0;
    Money npv;
    std::vector<CaseYear> years;
    std::vector<CaseMonth> months;
    std::vector<std::string> assumptions;  // from fees ("index-cap-as-planning", ...) plus "no-term"
};

BusinessCaseResult compute_business_case(const Agreement& agreement);

}  // namespace bpo
