// What the workspace keeps beside the open draft: its version history (with automatic
// snapshots after autosaves), its monthly actuals, the loaded playbook, and what purging a
// draft takes with it.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/derived.hpp"
#include "core/scorecard.hpp"
#include "core/templates.hpp"
#include "core/workspace.hpp"
#include "test_document_helpers.hpp"

using namespace bpo;

namespace {

EditCommand set_title(Agreement& a, std::string title) {
    return set_value<std::string>("Edit title", "/title", [](Agreement& x) { return &x.title; }, std::move(title), a);
}

std::string playbook_text() {
    return test::read_file(std::string(BPO_SOURCE_DIR) + "/tests/fixtures/playbooks/acme-procurement.json");
}

bool any_key_with(const Storage& storage, const std::string& prefix) {
    const auto keys = storage.keys();
    return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return k.rfind(prefix, 0) == 0; });
}

}  // namespace

TEST_CASE("the open draft has a version history: named versions, automatic snapshots, restore as an undoable step") {
    MemoryStorage storage;
    Workspace ws(storage);
    ws.start(0);
    CHECK(ws.versions() == nullptr);
    const auto created = ws.create("Deal", make_starter(ClientProfile::Midsize, "finance-hr"), 10);
    REQUIRE(created.status == WriteStatus::Ok);
    REQUIRE(ws.versions() != nullptr);
    CHECK(ws.versions()->list().empty());

    SUBCASE("the first autosave takes an automatic snapshot") {
        ws.session().apply(set_title(ws.session().agreement, "Edited"), 100);
        ws.tick(100);
        ws.tick(100 + Workspace::autosave_delay_ms);
        CHECK(ws.last_autosnapshot().status == SnapshotStatus::Saved);
        REQUIRE(ws.versions()->list().size() == 1);
        CHECK(ws.versions()->list().front().reason == VersionReason::Automatic);
    }

    SUBCASE("a named version identical to the newest automatic one replaces it") {
        ws.session().apply(set_title(ws.session().agreement, "Edited"), 100);
        ws.tick(100);
        ws.tick(100 + Workspace::autosave_delay_ms);
        REQUIRE(ws.versions()->list().size() == 1);
        const SnapshotResult named = ws.save_version("Kept", 2000);
        CHECK(named.status == SnapshotStatus::Saved);
        REQUIRE(ws.versions()->list().size() == 1);
        CHECK(ws.versions()->list().front().reason == VersionReason::Named);
        CHECK(ws.versions()->list().front().name == "Kept");
        CHECK(ws.save_version("Again", 3000).status == SnapshotStatus::Unchanged);  // named ones stay
    }

    SUBCASE("save version, edit, restore: the edit is kept as a snapshot and undo brings it back") {
        const SnapshotResult saved = ws.save_version("Before edits", 20);
        REQUIRE(saved.status == SnapshotStatus::Saved);
        ws.session().apply(set_title(ws.session().agreement, "Changed title"), 30);
        const RestoreResult restored = ws.restore_version(saved.number, 40);
        REQUIRE(restored.ok());
        CHECK(ws.session().agreement.title != "Changed title");
        CHECK(ws.save_state() == SaveState::Saved);
        CHECK(ws.versions()->list().size() == 2);  // named + before-restore
        CHECK(ws.versions()->list().front().reason == VersionReason::BeforeRestore);
        CHECK(ws.session().history.undo_label() == "Restore version 1");
        ws.session().undo();
        CHECK(ws.session().agreement.title == "Changed title");
    }

    SUBCASE("drafts are read for comparing, the open one as it is in memory") {
        ws.session().apply(set_title(ws.session().agreement, "Unsaved edit"), 30);
        const ImportResult open_one = ws.read_agreement(created.id);
        REQUIRE(open_one.ok());
        CHECK(open_one.agreement.title == "Unsaved edit");
        CHECK_FALSE(ws.read_agreement("no-such-draft").ok());
    }

    SUBCASE("another draft has its own history") {
        ws.save_version("one", 20);
        ws.create("Other", make_starter(ClientProfile::Startup, "customer-support"), 30);
        REQUIRE(ws.versions() != nullptr);
        CHECK(ws.versions()->list().empty());
        ws.open(created.id, 40);
        CHECK(ws.versions()->list().size() == 1);
    }
}

