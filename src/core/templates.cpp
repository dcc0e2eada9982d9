#include "core/templates.hpp"

#include <algorithm>

#include "core/catalog.hpp"
#include "core/ids.hpp"

namespace bpo {

namespace {

// Days since 1970-01-01 for a proleptic Gregorian date, and back (Howard Hinnant's well-known
// civil calendar arithmetic, written out here from the formulas).
long long days_from_civil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return Date{y, m, d};
}

int month_length(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Date shifts for laying out a starter; an unset date stays unset. (Named apart from the rules'
// calendar helpers on purpose: these are private to the starters.)
Date shift_days(Date date, int days) {
    if (!date.is_set()) return date;
    return civil_from_days(days_from_civil(date.year, date.month, date.day) + days);
}

Date shift_months(Date date, int months) {  // clamps the day to the target month's length
    if (!date.is_set()) return date;
    const int index = date.year * 12 + (date.month - 1) + months;
    Date out{index / 12, index % 12 + 1, 0};
    out.day = std::min(date.day, month_length(out.year, out.month));
    return out;
}

Money major(std::int64_t units) { return Money{units * 100}; }

// Everything that differs between the three client profiles, in one place.
struct ProfileDefaults {
    int term_months;
    Renewal renewal;
    int renewal_months;
    int non_renewal_notice_days;
    double ftes_per_service;
    CreditMethod credit_method;
    BasisPoints at_risk_bp;
    BasisPoints pool_bp;
    bool earn_back;
    int transition_days;  // from the effective date to go-live
    std::vector<DeliveryLocation> locations;
    std::string location_detail;
    std::vector<Framework> frameworks;
    int breach_notice_hours;
    AuditRight audit;
    int payment_days;
    Adjustment adjustment;
    BasisPoints adjustment_bp;
    int convenience_notice_days;
    TerminationFee fee;
    double fee_months;
    int exit_assistance_months;
    Forum forum;
    std::string arbitration_rules;
    int arbitrators;
    double cap_months;
    std::int64_t insurance_cover;  // major units per policy
    int confidentiality_years;
    std::int64_t transition_cost;  // major units
};

ProfileDefaults defaults_for(ClientProfile profile) {
    switch (profile) {
        case ClientProfile::Startup:
            return {12,   Renewal::Automatic, 12, 90, 3, CreditMethod::FlatPerMiss, 1000, 0, false, 45,
                    {DeliveryLocation::Offshore}, "Manila, Philippines", {Framework::Gdpr}, 72,
                    AuditRight::ThirdPartyReportsOnly, 30, Adjustment::None, 0, 90, TerminationFee::None, 0, 3,
                    Forum::Courts, "", 1, 12, 1000000, 3, 15000};
        case ClientProfile::Midsize:
            return {36,   Renewal::ByAgreement, 12, 120, 6, CreditMethod::AtRiskPool, 1000, 20000, true, 90,
                    {DeliveryLocation::Nearshore, DeliveryLocation::Offshore}, "Krakow, Poland; Pune, India",
                    {Framework::Gdpr, Framework::Soc2}, 48, AuditRight::Annual, 30, Adjustment::Fixed, 300, 120,
                    TerminationFee::Declining, 3, 6, Forum::Arbitration, "LCIA", 1, 12, 2000000, 5, 60000};
        case ClientProfile::Enterprise:
            break;
    }
    return {60,   Renewal::ByAgreement, 24, 180, 12, CreditMethod::AtRiskPool, 1200, 25000, true, 120,
            {DeliveryLocation::Onshore, DeliveryLocation::Offshore}, "Leeds, United Kingdom; Bengaluru, India",
            {Framework::Gdpr, Framework::Soc2, Framework::Iso27001}, 24, AuditRight::OnNotice, 45, Adjustment::Index,
            400, 180, TerminationFee::Declining, 6, 12, Forum::Arbitration, "ICC", 3, 18, 10000000, 7, 250000};
}

std::int64_t monthly_price_per_fte(const Service& s) {
    if (s.office == Office::FrontOffice) return 3800;
    if (s.category == "it") return 5500;
    return 4500;
}

// Facts only the user knows (addresses, who signs, who manages the relationship) stay empty:
// the document shows them as placeholders and the findings ask for them, instead of a
// bracketed text that would pass for a real value.
void add_parties(Agreement& a) {
    a.client.legal_name = "Client Ltd";
    a.client.entity_type = "private limited company";
    a.client.jurisdiction = "England and Wales";
    a.client.signatory_title = "Chief Operating Officer";
    a.client.notice_contact = "Head of Legal";
    a.client.notice_email = "legal@client.example";
    a.provider.legal_name = "Provider Ltd";
    a.provider.entity_type = "private limited company";
    a.provider.jurisdiction = "England and Wales";
    a.provider.signatory_title = "Managing Director";
    a.provider.notice_contact = "Contracts Director";
    a.provider.notice_email = "contracts@provider.example";

    const std::pair<PartyRole, const char*> duties[] = {
        {PartyRole::Client, "Give the provider timely access to the systems, data and premises the services need."},
        {PartyRole::Client, "Provide up-to-date process documentation and answer process questions within 2 working days."},
        {PartyRole::Client, "Approve items that need client approval within the agreed turnaround."},
        {PartyRole::Client, "Name a service owner for each service and a single point of contact for the agreement."},
        {PartyRole::Provider, "Staff, train and supervise the team that performs the services."},
        {PartyRole::Provider, "Perform the services to the documented procedures and the service levels."},
        {PartyRole::Provider, "Report performance on schedule and raise risks and issues promptly."},
        {PartyRole::Provider, "Protect client data to the security schedule and the applicable law."},
    };
    for (const auto& [party, text] : duties) {
        Responsibility r;
        r.id = next_row_id(a.responsibilities);
        r.party = party;
        r.description = text;
        a.responsibilities.push_back(std::move(r));
    }
}

void add_services(Agreement& a, const ProfileDefaults& d, const std::vector<std::string>& process_ids) {
    for (const std::string& process_id : process_ids) {
        Service s = make_service_from_catalog(process_id);
        s.id = next_row_id(a.services);
        s.locations = d.locations;
        s.location_detail = d.location_detail;
        s.ftes = d.ftes_per_service;
        s.coverage_hours = s.office == Office::FrontOffice || s.category == "it"
                               ? "Monday to Sunday 08:00-20:00 UK time"
                               : "Monday to Friday 08:00-18:00 UK time";
        s.languages = {"English"};
        a.services.push_back(std::move(s));
    }
}

// Up to three service levels per service from the metric library, critical ones first.
void add_service_levels(Agreement& a, const ProfileDefaults& d) {
    for (const Service& s : a.services) {
        std::vector<const MetricDefinition*> metrics = metrics_for_process(s.catalog_id);
        std::stable_sort(metrics.begin(), metrics.end(), [](const MetricDefinition* x, const MetricDefinition* y) {
            return x->default_criticality == Criticality::Critical && y->default_criticality != Criticality::Critical;
        });
        if (metrics.size() > 3) metrics.resize(3);
        for (const MetricDefinition* m : metrics) {
            ServiceLevel sl = make_service_level_from_metric(m->id, s.id);
            sl.id = next_row_id(a.service_levels);
            sl.exclusions.push_back(Exclusion::ClientCaused);
            a.service_levels.push_back(std::move(sl));
        }
    }
    // Credits: the pool is shared evenly by the critical service levels in whole percents.
    std::int64_t critical = 0;
    for (const ServiceLevel& sl : a.service_levels) critical += sl.criticality == Criticality::Critical ? 1 : 0;
    for (ServiceLevel& sl : a.service_levels) {
        if (sl.criticality != Criticality::Critical) continue;
        if (d.credit_method == CreditMethod::AtRiskPool) sl.allocation_bp = d.pool_bp / critical / 100 * 100;
        else sl.flat_credit_bp = 200;  // 2 % of the month's charges per miss, capped by the at-risk amount
    }
    a.credits.method = d.credit_method;
    a.credits.at_risk_bp = d.at_risk_bp;
    a.credits.pool_bp = d.pool_bp;
    a.credits.earn_back = d.earn_back;
    a.credits.earn_back_months = d.earn_back ? 3 : 0;
    a.credits.critical_failure_misses = 3;
    a.credits.critical_failure_window_months = 12;
    a.credits.claim_days = 15;
}

void add_objectives(Agreement& a, Date effective) {
    const Date deadline = shift_months(effective, std::min(12, a.term.initial_term_months));
    for (const Service& s : a.services) {
        const ServiceLevel* first = nullptr;
        for (const ServiceLevel& sl : a.service_levels)
            if (sl.service_id == s.id && sl.expected) {
                first = &sl;
                break;
            }
        if (!first) continue;
        Objective o;
        o.id = next_row_id(a.objectives);
        o.service_id = s.id;
        o.metric = first->name;
        o.unit = first->unit;
        o.direction = first->direction;
        o.target = first->expected;
        const double target = *first->expected;
        if (first->direction == Direction::HigherIsBetter)
            o.baseline = first->unit == MetricUnit::Percent ? std::max(0.0, target - 8) : target * 0.8;
        else
            o.baseline = target * 2;
        o.title = "Reach the " + first->name + " target for " + s.name;
        o.description = "Move " + first->name + " from today's baseline to the contracted target by the deadline "
                        "and hold it there.";
        o.start = effective;
        o.deadline = deadline;
        o.owner = "Provider service delivery manager";
        a.objectives.push_back(std::move(o));
    }
    Objective saving;
    saving.id = next_row_id(a.objectives);
    saving.title = "Lower the cost of the outsourced processes";
    saving.description = "Cut the monthly cost of the processes in scope against the in-house baseline.";
    saving.metric = "Monthly cost saving against the in-house baseline";
    saving.unit = MetricUnit::Percent;
    saving.direction = Direction::HigherIsBetter;
    saving.baseline = 0;
    saving.target = 20;
    saving.start = effective;
    saving.deadline = deadline;
    saving.owner = "Client relationship manager";
    a.objectives.push_back(std::move(saving));
}

void add_governance(Agreement& a, ClientProfile profile) {
    Governance& g = a.governance;
    auto report = [&](const char* name, const char* contents, Cadence frequency, int due_days) {
        Report r;
        r.id = next_row_id(g.reports);
        r.name = name;
        r.contents = contents;
        r.frequency = frequency;
        r.prepared_by = PartyRole::Provider;
        r.due_days = due_days;
        g.reports.push_back(std::move(r));
    };
    report("Monthly performance report",
           "Each service level against its target, misses and their root causes, credits due, volumes, "
           "staffing and open corrective actions.",
           Cadence::Monthly, 5);
    if (profile != ClientProfile::Startup)
        report("Weekly operations dashboard", "Volumes, backlog, service level trend and staffing for the week.",
               Cadence::Weekly, 1);
    report("Quarterly business review pack",
           "Performance over the quarter, progress on objectives, improvement ideas and the next quarter's plan.",
           Cadence::Quarterly, 10);

    auto meeting = [&](MeetingKind kind, const char* name, Cadence cadence, const char* who, const char* agenda) {
        Meeting m;
        m.id = next_row_id(g.meetings);
        m.kind = kind;
        m.name = name;
        m.cadence = cadence;
        m.participants = who;
        m.agenda = agenda;
        g.meetings.push_back(std::move(m));
    };
    meeting(MeetingKind::Operational, "Operational review", Cadence::Weekly, "Service owners and team leads",
            "Volumes, backlog, incidents, staffing and actions for the week ahead.");
    meeting(MeetingKind::Performance, "Monthly performance review", Cadence::Monthly,
            "Relationship managers and service owners",
            "The monthly performance report, service level misses, credits and corrective actions.");
    meeting(MeetingKind::BusinessReview, "Quarterly business review", Cadence::Quarterly,
            "Executive sponsors and relationship managers",
            "Results against objectives, satisfaction, improvement plan and commercial matters.");
    if (profile == ClientProfile::Enterprise)
        meeting(MeetingKind::Steering, "Steering committee", Cadence::Quarterly, "The joint governance committee",
                "Strategy, major changes, risks and disputes escalated from the reviews.");

    g.committee_name = "Joint governance committee";
    g.committee_members = "Client executive sponsor, provider account executive, both relationship managers";
    g.shared_goals = "Reliable service at the agreed levels, steady improvement and a lower cost of operations.";
    g.communication_norms =
        "Open and early: risks and misses are raised as soon as they are known, in writing, to the named contacts.";

    auto level = [&](const char* name, const char* client, const char* provider, int hours) {
        EscalationLevel e;
        e.id = next_row_id(g.escalation);
        e.name = name;
        e.client_contact = client;
        e.provider_contact = provider;
        e.response_hours = hours;
        g.escalation.push_back(std::move(e));
    };
    level("Service managers", "Client service owner", "Provider service delivery manager", 24);
    level("Relationship managers", "Client relationship manager", "Provider relationship manager", 48);
    if (profile != ClientProfile::Startup)
        level("Executives", "Client executive sponsor", "Provider account executive", 120);
    g.corrective_action_days = 10;
    g.corrective_action_process =
        "After a missed service level the provider finds the root cause and delivers a corrective-action plan with "
        "owners and dates; progress is reviewed at each monthly performance review until the level is met again.";
}

void add_transition(Agreement& a, const ProfileDefaults& d, Date effective) {
    Transition& t = a.transition;
    const int total = d.transition_days;
    struct PhasePlan {
        PhaseKind kind;
        const char* name;
        int from;  // day offsets from the effective date
        int to;
    };
    const PhasePlan plan[] = {
        {PhaseKind::Planning, "Planning", 0, total / 6},
        {PhaseKind::KnowledgeTransfer, "Knowledge transfer", total / 6 + 1, total / 2},
        {PhaseKind::ParallelRun, "Parallel run", total / 2 + 1, total - 1},
        {PhaseKind::GoLive, "Go-live", total, total},
        {PhaseKind::Stabilisation, "Stabilisation", total, total + 60},
    };
    const char* milestones[][2] = {
        {"Transition plan approved", "Both parties sign the detailed plan, risks log and communication plan."},
        {"Knowledge transfer signed off", "Procedures documented and the provider team has passed the agreed checks."},
        {"Parallel run exit", "Two consecutive weeks at or above the service levels while running in parallel."},
        {"Go-live", "The provider runs the services alone; the cut-over checklist is complete."},
        {"Stabilisation complete", "Service levels met for two consecutive months; transition closed."},
    };
    for (std::size_t i = 0; i < std::size(plan); ++i) {
        TransitionPhase p;
        p.id = next_row_id(t.phases);
        p.kind = plan[i].kind;
        p.name = plan[i].name;
        p.start = shift_days(effective, plan[i].from);
        p.end = shift_days(effective, plan[i].to);
        Milestone m;
        m.id = next_row_id(t.milestones);
        m.phase_id = p.id;
        m.name = milestones[i][0];
        m.acceptance_criteria = milestones[i][1];
        m.due = p.end;
        m.owner = PartyRole::Provider;
        t.phases.push_back(std::move(p));
        t.milestones.push_back(std::move(m));
    }
    t.go_live = shift_days(effective, total);
    t.communication_plan =
        "Staff affected are told before the transition starts; fortnightly updates to stakeholders until go-live.";
    t.training_plan = "Client experts train the provider team during knowledge transfer, with sign-off per process.";
    t.contingency_plan =
        "If go-live criteria are not met, the client team keeps running the work and the go-live moves by agreement.";
}

void add_pricing(Agreement& a, const ProfileDefaults& d, ClientProfile profile) {
    Pricing& p = a.pricing;
    p.model = PricingModel::PerFte;
    p.currency = profile == ClientProfile::Midsize ? "EUR" : "USD";
    std::int64_t monthly = 0;
    for (const Service& s : a.services) {
        RateLine r;
        r.id = next_row_id(p.rates);
        r.service_id = s.id;
        r.description = s.name + " team member";
        r.unit_price = major(monthly_price_per_fte(s));
        r.quantity = s.ftes;
        r.unit = "FTE";
        monthly += r.unit_price.minor * static_cast<std::int64_t>(r.quantity);
        p.rates.push_back(std::move(r));
    }
    p.invoice_frequency = Cadence::Monthly;
    p.invoice_timing = InvoiceTiming::InArrears;
    p.payment_days = d.payment_days;
    p.adjustment = d.adjustment;
    p.adjustment_bp = d.adjustment_bp;
    p.adjustment_index = d.adjustment == Adjustment::Index ? "CPI-U" : "";
    p.late_interest_bp = 400;

    // The in-house cost the outsourcing replaces: about a third above the outsourced charges.
    a.business_case.inhouse_monthly_cost = Money{monthly / 3 * 4};
    a.business_case.inhouse_growth_bp = 300;
    a.business_case.transition_cost = major(d.transition_cost);
    a.business_case.discount_rate_bp = 800;
}

void add_security(Agreement& a, const ProfileDefaults& d) {
    DataSecurity& s = a.security;
    s.encryption_at_rest = true;
    s.encryption_in_transit = true;
    s.multi_factor_auth = true;
    s.access_control = "Named accounts only, least privilege, access reviewed every quarter and removed within "
                       "1 working day of a leaver.";
    s.frameworks = d.frameworks;
    bool customers = false, employees = false;
    for (const Service& svc : a.services) {
        customers = customers || svc.office == Office::FrontOffice || svc.category == "finance";
        employees = employees || svc.category == "hr" || svc.category == "it";
    }
    s.personal_data = customers && employees ? "Customer and employee contact, account and transaction data"
                      : employees            ? "Employee identity, contact, pay and benefits data"
                                             : "Customer contact, account and transaction data";
    s.breach_notice_hours = d.breach_notice_hours;
    s.audit = d.audit;
    s.audit_notice_days = d.audit == AuditRight::ThirdPartyReportsOnly ? 0 : 30;
    s.audits_per_year = d.audit == AuditRight::ThirdPartyReportsOnly ? 0 : 1;
    s.data_locations = {"United Kingdom"};
    for (DeliveryLocation l : d.locations)
        if (l != DeliveryLocation::Onshore) s.data_outside_eea = true;
    if (s.data_outside_eea) {
        s.data_locations.push_back(d.location_detail.find("India") != std::string::npos ? "India" : "Philippines");
        s.transfer_mechanism = TransferMechanism::StandardContractualClauses;
    }
    s.exit_data = ExitData::ReturnThenDelete;
    s.exit_data_days = 30;

    a.confidentiality.duration_years = d.confidentiality_years;
    a.confidentiality.perpetual_for_trade_secrets = true;
    a.confidentiality.exclusions = "Information that is public through no fault of the recipient, already known to "
                                   "it, independently developed, or that must be disclosed by law.";

    a.ip.work_product = Owner::Client;
    a.ip.client_background_ip = "The client's systems, data, process documentation and brands.";
    a.ip.provider_background_ip = "The provider's tools, methods, templates and know-how that existed before the "
                                  "agreement or were developed apart from it.";
    a.ip.licence_to_client = Licence::NonExclusivePerpetual;
    a.ip.licence_to_provider = Licence::NonExclusive;
    a.ip.licence_notes = "The client may keep using provider tools embedded in deliverables; the provider may use "
                         "client materials only to perform the services.";
}

void add_exit_and_risk(Agreement& a, const ProfileDefaults& d, ClientProfile profile) {
    Termination& t = a.termination;
    t.convenience = ConvenienceRight::Client;
    t.convenience_notice_days = d.convenience_notice_days;
    t.fee = d.fee;
    t.fee_months = d.fee_months;
    t.cure_period_days = 30;
    t.insolvency = true;
    t.change_of_control = profile == ClientProfile::Enterprise;
    t.exit_assistance = true;
    t.exit_assistance_months = d.exit_assistance_months;
    t.exit_plan = "The provider keeps an exit plan, updated yearly, covering handover of knowledge, data and open "
                  "work to the client or a successor.";

    DisputeResolution& r = a.disputes;
    r.negotiation = true;
    r.negotiation_days = 30;
    r.mediation = profile != ClientProfile::Startup;
    r.mediation_body = r.mediation ? "CEDR" : "";
    r.forum = d.forum;
    r.arbitration_rules = d.arbitration_rules;
    r.arbitrators = d.arbitrators;
    r.seat = d.forum == Forum::Arbitration ? "London" : "";
    r.governing_law = "England and Wales";
    r.venue = d.forum == Forum::Courts ? "The courts of England and Wales" : "";

    Liability& l = a.liability;
    l.cap_basis = CapBasis::MonthsOfFees;
    l.cap_months = d.cap_months;
    l.exclusions = {"Death or personal injury caused by negligence", "Fraud", "Breach of confidentiality",
                    "Breach of data protection obligations"};
    const std::pair<PartyRole, const char*> indemnities[] = {
        {PartyRole::Provider, "Third-party claims that the services or deliverables infringe intellectual property"},
        {PartyRole::Provider, "Fines and claims caused by the provider's breach of data protection law"},
        {PartyRole::Client, "Third-party claims that materials supplied by the client infringe intellectual property"},
    };
    for (const auto& [by, covers] : indemnities) {
        Indemnity i;
        i.id = next_row_id(l.indemnities);
        i.by = by;
        i.covers = covers;
        l.indemnities.push_back(std::move(i));
    }
    for (const char* kind : {"Professional indemnity", "Cyber liability", "Employer's liability"}) {
        Insurance i;
        i.id = next_row_id(l.insurance);
        i.kind = kind;
        i.cover = major(d.insurance_cover);
        l.insurance.push_back(std::move(i));
    }
}

std::string title_for(const std::vector<std::string>& process_ids, std::string_view mix_name) {
    if (!mix_name.empty()) return std::string(mix_name) + " services agreement";
    if (process_ids.size() == 1)
        if (const CatalogProcess* p = find_process(process_ids.front())) return p->name + " services agreement";
    return "Business process outsourcing agreement";
}

Agreement build_starter(ClientProfile profile, const std::vector<std::string>& process_ids,
                        std::string_view mix_name, Date effective) {
    const ProfileDefaults d = defaults_for(profile);
    Agreement a;
    a.title = title_for(process_ids, mix_name);
    a.profile = profile;
    add_parties(a);
    add_services(a, d, process_ids);
    a.term.effective_date = effective;
    a.term.initial_term_months = d.term_months;
    a.term.renewal = d.renewal;
    a.term.renewal_period_months = d.renewal_months;
    a.term.non_renewal_notice_days = d.non_renewal_notice_days;
    add_service_levels(a, d);
    add_objectives(a, effective);
    add_governance(a, profile);
    add_transition(a, d, effective);
    add_pricing(a, d, profile);
    add_security(a, d);
    add_exit_and_risk(a, d, profile);
    return a;
}

}  // namespace

const std::vector<ServiceMix>& service_mixes() {
    static const std::vector<ServiceMix> mixes = {
        {"customer-support", "Customer support", "Inbound customer service over phone, chat and email.",
         {"customer-support"}},
        {"customer-lifecycle", "Customer lifecycle", "Support, sales and retention for the client's customers.",
         {"customer-support", "customer-acquisition", "customer-retention"}},
        {"finance", "Finance and accounting", "Purchase-to-pay, order-to-cash and record-to-report.",
         {"accounts-payable", "accounts-receivable", "general-ledger"}},
        {"finance-hr", "Finance and HR", "Finance and accounting with payroll and benefits administration.",
         {"accounts-payable", "accounts-receivable", "general-ledger", "payroll", "benefits-administration"}},
        {"it-helpdesk", "IT helpdesk and infrastructure", "Service desk with network and infrastructure operations.",
         {"helpdesk-support", "network-management", "infrastructure-management"}},
        {"supply-chain", "Supply chain", "Procurement, logistics coordination and inventory records.",
         {"procurement", "logistics", "inventory-management"}},
        {"multi-tower", "Multi-tower", "Finance, HR, IT, customer support and reporting under one agreement.",
         {"accounts-payable", "general-ledger", "payroll", "helpdesk-support", "infrastructure-management",
          "customer-support", "reporting"}},
    };
    return mixes;
}

const ServiceMix* find_service_mix(std::string_view mix_id) {
    for (const ServiceMix& m : service_mixes())
        if (m.id == mix_id) return &m;
    return nullptr;
}

std::string_view default_mix_id(ClientProfile profile) {
    switch (profile) {
        case ClientProfile::Startup: return "customer-support";
        case ClientProfile::Midsize: return "finance-hr";
        case ClientProfile::Enterprise: return "multi-tower";
    }
    return "customer-support";
}

Agreement make_starter(ClientProfile profile, std::string_view mix_id, Date effective_date) {
    const ServiceMix* mix = find_service_mix(mix_id);
    return build_starter(profile, mix ? mix->process_ids : std::vector<std::string>{}, mix ? mix->name : "",
                         effective_date);
}

Agreement make_starter_for_processes(ClientProfile profile, const std::vector<std::string>& process_ids,
                                     Date effective_date) {
    return build_starter(profile, process_ids, "", effective_date);
}

Agreement make_blank_agreement() { return Agreement{}; }

}  // namespace bpo
