#include "core/playbook.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "core/assets.hpp"
#include "core/catalog.hpp"
#include "core/clauses.hpp"
#include "core/enums.hpp"
#include "core/fees.hpp"
#include "core/finding_text.hpp"
#include "core/json_keys.hpp"
#include "core/money.hpp"

namespace bpo {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;
namespace pk = playbook_keys;

constexpr double unlimited = std::numeric_limits<double>::infinity();

// ---- quantities ---------------------------------------------------------------------------

const std::vector<QuantityInfo> kQuantities = {
    {PlaybookQuantity::LiabilityCapMonths, "liability-cap-months", "Liability cap (months of fees)"},
    {PlaybookQuantity::BreachNoticeHours, "breach-notice-hours", "Breach notification (hours)"},
    {PlaybookQuantity::CreditsAtRiskPercent, "credits-at-risk-percent", "Service credits at risk (% of monthly charges)"},
    {PlaybookQuantity::PaymentDays, "payment-days", "Payment term (days)"},
    {PlaybookQuantity::InitialTermMonths, "initial-term-months", "Initial term (months)"},
    {PlaybookQuantity::RenewalPeriodMonths, "renewal-period-months", "Renewal period (months)"},
    {PlaybookQuantity::NonRenewalNoticeDays, "non-renewal-notice-days", "Notice of non-renewal (days)"},
    {PlaybookQuantity::ConvenienceNoticeDays, "convenience-notice-days", "Termination for convenience notice (days)"},
    {PlaybookQuantity::TerminationFeeMonths, "termination-fee-months", "Early termination fee (months of fees)"},
    {PlaybookQuantity::CurePeriodDays, "cure-period-days", "Cure period (days)"},
    {PlaybookQuantity::ExitAssistanceMonths, "exit-assistance-months", "Exit assistance (months)"},
    {PlaybookQuantity::ConfidentialityYears, "confidentiality-years", "Confidentiality after termination (years)"},
    {PlaybookQuantity::AuditsPerYear, "audits-per-year", "Audits per year"},
    {PlaybookQuantity::AuditNoticeDays, "audit-notice-days", "Audit notice (days)"},
    {PlaybookQuantity::ExitDataDays, "exit-data-days", "Return or deletion of data at exit (days)"},
    {PlaybookQuantity::EarnBackMonths, "earn-back-months", "Earn-back period (months)"},
    {PlaybookQuantity::CreditClaimDays, "credit-claim-days", "Credit claim period (days)"},
    {PlaybookQuantity::AnnualAdjustmentPercent, "annual-adjustment-percent", "Annual price adjustment (%)"},
    {PlaybookQuantity::LateInterestPercent, "late-interest-percent", "Interest on late payment (% a year)"},
    {PlaybookQuantity::CorrectiveActionDays, "corrective-action-days", "Corrective-action plan (days)"},
};

std::string ptr(const char* section, const char* key) { return std::string("/") + section + "/" + key; }

std::optional<double> set_if_positive(int v) { return v > 0 ? std::optional<double>(v) : std::nullopt; }

// clause id (clauses.hpp) -> the JSON key of its position in /positions
const char* position_key(std::string_view clause) {
    namespace k = keys::ClausePositions;
    struct Entry { const char* clause; const char* key; };
    static const Entry entries[] = {
        {"service_credits", k::service_credits},   {"liability", k::liability},
        {"intellectual_property", k::intellectual_property},
        {"termination_for_convenience", k::termination_for_convenience},
        {"audit", k::audit},                       {"dispute_resolution", k::dispute_resolution},
        {"exit_assistance", k::exit_assistance},
    };
    for (const Entry& e : entries)
        if (clause == e.clause) return e.key;
    return nullptr;
}

std::optional<Position> position_from_id(std::string_view id) {
    for (Position p : {Position::ClientFavourable, Position::Balanced, Position::ProviderFavourable})
        if (position_id(p) == id) return p;
    return std::nullopt;
}

std::optional<Severity> severity_from_id(std::string_view id) {
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (id == severity_id(s)) return s;
    return std::nullopt;
}

std::string number_text(double v) {
    if (std::isinf(v)) return "unlimited";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", v);
    return buffer;
}

// ---- strict reading -----------------------------------------------------------------------

bool valid_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    for (char c : id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) return false;
    return true;
}

