// How complete each section is, 0-100, for the navigation badges.
//
// Each section has a list of expected items (fields filled, lists not empty, one item per row
// field for rows such as services or service levels); the score is filled * 100 / expected,
// rounded DOWN so that 100 means every expected item is there. A section with nothing to expect
// scores 100. Items that only apply in some configurations (the renewal period when renewal is
// possible, a BAA reference when HIPAA applies, ...) are expected only then. The item lists are
// in completeness.cpp, one function per section.
#pragma once

#include <array>

#include "core/agreement.hpp"
#include "core/sections.hpp"

namespace bpo {

struct CompletenessTally {
    int filled = 0;
    int expected = 0;
    int percent() const { return expected == 0 ? 100 : filled * 100 / expected; }
};

CompletenessTally completeness_tally(const Agreement& agreement, Section section);
int completeness(const Agreement& agreement, Section section);  // 0-100
// In all_sections order.
std::array<int, all_sections.size()> completeness_all(const Agreement& agreement);
// Over all sections together (items summed, not percentages averaged).
int completeness_overall(const Agreement& agreement);

}  // namespace bpo
