#include <doctest/doctest.h>

#include "core/templates.hpp"
#include "core/workspace.hpp"

using namespace bpo;

namespace {
EditCommand set_title(Agreement& a, std::string title) {
    return set_value<std::string>("Edit title", "/title", [](Agreement& x) { return &x.title; }, std::move(title), a);
}
}  // namespace

TEST_CASE("a new draft is saved, edited, autosaved after a pause and reopened on restart") {
    MemoryStorage storage;
    std::string id;
    {
        Workspace ws(storage);
        CHECK(ws.start(0).empty());
        CHECK_FALSE(ws.has_draft());
        const auto created = ws.create("Acme support", make_starter(ClientProfile::Startup, "customer-support"), 10);
        REQUIRE(created.status == WriteStatus::Ok);
        id = created.id;
        CHECK(ws.save_state() == SaveState::Saved);

        ws.session().apply(set_title(ws.session().agreement, "Support agreement"), 100);
        ws.tick(100);
        CHECK(ws.save_state() == SaveState::Pending);
        ws.tick(100 + Workspace::autosave_delay_ms - 1);
        CHECK(ws.save_state() == SaveState::Pending);  // still typing
        ws.tick(100 + Workspace::autosave_delay_ms);
        CHECK(ws.save_state() == SaveState::Saved);
    }
    Workspace again(storage);
    CHECK(again.start(5000).empty());
    REQUIRE(again.has_draft());
    CHECK(again.draft_id() == id);
    CHECK(again.session().agreement.title == "Support agreement");
    CHECK_FALSE(again.session().history.can_undo());  // a fresh history per opening
}

TEST_CASE("an import with errors creates nothing; a good one becomes a new open draft") {
    MemoryStorage storage;
    Workspace ws(storage);
    ws.start(0);
    ws.create("Existing", make_blank_agreement(), 1);
    const auto keys_before = storage.keys();

    const auto bad = ws.import_json(R"({"format":"bpo-agreement","version":1,"term":{"initialTermMonths":"x"},"bogus":1})",
                                    "", 2);
    CHECK_FALSE(bad.ok());
    CHECK(bad.errors.size() >= 2);
    CHECK(storage.keys() == keys_before);
    CHECK(ws.draft_name() == "Existing");

    const auto junk = ws.import_json("not json at all", "", 3);
    CHECK_FALSE(junk.ok());
    CHECK(storage.keys() == keys_before);

    const auto good = ws.import_json(R"({"format":"bpo-agreement","version":1,"title":"Imported MSA"})", "", 4);
    REQUIRE(good.ok());
    CHECK(ws.draft_id() == good.draft_id);
    CHECK(ws.draft_name() == "Imported MSA");
    CHECK(ws.store().list().size() == 2);
}

TEST_CASE("switching drafts saves the one being left") {
    MemoryStorage storage;
    Workspace ws(storage);
    ws.start(0);
    const auto a = ws.create("A", make_blank_agreement(), 1);
    ws.session().apply(set_title(ws.session().agreement, "changed"), 2);
    ws.tick(2);
    const auto b = ws.create("B", make_blank_agreement(), 3);  // before the autosave delay
    CHECK(ws.draft_id() == b.id);
    CHECK_FALSE(ws.open(a.id, 4).has_value());
    CHECK(ws.session().agreement.title == "changed");
}

TEST_CASE("a full storage keeps the last good copy and says so") {
    MemoryStorage storage;
    Workspace ws(storage);
    ws.start(0);
    const auto a = ws.create("A", make_blank_agreement(), 1);
    const std::string saved = *storage.get(std::string(DraftStore::draft_prefix) + a.id);
    storage.set_capacity(0);
    ws.session().apply(set_title(ws.session().agreement, std::string(1000, 'x')), 2);
    CHECK(ws.save_now(3) == WriteStatus::QuotaExceeded);
    CHECK(ws.save_state() == SaveState::Failed);
    CHECK(*storage.get(std::string(DraftStore::draft_prefix) + a.id) == saved);
    storage.set_capacity(SIZE_MAX);
    ws.session().apply(set_title(ws.session().agreement, "fits now"), 4);
    CHECK(ws.save_now(5) == WriteStatus::Ok);
    CHECK(ws.save_state() == SaveState::Saved);
}

TEST_CASE("a stored draft that no longer imports is moved aside when opened") {
    MemoryStorage storage;
    std::string id;
    {
        Workspace ws(storage);
        ws.start(0);
        id = ws.create("A", make_blank_agreement(), 1).id;
        ws.close(2);
    }
    storage.set(std::string(DraftStore::draft_prefix) + id, R"({"format":"bpo-agreement","version":1,"term":7})");
    Workspace ws(storage);
    ws.start(3);
    const auto issue = ws.open(id, 4);
    REQUIRE(issue);
    CHECK_FALSE(issue->moved_to.empty());
    CHECK(storage.get(issue->moved_to).has_value());
    CHECK_FALSE(ws.has_draft());
    CHECK(ws.store().list().empty());
}

TEST_CASE("trashing the open draft closes it") {
    MemoryStorage storage;
    Workspace ws(storage);
    ws.start(0);
    const auto a = ws.create("A", make_blank_agreement(), 1);
    CHECK(ws.trash(a.id, 2) == WriteStatus::Ok);
    CHECK_FALSE(ws.has_draft());
    CHECK(ws.store().list(true).size() == 1);
}

TEST_CASE("a change saved by another tab is noticed and never silently overwritten") {
    MemoryStorage storage;
    Workspace mine(storage);
    mine.start(0);
    const auto a = mine.create("Shared", make_blank_agreement(), 1);
    Workspace theirs(storage);
    theirs.start(2);
    REQUIRE(theirs.draft_id() == a.id);

    CHECK(mine.storage_changed(3) == ExternalChange::ListChanged);  // nothing of substance yet

    theirs.session().apply(set_title(theirs.session().agreement, "Their title"), 4);
    theirs.save_now(5);
    mine.session().apply(set_title(mine.session().agreement, "My title"), 6);
    REQUIRE(mine.storage_changed(7) == ExternalChange::OpenDraftChanged);

    SUBCASE("reloading takes their version") {
        mine.reload_open_draft(8);
        CHECK(mine.session().agreement.title == "Their title");
        CHECK(mine.draft_id() == a.id);
    }
    SUBCASE("keeping mine makes a copy and leaves theirs intact") {
        const auto copy = mine.keep_mine_as_copy(8);
        REQUIRE(copy.status == WriteStatus::Ok);
        CHECK(mine.draft_id() == copy.id);
        CHECK(mine.draft_name() == "Shared (my copy)");
        CHECK(mine.session().agreement.title == "My title");
        DraftStore check(storage);
        check.open(9);
        CHECK(import_agreement(*check.read(a.id)).agreement.title == "Their title");
    }
    SUBCASE("a draft trashed elsewhere is reported") {
        theirs.trash(a.id, 8);
        CHECK(mine.storage_changed(9) == ExternalChange::OpenDraftRemoved);
    }
}
