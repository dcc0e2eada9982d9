// Agreement -> document tree: fills the clause templates, parses them into clauses, adds the
// schedules' tables, numbers everything, keeps only the definitions in use and resolves
// cross-references.
#include "core/document_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

#include "core/assets.hpp"
#include "core/clauses.hpp"
#include "core/document_parts.hpp"
#include "core/enums.hpp"
#include "core/json_keys.hpp"
#include "core/money.hpp"

namespace bpo {

using nlohmann::json;
using docbuild::Builder;
using docbuild::join_pointer;
using docbuild::plural;

std::string_view draft_notice() {
    return "Draft for review by a lawyer, not legal advice. This document was generated from the "
           "information entered in the BPO agreement builder. It must be reviewed and adapted by a "
           "qualified lawyer in each relevant jurisdiction before anyone relies on it or signs it.";
}

// ---- formatting helpers (docbuild) --------------------------------------------------------

namespace docbuild {

std::string format_date(Date d) {
    if (!d.is_set()) return {};
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    const char* month = (d.month >= 1 && d.month <= 12) ? months[d.month - 1] : "?";
    return std::to_string(d.day) + " " + month + " " + std::to_string(d.year);
}

namespace {

// "1,234" from the digits of a whole number.
void append_grouped(std::string& out, std::string_view digits) {
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
}

std::size_t unsigned_digits(unsigned long long v, char* end) {
    char* p = end;
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v);
    return static_cast<std::size_t>(end - p);
}

}  // namespace

void append_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += '0';
        return;
    }
    const bool negative = value < 0;
    const double magnitude = std::fabs(value);
    // Up to three decimals, trailing zeros dropped. Most values are whole or have few decimals:
    // when magnitude x 1000 is within a quarter of a whole number, that number is what "%.3f"
    // rounds to (the product's rounding error is far smaller), so no printf is needed.
    char whole[32];
    std::string_view whole_digits;
    unsigned fraction = 0;
    char buffer[64];
    const double scaled = magnitude * 1000.0;
    const double nearest = std::nearbyint(scaled);
    if (magnitude < 1e12 && std::fabs(scaled - nearest) <= 0.25) {
        const auto thousandths = static_cast<unsigned long long>(nearest);
        const std::size_t n = unsigned_digits(thousandths / 1000, whole + sizeof whole);
        whole_digits = std::string_view(whole + sizeof whole - n, n);
        fraction = static_cast<unsigned>(thousandths % 1000);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.3f", magnitude);
        const std::string_view s = buffer;
        const std::size_t dot = s.find('.');
        whole_digits = s.substr(0, dot);
        fraction = static_cast<unsigned>((s[dot + 1] - '0') * 100 + (s[dot + 2] - '0') * 10 + (s[dot + 3] - '0'));
    }
    char decimals[3] = {static_cast<char>('0' + fraction / 100), static_cast<char>('0' + fraction / 10 % 10),
                        static_cast<char>('0' + fraction % 10)};
    std::size_t kept = 3;
    while (kept > 0 && decimals[kept - 1] == '0') --kept;
    if (negative && (whole_digits != "0" || kept > 0)) out += '-';
    append_grouped(out, whole_digits);
    if (kept > 0) {
        out += '.';
        out.append(decimals, kept);
    }
}

std::string format_number(double value) {
    std::string out;
    append_number(out, value);
    return out;
}

std::string plural(long long n, std::string_view singular, std::string_view plural_form) {
    std::string out = std::to_string(n);
    out += ' ';
    out += n == 1 ? singular : plural_form;
    return out;
}

std::string join_pointer(std::initializer_list<std::string_view> tokens) {
    std::string out;
    for (std::string_view t : tokens) {
        out += '/';
        out += t;
    }
    return out;
}

std::string item_pointer(std::string_view list, std::size_t index, std::string_view key) {
    std::string out;
    out.reserve(list.size() + key.size() + 12);
    out += list;
    out += '/';
    out += std::to_string(index);
    out += '/';
    out += key;
    return out;
}

void append_measure(std::string& out, double value, MetricUnit unit) {
    append_number(out, value);
    switch (unit) {
        case MetricUnit::Percent: out += '%'; break;
        case MetricUnit::Unspecified:
        case MetricUnit::Count: break;
        case MetricUnit::Score: out += " (score)"; break;
        default:
            out += ' ';
            out += enum_label(unit);
            break;
    }
}

void append_target(std::string& out, std::optional<double> value, MetricUnit unit, Direction direction) {
    if (!value) return;
    out += direction == Direction::HigherIsBetter ? "at least " : "at most ";
    append_measure(out, *value, unit);
}

std::string target_text(std::optional<double> value, MetricUnit unit, Direction direction) {
    std::string out;
    append_target(out, value, unit, direction);
    return out;
}

std::string measure_text(double value, MetricUnit unit) {
    std::string out;
    append_measure(out, value, unit);
    return out;
}

void Builder::note_missing(const std::string& pointer, std::string_view label) {
    if (seen_.insert(pointer).second) missing.push_back(MissingValue{pointer, std::string(label)});
}

std::string Builder::value(std::string_view text, const std::string& pointer, std::string_view label) {
    if (!is_blank(text)) return encode_text(text);
    note_missing(pointer, label);
    return encode_placeholder(label);
}

std::string Builder::count(long long n, std::string_view singular, std::string_view plural_form,
                           const std::string& pointer, std::string_view label) {
    if (n > 0) return encode_text(plural(n, singular, plural_form));
    note_missing(pointer, label);
    return encode_placeholder(label);
}

std::string Builder::date(Date d, const std::string& pointer, std::string_view label) {
    if (d.is_set()) return encode_text(format_date(d));
    note_missing(pointer, label);
    return encode_placeholder(label);
}

void Builder::placeholder_run(TableRows& t, std::string_view label) {
    t.add_run(RunKind::Placeholder, "[");
    t.append(label);
    t.append(']');
}

