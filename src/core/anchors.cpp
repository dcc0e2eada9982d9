#include "core/anchors.hpp"

#include "core/clauses.hpp"
#include "core/json_keys.hpp"

namespace bpo {

namespace {

struct Place {
    const char* top;      // first pointer token (keys::...)
    const char* field;    // second token, or nullptr for the whole object or list
    std::vector<const char*> anchors;
};

const std::vector<Place>& places() {
    namespace k = keys;
    static const std::vector<Place> table = {
        {k::client, nullptr, {"parties"}},
        {k::provider, nullptr, {"parties"}},
        {k::responsibilities, nullptr, {"duties.client", "duties.provider"}},
        {k::services, nullptr, {"services", "schedule.services"}},
        {k::term, k::Term::effective_date, {"term.start"}},
        {k::term, k::Term::initial_term_months, {"term.start"}},
        {k::term, k::Term::renewal, {"term.renewal"}},
        {k::term, k::Term::renewal_period_months, {"term.renewal"}},
        {k::term, k::Term::non_renewal_notice_days, {"term.renewal"}},
        {k::term, nullptr, {"term"}},
        {k::service_levels, nullptr, {"sl.levels", "schedule.service-levels"}},
        {k::credits, k::CreditScheme::earn_back, {"sl.earn-back"}},
        {k::credits, k::CreditScheme::earn_back_months, {"sl.earn-back"}},
        {k::credits, k::CreditScheme::critical_failure_misses, {"sl.critical-failure"}},
        {k::credits, k::CreditScheme::critical_failure_window_months, {"sl.critical-failure"}},
        {k::credits, nullptr, {"sl.credits", "schedule.service-levels"}},
        {k::objectives, nullptr, {"objectives", "schedule.service-levels"}},
        {k::governance, k::Governance::escalation, {"governance.escalation"}},
        {k::governance, k::Governance::meetings, {"governance.meetings"}},
        {k::governance, k::Governance::committee_name, {"governance.committee"}},
        {k::governance, k::Governance::committee_members, {"governance.committee"}},
        {k::governance, k::Governance::corrective_action_days, {"sl.corrective-action"}},
        {k::governance, k::Governance::corrective_action_process, {"sl.corrective-action"}},
        {k::governance, nullptr, {"governance", "schedule.governance"}},
        {k::transition, nullptr, {"transition", "schedule.transition"}},
        {k::pricing, k::Pricing::payment_days, {"pricing.payment"}},
        {k::pricing, k::Pricing::late_interest_bp, {"pricing.payment"}},
        {k::pricing, k::Pricing::invoice_frequency, {"pricing.invoicing"}},
        {k::pricing, k::Pricing::invoice_timing, {"pricing.invoicing"}},
        {k::pricing, k::Pricing::adjustment, {"pricing.adjustment"}},
        {k::pricing, k::Pricing::adjustment_bp, {"pricing.adjustment"}},
        {k::pricing, k::Pricing::adjustment_index, {"pricing.adjustment"}},
        {k::pricing, nullptr, {"pricing.charges", "pricing", "schedule.pricing"}},
        {k::business_case, nullptr, {"schedule.pricing"}},
        {k::security, k::DataSecurity::breach_notice_hours, {"data.incidents"}},
        {k::security, k::DataSecurity::frameworks, {"data.frameworks"}},
        {k::security, k::DataSecurity::audit, {"data.audit"}},
        {k::security, k::DataSecurity::audit_notice_days, {"data.audit"}},
        {k::security, k::DataSecurity::audits_per_year, {"data.audit"}},
        {k::security, k::DataSecurity::data_locations, {"data.location"}},
        {k::security, k::DataSecurity::data_outside_eea, {"data.transfers"}},
        {k::security, k::DataSecurity::transfer_mechanism, {"data.transfers"}},
        {k::security, k::DataSecurity::health_data, {"data.hipaa"}},
        {k::security, k::DataSecurity::baa_reference, {"data.hipaa"}},
        {k::security, k::DataSecurity::exit_data, {"data.exit"}},
        {k::security, k::DataSecurity::exit_data_days, {"data.exit"}},
        {k::security, nullptr, {"data.security", "data", "schedule.data-protection"}},
        {k::confidentiality, k::Confidentiality::duration_years, {"confidentiality.duration"}},
        {k::confidentiality, nullptr, {"confidentiality"}},
        {k::ip, k::IntellectualProperty::work_product, {"ip.work-product"}},
        {k::ip, k::IntellectualProperty::licence_to_client, {"ip.licence-client"}},
        {k::ip, k::IntellectualProperty::licence_to_provider, {"ip.licence-provider"}},
        {k::ip, nullptr, {"ip"}},
        {k::termination, k::Termination::convenience, {"termination.convenience"}},
        {k::termination, k::Termination::convenience_notice_days, {"termination.convenience"}},
        {k::termination, k::Termination::fee, {"termination.convenience"}},
        {k::termination, k::Termination::fee_amount, {"termination.convenience"}},
        {k::termination, k::Termination::fee_months, {"termination.convenience"}},
        {k::termination, k::Termination::cure_period_days, {"termination.cause"}},
        {k::termination, k::Termination::insolvency, {"termination.insolvency"}},
        {k::termination, k::Termination::change_of_control, {"termination.change-of-control"}},
        {k::termination, k::Termination::exit_assistance, {"termination.exit"}},
        {k::termination, k::Termination::exit_assistance_months, {"termination.exit"}},
        {k::termination, k::Termination::exit_plan, {"termination.exit"}},
        {k::termination, nullptr, {"termination"}},
        {k::disputes, k::DisputeResolution::negotiation, {"disputes.negotiation"}},
        {k::disputes, k::DisputeResolution::negotiation_days, {"disputes.negotiation"}},
        {k::disputes, k::DisputeResolution::mediation, {"disputes.mediation"}},
        {k::disputes, k::DisputeResolution::mediation_body, {"disputes.mediation"}},
        {k::disputes, k::DisputeResolution::governing_law, {"disputes.law"}},
        {k::disputes, nullptr, {"disputes.forum", "disputes"}},
        {k::liability, k::Liability::exclusions, {"liability.exclusions"}},
        {k::liability, k::Liability::indemnities, {"liability.indemnities"}},
        {k::liability, k::Liability::insurance, {"liability.insurance"}},
        {k::liability, nullptr, {"liability.cap", "liability"}},
    };
    return table;
}

std::string token(std::string_view pointer, int which) {
    if (!pointer.empty() && pointer.front() == '/') pointer.remove_prefix(1);
    for (int i = 0; i < which; ++i) {
        const std::size_t slash = pointer.find('/');
        if (slash == std::string_view::npos) return {};
        pointer.remove_prefix(slash + 1);
    }
    return std::string(pointer.substr(0, pointer.find('/')));
}

bool exists(const Document& d, const std::string& anchor) {
    if (find_clause(d, anchor)) return true;
    for (const Schedule& s : d.schedules)
        if (s.anchor == anchor) return true;
    return false;
}

}  // namespace

std::vector<std::string> candidate_anchors(std::string_view pointer) {
    const std::string top = token(pointer, 0);
    const std::string field = token(pointer, 1);
    std::vector<std::string> out;
    auto add = [&](const std::string& a) {
        for (const std::string& have : out)
            if (have == a) return;
        out.push_back(a);
    };
    if (top == keys::positions) {
        // /positions/<key>: the clause that carries that position.
        static const std::pair<const char*, const char*> clause_of[] = {
            {keys::ClausePositions::service_credits, "service_credits"},
            {keys::ClausePositions::liability, "liability"},
            {keys::ClausePositions::intellectual_property, "intellectual_property"},
            {keys::ClausePositions::termination_for_convenience, "termination_for_convenience"},
            {keys::ClausePositions::audit, "audit"},
            {keys::ClausePositions::dispute_resolution, "dispute_resolution"},
            {keys::ClausePositions::exit_assistance, "exit_assistance"},
        };
        for (const auto& [key, clause] : clause_of)
            if (field == key)
                for (const ClauseInfo& info : clause_catalog())
                    if (info.id == clause) add(info.anchor);
        return out;
    }
    // The specific field first, then the whole object.
    for (const Place& p : places())
        if (top == p.top && p.field && field == p.field)
            for (const char* a : p.anchors) add(a);
    for (const Place& p : places())
        if (top == p.top && !p.field)
            for (const char* a : p.anchors) add(a);
    return out;
}

std::vector<std::string> document_anchors(const Document& document, std::string_view pointer) {
    std::vector<std::string> out;
    for (const std::string& a : candidate_anchors(pointer))
        if (exists(document, a)) out.push_back(a);
    return out;
}

}  // namespace bpo
