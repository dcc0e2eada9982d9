// Shared by the rules_*.cpp files only: the finding collector and the pointer builder.
#pragma once

#include <cctype>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/finding.hpp"
#include "core/json_keys.hpp"

namespace bpo::rules_detail {

inline void append_token(std::string& s, const char* key) { s += '/'; s += key; }
inline void append_token(std::string& s, std::size_t index) { s += '/'; s += std::to_string(index); }

// ptr(keys::service_levels, 3, keys::ServiceLevel::expected) == "/serviceLevels/3/expected"
template <class... Parts>
std::string ptr(const Parts&... parts) {
    std::string s;
    (append_token(s, parts), ...);
    return s;
}

class Collector {
public:
    // Looks the rule up for its severity; the section follows from the pointer.
    void add(const char* rule_id, std::string pointer, FindingArgs args = {});
    std::vector<Finding>& list() { return findings_; }

private:
    std::vector<Finding> findings_;
};

inline bool blank(const std::string& s) {
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    return true;
}

std::string iso_date(const Date& d);
std::string number_text(double v);

// The component checks, one per group of sections.
void check_overview_and_parties(const Agreement& a, Collector& out);
void check_scope_and_term(const Agreement& a, Collector& out);
void check_service_levels(const Agreement& a, Collector& out);
void check_objectives_and_governance(const Agreement& a, Collector& out);
void check_transition_and_pricing(const Agreement& a, Collector& out);
void check_security_and_ip(const Agreement& a, Collector& out);
void check_exit_disputes_liability(const Agreement& a, Collector& out);

}  // namespace bpo::rules_detail
