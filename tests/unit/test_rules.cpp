// The rules engine: every rule has a case that triggers it, and the complete sample agreement
// triggers none. Findings carry the right section, a pointer into the agreement's JSON and wording.
#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "core/finding_text.hpp"
#include "core/json_format.hpp"
#include "core/rules.hpp"
#include "sample_agreement.hpp"

using namespace bpo;
using bpo::rules_test::complete_agreement;

namespace {

using Mutation = std::function<void(Agreement&)>;

// One change to the sample agreement that triggers each rule.
const std::map<std::string, Mutation>& triggers() {
    static const std::map<std::string, Mutation> t = {
        {"overview.missing-title", [](Agreement& a) { a.title = "  "; }},

        {"parties.missing-legal-name", [](Agreement& a) { a.provider.legal_name.clear(); }},
        {"parties.same-legal-name", [](Agreement& a) { a.provider.legal_name = "northwind traders LTD"; }},
        {"parties.missing-entity-type", [](Agreement& a) { a.client.entity_type.clear(); }},
        {"parties.missing-jurisdiction", [](Agreement& a) { a.client.jurisdiction.clear(); }},
        {"parties.missing-address", [](Agreement& a) { a.provider.address.clear(); }},
        {"parties.missing-signatory", [](Agreement& a) { a.client.signatory_title.clear(); }},
        {"parties.missing-notice-contact", [](Agreement& a) { a.client.notice_contact.clear(); a.client.notice_email.clear(); }},
        {"parties.invalid-notice-email", [](Agreement& a) { a.client.notice_email = "legal at northwind"; }},
        {"parties.no-client-responsibilities", [](Agreement& a) { a.responsibilities.erase(a.responsibilities.begin()); }},
        {"parties.no-provider-responsibilities", [](Agreement& a) { a.responsibilities.pop_back(); }},
        {"parties.responsibility-missing-description", [](Agreement& a) { a.responsibilities[0].description.clear(); }},
        {"parties.responsibility-unknown-service", [](Agreement& a) { a.responsibilities[1].service_id = "svc-gone"; }},

        {"scope.no-services", [](Agreement& a) { a.services.clear(); }},
        {"scope.duplicate-service-id", [](Agreement& a) { a.services.push_back(a.services[0]); }},
        {"scope.service-missing-name", [](Agreement& a) { a.services[1].name.clear(); }},
        {"scope.service-missing-in-scope", [](Agreement& a) { a.services[0].in_scope.clear(); }},
        {"scope.service-missing-out-of-scope", [](Agreement& a) { a.services[0].out_of_scope.clear(); }},
        {"scope.service-no-location", [](Agreement& a) { a.services[0].locations.clear(); }},
        {"scope.service-no-volume", [](Agreement& a) { a.services[1].ftes = 0; }},
        {"scope.service-missing-coverage-hours", [](Agreement& a) { a.services[1].coverage_hours.clear(); }},
        {"scope.service-without-service-level", [](Agreement& a) { a.service_levels[1].service_id = "svc-cs"; }},

        {"term.missing-effective-date", [](Agreement& a) { a.term.effective_date = Date{}; }},
        {"term.missing-initial-term", [](Agreement& a) { a.term.initial_term_months = 0; }},
        {"term.unusual-initial-term", [](Agreement& a) { a.term.initial_term_months = 12; }},
        {"term.missing-renewal-period", [](Agreement& a) { a.term.renewal_period_months = 0; }},
        {"term.missing-non-renewal-notice", [](Agreement& a) { a.term.renewal = Renewal::Automatic; a.term.non_renewal_notice_days = 0; }},
        {"term.renewal-notice-too-long", [](Agreement& a) { a.term.renewal_period_months = 3; a.term.non_renewal_notice_days = 120; }},

        {"sla.none", [](Agreement& a) { a.service_levels.clear(); }},
        {"sla.duplicate-id", [](Agreement& a) { a.service_levels[2].id = "sl-asa"; }},
        {"sla.missing-name", [](Agreement& a) { a.service_levels[0].name.clear(); }},
        {"sla.missing-definition", [](Agreement& a) { a.service_levels[0].definition.clear(); }},
        {"sla.missing-target", [](Agreement& a) { a.service_levels[2].expected.reset(); }},
        {"sla.missing-unit", [](Agreement& a) { a.service_levels[0].unit = MetricUnit::Unspecified; }},
        {"sla.missing-window", [](Agreement& a) { a.service_levels[0].window = Cadence::Unspecified; }},
        {"sla.no-service", [](Agreement& a) { a.service_levels.push_back(a.service_levels[2]); a.service_levels.back().id = "x"; a.service_levels.back().service_id.clear(); }},
        {"sla.unknown-service", [](Agreement& a) { a.service_levels.push_back(a.service_levels[2]); a.service_levels.back().id = "x"; a.service_levels.back().service_id = "svc-hr"; }},
        {"sla.minimum-better-than-expected", [](Agreement& a) { a.service_levels[1].minimum = 4; }},  // lower is better
        {"sla.percent-out-of-range", [](Agreement& a) { a.service_levels[0].expected = 101; }},
        {"credits.no-cap", [](Agreement& a) { a.credits.at_risk_bp = 0; }},
        {"credits.at-risk-above-charges", [](Agreement& a) { a.credits.at_risk_bp = 12000; }},
        {"credits.at-risk-high", [](Agreement& a) { a.credits.at_risk_bp = 2000; }},
        {"credits.allocations-exceed-pool", [](Agreement& a) { a.service_levels[0].allocation_bp = 6000; }},
        {"credits.allocation-above-at-risk", [](Agreement& a) { a.service_levels[0].allocation_bp = 15000; a.credits.pool_bp = 25000; }},
        {"credits.flat-credits-exceed-cap", [](Agreement& a) {
             a.credits.method = CreditMethod::FlatPerMiss;
             a.service_levels[0].flat_credit_bp = 1000;
             a.service_levels[1].flat_credit_bp = 500;
         }},
        {"credits.critical-without-allocation", [](Agreement& a) { a.service_levels[1].allocation_bp = 0; }},
        {"credits.key-with-credit", [](Agreement& a) { a.service_levels[2].allocation_bp = 1000; a.credits.pool_bp = 20000; }},
        {"credits.no-critical-service-level", [](Agreement& a) {
             for (ServiceLevel& sl : a.service_levels) { sl.criticality = Criticality::Key; sl.allocation_bp = 0; }
         }},
        {"credits.earn-back-without-months", [](Agreement& a) { a.credits.earn_back_months = 0; }},
        {"credits.critical-failure-incomplete", [](Agreement& a) { a.credits.critical_failure_window_months = 2; }},
        {"credits.no-critical-failure-threshold", [](Agreement& a) {
             a.credits.critical_failure_misses = 0;
             a.credits.critical_failure_window_months = 0;
         }},
        {"credits.missing-claim-days", [](Agreement& a) { a.credits.claim_days = 0; }},

        {"objective.none", [](Agreement& a) { a.objectives.clear(); }},
        {"objective.not-specific", [](Agreement& a) { a.objectives[0].description.clear(); a.objectives[0].title = "Faster invoices"; }},
        {"objective.not-measurable", [](Agreement& a) { a.objectives[0].target.reset(); }},
        {"objective.not-achievable", [](Agreement& a) { a.objectives[0].target = 2; }},
        {"objective.not-relevant", [](Agreement& a) { a.objectives[0].service_id = "svc-payroll"; }},
        {"objective.not-time-bound", [](Agreement& a) { a.objectives[0].deadline = Date{}; }},
        {"objective.missing-owner", [](Agreement& a) { a.objectives[0].owner.clear(); }},

        {"governance.no-reports", [](Agreement& a) { a.governance.reports.clear(); }},
        {"governance.report-missing-frequency", [](Agreement& a) { a.governance.reports[0].frequency = Cadence::Unspecified; }},
        {"governance.no-meetings", [](Agreement& a) { a.governance.meetings.clear(); }},
        {"governance.meeting-missing-cadence", [](Agreement& a) { a.governance.meetings[0].cadence = Cadence::Unspecified; }},
        {"governance.no-performance-review", [](Agreement& a) { a.governance.meetings.pop_back(); }},
        {"governance.no-escalation", [](Agreement& a) { a.governance.escalation.clear(); }},
        {"governance.escalation-missing-contact", [](Agreement& a) { a.governance.escalation[1].provider_contact.clear(); }},
        {"governance.escalation-missing-response-time", [](Agreement& a) { a.governance.escalation[0].response_hours = 0; }},
        {"governance.escalation-out-of-order", [](Agreement& a) { a.governance.escalation[2].response_hours = 48; }},
        {"governance.missing-relationship-manager", [](Agreement& a) { a.governance.provider_relationship_manager.clear(); }},
        {"governance.missing-committee", [](Agreement& a) { a.governance.committee_name.clear(); a.governance.committee_members.clear(); }},
        {"governance.no-corrective-action", [](Agreement& a) { a.governance.corrective_action_days = 0; a.governance.corrective_action_process.clear(); }},

        {"transition.missing-go-live", [](Agreement& a) { a.transition.go_live = Date{}; }},
        {"transition.go-live-before-effective-date", [](Agreement& a) {
             a.transition.go_live = Date{2026, 12, 1};
             for (Milestone& m : a.transition.milestones) m.phase_id = "ph-stab";
         }},
        {"transition.go-live-after-term", [](Agreement& a) { a.transition.go_live = Date{2030, 1, 1}; }},
        {"transition.phase-ends-before-start", [](Agreement& a) { a.transition.phases[1].end = Date{2027, 1, 15}; }},
        {"transition.no-milestones", [](Agreement& a) { a.transition.milestones.clear(); }},
        {"transition.milestone-missing-date", [](Agreement& a) { a.transition.milestones[0].due = Date{}; }},
        {"transition.milestone-before-effective-date", [](Agreement& a) { a.transition.milestones[0].due = Date{2026, 12, 15}; }},
        {"transition.milestone-after-go-live", [](Agreement& a) { a.transition.milestones[1].due = Date{2027, 4, 15}; }},
        {"transition.milestone-missing-acceptance", [](Agreement& a) { a.transition.milestones[2].acceptance_criteria.clear(); }},
        {"transition.milestone-unknown-phase", [](Agreement& a) { a.transition.milestones[0].phase_id = "ph-none"; }},
        {"transition.no-contingency-plan", [](Agreement& a) { a.transition.contingency_plan.clear(); }},
        {"transition.missing-communication-plan", [](Agreement& a) { a.transition.communication_plan.clear(); }},
        {"transition.missing-training-plan", [](Agreement& a) { a.transition.training_plan.clear(); }},

        {"pricing.invalid-currency", [](Agreement& a) { a.pricing.currency = "euro"; }},
        {"pricing.no-rates", [](Agreement& a) { a.pricing.rates.clear(); }},
        {"pricing.rate-missing-price", [](Agreement& a) { a.pricing.rates[0].unit_price = Money{0}; }},
        {"pricing.rate-missing-quantity", [](Agreement& a) { a.pricing.rates[1].quantity = 0; }},
        {"pricing.rate-unknown-service", [](Agreement& a) { a.pricing.rates[1].service_id = "svc-x"; }},
        {"pricing.missing-fixed-fee", [](Agreement& a) { a.pricing.model = PricingModel::FixedMonthly; }},
        {"pricing.missing-outcome-base", [](Agreement& a) { a.pricing.model = PricingModel::OutcomeBased; a.pricing.outcome_bonus_max = Money{100}; }},
        {"pricing.outcome-bonus-without-objectives", [](Agreement& a) {
             a.pricing.model = PricingModel::OutcomeBased;
             a.pricing.outcome_base_fee = Money{10000000};
             a.pricing.outcome_bonus_max = Money{1000000};
             a.objectives.clear();
         }},
        {"pricing.missing-payment-days", [](Agreement& a) { a.pricing.payment_days = 0; }},
        {"pricing.payment-days-long", [](Agreement& a) { a.pricing.payment_days = 120; }},
        {"pricing.adjustment-missing-rate", [](Agreement& a) { a.pricing.adjustment_bp = 0; }},
        {"pricing.index-missing-name", [](Agreement& a) { a.pricing.adjustment = Adjustment::Index; }},
        {"pricing.no-adjustment-multi-year", [](Agreement& a) { a.pricing.adjustment = Adjustment::None; }},
        {"pricing.missing-business-case", [](Agreement& a) { a.business_case.inhouse_monthly_cost = Money{}; }},
        {"pricing.negative-savings", [](Agreement& a) { a.business_case.inhouse_monthly_cost = Money{10000000}; }},

        {"security.no-encryption-at-rest", [](Agreement& a) { a.security.encryption_at_rest = false; }},
        {"security.no-encryption-in-transit", [](Agreement& a) { a.security.encryption_in_transit = false; }},
        {"security.no-mfa", [](Agreement& a) { a.security.multi_factor_auth = false; }},
        {"security.missing-access-control", [](Agreement& a) { a.security.access_control.clear(); }},
        {"security.no-framework", [](Agreement& a) { a.security.frameworks.clear(); }},
        {"security.hipaa-without-baa", [](Agreement& a) { a.security.frameworks.push_back(Framework::Hipaa); a.security.health_data = true; }},
        {"security.health-data-without-hipaa", [](Agreement& a) { a.security.health_data = true; }},
        {"security.gdpr-transfer-without-mechanism", [](Agreement& a) { a.security.data_outside_eea = true; }},
        {"security.missing-breach-notice", [](Agreement& a) { a.security.breach_notice_hours = 0; }},
        {"security.breach-notice-too-long", [](Agreement& a) { a.security.breach_notice_hours = 96; }},
        {"security.no-audit-right", [](Agreement& a) { a.security.audit = AuditRight::None; }},
        {"security.no-data-locations", [](Agreement& a) { a.security.data_locations.clear(); }},
        {"security.exit-data-unspecified", [](Agreement& a) { a.security.exit_data = ExitData::Unspecified; }},
        {"confidentiality.missing-duration", [](Agreement& a) { a.confidentiality.duration_years = 0; }},

        {"ip.work-product-unspecified", [](Agreement& a) { a.ip.work_product = Owner::Unspecified; }},
        {"ip.provider-owns-without-licence", [](Agreement& a) { a.ip.work_product = Owner::Provider; a.ip.licence_to_client = Licence::None; }},
        {"ip.missing-background-ip", [](Agreement& a) { a.ip.client_background_ip.clear(); a.ip.provider_background_ip.clear(); }},
        {"ip.no-licence-to-provider", [](Agreement& a) { a.ip.licence_to_provider = Licence::None; }},

        {"termination.notice-longer-than-term", [](Agreement& a) { a.termination.convenience_notice_days = 1200; }},
        {"termination.missing-convenience-notice", [](Agreement& a) { a.termination.convenience_notice_days = 0; }},
        {"termination.fee-missing-amount", [](Agreement& a) { a.termination.fee = TerminationFee::Fixed; }},
        {"termination.missing-cure-period", [](Agreement& a) { a.termination.cure_period_days = 0; }},
        {"termination.no-exit-assistance", [](Agreement& a) { a.termination.exit_assistance = false; }},
        {"termination.exit-assistance-missing-months", [](Agreement& a) { a.termination.exit_assistance_months = 0; }},
        {"termination.missing-exit-plan", [](Agreement& a) { a.termination.exit_plan.clear(); }},

        {"disputes.no-resolution-step", [](Agreement& a) {
             a.disputes.negotiation = false;
             a.disputes.mediation = false;
             a.disputes.forum = Forum::Unspecified;
         }},
        {"disputes.missing-governing-law", [](Agreement& a) { a.disputes.governing_law.clear(); }},
        {"disputes.missing-forum", [](Agreement& a) { a.disputes.forum = Forum::Unspecified; }},
        {"disputes.arbitration-missing-rules", [](Agreement& a) { a.disputes.arbitration_rules.clear(); }},
        {"disputes.arbitration-missing-seat", [](Agreement& a) { a.disputes.seat.clear(); }},
        {"disputes.even-arbitrators", [](Agreement& a) { a.disputes.arbitrators = 2; }},
        {"disputes.courts-missing-venue", [](Agreement& a) { a.disputes.forum = Forum::Courts; }},
        {"disputes.mediation-missing-body", [](Agreement& a) { a.disputes.mediation_body.clear(); }},

        {"liability.cap-unspecified", [](Agreement& a) { a.liability.cap_basis = CapBasis::Unspecified; }},
        {"liability.zero-cap", [](Agreement& a) { a.liability.cap_basis = CapBasis::FixedAmount; }},
        {"liability.unlimited", [](Agreement& a) { a.liability.cap_basis = CapBasis::Unlimited; }},
        {"liability.no-indemnities", [](Agreement& a) { a.liability.indemnities.clear(); }},
        {"liability.no-insurance", [](Agreement& a) { a.liability.insurance.clear(); }},
        {"liability.insurance-missing-cover", [](Agreement& a) { a.liability.insurance[0].cover = Money{}; }},
    };
    return t;
}

std::vector<const Finding*> with_id(const std::vector<Finding>& fs, const std::string& id) {
    std::vector<const Finding*> out;
    for (const Finding& f : fs)
        if (f.rule_id == id) out.push_back(&f);
    return out;
}

std::string describe(const std::vector<Finding>& fs) {
    std::string s;
    for (const Finding& f : fs) s += f.rule_id + " " + f.pointer + "\n";
    return s;
}

}  // namespace

