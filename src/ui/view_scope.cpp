// Scope of services: the outsourced processes, added from the service catalog or as custom
// services, each with its scope notes, delivery locations, volumes, hours and languages.
#include <string>
#include <unordered_set>

#include <imgui.h>

#include "core/catalog.hpp"
#include "core/json_keys.hpp"
#include "ui/row_list.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

const ListLocator<Service> services = [](Agreement& a) { return &a.services; };

void add_service(ViewContext& ctx, Service service, const std::string& label) {
    ctx.session.history.seal();
    ctx.session.apply(append_row<Service>(label, services, std::move(service), ctx.agreement()), ctx.now_ms);
    ctx.session.history.seal();
}

// The catalog processes some service in scope started from, once per revision.
const std::unordered_set<std::string>& processes_in_scope(const ViewContext& ctx) {
    static PerRevision<std::unordered_set<std::string>> cache;
    return cache.get(ctx, [](const Agreement& a) {
        std::unordered_set<std::string> ids;
        for (const Service& s : a.services) ids.insert(s.catalog_id);
        return ids;
    });
}

// One office's categories and their processes as a column of picks.
void catalog_column(ViewContext& ctx, Office office) {
    const Catalog& cat = catalog();
    for (const CatalogCategory& category : cat.categories) {
        if (category.office != office) continue;
        ImGui::TextDisabled("%s", category.name.c_str());
        for (const std::string& process_id : category.process_ids) {
            const CatalogProcess* process = find_process(process_id);
            if (!process) continue;
            ImGui::PushID(process_id.c_str());
            const bool in_scope = processes_in_scope(ctx).count(process_id) > 0;
            ImGui::Indent(em(0.6f));
            if (ImGui::Selectable(process->name.c_str())) {
                add_service(ctx, make_service_from_catalog(process_id), "Add " + process->name);
                ImGui::CloseCurrentPopup();
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", process->description.c_str());
            if (in_scope) {
                ImGui::SameLine();
                ImGui::TextDisabled("(in scope)");
            }
            ImGui::Unindent(em(0.6f));
            ImGui::PopID();
        }
        ImGui::Spacing();
    }
}

// The Add button's picker: back office and front office side by side, then a custom service.
void catalog_picker(ViewContext& ctx) {
    if (ImGui::Button("Add service")) ImGui::OpenPopup("##catalog");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Pick a process from the catalog, or add a custom service");
    if (!ImGui::BeginPopup("##catalog")) return;
    if (!catalog().load_errors.empty()) ImGui::TextDisabled("The catalog could not be loaded.");
    if (ImGui::BeginTable("##offices", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("Back office", ImGuiTableColumnFlags_WidthFixed, em(15));
        ImGui::TableSetupColumn("Front office", ImGuiTableColumnFlags_WidthFixed, em(15));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("Back office");
        ImGui::Separator();
        catalog_column(ctx, Office::BackOffice);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("Front office");
        ImGui::Separator();
        catalog_column(ctx, Office::FrontOffice);
        ImGui::EndTable();
    }
    ImGui::Separator();
    if (ImGui::Selectable("Custom service")) {
        Service custom;
        custom.name = "Custom service";
        add_service(ctx, std::move(custom), "Add custom service");
        ImGui::CloseCurrentPopup();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A service that is not in the catalog: describe it yourself");
    ImGui::EndPopup();
}

std::string service_summary(const Service& s) {
    std::string out = s.name.empty() ? "Service " + s.id : s.name;
    const CatalogCategory* category = find_category(s.category);
    if (category) out += "  \xC2\xB7  " + category->name;
    else if (!s.category.empty()) out += "  \xC2\xB7  " + s.category;
    if (s.catalog_id.empty()) out += " (custom)";
    return out;
}

void service_fields(ViewContext& ctx, const Service& s, const std::string& p) {
    namespace k = keys::Service;
    auto f = [&](auto member) { return row_field(services, s.id, member); };
    if (const CatalogProcess* process = find_process(s.catalog_id)) {
        figure_row("Catalog process", process->name, "The catalog entry this service started from");
    } else {
        figure_row("Catalog process", "Custom service", "Not from the catalog: every field is yours to fill in");
    }
    text_field(ctx, "Name", ptr(p, k::name), f(&Service::name), "e.g. Accounts payable");
    text_field(ctx, "Category", ptr(p, k::category), f(&Service::category), "e.g. finance");
    enum_field<Office>(ctx, "Office", ptr(p, k::office), f(&Service::office));
    text_area(ctx, "Description", ptr(p, k::description), f(&Service::description), 3);
    text_area(ctx, "In scope", ptr(p, k::in_scope), f(&Service::in_scope), 4);
    text_area(ctx, "Out of scope", ptr(p, k::out_of_scope), f(&Service::out_of_scope), 3);
    enum_set_field<DeliveryLocation>(ctx, "Locations", ptr(p, k::locations), f(&Service::locations));
    text_field(ctx, "Location detail", ptr(p, k::location_detail), f(&Service::location_detail),
               "cities or countries, e.g. Manila, Krakow");
    double_field(ctx, "FTEs", ptr(p, k::ftes), f(&Service::ftes), "FTE");
    double_field(ctx, "Monthly volume", ptr(p, k::monthly_volume), f(&Service::monthly_volume), "a month");
    text_field(ctx, "Volume unit", ptr(p, k::volume_unit), f(&Service::volume_unit), "e.g. invoices, calls, tickets");
    text_field(ctx, "Coverage hours", ptr(p, k::coverage_hours), f(&Service::coverage_hours),
               "e.g. Mon-Fri 08:00-18:00 CET");
    string_list_field(ctx, "Languages", ptr(p, k::languages), f(&Service::languages), "e.g. English, Spanish");
}

}  // namespace

void draw_scope(ViewContext& ctx) {
    heading("Services in scope");
    ImGui::TextWrapped("The processes the provider takes over. Pick them from the catalog for sensible scope "
                       "notes, or add a custom service.");
    RowListSpec<Service> spec{
        "Services", "service", std::string("/") + keys::services, services, service_summary, service_fields,
    };
    spec.add_button = false;
    row_list(ctx, spec);
    catalog_picker(ctx);
}

}  // namespace bpo::ui
