// Playbooks: an organisation's negotiating positions, written once as a JSON file (format
// "bpo-playbook", version 1, schema assets/schema/bpo-playbook.v1.schema.json, docs/playbooks.md)
// and checked against any agreement. Each deviation is a Finding with rule id
// "playbook.<check id>", the playbook's severity, the pointer of the field concerned, and the
// playbook's own wording in the arguments "message" and "hint" (finding_text renders them).
//
// Three kinds of checks:
//   ranges      a named quantity of the agreement (PlaybookQuantity) within min and/or max,
//               both inclusive; a quantity that is not set fails the check
//   positions   a clause (clauses.hpp clause ids) must take one of the `allowed` positions and
//               none of the `forbidden` ones
//   frameworks  when a service of a catalog category (or a catalog process) is in scope, the
//               agreement must name these compliance frameworks
// In the playbook's message and hint, {value}, {min}, {max}, {clause}, {position}, {missing}
// and {service} are filled in with the finding's values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/finding.hpp"
#include "core/json_format.hpp"

namespace bpo {

namespace playbook_keys {  // this format's own JSON names
inline constexpr const char* format = "format";
inline constexpr const char* version = "version";
inline constexpr const char* name = "name";
inline constexpr const char* organisation = "organisation";
inline constexpr const char* description = "description";
inline constexpr const char* ranges = "ranges";
inline constexpr const char* positions = "positions";
inline constexpr const char* frameworks = "frameworks";
// in every check
inline constexpr const char* id = "id";
inline constexpr const char* severity = "severity";
inline constexpr const char* message = "message";
inline constexpr const char* hint = "hint";
// ranges
inline constexpr const char* quantity = "quantity";
inline constexpr const char* min = "min";
inline constexpr const char* max = "max";
// positions
inline constexpr const char* clause = "clause";
inline constexpr const char* allowed = "allowed";
inline constexpr const char* forbidden = "forbidden";
// frameworks
inline constexpr const char* category = "category";
inline constexpr const char* process = "process";
inline constexpr const char* required = "required";

inline constexpr const char* format_name = "bpo-playbook";
inline constexpr int format_version = 1;
}  // namespace playbook_keys

// Well-defined quantities of an agreement that ranges can bound.
enum class PlaybookQuantity {
    LiabilityCapMonths,         // cap in months of fees: capMonths; a fixed amount / first month's
                                // charges; unlimited = no upper bound (passes any min, fails a max)
    BreachNoticeHours,          // security.breachNoticeHours (0 = not set)
    CreditsAtRiskPercent,       // credits.atRiskPercent
    PaymentDays,                // pricing.paymentDays
    InitialTermMonths,          // term.initialTermMonths (0 = not set)
    RenewalPeriodMonths,        // term.renewalPeriodMonths (0 = not set)
    NonRenewalNoticeDays,       // term.nonRenewalNoticeDays (0 = not set)
    ConvenienceNoticeDays,      // termination.convenienceNoticeDays (0 = not set)
    TerminationFeeMonths,       // termination.feeMonths (months-of-fees and declining fees)
    CurePeriodDays,             // termination.curePeriodDays (0 = not set)
    ExitAssistanceMonths,       // termination.exitAssistanceMonths (0 = not set)
    ConfidentialityYears,       // confidentiality.durationYears (0 = not set)
    AuditsPerYear,              // security.auditsPerYear
    AuditNoticeDays,            // security.auditNoticeDays
    ExitDataDays,               // security.exitDataDays (0 = not set)
    EarnBackMonths,             // credits.earnBackMonths (0 = no earn-back)
    CreditClaimDays,            // credits.claimDays (0 = not set)
    AnnualAdjustmentPercent,    // pricing.adjustmentPercent (0 when there is no adjustment)
    LateInterestPercent,        // pricing.lateInterestPercent
    CorrectiveActionDays,       // governance.correctiveActionDays (0 = not set)
};

struct QuantityInfo {
    PlaybookQuantity quantity;
    const char* id;       // "liability-cap-months": the name used in playbook files
    const char* label;    // "Liability cap (months of fees)"
};
const std::vector<QuantityInfo>& playbook_quantities();  // every quantity, in the order above
std::optional<PlaybookQuantity> quantity_from_id(std::string_view id);

// The quantity's value in an agreement (nullopt when not set) and the pointer of its field.
struct QuantityValue {
    std::optional<double> value;  // +infinity for an unlimited liability cap
    std::string pointer;
};
QuantityValue quantity_value(const Agreement& agreement, PlaybookQuantity quantity);

struct RangeCheck {
    std::string id;
    PlaybookQuantity quantity = PlaybookQuantity::PaymentDays;
    std::optional<double> min;
    std::optional<double> max;
    Severity severity = Severity::Warning;
    std::string message;
    std::string hint;
};

struct PositionCheck {
    std::string id;
    std::string clause;               // clause id from clause_catalog(): "liability"
    std::vector<Position> allowed;    // empty = any position not forbidden
    std::vector<Position> forbidden;
    Severity severity = Severity::Warning;
    std::string message;
    std::string hint;
};

struct FrameworkCheck {
    std::string id;
    std::string category;             // catalog category id ("customer-support"), or
    std::string process;              // catalog process id; both empty = any service in scope
    std::vector<Framework> required;
    Severity severity = Severity::Warning;
    std::string message;
    std::string hint;
};

struct Playbook {
    std::string name;
    std::string organisation;
    std::string description;
    std::vector<RangeCheck> ranges;
    std::vector<PositionCheck> positions;
    std::vector<FrameworkCheck> frameworks;
};

struct PlaybookImport {
    Playbook playbook;               // meaningful only when ok()
    std::vector<ImportError> errors; // every problem, with JSON pointers into the playbook file
    bool ok() const { return errors.empty(); }
};

// Strict: unknown keys, wrong types, unknown quantities, clauses, positions, frameworks, catalog
// ids and duplicate check ids are errors; all are reported at once. Never throws.
PlaybookImport import_playbook(std::string_view text);

// The playbook as canonical JSON (import_playbook reads it back to the same playbook).
std::string export_playbook(const Playbook& playbook);

// The checks that the agreement does not satisfy, in playbook order (ranges, positions,
// frameworks). Arguments: "message", "hint" (the playbook's wording, placeholders filled),
// "check" (the check id), "playbook" (its name), and per kind "value", "min", "max" /
// "clause", "position" / "missing", "service".
std::vector<Finding> check_playbook(const Playbook& playbook, const Agreement& agreement);

// The published schema (assets/schema/bpo-playbook.v1.schema.json).
std::string_view published_playbook_schema();
inline constexpr const char* playbook_schema_asset_path = "schema/bpo-playbook.v1.schema.json";

}  // namespace bpo
