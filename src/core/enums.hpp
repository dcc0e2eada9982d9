// Enum <-> string tables: one table per model enum, shared by the JSON format (kebab-case ids),
// the UI (labels) and the document. The id of a value never changes once published in format v1.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/agreement.hpp"

namespace bpo {

template <class E>
struct EnumEntry {
    E value;
    const char* id;     // kebab-case JSON id: "by-agreement"
    const char* label;  // human label for UI and documents: "Renewal by agreement"
};

// A table in declaration order of the enum (which is also the order the UI lists them in).
template <class E>
struct EnumTable {
    const EnumEntry<E>* first = nullptr;
    std::size_t count = 0;
    const char* name = "";  // what the values are, for messages: "cadence"
    const EnumEntry<E>* begin() const { return first; }
    const EnumEntry<E>* end() const { return first + count; }
    std::size_t size() const { return count; }
};

template <class E>
EnumTable<E> enum_table();  // specialised for every enum below, in enums.cpp

template <> EnumTable<PartyRole> enum_table<PartyRole>();
template <> EnumTable<ClientProfile> enum_table<ClientProfile>();
template <> EnumTable<Cadence> enum_table<Cadence>();
template <> EnumTable<Position> enum_table<Position>();
template <> EnumTable<Office> enum_table<Office>();
template <> EnumTable<DeliveryLocation> enum_table<DeliveryLocation>();
template <> EnumTable<Renewal> enum_table<Renewal>();
template <> EnumTable<MetricUnit> enum_table<MetricUnit>();
template <> EnumTable<Direction> enum_table<Direction>();
template <> EnumTable<Criticality> enum_table<Criticality>();
template <> EnumTable<Exclusion> enum_table<Exclusion>();
template <> EnumTable<CreditMethod> enum_table<CreditMethod>();
template <> EnumTable<MeetingKind> enum_table<MeetingKind>();
template <> EnumTable<PhaseKind> enum_table<PhaseKind>();
template <> EnumTable<PricingModel> enum_table<PricingModel>();
template <> EnumTable<InvoiceTiming> enum_table<InvoiceTiming>();
template <> EnumTable<Adjustment> enum_table<Adjustment>();
template <> EnumTable<Framework> enum_table<Framework>();
template <> EnumTable<AuditRight> enum_table<AuditRight>();
template <> EnumTable<TransferMechanism> enum_table<TransferMechanism>();
template <> EnumTable<ExitData> enum_table<ExitData>();
template <> EnumTable<Owner> enum_table<Owner>();
template <> EnumTable<Licence> enum_table<Licence>();
template <> EnumTable<ConvenienceRight> enum_table<ConvenienceRight>();
template <> EnumTable<TerminationFee> enum_table<TerminationFee>();
template <> EnumTable<Forum> enum_table<Forum>();
template <> EnumTable<CapBasis> enum_table<CapBasis>();

// "monthly" for Cadence::Monthly; every value has an id.
template <class E>
std::string_view enum_id(E value) {
    for (const EnumEntry<E>& e : enum_table<E>())
        if (e.value == value) return e.id;
    return {};
}

// "Monthly" for Cadence::Monthly.
template <class E>
std::string_view enum_label(E value) {
    for (const EnumEntry<E>& e : enum_table<E>())
        if (e.value == value) return e.label;
    return {};
}

// Cadence::Monthly for "monthly"; nullopt for an unknown id (ids are case-sensitive).
template <class E>
std::optional<E> enum_from_id(std::string_view id) {
    for (const EnumEntry<E>& e : enum_table<E>())
        if (id == e.id) return e.value;
    return std::nullopt;
}

}  // namespace bpo