class Reader {
public:
    std::vector<ImportError> errors;

    void error(const std::string& pointer, std::string message) { errors.push_back({pointer, std::move(message)}); }

    // Reports keys of `obj` that are not in `allowed`.
    void only(const json& obj, const std::string& pointer, std::initializer_list<const char*> allowed) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* k) { return it.key() == k; });
            if (!known) error(pointer + "/" + json_pointer_token(it.key()), "unknown field '" + it.key() + "'");
        }
    }

    std::optional<std::string> string(const json& obj, const std::string& pointer, const char* key, bool required) {
        const auto it = obj.find(key);
        const std::string p = pointer + "/" + key;
        if (it == obj.end()) {
            if (required) error(p, "missing (required)");
            return std::nullopt;
        }
        if (!it->is_string()) {
            error(p, std::string("expected a string, got ") + json_kind(*it));
            return std::nullopt;
        }
        return it->get<std::string>();
    }

    std::optional<double> number(const json& obj, const std::string& pointer, const char* key) {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return std::nullopt;
        if (!it->is_number()) {
            error(pointer + "/" + key, std::string("expected a number, got ") + json_kind(*it));
            return std::nullopt;
        }
        return it->get<double>();
    }

    const json* array(const json& obj, const std::string& pointer, const char* key) {
        const auto it = obj.find(key);
        if (it == obj.end()) return nullptr;
        if (!it->is_array()) {
            error(pointer + "/" + key, std::string("expected an array, got ") + json_kind(*it));
            return nullptr;
        }
        return &*it;
    }

    // id, severity, message, hint: common to every check.
    template <class Check>
    bool common(const json& obj, const std::string& pointer, Check& check, std::set<std::string>& ids) {
        bool ok = true;
        if (auto id = string(obj, pointer, pk::id, true)) {
            if (!valid_id(*id)) {
                error(pointer + "/" + pk::id, "'" + *id + "' is not a valid id (ASCII letters, digits, '-', '_', '.'; at most 64)");
                ok = false;
            } else if (!ids.insert(*id).second) {
                error(pointer + "/" + pk::id, "duplicate check id '" + *id + "'");
                ok = false;
            }
            check.id = *id;
        } else {
            ok = false;
        }
        if (auto s = string(obj, pointer, pk::severity, false)) {
            if (auto sev = severity_from_id(*s)) check.severity = *sev;
            else {
                error(pointer + "/" + pk::severity, "unknown severity '" + *s + "' (error, warning or info)");
                ok = false;
            }
        }
        if (auto m = string(obj, pointer, pk::message, true)) {
            if (m->empty()) {
                error(pointer + "/" + pk::message, "must not be empty");
                ok = false;
            }
            check.message = *m;
        } else {
            ok = false;
        }
        if (auto h = string(obj, pointer, pk::hint, false)) check.hint = *h;
        return ok;
    }

    std::vector<Position> positions(const json& obj, const std::string& pointer, const char* key) {
        std::vector<Position> out;
        const json* list = array(obj, pointer, key);
        if (!list) return out;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& v = (*list)[i];
            const std::string p = pointer + "/" + key + "/" + std::to_string(i);
            if (!v.is_string()) error(p, std::string("expected a string, got ") + json_kind(v));
            else if (auto pos = position_from_id(v.get<std::string>())) out.push_back(*pos);
            else error(p, "unknown position '" + v.get<std::string>() + "' (client, balanced or provider)");
        }
        return out;
    }
};

void read_range(Reader& r, const json& obj, const std::string& p, Playbook& pb, std::set<std::string>& ids) {
    r.only(obj, p, {pk::id, pk::severity, pk::message, pk::hint, pk::quantity, pk::min, pk::max});
    RangeCheck c;
    bool ok = r.common(obj, p, c, ids);
    if (auto q = r.string(obj, p, pk::quantity, true)) {
        if (auto quantity = quantity_from_id(*q)) c.quantity = *quantity;
        else {
            r.error(p + "/" + pk::quantity, "unknown quantity '" + *q + "' (docs/playbooks.md lists them)");
            ok = false;
        }
    } else {
        ok = false;
    }
    const std::size_t before = r.errors.size();
    c.min = r.number(obj, p, pk::min);
    c.max = r.number(obj, p, pk::max);
    if (r.errors.size() != before) ok = false;
    else if (!c.min && !c.max) {
        r.error(p, "a range needs \"min\", \"max\" or both");
        ok = false;
    } else if (c.min && c.max && *c.min > *c.max) {
        r.error(p + "/" + pk::max, "max is below min");
        ok = false;
    }
    if (ok) pb.ranges.push_back(std::move(c));
}

