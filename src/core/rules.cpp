// The rule table, the engine that runs the component checks and orders the findings,
// and the calendar helpers. The checks themselves are in rules_*.cpp.
#include "core/rules.hpp"

#include <algorithm>
#include <cstdio>

#include "core/rules_internal.hpp"

namespace bpo {

namespace {

using S = Section;
constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// Every rule: id, severity, section. Wording: finding_text.cpp. Triggers: docs/rules.md.
const RuleInfo kRules[] = {
    {"overview.missing-title", W, S::Overview},

    {"parties.missing-legal-name", E, S::Parties},
    {"parties.same-legal-name", E, S::Parties},
    {"parties.missing-entity-type", I, S::Parties},
    {"parties.missing-jurisdiction", W, S::Parties},
    {"parties.missing-address", W, S::Parties},
    {"parties.missing-signatory", W, S::Parties},
    {"parties.missing-notice-contact", W, S::Parties},
    {"parties.invalid-notice-email", W, S::Parties},
    {"parties.no-client-responsibilities", W, S::Parties},
    {"parties.no-provider-responsibilities", I, S::Parties},
    {"parties.responsibility-missing-description", W, S::Parties},
    {"parties.responsibility-unknown-service", E, S::Parties},

    {"scope.no-services", E, S::Scope},
    {"scope.duplicate-service-id", E, S::Scope},
    {"scope.service-missing-name", E, S::Scope},
    {"scope.service-missing-in-scope", W, S::Scope},
    {"scope.service-missing-out-of-scope", I, S::Scope},
    {"scope.service-no-location", W, S::Scope},
    {"scope.service-no-volume", I, S::Scope},
    {"scope.service-missing-coverage-hours", I, S::Scope},
    {"scope.service-without-service-level", W, S::Scope},

    {"term.missing-effective-date", E, S::Term},
    {"term.missing-initial-term", E, S::Term},
    {"term.unusual-initial-term", I, S::Term},
    {"term.missing-renewal-period", E, S::Term},
    {"term.missing-non-renewal-notice", W, S::Term},
    {"term.renewal-notice-too-long", E, S::Term},

    {"sla.none", E, S::ServiceLevels},
    {"sla.duplicate-id", E, S::ServiceLevels},
    {"sla.missing-name", E, S::ServiceLevels},
    {"sla.missing-definition", W, S::ServiceLevels},
    {"sla.missing-target", E, S::ServiceLevels},
    {"sla.missing-unit", E, S::ServiceLevels},
    {"sla.missing-window", E, S::ServiceLevels},
    {"sla.no-service", W, S::ServiceLevels},
    {"sla.unknown-service", E, S::ServiceLevels},
    {"sla.minimum-better-than-expected", E, S::ServiceLevels},
    {"sla.percent-out-of-range", E, S::ServiceLevels},
    {"credits.no-cap", E, S::ServiceLevels},
    {"credits.at-risk-above-charges", E, S::ServiceLevels},
    {"credits.at-risk-high", W, S::ServiceLevels},
    {"credits.allocations-exceed-pool", E, S::ServiceLevels},
    {"credits.allocation-above-at-risk", W, S::ServiceLevels},
    {"credits.flat-credits-exceed-cap", W, S::ServiceLevels},
    {"credits.critical-without-allocation", E, S::ServiceLevels},
    {"credits.key-with-credit", I, S::ServiceLevels},
    {"credits.no-critical-service-level", I, S::ServiceLevels},
    {"credits.earn-back-without-months", E, S::ServiceLevels},
    {"credits.critical-failure-incomplete", W, S::ServiceLevels},
    {"credits.no-critical-failure-threshold", I, S::ServiceLevels},
    {"credits.missing-claim-days", I, S::ServiceLevels},

    {"objective.none", I, S::Objectives},
    {"objective.not-specific", W, S::Objectives},
    {"objective.not-measurable", W, S::Objectives},
    {"objective.not-achievable", W, S::Objectives},
    {"objective.not-relevant", W, S::Objectives},
    {"objective.not-time-bound", W, S::Objectives},
    {"objective.missing-owner", I, S::Objectives},

    {"governance.no-reports", W, S::Governance},
    {"governance.report-missing-frequency", W, S::Governance},
    {"governance.no-meetings", W, S::Governance},
    {"governance.meeting-missing-cadence", W, S::Governance},
    {"governance.no-performance-review", I, S::Governance},
    {"governance.no-escalation", W, S::Governance},
    {"governance.escalation-missing-contact", W, S::Governance},
    {"governance.escalation-missing-response-time", W, S::Governance},
    {"governance.escalation-out-of-order", E, S::Governance},
    {"governance.missing-relationship-manager", W, S::Governance},
    {"governance.missing-committee", I, S::Governance},
    {"governance.no-corrective-action", W, S::Governance},

    {"transition.missing-go-live", W, S::Transition},
    {"transition.go-live-before-effective-date", E, S::Transition},
    {"transition.go-live-after-term", E, S::Transition},
    {"transition.phase-ends-before-start", E, S::Transition},
    {"transition.no-milestones", W, S::Transition},
    {"transition.milestone-missing-date", W, S::Transition},
    {"transition.milestone-before-effective-date", E, S::Transition},
    {"transition.milestone-after-go-live", W, S::Transition},
    {"transition.milestone-missing-acceptance", W, S::Transition},
    {"transition.milestone-unknown-phase", E, S::Transition},
    {"transition.no-contingency-plan", W, S::Transition},
    {"transition.missing-communication-plan", I, S::Transition},
    {"transition.missing-training-plan", I, S::Transition},

    {"pricing.invalid-currency", E, S::Pricing},
    {"pricing.no-rates", E, S::Pricing},
    {"pricing.rate-missing-price", E, S::Pricing},
    {"pricing.rate-missing-quantity", W, S::Pricing},
    {"pricing.rate-unknown-service", E, S::Pricing},
    {"pricing.missing-fixed-fee", E, S::Pricing},
    {"pricing.missing-outcome-base", E, S::Pricing},
    {"pricing.outcome-bonus-without-objectives", W, S::Pricing},
    {"pricing.missing-payment-days", W, S::Pricing},
    {"pricing.payment-days-long", W, S::Pricing},
    {"pricing.adjustment-missing-rate", W, S::Pricing},
    {"pricing.index-missing-name", W, S::Pricing},
    {"pricing.no-adjustment-multi-year", I, S::Pricing},
    {"pricing.missing-business-case", I, S::Pricing},
    {"pricing.negative-savings", W, S::Pricing},

    {"security.no-encryption-at-rest", W, S::DataSecurity},
    {"security.no-encryption-in-transit", W, S::DataSecurity},
    {"security.no-mfa", I, S::DataSecurity},
    {"security.missing-access-control", W, S::DataSecurity},
    {"security.no-framework", W, S::DataSecurity},
    {"security.hipaa-without-baa", E, S::DataSecurity},
    {"security.health-data-without-hipaa", I, S::DataSecurity},
    {"security.gdpr-transfer-without-mechanism", E, S::DataSecurity},
    {"security.missing-breach-notice", E, S::DataSecurity},
    {"security.breach-notice-too-long", W, S::DataSecurity},
    {"security.no-audit-right", W, S::DataSecurity},
    {"security.no-data-locations", W, S::DataSecurity},
    {"security.exit-data-unspecified", W, S::DataSecurity},
    {"confidentiality.missing-duration", W, S::DataSecurity},

    {"ip.work-product-unspecified", E, S::IntellectualProperty},
    {"ip.provider-owns-without-licence", W, S::IntellectualProperty},
    {"ip.missing-background-ip", I, S::IntellectualProperty},
    {"ip.no-licence-to-provider", I, S::IntellectualProperty},

    {"termination.notice-longer-than-term", E, S::Termination},
    {"termination.missing-convenience-notice", W, S::Termination},
    {"termination.fee-missing-amount", E, S::Termination},
    {"termination.missing-cure-period", W, S::Termination},
    {"termination.no-exit-assistance", W, S::Termination},
    {"termination.exit-assistance-missing-months", W, S::Termination},
    {"termination.missing-exit-plan", I, S::Termination},

    {"disputes.no-resolution-step", E, S::Disputes},
    {"disputes.missing-governing-law", E, S::Disputes},
    {"disputes.missing-forum", W, S::Disputes},
    {"disputes.arbitration-missing-rules", W, S::Disputes},
    {"disputes.arbitration-missing-seat", W, S::Disputes},
    {"disputes.even-arbitrators", W, S::Disputes},
    {"disputes.courts-missing-venue", W, S::Disputes},
    {"disputes.mediation-missing-body", I, S::Disputes},

    {"liability.cap-unspecified", W, S::Liability},
    {"liability.zero-cap", E, S::Liability},
    {"liability.unlimited", I, S::Liability},
    {"liability.no-indemnities", I, S::Liability},
    {"liability.no-insurance", I, S::Liability},
    {"liability.insurance-missing-cover", W, S::Liability},
};

bool is_number(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view next_token(std::string_view& rest) {
    if (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
    const std::size_t slash = rest.find('/');
    const std::string_view token = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash);
    return token;
}

}  // namespace

const char* severity_id(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "info";
    }
    return "info";
}

std::vector<RuleInfo> all_rules() { return std::vector<RuleInfo>(std::begin(kRules), std::end(kRules)); }

const RuleInfo* find_rule(std::string_view id) {
    for (const RuleInfo& r : kRules)
        if (id == r.id) return &r;
    return nullptr;
}

bool has_errors(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
}

bool pointer_less(std::string_view a, std::string_view b) {
    while (!a.empty() || !b.empty()) {
        if (a.empty()) return true;
        if (b.empty()) return false;
        const std::string_view ta = next_token(a);
        const std::string_view tb = next_token(b);
        if (ta == tb) continue;
        if (is_number(ta) && is_number(tb)) {
            if (ta.size() != tb.size()) return ta.size() < tb.size();  // no leading zeros in indices
            return ta < tb;
        }
        return ta < tb;
    }
    return false;
}

std::vector<Finding> validate(const Agreement& a) {
    using namespace rules_detail;
    Collector out;
    check_overview_and_parties(a, out);
    check_scope_and_term(a, out);
    check_service_levels(a, out);
    check_objectives_and_governance(a, out);
    check_transition_and_pricing(a, out);
    check_security_and_ip(a, out);
    check_exit_disputes_liability(a, out);
    std::vector<Finding> findings = std::move(out.list());
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& x, const Finding& y) {
        if (x.section != y.section) return static_cast<int>(x.section) < static_cast<int>(y.section);
        if (x.pointer != y.pointer) return pointer_less(x.pointer, y.pointer);
        return x.rule_id < y.rule_id;
    });
    return findings;
}

// ---- calendar --------------------------------------------------------------------------------

Date term_end(const Term& t) {
    if (!t.effective_date.is_set() || t.initial_term_months <= 0) return Date{};
    return add_months(t.effective_date, t.initial_term_months);
}

bool days_exceed_months(int notice_days, int months) {
    return static_cast<long>(notice_days) * 12 > static_cast<long>(months) * 365;
}

namespace rules_detail {

void Collector::add(const char* rule_id, std::string pointer, FindingArgs args) {
    Finding f;
    f.rule_id = rule_id;
    const RuleInfo* info = find_rule(rule_id);
    f.severity = info ? info->severity : Severity::Warning;
    f.section = section_of_pointer(pointer);
    f.pointer = std::move(pointer);
    f.args = std::move(args);
    findings_.push_back(std::move(f));
}

std::string iso_date(const Date& d) {
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

// As an ostream with precision 10 writes it; snprintf keeps iostreams out of the wasm app.
std::string number_text(double v) {
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%.10g", v);
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

}  // namespace rules_detail

}  // namespace bpo
