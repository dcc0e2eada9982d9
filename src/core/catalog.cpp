#include "core/catalog.hpp"

#include <nlohmann/json.hpp>

#include "core/assets.hpp"
#include "core/enums.hpp"

namespace bpo {

namespace {

using json = nlohmann::json;

// Keys of the catalog asset files (assets/catalog/*.json); not part of the agreement format.
namespace file {
constexpr const char* categories = "categories";
constexpr const char* processes = "processes";
constexpr const char* metrics = "metrics";
constexpr const char* id = "id";
constexpr const char* name = "name";
constexpr const char* office = "office";
constexpr const char* description = "description";
constexpr const char* in_scope = "inScope";
constexpr const char* out_of_scope = "outOfScope";
constexpr const char* volume_unit = "volumeUnit";
constexpr const char* definition = "definition";
constexpr const char* target = "target";
constexpr const char* unit = "unit";
constexpr const char* direction = "direction";
constexpr const char* window = "window";
constexpr const char* criticality = "criticality";
}  // namespace file

// Small readers that note what is wrong instead of throwing: the assets are ours, but a typo in
// one must show up as a failing test, not a crash at start-up.
struct AssetReader {
    std::vector<std::string>& errors;

    std::string text(const json& obj, const char* key, const std::string& where) {
        const auto it = obj.find(key);
        if (it == obj.end() || !it->is_string()) {
            errors.push_back(where + ": missing text '" + key + "'");
            return {};
        }
        return it->get<std::string>();
    }
    double number(const json& obj, const char* key, const std::string& where) {
        const auto it = obj.find(key);
        if (it == obj.end() || !it->is_number()) {
            errors.push_back(where + ": missing number '" + key + "'");
            return 0;
        }
        return it->get<double>();
    }
    template <class E>
    E enumeration(const json& obj, const char* key, const std::string& where, E fallback) {
        const std::string id = text(obj, key, where);
        if (const auto value = enum_from_id<E>(id)) return *value;
        errors.push_back(where + ": unknown " + enum_table<E>().name + " '" + id + "'");
        return fallback;
    }
    const json& array(const json& obj, const char* key, const std::string& where) {
        static const json empty = json::array();
        const auto it = obj.find(key);
        if (it == obj.end() || !it->is_array()) {
            errors.push_back(where + ": missing list '" + key + "'");
            return empty;
        }
        return *it;
    }
};

}  // namespace

Catalog parse_catalog(std::string_view services_json, std::string_view metrics_json) {
    Catalog c;
    AssetReader read{c.load_errors};
    const json services = json::parse(services_json.begin(), services_json.end(), nullptr, false);
    const json metrics = json::parse(metrics_json.begin(), metrics_json.end(), nullptr, false);
    if (!services.is_object()) c.load_errors.push_back("services: not a JSON object");
    if (!metrics.is_object()) c.load_errors.push_back("metrics: not a JSON object");
    if (!c.load_errors.empty()) return c;

    for (const json& cat : read.array(services, file::categories, "services")) {
        CatalogCategory category;
        category.id = read.text(cat, file::id, "category");
        const std::string where = "category " + category.id;
        category.name = read.text(cat, file::name, where);
        category.office = read.enumeration(cat, file::office, where, Office::BackOffice);
        category.description = read.text(cat, file::description, where);
        for (const json& proc : read.array(cat, file::processes, where)) {
            CatalogProcess p;
            p.id = read.text(proc, file::id, where);
            const std::string pwhere = "process " + p.id;
            p.category_id = category.id;
            p.office = category.office;
            p.name = read.text(proc, file::name, pwhere);
            p.description = read.text(proc, file::description, pwhere);
            p.default_in_scope = read.text(proc, file::in_scope, pwhere);
            p.default_out_of_scope = read.text(proc, file::out_of_scope, pwhere);
            p.volume_unit = read.text(proc, file::volume_unit, pwhere);
            category.process_ids.push_back(p.id);
            c.processes.push_back(std::move(p));
        }
        c.categories.push_back(std::move(category));
    }
    for (const json& met : read.array(metrics, file::metrics, "metrics")) {
        MetricDefinition m;
        m.id = read.text(met, file::id, "metric");
        const std::string where = "metric " + m.id;
        m.name = read.text(met, file::name, where);
        m.definition = read.text(met, file::definition, where);
        m.default_target = read.number(met, file::target, where);
        m.unit = read.enumeration(met, file::unit, where, MetricUnit::Percent);
        m.direction = read.enumeration(met, file::direction, where, Direction::HigherIsBetter);
        m.window = read.enumeration(met, file::window, where, Cadence::Monthly);
        m.default_criticality = read.enumeration(met, file::criticality, where, Criticality::Key);
        for (const json& p : read.array(met, file::processes, where))
            if (p.is_string()) m.process_ids.push_back(p.get<std::string>());
        c.metrics.push_back(std::move(m));
    }
    return c;
}

const Catalog& catalog() {
    static const Catalog loaded = parse_catalog(asset_text("catalog/services.json"), asset_text("catalog/metrics.json"));
    return loaded;
}

const CatalogCategory* find_category(std::string_view category_id) {
    for (const CatalogCategory& c : catalog().categories)
        if (c.id == category_id) return &c;
    return nullptr;
}

const CatalogProcess* find_process(std::string_view process_id) {
    for (const CatalogProcess& p : catalog().processes)
        if (p.id == process_id) return &p;
    return nullptr;
}

const MetricDefinition* find_metric(std::string_view metric_id) {
    for (const MetricDefinition& m : catalog().metrics)
        if (m.id == metric_id) return &m;
    return nullptr;
}

std::vector<const MetricDefinition*> metrics_for_process(std::string_view process_id) {
    std::vector<const MetricDefinition*> found;
    for (const MetricDefinition& m : catalog().metrics)
        for (const std::string& p : m.process_ids)
            if (p == process_id) {
                found.push_back(&m);
                break;
            }
    return found;
}

Service make_service_from_catalog(std::string_view process_id) {
    Service s;
    const CatalogProcess* p = find_process(process_id);
    if (!p) {
        s.name = std::string(process_id);
        return s;
    }
    s.catalog_id = p->id;
    s.name = p->name;
    s.category = p->category_id;
    s.office = p->office;
    s.description = p->description;
    s.in_scope = p->default_in_scope;
    s.out_of_scope = p->default_out_of_scope;
    s.volume_unit = p->volume_unit;
    return s;
}

ServiceLevel make_service_level_from_metric(std::string_view metric_id, std::string_view service_id) {
    ServiceLevel sl;
    sl.service_id = std::string(service_id);
    sl.reporting = Cadence::Monthly;
    sl.exclusions = {Exclusion::ScheduledMaintenance, Exclusion::ForceMajeure};
    const MetricDefinition* m = find_metric(metric_id);
    if (!m) {
        sl.name = std::string(metric_id);
        return sl;
    }
    sl.metric_id = m->id;
    sl.name = m->name;
    sl.definition = m->definition;
    sl.expected = m->default_target;
    sl.unit = m->unit;
    sl.direction = m->direction;
    sl.window = m->window;
    sl.criticality = m->default_criticality;
    return sl;
}

}  // namespace bpo
