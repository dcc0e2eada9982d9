// Fees by pricing model, the annual adjustment over the term and the total contract value.
//
// Month and year numbering: contract month 1 is the month of the effective date; contract year y
// covers contract months 12(y-1)+1 .. 12y. Adjustments apply from month 13 (year 2).
//
// Monthly base amounts by model (year 1):
//   PerFte, PerTransaction  one amount per rate line: line_amount(unit_price, quantity)
//                           (money.hpp rounding), month total = sum of the lines.
//   FixedMonthly            fixed_monthly_fee (rate lines ignored).
//   OutcomeBased            outcome_base_fee is the charge; outcome_bonus_max the most that can be
//                           added a month. The expected total assumes HALF the maximum bonus is
//                           earned (planning assumption "outcome-expected-half-bonus"), rounded
//                           half away from zero.
// Adjustment from year 2, applied to each amount separately (each line, the fixed fee, the base,
// the maximum bonus), compounding on the previous year's rounded amount (money.hpp `uplift`):
//   None    no change.
//   Fixed   + adjustment_bp each year.
//   Index   the index is unknown in advance: the cap (adjustment_bp) is used as the planning
//           figure, and the schedule says so (assumption "index-cap-as-planning").
// Total contract value (TCV) = sum of the months of the initial term.
#pragma once

#include <string>
#include <vector>

#include "core/agreement.hpp"

namespace bpo {

struct MonthFee {
    int month = 0;           // contract month, 1-based
    int year = 0;            // contract year, 1-based
    Money charges;           // what the client is invoiced for the month (excl. any bonus)
    Money bonus_max;         // outcome-based: maximum bonus for the month, else 0
    Money expected;          // charges + expected bonus (= charges unless outcome-based)
};

struct YearFee {
    int year = 0;
    int months = 0;          // months of this year inside the initial term (last year may be short)
    Money charges;
    Money bonus_max;
    Money expected;
};

struct LineFee {
    std::string rate_id;     // RateLine::id
    Money monthly;           // year-1 monthly amount of the line
};

struct FeeSchedule {
    PricingModel model = PricingModel::PerFte;
    std::string currency;
    std::vector<LineFee> lines;        // per-FTE / per-transaction models only
    Money first_month;                 // year-1 monthly charges
    Money first_month_bonus_max;       // outcome-based only
    Money first_month_expected;
    std::vector<MonthFee> months;      // the initial term, month by month
    std::vector<YearFee> years;
    Money tcv;                         // charges over the initial term
    Money tcv_max;                     // charges + maximum bonus
    Money tcv_expected;                // charges + expected bonus
    std::vector<std::string> assumptions;  // ids: "index-cap-as-planning", "outcome-expected-half-bonus"
};

// The whole schedule over the initial term (no months when the term is 0).
FeeSchedule compute_fees(const Agreement& agreement);

// One contract month (any month >= 1, also beyond the initial term: the adjustment keeps
// compounding yearly). Months < 1 are treated as month 1.
MonthFee fee_for_month(const Agreement& agreement, int contract_month);

// The monthly charges that service credits are computed on (fee_for_month(...).charges).
Money monthly_charges(const Agreement& agreement, int contract_month);

}  // namespace bpo
