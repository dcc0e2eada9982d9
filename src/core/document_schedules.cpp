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

// A table with room for `rows` rows and `text` bytes of cell text. The long tables pass a bound
// counted from the agreement, so their buffers are allocated once, without slack to double.
Table make_table(std::vector<std::string> header, std::vector<int> widths, std::size_t rows, std::size_t text = 0) {
    Table t;
    t.rows.reserve(rows, rows * header.size(), text ? text : rows * 64);
    t.header = std::move(header);
    t.widths = std::move(widths);
    return t;
}

// Two-column "item / value" tables: the row is started and its item cell added; the caller
// adds the value cell.
TableRows& item_row(Table& t, std::string_view item) {
    t.rows.start_row();
    Builder::strong(t.rows, item);
    return t.rows;
}

void add_row(Table& t, std::string_view item, std::string_view value) { Builder::plain_cell(item_row(t, item), value); }

std::string yes_no(bool v) { return v ? "Yes" : "No"; }

std::string_view cadence_text(Cadence c) { return c == Cadence::Unspecified ? std::string_view("Not stated") : enum_label(c); }

void append_volume(std::string& out, const Service& s) {
    if (s.monthly_volume > 0) {
        append_number(out, s.monthly_volume);
        out += ' ';
        out += s.volume_unit.empty() ? std::string_view("transactions") : std::string_view(s.volume_unit);
        out += " a month";
    }
    if (s.ftes > 0) {
        if (!out.empty()) out += "; ";
        append_number(out, s.ftes);
        out += " FTE";
    }
}

void append_locations(std::string& out, const Service& s) {
    for (DeliveryLocation l : s.locations) {
        if (!out.empty()) out += ", ";
        out += enum_label(l);
    }
    if (s.location_detail.empty()) return;
    if (out.empty()) {
        out += s.location_detail;
        return;
    }
    out += " (";
    out += s.location_detail;
    out += ')';
}

void append_joined(std::string& out, const std::vector<std::string>& items, std::string_view sep) {
    const std::size_t start = out.size();
    for (const std::string& s : items) {
        if (s.empty()) continue;
        if (out.size() > start) out += sep;
        out += s;
    }
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    append_joined(out, items, sep);
    return out;
}

std::string_view service_label(const Builder& b, const std::string& service_id) {
    if (service_id.empty()) return "All services";
    const std::string_view name = b.service_name(service_id);
    return name.empty() ? std::string_view(service_id) : name;
}

// "Delivery locations for Payroll", or "... for service 3" when the service has no name.
std::string label_for(std::string_view what, const std::string& name, std::string_view unnamed, std::size_t i) {
    std::string out(what);
    if (name.empty()) {
        out += unnamed;
        out += std::to_string(i + 1);
    } else {
        out += name;
    }
    return out;
}

