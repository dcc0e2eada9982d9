// A seeded generator of random but valid agreements that fills every field of the model, for
// property tests (round trips) and for seeding the fuzz corpus.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/enums.hpp"

namespace bpo::testing {

class AgreementGenerator {
public:
    explicit AgreementGenerator(std::uint32_t seed) : rng_(seed) {}

    Agreement make() {
        Agreement a;
        a.title = text();
        a.profile = pick<ClientProfile>();
        a.client = party();
        a.provider = party();
        rows(a.services, [&](Service& s) {
            s.catalog_id = text(12);
            s.name = text();
            s.category = text(10);
            s.office = pick<Office>();
            s.description = text();
            s.in_scope = text();
            s.out_of_scope = text();
            s.locations = some<DeliveryLocation>();
            s.location_detail = text();
            s.ftes = measure(0);
            s.monthly_volume = measure(0);
            s.volume_unit = text(8);
            s.coverage_hours = text();
            s.languages = strings();
        });
        rows(a.responsibilities, [&](Responsibility& r) {
            r.party = pick<PartyRole>();
            r.description = text();
            r.service_id = link(a.services);
        });
        a.term = {date(), whole(), pick<Renewal>(), whole(), whole()};
        rows(a.service_levels, [&](ServiceLevel& l) {
            l.service_id = link(a.services);
            l.metric_id = text(12);
            l.name = text();
            l.definition = text();
            l.expected = maybe();
            l.minimum = maybe();
            l.unit = pick<MetricUnit>();
            l.direction = pick<Direction>();
            l.window = pick<Cadence>();
            l.reporting = pick<Cadence>();
            l.criticality = pick<Criticality>();
            l.allocation_bp = bp();
            l.flat_credit_bp = bp();
            l.exclusions = some<Exclusion>();
        });
        a.credits = {pick<CreditMethod>(), bp(), bp(), coin(), whole(), whole(), whole(), whole()};
        rows(a.objectives, [&](Objective& o) {
            o.title = text();
            o.description = text();
            o.service_id = link(a.services);
            o.metric = text();
            o.baseline = maybe();
            o.target = maybe();
            o.unit = pick<MetricUnit>();
            o.direction = pick<Direction>();
            o.start = date();
            o.deadline = date();
            o.owner = text();
        });
        Governance& g = a.governance;
        rows(g.reports, [&](Report& r) {
            r.name = text();
            r.contents = text();
            r.frequency = pick<Cadence>();
            r.prepared_by = pick<PartyRole>();
            r.due_days = whole();
        });
        rows(g.meetings, [&](Meeting& m) {
            m.kind = pick<MeetingKind>();
            m.name = text();
            m.cadence = pick<Cadence>();
            m.participants = text();
            m.agenda = text();
        });
        g.committee_name = text();
        g.committee_members = text();
        g.client_relationship_manager = text();
        g.provider_relationship_manager = text();
        g.shared_goals = text();
        g.communication_norms = text();
        rows(g.escalation, [&](EscalationLevel& e) {
            e.name = text();
            e.client_contact = text();
            e.provider_contact = text();
            e.response_hours = whole();
        });
        g.corrective_action_days = whole();
        g.corrective_action_process = text();
        Transition& t = a.transition;
        rows(t.phases, [&](TransitionPhase& p) {
            p.kind = pick<PhaseKind>();
            p.name = text();
            p.start = date();
            p.end = date();
        });
        rows(t.milestones, [&](Milestone& m) {
            m.phase_id = link(t.phases);
            m.name = text();
            m.due = date();
            m.owner = pick<PartyRole>();
            m.acceptance_criteria = text();
        });
        t.go_live = date();
        t.communication_plan = text();
        t.training_plan = text();
        t.contingency_plan = text();
        Pricing& p = a.pricing;
        p.model = pick<PricingModel>();
        p.currency = std::string{upper(), upper(), upper()};
        rows(p.rates, [&](RateLine& r) {
            r.service_id = link(a.services);
            r.description = text();
            r.unit_price = money();
            r.quantity = measure(0);
            r.unit = text(8);
        });
        p.fixed_monthly_fee = money();
        p.outcome_base_fee = money();
        p.outcome_bonus_max = money();
        p.invoice_frequency = pick<Cadence>();
        p.invoice_timing = pick<InvoiceTiming>();
        p.payment_days = whole();
        p.adjustment = pick<Adjustment>();
        p.adjustment_bp = bp();
        p.adjustment_index = text(8);
        p.late_interest_bp = bp();
        a.business_case = {money(), bp(), money(), bp()};
        DataSecurity& s = a.security;
        s.encryption_at_rest = coin();
        s.encryption_in_transit = coin();
        s.multi_factor_auth = coin();
        s.access_control = text();
        s.frameworks = some<Framework>();
        s.personal_data = text();
        s.health_data = coin();
        s.baa_reference = text();
        s.breach_notice_hours = whole();
        s.audit = pick<AuditRight>();
        s.audit_notice_days = whole();
        s.audits_per_year = whole();
        s.data_locations = strings();
        s.data_outside_eea = coin();
        s.transfer_mechanism = pick<TransferMechanism>();
        s.exit_data = pick<ExitData>();
        s.exit_data_days = whole();
        a.confidentiality = {whole(), coin(), text()};
        a.ip = {pick<Owner>(), text(), text(), pick<Licence>(), pick<Licence>(), text()};
        a.termination = {pick<ConvenienceRight>(), whole(), pick<TerminationFee>(), money(), measure(0),
                         whole(), coin(), coin(), coin(), whole(), text()};
        a.disputes = {coin(), whole(), coin(), text(), pick<Forum>(), text(), whole(), text(), text(), text()};
        Liability& l = a.liability;
        l.cap_basis = pick<CapBasis>();
        l.cap_months = measure(0);
        l.cap_amount = money();
        l.exclusions = strings();
        rows(l.indemnities, [&](Indemnity& i) {
            i.by = pick<PartyRole>();
            i.covers = text();
        });
        rows(l.insurance, [&](Insurance& i) {
            i.kind = text();
            i.cover = money();
        });
        a.positions = {pick<Position>(), pick<Position>(), pick<Position>(), pick<Position>(),
                       pick<Position>(), pick<Position>(), pick<Position>()};
        a.extensions = extension_object(0);
        return a;
    }

private:
    std::mt19937 rng_;

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
    bool coin() { return below(2) == 1; }
    char upper() { return static_cast<char>('A' + below(26)); }

