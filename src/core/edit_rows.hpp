// Edit commands on lists of rows (services, service levels, milestones, ...): add, remove,
// duplicate and reorder. Rows are found again by their stable id, never by position or
// address, so undo works after any other edit.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "core/edit.hpp"
#include "core/ids.hpp"

namespace bpo {

template <class Row>
using ListLocator = std::function<std::vector<Row>*(Agreement&)>;

namespace detail {
template <class Row>
std::ptrdiff_t index_of(const std::vector<Row>& rows, const std::string& id) {
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].id == id) return static_cast<std::ptrdiff_t>(i);
    return -1;
}
}  // namespace detail

// Inserts `row` at `index` (clamped to the end). The row must carry its id already.
template <class Row>
EditCommand insert_row(std::string label, ListLocator<Row> list, Row row, std::size_t index) {
    EditCommand c;
    c.label = std::move(label);
    c.apply = [list, row, index](Agreement& a) {
        if (auto* rows = list(a)) rows->insert(rows->begin() + static_cast<std::ptrdiff_t>(std::min(index, rows->size())), row);
    };
    c.revert = [list, id = row.id](Agreement& a) {
        if (auto* rows = list(a)) {
            const auto i = detail::index_of(*rows, id);
            if (i >= 0) rows->erase(rows->begin() + i);
        }
    };
    return c;
}

// Appends `row` with a fresh id.
template <class Row>
EditCommand append_row(std::string label, ListLocator<Row> list, Row row, Agreement& current) {
    const std::vector<Row>* rows = list(current);
    row.id = rows ? next_row_id(*rows) : next_row_id(std::vector<Row>{});
    return insert_row<Row>(std::move(label), list, std::move(row), rows ? rows->size() : 0);
}

template <class Row>
EditCommand remove_row(std::string label, ListLocator<Row> list, const std::string& id, Agreement& current) {
    std::vector<Row>* rows = list(current);
    const auto at = rows ? detail::index_of(*rows, id) : -1;
    Row removed = at >= 0 ? (*rows)[static_cast<std::size_t>(at)] : Row{};
    EditCommand c;
    c.label = std::move(label);
    c.apply = [list, id](Agreement& a) {
        if (auto* r = list(a)) {
            const auto i = detail::index_of(*r, id);
            if (i >= 0) r->erase(r->begin() + i);
        }
    };
    c.revert = [list, removed, at](Agreement& a) {
        if (auto* r = list(a); r && at >= 0)
            r->insert(r->begin() + std::min<std::ptrdiff_t>(at, static_cast<std::ptrdiff_t>(r->size())), removed);
    };
    return c;
}

// A copy of the row right after it, with a fresh id.
template <class Row>
EditCommand duplicate_row(std::string label, ListLocator<Row> list, const std::string& id, Agreement& current) {
    std::vector<Row>* rows = list(current);
    const auto at = rows ? detail::index_of(*rows, id) : -1;
    Row copy = at >= 0 ? (*rows)[static_cast<std::size_t>(at)] : Row{};
    copy.id = rows ? next_row_id(*rows) : std::string{};
    return insert_row<Row>(std::move(label), list, std::move(copy), static_cast<std::size_t>(at + 1));
}

// Moves the row one place up (delta -1) or down (+1). At either end of the list the command
// does nothing, and its undo does nothing either.
template <class Row>
EditCommand move_row(std::string label, ListLocator<Row> list, const std::string& id, int delta,
                     Agreement& current) {
    const auto* rows = list(current);
    const auto from = rows ? detail::index_of(*rows, id) : -1;
    const bool possible = from >= 0 && from + delta >= 0 &&
                          from + delta < static_cast<std::ptrdiff_t>(rows->size());
    auto shift = [list, id](Agreement& a, int by) {
        auto* r = list(a);
        if (!r) return;
        const auto i = detail::index_of(*r, id);
        const auto j = i + by;
        if (i < 0 || j < 0 || j >= static_cast<std::ptrdiff_t>(r->size())) return;
        std::swap((*r)[static_cast<std::size_t>(i)], (*r)[static_cast<std::size_t>(j)]);
    };
    EditCommand c;
    c.label = std::move(label);
    c.apply = [shift, delta, possible](Agreement& a) { if (possible) shift(a, delta); };
    c.revert = [shift, delta, possible](Agreement& a) { if (possible) shift(a, -delta); };
    return c;
}

}  // namespace bpo
