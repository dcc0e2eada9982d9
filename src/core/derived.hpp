// What the app shows next to the editor, derived from the agreement: findings (the rules' and,
// with a playbook loaded, its deviations), completeness and the document, and where each
// playbook deviation is printed. Recomputed only when the agreement's revision, the open draft
// or the playbook changes, never every frame, and never stored anywhere else.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/document.hpp"
#include "core/finding.hpp"
#include "core/playbook.hpp"
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
    std::uint64_t playbook_generation = 0;   // of the playbook these were computed with
    int playbook_findings = 0;               // deviations from the playbook (also in findings)
    // Playbook deviations by the anchor of the clause or schedule that prints their field
    // (the most specific one, anchors.hpp): anchor -> indices into findings.
    std::map<std::string, std::vector<std::size_t>> deviation_anchors;
};

// Brings `derived` up to date; returns true when it recomputed. With a playbook, its deviations
// (check_playbook) follow the rules' findings and count in the badges like them;
// `playbook_generation` tells a changed playbook from the one used last time.
bool refresh(Derived& derived, const Agreement& agreement, std::uint64_t revision, const std::string& draft_id,
             const Playbook* playbook = nullptr, std::uint64_t playbook_generation = 0);

}  // namespace bpo
