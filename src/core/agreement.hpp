// The BPO agreement as plain value types: the single source of truth that everything else
// (rules, money, document, JSON, UI) derives from. No logic lives here beyond defaults.
//
// Scales (documented once, used everywhere):
//   Money       integer minor units of the agreement's currency (cents for USD/EUR).
//   BasisPoints percentages that enter money arithmetic, in 1/100 of a percent (1250 = 12.50 %).
//               In JSON they are written as percent numbers with at most two decimals (12.5).
//   double      measurements only (SLA targets, FTE counts, volumes): never money.
//   Date        ISO 8601 calendar date; year 0 means "not set".
//   Row ids     every row in a list has a stable string id (unique within its list) that UI
//               widgets, links between rows and undo use; JSON pointers still use indices.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace bpo {

using BasisPoints = std::int64_t;

struct Money {
    std::int64_t minor = 0;  // minor units (cents)
    friend bool operator==(Money a, Money b) { return a.minor == b.minor; }
    friend bool operator!=(Money a, Money b) { return a.minor != b.minor; }
};

struct Date {
    int year = 0;   // 0 = not set
    int month = 0;  // 1..12
    int day = 0;    // 1..31
    bool is_set() const { return year != 0; }
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
};

// ---- shared enums -------------------------------------------------------------------------

enum class PartyRole { Client, Provider };
enum class ClientProfile { Startup, Midsize, Enterprise };
enum class Cadence { Unspecified, Daily, Weekly, Fortnightly, Monthly, Quarterly, Annually };
enum class Position { ClientFavourable, Balanced, ProviderFavourable };

// ---- 1. parties and their responsibilities -----------------------------------------------

struct Party {
    std::string legal_name;
    std::string entity_type;      // "limited company", "GmbH", "LLC", ...
    std::string jurisdiction;     // where incorporated
    std::string registration_number;
    std::string address;
    std::string signatory_name;
    std::string signatory_title;
    std::string notice_contact;   // name or role receiving formal notices
    std::string notice_email;
};

struct Responsibility {
    std::string id;
    PartyRole party = PartyRole::Client;
    std::string description;      // "Provide system access and process documentation"
    std::string service_id;       // empty = whole agreement
};

// ---- 2. scope of services ----------------------------------------------------------------

enum class Office { BackOffice, FrontOffice };
enum class DeliveryLocation { Onshore, Nearshore, Offshore };

struct Service {
    std::string id;
    std::string catalog_id;       // process id from the catalog; empty for a custom service
    std::string name;
    std::string category;         // catalog category id ("finance", "hr", ...) or custom text
    Office office = Office::BackOffice;
    std::string description;
    std::string in_scope;
    std::string out_of_scope;
    std::vector<DeliveryLocation> locations;
    std::string location_detail;  // cities / countries, free text
    double ftes = 0;              // dedicated full-time equivalents (0 = not stated)
    double monthly_volume = 0;    // transactions per month (0 = not stated)
    std::string volume_unit;      // "invoices", "calls", "tickets"
    std::string coverage_hours;   // "Mon-Fri 08:00-18:00 CET"
    std::vector<std::string> languages;
};

// ---- 3. contract duration ----------------------------------------------------------------

enum class Renewal { None, Automatic, ByAgreement };

struct Term {
    Date effective_date;
    int initial_term_months = 0;
    Renewal renewal = Renewal::ByAgreement;
    int renewal_period_months = 0;
    int non_renewal_notice_days = 0;
};

// ---- 4. service levels and credits -------------------------------------------------------

enum class MetricUnit { Unspecified, Percent, Seconds, Minutes, Hours, Days, Count, Score };
enum class Direction { HigherIsBetter, LowerIsBetter };
enum class Criticality { Critical, Key };  // critical carries credits, key is reported only
enum class Exclusion { ScheduledMaintenance, ForceMajeure, ClientCaused };

struct ServiceLevel {
    std::string id;
    std::string service_id;       // the scoped service it measures
    std::string metric_id;        // metric library id; empty for a custom metric
    std::string name;
    std::string definition;       // how it is measured
    std::optional<double> expected;  // the target ("expected service level")
    std::optional<double> minimum;   // credits apply below this when set
    MetricUnit unit = MetricUnit::Unspecified;
    Direction direction = Direction::HigherIsBetter;
    Cadence window = Cadence::Monthly;     // measurement window
    Cadence reporting = Cadence::Monthly;  // reporting frequency
    Criticality criticality = Criticality::Key;
    BasisPoints allocation_bp = 0;   // share of the at-risk amount (pool method), critical only
    BasisPoints flat_credit_bp = 0;  // % of monthly charges per miss (flat method)
    std::vector<Exclusion> exclusions;
};

enum class CreditMethod { AtRiskPool, FlatPerMiss };

