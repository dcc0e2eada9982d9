// The service catalog and metric library, parsed from the embedded assets.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/catalog.hpp"

TEST_CASE("catalog: the embedded assets parse without errors") {
    const bpo::Catalog& c = bpo::catalog();
    CHECK(c.load_errors.empty());
    CHECK(c.categories.size() == 6);
    CHECK(c.processes.size() == 17);
    CHECK(c.metrics.size() >= 20);
}

TEST_CASE("catalog: the back and front office processes of the domain brief") {
    const std::pair<const char*, std::vector<const char*>> expected[] = {
        {"finance", {"accounts-payable", "accounts-receivable", "general-ledger"}},
        {"hr", {"recruitment", "payroll", "benefits-administration"}},
        {"it", {"network-management", "helpdesk-support", "infrastructure-management"}},
        {"supply-chain", {"procurement", "logistics", "inventory-management"}},
        {"analytics", {"reporting", "insights"}},
        {"customer", {"customer-support", "customer-acquisition", "customer-retention"}},
    };
    for (const auto& [category_id, process_ids] : expected) {
        CAPTURE(category_id);
        const bpo::CatalogCategory* category = bpo::find_category(category_id);
        REQUIRE(category != nullptr);
        CHECK(category->office == (std::string(category_id) == "customer" ? bpo::Office::FrontOffice : bpo::Office::BackOffice));
        REQUIRE(category->process_ids.size() == process_ids.size());
        for (std::size_t i = 0; i < process_ids.size(); ++i) CHECK(category->process_ids[i] == process_ids[i]);
    }
}

TEST_CASE("catalog: every process is described, with default scope text and metrics that suit it") {
    std::set<std::string> ids;
    for (const bpo::CatalogProcess& p : bpo::catalog().processes) {
        CAPTURE(p.id);
        CHECK(ids.insert(p.id).second);
        CHECK_FALSE(p.name.empty());
        CHECK_FALSE(p.description.empty());
        CHECK_FALSE(p.default_in_scope.empty());
        CHECK_FALSE(p.default_out_of_scope.empty());
        CHECK_FALSE(p.volume_unit.empty());
        CHECK(bpo::find_process(p.id) == &p);
        CHECK_FALSE(bpo::metrics_for_process(p.id).empty());
    }
    CHECK(bpo::find_process("astrology") == nullptr);
}

TEST_CASE("catalog: every metric has a definition, a sensible default and known processes") {
    std::set<std::string> ids;
    for (const bpo::MetricDefinition& m : bpo::catalog().metrics) {
        CAPTURE(m.id);
        CHECK(ids.insert(m.id).second);
        CHECK_FALSE(m.name.empty());
        CHECK_FALSE(m.definition.empty());
        CHECK(m.default_target > 0);
        if (m.unit == bpo::MetricUnit::Percent) CHECK(m.default_target <= 100);
        CHECK_FALSE(m.process_ids.empty());
        for (const std::string& p : m.process_ids) CHECK(bpo::find_process(p) != nullptr);
    }
}

TEST_CASE("catalog: typical figures from the domain brief") {
    SUBCASE("contact centre: 80 % in 20 seconds, abandonment under 5 %") {
        const bpo::MetricDefinition* answered = bpo::find_metric("calls-answered-in-20s");
        REQUIRE(answered != nullptr);
        CHECK(answered->default_target == 80);
        CHECK(answered->direction == bpo::Direction::HigherIsBetter);
        const bpo::MetricDefinition* abandoned = bpo::find_metric("abandonment-rate");
        REQUIRE(abandoned != nullptr);
        CHECK(abandoned->default_target == 5);
        CHECK(abandoned->direction == bpo::Direction::LowerIsBetter);
    }
    SUBCASE("IT availability 99.9 % a month, payroll on time 99.9 %") {
        CHECK(bpo::find_metric("system-availability")->default_target == doctest::Approx(99.9));
        CHECK(bpo::find_metric("system-availability")->window == bpo::Cadence::Monthly);
        CHECK(bpo::find_metric("payroll-on-time")->default_target == doctest::Approx(99.9));
    }
    SUBCASE("invoice processing within 5 days") {
        const bpo::MetricDefinition* cycle = bpo::find_metric("invoice-processing-cycle-time");
        REQUIRE(cycle != nullptr);
        CHECK(cycle->unit == bpo::MetricUnit::Days);
        CHECK(cycle->default_target == 5);
    }
}

TEST_CASE("catalog: services and service levels made from the catalog") {
    SUBCASE("a catalog service carries its defaults") {
        const bpo::Service s = bpo::make_service_from_catalog("payroll");
        CHECK(s.catalog_id == "payroll");
        CHECK(s.name == "Payroll");
        CHECK(s.category == "hr");
        CHECK(s.office == bpo::Office::BackOffice);
        CHECK_FALSE(s.in_scope.empty());
        CHECK(s.id.empty());
    }
    SUBCASE("an unknown process gives a custom service") {
        const bpo::Service s = bpo::make_service_from_catalog("Mailroom");
        CHECK(s.catalog_id.empty());
        CHECK(s.name == "Mailroom");
    }
    SUBCASE("a metric becomes a service level of the given service") {
        const bpo::ServiceLevel sl = bpo::make_service_level_from_metric("first-contact-resolution", "svc-2");
        CHECK(sl.service_id == "svc-2");
        CHECK(sl.metric_id == "first-contact-resolution");
        CHECK(sl.expected == 75);
        CHECK(sl.unit == bpo::MetricUnit::Percent);
        CHECK(sl.criticality == bpo::Criticality::Critical);
        CHECK(sl.exclusions.size() == 2);
    }
    SUBCASE("an unknown metric gives a custom one without a target") {
        const bpo::ServiceLevel sl = bpo::make_service_level_from_metric("Happiness", "svc-1");
        CHECK(sl.metric_id.empty());
        CHECK(sl.name == "Happiness");
        CHECK_FALSE(sl.expected.has_value());
    }
}

TEST_CASE("catalog: broken catalog files are reported, not thrown") {
    const bpo::Catalog broken = bpo::parse_catalog("{ not json", "{}");
    CHECK_FALSE(broken.load_errors.empty());
    const bpo::Catalog wrong = bpo::parse_catalog(R"({"categories": [{"id": "x", "office": "sideways"}]})",
                                                  R"({"metrics": [{"id": "m", "unit": "furlongs"}]})");
    CHECK(wrong.load_errors.size() >= 4);
}