Inline Builder::cell_required(std::string_view text, const std::string& pointer, std::string_view label) {
    Inline runs;
    if (!is_blank(text)) {
        runs.push_back(Run{RunKind::Text, std::string(text), {}});
    } else {
        note_missing(pointer, label);
        runs.push_back(Run{RunKind::Placeholder, "[" + std::string(label) + "]", {}});
    }
    return runs;
}

std::string_view Builder::service_name(const std::string& service_id) const {
    if (service_id.empty()) return {};
    if (!service_index_built_) {
        service_index_.reserve(a.services.size());
        for (std::size_t i = 0; i < a.services.size(); ++i) service_index_.emplace(a.services[i].id, i);
        service_index_built_ = true;
    }
    const auto it = service_index_.find(service_id);
    return it == service_index_.end() ? std::string_view() : std::string_view(a.services[it->second].name);
}

std::string Builder::currency() const { return a.pricing.currency.empty() ? "USD" : a.pricing.currency; }

}  // namespace docbuild

// ---- the template context -----------------------------------------------------------------

namespace {

namespace k = keys;

std::string party_pointer(const char* party, const char* key) { return join_pointer({party, key}); }

json party_values(Builder& b, const Party& p, const char* key, const char* who) {
    const std::string w = who;
    json j = json::object();
    j["name"] = b.value(p.legal_name, party_pointer(key, k::Party::legal_name), w + " name");
    j["entity"] = b.value(p.entity_type, party_pointer(key, k::Party::entity_type), w + " entity type");
    j["jurisdiction"] = b.value(p.jurisdiction, party_pointer(key, k::Party::jurisdiction), w + " jurisdiction");
    if (!p.registration_number.empty()) j["registration"] = encode_text(p.registration_number);
    j["address"] = b.value(p.address, party_pointer(key, k::Party::address), w + " address");
    j["notice_contact"] = b.value(p.notice_contact, party_pointer(key, k::Party::notice_contact), w + " notice contact");
    j["notice_email"] = b.value(p.notice_email, party_pointer(key, k::Party::notice_email), w + " notice email");
    return j;
}

bool has_framework(const Agreement& a, Framework f) {
    return std::find(a.security.frameworks.begin(), a.security.frameworks.end(), f) != a.security.frameworks.end();
}

std::string lower_first(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

// User text placed inside a sentence of ours: trailing full stops, semicolons, commas and
// blanks removed ("Staff the team." -> "Staff the team"), so the clause punctuates it.
std::string phrase(std::string_view s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',' || s.back() == ' ' || s.back() == '\n'))
        s.remove_suffix(1);
    return std::string(s);
}

// User text that closes a sentence of ours: ends with a full stop (or ! ?).
std::string sentence(std::string_view s) {
    std::string out = phrase(s);
    if (!s.empty()) {
        const char last = s.back() == '\n' || s.back() == ' ' ? '.' : s.back();
        out += (last == '!' || last == '?') ? last : '.';
    }
    return out;
}

