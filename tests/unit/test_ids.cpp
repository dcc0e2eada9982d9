// Stable row ids.
#include <doctest/doctest.h>

#include "core/ids.hpp"

TEST_CASE("row ids: the next id is one above the largest of its prefix") {
    CHECK(bpo::next_id("sl", {}) == "sl-1");
    CHECK(bpo::next_id("sl", {"sl-1", "sl-7", "sl-3"}) == "sl-8");
    SUBCASE("ids of another form or prefix are ignored") {
        CHECK(bpo::next_id("sl", {"svc-9", "sl-x", "custom", "sl-", "sla-4"}) == "sl-1");
    }
    SUBCASE("absurdly long numbers do not overflow") {
        CHECK(bpo::next_id("sl", {"sl-99999999999999999999999"}) == "sl-1");
    }
}

TEST_CASE("row ids: rows get ids without reusing a deleted row's") {
    std::vector<bpo::Service> services(3);
    bpo::assign_missing_row_ids(services);
    CHECK(services[0].id == "svc-1");
    CHECK(services[2].id == "svc-3");
    services.erase(services.begin() + 1);
    CHECK(bpo::next_row_id(services) == "svc-4");
    services.pop_back();
    CHECK(bpo::next_row_id(services) == "svc-2");  // only ids still in the list count
}

TEST_CASE("row ids: every list of an agreement has its own prefix") {
    bpo::Agreement a;
    a.service_levels.resize(2);
    a.transition.milestones.resize(1);
    a.liability.insurance.resize(1);
    a.service_levels[0].id = "sl-5";
    bpo::assign_missing_ids(a);
    CHECK(a.service_levels[1].id == "sl-6");
    CHECK(a.transition.milestones[0].id == "ms-1");
    CHECK(a.liability.insurance[0].id == "ins-1");
}
