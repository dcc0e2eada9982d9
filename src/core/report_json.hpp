// The --json output shapes of `bpo validate`, `bpo score` and `bpo case` (documented with
// examples in docs/actuals.md). Money is integer minor units in keys ending "Minor", percentages
// are percent numbers in keys ending "Percent" (as in the agreement format), enum values use the
// agreement format's kebab-case ids, months are "YYYY-MM". Each document starts with "format"
// and "version" so that tools can check what they read.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/business_case.hpp"
#include "core/credits.hpp"
#include "core/fees.hpp"
#include "core/finding.hpp"

namespace bpo {

inline constexpr int report_json_version = 1;

// {"format": "bpo-findings", "version": 1, "file": "...", "counts": {...}, "findings": [...]}
// file is omitted when empty.
nlohmann::ordered_json findings_to_json(const std::vector<Finding>& findings, const std::string& file = {});

// One finding: {"rule", "severity", "section", "pointer", "message", "hint", "args": {...}}
nlohmann::ordered_json finding_to_json(const Finding& finding);

// {"format": "bpo-credit-report", "version": 1, "currency", "method", "months": [...], "totals",
//  "terminationRight", "notes": [...]}
nlohmann::ordered_json credit_report_to_json(const CreditReport& report);

// {"format": "bpo-business-case", "version": 1, "currency", "termMonths", ..., "fees": {...},
//  "years": [...], "months": [...], "assumptions": [...]}
nlohmann::ordered_json business_case_to_json(const BusinessCaseResult& result, const FeeSchedule& fees);

}  // namespace bpo