struct CreditScheme {
    CreditMethod method = CreditMethod::AtRiskPool;
    BasisPoints at_risk_bp = 0;      // at-risk amount as % of monthly charges; also the monthly cap
    BasisPoints pool_bp = 0;         // pool available for allocation (e.g. 25000 = 250 %)
    bool earn_back = false;
    int earn_back_months = 0;        // consecutive months met after a miss that earn the credit back
    int critical_failure_misses = 0; // this many misses of one critical SL ...
    int critical_failure_window_months = 0;  // ... within this rolling window give a termination right
    int claim_days = 0;              // days after month end to claim credits
};

// ---- 5. SMART objectives -----------------------------------------------------------------

struct Objective {
    std::string id;
    std::string title;
    std::string description;
    std::string service_id;       // empty = whole deal
    std::string metric;           // what is measured
    std::optional<double> baseline;
    std::optional<double> target;
    MetricUnit unit = MetricUnit::Unspecified;
    Direction direction = Direction::HigherIsBetter;
    Date start;                   // when measurement starts (default: effective date)
    Date deadline;
    std::string owner;
};

// ---- 6. governance and progress tracking -------------------------------------------------

struct Report {
    std::string id;
    std::string name;
    std::string contents;
    Cadence frequency = Cadence::Monthly;
    PartyRole prepared_by = PartyRole::Provider;
    int due_days = 0;             // working days after the period closes
};

enum class MeetingKind { Operational, Performance, BusinessReview, Steering, Custom };

struct Meeting {
    std::string id;
    MeetingKind kind = MeetingKind::Custom;
    std::string name;
    Cadence cadence = Cadence::Monthly;
    std::string participants;
    std::string agenda;
};

struct EscalationLevel {
    std::string id;
    std::string name;             // "Service managers", "Relationship managers", "Executives"
    std::string client_contact;
    std::string provider_contact;
    int response_hours = 0;
};

struct Governance {
    std::vector<Report> reports;
    std::vector<Meeting> meetings;
    std::string committee_name;
    std::string committee_members;
    std::string client_relationship_manager;
    std::string provider_relationship_manager;
    std::string shared_goals;         // partnership and cultural alignment
    std::string communication_norms;
    std::vector<EscalationLevel> escalation;  // in order, first level first
    int corrective_action_days = 0;   // days to deliver a corrective-action plan after a miss
    std::string corrective_action_process;
};

// ---- 7. transition -----------------------------------------------------------------------

enum class PhaseKind { Planning, KnowledgeTransfer, ParallelRun, GoLive, Stabilisation, Custom };

struct TransitionPhase {
    std::string id;
    PhaseKind kind = PhaseKind::Custom;
    std::string name;
    Date start;
    Date end;
};

struct Milestone {
    std::string id;
    std::string phase_id;
    std::string name;
    Date due;
    PartyRole owner = PartyRole::Provider;
    std::string acceptance_criteria;
};

struct Transition {
    std::vector<TransitionPhase> phases;
    std::vector<Milestone> milestones;
    Date go_live;
    std::string communication_plan;
    std::string training_plan;
    std::string contingency_plan;     // rollback if go-live fails
};

// ---- 8. pricing and business case --------------------------------------------------------

enum class PricingModel { PerFte, PerTransaction, FixedMonthly, OutcomeBased };
enum class InvoiceTiming { InAdvance, InArrears };
enum class Adjustment { None, Fixed, Index };

struct RateLine {
    std::string id;
    std::string service_id;
    std::string description;      // "Accounts payable clerk", "Invoice processed"
    Money unit_price;             // per FTE-month or per transaction
    double quantity = 0;          // FTEs or transactions per month
    std::string unit;             // "FTE", "invoice", "call"
};

struct Pricing {
    PricingModel model = PricingModel::PerFte;
    std::string currency = "USD";  // ISO 4217
    std::vector<RateLine> rates;   // per FTE / per transaction lines
    Money fixed_monthly_fee;       // fixed model
    Money outcome_base_fee;        // outcome-based: monthly base ...
    Money outcome_bonus_max;       // ... plus up to this bonus a month when objectives are met
    Cadence invoice_frequency = Cadence::Monthly;
    InvoiceTiming invoice_timing = InvoiceTiming::InArrears;
    int payment_days = 30;
    Adjustment adjustment = Adjustment::None;
    BasisPoints adjustment_bp = 0;     // fixed yearly uplift, or the cap on an index uplift
    std::string adjustment_index;      // "CPI-U", "HICP"
    BasisPoints late_interest_bp = 0;  // yearly interest on late payment
};

struct BusinessCase {
    Money inhouse_monthly_cost;        // today's fully loaded monthly cost
    BasisPoints inhouse_growth_bp = 0; // yearly growth of the in-house cost
    Money transition_cost;             // one-off cost of moving the work
    BasisPoints discount_rate_bp = 0;  // yearly rate for net present value
};

// ---- 9. data security and confidentiality ------------------------------------------------