TEST_CASE("purging a draft removes its versions and actuals; other drafts keep theirs") {
    MemoryStorage storage;
    Workspace ws(storage);
    ws.start(0);
    const auto a = ws.create("A", make_starter(ClientProfile::Midsize, "finance-hr"), 10);
    ws.save_version("a1", 11);
    Actuals actuals;
    set_actual(actuals, {2027, 1}, "sl-x", 90.0);
    REQUIRE(ws.set_actuals(actuals) == WriteStatus::Ok);
    const auto b = ws.create("B", make_starter(ClientProfile::Startup, "customer-support"), 20);
    ws.save_version("b1", 21);
    ws.set_actuals(actuals);

    REQUIRE(ws.trash(a.id, 30) == WriteStatus::Ok);
    SUBCASE("purge one") { REQUIRE(ws.purge(a.id, 40) == WriteStatus::Ok); }
    SUBCASE("empty the trash") { REQUIRE(ws.store().empty_trash() == WriteStatus::Ok); }
    CHECK_FALSE(any_key_with(storage, "bpo.v1.versions." + a.id));
    CHECK_FALSE(any_key_with(storage, "bpo.v1.version." + a.id + "."));
    CHECK_FALSE(storage.get("bpo.v1.actuals." + a.id));
    CHECK(any_key_with(storage, "bpo.v1.version." + b.id + "."));
    CHECK(storage.get("bpo.v1.actuals." + b.id));
}

TEST_CASE("actuals are stored per draft, merged by month on import, and a failed write keeps the stored copy") {
    MemoryStorage storage;
    Workspace ws(storage);
    ws.start(0);
    const auto created = ws.create("Deal", make_starter(ClientProfile::Midsize, "finance-hr"), 10);
    Actuals first;
    set_actual(first, {2027, 1}, "sl-a", 80.0);
    set_actual(first, {2027, 2}, "sl-a", 81.0);
    REQUIRE(ws.set_actuals(first) == WriteStatus::Ok);
    const std::uint64_t generation = ws.actuals_generation();

    CHECK(ws.import_actuals("month,sl-a\n2027-02,95\n2027-03,96\n").empty());
    CHECK(ws.actuals_generation() > generation);
    REQUIRE(ws.actuals().months.size() == 3);
    CHECK(actual_value(ws.actuals(), {2027, 1}, "sl-a") == 80.0);
    CHECK(actual_value(ws.actuals(), {2027, 2}, "sl-a") == 95.0);
    CHECK_FALSE(ws.import_actuals("month,sl-a\n2027-13,x\n").empty());
    CHECK(ws.actuals().months.size() == 3);  // errors change nothing

    const std::string stored = *storage.get("bpo.v1.actuals." + created.id);
    storage.set_capacity(0);
    Actuals bigger = ws.actuals();
    set_actual(bigger, {2027, 4}, "sl-a", 70.0);
    CHECK(ws.set_actuals(bigger) == WriteStatus::QuotaExceeded);
    CHECK(*storage.get("bpo.v1.actuals." + created.id) == stored);
    storage.set_capacity(SIZE_MAX);

    Workspace again(storage);
    again.start(100);
    REQUIRE(again.draft_id() == created.id);
    CHECK(again.actuals().months.size() == 3);
}

TEST_CASE("a playbook is loaded for every draft, kept across restarts, and its deviations join the findings") {
    MemoryStorage storage;
    {
        Workspace ws(storage);
        ws.start(0);
        const PlaybookImport bad = ws.load_playbook(R"({"format":"bpo-playbook","version":1,"ranges":[{"id":1}]})");
        CHECK_FALSE(bad.ok());
        CHECK_FALSE(ws.playbook());
        REQUIRE(ws.load_playbook(playbook_text()).ok());
        CHECK(ws.playbook()->name == "Acme procurement positions 2027");
    }
    Workspace ws(storage);
    CHECK(ws.start(10).empty());
    REQUIRE(ws.playbook());
    ws.create("Deal", make_starter(ClientProfile::Startup, "customer-support"), 20);

    Derived d;
    refresh(d, ws.session().agreement, ws.session().revision(), ws.draft_id());
    const std::size_t rules_only = d.findings.size();
    CHECK(d.playbook_findings == 0);
    CHECK(refresh(d, ws.session().agreement, ws.session().revision(), ws.draft_id(), &*ws.playbook(),
                  ws.playbook_generation()));
    CHECK(d.playbook_findings > 0);
    CHECK(d.findings.size() == rules_only + static_cast<std::size_t>(d.playbook_findings));
    CHECK(d.findings.back().rule_id.rfind("playbook.", 0) == 0);
    int counted = 0;
    for (int n : d.finding_counts) counted += n;
    CHECK(counted == static_cast<int>(d.findings.size()));
    CHECK_FALSE(d.deviation_anchors.empty());

    ws.unload_playbook();
    CHECK_FALSE(storage.get(Workspace::playbook_key));
    CHECK(refresh(d, ws.session().agreement, ws.session().revision(), ws.draft_id(), nullptr,
                  ws.playbook_generation()));
    CHECK(d.findings.size() == rules_only);
}
