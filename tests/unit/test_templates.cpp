// Starter agreements per client profile and service mix.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/catalog.hpp"
#include "core/json_format.hpp"
#include "core/templates.hpp"

namespace {

const bpo::ClientProfile profiles[] = {bpo::ClientProfile::Startup, bpo::ClientProfile::Midsize,
                                       bpo::ClientProfile::Enterprise};
const bpo::Date effective{2025, 3, 1};

template <class Row>
void check_unique_ids(const std::vector<Row>& rows) {
    std::set<std::string> ids;
    for (const Row& r : rows) {
        CHECK_FALSE(r.id.empty());
        CHECK(ids.insert(r.id).second);
    }
}

}  // namespace

TEST_CASE("templates: the service mixes name catalog processes") {
    CHECK(bpo::service_mixes().size() >= 4);
    for (const char* id : {"customer-support", "finance-hr", "it-helpdesk", "multi-tower"})
        CHECK(bpo::find_service_mix(id) != nullptr);
    for (const bpo::ServiceMix& m : bpo::service_mixes()) {
        CAPTURE(m.id);
        CHECK_FALSE(m.name.empty());
        for (const std::string& p : m.process_ids) CHECK(bpo::find_process(p) != nullptr);
    }
    for (bpo::ClientProfile p : profiles) CHECK(bpo::find_service_mix(bpo::default_mix_id(p)) != nullptr);
}

TEST_CASE("templates: every starter is complete and consistent") {
    for (bpo::ClientProfile profile : profiles) {
        for (const bpo::ServiceMix& mix : bpo::service_mixes()) {
            CAPTURE(static_cast<int>(profile));
            CAPTURE(mix.id);
            const bpo::Agreement a = bpo::make_starter(profile, mix.id, effective);
            CHECK(a.profile == profile);
            CHECK_FALSE(a.title.empty());
            CHECK_FALSE(a.client.legal_name.empty());
            CHECK_FALSE(a.provider.legal_name.empty());
            REQUIRE(a.services.size() == mix.process_ids.size());
            check_unique_ids(a.services);
            check_unique_ids(a.service_levels);
            check_unique_ids(a.objectives);
            check_unique_ids(a.transition.phases);
            check_unique_ids(a.transition.milestones);
            check_unique_ids(a.pricing.rates);

            SUBCASE("every service has a service level and a rate") {
                for (const bpo::Service& s : a.services) {
                    int levels = 0, rates = 0;
                    for (const bpo::ServiceLevel& sl : a.service_levels) levels += sl.service_id == s.id;
                    for (const bpo::RateLine& r : a.pricing.rates) rates += r.service_id == s.id;
                    CHECK(levels >= 1);
                    CHECK(rates == 1);
                }
            }
            SUBCASE("credits: about 10-12 % at risk and allocations within the pool") {
                CHECK(a.credits.at_risk_bp >= 1000);
                CHECK(a.credits.at_risk_bp <= 1200);
                bpo::BasisPoints allocated = 0;
                for (const bpo::ServiceLevel& sl : a.service_levels) {
                    allocated += sl.allocation_bp;
                    if (sl.criticality == bpo::Criticality::Key) CHECK(sl.allocation_bp == 0);
                    CHECK(sl.expected.has_value());
                }
                if (a.credits.method == bpo::CreditMethod::AtRiskPool) CHECK(allocated <= a.credits.pool_bp);
            }
            SUBCASE("term fits the profile") {
                const int months = a.term.initial_term_months;
                if (profile == bpo::ClientProfile::Startup) CHECK((months >= 12 && months <= 24));
                else CHECK((months >= 36 && months <= 60));
                CHECK(a.term.effective_date == effective);
                CHECK(a.term.non_renewal_notice_days >= 90);
                CHECK(a.termination.convenience_notice_days <= months * 30);
            }
            SUBCASE("data protection defaults") {
                CHECK(a.security.breach_notice_hours > 0);
                CHECK(a.security.breach_notice_hours <= 72);
                bool gdpr = false;
                for (bpo::Framework f : a.security.frameworks) gdpr = gdpr || f == bpo::Framework::Gdpr;
                CHECK(gdpr);
                CHECK(a.security.encryption_at_rest);
                CHECK(a.security.encryption_in_transit);
            }
            SUBCASE("transition dates start at the effective date and milestones link to phases") {
                for (const bpo::TransitionPhase& p : a.transition.phases) {
                    CHECK_FALSE(p.start < effective);
                    CHECK_FALSE(p.end < p.start);
                }
                std::set<std::string> phase_ids;
                for (const bpo::TransitionPhase& p : a.transition.phases) phase_ids.insert(p.id);
                for (const bpo::Milestone& m : a.transition.milestones) CHECK(phase_ids.count(m.phase_id) == 1);
                for (const bpo::Objective& o : a.objectives) {
                    CHECK(o.deadline.is_set());
                    CHECK(o.target.has_value());
                    CHECK(o.baseline.has_value());
                }
            }
            SUBCASE("the starter is a valid document") {
                CHECK(bpo::import_agreement(bpo::export_agreement(a)).ok());
            }
        }
    }
}

TEST_CASE("templates: profiles differ where the domain says they do") {
    const bpo::Agreement startup = bpo::make_starter(bpo::ClientProfile::Startup, "customer-support", effective);
    const bpo::Agreement enterprise = bpo::make_starter(bpo::ClientProfile::Enterprise, "customer-support", effective);
    CHECK(startup.term.initial_term_months < enterprise.term.initial_term_months);
    CHECK(startup.credits.method == bpo::CreditMethod::FlatPerMiss);
    CHECK(enterprise.credits.method == bpo::CreditMethod::AtRiskPool);
    CHECK(enterprise.credits.earn_back);
    CHECK(enterprise.governance.escalation.size() > startup.governance.escalation.size());
}

TEST_CASE("templates: any list of processes, unknown mixes and unset dates") {
    SUBCASE("a list of processes with a custom one") {
        const bpo::Agreement a =
            bpo::make_starter_for_processes(bpo::ClientProfile::Midsize, {"payroll", "Mailroom"}, effective);
        REQUIRE(a.services.size() == 2);
        CHECK(a.services[0].catalog_id == "payroll");
        CHECK(a.services[1].catalog_id.empty());
        CHECK(a.services[1].name == "Mailroom");
        CHECK(bpo::import_agreement(bpo::export_agreement(a)).ok());
    }
    SUBCASE("an unknown mix gives no services") {
        CHECK(bpo::make_starter(bpo::ClientProfile::Midsize, "no-such-mix", effective).services.empty());
    }
    SUBCASE("without an effective date every date stays unset") {
        const bpo::Agreement a = bpo::make_starter(bpo::ClientProfile::Startup, "customer-support");
        CHECK_FALSE(a.term.effective_date.is_set());
        CHECK_FALSE(a.transition.go_live.is_set());
        for (const bpo::Milestone& m : a.transition.milestones) CHECK_FALSE(m.due.is_set());
    }
    SUBCASE("month arithmetic clamps to the month's length") {
        const bpo::Agreement a = bpo::make_starter(bpo::ClientProfile::Startup, "customer-support", bpo::Date{2024, 1, 31});
        for (const bpo::Objective& o : a.objectives) CHECK(o.deadline == bpo::Date{2025, 1, 31});
    }
    SUBCASE("the blank agreement is the model default") {
        CHECK(bpo::export_agreement(bpo::make_blank_agreement()) == bpo::export_agreement(bpo::Agreement{}));
    }
}
