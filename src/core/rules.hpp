// The rules engine: every finding a careful reviewer would raise about an agreement.
// Rule ids, severities and sections are listed by all_rules(); wording is in finding_text.hpp.
// The list of rules and what triggers each one is in docs/rules.md.
#pragma once

#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/dates.hpp"  // add_months, whole_months_between
#include "core/finding.hpp"

namespace bpo {

// All findings, ordered by section (document order), then pointer (array indices compared as
// numbers), then rule id. Pure and deterministic.
std::vector<Finding> validate(const Agreement& agreement);

// Every rule the engine knows, in the order they are documented.
std::vector<RuleInfo> all_rules();
const RuleInfo* find_rule(std::string_view id);  // nullptr when unknown

bool has_errors(const std::vector<Finding>& findings);

// "/serviceLevels/10" after "/serviceLevels/2": tokens compared as numbers when both are.
bool pointer_less(std::string_view a, std::string_view b);

// ---- calendar helpers used by the rules and the SMART check ---------------------------------
Date term_end(const Term& term);               // first day after the initial term; unset if unknown
// notice_days is longer than `months` months (a month counts as 365/12 days).
bool days_exceed_months(int notice_days, int months);

}  // namespace bpo