void read_position(Reader& r, const json& obj, const std::string& p, Playbook& pb, std::set<std::string>& ids) {
    r.only(obj, p, {pk::id, pk::severity, pk::message, pk::hint, pk::clause, pk::allowed, pk::forbidden});
    PositionCheck c;
    bool ok = r.common(obj, p, c, ids);
    if (auto clause = r.string(obj, p, pk::clause, true)) {
        if (!position_key(*clause)) {
            std::string known;
            for (const ClauseInfo& info : clause_catalog()) known += (known.empty() ? "" : ", ") + info.id;
            r.error(p + "/" + pk::clause, "unknown clause '" + *clause + "' (" + known + ")");
            ok = false;
        }
        c.clause = *clause;
    } else {
        ok = false;
    }
    const std::size_t before = r.errors.size();
    c.allowed = r.positions(obj, p, pk::allowed);
    c.forbidden = r.positions(obj, p, pk::forbidden);
    if (r.errors.size() != before) ok = false;
    else if (c.allowed.empty() && c.forbidden.empty()) {
        r.error(p, "a position check needs \"allowed\" or \"forbidden\" positions");
        ok = false;
    }
    if (ok) pb.positions.push_back(std::move(c));
}

void read_framework(Reader& r, const json& obj, const std::string& p, Playbook& pb, std::set<std::string>& ids) {
    r.only(obj, p, {pk::id, pk::severity, pk::message, pk::hint, pk::category, pk::process, pk::required});
    FrameworkCheck c;
    bool ok = r.common(obj, p, c, ids);
    if (auto cat = r.string(obj, p, pk::category, false)) {
        if (!find_category(*cat)) {
            r.error(p + "/" + pk::category, "unknown catalog category '" + *cat + "'");
            ok = false;
        }
        c.category = *cat;
    }
    if (auto proc = r.string(obj, p, pk::process, false)) {
        if (!find_process(*proc)) {
            r.error(p + "/" + pk::process, "unknown catalog process '" + *proc + "'");
            ok = false;
        }
        c.process = *proc;
    }
    if (!c.category.empty() && !c.process.empty()) {
        r.error(p, "give a \"category\" or a \"process\", not both");
        ok = false;
    }
    const json* list = r.array(obj, p, pk::required);
    if (!obj.contains(pk::required)) {
        r.error(p + "/" + pk::required, "missing (required)");
        ok = false;
    } else if (list) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& v = (*list)[i];
            const std::string vp = p + "/" + pk::required + "/" + std::to_string(i);
            if (!v.is_string()) {
                r.error(vp, std::string("expected a string, got ") + json_kind(v));
                ok = false;
            } else if (auto f = enum_from_id<Framework>(v.get<std::string>())) {
                c.required.push_back(*f);
            } else {
                r.error(vp, "unknown framework '" + v.get<std::string>() + "'");
                ok = false;
            }
        }
        if (list->empty()) {
            r.error(p + "/" + pk::required, "name at least one framework");
            ok = false;
        }
    } else {
        ok = false;
    }
    if (ok) pb.frameworks.push_back(std::move(c));
}

// ---- findings -----------------------------------------------------------------------------

Finding make_finding(const Playbook& pb, const std::string& check_id, Severity severity, const std::string& pointer,
                     const std::string& message, const std::string& hint, FindingArgs values) {
    Finding f;
    f.rule_id = "playbook." + check_id;
    f.severity = severity;
    f.pointer = pointer;
    f.section = section_of_pointer(pointer);
    FindingArgs args = {{"message", fill(message, values)}, {"hint", fill(hint, values)},
                        {"check", check_id},                {"playbook", pb.name}};
    args.insert(args.end(), values.begin(), values.end());
    f.args = std::move(args);
    return f;
}

}  // namespace

// ---- public -------------------------------------------------------------------------------

const std::vector<QuantityInfo>& playbook_quantities() { return kQuantities; }

