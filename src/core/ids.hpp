// Stable row ids: every row of a list carries an id "<prefix>-<n>" (e.g. "sl-3"), unique within
// its list. UI widgets, undo and links between rows (serviceId, phaseId) use it; it survives
// reordering, reloads and other rows being deleted. A new id takes n = 1 + the largest n still in
// the list with that prefix: never a collision, and ids of rows deleted from the middle are not
// handed out again while a later row remains.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"

namespace bpo {

template <class Row>
struct RowIdPrefix;  // the prefix of each row type's ids
template <> struct RowIdPrefix<Responsibility> { static constexpr const char* value = "resp"; };
template <> struct RowIdPrefix<Service> { static constexpr const char* value = "svc"; };
template <> struct RowIdPrefix<ServiceLevel> { static constexpr const char* value = "sl"; };
template <> struct RowIdPrefix<Objective> { static constexpr const char* value = "obj"; };
template <> struct RowIdPrefix<Report> { static constexpr const char* value = "rep"; };
template <> struct RowIdPrefix<Meeting> { static constexpr const char* value = "mtg"; };
template <> struct RowIdPrefix<EscalationLevel> { static constexpr const char* value = "esc"; };
template <> struct RowIdPrefix<TransitionPhase> { static constexpr const char* value = "ph"; };
template <> struct RowIdPrefix<Milestone> { static constexpr const char* value = "ms"; };
template <> struct RowIdPrefix<RateLine> { static constexpr const char* value = "rate"; };
template <> struct RowIdPrefix<Indemnity> { static constexpr const char* value = "ind"; };
template <> struct RowIdPrefix<Insurance> { static constexpr const char* value = "ins"; };

// "<prefix>-<n>" with n one above the largest number already used with that prefix (ids that do
// not have the form "<prefix>-<digits>" are ignored).
std::string next_id(std::string_view prefix, const std::vector<std::string_view>& existing_ids);

// The id for a row about to be appended to rows.
template <class Row>
std::string next_row_id(const std::vector<Row>& rows) {
    std::vector<std::string_view> existing;
    existing.reserve(rows.size());
    for (const Row& r : rows) existing.emplace_back(r.id);
    return next_id(RowIdPrefix<Row>::value, existing);
}

// Gives every row with an empty id a fresh one, in list order; rows with ids are untouched.
template <class Row>
void assign_missing_row_ids(std::vector<Row>& rows) {
    for (Row& r : rows)
        if (r.id.empty()) r.id = next_row_id(rows);
}

// assign_missing_row_ids over every list of the agreement.
void assign_missing_ids(Agreement& agreement);

}  // namespace bpo
