// Service levels: the credit scheme, then the service levels per scoped service, added from the
// metric library (defaults suited to each service's process) or as custom metrics.
#include <string>

#include <imgui.h>

#include "core/catalog.hpp"
#include "core/json_keys.hpp"
#include "ui/measured_layout.hpp"
#include "ui/row_list.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

const ListLocator<ServiceLevel> levels = [](Agreement& a) { return &a.service_levels; };

// Which service's levels are listed: "" = all services. Presentation state only, like a
// scroll position: it is not part of the agreement.
std::string& service_filter() {
    static std::string id;
    return id;
}

void credit_scheme(ViewContext& ctx) {
    namespace k = keys::CreditScheme;
    const std::string base = std::string("/") + keys::credits;
    auto f = [](auto member) {
        return [member](Agreement& a) { return &(a.credits.*member); };
    };
    const CreditScheme& scheme = ctx.agreement().credits;
    if (!begin_form("##credits")) return;
    enum_field<CreditMethod>(ctx, "Credit method", ptr(base, k::method), f(&CreditScheme::method));
    const bool pool = scheme.method == CreditMethod::AtRiskPool;
    field_note(pool ? "Each critical service level gets a share (allocation) of the at-risk amount; a miss credits that share."
                    : "Each missed critical service level credits a flat percentage of the monthly charges.");
    percent_field(ctx, "At-risk amount", ptr(base, k::at_risk_bp), f(&CreditScheme::at_risk_bp));
    field_note("% of the monthly charges; also the cap on a month's credits.");
    if (pool) {
        percent_field(ctx, "Pool", ptr(base, k::pool_bp), f(&CreditScheme::pool_bp));
        field_note("Total the critical service levels' allocations may add up to (often 150-250 %).");
    }
    bool_field(ctx, "Earn-back", ptr(base, k::earn_back), f(&CreditScheme::earn_back));
    ImGui::BeginDisabled(!scheme.earn_back);
    int_field(ctx, "Earn-back after", ptr(base, k::earn_back_months), f(&CreditScheme::earn_back_months),
              "months met", 0, 24);
    ImGui::EndDisabled();
    int_field(ctx, "Critical failure", ptr(base, k::critical_failure_misses), f(&CreditScheme::critical_failure_misses),
              "misses", 0, 24);
    int_field(ctx, "... within", ptr(base, k::critical_failure_window_months),
              f(&CreditScheme::critical_failure_window_months), "months", 0, 24);
    field_note("That many misses of one critical service level within the window give the client a right to terminate.");
    int_field(ctx, "Claim credits within", ptr(base, k::claim_days), f(&CreditScheme::claim_days), "days", 0, 365);
    end_form();
}

void add_level(ViewContext& ctx, ServiceLevel level, const std::string& label) {
    ctx.session.history.seal();
    ctx.session.apply(append_row<ServiceLevel>(label, levels, std::move(level), ctx.agreement()), ctx.now_ms);
    ctx.session.history.seal();
}