TEST_CASE("the sample agreement raises no finding") {
    const std::vector<Finding> fs = validate(complete_agreement());
    INFO(describe(fs));
    CHECK(fs.empty());
}

TEST_CASE("there are at least 40 rules, each with a unique id, wording and a section of its own") {
    const std::vector<RuleInfo> rules = all_rules();
    CHECK(rules.size() >= 40);
    std::set<std::string> ids;
    std::set<Section> sections;
    for (const RuleInfo& r : rules) {
        CAPTURE(r.id);
        CHECK(ids.insert(r.id).second);
        CHECK(has_text(r.id));
        CHECK_FALSE(text_for(r.id).message.empty());
        CHECK(find_rule(r.id) != nullptr);
        sections.insert(r.section);
    }
    CHECK(sections.size() == all_sections.size());  // every section has rules
}

TEST_CASE("every rule triggers on its case and not on the sample agreement") {
    const Agreement base = complete_agreement();
    const std::vector<Finding> clean = validate(base);
    for (const RuleInfo& rule : all_rules()) {
        CAPTURE(rule.id);
        const auto t = triggers().find(rule.id);
        REQUIRE_MESSAGE(t != triggers().end(), "no trigger case for " << rule.id);
        CHECK(with_id(clean, rule.id).empty());

        Agreement a = base;
        t->second(a);
        const std::vector<Finding> fs = validate(a);
        const auto hits = with_id(fs, rule.id);
        INFO(describe(fs));
        REQUIRE_FALSE(hits.empty());

        const nlohmann::ordered_json doc = agreement_to_json(a);
        for (const Finding* f : hits) {
            CAPTURE(f->pointer);
            CHECK(f->severity == rule.severity);
            CHECK(f->section == rule.section);
            CHECK(f->section == section_of_pointer(f->pointer));
            CHECK(doc.contains(nlohmann::ordered_json::json_pointer(f->pointer)));
            const FindingText text = finding_text(*f);
            CHECK(text.message.find('{') == std::string::npos);  // every placeholder filled
            CHECK(text.hint.find('{') == std::string::npos);
        }
    }
    for (const auto& t : triggers()) {
        CAPTURE(t.first);
        CHECK(find_rule(t.first) != nullptr);  // no trigger for a rule that does not exist
    }
}

