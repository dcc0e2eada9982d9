// The schedules' tables, built straight from the model (no templates: a table's rows are data).
// Each table is placed by an "@table NAME" line in a clause template.
#include <algorithm>

#include "core/document_parts.hpp"
#include "core/enums.hpp"
#include "core/fees.hpp"
#include "core/json_keys.hpp"
#include "core/money.hpp"

namespace bpo::docbuild {

namespace {

namespace k = keys;

Table make_table(std::vector<std::string> header, std::vector<int> widths, std::size_t rows) {
    Table t;
    t.header = std::move(header);
    t.widths = std::move(widths);
    t.rows.reserve(rows);
    return t;
}

Inline text_cell(std::string text) {
    Inline runs;
    runs.push_back(Run{RunKind::Text, std::move(text), {}});
    return runs;
}

// Two-column "item / value" tables.
void add_row(Table& t, std::string_view item, Inline value) {
    std::vector<Inline> row;
    row.reserve(2);
    row.push_back(Builder::strong(item));
    row.push_back(std::move(value));
    t.rows.push_back(std::move(row));
}

std::string yes_no(bool v) { return v ? "Yes" : "No"; }

std::string cadence_text(Cadence c) {
    return c == Cadence::Unspecified ? std::string("Not stated") : std::string(enum_label(c));
}

std::string volume_text(const Service& s) {
    std::string out;
    if (s.monthly_volume > 0) {
        out = format_number(s.monthly_volume) + " " + (s.volume_unit.empty() ? std::string("transactions") : s.volume_unit) +
              " a month";
    }
    if (s.ftes > 0) {
        if (!out.empty()) out += "; ";
        out += format_number(s.ftes) + " FTE";
    }
    return out;
}

std::string locations_text(const Service& s) {
    std::string out;
    for (DeliveryLocation l : s.locations) {
        if (!out.empty()) out += ", ";
        out += enum_label(l);
    }
    if (!s.location_detail.empty()) out += out.empty() ? s.location_detail : " (" + s.location_detail + ")";
    return out;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (const std::string& s : items) {
        if (s.empty()) continue;
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}

std::string service_label(const Builder& b, const std::string& service_id) {
    if (service_id.empty()) return "All services";
    const std::string& name = b.service_name(service_id);
    return name.empty() ? service_id : name;
}

void services_tables(Builder& b) {
    const Agreement& a = b.a;
    const std::string list = "/" + std::string(k::services);
    Table services = make_table({"Service", "Office", "Delivery locations", "Volume", "Hours of coverage", "Languages"},
                                {3, 2, 3, 3, 3, 2}, a.services.size());
    Table scope = make_table({"Service", "Description", "In scope", "Out of scope"}, {2, 3, 3, 3}, a.services.size());
    for (std::size_t i = 0; i < a.services.size(); ++i) {
        const Service& s = a.services[i];
        Inline name = s.name.empty() ? b.cell_required("", item_pointer(list, i, k::Service::name), "Service name")
                                     : Builder::strong(s.name);
        std::vector<Inline> row;
        row.reserve(6);
        row.push_back(name);
        row.push_back(Builder::cell(enum_label(s.office)));
        row.push_back(b.cell_required(locations_text(s), item_pointer(list, i, k::Service::locations),
                                      "Delivery locations for " + (s.name.empty() ? "service " + std::to_string(i + 1) : s.name)));
        row.push_back(Builder::cell(volume_text(s)));
        row.push_back(b.cell_required(s.coverage_hours, item_pointer(list, i, k::Service::coverage_hours),
                                      "Hours of coverage for " + (s.name.empty() ? "service " + std::to_string(i + 1) : s.name)));
        row.push_back(Builder::cell(join(s.languages, ", ")));
        services.rows.push_back(std::move(row));

        std::vector<Inline> scope_row;
        scope_row.reserve(4);
        scope_row.push_back(std::move(name));
        scope_row.push_back(Builder::cell(s.description));
        scope_row.push_back(b.cell_required(s.in_scope, item_pointer(list, i, k::Service::in_scope),
                                            "In scope for " + (s.name.empty() ? "service " + std::to_string(i + 1) : s.name)));
        scope_row.push_back(s.out_of_scope.empty() ? text_cell("Nothing excluded beyond the general exclusions")
                                                   : Builder::cell(s.out_of_scope));
        scope.rows.push_back(std::move(scope_row));
    }
    b.tables["services"] = std::move(services);
    b.tables["scope"] = std::move(scope);

    Table duties = make_table({"Party", "Responsibility", "Service"}, {1, 4, 2}, a.responsibilities.size());
    for (const PartyRole role : {PartyRole::Client, PartyRole::Provider}) {
        for (const Responsibility& r : a.responsibilities) {
            if (r.party != role) continue;
            duties.rows.push_back({Builder::strong(enum_label(r.party)), Builder::cell(r.description),
                                   Builder::cell(service_label(b, r.service_id))});
        }
    }
    b.tables["duties"] = std::move(duties);
}

void service_level_tables(Builder& b) {
    const Agreement& a = b.a;
    const std::string list = "/" + std::string(k::service_levels);
    const bool pool = a.credits.method == CreditMethod::AtRiskPool;
    Table levels = make_table({"Ref", "Service", "Service level", "Expected", "Minimum", "Window / reporting", "Type", "Credit"},
                              {1, 2, 3, 2, 2, 2, 1, 2}, a.service_levels.size());
    Table definitions = make_table({"Ref", "Service level", "How it is measured", "Exclusions"}, {1, 2, 5, 3}, a.service_levels.size());
    for (std::size_t i = 0; i < a.service_levels.size(); ++i) {
        const ServiceLevel& sl = a.service_levels[i];
        const std::string ref = "SL" + std::to_string(i + 1);
        const std::string label = sl.name.empty() ? ref : sl.name;
        std::vector<Inline> row;
        row.reserve(8);
        row.push_back(Builder::strong(ref));
        row.push_back(Builder::cell(service_label(b, sl.service_id)));
        row.push_back(b.cell_required(sl.name, item_pointer(list, i, k::ServiceLevel::name), "Name of " + ref));
        row.push_back(b.cell_required(target_text(sl.expected, sl.unit, sl.direction), item_pointer(list, i, k::ServiceLevel::expected),
                                      "Target for " + label));
        row.push_back(sl.minimum ? Builder::cell(target_text(sl.minimum, sl.unit, sl.direction)) : text_cell("None"));
        row.push_back(Builder::cell(cadence_text(sl.window) + " / " + lower_copy(cadence_text(sl.reporting))));
        const bool critical = sl.criticality == Criticality::Critical;
        row.push_back(Builder::cell(critical ? "Critical" : "Key"));
        if (!critical) {
            row.push_back(text_cell("None (reported only)"));
        } else if (pool) {
            row.push_back(sl.allocation_bp > 0
                              ? text_cell(format_bp(sl.allocation_bp) + " of the At-Risk Amount")
                              : b.cell_required("", item_pointer(list, i, k::ServiceLevel::allocation_bp), "Credit allocation for " + label));
        } else {
            row.push_back(sl.flat_credit_bp > 0
                              ? text_cell(format_bp(sl.flat_credit_bp) + " of the Monthly Charges")
                              : b.cell_required("", item_pointer(list, i, k::ServiceLevel::flat_credit_bp), "Credit percentage for " + label));
        }
        levels.rows.push_back(std::move(row));

        if (!sl.definition.empty() || !sl.exclusions.empty()) {
            std::vector<std::string> exclusions;
            for (Exclusion e : sl.exclusions) exclusions.emplace_back(enum_label(e));
            definitions.rows.push_back({Builder::strong(ref), Builder::cell(label), Builder::cell(sl.definition),
                                        exclusions.empty() ? text_cell("None") : text_cell(join(exclusions, "; "))});
        }
    }
    b.tables["service_levels"] = std::move(levels);
    b.tables["sl_definitions"] = std::move(definitions);

    // The credit scheme in figures.
    const CreditScheme& cs = a.credits;
    Table scheme = make_table({"Credit scheme", "Terms"}, {2, 5}, 8);
    add_row(scheme, "Method", Builder::cell(enum_label(cs.method)));
    if (cs.at_risk_bp > 0) {
        std::string at_risk = format_bp(cs.at_risk_bp) + " of the Monthly Charges";
        const Money first = monthly_charges(a, 1);
        if (first.minor > 0)
            at_risk += " (" + format_money(percent_of(first, cs.at_risk_bp), b.currency()) + " on first-year Monthly Charges of " +
                       format_money(first, b.currency()) + ")";
        add_row(scheme, "At-Risk Amount and monthly cap", text_cell(std::move(at_risk)));
    }
    if (pool && cs.pool_bp > 0) {
        BasisPoints allocated = 0;
        for (const ServiceLevel& sl : a.service_levels)
            if (sl.criticality == Criticality::Critical) allocated += sl.allocation_bp;
        add_row(scheme, "Allocation pool", text_cell(format_bp(cs.pool_bp) + " available, " + format_bp(allocated) + " allocated"));
    }
    add_row(scheme, "Earn-back",
            text_cell(cs.earn_back ? "Yes, after " + plural(cs.earn_back_months, "month", "months") + " in a row at or above the level"
                                   : std::string("No")));
    if (cs.critical_failure_misses > 0)
        add_row(scheme, "Critical service failure",
                text_cell(std::to_string(cs.critical_failure_misses) + " misses of one Critical Service Level within " +
                          plural(cs.critical_failure_window_months, "month", "months")));
    if (cs.claim_days > 0) add_row(scheme, "Claim period", text_cell(plural(cs.claim_days, "day", "days") + " after the month end"));
    b.tables["credit_scheme"] = std::move(scheme);

    // Objectives.
    const std::string olist = "/" + std::string(k::objectives);
    Table objectives = make_table({"Objective", "Service", "Measure", "Baseline", "Target", "Deadline", "Owner"},
                                  {3, 2, 2, 1, 2, 2, 2}, a.objectives.size());
    for (std::size_t i = 0; i < a.objectives.size(); ++i) {
        const Objective& o = a.objectives[i];
        const std::string label = o.title.empty() ? "objective " + std::to_string(i + 1) : o.title;
        Inline title = o.title.empty() ? b.cell_required("", item_pointer(olist, i, k::Objective::title), "Objective title")
                                       : Builder::strong(o.title);
        if (!o.description.empty()) {
            title.push_back(Run{RunKind::Text, ": " + o.description, {}});
        }
        const std::string baseline = o.baseline ? measure_text(*o.baseline, o.unit) : std::string();
        objectives.rows.push_back({std::move(title), Builder::cell(service_label(b, o.service_id)),
                                   b.cell_required(o.metric, item_pointer(olist, i, k::Objective::metric), "Measure for " + label),
                                   Builder::cell(baseline),
                                   b.cell_required(target_text(o.target, o.unit, o.direction), item_pointer(olist, i, k::Objective::target),
                                                   "Target for " + label),
                                   b.cell_required(format_date(o.deadline), item_pointer(olist, i, k::Objective::deadline),
                                                   "Deadline for " + label),
                                   Builder::cell(o.owner)});
    }
    b.tables["objectives"] = std::move(objectives);
}

void transition_tables(Builder& b) {
    const Transition& t = b.a.transition;
    const std::string base = "/" + std::string(k::transition);
    Table phases = make_table({"Phase", "Start", "End"}, {3, 2, 2}, t.phases.size());
    std::unordered_map<std::string, std::string> phase_names;
    for (std::size_t i = 0; i < t.phases.size(); ++i) {
        const TransitionPhase& p = t.phases[i];
        const std::string name = p.name.empty() ? std::string(enum_label(p.kind)) : p.name;
        phase_names[p.id] = name;
        const std::string list = base + "/" + k::Transition::phases;
        phases.rows.push_back({Builder::strong(name),
                               b.cell_required(format_date(p.start), item_pointer(list, i, k::TransitionPhase::start), "Start of " + name),
                               b.cell_required(format_date(p.end), item_pointer(list, i, k::TransitionPhase::end), "End of " + name)});
    }
    b.tables["phases"] = std::move(phases);

    Table milestones = make_table({"Milestone", "Phase", "Due", "Owner", "Acceptance criteria"}, {3, 2, 2, 1, 4}, t.milestones.size());
    const std::string list = base + "/" + k::Transition::milestones;
    for (std::size_t i = 0; i < t.milestones.size(); ++i) {
        const Milestone& m = t.milestones[i];
        const std::string label = m.name.empty() ? "milestone " + std::to_string(i + 1) : m.name;
        const auto phase = phase_names.find(m.phase_id);
        milestones.rows.push_back({m.name.empty() ? b.cell_required("", item_pointer(list, i, k::Milestone::name), "Milestone name")
                                                  : Builder::strong(m.name),
                                   Builder::cell(phase == phase_names.end() ? std::string() : phase->second),
                                   b.cell_required(format_date(m.due), item_pointer(list, i, k::Milestone::due), "Due date of " + label),
                                   Builder::cell(enum_label(m.owner)),
                                   b.cell_required(m.acceptance_criteria, item_pointer(list, i, k::Milestone::acceptance_criteria),
                                                   "Acceptance criteria for " + label)});
    }
    b.tables["milestones"] = std::move(milestones);
}

void pricing_tables(Builder& b) {
    const Agreement& a = b.a;
    const Pricing& p = a.pricing;
    const std::string cur = b.currency();
    const std::string list = "/" + std::string(k::pricing) + "/" + k::Pricing::rates;
    Table rates = make_table({"Service", "Description", "Unit", "Unit price", "Quantity a month", "Monthly amount"},
                             {2, 3, 1, 2, 2, 2}, p.rates.size() + 1);
    Money total;
    for (std::size_t i = 0; i < p.rates.size(); ++i) {
        const RateLine& r = p.rates[i];
        const Money amount = line_amount(r.unit_price, r.quantity);
        total += amount;
        rates.rows.push_back({Builder::cell(service_label(b, r.service_id)),
                              b.cell_required(r.description, item_pointer(list, i, k::RateLine::description), "Rate description"),
                              Builder::cell(r.unit),
                              r.unit_price.minor > 0 ? text_cell(format_money(r.unit_price, cur))
                                                     : b.cell_required("", item_pointer(list, i, k::RateLine::unit_price),
                                                                       "Unit price for " + (r.description.empty() ? "rate " + std::to_string(i + 1) : r.description)),
                              Builder::cell(format_number(r.quantity)), text_cell(format_money(amount, cur))});
    }
    const bool rate_model = p.model == PricingModel::PerFte || p.model == PricingModel::PerTransaction;
    if (p.rates.empty() && rate_model) {
        rates.rows.push_back({b.cell_required("", list, "Rates to be agreed"), Inline{}, Inline{}, Inline{}, Inline{}, Inline{}});
    } else if (!p.rates.empty()) {
        rates.rows.push_back({Builder::strong("Total"), Builder::cell("First-year Monthly Charges"), text_cell(""), text_cell(""),
                              text_cell(""), Builder::strong(format_money(total, cur))});
    }
    b.tables["rates"] = std::move(rates);

    Table terms = make_table({"Term", "Agreed"}, {2, 5}, 5);
    add_row(terms, "Pricing model", Builder::cell(enum_label(p.model)));
    add_row(terms, "Invoicing", text_cell(cadence_text(p.invoice_frequency) + ", " + lower_copy(std::string(enum_label(p.invoice_timing)))));
    add_row(terms, "Payment", p.payment_days > 0 ? text_cell("Within " + plural(p.payment_days, "day", "days") + " of receipt of a correct invoice")
                                                 : b.cell_required("", "/" + std::string(k::pricing) + "/" + k::Pricing::payment_days, "Payment days"));
    std::string adjustment = std::string(enum_label(p.adjustment));
    if (p.adjustment == Adjustment::Fixed && p.adjustment_bp > 0) adjustment += ": " + format_bp(p.adjustment_bp) + " a year";
    if (p.adjustment == Adjustment::Index)
        adjustment += ": " + (p.adjustment_index.empty() ? std::string("index to be agreed") : p.adjustment_index) +
                      (p.adjustment_bp > 0 ? ", capped at " + format_bp(p.adjustment_bp) + " a year" : std::string());
    add_row(terms, "Annual adjustment", text_cell(std::move(adjustment)));
    add_row(terms, "Interest on late payment", text_cell(p.late_interest_bp > 0 ? format_bp(p.late_interest_bp) + " a year" : "None"));
    b.tables["payment_terms"] = std::move(terms);

    if (a.term.initial_term_months > 0) {
        const FeeSchedule fees = compute_fees(a);
        const bool outcome = p.model == PricingModel::OutcomeBased;
        Table years = outcome ? make_table({"Contract year", "Months", "Base charges", "With maximum outcome payments"}, {2, 1, 3, 3}, fees.years.size() + 1)
                              : make_table({"Contract year", "Months", "Charges"}, {2, 1, 3}, fees.years.size() + 1);
        for (const YearFee& y : fees.years) {
            std::vector<Inline> row{text_cell("Year " + std::to_string(y.year)), text_cell(std::to_string(y.months)),
                                    text_cell(format_money(y.charges, cur))};
            if (outcome) row.push_back(text_cell(format_money(y.charges + y.bonus_max, cur)));
            years.rows.push_back(std::move(row));
        }
        std::vector<Inline> total_row{Builder::strong("Total"), text_cell(std::to_string(a.term.initial_term_months)),
                                      Builder::strong(format_money(fees.tcv, cur))};
        if (outcome) total_row.push_back(Builder::strong(format_money(fees.tcv_max, cur)));
        years.rows.push_back(std::move(total_row));
        b.tables["fee_years"] = std::move(years);
    }
}

void governance_tables(Builder& b) {
    const Governance& g = b.a.governance;
    const std::string base = "/" + std::string(k::governance);
    Table rel = make_table({"Role", "Agreed"}, {2, 5}, 7);
    add_row(rel, "Client relationship manager",
            b.cell_required(g.client_relationship_manager, base + "/" + k::Governance::client_relationship_manager, "Client relationship manager"));
    add_row(rel, "Provider relationship manager",
            b.cell_required(g.provider_relationship_manager, base + "/" + k::Governance::provider_relationship_manager, "Provider relationship manager"));
    add_row(rel, "Governance committee",
            b.cell_required(g.committee_name, base + "/" + k::Governance::committee_name, "Governance committee name"));
    if (!g.committee_members.empty()) add_row(rel, "Committee members", Builder::cell(g.committee_members));
    if (!g.shared_goals.empty()) add_row(rel, "Shared goals", Builder::cell(g.shared_goals));
    if (!g.communication_norms.empty()) add_row(rel, "Communication norms", Builder::cell(g.communication_norms));
    if (g.corrective_action_days > 0)
        add_row(rel, "Corrective action plans", text_cell("Within " + plural(g.corrective_action_days, "day", "days") + " of a miss"));
    b.tables["relationship"] = std::move(rel);

    Table meetings = make_table({"Meeting", "Frequency", "Participants", "Agenda"}, {2, 1, 3, 4}, g.meetings.size());
    for (const Meeting& m : g.meetings)
        meetings.rows.push_back({Builder::strong(m.name.empty() ? std::string(enum_label(m.kind)) : m.name),
                                 Builder::cell(cadence_text(m.cadence)), Builder::cell(m.participants), Builder::cell(m.agenda)});
    b.tables["meetings"] = std::move(meetings);

    Table reports = make_table({"Report", "Contents", "Frequency", "Prepared by", "Due"}, {2, 4, 1, 1, 2}, g.reports.size());
    for (const Report& r : g.reports)
        reports.rows.push_back({Builder::strong(r.name.empty() ? std::string("Report") : r.name), Builder::cell(r.contents),
                                Builder::cell(cadence_text(r.frequency)), Builder::cell(enum_label(r.prepared_by)),
                                Builder::cell(r.due_days > 0 ? plural(r.due_days, "Business Day", "Business Days") : std::string())});
    b.tables["reports"] = std::move(reports);

    Table escalation = make_table({"Level", "Name", "Client contact", "Provider contact", "Response time"}, {1, 2, 3, 3, 2}, g.escalation.size());
    const std::string list = base + "/" + k::Governance::escalation;
    for (std::size_t i = 0; i < g.escalation.size(); ++i) {
        const EscalationLevel& e = g.escalation[i];
        const std::string label = "escalation level " + std::to_string(i + 1);
        escalation.rows.push_back({Builder::strong(std::to_string(i + 1)), Builder::cell(e.name),
                                   b.cell_required(e.client_contact, item_pointer(list, i, k::EscalationLevel::client_contact), "Client contact for " + label),
                                   b.cell_required(e.provider_contact, item_pointer(list, i, k::EscalationLevel::provider_contact), "Provider contact for " + label),
                                   e.response_hours > 0 ? text_cell(plural(e.response_hours, "hour", "hours"))
                                                        : b.cell_required("", item_pointer(list, i, k::EscalationLevel::response_hours), "Response time for " + label)});
    }
    b.tables["escalation"] = std::move(escalation);
}

void data_tables(Builder& b) {
    const Agreement& a = b.a;
    const DataSecurity& s = a.security;
    const std::string base = "/" + std::string(k::security);
    Table processing = make_table({"Item", "Details"}, {2, 5}, 7);
    add_row(processing, "Categories of personal data",
            b.cell_required(s.personal_data, base + "/" + k::DataSecurity::personal_data, "Categories of personal data"));
    add_row(processing, "Health data", text_cell(yes_no(s.health_data)));
    add_row(processing, "Data locations",
            b.cell_required(join(s.data_locations, ", "), base + "/" + k::DataSecurity::data_locations, "Data locations"));
    add_row(processing, "Processing outside the EEA", text_cell(yes_no(s.data_outside_eea)));
    if (s.data_outside_eea) add_row(processing, "Transfer mechanism", text_cell(std::string(enum_label(s.transfer_mechanism))));
    std::vector<std::string> frameworks;
    for (Framework f : s.frameworks) frameworks.emplace_back(enum_label(f));
    add_row(processing, "Compliance frameworks", text_cell(frameworks.empty() ? std::string("None specified") : join(frameworks, ", ")));
    if (std::find(s.frameworks.begin(), s.frameworks.end(), Framework::Hipaa) != s.frameworks.end())
        add_row(processing, "Business associate agreement",
                b.cell_required(s.baa_reference, base + "/" + k::DataSecurity::baa_reference, "Business associate agreement reference"));
    b.tables["processing"] = std::move(processing);

    Table measures = make_table({"Measure", "Commitment"}, {2, 5}, 8);
    add_row(measures, "Encryption at rest", text_cell(s.encryption_at_rest ? "Required for all Client Data" : "Not required"));
    add_row(measures, "Encryption in transit", text_cell(s.encryption_in_transit ? "Required for all Client Data" : "Not required"));
    add_row(measures, "Multi-factor authentication", text_cell(s.multi_factor_auth ? "Required for all access to Client Data" : "Not required"));
    add_row(measures, "Access control", b.cell_required(s.access_control, base + "/" + k::DataSecurity::access_control, "Access control measures"));
    add_row(measures, "Security incident notice",
            s.breach_notice_hours > 0 ? text_cell("Within " + plural(s.breach_notice_hours, "hour", "hours") + " of awareness")
                                      : b.cell_required("", base + "/" + k::DataSecurity::breach_notice_hours, "Breach notice in hours"));
    std::string audit = std::string(enum_label(s.audit));
    if (s.audit != AuditRight::None) {
        if (s.audit_notice_days > 0) audit += ", " + plural(s.audit_notice_days, "day's", "days'") + " notice";
        if (s.audits_per_year > 0)
            audit += ", up to " + (s.audits_per_year == 1 ? std::string("once") : s.audits_per_year == 2 ? std::string("twice")
                                                                              : std::to_string(s.audits_per_year) + " times") + " a year";
    }
    add_row(measures, "Audit", text_cell(std::move(audit)));
    std::string exit = std::string(enum_label(s.exit_data));
    if (s.exit_data_days > 0) exit += ", within " + plural(s.exit_data_days, "day", "days");
    add_row(measures, "Data at exit", text_cell(std::move(exit)));
    b.tables["measures"] = std::move(measures);

    Table insurance = make_table({"Insurance", "Minimum cover"}, {3, 2}, a.liability.insurance.size());
    const std::string list = "/" + std::string(k::liability) + "/" + k::Liability::insurance;
    for (std::size_t i = 0; i < a.liability.insurance.size(); ++i) {
        const Insurance& in = a.liability.insurance[i];
        insurance.rows.push_back({b.cell_required(in.kind, item_pointer(list, i, k::Insurance::kind), "Insurance type"),
                                  in.cover.minor > 0 ? text_cell(format_money(in.cover, b.currency()) + " per claim")
                                                     : b.cell_required("", item_pointer(list, i, k::Insurance::cover),
                                                                       "Cover for " + (in.kind.empty() ? "insurance " + std::to_string(i + 1) : in.kind))});
    }
    b.tables["insurance"] = std::move(insurance);
}

}  // namespace

std::string lower_copy(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

void add_schedule_tables(Builder& b) {
    services_tables(b);
    service_level_tables(b);
    transition_tables(b);
    pricing_tables(b);
    governance_tables(b);
    data_tables(b);
}

}  // namespace bpo::docbuild