void services_tables(Builder& b) {
    const Agreement& a = b.a;
    const std::string list = "/" + std::string(k::services);
    // Bounds of the text of both tables: the user's text, our labels (at most 32 bytes), numbers,
    // and placeholder labels that repeat the service's name.
    std::size_t services_text = 0, scope_text = 0;
    for (const Service& s : a.services) {
        std::size_t languages = 0;
        for (const std::string& l : s.languages) languages += l.size() + 2;
        const std::size_t placeholder = 40 + (s.name.empty() ? 8 : s.name.size());  // "[Hours of coverage for NAME]"
        services_text += (s.name.empty() ? 16 : s.name.size()) + 32 + 28 * s.locations.size() + s.location_detail.size() + 3 +
                         48 + s.volume_unit.size() + languages + (s.locations.empty() && s.location_detail.empty() ? placeholder : 0) +
                         (is_blank(s.coverage_hours) ? placeholder : s.coverage_hours.size());
        scope_text += (s.name.empty() ? 16 : s.name.size()) + (s.description.empty() ? 10 : s.description.size()) +
                      (is_blank(s.in_scope) ? placeholder : s.in_scope.size()) + std::max<std::size_t>(s.out_of_scope.size(), 48);
    }
    Table services = make_table({"Service", "Office", "Delivery locations", "Volume", "Hours of coverage", "Languages"},
                                {3, 2, 3, 3, 3, 2}, a.services.size(), services_text);
    Table scope = make_table({"Service", "Description", "In scope", "Out of scope"}, {2, 3, 3, 3}, a.services.size(), scope_text);
    std::string& text = b.scratch;
    for (std::size_t i = 0; i < a.services.size(); ++i) {
        const Service& s = a.services[i];
        auto name_cell = [&](TableRows& t) {
            if (s.name.empty())
                b.cell_required(t, "", [&] { return item_pointer(list, i, k::Service::name); }, [] { return std::string("Service name"); });
            else
                Builder::strong(t, s.name);
        };
        TableRows& row = services.rows;
        row.start_row();
        name_cell(row);
        Builder::cell(row, enum_label(s.office));
        text.clear();
        append_locations(text, s);
        b.cell_required(row, text, [&] { return item_pointer(list, i, k::Service::locations); },
                        [&] { return label_for("Delivery locations for ", s.name, "service ", i); });
        text.clear();
        append_volume(text, s);
        Builder::cell(row, text);
        b.cell_required(row, s.coverage_hours, [&] { return item_pointer(list, i, k::Service::coverage_hours); },
                        [&] { return label_for("Hours of coverage for ", s.name, "service ", i); });
        text.clear();
        append_joined(text, s.languages, ", ");
        Builder::cell(row, text);

        TableRows& scope_row = scope.rows;
        scope_row.start_row();
        name_cell(scope_row);
        Builder::cell(scope_row, s.description);
        b.cell_required(scope_row, s.in_scope, [&] { return item_pointer(list, i, k::Service::in_scope); },
                        [&] { return label_for("In scope for ", s.name, "service ", i); });
        if (s.out_of_scope.empty()) Builder::plain_cell(scope_row, "Nothing excluded beyond the general exclusions");
        else Builder::cell(scope_row, s.out_of_scope);
    }
    b.tables["services"] = std::move(services);
    b.tables["scope"] = std::move(scope);

    Table duties = make_table({"Party", "Responsibility", "Service"}, {1, 4, 2}, a.responsibilities.size(), a.responsibilities.size() * 128);
    for (const PartyRole role : {PartyRole::Client, PartyRole::Provider}) {
        for (const Responsibility& r : a.responsibilities) {
            if (r.party != role) continue;
            duties.rows.start_row();
            Builder::strong(duties.rows, enum_label(r.party));
            Builder::cell(duties.rows, r.description);
            Builder::cell(duties.rows, service_label(b, r.service_id));
        }
    }
    b.tables["duties"] = std::move(duties);
}

// "SL1", "SL2", ... for the service level at `index`, written into `buffer` (no printf per row).
std::string_view service_level_ref(char (&buffer)[24], std::size_t index) {
    char* end = buffer + sizeof buffer;
    char* p = end;
    std::size_t n = index + 1;
    do {
        *--p = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n);
    *--p = 'L';
    *--p = 'S';
    return std::string_view(p, static_cast<std::size_t>(end - p));
}