std::string list_phrase(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::string pricing_model_phrase(PricingModel m) {
    switch (m) {
        case PricingModel::PerFte: return "a monthly rate for each full-time equivalent (FTE)";
        case PricingModel::PerTransaction: return "a price for each transaction processed";
        case PricingModel::FixedMonthly: return "a fixed monthly fee";
        case PricingModel::OutcomeBased: return "a monthly base fee plus payments linked to the Objectives";
    }
    return "a fixed monthly fee";
}

std::string cadence_adverb(Cadence c) {
    switch (c) {
        case Cadence::Daily: return "daily";
        case Cadence::Weekly: return "weekly";
        case Cadence::Fortnightly: return "every two weeks";
        case Cadence::Monthly: return "monthly";
        case Cadence::Quarterly: return "quarterly";
        case Cadence::Annually: return "annually";
        case Cadence::Unspecified: break;
    }
    return "monthly";
}

std::string licence_phrase(Licence l) {
    switch (l) {
        case Licence::None: return "";
        case Licence::NonExclusive: return "non-exclusive, royalty-free";
        case Licence::NonExclusivePerpetual: return "non-exclusive, perpetual, irrevocable, royalty-free";
        case Licence::Exclusive: return "exclusive, royalty-free";
    }
    return "";
}

// "The courts of England and Wales" -> "England and Wales" (the clause says "the courts of").
std::string strip_courts_prefix(const std::string& venue) {
    for (const char* prefix : {"the courts of ", "courts of "}) {
        const std::size_t n = std::char_traits<char>::length(prefix);
        if (venue.size() < n) continue;
        bool same = true;
        for (std::size_t i = 0; i < n && same; ++i)
            same = (venue[i] >= 'A' && venue[i] <= 'Z' ? static_cast<char>(venue[i] - 'A' + 'a') : venue[i]) == prefix[i];
        if (same) return venue.substr(n);
    }
    return venue;
}

json build_context(Builder& b) {
    const Agreement& a = b.a;
    json c = json::object();
    json& when = c["when"] = json::object();

    c["client"] = party_values(b, a.client, k::client, "Client");
    c["provider"] = party_values(b, a.provider, k::provider, "Provider");

    // Positions.
    json& pos = c["pos"] = json::object();
    for (const ClauseInfo& info : clause_catalog()) {
        const Position p = position_of(a.positions, info.id);
        pos[info.id] = json{{"client", p == Position::ClientFavourable},
                            {"balanced", p == Position::Balanced},
                            {"provider", p == Position::ProviderFavourable}};
    }

    // Services and responsibilities.
    when["services"] = !a.services.empty();
    if (a.services.empty()) c["services_missing"] = b.value("", "/" + std::string(k::services), "Services to be listed");
    if (!a.services.empty() && a.services.size() <= 5) {
        std::vector<std::string> names;
        for (const Service& s : a.services)
            if (!s.name.empty()) names.push_back(encode_text(lower_first(s.name)));
        when["service_names"] = names.size() == a.services.size();
        c["service_list"] = list_phrase(names);
    }
    json client_duties = json::array(), provider_duties = json::array();
    for (std::size_t i = 0; i < a.responsibilities.size(); ++i) {
        const Responsibility& r = a.responsibilities[i];
        json d = json::object();
        d["text"] = b.value(phrase(lower_first(r.description)),
                            docbuild::item_pointer("/" + std::string(k::responsibilities), i, k::Responsibility::description),
                            "Responsibility description");
        const std::string_view service = b.service_name(r.service_id);
        if (!service.empty()) d["service"] = encode_text(lower_first(service));
        (r.party == PartyRole::Client ? client_duties : provider_duties).push_back(std::move(d));
    }
    when["client_duties"] = !client_duties.empty();
    when["provider_duties"] = !provider_duties.empty();
    when["duties"] = !a.responsibilities.empty();
    c["duties"] = json{{"client", std::move(client_duties)}, {"provider", std::move(provider_duties)}};

    // Term.
    const std::string term_ptr = "/" + std::string(k::term);
    json& term = c["term"] = json::object();
    term["effective_date"] = b.date(a.term.effective_date, term_ptr + "/" + k::Term::effective_date, "Effective date");
    term["initial"] = b.count(a.term.initial_term_months, "month", "months", term_ptr + "/" + k::Term::initial_term_months,
                              "Initial term in months");
    when["renewal_automatic"] = a.term.renewal == Renewal::Automatic;
    when["renewal_by_agreement"] = a.term.renewal == Renewal::ByAgreement;
    when["renewal_none"] = a.term.renewal == Renewal::None;
    if (a.term.renewal == Renewal::Automatic || a.term.renewal_period_months > 0) {
        term["renewal_period"] = b.count(a.term.renewal_period_months, "month", "months",
                                         term_ptr + "/" + k::Term::renewal_period_months, "Renewal period in months");
        term["has_renewal_period"] = a.term.renewal_period_months > 0;
    }
    if (a.term.renewal != Renewal::None)
        term["non_renewal_notice"] = b.count(a.term.non_renewal_notice_days, "day", "days",
                                             term_ptr + "/" + k::Term::non_renewal_notice_days,
                                             "Non-renewal notice in days");

    // Service levels and credits.
    const std::string credits_ptr = "/" + std::string(k::credits);
    bool any_critical = false;
    for (const ServiceLevel& sl : a.service_levels) any_critical = any_critical || sl.criticality == Criticality::Critical;
    const bool credits = any_critical && (a.credits.at_risk_bp > 0 || a.credits.method == CreditMethod::FlatPerMiss);
    when["service_levels"] = !a.service_levels.empty();
    if (a.service_levels.empty())
        c["service_levels_missing"] = b.value("", "/" + std::string(k::service_levels), "Service levels to be agreed");
    when["credits"] = any_critical;
    when["pool_method"] = a.credits.method == CreditMethod::AtRiskPool;
    when["flat_method"] = a.credits.method == CreditMethod::FlatPerMiss;
    when["earn_back"] = any_critical && a.credits.earn_back;
    when["critical_failure"] = any_critical && a.credits.critical_failure_misses > 0;
    (void)credits;
    json& cr = c["credits"] = json::object();
    if (any_critical) {
        if (a.credits.at_risk_bp > 0) cr["at_risk"] = encode_text(format_bp(a.credits.at_risk_bp));
        else cr["at_risk"] = b.value("", credits_ptr + "/" + k::CreditScheme::at_risk_bp, "At-risk percentage");
        if (a.credits.method == CreditMethod::AtRiskPool && a.credits.pool_bp > 0) cr["pool"] = encode_text(format_bp(a.credits.pool_bp));
        cr["claim_days"] = b.count(a.credits.claim_days, "day", "days", credits_ptr + "/" + k::CreditScheme::claim_days,
                                   "Days to claim credits");
        if (a.credits.earn_back)
            cr["earn_back_months"] = b.count(a.credits.earn_back_months, "month", "months",
                                             credits_ptr + "/" + k::CreditScheme::earn_back_months, "Earn-back months");
        if (a.credits.critical_failure_misses > 0) {
            cr["critical_misses"] = encode_text(std::to_string(a.credits.critical_failure_misses));
            cr["critical_window"] = b.count(a.credits.critical_failure_window_months, "month", "months",
                                            credits_ptr + "/" + k::CreditScheme::critical_failure_window_months,
                                            "Critical failure window in months");
        }
    }
    bool any_definition = false;
    for (const ServiceLevel& sl : a.service_levels) any_definition = any_definition || !sl.definition.empty() || !sl.exclusions.empty();
    when["sl_definitions"] = any_definition;

    // Objectives.
    when["objectives"] = !a.objectives.empty();
    when["outcome_based"] = a.pricing.model == PricingModel::OutcomeBased;

    // Governance.
    const std::string gov_ptr = "/" + std::string(k::governance);
    const Governance& g = a.governance;
    json& gov = c["gov"] = json::object();
    gov["client_rm"] = b.value(g.client_relationship_manager, gov_ptr + "/" + k::Governance::client_relationship_manager,
                               "Client relationship manager");
    gov["provider_rm"] = b.value(g.provider_relationship_manager, gov_ptr + "/" + k::Governance::provider_relationship_manager,
                                 "Provider relationship manager");
    gov["committee_name"] = b.value(g.committee_name, gov_ptr + "/" + k::Governance::committee_name, "Governance committee name");
    if (!g.committee_members.empty()) gov["committee_members"] = encode_text(phrase(g.committee_members));
    gov["corrective_days"] = b.count(g.corrective_action_days, "day", "days", gov_ptr + "/" + k::Governance::corrective_action_days,
                                     "Days to deliver a corrective action plan");
    if (!g.corrective_action_process.empty()) gov["corrective_process"] = encode_text(sentence(g.corrective_action_process));
    if (!g.communication_norms.empty()) gov["communication_norms"] = encode_text(sentence(g.communication_norms));
    if (!g.shared_goals.empty()) gov["shared_goals"] = encode_text(sentence(g.shared_goals));
    when["shared_goals"] = !g.shared_goals.empty();
    when["meetings"] = !g.meetings.empty();
    when["reports"] = !g.reports.empty();
    when["escalation"] = !g.escalation.empty();
    if (g.escalation.empty())
        c["escalation_missing"] = b.value("", gov_ptr + "/" + k::Governance::escalation, "Escalation levels to be agreed");

    // Transition.
    const std::string tr_ptr = "/" + std::string(k::transition);
    const Transition& t = a.transition;
    json& tr = c["transition"] = json::object();
    tr["go_live"] = b.date(t.go_live, tr_ptr + "/" + k::Transition::go_live, "Go-live date");
    tr["communication_plan"] = b.value(t.communication_plan, tr_ptr + "/" + k::Transition::communication_plan, "Communication plan");
    tr["training_plan"] = b.value(t.training_plan, tr_ptr + "/" + k::Transition::training_plan, "Training plan");
    tr["contingency_plan"] = b.value(t.contingency_plan, tr_ptr + "/" + k::Transition::contingency_plan, "Contingency and rollback plan");
    when["phases"] = !t.phases.empty();
    when["milestones"] = !t.milestones.empty();
    if (t.milestones.empty())
        c["milestones_missing"] = b.value("", tr_ptr + "/" + k::Transition::milestones, "Transition milestones to be agreed");

    // Pricing.
    const std::string pr_ptr = "/" + std::string(k::pricing);
    const Pricing& p = a.pricing;
    json& pr = c["pricing"] = json::object();
    pr["model"] = encode_text(pricing_model_phrase(p.model));
    pr["model_detail"] = encode_text(pricing_model_phrase(p.model));
    pr["currency"] = encode_text(b.currency());
    pr["frequency"] = encode_text(cadence_adverb(p.invoice_frequency));
    pr["timing"] = encode_text(p.invoice_timing == InvoiceTiming::InAdvance ? "in advance" : "in arrears");
    pr["payment_days"] = b.count(p.payment_days, "day", "days", pr_ptr + "/" + k::Pricing::payment_days, "Payment days");
    when["late_interest"] = p.late_interest_bp > 0;
    if (p.late_interest_bp > 0) pr["late_interest"] = encode_text(format_bp(p.late_interest_bp));
    when["adjustment"] = p.adjustment != Adjustment::None;
    when["adjustment_fixed"] = p.adjustment == Adjustment::Fixed;
    when["adjustment_index"] = p.adjustment == Adjustment::Index;
    if (p.adjustment != Adjustment::None) {
        pr["adjustment"] = p.adjustment_bp > 0 ? encode_text(format_bp(p.adjustment_bp))
                                               : b.value("", pr_ptr + "/" + k::Pricing::adjustment_bp, "Adjustment percentage");
        if (p.adjustment == Adjustment::Index)
            pr["index"] = b.value(p.adjustment_index, pr_ptr + "/" + k::Pricing::adjustment_index, "Price index");
    }
    const bool rate_model = p.model == PricingModel::PerFte || p.model == PricingModel::PerTransaction;
    when["rates"] = rate_model;
    when["fixed_fee"] = p.model == PricingModel::FixedMonthly;
    if (p.model == PricingModel::FixedMonthly)
        pr["fixed_fee"] = p.fixed_monthly_fee.minor > 0 ? encode_text(format_money(p.fixed_monthly_fee, b.currency()))
                                                        : b.value("", pr_ptr + "/" + k::Pricing::fixed_monthly_fee, "Fixed monthly fee");
    if (p.model == PricingModel::OutcomeBased) {
        pr["base_fee"] = p.outcome_base_fee.minor > 0 ? encode_text(format_money(p.outcome_base_fee, b.currency()))
                                                      : b.value("", pr_ptr + "/" + k::Pricing::outcome_base_fee, "Monthly base fee");
        pr["bonus_max"] = p.outcome_bonus_max.minor > 0 ? encode_text(format_money(p.outcome_bonus_max, b.currency()))
                                                        : b.value("", pr_ptr + "/" + k::Pricing::outcome_bonus_max, "Maximum monthly outcome payment");
    }
    when["fee_years"] = a.term.initial_term_months > 0;

    // Data protection.
    const std::string sec_ptr = "/" + std::string(k::security);
    const DataSecurity& s = a.security;
    json& sec = c["security"] = json::object();
    std::vector<std::string> frameworks;
    for (Framework f : s.frameworks) frameworks.push_back(encode_text(enum_label(f)));
    when["frameworks"] = !frameworks.empty();
    sec["frameworks"] = list_phrase(frameworks);
    when["gdpr"] = has_framework(a, Framework::Gdpr);
    when["hipaa"] = has_framework(a, Framework::Hipaa);
    when["pci"] = has_framework(a, Framework::PciDss);
    when["ccpa"] = has_framework(a, Framework::Ccpa);
    if (has_framework(a, Framework::Hipaa))
        sec["baa_reference"] = b.value(s.baa_reference, sec_ptr + "/" + k::DataSecurity::baa_reference,
                                       "Business associate agreement reference");
    sec["breach_hours"] = b.count(s.breach_notice_hours, "hour", "hours", sec_ptr + "/" + k::DataSecurity::breach_notice_hours,
                                  "Breach notice in hours");
    when["audit"] = s.audit != AuditRight::None;
    const bool reports_only = s.audit == AuditRight::ThirdPartyReportsOnly;
    when["audit_reports_only"] = reports_only;
    when["audit_full"] = s.audit == AuditRight::OnNotice || s.audit == AuditRight::Annual;
    if (reports_only) {
        sec["audit_notice"] = encode_text(s.audit_notice_days > 0 ? "at least " + plural(s.audit_notice_days, "day's", "days'") : "reasonable");
    } else if (s.audit != AuditRight::None) {
        sec["audit_notice"] = b.count(s.audit_notice_days, "day's", "days'", sec_ptr + "/" + k::DataSecurity::audit_notice_days,
                                      "Audit notice in days");
        if (a.positions.audit == Position::Balanced)
            sec["audits_per_year"] = s.audits_per_year > 0 ? encode_text(s.audits_per_year == 1 ? "once" : s.audits_per_year == 2 ? "twice" : std::to_string(s.audits_per_year) + " times")
                                                       : b.value("", sec_ptr + "/" + k::DataSecurity::audits_per_year, "Audits per year");
    }
    when["transfer"] = s.data_outside_eea && has_framework(a, Framework::Gdpr);
    if (s.transfer_mechanism != TransferMechanism::None)
        sec["transfer"] = encode_text(lower_first(enum_label(s.transfer_mechanism)));
    when["exit_return"] = s.exit_data == ExitData::Return;
    when["exit_delete"] = s.exit_data == ExitData::Delete;
    when["exit_return_delete"] = s.exit_data == ExitData::ReturnThenDelete;
    when["exit_unspecified"] = s.exit_data == ExitData::Unspecified;
    sec["exit_days"] = b.count(s.exit_data_days, "day", "days", sec_ptr + "/" + k::DataSecurity::exit_data_days,
                               "Days to return or delete data");

    // Confidentiality.
    const std::string conf_ptr = "/" + std::string(k::confidentiality);
    json& conf = c["conf"] = json::object();
    conf["years"] = b.count(a.confidentiality.duration_years, "year", "years",
                            conf_ptr + "/" + k::Confidentiality::duration_years, "Confidentiality period in years");
    conf["trade_secrets"] = a.confidentiality.perpetual_for_trade_secrets;
    if (!a.confidentiality.exclusions.empty()) conf["exclusions"] = encode_text(sentence(a.confidentiality.exclusions));

    // Intellectual property.
    const std::string ip_ptr = "/" + std::string(k::ip);
    const IntellectualProperty& ip = a.ip;
    json& ipj = c["ip"] = json::object();
    if (!ip.client_background_ip.empty()) ipj["client_background"] = encode_text(phrase(ip.client_background_ip));
    if (!ip.provider_background_ip.empty()) ipj["provider_background"] = encode_text(phrase(ip.provider_background_ip));
    when["owner_client"] = ip.work_product == Owner::Client;
    when["owner_provider"] = ip.work_product == Owner::Provider;
    when["owner_joint"] = ip.work_product == Owner::Joint;
    when["owner_unspecified"] = ip.work_product == Owner::Unspecified;
    if (ip.work_product == Owner::Unspecified)
        ipj["owner"] = b.value("", ip_ptr + "/" + k::IntellectualProperty::work_product, "Owner of the work product");
    when["licence_to_client"] = ip.licence_to_client != Licence::None;
    ipj["licence_to_client"] = encode_text(licence_phrase(ip.licence_to_client));
    when["licence_to_provider"] = ip.licence_to_provider != Licence::None;
    ipj["licence_to_provider"] = encode_text(ip.licence_to_provider == Licence::Exclusive ? "exclusive" : "non-exclusive");
    if (!ip.licence_notes.empty()) ipj["notes"] = encode_text(sentence(ip.licence_notes));

    // Termination.
    const std::string tm_ptr = "/" + std::string(k::termination);
    const Termination& tm = a.termination;
    json& tj = c["termination"] = json::object();
    when["convenience"] = tm.convenience != ConvenienceRight::None;
    c["convenience"] = json{{"who", tm.convenience == ConvenienceRight::Both ? "Either party"
                                    : tm.convenience == ConvenienceRight::Provider ? "The Provider" : "The Client"}};
    if (tm.convenience != ConvenienceRight::None)
        tj["notice"] = b.count(tm.convenience_notice_days, "day's", "days'", tm_ptr + "/" + k::Termination::convenience_notice_days,
                               "Termination for convenience notice in days");
    when["fee"] = tm.fee != TerminationFee::None;
    when["fee_fixed"] = tm.fee == TerminationFee::Fixed;
    when["fee_months"] = tm.fee == TerminationFee::MonthsOfFees;
    when["fee_declining"] = tm.fee == TerminationFee::Declining;
    if (tm.fee == TerminationFee::Fixed)
        tj["fee_amount"] = tm.fee_amount.minor > 0 ? encode_text(format_money(tm.fee_amount, b.currency()))
                                                   : b.value("", tm_ptr + "/" + k::Termination::fee_amount, "Termination fee");
    if (tm.fee == TerminationFee::MonthsOfFees || tm.fee == TerminationFee::Declining)
        tj["fee_months"] = tm.fee_months > 0
                               ? encode_text(docbuild::format_number(tm.fee_months) + (tm.fee_months == 1.0 ? " month" : " months"))
                               : b.value("", tm_ptr + "/" + k::Termination::fee_months, "Termination fee in months of charges");
    tj["cure_days"] = b.count(tm.cure_period_days, "day", "days", tm_ptr + "/" + k::Termination::cure_period_days, "Cure period in days");
    when["insolvency"] = tm.insolvency;
    when["change_of_control"] = tm.change_of_control;
    when["exit_assistance"] = tm.exit_assistance;
    if (tm.exit_assistance) {
        tj["exit_months"] = b.count(tm.exit_assistance_months, "month", "months",
                                    tm_ptr + "/" + k::Termination::exit_assistance_months, "Exit assistance in months");
        tj["exit_lead"] = encode_text("six months");
        if (!tm.exit_plan.empty()) tj["exit_plan"] = encode_text(phrase(tm.exit_plan));
    }

    // Disputes.
    const std::string dr_ptr = "/" + std::string(k::disputes);
    const DisputeResolution& dr = a.disputes;
    json& dj = c["disputes"] = json::object();
    when["negotiation"] = dr.negotiation;
    dj["negotiation_days"] = b.count(dr.negotiation_days > 0 ? dr.negotiation_days : 0, "day", "days",
                                     dr_ptr + "/" + k::DisputeResolution::negotiation_days, "Negotiation period in days");
    when["mediation"] = dr.mediation;
    if (!dr.mediation_body.empty()) dj["mediation_body"] = encode_text(dr.mediation_body);
    when["arbitration"] = dr.forum == Forum::Arbitration;
    when["courts"] = dr.forum == Forum::Courts;
    when["forum_unspecified"] = dr.forum == Forum::Unspecified;
    if (dr.forum == Forum::Arbitration) {
        dj["rules"] = b.value(dr.arbitration_rules, dr_ptr + "/" + k::DisputeResolution::arbitration_rules, "Arbitration rules");
        dj["arbitrators"] = encode_text(dr.arbitrators == 3 ? "three arbitrators" : dr.arbitrators <= 1 ? "a sole arbitrator"
                                                              : std::to_string(dr.arbitrators) + " arbitrators");
        dj["seat"] = b.value(dr.seat, dr_ptr + "/" + k::DisputeResolution::seat, "Seat of arbitration");
    }
    if (dr.forum == Forum::Courts)
        dj["venue"] = b.value(strip_courts_prefix(dr.venue), dr_ptr + "/" + k::DisputeResolution::venue, "Courts (venue)");
    if (dr.forum == Forum::Unspecified)
        dj["forum"] = b.value("", dr_ptr + "/" + k::DisputeResolution::forum, "Arbitration or courts");
    dj["law"] = b.value(dr.governing_law, dr_ptr + "/" + k::DisputeResolution::governing_law, "Governing law");

    // Liability.
    const std::string li_ptr = "/" + std::string(k::liability);
    const Liability& li = a.liability;
    json& lj = c["liability"] = json::object();
    when["cap_unlimited"] = li.cap_basis == CapBasis::Unlimited;
    switch (li.cap_basis) {
        case CapBasis::MonthsOfFees:
            lj["cap"] = li.cap_months > 0
                            ? encode_text("the total Charges paid and payable in the " + docbuild::format_number(li.cap_months) +
                                          (li.cap_months == 1.0 ? " month" : " months") + " before the event giving rise to the claim")
                            : b.value("", li_ptr + "/" + k::Liability::cap_months, "Liability cap in months of charges");
            break;
        case CapBasis::FixedAmount:
            lj["cap"] = li.cap_amount.minor > 0 ? encode_text(format_money(li.cap_amount, b.currency()))
                                                : b.value("", li_ptr + "/" + k::Liability::cap_amount, "Liability cap amount");
            break;
        case CapBasis::Unspecified:
            lj["cap"] = b.value("", li_ptr + "/" + k::Liability::cap_basis, "Liability cap");
            break;
        case CapBasis::Unlimited: break;
    }
    json exclusions = json::array();
    for (const std::string& e : li.exclusions)
        if (!e.empty()) exclusions.push_back(json{{"text", encode_text(phrase(e))}});
    when["liability_exclusions"] = !exclusions.empty();
    lj["exclusions"] = std::move(exclusions);
    json indemnities = json::array();
    for (std::size_t i = 0; i < li.indemnities.size(); ++i) {
        const Indemnity& in = li.indemnities[i];
        indemnities.push_back(json{
            {"by", in.by == PartyRole::Provider ? "The Provider" : "The Client"},
            {"beneficiary", in.by == PartyRole::Provider ? "the Client" : "the Provider"},
            {"covers", b.value(phrase(lower_first(in.covers)),
                               docbuild::item_pointer(li_ptr + "/" + k::Liability::indemnities, i, k::Indemnity::covers),
                               "What the indemnity covers")}});
    }
    when["indemnities"] = !indemnities.empty();
    lj["indemnities"] = std::move(indemnities);
    when["insurance"] = !li.insurance.empty();
    return c;
}

// ---- assembly -----------------------------------------------------------------------------

struct Manifest {
    std::vector<std::string> sections;
    std::vector<std::string> schedules;
};

Manifest load_manifest() {
    Manifest m;
    const std::string_view text = asset_text("clauses/manifest.json");
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (!j.is_object()) return m;
    for (const char* key : {"sections", "schedules"}) {
        if (!j.contains(key) || !j[key].is_array()) continue;
        for (const json& f : j[key])
            if (f.is_string()) (std::string(key) == "sections" ? m.sections : m.schedules).push_back(f.get<std::string>());
    }
    return m;
}

// Renders a template into `out` (one buffer reused for every template of a build, so it grows
// once); on an error `out` is left empty.
const Markup& render(std::string_view name, const json& context, std::vector<std::string>& problems, Markup& out) {
    std::string error;
    if (!render_template(name, context, out, error)) problems.push_back(error);
    return out;
}

// Fills "@table" and "@definitions" blocks; drops tables the builder has none for. Blocks are
// kept in place (moved only past a dropped one).
void fill_blocks(std::vector<Block>& blocks, Builder& b, const std::vector<Definition>* definitions) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Block& block = blocks[i];
        bool keep = true;
        if (block.kind == BlockKind::Table && !block.anchor.empty()) {  // an empty anchor: filled in an earlier pass
            auto it = b.tables.find(block.anchor);
            if (it == b.tables.end() || it->second.rows.empty()) {
                keep = false;
            } else {
                block.table = std::move(it->second);
                b.tables.erase(it);
                block.anchor.clear();
            }
        } else if (block.kind == BlockKind::Definitions && definitions) {
            block.definitions = *definitions;
        }
        if (!keep) continue;
        if (kept != i) blocks[kept] = std::move(block);
        ++kept;
    }
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(kept), blocks.end());
}

