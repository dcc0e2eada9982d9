// The one place that knows the JSON names of the agreement's fields (format v1).
// The importer, exporter, schema tests, rules (for JSON pointers) and sections all use these.
// Convention: lowerCamelCase of the C++ member name unless noted.
#pragma once

namespace bpo::keys {

// ---- top level ----
inline constexpr const char* format = "format";            // always "bpo-agreement"
inline constexpr const char* version = "version";          // 1
inline constexpr const char* title = "title";
inline constexpr const char* profile = "profile";
inline constexpr const char* client = "client";
inline constexpr const char* provider = "provider";
inline constexpr const char* responsibilities = "responsibilities";
inline constexpr const char* services = "services";
inline constexpr const char* term = "term";
inline constexpr const char* service_levels = "serviceLevels";
inline constexpr const char* credits = "credits";
inline constexpr const char* objectives = "objectives";
inline constexpr const char* governance = "governance";
inline constexpr const char* transition = "transition";
inline constexpr const char* pricing = "pricing";
inline constexpr const char* business_case = "businessCase";
inline constexpr const char* security = "security";
inline constexpr const char* confidentiality = "confidentiality";
inline constexpr const char* ip = "ip";
inline constexpr const char* termination = "termination";
inline constexpr const char* disputes = "disputes";
inline constexpr const char* liability = "liability";
inline constexpr const char* positions = "positions";
inline constexpr const char* extensions = "extensions";

inline constexpr const char* format_name = "bpo-agreement";
inline constexpr int format_version = 1;

// Nested keys: one namespace per model struct, named exactly like the struct, holding one
// constant per member named exactly like the member. So keys::ServiceLevel::expected is the JSON
// name of ServiceLevel::expected, and a pointer is built as
//   std::string("/") + keys::service_levels + "/" + std::to_string(i) + "/" + keys::ServiceLevel::expected
// Naming: lowerCamelCase of the member, except for two scale suffixes that make units explicit:
//   Money members        "...Minor"    integer minor units of pricing.currency (unitPriceMinor)
//   BasisPoints members  "...Percent"  percent number, at most 2 decimals (allocationPercent: 12.5)

namespace Party {  // a party (client or provider)
inline constexpr const char* legal_name = "legalName";
inline constexpr const char* entity_type = "entityType";
inline constexpr const char* jurisdiction = "jurisdiction";
inline constexpr const char* registration_number = "registrationNumber";
inline constexpr const char* address = "address";
inline constexpr const char* signatory_name = "signatoryName";
inline constexpr const char* signatory_title = "signatoryTitle";
inline constexpr const char* notice_contact = "noticeContact";
inline constexpr const char* notice_email = "noticeEmail";
}  // namespace Party

namespace Responsibility {  // /responsibilities/N
inline constexpr const char* id = "id";
inline constexpr const char* party = "party";
inline constexpr const char* description = "description";
inline constexpr const char* service_id = "serviceId";
}  // namespace Responsibility

namespace Service {  // /services/N
inline constexpr const char* id = "id";
inline constexpr const char* catalog_id = "catalogId";
inline constexpr const char* name = "name";
inline constexpr const char* category = "category";
inline constexpr const char* office = "office";
inline constexpr const char* description = "description";
inline constexpr const char* in_scope = "inScope";
inline constexpr const char* out_of_scope = "outOfScope";
inline constexpr const char* locations = "locations";
inline constexpr const char* location_detail = "locationDetail";
inline constexpr const char* ftes = "ftes";
inline constexpr const char* monthly_volume = "monthlyVolume";
inline constexpr const char* volume_unit = "volumeUnit";
inline constexpr const char* coverage_hours = "coverageHours";
inline constexpr const char* languages = "languages";
}  // namespace Service

namespace Term {  // /term
inline constexpr const char* effective_date = "effectiveDate";
inline constexpr const char* initial_term_months = "initialTermMonths";
inline constexpr const char* renewal = "renewal";
inline constexpr const char* renewal_period_months = "renewalPeriodMonths";
inline constexpr const char* non_renewal_notice_days = "nonRenewalNoticeDays";
}  // namespace Term

namespace ServiceLevel {  // /serviceLevels/N
inline constexpr const char* id = "id";
inline constexpr const char* service_id = "serviceId";
inline constexpr const char* metric_id = "metricId";
inline constexpr const char* name = "name";
inline constexpr const char* definition = "definition";
inline constexpr const char* expected = "expected";
inline constexpr const char* minimum = "minimum";
inline constexpr const char* unit = "unit";
inline constexpr const char* direction = "direction";
inline constexpr const char* window = "window";
inline constexpr const char* reporting = "reporting";
inline constexpr const char* criticality = "criticality";
inline constexpr const char* allocation_bp = "allocationPercent";
inline constexpr const char* flat_credit_bp = "flatCreditPercent";
inline constexpr const char* exclusions = "exclusions";
}  // namespace ServiceLevel

namespace CreditScheme {  // /credits
inline constexpr const char* method = "method";
inline constexpr const char* at_risk_bp = "atRiskPercent";
inline constexpr const char* pool_bp = "poolPercent";
inline constexpr const char* earn_back = "earnBack";
inline constexpr const char* earn_back_months = "earnBackMonths";
inline constexpr const char* critical_failure_misses = "criticalFailureMisses";
inline constexpr const char* critical_failure_window_months = "criticalFailureWindowMonths";
inline constexpr const char* claim_days = "claimDays";
}  // namespace CreditScheme

namespace Objective {  // /objectives/N
inline constexpr const char* id = "id";
inline constexpr const char* title = "title";
inline constexpr const char* description = "description";
inline constexpr const char* service_id = "serviceId";
inline constexpr const char* metric = "metric";
inline constexpr const char* baseline = "baseline";
inline constexpr const char* target = "target";
inline constexpr const char* unit = "unit";
inline constexpr const char* direction = "direction";
inline constexpr const char* start = "start";
inline constexpr const char* deadline = "deadline";
inline constexpr const char* owner = "owner";
}  // namespace Objective

namespace Report {  // /governance/reports/N
inline constexpr const char* id = "id";
inline constexpr const char* name = "name";
inline constexpr const char* contents = "contents";
inline constexpr const char* frequency = "frequency";
inline constexpr const char* prepared_by = "preparedBy";
inline constexpr const char* due_days = "dueDays";
}  // namespace Report

namespace Meeting {  // /governance/meetings/N
inline constexpr const char* id = "id";
inline constexpr const char* kind = "kind";
inline constexpr const char* name = "name";
inline constexpr const char* cadence = "cadence";
inline constexpr const char* participants = "participants";
inline constexpr const char* agenda = "agenda";
}  // namespace Meeting

namespace EscalationLevel {  // /governance/escalation/N
inline constexpr const char* id = "id";
inline constexpr const char* name = "name";
inline constexpr const char* client_contact = "clientContact";
inline constexpr const char* provider_contact = "providerContact";
inline constexpr const char* response_hours = "responseHours";
}  // namespace EscalationLevel

namespace Governance {  // /governance
inline constexpr const char* reports = "reports";
inline constexpr const char* meetings = "meetings";
inline constexpr const char* committee_name = "committeeName";
inline constexpr const char* committee_members = "committeeMembers";
inline constexpr const char* client_relationship_manager = "clientRelationshipManager";
inline constexpr const char* provider_relationship_manager = "providerRelationshipManager";
inline constexpr const char* shared_goals = "sharedGoals";
inline constexpr const char* communication_norms = "communicationNorms";
inline constexpr const char* escalation = "escalation";
inline constexpr const char* corrective_action_days = "correctiveActionDays";
inline constexpr const char* corrective_action_process = "correctiveActionProcess";
}  // namespace Governance

namespace TransitionPhase {  // /transition/phases/N
inline constexpr const char* id = "id";
inline constexpr const char* kind = "kind";
inline constexpr const char* name = "name";
inline constexpr const char* start = "start";
inline constexpr const char* end = "end";
}  // namespace TransitionPhase

namespace Milestone {  // /transition/milestones/N
inline constexpr const char* id = "id";
inline constexpr const char* phase_id = "phaseId";
inline constexpr const char* name = "name";
inline constexpr const char* due = "due";
inline constexpr const char* owner = "owner";
inline constexpr const char* acceptance_criteria = "acceptanceCriteria";
}  // namespace Milestone

namespace Transition {  // /transition
inline constexpr const char* phases = "phases";
inline constexpr const char* milestones = "milestones";
inline constexpr const char* go_live = "goLive";
inline constexpr const char* communication_plan = "communicationPlan";
inline constexpr const char* training_plan = "trainingPlan";
inline constexpr const char* contingency_plan = "contingencyPlan";
}  // namespace Transition

namespace RateLine {  // /pricing/rates/N
inline constexpr const char* id = "id";
inline constexpr const char* service_id = "serviceId";
inline constexpr const char* description = "description";
inline constexpr const char* unit_price = "unitPriceMinor";
inline constexpr const char* quantity = "quantity";
inline constexpr const char* unit = "unit";
}  // namespace RateLine

namespace Pricing {  // /pricing
inline constexpr const char* model = "model";
inline constexpr const char* currency = "currency";
inline constexpr const char* rates = "rates";
inline constexpr const char* fixed_monthly_fee = "fixedMonthlyFeeMinor";
inline constexpr const char* outcome_base_fee = "outcomeBaseFeeMinor";
inline constexpr const char* outcome_bonus_max = "outcomeBonusMaxMinor";
inline constexpr const char* invoice_frequency = "invoiceFrequency";
inline constexpr const char* invoice_timing = "invoiceTiming";
inline constexpr const char* payment_days = "paymentDays";
inline constexpr const char* adjustment = "adjustment";
inline constexpr const char* adjustment_bp = "adjustmentPercent";
inline constexpr const char* adjustment_index = "adjustmentIndex";
inline constexpr const char* late_interest_bp = "lateInterestPercent";
}  // namespace Pricing

namespace BusinessCase {  // /businessCase
inline constexpr const char* inhouse_monthly_cost = "inhouseMonthlyCostMinor";
inline constexpr const char* inhouse_growth_bp = "inhouseGrowthPercent";
inline constexpr const char* transition_cost = "transitionCostMinor";
inline constexpr const char* discount_rate_bp = "discountRatePercent";
}  // namespace BusinessCase

namespace DataSecurity {  // /security
inline constexpr const char* encryption_at_rest = "encryptionAtRest";
inline constexpr const char* encryption_in_transit = "encryptionInTransit";
inline constexpr const char* multi_factor_auth = "multiFactorAuth";
inline constexpr const char* access_control = "accessControl";
inline constexpr const char* frameworks = "frameworks";
inline constexpr const char* personal_data = "personalData";
inline constexpr const char* health_data = "healthData";
inline constexpr const char* baa_reference = "baaReference";
inline constexpr const char* breach_notice_hours = "breachNoticeHours";
inline constexpr const char* audit = "audit";
inline constexpr const char* audit_notice_days = "auditNoticeDays";
inline constexpr const char* audits_per_year = "auditsPerYear";
inline constexpr const char* data_locations = "dataLocations";
inline constexpr const char* data_outside_eea = "dataOutsideEea";
inline constexpr const char* transfer_mechanism = "transferMechanism";
inline constexpr const char* exit_data = "exitData";
inline constexpr const char* exit_data_days = "exitDataDays";
}  // namespace DataSecurity

namespace Confidentiality {  // /confidentiality
inline constexpr const char* duration_years = "durationYears";
inline constexpr const char* perpetual_for_trade_secrets = "perpetualForTradeSecrets";
inline constexpr const char* exclusions = "exclusions";
}  // namespace Confidentiality

namespace IntellectualProperty {  // /ip
inline constexpr const char* work_product = "workProduct";
inline constexpr const char* client_background_ip = "clientBackgroundIp";
inline constexpr const char* provider_background_ip = "providerBackgroundIp";
inline constexpr const char* licence_to_client = "licenceToClient";
inline constexpr const char* licence_to_provider = "licenceToProvider";
inline constexpr const char* licence_notes = "licenceNotes";
}  // namespace IntellectualProperty

namespace Termination {  // /termination
inline constexpr const char* convenience = "convenience";
inline constexpr const char* convenience_notice_days = "convenienceNoticeDays";
inline constexpr const char* fee = "fee";
inline constexpr const char* fee_amount = "feeAmountMinor";
inline constexpr const char* fee_months = "feeMonths";
inline constexpr const char* cure_period_days = "curePeriodDays";
inline constexpr const char* insolvency = "insolvency";
inline constexpr const char* change_of_control = "changeOfControl";
inline constexpr const char* exit_assistance = "exitAssistance";
inline constexpr const char* exit_assistance_months = "exitAssistanceMonths";
inline constexpr const char* exit_plan = "exitPlan";
}  // namespace Termination

namespace DisputeResolution {  // /disputes
inline constexpr const char* negotiation = "negotiation";
inline constexpr const char* negotiation_days = "negotiationDays";
inline constexpr const char* mediation = "mediation";
inline constexpr const char* mediation_body = "mediationBody";
inline constexpr const char* forum = "forum";
inline constexpr const char* arbitration_rules = "arbitrationRules";
inline constexpr const char* arbitrators = "arbitrators";
inline constexpr const char* seat = "seat";
inline constexpr const char* governing_law = "governingLaw";
inline constexpr const char* venue = "venue";
}  // namespace DisputeResolution

namespace Indemnity {  // /liability/indemnities/N
inline constexpr const char* id = "id";
inline constexpr const char* by = "by";
inline constexpr const char* covers = "covers";
}  // namespace Indemnity

namespace Insurance {  // /liability/insurance/N
inline constexpr const char* id = "id";
inline constexpr const char* kind = "kind";
inline constexpr const char* cover = "coverMinor";
}  // namespace Insurance

namespace Liability {  // /liability
inline constexpr const char* cap_basis = "capBasis";
inline constexpr const char* cap_months = "capMonths";
inline constexpr const char* cap_amount = "capAmountMinor";
inline constexpr const char* exclusions = "exclusions";
inline constexpr const char* indemnities = "indemnities";
inline constexpr const char* insurance = "insurance";
}  // namespace Liability

namespace ClausePositions {  // /positions
inline constexpr const char* service_credits = "serviceCredits";
inline constexpr const char* liability = "liability";
inline constexpr const char* intellectual_property = "intellectualProperty";
inline constexpr const char* termination_for_convenience = "terminationForConvenience";
inline constexpr const char* audit = "audit";
inline constexpr const char* dispute_resolution = "disputeResolution";
inline constexpr const char* exit_assistance = "exitAssistance";
}  // namespace ClausePositions

// Version 0: the prototype layout, read only by the migration to v1 (json_format.cpp).
// It had flat party names, "slas" instead of "serviceLevels", and credit percentages as fractions.
namespace v0 {
inline constexpr const char* client_name = "clientName";        // -> client.legalName
inline constexpr const char* provider_name = "providerName";    // -> provider.legalName
inline constexpr const char* start_date = "startDate";          // -> term.effectiveDate
inline constexpr const char* term_months = "termMonths";        // -> term.initialTermMonths
inline constexpr const char* slas = "slas";                     // -> serviceLevels
inline constexpr const char* sla_target = "target";             // -> serviceLevels/N/expected
inline constexpr const char* sla_critical = "critical";         // bool -> criticality
inline constexpr const char* sla_credit_fraction = "creditFraction";      // 0.02 -> flatCreditPercent 2
inline constexpr const char* sla_allocation_fraction = "allocationFraction";  // -> allocationPercent
inline constexpr const char* at_risk_fraction = "atRiskFraction";  // credits/atRiskFraction -> atRiskPercent
inline constexpr const char* pool_fraction = "poolFraction";       // credits/poolFraction -> poolPercent
}  // namespace v0

}  // namespace bpo::keys