TEST_CASE("findings come in section, pointer, rule order") {
    Agreement a = complete_agreement();
    a.liability.cap_basis = CapBasis::Unspecified;
    a.title.clear();
    for (int i = 0; i < 11; ++i) {
        a.service_levels.push_back(a.service_levels[2]);
        a.service_levels.back().id = "sl-extra-" + std::to_string(i);
        a.service_levels.back().definition.clear();
    }
    a.service_levels[2].name.clear();
    a.service_levels[2].definition.clear();
    const std::vector<Finding> fs = validate(a);
    REQUIRE(fs.size() >= 4);
    CHECK(fs.front().rule_id == "overview.missing-title");
    CHECK(fs.back().rule_id == "liability.cap-unspecified");
    for (std::size_t i = 1; i < fs.size(); ++i) {
        const Finding& x = fs[i - 1];
        const Finding& y = fs[i];
        CAPTURE(y.pointer);
        CHECK(static_cast<int>(x.section) <= static_cast<int>(y.section));
        if (x.section == y.section) CHECK_FALSE(pointer_less(y.pointer, x.pointer));
    }
    // /serviceLevels/2/definition before /serviceLevels/2/name, and /serviceLevels/3 before /serviceLevels/12
    CHECK(fs[1].pointer == "/serviceLevels/2/definition");
    CHECK(fs[2].pointer == "/serviceLevels/2/name");
    CHECK(fs[3].pointer == "/serviceLevels/3/definition");
    CHECK(fs[12].pointer == "/serviceLevels/12/definition");
    CHECK(validate(a).size() == fs.size());
}