void fill_clause_blocks(std::vector<Clause>& clauses, Builder& b, const std::vector<Definition>* definitions) {
    for (Clause& c : clauses) {
        fill_blocks(c.body, b, definitions);
        fill_clause_blocks(c.children, b, definitions);
    }
}

std::string letter_label(std::size_t i) {
    // a..z, then aa, ab, ...
    std::string s;
    std::size_t n = i;
    do {
        s.insert(s.begin(), static_cast<char>('a' + n % 26));
        n = n / 26;
    } while (n-- > 0);
    return s;
}

// Anchor -> number, as views into the clauses' and schedules' own strings (they are not moved
// once numbered).
using Numbers = std::unordered_map<std::string_view, std::string_view>;

void number_sections(std::vector<Clause>& sections, Numbers& numbers) {
    for (std::size_t i = 0; i < sections.size(); ++i) {
        Clause& s = sections[i];
        s.level = 1;
        s.number = s.label = std::to_string(i + 1);
        if (!s.anchor.empty()) numbers[s.anchor] = s.number;
        for (std::size_t j = 0; j < s.children.size(); ++j) {
            Clause& c = s.children[j];
            c.level = 2;
            c.number = c.label = s.number + "." + std::to_string(j + 1);
            if (!c.anchor.empty()) numbers[c.anchor] = c.number;
            for (std::size_t m = 0; m < c.children.size(); ++m) {
                Clause& sub = c.children[m];
                sub.level = 3;
                sub.label = "(" + letter_label(m) + ")";
                sub.number = c.number + sub.label;
                if (!sub.anchor.empty()) numbers[sub.anchor] = sub.number;
            }
        }
    }
}