std::optional<PlaybookQuantity> quantity_from_id(std::string_view id) {
    for (const QuantityInfo& q : kQuantities)
        if (id == q.id) return q.quantity;
    return std::nullopt;
}

QuantityValue quantity_value(const Agreement& a, PlaybookQuantity q) {
    namespace k = keys;
    switch (q) {
        case PlaybookQuantity::LiabilityCapMonths: {
            const Liability& l = a.liability;
            switch (l.cap_basis) {
                case CapBasis::Unspecified: return {std::nullopt, ptr(k::liability, k::Liability::cap_basis)};
                case CapBasis::Unlimited: return {unlimited, ptr(k::liability, k::Liability::cap_basis)};
                case CapBasis::MonthsOfFees:
                    return {l.cap_months > 0 ? std::optional<double>(l.cap_months) : std::nullopt,
                            ptr(k::liability, k::Liability::cap_months)};
                case CapBasis::FixedAmount: {
                    const Money month = monthly_charges(a, 1);
                    if (month.minor <= 0 || l.cap_amount.minor <= 0)
                        return {std::nullopt, ptr(k::liability, k::Liability::cap_amount)};
                    return {static_cast<double>(l.cap_amount.minor) / static_cast<double>(month.minor),
                            ptr(k::liability, k::Liability::cap_amount)};
                }
            }
            return {std::nullopt, ptr(k::liability, k::Liability::cap_basis)};
        }
        case PlaybookQuantity::BreachNoticeHours:
            return {set_if_positive(a.security.breach_notice_hours), ptr(k::security, k::DataSecurity::breach_notice_hours)};
        case PlaybookQuantity::CreditsAtRiskPercent:
            return {static_cast<double>(a.credits.at_risk_bp) / 100.0, ptr(k::credits, k::CreditScheme::at_risk_bp)};
        case PlaybookQuantity::PaymentDays:
            return {static_cast<double>(a.pricing.payment_days), ptr(k::pricing, k::Pricing::payment_days)};
        case PlaybookQuantity::InitialTermMonths:
            return {set_if_positive(a.term.initial_term_months), ptr(k::term, k::Term::initial_term_months)};
        case PlaybookQuantity::RenewalPeriodMonths:
            return {set_if_positive(a.term.renewal_period_months), ptr(k::term, k::Term::renewal_period_months)};
        case PlaybookQuantity::NonRenewalNoticeDays:
            return {set_if_positive(a.term.non_renewal_notice_days), ptr(k::term, k::Term::non_renewal_notice_days)};
        case PlaybookQuantity::ConvenienceNoticeDays:
            return {set_if_positive(a.termination.convenience_notice_days),
                    ptr(k::termination, k::Termination::convenience_notice_days)};
        case PlaybookQuantity::TerminationFeeMonths: {
            const Termination& t = a.termination;
            if (t.fee == TerminationFee::None) return {0.0, ptr(k::termination, k::Termination::fee)};
            if (t.fee == TerminationFee::Fixed) return {std::nullopt, ptr(k::termination, k::Termination::fee_amount)};
            return {t.fee_months, ptr(k::termination, k::Termination::fee_months)};
        }
        case PlaybookQuantity::CurePeriodDays:
            return {set_if_positive(a.termination.cure_period_days), ptr(k::termination, k::Termination::cure_period_days)};
        case PlaybookQuantity::ExitAssistanceMonths:
            return {a.termination.exit_assistance ? set_if_positive(a.termination.exit_assistance_months)
                                                  : std::optional<double>(0.0),
                    ptr(k::termination, a.termination.exit_assistance ? k::Termination::exit_assistance_months
                                                                      : k::Termination::exit_assistance)};
        case PlaybookQuantity::ConfidentialityYears:
            return {set_if_positive(a.confidentiality.duration_years),
                    ptr(k::confidentiality, k::Confidentiality::duration_years)};
        case PlaybookQuantity::AuditsPerYear:
            return {static_cast<double>(a.security.audits_per_year), ptr(k::security, k::DataSecurity::audits_per_year)};
        case PlaybookQuantity::AuditNoticeDays:
            return {static_cast<double>(a.security.audit_notice_days), ptr(k::security, k::DataSecurity::audit_notice_days)};
        case PlaybookQuantity::ExitDataDays:
            return {set_if_positive(a.security.exit_data_days), ptr(k::security, k::DataSecurity::exit_data_days)};
        case PlaybookQuantity::EarnBackMonths:
            return {a.credits.earn_back ? static_cast<double>(a.credits.earn_back_months) : 0.0,
                    ptr(k::credits, a.credits.earn_back ? k::CreditScheme::earn_back_months : k::CreditScheme::earn_back)};
        case PlaybookQuantity::CreditClaimDays:
            return {set_if_positive(a.credits.claim_days), ptr(k::credits, k::CreditScheme::claim_days)};
        case PlaybookQuantity::AnnualAdjustmentPercent:
            return {a.pricing.adjustment == Adjustment::None ? 0.0 : static_cast<double>(a.pricing.adjustment_bp) / 100.0,
                    ptr(k::pricing, a.pricing.adjustment == Adjustment::None ? k::Pricing::adjustment
                                                                            : k::Pricing::adjustment_bp)};
        case PlaybookQuantity::LateInterestPercent:
            return {static_cast<double>(a.pricing.late_interest_bp) / 100.0, ptr(k::pricing, k::Pricing::late_interest_bp)};
        case PlaybookQuantity::CorrectiveActionDays:
            return {set_if_positive(a.governance.corrective_action_days),
                    ptr(k::governance, k::Governance::corrective_action_days)};
    }
    return {};
}