// The metric library entries suited to one service, with their default targets, then custom.
void metric_picks(ViewContext& ctx, const Service& service) {
    ImGui::PushID(service.id.c_str());
    ImGui::TextUnformatted(service.name.empty() ? ("Service " + service.id).c_str() : service.name.c_str());
    const std::vector<const MetricDefinition*> metrics = metrics_for_process(service.catalog_id);
    if (!metrics.empty() && ImGui::BeginTable("##metrics", 2, ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("metric", ImGuiTableColumnFlags_WidthFixed, em(18));
        ImGui::TableSetupColumn("default", ImGuiTableColumnFlags_WidthFixed, em(7));
        for (const MetricDefinition* m : metrics) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(m->id.c_str());
            ImGui::Indent(em(0.6f));
            if (ImGui::Selectable(m->name.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
                add_level(ctx, make_service_level_from_metric(m->id, service.id), "Add " + m->name);
                ImGui::CloseCurrentPopup();
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", m->definition.c_str());
            ImGui::Unindent(em(0.6f));
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", format_measure(m->default_target, m->unit).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Indent(em(0.6f));
    if (ImGui::Selectable("Custom metric")) {
        ServiceLevel custom;
        custom.service_id = service.id;
        custom.name = "Custom metric";
        add_level(ctx, std::move(custom), "Add custom service level");
        ImGui::CloseCurrentPopup();
    }
    ImGui::Unindent(em(0.6f));
    ImGui::Spacing();
    ImGui::PopID();
}

void metric_picker(ViewContext& ctx) {
    if (ImGui::Button("Add service level")) ImGui::OpenPopup("##metric-library");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Pick a metric from the library for a scoped service, or add a custom one");
    ImGui::SetNextWindowSizeConstraints(ImVec2(em(20), 0), ImVec2(em(40), em(30)));
    if (!ImGui::BeginPopup("##metric-library")) return;
    const std::vector<Service>& services = ctx.agreement().services;
    bool any = false;
    if (service_filter().empty()) {
        // Every service: only those in view are drawn (there may be thousands).
        static MeasuredLayout layout;
        layout.begin(ctx.session.revision(), ctx.draft_id);
        layout.sequence(&services, services.size(), [&](std::size_t i) {
            if (i < ctx.agreement().services.size()) metric_picks(ctx, ctx.agreement().services[i]);
        });
        any = !services.empty();
    } else {
        for (const Service& s : services) {
            if (s.id != service_filter()) continue;
            metric_picks(ctx, s);
            any = true;
        }
    }
    if (!any) {
        ImGui::TextDisabled("No service in scope yet: add services under Scope of services first,");
        ImGui::TextDisabled("or add a service level not linked to a service.");
        if (ImGui::Selectable("Custom metric")) {
            ServiceLevel custom;
            custom.name = "Custom metric";
            add_level(ctx, std::move(custom), "Add custom service level");
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
}

std::string level_summary(ViewContext& ctx, const ServiceLevel& sl) {
    std::string out = sl.name.empty() ? "Service level " + sl.id : sl.name;
    const std::string target = format_measure(sl.expected, sl.unit);
    if (!target.empty()) out += ": " + target;
    if (sl.criticality == Criticality::Critical) out += " (critical)";
    if (service_filter().empty()) {
        // The service's name as given (a service without one adds nothing).
        const Choice* service = service_choices(ctx).find(sl.service_id);
        const std::vector<Service>& services = ctx.agreement().services;
        const std::size_t at = service ? static_cast<std::size_t>(service - service_choices(ctx).choices.data()) : 0;
        if (service && at < services.size() && !services[at].name.empty()) out += "  \xC2\xB7  " + services[at].name;
    }
    return out;
}

void level_fields(ViewContext& ctx, const ServiceLevel& sl, const std::string& p) {
    namespace k = keys::ServiceLevel;
    auto f = [&](auto member) { return row_field(levels, sl.id, member); };
    service_field(ctx, "Service", ptr(p, k::service_id), f(&ServiceLevel::service_id), "(not linked)");
    const MetricDefinition* metric = find_metric(sl.metric_id);
    figure_row("Metric library", metric ? metric->name : std::string("Custom metric"),
               "The library entry this service level started from");
    text_field(ctx, "Metric name", ptr(p, k::name), f(&ServiceLevel::name), "e.g. Average speed of answer");
    text_area(ctx, "Definition", ptr(p, k::definition), f(&ServiceLevel::definition), 3);
    enum_field<MetricUnit>(ctx, "Unit", ptr(p, k::unit), f(&ServiceLevel::unit));
    enum_field<Direction>(ctx, "Direction", ptr(p, k::direction), f(&ServiceLevel::direction));
    optional_double_field(ctx, "Expected level", ptr(p, k::expected), f(&ServiceLevel::expected), unit_suffix(sl.unit));
    optional_double_field(ctx, "Minimum level", ptr(p, k::minimum), f(&ServiceLevel::minimum), unit_suffix(sl.unit));
    field_note("Leave the minimum empty when credits apply as soon as the expected level is missed.");
    enum_field<Cadence>(ctx, "Measured", ptr(p, k::window), f(&ServiceLevel::window));
    enum_field<Cadence>(ctx, "Reported", ptr(p, k::reporting), f(&ServiceLevel::reporting));
    enum_field<Criticality>(ctx, "Criticality", ptr(p, k::criticality), f(&ServiceLevel::criticality));
    const bool critical = sl.criticality == Criticality::Critical;
    ImGui::BeginDisabled(!critical);
    if (ctx.agreement().credits.method == CreditMethod::AtRiskPool)
        percent_field(ctx, "Allocation", ptr(p, k::allocation_bp), f(&ServiceLevel::allocation_bp));
    else
        percent_field(ctx, "Flat credit", ptr(p, k::flat_credit_bp), f(&ServiceLevel::flat_credit_bp));
    ImGui::EndDisabled();
    if (!critical) field_note("Key measurements are reported but carry no credit.");
    enum_set_field<Exclusion>(ctx, "Exclusions", ptr(p, k::exclusions), f(&ServiceLevel::exclusions));
}

void filter_combo(ViewContext& ctx) {
    const ServiceChoices& services = service_choices(ctx);
    std::string& filter = service_filter();
    const Choice* chosen = filter.empty() ? nullptr : services.find(filter);
    if (!chosen) filter.clear();  // the service was removed
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Show");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(16));
    if (ImGui::BeginCombo("##service-filter", chosen ? chosen->label.c_str() : "All services")) {
        // "All services", then the services; only the options in view are drawn.
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(services.choices.size()) + 1, ImGui::GetTextLineHeightWithSpacing());
        if (ImGui::IsWindowAppearing() && chosen) {
            const int at = static_cast<int>(chosen - services.choices.data()) + 1;
            clipper.ForceDisplayRangeByIndices(at, at + 1);
        }
        while (clipper.Step()) {
            for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
                if (k == 0) {
                    if (ImGui::Selectable("All services", filter.empty())) filter.clear();
                    if (filter.empty()) ImGui::SetItemDefaultFocus();
                    continue;
                }
                const Choice& c = services.choices[static_cast<std::size_t>(k - 1)];
                ImGui::PushID(c.id.c_str());
                if (ImGui::Selectable(c.label.c_str(), c.id == filter)) filter = c.id;
                if (c.id == filter) ImGui::SetItemDefaultFocus();
                ImGui::PopID();
            }
        }
        ImGui::EndCombo();
    }
}

}  // namespace

void draw_service_levels(ViewContext& ctx) {
    heading("Service credits");
    credit_scheme(ctx);

    heading("Service levels");
    // A finding that points at a service level must not be hidden by the filter.
    const std::string list_pointer = std::string("/") + keys::service_levels;
    if (ctx.ui.focus_pointer.rfind(list_pointer + "/", 0) == 0) service_filter().clear();
    filter_combo(ctx);
    RowListSpec<ServiceLevel> spec{
        "Service levels", "service level", list_pointer, levels,
        [&ctx](const ServiceLevel& sl) { return level_summary(ctx, sl); }, level_fields,
    };
    spec.add_button = false;
    spec.visible = [](const ServiceLevel& sl) { return service_filter().empty() || sl.service_id == service_filter(); };
    spec.filter_key = service_filter();
    row_list(ctx, spec);
    metric_picker(ctx);
}

}  // namespace bpo::ui