// Walks every run list in the document; tables go to g (their cells are stored compactly).
template <class F, class G>
void for_each_inline(std::vector<Block>& blocks, F&& f, G&& g) {
    for (Block& b : blocks) {
        f(b.text);
        for (Inline& item : b.items) f(item);
        if (!b.table.rows.empty()) g(b.table.rows);
        for (Definition& d : b.definitions) f(d.meaning);
    }
}

template <class F, class G>
void for_each_inline(std::vector<Clause>& clauses, F&& f, G&& g) {
    for (Clause& c : clauses) {
        for_each_inline(c.body, f, g);
        for_each_inline(c.children, f, g);
    }
}

template <class F, class G>
void for_each_inline(Document& d, F&& f, G&& g) {
    for_each_inline(d.parties, f, g);
    for_each_inline(d.recitals, f, g);
    for_each_inline(d.sections, f, g);
    for (Schedule& s : d.schedules) for_each_inline(s.body, f, g);
}

// A definition as written in the template; its meaning is parsed only if the term is used.
struct DefinitionEntry {
    std::string_view term;
    std::string_view meaning_markup;
    Inline meaning;
};

std::vector<DefinitionEntry> parse_definitions(std::string_view text) {
    std::vector<DefinitionEntry> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        const std::size_t sep = line.find(" :: ");
        if (sep == std::string_view::npos) continue;
        std::string_view term = line.substr(0, sep);
        while (!term.empty() && term.front() == ' ') term.remove_prefix(1);
        out.push_back(DefinitionEntry{term, line.substr(sep + 4), {}});
    }
    return out;
}