    // Text with the characters that stress an encoder: quotes, backslashes, control
    // characters, '/', '~' and multi-byte UTF-8 (2, 3 and 4 bytes).
    std::string text(int max_pieces = 24) {
        static const char* pieces[] = {"a", "Z", "7", " ", "\"", "\\", "/", "~", "\n", "\t", "\x01", "\x1f",
                                       "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xE4\xB8\xAD", "{", "]", "%"};
        std::string s;
        const int n = below(max_pieces + 1);
        for (int i = 0; i < n; ++i) s += pieces[below(static_cast<int>(std::size(pieces)))];
        return s;
    }
    std::vector<std::string> strings() {
        std::vector<std::string> v(static_cast<std::size_t>(below(4)));
        for (std::string& s : v) s = text(8);
        return v;
    }
    int whole() { return below(4) == 0 ? 1000000 : below(5000); }
    BasisPoints bp() { return below(4) == 0 ? 10000000 : below(50000); }
    Money money() { return Money{below(4) == 0 ? 9007199254740991 : static_cast<std::int64_t>(below(1 << 30)) * 977}; }
    double measure(double lo) {
        switch (below(4)) {
            case 0: return lo;
            case 1: return static_cast<double>(below(1000));
            case 2: return std::uniform_real_distribution<double>(lo, 1e6)(rng_);
            default: return std::uniform_real_distribution<double>(lo, 1.0)(rng_) * 1e-3;
        }
    }
    std::optional<double> maybe() {
        if (below(3) == 0) return std::nullopt;
        return coin() ? -measure(0) : measure(0);
    }
    Date date() {
        if (below(5) == 0) return Date{};
        const int year = 1 + below(9999);
        const int month = 1 + below(12);
        return Date{year, month, 1 + below(month == 2 ? 28 : 30)};
    }
    template <class E>
    E pick() {
        const auto table = enum_table<E>();
        return table.first[below(static_cast<int>(table.size()))].value;
    }
    template <class E>
    std::vector<E> some() {
        std::vector<E> out;
        for (const auto& e : enum_table<E>())
            if (coin()) out.push_back(e.value);
        return out;
    }
    template <class Row, class Fill>
    void rows(std::vector<Row>& list, Fill fill) {
        const int n = below(5);
        for (int i = 0; i < n; ++i) {
            Row r;
            r.id = std::string(coin() ? "row." : "r-") + std::to_string(i * 3 + below(3));
            fill(r);
            list.push_back(std::move(r));
        }
    }
    template <class Row>
    std::string link(const std::vector<Row>& targets) {
        if (targets.empty() || below(3) == 0) return {};
        return targets[static_cast<std::size_t>(below(static_cast<int>(targets.size())))].id;
    }
    Party party() { return {text(), text(), text(), text(), text(), text(), text(), text(), text()}; }
    nlohmann::json extension_object(int depth) {
        nlohmann::json obj = nlohmann::json::object();
        const int n = below(4);
        for (int i = 0; i < n; ++i) {
            nlohmann::json value;
            switch (depth < 3 ? below(7) : below(5)) {
                case 0: value = nullptr; break;
                case 1: value = coin(); break;
                case 2: value = below(100000) - 50000; break;
                case 3: value = std::uniform_real_distribution<double>(-1e9, 1e9)(rng_); break;
                case 4: value = text(6); break;
                case 5: value = nlohmann::json::array({text(3), below(10), extension_object(depth + 1)}); break;
                default: value = extension_object(depth + 1); break;
            }
            obj[text(6)] = value;
        }
        return obj;
    }
};

}  // namespace bpo::testing