void service_level_tables(Builder& b) {
    const Agreement& a = b.a;
    const std::string list = "/" + std::string(k::service_levels);
    const bool pool = a.credits.method == CreditMethod::AtRiskPool;
    // Bounds of the text of both tables (see services_tables): service names at most the
    // longest one (or the id), targets and labels at most a few dozen bytes.
    std::size_t longest_service = 12;
    for (const Service& s : a.services) longest_service = std::max(longest_service, s.name.size());
    std::size_t levels_text = 0, definitions_text = 0;
    for (const ServiceLevel& sl : a.service_levels) {
        // ref, service, name, expected and minimum targets, window, type, credit; a missing
        // value's placeholder label names the service level.
        const std::size_t placeholder = 40 + std::max<std::size_t>(sl.name.size(), 8);
        levels_text += 8 + std::max(longest_service, sl.service_id.size()) + (sl.name.empty() ? placeholder : sl.name.size()) +
                       (sl.expected ? 48 : placeholder) + 48 + 40 + 8 + std::max<std::size_t>(placeholder, 40);
        if (!sl.definition.empty() || !sl.exclusions.empty())
            definitions_text += 24 + sl.name.size() + sl.definition.size() + 34 * sl.exclusions.size() + 16;
    }
    Table levels = make_table({"Ref", "Service", "Service level", "Expected", "Minimum", "Window / reporting", "Type", "Credit"},
                              {1, 2, 3, 2, 2, 2, 1, 2}, a.service_levels.size(), levels_text);
    Table definitions = make_table({"Ref", "Service level", "How it is measured", "Exclusions"}, {1, 2, 5, 3},
                                   a.service_levels.size(), definitions_text);
    std::string& text = b.scratch;
    char ref_buffer[24];
    for (std::size_t i = 0; i < a.service_levels.size(); ++i) {
        const ServiceLevel& sl = a.service_levels[i];
        const std::string_view ref = service_level_ref(ref_buffer, i);
        const std::string_view label = sl.name.empty() ? ref : std::string_view(sl.name);
        auto for_label = [&](std::string_view what) {
            std::string out(what);
            out += label;
            return out;
        };
        TableRows& row = levels.rows;
        row.start_row();
        Builder::strong(row, ref);
        Builder::cell(row, service_label(b, sl.service_id));
        b.cell_required(row, sl.name, [&] { return item_pointer(list, i, k::ServiceLevel::name); },
                        [&] { return "Name of " + std::string(ref); });
        text.clear();
        append_target(text, sl.expected, sl.unit, sl.direction);
        b.cell_required(row, text, [&] { return item_pointer(list, i, k::ServiceLevel::expected); },
                        [&] { return for_label("Target for "); });
        if (sl.minimum) {
            text.clear();
            append_target(text, sl.minimum, sl.unit, sl.direction);
            Builder::cell(row, text);
        } else {
            Builder::plain_cell(row, "None");
        }
        text.clear();
        text += cadence_text(sl.window);
        text += " / ";
        const std::size_t reporting = text.size();
        text += cadence_text(sl.reporting);
        if (text[reporting] >= 'A' && text[reporting] <= 'Z') text[reporting] = static_cast<char>(text[reporting] - 'A' + 'a');
        Builder::cell(row, text);
        const bool critical = sl.criticality == Criticality::Critical;
        Builder::cell(row, critical ? "Critical" : "Key");
        if (!critical) {
            Builder::plain_cell(row, "None (reported only)");
        } else if (pool) {
            if (sl.allocation_bp > 0) {
                Builder::plain_cell(row, format_bp(sl.allocation_bp));
                row.append(" of the At-Risk Amount");
            } else {
                b.cell_required(row, "", [&] { return item_pointer(list, i, k::ServiceLevel::allocation_bp); },
                                [&] { return for_label("Credit allocation for "); });
            }
        } else {
            if (sl.flat_credit_bp > 0) {
                Builder::plain_cell(row, format_bp(sl.flat_credit_bp));
                row.append(" of the Monthly Charges");
            } else {
                b.cell_required(row, "", [&] { return item_pointer(list, i, k::ServiceLevel::flat_credit_bp); },
                                [&] { return for_label("Credit percentage for "); });
            }
        }

        if (!sl.definition.empty() || !sl.exclusions.empty()) {
            TableRows& def = definitions.rows;
            def.start_row();
            Builder::strong(def, ref);
            Builder::cell(def, label);
            Builder::cell(def, sl.definition);
            if (sl.exclusions.empty()) {
                Builder::plain_cell(def, "None");
            } else {
                text.clear();
                for (Exclusion e : sl.exclusions) {
                    const std::string_view name = enum_label(e);
                    if (name.empty()) continue;
                    if (!text.empty()) text += "; ";
                    text += name;
                }
                Builder::plain_cell(def, text);
            }
        }
    }
    b.tables["service_levels"] = std::move(levels);
    b.tables["sl_definitions"] = std::move(definitions);

    // The credit scheme in figures.
    const CreditScheme& cs = a.credits;
    Table scheme = make_table({"Credit scheme", "Terms"}, {2, 5}, 8);
    Builder::cell(item_row(scheme, "Method"), enum_label(cs.method));
    if (cs.at_risk_bp > 0) {
        std::string at_risk = format_bp(cs.at_risk_bp) + " of the Monthly Charges";
        const Money first = monthly_charges(a, 1);
        if (first.minor > 0)
            at_risk += " (" + format_money(percent_of(first, cs.at_risk_bp), b.currency()) + " on first-year Monthly Charges of " +
                       format_money(first, b.currency()) + ")";
        add_row(scheme, "At-Risk Amount and monthly cap", at_risk);
    }
    if (pool && cs.pool_bp > 0) {
        BasisPoints allocated = 0;
        for (const ServiceLevel& sl : a.service_levels)
            if (sl.criticality == Criticality::Critical) allocated += sl.allocation_bp;
        add_row(scheme, "Allocation pool", format_bp(cs.pool_bp) + " available, " + format_bp(allocated) + " allocated");
    }
    add_row(scheme, "Earn-back",
            cs.earn_back ? "Yes, after " + plural(cs.earn_back_months, "month", "months") + " in a row at or above the level"
                         : std::string("No"));
    if (cs.critical_failure_misses > 0)
        add_row(scheme, "Critical service failure",
                std::to_string(cs.critical_failure_misses) + " misses of one Critical Service Level within " +
                    plural(cs.critical_failure_window_months, "month", "months"));
    if (cs.claim_days > 0) add_row(scheme, "Claim period", plural(cs.claim_days, "day", "days") + " after the month end");
    b.tables["credit_scheme"] = std::move(scheme);

    // Objectives.
    const std::string olist = "/" + std::string(k::objectives);
    Table objectives = make_table({"Objective", "Service", "Measure", "Baseline", "Target", "Deadline", "Owner"},
                                  {3, 2, 2, 1, 2, 2, 2}, a.objectives.size(), a.objectives.size() * 192);
    for (std::size_t i = 0; i < a.objectives.size(); ++i) {
        const Objective& o = a.objectives[i];
        auto label = [&] { return o.title.empty() ? "objective " + std::to_string(i + 1) : o.title; };
        TableRows& row = objectives.rows;
        row.start_row();
        if (o.title.empty())
            b.cell_required(row, "", [&] { return item_pointer(olist, i, k::Objective::title); }, [] { return std::string("Objective title"); });
        else
            Builder::strong(row, o.title);
        if (!o.description.empty()) {
            row.add_run(RunKind::Text, ": ");
            row.append(o.description);
        }
        Builder::cell(row, service_label(b, o.service_id));
        b.cell_required(row, o.metric, [&] { return item_pointer(olist, i, k::Objective::metric); },
                        [&] { return "Measure for " + label(); });
        text.clear();
        if (o.baseline) append_measure(text, *o.baseline, o.unit);
        Builder::cell(row, text);
        text.clear();
        append_target(text, o.target, o.unit, o.direction);
        b.cell_required(row, text, [&] { return item_pointer(olist, i, k::Objective::target); },
                        [&] { return "Target for " + label(); });
        b.cell_required(row, format_date(o.deadline), [&] { return item_pointer(olist, i, k::Objective::deadline); },
                        [&] { return "Deadline for " + label(); });
        Builder::cell(row, o.owner);
    }
    b.tables["objectives"] = std::move(objectives);
}

