// A complete, consistent agreement that raises no finding at all: the baseline the rule tests
// mutate. Built directly in C++ so the tests depend on nothing but the model.
#pragma once

#include "core/agreement.hpp"

namespace bpo::rules_test {

inline Agreement complete_agreement() {
    Agreement a;
    a.title = "Finance and customer support outsourcing agreement";
    a.profile = ClientProfile::Midsize;
    a.client = Party{"Northwind Traders Ltd", "limited company", "England and Wales", "01234567",
                     "1 High Street, London EC1A 1AA", "Jane Smith", "Chief Financial Officer",
                     "General Counsel", "legal@northwind.example"};
    a.provider = Party{"Contoso Services Sp. z o.o.", "limited liability company", "Poland", "KRS 0000123456",
                       "ul. Prosta 1, 00-001 Warsaw", "Piotr Nowak", "Managing Director",
                       "Head of Legal", "legal@contoso.example"};
    a.responsibilities = {
        {"resp-access", PartyRole::Client, "Provide system access and process documentation", ""},
        {"resp-staff", PartyRole::Provider, "Staff and run the services with trained people", "svc-ap"},
    };

    Service ap;
    ap.id = "svc-ap";
    ap.catalog_id = "finance.accounts-payable";
    ap.name = "Accounts payable";
    ap.category = "finance";
    ap.in_scope = "Invoice capture, matching, approval routing and payment runs";
    ap.out_of_scope = "Treasury and vendor negotiations";
    ap.locations = {DeliveryLocation::Nearshore};
    ap.location_detail = "Warsaw, Poland";
    ap.ftes = 12.5;
    ap.monthly_volume = 12000;
    ap.volume_unit = "invoices";
    ap.coverage_hours = "Mon-Fri 08:00-18:00 CET";
    ap.languages = {"English", "Polish"};
    Service cs;
    cs.id = "svc-cs";
    cs.catalog_id = "front.customer-support";
    cs.name = "Customer support";
    cs.category = "customer-support";
    cs.office = Office::FrontOffice;
    cs.in_scope = "Phone and email inquiries and complaints";
    cs.out_of_scope = "Outbound sales";
    cs.locations = {DeliveryLocation::Offshore};
    cs.ftes = 20;
    cs.coverage_hours = "Mon-Sun 07:00-22:00 GMT";
    cs.languages = {"English"};
    a.services = {ap, cs};

    a.term.effective_date = Date{2027, 1, 1};
    a.term.initial_term_months = 36;
    a.term.renewal = Renewal::ByAgreement;
    a.term.renewal_period_months = 12;
    a.term.non_renewal_notice_days = 90;

    ServiceLevel asa;
    asa.id = "sl-asa";
    asa.service_id = "svc-cs";
    asa.metric_id = "asa";
    asa.name = "Calls answered within 20 seconds";
    asa.definition = "Share of offered calls answered by an agent within 20 seconds, per calendar month";
    asa.expected = 80;
    asa.minimum = 75;
    asa.unit = MetricUnit::Percent;
    asa.criticality = Criticality::Critical;
    asa.allocation_bp = 5000;
    asa.exclusions = {Exclusion::ScheduledMaintenance};
    ServiceLevel cycle;
    cycle.id = "sl-cycle";
    cycle.service_id = "svc-ap";
    cycle.name = "Invoice processing cycle time";
    cycle.definition = "Average working days from invoice receipt to approval-ready";
    cycle.expected = 5;
    cycle.minimum = 7;
    cycle.unit = MetricUnit::Days;
    cycle.direction = Direction::LowerIsBetter;
    cycle.criticality = Criticality::Critical;
    cycle.allocation_bp = 5000;
    ServiceLevel csat;
    csat.id = "sl-csat";
    csat.service_id = "svc-cs";
    csat.name = "Customer satisfaction";
    csat.definition = "Share of surveyed customers rating 4 or 5 out of 5";
    csat.expected = 90;
    csat.unit = MetricUnit::Percent;
    csat.criticality = Criticality::Key;
    a.service_levels = {asa, cycle, csat};

    a.credits.method = CreditMethod::AtRiskPool;
    a.credits.at_risk_bp = 1200;
    a.credits.pool_bp = 10000;
    a.credits.earn_back = true;
    a.credits.earn_back_months = 3;
    a.credits.critical_failure_misses = 3;
    a.credits.critical_failure_window_months = 6;
    a.credits.claim_days = 10;

    Objective o;
    o.id = "obj-cycle";
    o.title = "Cut invoice processing cycle time";
    o.description = "Approve supplier invoices faster to capture early-payment discounts";
    o.service_id = "svc-ap";
    o.metric = "Invoice processing cycle time";
    o.baseline = 12;
    o.target = 8;   // 33 % better within 12 months: within the 50 % a year
    o.unit = MetricUnit::Days;
    o.direction = Direction::LowerIsBetter;
    o.start = Date{2027, 4, 1};
    o.deadline = Date{2028, 4, 1};
    o.owner = "Provider delivery lead";
    a.objectives = {o};

    Governance& g = a.governance;
    g.reports = {{"rep-sl", "Monthly service level report", "Each service level against target, credits due",
                  Cadence::Monthly, PartyRole::Provider, 5}};
    g.meetings = {{"mtg-ops", MeetingKind::Operational, "Weekly operations call", Cadence::Weekly, "Service managers", "Backlog, incidents"},
                  {"mtg-qbr", MeetingKind::BusinessReview, "Quarterly business review", Cadence::Quarterly, "Executives", "Performance, improvements"}};
    g.committee_name = "Joint governance committee";
    g.committee_members = "CFO, Head of Operations, Provider Account Director";
    g.client_relationship_manager = "Head of Finance Operations";
    g.provider_relationship_manager = "Account Director";
    g.shared_goals = "Faster close, happier customers";
    g.communication_norms = "Open books, no surprises";
    g.escalation = {{"esc-1", "Service managers", "AP lead", "Team lead", 24},
                    {"esc-2", "Relationship managers", "Head of Finance Ops", "Account Director", 72},
                    {"esc-3", "Executives", "CFO", "Managing Director", 168}};
    g.corrective_action_days = 10;
    g.corrective_action_process = "Root cause, actions, owner and dates";

    Transition& t = a.transition;
    t.phases = {{"ph-plan", PhaseKind::Planning, "Planning", Date{2027, 1, 1}, Date{2027, 1, 31}},
                {"ph-kt", PhaseKind::KnowledgeTransfer, "Knowledge transfer", Date{2027, 2, 1}, Date{2027, 3, 31}},
                {"ph-stab", PhaseKind::Stabilisation, "Stabilisation", Date{2027, 4, 1}, Date{2027, 6, 30}}};
    t.milestones = {{"ms-plan", "ph-plan", "Transition plan approved", Date{2027, 1, 31}, PartyRole::Provider, "Signed off by the client"},
                    {"ms-kt", "ph-kt", "Knowledge transfer complete", Date{2027, 3, 31}, PartyRole::Provider, "Process documents reviewed"},
                    {"ms-stab", "ph-stab", "Stable operation", Date{2027, 6, 30}, PartyRole::Provider, "Three weeks at target"}};
    t.go_live = Date{2027, 4, 1};
    t.communication_plan = "Staff briefings and supplier letters";
    t.training_plan = "Two weeks shadowing";
    t.contingency_plan = "Client team on standby until stable operation";

    Pricing& p = a.pricing;
    p.model = PricingModel::PerFte;
    p.currency = "EUR";
    p.rates = {{"rate-ap", "svc-ap", "AP clerk", Money{420000}, 12.5, "FTE"},
               {"rate-cs", "svc-cs", "Support agent", Money{380000}, 20, "FTE"}};
    p.payment_days = 30;
    p.adjustment = Adjustment::Fixed;
    p.adjustment_bp = 300;
    p.late_interest_bp = 800;

    a.business_case.inhouse_monthly_cost = Money{18000000};
    a.business_case.inhouse_growth_bp = 300;
    a.business_case.transition_cost = Money{25000000};
    a.business_case.discount_rate_bp = 800;

    DataSecurity& s = a.security;
    s.encryption_at_rest = true;
    s.encryption_in_transit = true;
    s.multi_factor_auth = true;
    s.access_control = "Named accounts, least privilege, quarterly reviews";
    s.frameworks = {Framework::Gdpr, Framework::Iso27001};
    s.personal_data = "Supplier contacts, customer names and contact details";
    s.breach_notice_hours = 24;
    s.audit = AuditRight::Annual;
    s.audit_notice_days = 30;
    s.audits_per_year = 1;
    s.data_locations = {"Poland", "Ireland"};
    s.exit_data = ExitData::ReturnThenDelete;
    s.exit_data_days = 30;
    a.confidentiality.duration_years = 5;

    a.ip.work_product = Owner::Client;
    a.ip.client_background_ip = "Process documentation and templates";
    a.ip.provider_background_ip = "Workflow tooling";
    a.ip.licence_to_client = Licence::NonExclusivePerpetual;
    a.ip.licence_to_provider = Licence::NonExclusive;

    Termination& tm = a.termination;
    tm.convenience = ConvenienceRight::Client;
    tm.convenience_notice_days = 180;
    tm.fee = TerminationFee::Declining;
    tm.fee_months = 3;
    tm.cure_period_days = 30;
    tm.exit_assistance = true;
    tm.exit_assistance_months = 12;
    tm.exit_plan = "Reverse knowledge transfer, data return, staff transfer where required";

    DisputeResolution& d = a.disputes;
    d.negotiation = true;
    d.negotiation_days = 30;
    d.mediation = true;
    d.mediation_body = "CEDR";
    d.forum = Forum::Arbitration;
    d.arbitration_rules = "LCIA";
    d.arbitrators = 3;
    d.seat = "London";
    d.governing_law = "England and Wales";

    Liability& l = a.liability;
    l.cap_basis = CapBasis::MonthsOfFees;
    l.cap_months = 12;
    l.exclusions = {"fraud", "breach of confidentiality"};
    l.indemnities = {{"ind-ip", PartyRole::Provider, "Third-party IP infringement claims"}};
    l.insurance = {{"ins-pi", "Professional indemnity", Money{500000000}}};
    return a;
}

}  // namespace bpo::rules_test
