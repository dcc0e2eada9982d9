#include "core/completeness.hpp"

#include <algorithm>
#include <cctype>

#include "core/smart.hpp"

namespace bpo {

namespace {

bool filled(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
}

struct Tally {
    CompletenessTally t;
    void expect(bool ok) {
        ++t.expected;
        if (ok) ++t.filled;
    }
};

void party(const Party& p, Tally& t) {
    t.expect(filled(p.legal_name));
    t.expect(filled(p.entity_type));
    t.expect(filled(p.jurisdiction));
    t.expect(filled(p.address));
    t.expect(filled(p.signatory_name));
    t.expect(filled(p.signatory_title));
    t.expect(filled(p.notice_contact) || filled(p.notice_email));
}

void parties(const Agreement& a, Tally& t) {
    party(a.client, t);
    party(a.provider, t);
    const auto& rs = a.responsibilities;
    t.expect(std::any_of(rs.begin(), rs.end(), [](const Responsibility& r) { return r.party == PartyRole::Client; }));
    t.expect(std::any_of(rs.begin(), rs.end(), [](const Responsibility& r) { return r.party == PartyRole::Provider; }));
    for (const Responsibility& r : rs) t.expect(filled(r.description));
}

void scope(const Agreement& a, Tally& t) {
    t.expect(!a.services.empty());
    for (const Service& s : a.services) {
        t.expect(filled(s.name));
        t.expect(filled(s.in_scope));
        t.expect(filled(s.out_of_scope));
        t.expect(!s.locations.empty());
        t.expect(s.ftes > 0 || s.monthly_volume > 0);
        t.expect(filled(s.coverage_hours));
        t.expect(!s.languages.empty());
        t.expect(std::any_of(a.service_levels.begin(), a.service_levels.end(),
                             [&](const ServiceLevel& sl) { return !s.id.empty() && sl.service_id == s.id; }));
    }
}

void term(const Agreement& a, Tally& t) {
    t.expect(a.term.effective_date.is_set());
    t.expect(a.term.initial_term_months > 0);
    if (a.term.renewal != Renewal::None) {
        t.expect(a.term.renewal_period_months > 0);
        t.expect(a.term.non_renewal_notice_days > 0);
    }
}

void service_levels(const Agreement& a, Tally& t) {
    t.expect(!a.service_levels.empty());
    bool critical = false;
    const bool pool = a.credits.method == CreditMethod::AtRiskPool;
    for (const ServiceLevel& sl : a.service_levels) {
        t.expect(filled(sl.name));
        t.expect(filled(sl.definition));
        t.expect(sl.expected.has_value());
        t.expect(sl.unit != MetricUnit::Unspecified);
        t.expect(sl.window != Cadence::Unspecified);
        t.expect(filled(sl.service_id));
        if (sl.criticality == Criticality::Critical) {
            critical = true;
            t.expect((pool ? sl.allocation_bp : sl.flat_credit_bp) > 0);
        }
    }
    if (!critical) return;
    const CreditScheme& c = a.credits;
    t.expect(c.at_risk_bp > 0);
    t.expect(c.claim_days > 0);
    t.expect(c.critical_failure_misses > 0 && c.critical_failure_window_months > 0);
    if (c.earn_back) t.expect(c.earn_back_months > 0);
}

void objectives(const Agreement& a, Tally& t) {
    t.expect(!a.objectives.empty());
    for (const Objective& o : a.objectives) {
        const SmartResult r = check_smart(o, a);
        for (const SmartCheck& c : r.letters) t.expect(c.state != SmartState::Fail);
        t.expect(filled(o.owner));
    }
}

void governance(const Agreement& a, Tally& t) {
    const Governance& g = a.governance;
    t.expect(!g.reports.empty());
    t.expect(!g.meetings.empty());
    t.expect(!g.escalation.empty());
    for (const EscalationLevel& e : g.escalation)
        t.expect(filled(e.client_contact) && filled(e.provider_contact) && e.response_hours > 0);
    t.expect(filled(g.committee_name) || filled(g.committee_members));
    t.expect(filled(g.client_relationship_manager));
    t.expect(filled(g.provider_relationship_manager));
    t.expect(filled(g.shared_goals));
    t.expect(filled(g.communication_norms));
    t.expect(g.corrective_action_days > 0 || filled(g.corrective_action_process));
}

void transition(const Agreement& a, Tally& t) {
    const Transition& tr = a.transition;
    t.expect(!tr.phases.empty());
    t.expect(!tr.milestones.empty());
    for (const Milestone& m : tr.milestones) {
        t.expect(m.due.is_set());
        t.expect(filled(m.acceptance_criteria));
    }
    t.expect(tr.go_live.is_set());
    t.expect(filled(tr.communication_plan));
    t.expect(filled(tr.training_plan));
    t.expect(filled(tr.contingency_plan));
}

void pricing(const Agreement& a, Tally& t) {
    const Pricing& p = a.pricing;
    t.expect(p.currency.size() == 3);
    switch (p.model) {
        case PricingModel::PerFte:
        case PricingModel::PerTransaction:
            t.expect(!p.rates.empty());
            for (const RateLine& r : p.rates) t.expect(r.unit_price.minor > 0 && r.quantity > 0);
            break;
        case PricingModel::FixedMonthly: t.expect(p.fixed_monthly_fee.minor > 0); break;
        case PricingModel::OutcomeBased: t.expect(p.outcome_base_fee.minor > 0); break;
    }
    t.expect(p.payment_days > 0);
    if (p.adjustment != Adjustment::None) t.expect(p.adjustment_bp > 0);
    t.expect(a.business_case.inhouse_monthly_cost.minor > 0);
    t.expect(a.business_case.discount_rate_bp > 0);
}

void data_security(const Agreement& a, Tally& t) {
    const DataSecurity& s = a.security;
    const auto has = [&](Framework f) { return std::find(s.frameworks.begin(), s.frameworks.end(), f) != s.frameworks.end(); };
    t.expect(s.encryption_at_rest);
    t.expect(s.encryption_in_transit);
    t.expect(s.multi_factor_auth);
    t.expect(filled(s.access_control));
    t.expect(!s.frameworks.empty());
    t.expect(s.breach_notice_hours > 0);
    t.expect(s.audit != AuditRight::None);
    t.expect(!s.data_locations.empty());
    t.expect(s.exit_data != ExitData::Unspecified);
    t.expect(a.confidentiality.duration_years > 0);
    if (has(Framework::Hipaa)) t.expect(filled(s.baa_reference));
    if (has(Framework::Gdpr) && s.data_outside_eea) t.expect(s.transfer_mechanism != TransferMechanism::None);
}

void intellectual_property(const Agreement& a, Tally& t) {
    t.expect(a.ip.work_product != Owner::Unspecified);
    t.expect(filled(a.ip.client_background_ip) || filled(a.ip.provider_background_ip));
    t.expect(a.ip.licence_to_provider != Licence::None);
    if (a.ip.work_product == Owner::Provider) t.expect(a.ip.licence_to_client != Licence::None);
}

void termination(const Agreement& a, Tally& t) {
    const Termination& tm = a.termination;
    if (tm.convenience != ConvenienceRight::None) t.expect(tm.convenience_notice_days > 0);
    t.expect(tm.cure_period_days > 0);
    t.expect(tm.exit_assistance);
    if (tm.exit_assistance) {
        t.expect(tm.exit_assistance_months > 0);
        t.expect(filled(tm.exit_plan));
    }
}

void disputes(const Agreement& a, Tally& t) {
    const DisputeResolution& d = a.disputes;
    t.expect(d.negotiation || d.mediation);
    t.expect(filled(d.governing_law));
    t.expect(d.forum != Forum::Unspecified);
    if (d.forum == Forum::Arbitration) {
        t.expect(filled(d.arbitration_rules));
        t.expect(filled(d.seat));
    }
    if (d.forum == Forum::Courts) t.expect(filled(d.venue));
    if (d.mediation) t.expect(filled(d.mediation_body));
}

void liability(const Agreement& a, Tally& t) {
    const Liability& l = a.liability;
    t.expect(l.cap_basis != CapBasis::Unspecified);
    if (l.cap_basis == CapBasis::MonthsOfFees) t.expect(l.cap_months > 0);
    if (l.cap_basis == CapBasis::FixedAmount) t.expect(l.cap_amount.minor > 0);
    t.expect(!l.indemnities.empty());
    t.expect(!l.insurance.empty());
}

}  // namespace

CompletenessTally completeness_tally(const Agreement& a, Section section) {
    Tally t;
    switch (section) {
        case Section::Overview: t.expect(filled(a.title)); break;
        case Section::Parties: parties(a, t); break;
        case Section::Scope: scope(a, t); break;
        case Section::Term: term(a, t); break;
        case Section::ServiceLevels: service_levels(a, t); break;
        case Section::Objectives: objectives(a, t); break;
        case Section::Governance: governance(a, t); break;
        case Section::Transition: transition(a, t); break;
        case Section::Pricing: pricing(a, t); break;
        case Section::DataSecurity: data_security(a, t); break;
        case Section::IntellectualProperty: intellectual_property(a, t); break;
        case Section::Termination: termination(a, t); break;
        case Section::Disputes: disputes(a, t); break;
        case Section::Liability: liability(a, t); break;
    }
    return t.t;
}

int completeness(const Agreement& a, Section section) { return completeness_tally(a, section).percent(); }

std::array<int, all_sections.size()> completeness_all(const Agreement& a) {
    std::array<int, all_sections.size()> out{};
    for (std::size_t i = 0; i < all_sections.size(); ++i) out[i] = completeness(a, all_sections[i]);
    return out;
}

int completeness_overall(const Agreement& a) {
    CompletenessTally total;
    for (Section s : all_sections) {
        const CompletenessTally t = completeness_tally(a, s);
        total.filled += t.filled;
        total.expected += t.expected;
    }
    return total.percent();
}

}  // namespace bpo