void label_paragraphs(std::vector<Block>& blocks, bool letters) {
    std::size_t n = 0;
    for (Block& b : blocks) {
        if (b.label != "*") continue;
        b.label = letters ? "(" + std::string(1, static_cast<char>('A' + (n % 26))) + ")" : "(" + std::to_string(n + 1) + ")";
        ++n;
    }
}

// The text of a paragraph's last run, when it is plain text.
std::string* last_text(Clause& c) {
    if (c.body.empty() || c.body.back().kind != BlockKind::Paragraph || c.body.back().text.empty()) return nullptr;
    Run& r = c.body.back().text.back();
    return r.kind == RunKind::Text ? &r.text : nullptr;
}

// Sub-clauses written as a list ("...;") get list punctuation: "; and" before the last item,
// a full stop after it. A clause with a single unnamed sub-clause takes it into its own text.
void tidy_clauses(std::vector<Clause>& clauses) {
    for (Clause& c : clauses) {
        std::vector<Clause>& kids = c.children;
        bool list = !kids.empty();
        for (Clause& k : kids) {
            const std::string* t = last_text(k);
            list = list && t && !t->empty() && t->back() == ';';
        }
        if (list) {
            std::string& last = *last_text(kids.back());
            last.back() = '.';
            if (kids.size() >= 2) *last_text(kids[kids.size() - 2]) += " and";
        }
        if (kids.size() == 1 && kids[0].anchor.empty()) {
            std::vector<Block>& body = kids[0].body;
            std::string* lead = last_text(c);
            std::size_t first = 0;
            if (lead && !lead->empty() && lead->back() == ':' && !body.empty() && body[0].kind == BlockKind::Paragraph) {
                // "the Provider shall:" + "staff the team." -> "the Provider shall staff the team."
                lead->back() = ' ';
                Inline& into = c.body.back().text;
                for (Run& r : body[0].text) {
                    if (r.kind == RunKind::Text && into.back().kind == RunKind::Text) into.back().text += r.text;
                    else into.push_back(std::move(r));
                }
                first = 1;
            }
            for (std::size_t i = first; i < body.size(); ++i) c.body.push_back(std::move(body[i]));
            kids.clear();
        }
    }
}

