#include <doctest/doctest.h>

#include "core/anchors.hpp"
#include "core/document_builder.hpp"
#include "core/playbook.hpp"
#include "sample_agreement.hpp"

using namespace bpo;

TEST_CASE("a field's pointer leads to the clauses that print it, most specific first") {
    const Document d = build_document(rules_test::complete_agreement());
    const auto breach = document_anchors(d, "/security/breachNoticeHours");
    REQUIRE(!breach.empty());
    CHECK(breach.front() == "data.incidents");
    CHECK(document_anchors(d, "/pricing/paymentDays").front() == "pricing.payment");
    CHECK(document_anchors(d, "/liability/capMonths").front() == "liability.cap");
    CHECK(document_anchors(d, "/serviceLevels/2/expected").front() == "sl.levels");
    CHECK(document_anchors(d, "/positions/liability").front() == "liability.cap");
    CHECK(document_anchors(d, "/nothing/here").empty());
}

TEST_CASE("every anchor a pointer can lead to is one the document can have") {
    // Each candidate of every quantity's pointer exists in the sample's document, or is at least
    // a known clause of the library (some print only under conditions).
    const Document d = build_document(rules_test::complete_agreement());
    for (const QuantityInfo& q : playbook_quantities()) {
        CAPTURE(q.id);
        const std::string pointer = quantity_value(rules_test::complete_agreement(), q.quantity).pointer;
        CHECK(!candidate_anchors(pointer).empty());
        CHECK(!document_anchors(d, pointer).empty());
    }
}
