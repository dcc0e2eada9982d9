#include <doctest/doctest.h>

#include "core/derived.hpp"
#include "core/templates.hpp"

using namespace bpo;

TEST_CASE("derived data is recomputed only when the revision or the draft changes") {
    Agreement a = make_starter(ClientProfile::Midsize, "finance-hr");
    Derived d;
    CHECK(refresh(d, a, 1, "d1"));
    CHECK_FALSE(refresh(d, a, 1, "d1"));
    CHECK_FALSE(d.document.sections.empty());
    int total = 0;
    for (int n : d.finding_counts) total += n;
    CHECK(total == static_cast<int>(d.findings.size()));
    CHECK(d.errors + d.warnings + d.infos == total);

    a.title.clear();
    CHECK(refresh(d, a, 2, "d1"));
    CHECK(refresh(d, a, 2, "d2"));
}
