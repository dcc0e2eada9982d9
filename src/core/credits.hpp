// Service credits month by month from actual performance (actuals.hpp) and the agreement's
// service levels and credit scheme.
//
// For each month of the actuals (ascending) and each service level of the agreement (in order):
//   outcome   NoTarget       the service level has no expected level: nothing to measure against
//             Excluded       the actuals exclude it this month (the reason is kept): no credit,
//                            not a miss, does not count for critical failure; for earn-back it
//                            neither counts as a met month nor breaks the run
//             NoData         no value supplied
//             Met            at or better than expected (direction-aware)
//             BelowExpected  worse than expected but at or better than the minimum (minimum set)
//             Missed         worse than the minimum when one is set, else worse than expected
//   credit    only for Critical service levels that Missed:
//               AtRiskPool   allocation_bp of the month's at-risk amount
//               FlatPerMiss  flat_credit_bp of the month's charges
//             Key service levels are reported, never credited.
//   charges   fees.hpp monthly_charges for the contract month (adjustment included; outcome-based:
//             the base fee). Contract month 1 = the calendar month of the effective date; without an
//             effective date the first month of the actuals is month 1 (note "effective-date-unset").
//   cap       the month's credits are capped at the at-risk amount = at_risk_bp of the charges.
//             The cap is applied in the order the service levels are listed: each credit counts in
//             full until the cap is reached, the one crossing it counts partly, later ones count 0.
//   earn-back (credits.earn_back and earn_back_months N > 0) a credited miss is earned back when the
//             same service level is Met in each of the next N months of the actuals; it shows in the
//             month it completes. Any other outcome (or a calendar gap in the actuals) ends the run
//             and the credit stays. Runs still open at the end are listed (note "earn-back-pending").
//   net       credited - earned back (negative when more is earned back than credited).
//   critical failure  (critical_failure_misses K > 0 and critical_failure_window_months W > 0) when a
//             critical service level misses in a month and has K or more misses within the W
//             calendar months ending with that month, the month is flagged with its id: the client
//             may terminate for cause.
// Money rounding: money.hpp (each credit rounded once; cap and sums exact).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"

namespace bpo {

enum class SlOutcome { NoTarget, Excluded, NoData, Met, BelowExpected, Missed };

const char* outcome_id(SlOutcome o);     // "no-target", "excluded", "no-data", "met", "below-expected", "missed"
const char* outcome_label(SlOutcome o);  // as people read it: "no target", ..., "below expected", "missed"

struct SlMonth {
    std::string service_level_id;
    Criticality criticality = Criticality::Key;
    std::optional<double> actual;
    SlOutcome outcome = SlOutcome::NoData;
    std::string exclusion_reason;
    Money credit;               // before the cap
    Money credited;             // after the cap
    int misses_in_window = 0;   // critical only: misses in the rolling window ending this month
    bool critical_failure = false;
};

struct EarnedBack {
    std::string service_level_id;
    YearMonth missed_in;
    Money amount;
};

struct CreditMonth {
    YearMonth month;
    int contract_month = 0;
    Money charges;
    Money at_risk;               // also the cap
    std::vector<SlMonth> levels; // in the agreement's order
    Money gross;                 // sum of credits before the cap
    Money credited;              // after the cap
    bool cap_reached = false;    // gross > at_risk
    std::vector<EarnedBack> earned_back;
    Money earned_back_total;
    Money net;                   // credited - earned_back_total
    std::vector<std::string> critical_failures;  // service level ids flagged this month
};

struct CreditNote {
    std::string code;              // "unknown-service-level", "before-effective-date",
                                   // "effective-date-unset", "earn-back-pending"
    std::string month;             // "2027-03" when it concerns a month
    std::string service_level_id;  // when it concerns a service level
    Money amount;                  // earn-back-pending: the credit waiting to be earned back
};

struct CreditReport {
    std::string currency;
    CreditMethod method = CreditMethod::AtRiskPool;
    std::vector<CreditMonth> months;
    Money total_gross;
    Money total_credited;
    Money total_earned_back;
    Money total_net;
    bool termination_right = false;  // any critical failure flagged
    std::vector<CreditNote> notes;
};

CreditReport compute_credits(const Agreement& agreement, const Actuals& actuals);

// Direction-aware "at or better than" with a tolerance of 1e-9 for decimal noise.
bool at_or_better(double actual, double level, Direction direction);

}  // namespace bpo