PlaybookImport import_playbook(std::string_view text) {
    PlaybookImport out;
    Reader r;
    if (text.size() > max_import_bytes) {
        out.errors.push_back({"", "the file is larger than 16 MiB"});
        return out;
    }
    const json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded()) {
        out.errors.push_back({"", "not JSON (a syntax error)"});
        return out;
    }
    if (!doc.is_object()) {
        out.errors.push_back({"", std::string("expected an object, got ") + json_kind(doc)});
        return out;
    }
    r.only(doc, "", {pk::format, pk::version, pk::name, pk::organisation, pk::description, pk::ranges, pk::positions,
                     pk::frameworks});
    if (auto f = r.string(doc, "", pk::format, true); f && *f != pk::format_name)
        r.error(std::string("/") + pk::format, "expected \"" + std::string(pk::format_name) + "\", got \"" + *f + "\"");
    const auto version = doc.find(pk::version);
    if (version == doc.end()) r.error(std::string("/") + pk::version, "missing (required)");
    else if (!version->is_number_integer()) r.error(std::string("/") + pk::version, "expected an integer");
    else if (version->get<long long>() > pk::format_version)
        r.error(std::string("/") + pk::version, "made by a newer version (" + version->dump() + "); this one reads version 1");
    else if (version->get<long long>() != pk::format_version)
        r.error(std::string("/") + pk::version, "unsupported version " + version->dump());

    Playbook& pb = out.playbook;
    if (auto s = r.string(doc, "", pk::name, true)) pb.name = *s;
    if (auto s = r.string(doc, "", pk::organisation, false)) pb.organisation = *s;
    if (auto s = r.string(doc, "", pk::description, false)) pb.description = *s;

    std::set<std::string> ids;
    struct Kind { const char* key; void (*read)(Reader&, const json&, const std::string&, Playbook&, std::set<std::string>&); };
    for (const Kind& kind : {Kind{pk::ranges, read_range}, Kind{pk::positions, read_position}, Kind{pk::frameworks, read_framework}}) {
        const json* list = r.array(doc, "", kind.key);
        if (!list) continue;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string p = std::string("/") + kind.key + "/" + std::to_string(i);
            const json& item = (*list)[i];
            if (!item.is_object()) r.error(p, std::string("expected an object, got ") + json_kind(item));
            else kind.read(r, item, p, pb, ids);
        }
    }
    out.errors = std::move(r.errors);
    if (out.errors.size() > max_import_errors) out.errors.resize(max_import_errors);
    return out;
}

