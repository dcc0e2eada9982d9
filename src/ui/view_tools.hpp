// Tools beside the section editors: the business case (in-house vs outsourced over the term,
// from core/business_case.hpp) and the credit simulator (a few months of typed performance run
// through core/credits.hpp). Each draws into the current window like a section editor.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "ui/fields.hpp"

namespace bpo::ui {

// The business case: inputs, totals (savings, break-even, NPV), a year-by-year table and charts.
void draw_business_case(ViewContext& ctx);
// The business case inputs alone, as a form (the pricing editor shows them too).
void business_case_inputs(ViewContext& ctx);

// What the user typed into the credit simulator. Scratch input, not part of the agreement: the
// app keeps one per open draft (reset it when another draft opens) and passes it in.
struct CreditSimulatorInput {
    int months = 1;                 // how many consecutive months are simulated (1..12)
    std::string first_month;        // "2027-01"; empty = the effective date's month
    // Typed text per cell, by service level id then month index (0-based): a number, or empty.
    std::map<std::string, std::map<int, std::string>> values;
    // Excluded cells (an exclusion such as scheduled maintenance applies), same keys.
    std::map<std::string, std::map<int, bool>> excluded;
    std::uint64_t generation = 0;   // bumped on every change, so results are recomputed only then
};

// The credit simulator: per service level and month, met / below expected / missed, the credit,
// the cap, earn-back and the net credit, with a chart of the net credit per month.
void draw_credit_simulator(ViewContext& ctx, CreditSimulatorInput& input);
// The same with an input the view keeps itself, cleared when another draft opens (ctx.draft_id).
void draw_credit_simulator(ViewContext& ctx);

}  // namespace bpo::ui
