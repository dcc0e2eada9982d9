#include "core/ids.hpp"

#include <cstdint>

namespace bpo {

namespace {
// The n of "<prefix>-<n>", or 0 when id does not have that form or n is absurdly long.
std::uint64_t number_of(std::string_view id, std::string_view prefix) {
    if (id.size() <= prefix.size() + 1 || id.substr(0, prefix.size()) != prefix ||
        id[prefix.size()] != '-')
        return 0;
    const std::string_view digits = id.substr(prefix.size() + 1);
    if (digits.size() > 9) return 0;  // keeps n + 1 far from overflow
    std::uint64_t n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return 0;
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return n;
}
}  // namespace

std::string next_id(std::string_view prefix, const std::vector<std::string_view>& existing_ids) {
    std::uint64_t largest = 0;
    for (std::string_view id : existing_ids) {
        const std::uint64_t n = number_of(id, prefix);
        if (n > largest) largest = n;
    }
    std::string id(prefix);
    id += '-';
    id += std::to_string(largest + 1);
    return id;
}

void assign_missing_ids(Agreement& a) {
    assign_missing_row_ids(a.responsibilities);
    assign_missing_row_ids(a.services);
    assign_missing_row_ids(a.service_levels);
    assign_missing_row_ids(a.objectives);
    assign_missing_row_ids(a.governance.reports);
    assign_missing_row_ids(a.governance.meetings);
    assign_missing_row_ids(a.governance.escalation);
    assign_missing_row_ids(a.transition.phases);
    assign_missing_row_ids(a.transition.milestones);
    assign_missing_row_ids(a.pricing.rates);
    assign_missing_row_ids(a.liability.indemnities);
    assign_missing_row_ids(a.liability.insurance);
}

}  // namespace bpo