TEST_CASE("pointer order compares indices as numbers") {
    CHECK(pointer_less("/serviceLevels/2", "/serviceLevels/10"));
    CHECK_FALSE(pointer_less("/serviceLevels/10", "/serviceLevels/2"));
    CHECK(pointer_less("/a", "/a/b"));
    CHECK(pointer_less("/a/b", "/a/c"));
    CHECK_FALSE(pointer_less("/a", "/a"));
}

TEST_CASE("rule details") {
    SUBCASE("termination notice is compared with the term in 365/12-day months") {
        Agreement a = complete_agreement();
        a.term.initial_term_months = 12;
        a.termination.convenience_notice_days = 365;
        CHECK(with_id(validate(a), "termination.notice-longer-than-term").empty());
        a.termination.convenience_notice_days = 366;
        const auto fs = validate(a);
        const auto hit = with_id(fs, "termination.notice-longer-than-term");
        REQUIRE(hit.size() == 1);
        CHECK(finding_text(*hit[0]).message == "A termination notice of 366 days is longer than the 12-month term.");
    }
    SUBCASE("no convenience right, no notice rules") {
        Agreement a = complete_agreement();
        a.termination.convenience = ConvenienceRight::None;
        a.termination.convenience_notice_days = 0;
        CHECK(validate(a).empty());
    }
    SUBCASE("a stabilisation milestone may follow go-live") {
        Agreement a = complete_agreement();
        a.transition.milestones[2].phase_id.clear();
        CHECK(with_id(validate(a), "transition.milestone-after-go-live").size() == 1);
    }
    SUBCASE("GDPR transfers with a mechanism are fine") {
        Agreement a = complete_agreement();
        a.security.data_outside_eea = true;
        a.security.transfer_mechanism = TransferMechanism::StandardContractualClauses;
        CHECK(validate(a).empty());
    }
    SUBCASE("HIPAA with a BAA reference is fine") {
        Agreement a = complete_agreement();
        a.security.frameworks.push_back(Framework::Hipaa);
        a.security.health_data = true;
        a.security.baa_reference = "BAA-2027-01";
        CHECK(validate(a).empty());
    }
    SUBCASE("no exit assistance on a one-year deal is fine") {
        Agreement a = complete_agreement();
        a.profile = ClientProfile::Startup;
        a.term.initial_term_months = 12;
        a.objectives[0].deadline = Date{2027, 12, 1};
        a.objectives[0].target = 10;
        a.termination.exit_assistance = false;
        a.termination.convenience_notice_days = 90;
        a.transition.milestones[2].due = Date{2027, 6, 30};
        const auto fs = validate(a);
        INFO(describe(fs));
        CHECK(fs.empty());
    }
    SUBCASE("escalation out of order names both response times") {
        Agreement a = complete_agreement();
        a.governance.escalation[1].response_hours = 24;
        const auto fs = validate(a);
        const auto hit = with_id(fs, "governance.escalation-out-of-order");
        REQUIRE(hit.size() == 1);
        CHECK(hit[0]->pointer == "/governance/escalation/1/responseHours");
        CHECK(finding_text(*hit[0]).message ==
              "Escalation level 2 responds within 24 hours, not later than the level before (24 hours).");
    }
    SUBCASE("objective findings carry the SMART reason in words") {
        Agreement a = complete_agreement();
        a.objectives[0].target = 2;  // 12 -> 2 days is 83.3 % better in 12 months
        const auto fs = validate(a);
        const auto hit = with_id(fs, "objective.not-achievable");
        REQUIRE(hit.size() == 1);
        CHECK(hit[0]->pointer == "/objectives/0/target");
        const FindingText t = finding_text(*hit[0]);
        CHECK(t.message ==
              "Objective 'Cut invoice processing cycle time' is not achievable: the target improves on the "
              "baseline by 83.3% within 12 months, more than the 50% considered achievable (50 % a year).");
        CHECK(t.hint == "Lower the target or allow more time.");
    }
    SUBCASE("has_errors") {
        Agreement a = complete_agreement();
        CHECK_FALSE(has_errors(validate(a)));
        a.disputes.governing_law.clear();
        CHECK(has_errors(validate(a)));
    }
}

TEST_CASE("an empty agreement is full of findings but never crashes") {
    const std::vector<Finding> fs = validate(Agreement{});
    CHECK(has_errors(fs));
    CHECK(!with_id(fs, "scope.no-services").empty());
    CHECK(!with_id(fs, "term.missing-effective-date").empty());
    CHECK(!with_id(fs, "sla.none").empty());
    const nlohmann::ordered_json doc = agreement_to_json(Agreement{});
    for (const Finding& f : fs) {
        CAPTURE(f.pointer);
        CHECK(doc.contains(nlohmann::ordered_json::json_pointer(f.pointer)));
    }
}

TEST_CASE("docs/rules.md lists every rule") {
    std::ifstream in(std::string(BPO_SOURCE_DIR) + "/docs/rules.md");
    REQUIRE(in.good());
    std::stringstream s;
    s << in.rdbuf();
    const std::string doc = s.str();
    for (const RuleInfo& r : all_rules()) {
        CAPTURE(r.id);
        CHECK(doc.find(std::string("`") + r.id + "`") != std::string::npos);
    }
}
