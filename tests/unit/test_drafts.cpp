#include <doctest/doctest.h>

#include "core/drafts.hpp"

using namespace bpo;

namespace {
const std::string body_a = R"({"format":"bpo-agreement","version":1,"title":"A"})";
const std::string body_b = R"({"format":"bpo-agreement","version":1,"title":"B"})";
}  // namespace

TEST_CASE("drafts are created, listed newest first, read back, renamed and searched") {
    MemoryStorage storage;
    DraftStore store(storage);
    CHECK(store.open(0).empty());
    const auto a = store.create("Acme support deal", body_a, 1000);
    const auto b = store.create("Globex finance", body_b, 2000);
    REQUIRE(a.status == WriteStatus::Ok);
    REQUIRE(b.status == WriteStatus::Ok);
    CHECK(a.id != b.id);

    auto all = store.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "Globex finance");
    CHECK(store.read(a.id) == body_a);

    CHECK(store.rename(a.id, "Acme customer support", 3000) == WriteStatus::Ok);
    CHECK(store.list()[0].name == "Acme customer support");
    CHECK(store.list(false, "GLOBEX").size() == 1);
    CHECK(store.list(false, "nothing like it").empty());

    SUBCASE("a second store over the same storage sees the same drafts") {
        DraftStore again(storage);
        CHECK(again.open(4000).empty());
        CHECK(again.list().size() == 2);
        CHECK(again.read(b.id) == body_b);
    }
}

TEST_CASE("duplicate, trash, restore, purge and empty trash") {
    MemoryStorage storage;
    DraftStore store(storage);
    store.open(0);
    const auto a = store.create("Deal", body_a, 1);
    const auto copy = store.duplicate(a.id, 2);
    REQUIRE(copy.status == WriteStatus::Ok);
    CHECK(store.find(copy.id)->name == "Deal (copy)");
    CHECK(store.read(copy.id) == body_a);

    CHECK(store.trash(a.id, 3) == WriteStatus::Ok);
    CHECK(store.list().size() == 1);
    CHECK(store.list(true).size() == 1);
    CHECK(store.read(a.id) == body_a);  // still readable while in the trash

    CHECK(store.restore(a.id) == WriteStatus::Ok);
    CHECK(store.list().size() == 2);

    store.trash(a.id, 4);
    store.trash(copy.id, 5);
    CHECK(store.empty_trash() == WriteStatus::Ok);
    CHECK(store.list(true).empty());
    CHECK_FALSE(storage.get(std::string(DraftStore::draft_prefix) + a.id).has_value());
}

TEST_CASE("a full storage keeps the last good copy and reports the quota") {
    MemoryStorage storage;
    DraftStore store(storage);
    store.open(0);
    const auto a = store.create("Deal", body_a, 1);
    storage.set_capacity(storage.get(DraftStore::index_key)->size() + 40 + body_a.size());

    const std::string bigger(4000, 'x');
    CHECK(store.save(a.id, "{\"big\":\"" + bigger + "\"}", 2) == WriteStatus::QuotaExceeded);
    CHECK(store.read(a.id) == body_a);
    CHECK(store.find(a.id)->modified_ms == 1);

    SUBCASE("creating a draft that does not fit leaves nothing behind") {
        const auto before = storage.keys();
        CHECK(store.create("Another", "{\"x\":\"" + bigger + "\"}", 3).status == WriteStatus::QuotaExceeded);
        CHECK(storage.keys() == before);
        CHECK(store.list().size() == 1);
    }
}

TEST_CASE("corrupt and foreign entries are moved aside, never deleted") {
    MemoryStorage storage;
    {
        DraftStore store(storage);
        store.open(0);
        store.create("Good", body_a, 1);
    }
    SUBCASE("a corrupt draft body") {
        storage.set(std::string(DraftStore::draft_prefix) + "broken", "{not json");
        DraftStore store(storage);
        const auto issues = store.open(50);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].key == std::string(DraftStore::draft_prefix) + "broken");
        CHECK(storage.get(issues[0].moved_to) == "{not json");
        CHECK(store.list().size() == 1);
    }
    SUBCASE("a corrupt index is kept aside and rebuilt from the drafts") {
        storage.set(DraftStore::index_key, "garbage");
        DraftStore store(storage);
        const auto issues = store.open(60);
        REQUIRE_FALSE(issues.empty());
        CHECK(issues[0].key == DraftStore::index_key);
        CHECK(storage.get(issues[0].moved_to) == "garbage");
        REQUIRE(store.list().size() == 1);
        CHECK(store.read(store.list()[0].id) == body_a);
    }
    SUBCASE("other applications' keys are left alone") {
        storage.set("someone.else", "{not ours");
        DraftStore store(storage);
        CHECK(store.open(70).empty());
        CHECK(storage.get("someone.else") == "{not ours");
    }
}

TEST_CASE("the last open draft is remembered and forgotten when trashed") {
    MemoryStorage storage;
    DraftStore store(storage);
    store.open(0);
    const auto a = store.create("Deal", body_a, 1);
    store.set_last_open(a.id);
    DraftStore again(storage);
    again.open(2);
    CHECK(again.last_open() == a.id);
    again.trash(a.id, 3);
    CHECK_FALSE(again.last_open().has_value());
}

TEST_CASE("a new draft with a name in use is numbered") {
    MemoryStorage storage;
    DraftStore store(storage);
    store.open(0);
    const auto a = store.create("Deal", body_a, 1);
    const auto b = store.create("Deal", body_b, 2);
    const auto c = store.create("Deal", body_b, 3);
    CHECK(store.find(a.id)->name == "Deal");
    CHECK(store.find(b.id)->name == "Deal 2");
    CHECK(store.find(c.id)->name == "Deal 3");
}

TEST_CASE("two stores on one storage (two tabs) extend each other's list instead of overwriting it") {
    MemoryStorage storage;
    DraftStore tab_a(storage);
    DraftStore tab_b(storage);
    tab_a.open(0);
    tab_b.open(0);
    const auto a = tab_a.create("From tab A", body_a, 1);
    const auto b = tab_b.create("From tab B", body_b, 2);  // tab B never re-opened the store
    DraftStore check(storage);
    CHECK(check.open(3).empty());
    REQUIRE(check.list().size() == 2);
    CHECK(check.find(a.id)->name == "From tab A");
    CHECK(check.find(b.id)->name == "From tab B");

    SUBCASE("refresh reads another tab's changes and writes nothing") {
        tab_b.rename(a.id, "Renamed in B", 4);
        const auto index_before = storage.get(DraftStore::index_key);
        tab_a.refresh();
        CHECK(tab_a.find(a.id)->name == "Renamed in B");
        CHECK(storage.get(DraftStore::index_key) == index_before);
    }
}