Inline required_run(Builder& b, std::string_view text, const std::string& pointer, std::string_view label) {
    return b.cell_required(text, pointer, label);
}

}  // namespace

Document build_document(const Agreement& agreement) {
    Document doc;
    Builder b(agreement);
    doc.title = agreement.title.empty() ? "Business Process Outsourcing Agreement" : agreement.title;
    doc.notice = std::string(draft_notice());

    const json context = build_context(b);
    docbuild::add_schedule_tables(b);
    // The manifest is an asset: read once.
    static const Manifest manifest = load_manifest();

    Markup markup;  // each template's rendering, parsed before the next one is rendered
    markup.text.reserve(16384);

    // Front matter.
    doc.date_line.push_back(Run{RunKind::Text, "This Agreement is made on ", {}});
    for (Run& r : parse_inline(context["term"]["effective_date"].get<std::string>())) doc.date_line.push_back(std::move(r));
    doc.date_line.push_back(Run{RunKind::Text, " between:", {}});
    for (Part& part : parse_parts(render("front.mustache", context, doc.problems, markup), PartMode::Labelled))
        for (Block& block : part.body) doc.parties.push_back(std::move(block));
    label_paragraphs(doc.parties, false);
    for (Part& part : parse_parts(render("recitals.mustache", context, doc.problems, markup), PartMode::Labelled))
        for (Block& block : part.body) doc.recitals.push_back(std::move(block));
    label_paragraphs(doc.recitals, true);

    // Numbered sections.
    for (const std::string& file : manifest.sections) {
        for (Part& part : parse_parts(render(file, context, doc.problems, markup), PartMode::Numbered)) {
            Clause section;
            section.level = 1;
            section.heading = std::move(part.title);
            section.anchor = std::move(part.anchor);
            section.body = std::move(part.body);
            section.children = std::move(part.clauses);
            tidy_clauses(section.children);
            doc.sections.push_back(std::move(section));
        }
    }
    // Schedules.
    for (const std::string& file : manifest.schedules) {
        for (Part& part : parse_parts(render(file, context, doc.problems, markup), PartMode::Plain)) {
            Schedule s;
            s.title = std::move(part.title);
            s.anchor = std::move(part.anchor);
            s.body = std::move(part.body);
            doc.schedules.push_back(std::move(s));
        }
    }
    fill_clause_blocks(doc.sections, b, nullptr);
    for (Schedule& s : doc.schedules) fill_blocks(s.body, b, nullptr);

    // Numbers.
    Numbers numbers;
    numbers.reserve(256);
    number_sections(doc.sections, numbers);
    for (std::size_t i = 0; i < doc.schedules.size(); ++i) {
        doc.schedules[i].number = "Schedule " + std::to_string(i + 1);
        if (!doc.schedules[i].anchor.empty()) numbers[doc.schedules[i].anchor] = doc.schedules[i].number;
    }

    // Definitions: only the terms used, plus the terms their meanings use.
    const std::string_view definitions_text = render("definitions.mustache", context, doc.problems, markup).text;
    std::vector<DefinitionEntry> entries = parse_definitions(definitions_text);
    std::unordered_map<std::string_view, std::size_t> entry_index;
    entry_index.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) entry_index.emplace(entries[i].term, i);
    std::vector<char> used(entries.size(), 0);
    std::vector<std::size_t> pending;
    std::unordered_set<std::string> undefined;
    auto use_term = [&](std::string_view term) {
        const auto it = entry_index.find(term);
        if (it == entry_index.end()) {
            undefined.insert(std::string(term));
            return;
        }
        if (!used[it->second]) {
            used[it->second] = 1;
            pending.push_back(it->second);
        }
    };
    for_each_inline(
        doc,
        [&](Inline& runs) {
            for (const Run& r : runs)
                if (r.kind == RunKind::Term) use_term(r.target);
        },
        [&](TableRows& rows) {
            if (!rows.has_terms_or_references()) return;
            for (std::size_t i = 0; i < rows.run_count(); ++i) {
                const CellRun r = rows.run(i);
                if (r.kind == RunKind::Term) use_term(r.target);
            }
        });
    while (!pending.empty()) {
        const std::size_t i = pending.back();
        pending.pop_back();
        entries[i].meaning = parse_inline(entries[i].meaning_markup);
        for (const Run& r : entries[i].meaning)
            if (r.kind == RunKind::Term) use_term(r.target);
    }
    std::vector<Definition> definitions;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (used[i]) definitions.push_back(Definition{std::string(entries[i].term), std::move(entries[i].meaning)});
    std::sort(definitions.begin(), definitions.end(),
              [](const Definition& x, const Definition& y) { return x.term < y.term; });
    for (const std::string& term : undefined) doc.problems.push_back("undefined term: " + term);
    fill_clause_blocks(doc.sections, b, &definitions);

    // Cross-references.
    std::string unresolved;  // the text shown for a reference to no clause or schedule
    auto resolved = [&](std::string_view target) -> std::string_view {
        const auto it = numbers.find(target);
        if (it != numbers.end()) return it->second;
        doc.problems.push_back("unresolved reference: " + std::string(target));
        unresolved = "[reference: " + std::string(target) + "]";
        return unresolved;
    };
    for_each_inline(
        doc,
        [&](Inline& runs) {
            for (Run& r : runs)
                if (r.kind == RunKind::Reference) r.text = resolved(r.target);
        },
        [&](TableRows& rows) {
            if (!rows.has_terms_or_references()) return;
            for (std::size_t i = 0; i < rows.run_count(); ++i) {
                const CellRun r = rows.run(i);
                if (r.kind == RunKind::Reference) rows.set_run_text(i, resolved(r.target));
            }
        });

    // Signatures.
    doc.signature_intro = "Signed by the authorised representatives of the parties on the dates shown below.";
    const std::string client_key = k::client, provider_key = k::provider;
    for (const auto& [party, key, role] : {std::tuple<const Party*, const std::string*, const char*>{&agreement.client, &client_key, "Client"},
                                           {&agreement.provider, &provider_key, "Provider"}}) {
        SignatureBlock sig;
        sig.role = role;
        const std::string r = role;
        sig.party_name = required_run(b, party->legal_name, join_pointer({*key, k::Party::legal_name}), r + " name");
        sig.signatory_name = required_run(b, party->signatory_name, join_pointer({*key, k::Party::signatory_name}), r + " signatory name");
        sig.signatory_title = required_run(b, party->signatory_title, join_pointer({*key, k::Party::signatory_title}), r + " signatory title");
        doc.signatures.push_back(std::move(sig));
    }
    doc.missing = std::move(b.missing);
    return doc;
}

}  // namespace bpo
