// Rules for how the deal runs and ends: objectives, governance, transition, pricing, security,
// IP, termination, disputes and liability.
#include <algorithm>

#include "core/business_case.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"
#include "core/rules_internal.hpp"
#include "core/smart.hpp"

namespace bpo::rules_detail {

namespace {

bool has_framework(const DataSecurity& s, Framework f) {
    return std::find(s.frameworks.begin(), s.frameworks.end(), f) != s.frameworks.end();
}

const char* letter_rule(SmartLetter l) {
    switch (l) {
        case SmartLetter::Specific: return "objective.not-specific";
        case SmartLetter::Measurable: return "objective.not-measurable";
        case SmartLetter::Achievable: return "objective.not-achievable";
        case SmartLetter::Relevant: return "objective.not-relevant";
        case SmartLetter::TimeBound: return "objective.not-time-bound";
    }
    return "objective.not-specific";
}

bool valid_currency(const std::string& c) {
    return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

}  // namespace

void check_objectives_and_governance(const Agreement& a, Collector& out) {
    namespace o = keys::Objective;
    if (a.objectives.empty()) out.add("objective.none", ptr(keys::objectives));
    for (std::size_t i = 0; i < a.objectives.size(); ++i) {
        const Objective& obj = a.objectives[i];
        const std::string name = blank(obj.title) ? obj.id : obj.title;
        const SmartResult smart = check_smart(obj, a);
        for (const SmartCheck& c : smart.letters) {
            if (c.state != SmartState::Fail) continue;
            FindingArgs args{{"objective", name}, {"reason", c.reason}};
            args.insert(args.end(), c.args.begin(), c.args.end());
            out.add(letter_rule(c.letter), ptr(keys::objectives, i, c.field), std::move(args));
        }
        if (blank(obj.owner)) out.add("objective.missing-owner", ptr(keys::objectives, i, o::owner), {{"objective", name}});
    }

    namespace g = keys::Governance;
    const Governance& gov = a.governance;
    if (gov.reports.empty()) out.add("governance.no-reports", ptr(keys::governance, g::reports));
    for (std::size_t i = 0; i < gov.reports.size(); ++i)
        if (gov.reports[i].frequency == Cadence::Unspecified)
            out.add("governance.report-missing-frequency", ptr(keys::governance, g::reports, i, keys::Report::frequency),
                    {{"report", gov.reports[i].name}});
    if (gov.meetings.empty()) out.add("governance.no-meetings", ptr(keys::governance, g::meetings));
    bool review = false;
    for (std::size_t i = 0; i < gov.meetings.size(); ++i) {
        const Meeting& m = gov.meetings[i];
        review = review || m.kind == MeetingKind::Performance || m.kind == MeetingKind::BusinessReview;
        if (m.cadence == Cadence::Unspecified)
            out.add("governance.meeting-missing-cadence", ptr(keys::governance, g::meetings, i, keys::Meeting::cadence),
                    {{"meeting", m.name}});
    }
    if (!gov.meetings.empty() && !review) out.add("governance.no-performance-review", ptr(keys::governance, g::meetings));
    if (gov.escalation.empty()) out.add("governance.no-escalation", ptr(keys::governance, g::escalation));
    namespace e = keys::EscalationLevel;
    for (std::size_t i = 0; i < gov.escalation.size(); ++i) {
        const EscalationLevel& lvl = gov.escalation[i];
        const FindingArgs level{{"level", std::to_string(i + 1)}, {"name", lvl.name}};
        if (blank(lvl.client_contact) || blank(lvl.provider_contact))
            out.add("governance.escalation-missing-contact",
                    ptr(keys::governance, g::escalation, i, blank(lvl.client_contact) ? e::client_contact : e::provider_contact),
                    level);
        if (lvl.response_hours <= 0)
            out.add("governance.escalation-missing-response-time", ptr(keys::governance, g::escalation, i, e::response_hours), level);
        else if (i > 0 && gov.escalation[i - 1].response_hours > 0 && lvl.response_hours <= gov.escalation[i - 1].response_hours)
            out.add("governance.escalation-out-of-order", ptr(keys::governance, g::escalation, i, e::response_hours),
                    {{"level", std::to_string(i + 1)}, {"hours", std::to_string(lvl.response_hours)},
                     {"previous", std::to_string(gov.escalation[i - 1].response_hours)}});
    }
    if (blank(gov.client_relationship_manager))
        out.add("governance.missing-relationship-manager", ptr(keys::governance, g::client_relationship_manager), {{"party", "client"}});
    if (blank(gov.provider_relationship_manager))
        out.add("governance.missing-relationship-manager", ptr(keys::governance, g::provider_relationship_manager), {{"party", "provider"}});
    if (blank(gov.committee_name) && blank(gov.committee_members))
        out.add("governance.missing-committee", ptr(keys::governance, g::committee_name));
    if (gov.corrective_action_days <= 0 && blank(gov.corrective_action_process))
        out.add("governance.no-corrective-action", ptr(keys::governance, g::corrective_action_days));
}

void check_transition_and_pricing(const Agreement& a, Collector& out) {
    namespace t = keys::Transition;
    const Transition& tr = a.transition;
    const Date effective = a.term.effective_date;
    const Date end = term_end(a.term);
    if (!tr.go_live.is_set()) {
        out.add("transition.missing-go-live", ptr(keys::transition, t::go_live));
    } else {
        if (effective.is_set() && tr.go_live < effective)
            out.add("transition.go-live-before-effective-date", ptr(keys::transition, t::go_live),
                    {{"goLive", iso_date(tr.go_live)}, {"effective", iso_date(effective)}});
        if (end.is_set() && !(tr.go_live < end))
            out.add("transition.go-live-after-term", ptr(keys::transition, t::go_live),
                    {{"goLive", iso_date(tr.go_live)}, {"end", iso_date(end)}});
    }
    namespace p = keys::TransitionPhase;
    for (std::size_t i = 0; i < tr.phases.size(); ++i) {
        const TransitionPhase& ph = tr.phases[i];
        if (ph.start.is_set() && ph.end.is_set() && ph.end < ph.start)
            out.add("transition.phase-ends-before-start", ptr(keys::transition, t::phases, i, p::end),
                    {{"phase", ph.name}, {"start", iso_date(ph.start)}, {"end", iso_date(ph.end)}});
    }
    namespace m = keys::Milestone;
    if (tr.milestones.empty()) out.add("transition.no-milestones", ptr(keys::transition, t::milestones));
    for (std::size_t i = 0; i < tr.milestones.size(); ++i) {
        const Milestone& ms = tr.milestones[i];
        const auto at = [&](const char* key) { return ptr(keys::transition, t::milestones, i, key); };
        const TransitionPhase* phase = nullptr;
        for (const TransitionPhase& ph : tr.phases)
            if (ph.id == ms.phase_id) phase = &ph;
        if (!blank(ms.phase_id) && !phase)
            out.add("transition.milestone-unknown-phase", at(m::phase_id), {{"milestone", ms.name}, {"phase", ms.phase_id}});
        if (!ms.due.is_set()) {
            out.add("transition.milestone-missing-date", at(m::due), {{"milestone", ms.name}});
        } else {
            if (effective.is_set() && ms.due < effective)
                out.add("transition.milestone-before-effective-date", at(m::due),
                        {{"milestone", ms.name}, {"due", iso_date(ms.due)}, {"effective", iso_date(effective)}});
            // Stabilisation comes after go-live by design.
            const bool after_go_live_phase = phase && phase->kind == PhaseKind::Stabilisation;
            if (tr.go_live.is_set() && tr.go_live < ms.due && !after_go_live_phase)
                out.add("transition.milestone-after-go-live", at(m::due),
                        {{"milestone", ms.name}, {"due", iso_date(ms.due)}, {"goLive", iso_date(tr.go_live)}});
        }
        if (blank(ms.acceptance_criteria))
            out.add("transition.milestone-missing-acceptance", at(m::acceptance_criteria), {{"milestone", ms.name}});
    }
    if (blank(tr.contingency_plan)) out.add("transition.no-contingency-plan", ptr(keys::transition, t::contingency_plan));
    if (blank(tr.communication_plan))
        out.add("transition.missing-communication-plan", ptr(keys::transition, t::communication_plan));
    if (blank(tr.training_plan)) out.add("transition.missing-training-plan", ptr(keys::transition, t::training_plan));

    namespace pr = keys::Pricing;
    const Pricing& pc = a.pricing;
    if (!valid_currency(pc.currency)) out.add("pricing.invalid-currency", ptr(keys::pricing, pr::currency), {{"currency", pc.currency}});
    const bool lines = pc.model == PricingModel::PerFte || pc.model == PricingModel::PerTransaction;
    if (lines) {
        if (pc.rates.empty()) out.add("pricing.no-rates", ptr(keys::pricing, pr::rates));
        namespace r = keys::RateLine;
        for (std::size_t i = 0; i < pc.rates.size(); ++i) {
            const RateLine& rl = pc.rates[i];
            const FindingArgs rate{{"rate", blank(rl.description) ? rl.id : rl.description}};
            if (rl.unit_price.minor <= 0) out.add("pricing.rate-missing-price", ptr(keys::pricing, pr::rates, i, r::unit_price), rate);
            if (rl.quantity <= 0) out.add("pricing.rate-missing-quantity", ptr(keys::pricing, pr::rates, i, r::quantity), rate);
            if (!blank(rl.service_id) &&
                std::none_of(a.services.begin(), a.services.end(), [&](const Service& s) { return s.id == rl.service_id; }))
                out.add("pricing.rate-unknown-service", ptr(keys::pricing, pr::rates, i, r::service_id),
                        {{"rate", rate[0].second}, {"service", rl.service_id}});
        }
    }
    if (pc.model == PricingModel::FixedMonthly && pc.fixed_monthly_fee.minor <= 0)
        out.add("pricing.missing-fixed-fee", ptr(keys::pricing, pr::fixed_monthly_fee));
    if (pc.model == PricingModel::OutcomeBased) {
        if (pc.outcome_base_fee.minor <= 0) out.add("pricing.missing-outcome-base", ptr(keys::pricing, pr::outcome_base_fee));
        if (pc.outcome_bonus_max.minor > 0 && a.objectives.empty())
            out.add("pricing.outcome-bonus-without-objectives", ptr(keys::pricing, pr::outcome_bonus_max));
    }
    if (pc.payment_days <= 0) out.add("pricing.missing-payment-days", ptr(keys::pricing, pr::payment_days));
    else if (pc.payment_days > 60)
        out.add("pricing.payment-days-long", ptr(keys::pricing, pr::payment_days),
                {{"days", std::to_string(pc.payment_days)}, {"limit", "60"}});
    if (pc.adjustment != Adjustment::None && pc.adjustment_bp <= 0)
        out.add("pricing.adjustment-missing-rate", ptr(keys::pricing, pr::adjustment_bp));
    if (pc.adjustment == Adjustment::Index && blank(pc.adjustment_index))
        out.add("pricing.index-missing-name", ptr(keys::pricing, pr::adjustment_index));
    if (pc.adjustment == Adjustment::None && a.term.initial_term_months > 24)
        out.add("pricing.no-adjustment-multi-year", ptr(keys::pricing, pr::adjustment),
                {{"months", std::to_string(a.term.initial_term_months)}});

    namespace b = keys::BusinessCase;
    if (a.business_case.inhouse_monthly_cost.minor <= 0) {
        out.add("pricing.missing-business-case", ptr(keys::business_case, b::inhouse_monthly_cost));
    } else if (a.term.initial_term_months > 0) {
        const BusinessCaseResult bc = compute_business_case(a);
        if (bc.savings.minor < 0)
            out.add("pricing.negative-savings", ptr(keys::business_case, b::inhouse_monthly_cost),
                    {{"savings", format_money(bc.savings, a.pricing.currency)},
                     {"months", std::to_string(bc.term_months)}});
    }
}

void check_security_and_ip(const Agreement& a, Collector& out) {
    namespace d = keys::DataSecurity;
    const DataSecurity& s = a.security;
    const auto at = [](const char* key) { return ptr(keys::security, key); };
    if (!s.encryption_at_rest) out.add("security.no-encryption-at-rest", at(d::encryption_at_rest));
    if (!s.encryption_in_transit) out.add("security.no-encryption-in-transit", at(d::encryption_in_transit));
    if (!s.multi_factor_auth) out.add("security.no-mfa", at(d::multi_factor_auth));
    if (blank(s.access_control)) out.add("security.missing-access-control", at(d::access_control));
    if (s.frameworks.empty() && (!blank(s.personal_data) || s.health_data))
        out.add("security.no-framework", at(d::frameworks));
    if (has_framework(s, Framework::Hipaa) && blank(s.baa_reference)) out.add("security.hipaa-without-baa", at(d::baa_reference));
    if (s.health_data && !has_framework(s, Framework::Hipaa)) out.add("security.health-data-without-hipaa", at(d::frameworks));
    if (has_framework(s, Framework::Gdpr) && s.data_outside_eea && s.transfer_mechanism == TransferMechanism::None)
        out.add("security.gdpr-transfer-without-mechanism", at(d::transfer_mechanism));
    if (s.breach_notice_hours <= 0) out.add("security.missing-breach-notice", at(d::breach_notice_hours));
    else if (s.breach_notice_hours > 72)
        out.add("security.breach-notice-too-long", at(d::breach_notice_hours),
                {{"hours", std::to_string(s.breach_notice_hours)}, {"limit", "72"}});
    if (s.audit == AuditRight::None) out.add("security.no-audit-right", at(d::audit));
    if (s.data_locations.empty()) out.add("security.no-data-locations", at(d::data_locations));
    if (s.exit_data == ExitData::Unspecified) out.add("security.exit-data-unspecified", at(d::exit_data));
    if (a.confidentiality.duration_years <= 0)
        out.add("confidentiality.missing-duration", ptr(keys::confidentiality, keys::Confidentiality::duration_years));

    namespace ip = keys::IntellectualProperty;
    const IntellectualProperty& p = a.ip;
    if (p.work_product == Owner::Unspecified) out.add("ip.work-product-unspecified", ptr(keys::ip, ip::work_product));
    if (p.work_product == Owner::Provider && p.licence_to_client == Licence::None)
        out.add("ip.provider-owns-without-licence", ptr(keys::ip, ip::licence_to_client));
    if (blank(p.client_background_ip) && blank(p.provider_background_ip))
        out.add("ip.missing-background-ip", ptr(keys::ip, ip::provider_background_ip));
    if (p.licence_to_provider == Licence::None) out.add("ip.no-licence-to-provider", ptr(keys::ip, ip::licence_to_provider));
}

void check_exit_disputes_liability(const Agreement& a, Collector& out) {
    namespace t = keys::Termination;
    const Termination& tm = a.termination;
    const auto at = [](const char* key) { return ptr(keys::termination, key); };
    const int term = a.term.initial_term_months;
    if (tm.convenience != ConvenienceRight::None) {
        if (tm.convenience_notice_days <= 0) out.add("termination.missing-convenience-notice", at(t::convenience_notice_days));
        else if (term > 0 && days_exceed_months(tm.convenience_notice_days, term))
            out.add("termination.notice-longer-than-term", at(t::convenience_notice_days),
                    {{"days", std::to_string(tm.convenience_notice_days)}, {"months", std::to_string(term)}});
        if (tm.fee == TerminationFee::Fixed && tm.fee_amount.minor <= 0)
            out.add("termination.fee-missing-amount", at(t::fee_amount));
        if ((tm.fee == TerminationFee::MonthsOfFees || tm.fee == TerminationFee::Declining) && tm.fee_months <= 0)
            out.add("termination.fee-missing-amount", at(t::fee_months));
    }
    if (tm.cure_period_days <= 0) out.add("termination.missing-cure-period", at(t::cure_period_days));
    if (!tm.exit_assistance) {
        if (term > 12) out.add("termination.no-exit-assistance", at(t::exit_assistance), {{"months", std::to_string(term)}});
    } else {
        if (tm.exit_assistance_months <= 0) out.add("termination.exit-assistance-missing-months", at(t::exit_assistance_months));
        if (blank(tm.exit_plan)) out.add("termination.missing-exit-plan", at(t::exit_plan));
    }

    namespace d = keys::DisputeResolution;
    const DisputeResolution& dr = a.disputes;
    const auto dat = [](const char* key) { return ptr(keys::disputes, key); };
    if (!dr.negotiation && !dr.mediation && dr.forum == Forum::Unspecified)
        out.add("disputes.no-resolution-step", ptr(keys::disputes));
    if (blank(dr.governing_law)) out.add("disputes.missing-governing-law", dat(d::governing_law));
    if (dr.forum == Forum::Unspecified) out.add("disputes.missing-forum", dat(d::forum));
    if (dr.forum == Forum::Arbitration) {
        if (blank(dr.arbitration_rules)) out.add("disputes.arbitration-missing-rules", dat(d::arbitration_rules));
        if (blank(dr.seat)) out.add("disputes.arbitration-missing-seat", dat(d::seat));
        if (dr.arbitrators < 1 || dr.arbitrators % 2 == 0)
            out.add("disputes.even-arbitrators", dat(d::arbitrators), {{"arbitrators", std::to_string(dr.arbitrators)}});
    }
    if (dr.forum == Forum::Courts && blank(dr.venue)) out.add("disputes.courts-missing-venue", dat(d::venue));
    if (dr.mediation && blank(dr.mediation_body)) out.add("disputes.mediation-missing-body", dat(d::mediation_body));

    namespace l = keys::Liability;
    const Liability& li = a.liability;
    const auto lat = [](const char* key) { return ptr(keys::liability, key); };
    switch (li.cap_basis) {
        case CapBasis::Unspecified: out.add("liability.cap-unspecified", lat(l::cap_basis)); break;
        case CapBasis::MonthsOfFees:
            if (li.cap_months <= 0) out.add("liability.zero-cap", lat(l::cap_months));
            break;
        case CapBasis::FixedAmount:
            if (li.cap_amount.minor <= 0) out.add("liability.zero-cap", lat(l::cap_amount));
            break;
        case CapBasis::Unlimited: out.add("liability.unlimited", lat(l::cap_basis)); break;
    }
    if (li.indemnities.empty()) out.add("liability.no-indemnities", lat(l::indemnities));
    if (li.insurance.empty()) out.add("liability.no-insurance", lat(l::insurance));
    for (std::size_t i = 0; i < li.insurance.size(); ++i)
        if (li.insurance[i].cover.minor <= 0)
            out.add("liability.insurance-missing-cover", ptr(keys::liability, l::insurance, i, keys::Insurance::cover),
                    {{"insurance", li.insurance[i].kind}});
}

}  // namespace bpo::rules_detail
