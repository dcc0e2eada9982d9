// Field-by-field difference of two agreements, for "compare two drafts or two versions".
//
// Computed on the canonical JSON (agreement_to_json), so every field of the format is covered
// without a list of fields here, and pointers are the same RFC 6901 pointers findings use.
//   objects   keys compared one by one (a key only on one side: Added / Removed)
//   rows      lists whose elements all carry an "id" are matched by id, not by position: a new
//             row is one Added change, a deleted row one Removed change, a row whose place among
//             the common rows changed one Moved change (old and new 1-based positions), and the
//             fields of matched rows are compared wherever the rows are
//   values    lists of plain values (languages, frameworks, exclusions) are one field: Changed
//             with the whole list as text; any other list (only in extensions) by position
// Order: document order of `after`; within a list, removed rows first, then the list in its
// new order. Pure; linear in the size of the documents plus an LCS over each list's row ids.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/agreement.hpp"
#include "core/sections.hpp"

namespace bpo {

enum class ChangeKind { Added, Removed, Changed, Moved };

const char* change_kind_id(ChangeKind kind);  // "added", "removed", "changed", "moved"

struct FieldChange {
    ChangeKind kind = ChangeKind::Changed;
    std::string pointer;         // in `after`; for Removed, in `before`
    std::string before_pointer;  // in `before` ("" for Added); differs from pointer when rows moved
    Section section = Section::Overview;  // section_of_pointer(pointer)
    std::string label;           // "Service levels › Average speed of answer › Expected"
    std::string old_value;       // as people read it: "80", "USD 4,500.00", "12.5%", "yes",
    std::string new_value;       //   "English, Polish", a row's name; "" when not set or absent
    nlohmann::ordered_json old_json;  // the raw values (null when absent)
    nlohmann::ordered_json new_json;
};

struct AgreementDiff {
    std::vector<FieldChange> changes;
    bool identical() const { return changes.empty(); }
    std::size_t count_in(Section section) const;  // changes in one section (for navigation badges)
};

AgreementDiff diff_agreements(const Agreement& before, const Agreement& after);

// The same on two agreement documents already in canonical JSON form.
AgreementDiff diff_agreement_json(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after);

// "/serviceLevels/0/expected (Service levels › Average speed of answer › Expected): 80 -> 85"
// Empty values print as "(none)"; Moved as "moved from position 2 to 1".
std::string format_change(const FieldChange& change);

// {"format": "bpo-diff", "version": 1, "identical": false, "changes": [{"kind", "pointer",
//  "beforePointer", "section", "label", "old", "new", "oldValue", "newValue"}]}
// ("old"/"new": the texts; "oldValue"/"newValue": the raw JSON values)
nlohmann::ordered_json diff_to_json(const AgreementDiff& diff);

}  // namespace bpo