void transition_tables(Builder& b) {
    const Transition& t = b.a.transition;
    const std::string base = "/" + std::string(k::transition);
    Table phases = make_table({"Phase", "Start", "End"}, {3, 2, 2}, t.phases.size());
    std::unordered_map<std::string, std::string> phase_names;
    const std::string phase_list = base + "/" + k::Transition::phases;
    for (std::size_t i = 0; i < t.phases.size(); ++i) {
        const TransitionPhase& p = t.phases[i];
        const std::string name = p.name.empty() ? std::string(enum_label(p.kind)) : p.name;
        phase_names[p.id] = name;
        phases.rows.start_row();
        Builder::strong(phases.rows, name);
        b.cell_required(phases.rows, format_date(p.start), [&] { return item_pointer(phase_list, i, k::TransitionPhase::start); },
                        [&] { return "Start of " + name; });
        b.cell_required(phases.rows, format_date(p.end), [&] { return item_pointer(phase_list, i, k::TransitionPhase::end); },
                        [&] { return "End of " + name; });
    }
    b.tables["phases"] = std::move(phases);

    Table milestones = make_table({"Milestone", "Phase", "Due", "Owner", "Acceptance criteria"}, {3, 2, 2, 1, 4}, t.milestones.size(), t.milestones.size() * 128);
    const std::string list = base + "/" + k::Transition::milestones;
    for (std::size_t i = 0; i < t.milestones.size(); ++i) {
        const Milestone& m = t.milestones[i];
        auto label = [&] { return m.name.empty() ? "milestone " + std::to_string(i + 1) : m.name; };
        const auto phase = phase_names.find(m.phase_id);
        TableRows& row = milestones.rows;
        row.start_row();
        if (m.name.empty())
            b.cell_required(row, "", [&] { return item_pointer(list, i, k::Milestone::name); }, [] { return std::string("Milestone name"); });
        else
            Builder::strong(row, m.name);
        Builder::cell(row, phase == phase_names.end() ? std::string_view() : std::string_view(phase->second));
        b.cell_required(row, format_date(m.due), [&] { return item_pointer(list, i, k::Milestone::due); },
                        [&] { return "Due date of " + label(); });
        Builder::cell(row, enum_label(m.owner));
        b.cell_required(row, m.acceptance_criteria, [&] { return item_pointer(list, i, k::Milestone::acceptance_criteria); },
                        [&] { return "Acceptance criteria for " + label(); });
    }
    b.tables["milestones"] = std::move(milestones);
}

