// Enum tables: every value has a unique kebab-case id and a label, and ids round-trip.
#include <doctest/doctest.h>

#include <cctype>
#include <set>
#include <string>

#include "core/enums.hpp"

namespace {

template <class E>
void check_table(std::size_t expected_count) {
    const bpo::EnumTable<E> table = bpo::enum_table<E>();
    CHECK(table.size() == expected_count);
    CHECK(std::string(table.name).size() > 0);
    std::set<std::string> ids;
    for (const bpo::EnumEntry<E>& e : table) {
        const std::string id = e.id;
        CAPTURE(id);
        CHECK(ids.insert(id).second);
        CHECK(!id.empty());
        for (char c : id) CHECK((std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-'));
        CHECK(std::string(e.label).size() > 0);
        CHECK(bpo::enum_from_id<E>(id) == e.value);
        CHECK(bpo::enum_id(e.value) == id);
        CHECK(bpo::enum_label(e.value) == std::string(e.label));
    }
    CHECK_FALSE(bpo::enum_from_id<E>("no-such-value").has_value());
}

}  // namespace

TEST_CASE("enum tables: every model enum has unique kebab-case ids that round-trip") {
    SUBCASE("PartyRole") { check_table<bpo::PartyRole>(2); }
    SUBCASE("ClientProfile") { check_table<bpo::ClientProfile>(3); }
    SUBCASE("Cadence") { check_table<bpo::Cadence>(7); }
    SUBCASE("Position") { check_table<bpo::Position>(3); }
    SUBCASE("Office") { check_table<bpo::Office>(2); }
    SUBCASE("DeliveryLocation") { check_table<bpo::DeliveryLocation>(3); }
    SUBCASE("Renewal") { check_table<bpo::Renewal>(3); }
    SUBCASE("MetricUnit") { check_table<bpo::MetricUnit>(8); }
    SUBCASE("Direction") { check_table<bpo::Direction>(2); }
    SUBCASE("Criticality") { check_table<bpo::Criticality>(2); }
    SUBCASE("Exclusion") { check_table<bpo::Exclusion>(3); }
    SUBCASE("CreditMethod") { check_table<bpo::CreditMethod>(2); }
    SUBCASE("MeetingKind") { check_table<bpo::MeetingKind>(5); }
    SUBCASE("PhaseKind") { check_table<bpo::PhaseKind>(6); }
    SUBCASE("PricingModel") { check_table<bpo::PricingModel>(4); }
    SUBCASE("InvoiceTiming") { check_table<bpo::InvoiceTiming>(2); }
    SUBCASE("Adjustment") { check_table<bpo::Adjustment>(3); }
    SUBCASE("Framework") { check_table<bpo::Framework>(7); }
    SUBCASE("AuditRight") { check_table<bpo::AuditRight>(4); }
    SUBCASE("TransferMechanism") { check_table<bpo::TransferMechanism>(4); }
    SUBCASE("ExitData") { check_table<bpo::ExitData>(4); }
    SUBCASE("Owner") { check_table<bpo::Owner>(4); }
    SUBCASE("Licence") { check_table<bpo::Licence>(4); }
    SUBCASE("ConvenienceRight") { check_table<bpo::ConvenienceRight>(4); }
    SUBCASE("TerminationFee") { check_table<bpo::TerminationFee>(4); }
    SUBCASE("Forum") { check_table<bpo::Forum>(3); }
    SUBCASE("CapBasis") { check_table<bpo::CapBasis>(4); }
}

TEST_CASE("enum tables: ids are the published JSON spelling") {
    CHECK(bpo::enum_id(bpo::Cadence::Monthly) == "monthly");
    CHECK(bpo::enum_id(bpo::Renewal::ByAgreement) == "by-agreement");
    CHECK(bpo::enum_id(bpo::Framework::Iso27001) == "iso27001");
    CHECK(bpo::enum_id(bpo::PricingModel::PerFte) == "per-fte");
    CHECK(bpo::enum_from_id<bpo::Direction>("lower-is-better") == bpo::Direction::LowerIsBetter);
    CHECK_FALSE(bpo::enum_from_id<bpo::Cadence>("Monthly").has_value());  // case-sensitive
    CHECK(bpo::enum_label(bpo::Framework::PciDss) == "PCI DSS");
}
