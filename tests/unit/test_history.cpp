#include <doctest/doctest.h>

#include "core/history.hpp"
#include "core/json_format.hpp"
#include "sample_agreement.hpp"

using namespace bpo;

namespace {

constexpr std::int64_t minute = 60 * 1000;

HistoryPolicy test_policy() {
    HistoryPolicy p;
    p.min_interval_ms = 10 * minute;
    p.min_changed_fields = 3;
    p.max_automatic = 3;
    p.budget_bytes = 1u << 20;
    return p;
}

// An agreement with `n` meaningful edits against the sample.
Agreement edited(int n) {
    Agreement a = rules_test::complete_agreement();
    a.title = "Edit " + std::to_string(n);
    a.term.initial_term_months = 36 + n;
    a.governance.shared_goals = "Goals " + std::to_string(n);
    return a;
}

}  // namespace

TEST_CASE("named versions are saved, listed newest first, read back, renamed and deleted") {
    MemoryStorage storage;
    VersionHistory h(storage, "d1", test_policy());
    h.load();
    CHECK(h.list().empty());
    CHECK(h.usage().bytes_used == 0);

    const Agreement a = edited(1);
    const SnapshotResult s1 = h.save_version(a, "Sent to provider", 1000);
    REQUIRE(s1.status == SnapshotStatus::Saved);
    CHECK(s1.number == 1);
    CHECK(h.save_version(a, "again", 2000).status == SnapshotStatus::Unchanged);
    const SnapshotResult s2 = h.save_version(edited(2), "", 3000);
    REQUIRE(s2.status == SnapshotStatus::Saved);

    const auto list = h.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].number == 2);
    CHECK(list[1].name == "Sent to provider");
    CHECK(list[1].created_ms == 1000);
    CHECK(list[1].reason == VersionReason::Named);
    CHECK(storage.get("bpo.v1.versions.d1").has_value());
    CHECK(h.read(1) == export_agreement(a));
    CHECK(storage.get("bpo.v1.version.d1.1") == export_agreement(a));
    CHECK(h.open(1).agreement.title == "Edit 1");

    CHECK(h.rename(2, "Counter-proposal") == WriteStatus::Ok);
    CHECK(h.remove(1) == WriteStatus::Ok);
    CHECK_FALSE(storage.get("bpo.v1.version.d1.1").has_value());

    SUBCASE("another history over the same storage sees the same versions") {
        VersionHistory again(storage, "d1", test_policy());
        again.load();
        REQUIRE(again.list().size() == 1);
        CHECK(again.list()[0].name == "Counter-proposal");
        // Numbers are never reused.
        CHECK(again.save_version(edited(3), "", 4000).number == 3);
    }
    SUBCASE("histories of different drafts are apart") {
        VersionHistory other(storage, "d2", test_policy());
        other.load();
        CHECK(other.list().empty());
        remove_versions(storage, "d2");
        h.load();
        CHECK(h.list().size() == 1);
    }
    SUBCASE("remove_all leaves nothing behind") {
        CHECK(h.remove_all() == WriteStatus::Ok);
        for (const std::string& key : storage.keys()) CHECK(key.find("d1") == std::string::npos);
    }
}

TEST_CASE("automatic snapshots: the first at once, then after the interval and a meaningful change") {
    MemoryStorage storage;
    VersionHistory h(storage, "d1", test_policy());
    h.load();
    CHECK(h.autosnapshot(edited(0), 0).status == SnapshotStatus::Saved);  // the baseline

    Agreement small = edited(0);
    small.title = "Only the title changed";                           // 1 field: trivial
    CHECK(h.autosnapshot(small, 5 * minute).status == SnapshotStatus::NotDue);   // too soon anyway
    CHECK(h.autosnapshot(small, 20 * minute).status == SnapshotStatus::NotDue);  // not meaningful
    CHECK(h.autosnapshot(edited(0), 20 * minute).status == SnapshotStatus::Unchanged);

    CHECK(h.autosnapshot(edited(1), 9 * minute).status == SnapshotStatus::NotDue);  // 3 fields, too soon
    CHECK_FALSE(h.snapshot_due(edited(1), 9 * minute));
    CHECK(h.snapshot_due(edited(1), 10 * minute));
    CHECK(h.autosnapshot(edited(1), 10 * minute).status == SnapshotStatus::Saved);

    // A row added or removed is meaningful on its own.
    Agreement row = edited(1);
    row.service_levels.pop_back();
    CHECK(h.autosnapshot(row, 21 * minute).status == SnapshotStatus::Saved);
    CHECK(h.list()[0].reason == VersionReason::Automatic);
    CHECK(h.usage().automatic == 3);
}

TEST_CASE("at most max_automatic automatic snapshots: the oldest automatic goes, named ones stay") {
    MemoryStorage storage;
    VersionHistory h(storage, "d1", test_policy());  // max_automatic = 3
    h.load();
    REQUIRE(h.save_version(edited(100), "Signed", 0).status == SnapshotStatus::Saved);  // #1 named
    for (int i = 1; i <= 3; ++i)
        REQUIRE(h.autosnapshot(edited(i), i * 11 * minute).status == SnapshotStatus::Saved);  // #2..#4
    const SnapshotResult r = h.autosnapshot(edited(4), 4 * 11 * minute);                    // #5
    REQUIRE(r.status == SnapshotStatus::Saved);
    CHECK(r.pruned == std::vector<int>{2});
    CHECK_FALSE(storage.get("bpo.v1.version.d1.2").has_value());
    const auto list = h.list();
    REQUIRE(list.size() == 4);
    CHECK(list.back().number == 1);
    CHECK(list.back().reason == VersionReason::Named);
    CHECK(h.usage().named == 1);
    CHECK(h.usage().automatic == 3);
}