std::string export_playbook(const Playbook& pb) {
    auto common = [](ojson& o, const auto& c) {
        o[pk::id] = c.id;
        o[pk::severity] = severity_id(c.severity);
        o[pk::message] = c.message;
        if (!c.hint.empty()) o[pk::hint] = c.hint;
    };
    ojson ranges = ojson::array(), positions = ojson::array(), frameworks = ojson::array();
    for (const RangeCheck& c : pb.ranges) {
        ojson o;
        common(o, c);
        for (const QuantityInfo& q : kQuantities)
            if (q.quantity == c.quantity) o[pk::quantity] = q.id;
        if (c.min) o[pk::min] = *c.min;
        if (c.max) o[pk::max] = *c.max;
        ranges.push_back(std::move(o));
    }
    for (const PositionCheck& c : pb.positions) {
        ojson o;
        common(o, c);
        o[pk::clause] = c.clause;
        auto ids = [](const std::vector<Position>& list) {
            ojson a = ojson::array();
            for (Position p : list) a.push_back(std::string(position_id(p)));
            return a;
        };
        if (!c.allowed.empty()) o[pk::allowed] = ids(c.allowed);
        if (!c.forbidden.empty()) o[pk::forbidden] = ids(c.forbidden);
        positions.push_back(std::move(o));
    }
    for (const FrameworkCheck& c : pb.frameworks) {
        ojson o;
        common(o, c);
        if (!c.category.empty()) o[pk::category] = c.category;
        if (!c.process.empty()) o[pk::process] = c.process;
        ojson req = ojson::array();
        for (Framework f : c.required) req.push_back(std::string(enum_id(f)));
        o[pk::required] = req;
        frameworks.push_back(std::move(o));
    }
    ojson doc = {{pk::format, pk::format_name}, {pk::version, pk::format_version}, {pk::name, pb.name}};
    if (!pb.organisation.empty()) doc[pk::organisation] = pb.organisation;
    if (!pb.description.empty()) doc[pk::description] = pb.description;
    doc[pk::ranges] = ranges;
    doc[pk::positions] = positions;
    doc[pk::frameworks] = frameworks;
    return doc.dump(2) + "\n";
}

std::vector<Finding> check_playbook(const Playbook& pb, const Agreement& a) {
    std::vector<Finding> out;
    for (const RangeCheck& c : pb.ranges) {
        const QuantityValue v = quantity_value(a, c.quantity);
        const bool fails = !v.value || (c.min && *v.value < *c.min - 1e-9) || (c.max && *v.value > *c.max + 1e-9);
        if (!fails) continue;
        out.push_back(make_finding(pb, c.id, c.severity, v.pointer, c.message, c.hint,
                                   {{"value", v.value ? number_text(*v.value) : "not set"},
                                    {"min", c.min ? number_text(*c.min) : ""},
                                    {"max", c.max ? number_text(*c.max) : ""}}));
    }
    for (const PositionCheck& c : pb.positions) {
        const Position p = position_of(a.positions, c.clause);
        const bool allowed = c.allowed.empty() || std::find(c.allowed.begin(), c.allowed.end(), p) != c.allowed.end();
        const bool forbidden = std::find(c.forbidden.begin(), c.forbidden.end(), p) != c.forbidden.end();
        if (allowed && !forbidden) continue;
        const char* key = position_key(c.clause);
        std::string title = c.clause;
        for (const ClauseInfo& info : clause_catalog())
            if (info.id == c.clause) title = info.title;
        out.push_back(make_finding(pb, c.id, c.severity, std::string("/") + keys::positions + "/" + (key ? key : ""),
                                   c.message, c.hint,
                                   {{"clause", title}, {"position", std::string(position_label(p))}}));
    }
    for (const FrameworkCheck& c : pb.frameworks) {
        const Service* concerned = nullptr;
        for (const Service& s : a.services) {
            const CatalogProcess* process = find_process(s.catalog_id);
            const bool match = c.process.empty() && c.category.empty() ? true
                               : !c.process.empty()                    ? s.catalog_id == c.process
                                   : s.category == c.category || (process && process->category_id == c.category);
            if (match) {
                concerned = &s;
                break;
            }
        }
        if (!concerned) continue;
        std::string missing;
        for (Framework f : c.required) {
            if (std::find(a.security.frameworks.begin(), a.security.frameworks.end(), f) != a.security.frameworks.end())
                continue;
            missing += (missing.empty() ? "" : ", ") + std::string(enum_label(f));
        }
        if (missing.empty()) continue;
        out.push_back(make_finding(pb, c.id, c.severity, ptr(keys::security, keys::DataSecurity::frameworks), c.message,
                                   c.hint, {{"missing", missing}, {"service", concerned->name}}));
    }
    return out;
}

std::string_view published_playbook_schema() { return asset_text(playbook_schema_asset_path); }

}  // namespace bpo
