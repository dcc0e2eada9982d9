// The agreements the bench measures: the enterprise multi-tower starter (templates.hpp) with its
// services and service levels replicated to `rows` of each, fresh row ids, links kept inside each
// replicated block. The native bench and the wasm bench compile this same function, and the JSON
// the JavaScript peers render is this agreement's canonical export: every tool sees the same data.
#pragma once

#include <string>
#include <unordered_map>

#include "core/agreement.hpp"
#include "core/templates.hpp"

namespace bpo::bench {

inline Agreement make_bench_agreement(int rows) {
    Agreement a = make_starter(ClientProfile::Enterprise, "multi-tower", Date{2027, 1, 1});
    a.title = "Multi-tower business process outsourcing agreement (" + std::to_string(rows) + " rows)";
    a.client.legal_name = "Northwind Holdings plc";
    a.client.jurisdiction = "England and Wales";
    a.client.address = "1 Example Street, London EC1A 1AA";
    a.client.signatory_name = "Alex Morgan";
    a.client.signatory_title = "Chief Operating Officer";
    a.provider.legal_name = "Contoso Business Services Ltd";
    a.provider.jurisdiction = "England and Wales";
    a.provider.address = "2 Sample Road, Leeds LS1 1AA";
    a.provider.signatory_name = "Sam Patel";
    a.provider.signatory_title = "Managing Director";

    const std::vector<Service> services = a.services;
    const std::vector<ServiceLevel> levels = a.service_levels;
    if (services.empty() || levels.empty() || rows <= 0) return a;
    std::unordered_map<std::string, std::size_t> service_index;
    for (std::size_t i = 0; i < services.size(); ++i) service_index[services[i].id] = i;

    const std::size_t n = static_cast<std::size_t>(rows);
    a.services.clear();
    a.services.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Service s = services[i % services.size()];
        const std::size_t block = i / services.size();
        s.id = "svc-" + std::to_string(i + 1);
        if (block > 0) s.name += " " + std::to_string(block + 1);
        a.services.push_back(std::move(s));
    }
    a.service_levels.clear();
    a.service_levels.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        ServiceLevel l = levels[i % levels.size()];
        const std::size_t block = i / levels.size();
        const auto it = service_index.find(l.service_id);
        const std::size_t k = it == service_index.end() ? 0 : it->second;
        l.id = "sl-" + std::to_string(i + 1);
        l.service_id = "svc-" + std::to_string((block * services.size() + k) % n + 1);
        if (block > 0) l.name += " " + std::to_string(block + 1);
        a.service_levels.push_back(std::move(l));
    }
    return a;
}

}  // namespace bpo::bench