// Small tables (one row per item of a short list) are written as ordinary runs.
Inline text_cell(std::string text) {
    Inline runs;
    runs.push_back(Run{RunKind::Text, std::move(text), {}});
    return runs;
}

Inline cell_inline(std::string_view text) { return text_cell(text.empty() ? std::string("Not stated") : std::string(text)); }

Inline strong_inline(std::string_view text) {
    Inline runs;
    runs.push_back(Run{RunKind::Strong, std::string(text), {}});
    return runs;
}

void add_row(Table& t, std::string_view item, const Inline& value) { t.rows.push_back({strong_inline(item), value}); }

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
        rates.rows.push_back({cell_inline(service_label(b, r.service_id)),
                              b.cell_required(r.description, item_pointer(list, i, k::RateLine::description), "Rate description"),
                              cell_inline(r.unit),
                              r.unit_price.minor > 0 ? text_cell(format_money(r.unit_price, cur))
                                                     : b.cell_required("", item_pointer(list, i, k::RateLine::unit_price),
                                                                       "Unit price for " + (r.description.empty() ? "rate " + std::to_string(i + 1) : r.description)),
                              cell_inline(format_number(r.quantity)), text_cell(format_money(amount, cur))});
    }
    const bool rate_model = p.model == PricingModel::PerFte || p.model == PricingModel::PerTransaction;
    if (p.rates.empty() && rate_model) {
        rates.rows.push_back({b.cell_required("", list, "Rates to be agreed"), Inline{}, Inline{}, Inline{}, Inline{}, Inline{}});
    } else if (!p.rates.empty()) {
        rates.rows.push_back({strong_inline("Total"), cell_inline("First-year Monthly Charges"), text_cell(""), text_cell(""),
                              text_cell(""), strong_inline(format_money(total, cur))});
    }
    b.tables["rates"] = std::move(rates);

    Table terms = make_table({"Term", "Agreed"}, {2, 5}, 5);
    add_row(terms, "Pricing model", cell_inline(enum_label(p.model)));
    add_row(terms, "Invoicing", text_cell(std::string(cadence_text(p.invoice_frequency)) + ", " + lower_copy(std::string(enum_label(p.invoice_timing)))));
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
        std::vector<Inline> total_row{strong_inline("Total"), text_cell(std::to_string(a.term.initial_term_months)),
                                      strong_inline(format_money(fees.tcv, cur))};
        if (outcome) total_row.push_back(strong_inline(format_money(fees.tcv_max, cur)));
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
    if (!g.committee_members.empty()) add_row(rel, "Committee members", cell_inline(g.committee_members));
    if (!g.shared_goals.empty()) add_row(rel, "Shared goals", cell_inline(g.shared_goals));
    if (!g.communication_norms.empty()) add_row(rel, "Communication norms", cell_inline(g.communication_norms));
    if (g.corrective_action_days > 0)
        add_row(rel, "Corrective action plans", text_cell("Within " + plural(g.corrective_action_days, "day", "days") + " of a miss"));
    b.tables["relationship"] = std::move(rel);

    Table meetings = make_table({"Meeting", "Frequency", "Participants", "Agenda"}, {2, 1, 3, 4}, g.meetings.size());
    for (const Meeting& m : g.meetings)
        meetings.rows.push_back({strong_inline(m.name.empty() ? std::string(enum_label(m.kind)) : m.name),
                                 cell_inline(cadence_text(m.cadence)), cell_inline(m.participants), cell_inline(m.agenda)});
    b.tables["meetings"] = std::move(meetings);

    Table reports = make_table({"Report", "Contents", "Frequency", "Prepared by", "Due"}, {2, 4, 1, 1, 2}, g.reports.size());
    for (const Report& r : g.reports)
        reports.rows.push_back({strong_inline(r.name.empty() ? std::string("Report") : r.name), cell_inline(r.contents),
                                cell_inline(cadence_text(r.frequency)), cell_inline(enum_label(r.prepared_by)),
                                cell_inline(r.due_days > 0 ? plural(r.due_days, "Business Day", "Business Days") : std::string())});
    b.tables["reports"] = std::move(reports);

    Table escalation = make_table({"Level", "Name", "Client contact", "Provider contact", "Response time"}, {1, 2, 3, 3, 2}, g.escalation.size());
    const std::string list = base + "/" + k::Governance::escalation;
    for (std::size_t i = 0; i < g.escalation.size(); ++i) {
        const EscalationLevel& e = g.escalation[i];
        const std::string label = "escalation level " + std::to_string(i + 1);
        escalation.rows.push_back({strong_inline(std::to_string(i + 1)), cell_inline(e.name),
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