TEST_CASE("the budget: usage is visible, automatic snapshots are pruned to fit, named ones are not") {
    MemoryStorage storage;
    HistoryPolicy p = test_policy();
    p.max_automatic = 100;
    VersionHistory h(storage, "d1", p);
    h.load();
    const std::size_t one = export_agreement(edited(1)).size();

    REQUIRE(h.save_version(edited(1), "Named", 0).status == SnapshotStatus::Saved);
    for (int i = 2; i <= 4; ++i) REQUIRE(h.autosnapshot(edited(i), i * 11 * minute).status == SnapshotStatus::Saved);
    const HistoryUsage u = h.usage();
    CHECK(u.named == 1);
    CHECK(u.automatic == 3);
    CHECK(u.bytes_used > 4 * one);
    CHECK(u.bytes_used < 4 * one + 1000);
    CHECK(u.budget_bytes == p.budget_bytes);

    SUBCASE("a smaller budget drops the oldest automatic snapshots until it fits") {
        CHECK(h.set_budget(2 * one + 600) == WriteStatus::Ok);
        const auto list = h.list();
        REQUIRE(list.size() == 2);
        CHECK(list[0].number == 4);
        CHECK(list[1].number == 1);
        CHECK(h.usage().bytes_used <= 2 * one + 600);
    }
    SUBCASE("a new snapshot over the budget makes room by dropping automatic ones") {
        CHECK(h.set_budget(4 * one + 800) == WriteStatus::Ok);
        REQUIRE(h.list().size() == 4);
        const SnapshotResult r = h.save_version(edited(5), "Second", 60 * minute);
        CHECK(r.status == SnapshotStatus::Saved);
        CHECK(r.pruned == std::vector<int>{2});
    }
    SUBCASE("when only named versions are left, a snapshot that does not fit is refused") {
        CHECK(h.set_budget(one + 300) == WriteStatus::Ok);
        REQUIRE(h.list().size() == 1);  // the named one stays even though... it fits
        const SnapshotResult r = h.save_version(edited(6), "Too much", 70 * minute);
        CHECK(r.status == SnapshotStatus::OverBudget);
        CHECK(h.list().size() == 1);
        CHECK_FALSE(storage.get("bpo.v1.version.d1.5").has_value());
    }
}

TEST_CASE("a full storage: automatic snapshots make room, otherwise nothing changes") {
    MemoryStorage storage;
    HistoryPolicy p = test_policy();
    p.max_automatic = 100;
    VersionHistory h(storage, "d1", p);
    h.load();
    REQUIRE(h.save_version(edited(1), "Named", 0).status == SnapshotStatus::Saved);
    REQUIRE(h.autosnapshot(edited(2), 11 * minute).status == SnapshotStatus::Saved);
    std::size_t used = 0;
    for (const std::string& k : storage.keys()) used += k.size() + storage.get(k)->size();

    SUBCASE("room made by dropping the automatic snapshot") {
        storage.set_capacity(used + 50);  // not enough for a third body, enough once #2 is gone
        const SnapshotResult r = h.save_version(edited(3), "Third", 30 * minute);
        CHECK(r.status == SnapshotStatus::Saved);
        CHECK(r.pruned == std::vector<int>{2});
        REQUIRE(h.list().size() == 2);
        CHECK(h.read(3) == export_agreement(edited(3)));
    }
    SUBCASE("no room at all: quota exceeded, the named version is still readable") {
        storage.set_capacity(used + 50);
        Agreement bigger = edited(3);
        bigger.governance.communication_norms = std::string(4000, 'x');  // larger than what #2 frees
        const SnapshotResult r = h.save_version(bigger, "Third", 30 * minute);
        CHECK(r.status == SnapshotStatus::QuotaExceeded);
        CHECK(r.pruned == std::vector<int>{2});  // it was dropped trying
        VersionHistory again(storage, "d1", p);
        again.load();
        REQUIRE(again.list().size() == 1);
        CHECK(again.read(1) == export_agreement(edited(1)));
        CHECK(again.open(1).ok());
    }
}

TEST_CASE("restore keeps the current state first and returns the version") {
    MemoryStorage storage;
    VersionHistory h(storage, "d1", test_policy());
    h.load();
    REQUIRE(h.save_version(edited(1), "Agreed", 0).status == SnapshotStatus::Saved);
    const Agreement current = edited(2);
    const RestoreResult r = h.restore(1, current, 5 * minute);
    REQUIRE(r.ok());
    CHECK(export_agreement(r.imported.agreement) == export_agreement(edited(1)));
    CHECK(r.saved_before.status == SnapshotStatus::Saved);
    CHECK(h.list()[0].reason == VersionReason::BeforeRestore);
    CHECK(h.open(r.saved_before.number).agreement.title == "Edit 2");
    CHECK_FALSE(h.restore(99, current, 6 * minute).ok());
}

TEST_CASE("a damaged index is rebuilt from the stored versions") {
    MemoryStorage storage;
    {
        VersionHistory h(storage, "d1", test_policy());
        h.load();
        h.save_version(edited(1), "A", 0);
        h.save_version(edited(2), "B", 1);
    }
    storage.set("bpo.v1.versions.d1", "{not json");
    storage.set("bpo.v1.version.d1.x", "stray");  // not a version number: ignored
    VersionHistory h(storage, "d1", test_policy());
    h.load();
    REQUIRE(h.list().size() == 2);
    CHECK(h.list()[0].number == 2);
    CHECK(h.open(2).agreement.title == "Edit 2");
    CHECK(h.save_version(edited(3), "C", 2).number == 3);
}