enum class Framework { Gdpr, Hipaa, Soc2, Iso27001, PciDss, Ccpa, Sox };
enum class AuditRight { None, OnNotice, Annual, ThirdPartyReportsOnly };
enum class TransferMechanism { None, AdequacyDecision, StandardContractualClauses, BindingCorporateRules };
enum class ExitData { Unspecified, Return, Delete, ReturnThenDelete };

struct DataSecurity {
    bool encryption_at_rest = false;
    bool encryption_in_transit = false;
    bool multi_factor_auth = false;
    std::string access_control;
    std::vector<Framework> frameworks;
    std::string personal_data;         // categories of personal data processed
    bool health_data = false;
    std::string baa_reference;         // HIPAA business associate agreement
    int breach_notice_hours = 0;
    AuditRight audit = AuditRight::None;
    int audit_notice_days = 0;
    int audits_per_year = 0;
    std::vector<std::string> data_locations;  // countries or regions
    bool data_outside_eea = false;
    TransferMechanism transfer_mechanism = TransferMechanism::None;
    ExitData exit_data = ExitData::Unspecified;
    int exit_data_days = 0;
};

struct Confidentiality {
    int duration_years = 0;            // after termination; 0 = not stated
    bool perpetual_for_trade_secrets = true;
    std::string exclusions;
};

// ---- 10. intellectual property -----------------------------------------------------------

enum class Owner { Unspecified, Client, Provider, Joint };
enum class Licence { None, NonExclusive, NonExclusivePerpetual, Exclusive };

struct IntellectualProperty {
    Owner work_product = Owner::Unspecified;
    std::string client_background_ip;
    std::string provider_background_ip;
    Licence licence_to_client = Licence::None;    // over provider tools embedded in deliverables
    Licence licence_to_provider = Licence::None;  // over client materials, for the services only
    std::string licence_notes;
};

// ---- 11. termination ---------------------------------------------------------------------

enum class ConvenienceRight { None, Client, Provider, Both };
enum class TerminationFee { None, Fixed, MonthsOfFees, Declining };

struct Termination {
    ConvenienceRight convenience = ConvenienceRight::Client;
    int convenience_notice_days = 0;
    TerminationFee fee = TerminationFee::None;
    Money fee_amount;                  // Fixed
    double fee_months = 0;             // MonthsOfFees, or the first year's months when Declining
    int cure_period_days = 0;
    bool insolvency = true;
    bool change_of_control = false;
    bool exit_assistance = false;
    int exit_assistance_months = 0;
    std::string exit_plan;
};

// ---- 12. dispute resolution --------------------------------------------------------------

enum class Forum { Unspecified, Arbitration, Courts };

struct DisputeResolution {
    bool negotiation = true;
    int negotiation_days = 0;
    bool mediation = false;
    std::string mediation_body;
    Forum forum = Forum::Unspecified;
    std::string arbitration_rules;     // "ICC", "LCIA", "AAA"
    int arbitrators = 1;
    std::string seat;
    std::string governing_law;
    std::string venue;                 // courts
};

// ---- 13. liability and risk --------------------------------------------------------------

enum class CapBasis { Unspecified, MonthsOfFees, FixedAmount, Unlimited };

struct Indemnity {
    std::string id;
    PartyRole by = PartyRole::Provider;
    std::string covers;                // "third-party IP infringement claims"
};

struct Insurance {
    std::string id;
    std::string kind;                  // "Professional indemnity", "Cyber"
    Money cover;
};

struct Liability {
    CapBasis cap_basis = CapBasis::Unspecified;
    double cap_months = 0;
    Money cap_amount;
    std::vector<std::string> exclusions;   // carve-outs from the cap
    std::vector<Indemnity> indemnities;
    std::vector<Insurance> insurance;
};

// ---- clause positions --------------------------------------------------------------------

struct ClausePositions {
    Position service_credits = Position::Balanced;
    Position liability = Position::Balanced;
    Position intellectual_property = Position::Balanced;
    Position termination_for_convenience = Position::Balanced;
    Position audit = Position::Balanced;
    Position dispute_resolution = Position::Balanced;
    Position exit_assistance = Position::Balanced;
};

// ---- the agreement -----------------------------------------------------------------------

struct Agreement {
    std::string title;
    ClientProfile profile = ClientProfile::Midsize;
    Party client;
    Party provider;
    std::vector<Responsibility> responsibilities;
    std::vector<Service> services;
    Term term;
    std::vector<ServiceLevel> service_levels;
    CreditScheme credits;
    std::vector<Objective> objectives;
    Governance governance;
    Transition transition;
    Pricing pricing;
    BusinessCase business_case;
    DataSecurity security;
    Confidentiality confidentiality;
    IntellectualProperty ip;
    Termination termination;
    DisputeResolution disputes;
    Liability liability;
    ClausePositions positions;
    nlohmann::json extensions = nlohmann::json::object();  // other tools' data, round-tripped
};

}  // namespace bpo
