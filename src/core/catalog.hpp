// The service catalog and the metric library: data from assets/catalog/*.json that the UI offers
// as picks and the templates start from. Users can always add custom services and metrics; the
// catalog only supplies good defaults.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"

namespace bpo {

struct CatalogProcess {
    std::string id;            // "accounts-payable": Service::catalog_id
    std::string category_id;   // "finance": Service::category
    std::string name;
    Office office = Office::BackOffice;
    std::string description;
    std::string default_in_scope;
    std::string default_out_of_scope;
    std::string volume_unit;   // "invoices"
};

struct CatalogCategory {
    std::string id;            // "finance"
    std::string name;          // "Financial accounting"
    Office office = Office::BackOffice;
    std::string description;
    std::vector<std::string> process_ids;  // in catalog order
};

struct MetricDefinition {
    std::string id;            // "first-contact-resolution": ServiceLevel::metric_id
    std::string name;
    std::string definition;    // how it is measured
    double default_target = 0;
    MetricUnit unit = MetricUnit::Percent;
    Direction direction = Direction::HigherIsBetter;
    Cadence window = Cadence::Monthly;
    Criticality default_criticality = Criticality::Key;
    std::vector<std::string> process_ids;  // the catalog processes it suits
};

struct Catalog {
    std::vector<CatalogCategory> categories;  // back office first, then front office
    std::vector<CatalogProcess> processes;    // in category order
    std::vector<MetricDefinition> metrics;
    std::vector<std::string> load_errors;     // empty unless the embedded assets are broken
};

const Catalog& catalog();  // parsed once from the embedded assets

const CatalogCategory* find_category(std::string_view category_id);  // nullptr when unknown
const CatalogProcess* find_process(std::string_view process_id);     // nullptr when unknown
const MetricDefinition* find_metric(std::string_view metric_id);     // nullptr when unknown
std::vector<const MetricDefinition*> metrics_for_process(std::string_view process_id);

// A scoped service pre-filled from the catalog (name, category, office, description, default
// in/out of scope, volume unit), with id "" for the caller to assign (next_row_id). An unknown
// process id gives a custom service named after it.
Service make_service_from_catalog(std::string_view process_id);

// A service level from the metric library measuring service_id (name, definition, target as
// expected, unit, direction, window, monthly reporting, default criticality, exclusions of
// scheduled maintenance and force majeure), id "" for the caller. An unknown metric gives a
// custom metric named after it.
ServiceLevel make_service_level_from_metric(std::string_view metric_id, std::string_view service_id);

// The catalog asset format is read by catalog.cpp alone; these check it in tests.
Catalog parse_catalog(std::string_view services_json, std::string_view metrics_json);

}  // namespace bpo
