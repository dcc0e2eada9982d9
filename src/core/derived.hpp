// What the app shows next to the editor, derived from the agreement: findings, completeness and
// the document. Recomputed only when the agreement's revision (or the open draft) changes, never
// every frame, and never stored anywhere else.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/document.hpp"
#include "core/finding.hpp"
#include "core/sections.hpp"

namespace bpo {

struct Derived {
    std::uint64_t revision = UINT64_MAX;  // of the agreement these were computed from
    std::string draft_id;
    std::vector<Finding> findings;
    std::array<int, all_sections.size()> completeness{};     // 0-100 per section
    std::array<int, all_sections.size()> finding_counts{};   // findings per section
    int errors = 0, warnings = 0, infos = 0;
    Document document;
};

// Brings `derived` up to date; returns true when it recomputed.
bool refresh(Derived& derived, const Agreement& agreement, std::uint64_t revision, const std::string& draft_id);

}  // namespace bpo
