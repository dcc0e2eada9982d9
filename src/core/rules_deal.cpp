// Rules for the deal's shape: overview, parties, scope, term, service levels and credits.
#include <algorithm>
#include <set>

#include "core/money.hpp"
#include "core/rules.hpp"
#include "core/rules_internal.hpp"

namespace bpo::rules_detail {

namespace {

bool service_exists(const Agreement& a, const std::string& id) {
    return std::any_of(a.services.begin(), a.services.end(), [&](const Service& s) { return s.id == id; });
}

void check_party(const Party& p, const char* key, const char* role, Collector& out) {
    namespace k = keys::Party;
    const FindingArgs party{{"party", role}};
    if (blank(p.legal_name)) out.add("parties.missing-legal-name", ptr(key, k::legal_name), party);
    if (blank(p.entity_type)) out.add("parties.missing-entity-type", ptr(key, k::entity_type), party);
    if (blank(p.jurisdiction)) out.add("parties.missing-jurisdiction", ptr(key, k::jurisdiction), party);
    if (blank(p.address)) out.add("parties.missing-address", ptr(key, k::address), party);
    if (blank(p.signatory_name)) out.add("parties.missing-signatory", ptr(key, k::signatory_name), party);
    else if (blank(p.signatory_title)) out.add("parties.missing-signatory", ptr(key, k::signatory_title), party);
    if (blank(p.notice_contact) && blank(p.notice_email))
        out.add("parties.missing-notice-contact", ptr(key, k::notice_contact), party);
    if (!blank(p.notice_email)) {
        const std::size_t at = p.notice_email.find('@');
        const bool ok = at != std::string::npos && at > 0 && p.notice_email.find('.', at) != std::string::npos &&
                        p.notice_email.find(' ') == std::string::npos && p.notice_email.back() != '.';
        if (!ok)
            out.add("parties.invalid-notice-email", ptr(key, k::notice_email),
                    {{"party", role}, {"email", p.notice_email}});
    }
}

std::string lower_trimmed(const std::string& s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

void check_overview_and_parties(const Agreement& a, Collector& out) {
    if (blank(a.title)) out.add("overview.missing-title", ptr(keys::title));

    check_party(a.client, keys::client, "client", out);
    check_party(a.provider, keys::provider, "provider", out);
    if (!blank(a.client.legal_name) && lower_trimmed(a.client.legal_name) == lower_trimmed(a.provider.legal_name))
        out.add("parties.same-legal-name", ptr(keys::provider, keys::Party::legal_name), {{"name", a.provider.legal_name}});

    namespace k = keys::Responsibility;
    bool client = false, provider = false;
    for (std::size_t i = 0; i < a.responsibilities.size(); ++i) {
        const Responsibility& r = a.responsibilities[i];
        (r.party == PartyRole::Client ? client : provider) = true;
        if (blank(r.description))
            out.add("parties.responsibility-missing-description", ptr(keys::responsibilities, i, k::description));
        if (!blank(r.service_id) && !service_exists(a, r.service_id))
            out.add("parties.responsibility-unknown-service", ptr(keys::responsibilities, i, k::service_id),
                    {{"service", r.service_id}});
    }
    if (!client) out.add("parties.no-client-responsibilities", ptr(keys::responsibilities));
    if (!provider) out.add("parties.no-provider-responsibilities", ptr(keys::responsibilities));
}

void check_scope_and_term(const Agreement& a, Collector& out) {
    namespace k = keys::Service;
    if (a.services.empty()) out.add("scope.no-services", ptr(keys::services));
    std::set<std::string> ids;
    for (std::size_t i = 0; i < a.services.size(); ++i) {
        const Service& s = a.services[i];
        const FindingArgs name{{"service", blank(s.name) ? s.id : s.name}};
        if (!blank(s.id) && !ids.insert(s.id).second)
            out.add("scope.duplicate-service-id", ptr(keys::services, i, k::id), {{"id", s.id}});
        if (blank(s.name)) out.add("scope.service-missing-name", ptr(keys::services, i, k::name), name);
        if (blank(s.in_scope)) out.add("scope.service-missing-in-scope", ptr(keys::services, i, k::in_scope), name);
        if (blank(s.out_of_scope))
            out.add("scope.service-missing-out-of-scope", ptr(keys::services, i, k::out_of_scope), name);
        if (s.locations.empty()) out.add("scope.service-no-location", ptr(keys::services, i, k::locations), name);
        if (s.ftes <= 0 && s.monthly_volume <= 0) out.add("scope.service-no-volume", ptr(keys::services, i, k::ftes), name);
        if (blank(s.coverage_hours))
            out.add("scope.service-missing-coverage-hours", ptr(keys::services, i, k::coverage_hours), name);
        const bool measured = std::any_of(a.service_levels.begin(), a.service_levels.end(),
                                          [&](const ServiceLevel& sl) { return !s.id.empty() && sl.service_id == s.id; });
        if (!measured) out.add("scope.service-without-service-level", ptr(keys::services, i), name);
    }

    namespace t = keys::Term;
    const Term& term = a.term;
    if (!term.effective_date.is_set()) out.add("term.missing-effective-date", ptr(keys::term, t::effective_date));
    if (term.initial_term_months <= 0) {
        out.add("term.missing-initial-term", ptr(keys::term, t::initial_term_months));
    } else {
        // Typical: 1-2 years for startups, 3-5 for midsize and enterprise deals; over 7 is unusual.
        const bool small = a.profile == ClientProfile::Startup;
        const int low = small ? 12 : 24;
        const int high = small ? 36 : 84;
        if (term.initial_term_months < low || term.initial_term_months > high)
            out.add("term.unusual-initial-term", ptr(keys::term, t::initial_term_months),
                    {{"months", std::to_string(term.initial_term_months)},
                     {"low", std::to_string(low)}, {"high", std::to_string(high)}});
    }
    if (term.renewal != Renewal::None) {
        if (term.renewal_period_months <= 0)
            out.add("term.missing-renewal-period", ptr(keys::term, t::renewal_period_months));
        else if (days_exceed_months(term.non_renewal_notice_days, term.renewal_period_months))
            out.add("term.renewal-notice-too-long", ptr(keys::term, t::non_renewal_notice_days),
                    {{"days", std::to_string(term.non_renewal_notice_days)},
                     {"months", std::to_string(term.renewal_period_months)}});
        if (term.renewal == Renewal::Automatic && term.non_renewal_notice_days <= 0)
            out.add("term.missing-non-renewal-notice", ptr(keys::term, t::non_renewal_notice_days));
    }
}

void check_service_levels(const Agreement& a, Collector& out) {
    namespace k = keys::ServiceLevel;
    namespace c = keys::CreditScheme;
    const CreditScheme& cs = a.credits;
    const bool pool = cs.method == CreditMethod::AtRiskPool;
    if (a.service_levels.empty()) out.add("sla.none", ptr(keys::service_levels));

    std::set<std::string> ids;
    bool any_critical = false;
    BasisPoints allocated = 0, flat_total = 0;
    for (std::size_t i = 0; i < a.service_levels.size(); ++i) {
        const ServiceLevel& sl = a.service_levels[i];
        const FindingArgs name{{"level", blank(sl.name) ? sl.id : sl.name}};
        auto at = [&](const char* key) { return ptr(keys::service_levels, i, key); };
        if (!blank(sl.id) && !ids.insert(sl.id).second) out.add("sla.duplicate-id", at(k::id), {{"id", sl.id}});
        if (blank(sl.name)) out.add("sla.missing-name", at(k::name), name);
        if (blank(sl.definition)) out.add("sla.missing-definition", at(k::definition), name);
        if (!sl.expected) out.add("sla.missing-target", at(k::expected), name);
        if (sl.unit == MetricUnit::Unspecified) out.add("sla.missing-unit", at(k::unit), name);
        if (sl.window == Cadence::Unspecified) out.add("sla.missing-window", at(k::window), name);
        if (blank(sl.service_id)) out.add("sla.no-service", at(k::service_id), name);
        else if (!service_exists(a, sl.service_id))
            out.add("sla.unknown-service", at(k::service_id), {{"level", name[0].second}, {"service", sl.service_id}});
        if (sl.expected && sl.minimum) {
            const bool better = sl.direction == Direction::HigherIsBetter ? *sl.minimum > *sl.expected
                                                                          : *sl.minimum < *sl.expected;
            if (better)
                out.add("sla.minimum-better-than-expected", at(k::minimum),
                        {{"level", name[0].second}, {"minimum", number_text(*sl.minimum)},
                         {"expected", number_text(*sl.expected)}});
        }
        if (sl.unit == MetricUnit::Percent) {
            for (const auto& [value, key] : {std::make_pair(sl.expected, k::expected), std::make_pair(sl.minimum, k::minimum)})
                if (value && (*value < 0 || *value > 100))
                    out.add("sla.percent-out-of-range", at(key), {{"level", name[0].second}, {"value", number_text(*value)}});
        }
        if (sl.criticality == Criticality::Critical) {
            any_critical = true;
            allocated += sl.allocation_bp;
            flat_total += sl.flat_credit_bp;
            if ((pool ? sl.allocation_bp : sl.flat_credit_bp) <= 0)
                out.add("credits.critical-without-allocation", at(pool ? k::allocation_bp : k::flat_credit_bp), name);
            if (pool && sl.allocation_bp > 10000)
                out.add("credits.allocation-above-at-risk", at(k::allocation_bp),
                        {{"level", name[0].second}, {"allocation", format_bp(sl.allocation_bp)}});
        } else if (sl.allocation_bp > 0 || sl.flat_credit_bp > 0) {
            out.add("credits.key-with-credit", at(pool ? k::allocation_bp : k::flat_credit_bp), name);
        }
    }
    if (a.service_levels.empty()) return;
    if (!any_critical) {
        out.add("credits.no-critical-service-level", ptr(keys::service_levels));
        return;
    }
    // The credit scheme matters only once something carries credits.
    const std::string at_risk = format_bp(cs.at_risk_bp);
    if (cs.at_risk_bp <= 0) out.add("credits.no-cap", ptr(keys::credits, c::at_risk_bp));
    else if (cs.at_risk_bp > 10000) out.add("credits.at-risk-above-charges", ptr(keys::credits, c::at_risk_bp), {{"atRisk", at_risk}});
    else if (cs.at_risk_bp > 1500)
        out.add("credits.at-risk-high", ptr(keys::credits, c::at_risk_bp), {{"atRisk", at_risk}, {"typical", "10-12%"}});
    if (pool && allocated > cs.pool_bp)
        out.add("credits.allocations-exceed-pool", ptr(keys::credits, c::pool_bp),
                {{"allocated", format_bp(allocated)}, {"pool", format_bp(cs.pool_bp)}});
    if (!pool && cs.at_risk_bp > 0 && flat_total > cs.at_risk_bp)
        out.add("credits.flat-credits-exceed-cap", ptr(keys::credits, c::at_risk_bp),
                {{"total", format_bp(flat_total)}, {"atRisk", at_risk}});
    if (cs.earn_back && cs.earn_back_months <= 0)
        out.add("credits.earn-back-without-months", ptr(keys::credits, c::earn_back_months));
    const int misses = cs.critical_failure_misses, window = cs.critical_failure_window_months;
    if (misses <= 0 && window <= 0)
        out.add("credits.no-critical-failure-threshold", ptr(keys::credits, c::critical_failure_misses));
    else if (misses <= 0 || window <= 0 || misses > window)
        out.add("credits.critical-failure-incomplete",
                ptr(keys::credits, misses <= 0 ? c::critical_failure_misses : c::critical_failure_window_months),
                {{"misses", std::to_string(misses)}, {"window", std::to_string(window)}});
    if (cs.claim_days <= 0) out.add("credits.missing-claim-days", ptr(keys::credits, c::claim_days));
}

}  // namespace bpo::rules_detail
