// Sample agreements for the document and renderer tests, built in C++ so the tests do not
// depend on the JSON importer.
#pragma once

#include <string>

#include "core/agreement.hpp"

namespace bpo::test {

// A complete mid-size agreement: every section filled in, GDPR, arbitration, earn-back.
inline Agreement sample_agreement() {
    Agreement a;
    a.title = "Business Process Outsourcing Agreement";
    a.profile = ClientProfile::Midsize;
    a.client = {"Northwind Traders Ltd", "private limited company", "England and Wales", "01234567",
                "1 King Street, London EC2V 8AU, United Kingdom", "Jane Smith", "Chief Financial Officer",
                "Head of Procurement", "procurement@northwind.example"};
    a.provider = {"Contoso Services B.V.", "private limited company", "the Netherlands", "NL-998877",
                  "Keizersgracht 1, 1015 CJ Amsterdam, the Netherlands", "Pieter de Vries", "Managing Director",
                  "Legal Department", "legal@contoso.example"};
    a.responsibilities = {
        {"r1", PartyRole::Client, "Provide system access and process documentation", ""},
        {"r2", PartyRole::Provider, "Staff and run the accounts payable team", "s1"},
    };
    Service ap;
    ap.id = "s1";
    ap.catalog_id = "accounts-payable";
    ap.name = "Accounts payable";
    ap.category = "finance";
    ap.description = "Processing supplier invoices from receipt to payment.";
    ap.in_scope = "Invoice capture, three-way matching, payment runs, supplier queries.";
    ap.out_of_scope = "Treasury and cash management.";
    ap.locations = {DeliveryLocation::Nearshore};
    ap.location_detail = "Krakow, Poland";
    ap.ftes = 6;
    ap.monthly_volume = 4000;
    ap.volume_unit = "invoices";
    ap.coverage_hours = "Mon-Fri 08:00-18:00 CET";
    ap.languages = {"English", "German"};
    Service cs;
    cs.id = "s2";
    cs.name = "Customer support";
    cs.office = Office::FrontOffice;
    cs.in_scope = "Inbound calls, email and chat.";
    cs.locations = {DeliveryLocation::Offshore};
    cs.coverage_hours = "24/7";
    a.services = {ap, cs};
    a.term = {Date{2025, 3, 1}, 36, Renewal::Automatic, 12, 90};

    ServiceLevel asa;
    asa.id = "sl1";
    asa.service_id = "s2";
    asa.name = "Average speed of answer";
    asa.definition = "Share of calls answered within 20 seconds, measured by the telephony platform.";
    asa.expected = 80;
    asa.minimum = 75;
    asa.unit = MetricUnit::Percent;
    asa.criticality = Criticality::Critical;
    asa.allocation_bp = 5000;
    asa.exclusions = {Exclusion::ScheduledMaintenance};
    ServiceLevel acc;
    acc.id = "sl2";
    acc.service_id = "s1";
    acc.name = "Invoice processing accuracy";
    acc.expected = 99;
    acc.unit = MetricUnit::Percent;
    acc.criticality = Criticality::Critical;
    acc.allocation_bp = 10000;
    ServiceLevel cycle;
    cycle.id = "sl3";
    cycle.service_id = "s1";
    cycle.name = "Invoice cycle time";
    cycle.expected = 5;
    cycle.unit = MetricUnit::Days;
    cycle.direction = Direction::LowerIsBetter;
    a.service_levels = {asa, acc, cycle};
    a.credits = {CreditMethod::AtRiskPool, 1200, 25000, true, 3, 3, 6, 10};

    Objective o;
    o.id = "o1";
    o.title = "Reduce invoice cycle time";
    o.metric = "Average invoice cycle time";
    o.baseline = 12;
    o.target = 5;
    o.unit = MetricUnit::Days;
    o.direction = Direction::LowerIsBetter;
    o.deadline = Date{2026, 3, 1};
    o.owner = "Provider service manager";
    a.objectives = {o};

    Governance& g = a.governance;
    g.reports = {{"rep1", "Monthly performance report", "Service level results, credits, volumes, risks",
                  Cadence::Monthly, PartyRole::Provider, 5}};
    g.meetings = {{"m1", MeetingKind::Operational, "Weekly operations call", Cadence::Weekly, "Service managers", "Volumes and backlog"},
                  {"m2", MeetingKind::BusinessReview, "Quarterly business review", Cadence::Quarterly, "Executives", "Performance and objectives"}};
    g.committee_name = "Joint Steering Committee";
    g.committee_members = "the CFO and Head of Procurement for the Client, the Managing Director and Account Lead for the Provider";
    g.client_relationship_manager = "Head of Procurement";
    g.provider_relationship_manager = "Account Lead";
    g.shared_goals = "Lower cost per invoice and happier suppliers.";
    g.communication_norms = "Issues are raised within one business day, in writing.";
    g.escalation = {{"e1", "Service managers", "AP Manager", "Service Manager", 24},
                    {"e2", "Relationship managers", "Head of Procurement", "Account Lead", 48},
                    {"e3", "Executives", "CFO", "Managing Director", 120}};
    g.corrective_action_days = 10;

    Transition& t = a.transition;
    t.phases = {{"p1", PhaseKind::Planning, "Planning", Date{2025, 3, 1}, Date{2025, 3, 31}},
                {"p2", PhaseKind::KnowledgeTransfer, "Knowledge transfer", Date{2025, 4, 1}, Date{2025, 5, 15}}};
    t.milestones = {{"ms1", "p2", "Knowledge transfer complete", Date{2025, 5, 15}, PartyRole::Provider,
                     "All process documents signed off by the Client"}};
    t.go_live = Date{2025, 6, 1};
    t.communication_plan = "Monthly updates to affected teams.";
    t.training_plan = "Two-week training for the provider team.";
    t.contingency_plan = "Client team stays on standby for 30 days after go-live.";

    Pricing& p = a.pricing;
    p.model = PricingModel::PerFte;
    p.currency = "EUR";
    p.rates = {{"rate1", "s1", "Accounts payable clerk", Money{450000}, 6, "FTE"}};
    p.payment_days = 30;
    p.adjustment = Adjustment::Index;
    p.adjustment_bp = 300;
    p.adjustment_index = "HICP";
    p.late_interest_bp = 400;

    DataSecurity& s = a.security;
    s.encryption_at_rest = true;
    s.encryption_in_transit = true;
    s.multi_factor_auth = true;
    s.access_control = "Role-based access, reviewed quarterly.";
    s.frameworks = {Framework::Gdpr, Framework::Iso27001};
    s.personal_data = "Supplier contact details and bank details";
    s.breach_notice_hours = 24;
    s.audit = AuditRight::Annual;
    s.audit_notice_days = 30;
    s.audits_per_year = 1;
    s.data_locations = {"Poland", "India"};
    s.data_outside_eea = true;
    s.transfer_mechanism = TransferMechanism::StandardContractualClauses;
    s.exit_data = ExitData::ReturnThenDelete;
    s.exit_data_days = 30;

    a.confidentiality = {5, true, ""};
    a.ip = {Owner::Client, "Client process documentation", "Provider workflow tools",
            Licence::NonExclusivePerpetual, Licence::NonExclusive, ""};
    Termination& tm = a.termination;
    tm.convenience = ConvenienceRight::Client;
    tm.convenience_notice_days = 90;
    tm.fee = TerminationFee::Declining;
    tm.fee_months = 3;
    tm.cure_period_days = 30;
    tm.insolvency = true;
    tm.change_of_control = true;
    tm.exit_assistance = true;
    tm.exit_assistance_months = 6;
    DisputeResolution& d = a.disputes;
    d.negotiation = true;
    d.negotiation_days = 30;
    d.mediation = true;
    d.mediation_body = "CEDR";
    d.forum = Forum::Arbitration;
    d.arbitration_rules = "ICC";
    d.arbitrators = 1;
    d.seat = "London";
    d.governing_law = "England and Wales";
    Liability& l = a.liability;
    l.cap_basis = CapBasis::MonthsOfFees;
    l.cap_months = 12;
    l.exclusions = {"breach of confidentiality"};
    l.indemnities = {{"i1", PartyRole::Provider, "Third-party claims that the Services infringe intellectual property rights"}};
    l.insurance = {{"ins1", "Professional indemnity", Money{500000000}}};
    return a;
}

}  // namespace bpo::test
