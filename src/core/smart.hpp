// The SMART check of one objective: which letters hold, and why not when one fails.
//
// Criteria (each letter's reasons are checked in the order listed; the first that applies is given):
//   Specific    the title is not empty ("smart.specific.no-title"); the metric (what is measured) is
//               named ("smart.specific.no-metric"); title and description together have at least
//               6 words ("smart.specific.too-short", args words, minimum).
//   Measurable  a numeric target ("smart.measurable.no-target"), a unit
//               ("smart.measurable.no-unit") and a baseline to measure progress from
//               ("smart.measurable.no-baseline").
//   Achievable  a percent target lies within 0..100 ("smart.achievable.impossible-percent");
//               the relative improvement |target - baseline| / |baseline| is at most 50 % per year
//               of the period from start to deadline, pro rata (a 6-month objective may improve
//               25 %) ("smart.achievable.too-ambitious", args improvement, allowed, months).
//               Not assessed (neither pass nor fail) without baseline, target or dates, or when the
//               baseline is 0.
//   Relevant    linked to a service that is in scope ("smart.relevant.unknown-service"), or deal-wide
//               (no service id) in an agreement that has services in scope; with no service at all
//               in scope it is linked to nothing ("smart.relevant.no-service").
//   Time-bound  a deadline ("smart.time-bound.no-deadline") after the start
//               ("smart.time-bound.deadline-before-start"; start = the objective's start, else the
//               effective date) and no later than the end of the initial term (effective date plus
//               the term's months; "smart.time-bound.after-term").
#pragma once

#include <array>

#include "core/agreement.hpp"
#include "core/finding.hpp"

namespace bpo {

enum class SmartLetter { Specific, Measurable, Achievable, Relevant, TimeBound };
enum class SmartState { Pass, Fail, NotAssessed };

const char* letter_id(SmartLetter l);  // "specific", "measurable", "achievable", "relevant", "time-bound"

inline constexpr double smart_max_yearly_improvement = 0.5;  // 50 % relative improvement per year

struct SmartCheck {
    SmartLetter letter = SmartLetter::Specific;
    SmartState state = SmartState::Pass;
    std::string reason;   // reason id when it fails (or is not assessed), wording in finding_text
    FindingArgs args;
    const char* field = nullptr;  // the objective's JSON key the reason concerns (keys::Objective::...)
    bool passed() const { return state == SmartState::Pass; }
};

struct SmartResult {
    std::array<SmartCheck, 5> letters;  // S, M, A, R, T in order
    const SmartCheck& operator[](SmartLetter l) const { return letters[static_cast<std::size_t>(l)]; }
    bool all_pass() const;        // no letter fails (not assessed counts as not failing)
};

SmartResult check_smart(const Objective& objective, const Agreement& agreement);

}  // namespace bpo
