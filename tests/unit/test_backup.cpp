#include <doctest/doctest.h>

#include "core/backup.hpp"
#include "core/templates.hpp"

using namespace bpo;

namespace {
std::string agreement_body(const char* title) {
    Agreement a = make_blank_agreement();
    a.title = title;
    return export_agreement(a);
}
}  // namespace

TEST_CASE("a backup restores every draft, with ids, names, times and the trash, into empty storage") {
    MemoryStorage source_storage;
    DraftStore source(source_storage);
    source.open(0);
    const auto a = source.create("Alpha", agreement_body("A"), 10);
    const auto b = source.create("Beta", agreement_body("B"), 20);
    source.trash(b.id, 30);
    const std::string backup = make_backup(source, 40);

    MemoryStorage target_storage;
    DraftStore target(target_storage);
    target.open(0);
    const RestoreReport report = restore_backup(backup, target, 50);
    REQUIRE(report.ok());
    CHECK(report.added == 2);
    CHECK(target.read(a.id) == source.read(a.id));
    CHECK(target.find(a.id)->modified_ms == 10);
    CHECK(target.find(b.id)->trashed_ms == 30);

    SUBCASE("restoring again changes nothing") {
        const RestoreReport again = restore_backup(backup, target, 60);
        CHECK(again.ok());
        CHECK(again.unchanged == 2);
        CHECK(again.added == 0);
        CHECK(target.list().size() + target.list(true).size() == 2);
    }
}

TEST_CASE("a restore never overwrites: a changed draft with the same id comes back as a copy") {
    MemoryStorage storage;
    DraftStore store(storage);
    store.open(0);
    const auto a = store.create("Deal", agreement_body("Old"), 1);
    const std::string backup = make_backup(store, 2);
    store.save(a.id, agreement_body("Newer here"), 3);

    const RestoreReport report = restore_backup(backup, store, 4);
    REQUIRE(report.ok());
    CHECK(report.copies == 1);
    CHECK(import_agreement(*store.read(a.id)).agreement.title == "Newer here");
    const auto all = store.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "Deal (from backup)");
}

TEST_CASE("a damaged backup restores nothing and says where") {
    MemoryStorage storage;
    DraftStore store(storage);
    store.open(0);
    CHECK_FALSE(restore_backup("nope", store, 1).ok());
    CHECK(restore_backup(R"({"format":"bpo-agreement","version":1})", store, 1).errors[0].pointer == "/format");
    const auto report = restore_backup(
        R"({"format":"bpo-backup","version":1,"drafts":[
            {"id":"d1","name":"ok","agreement":{"format":"bpo-agreement","version":1}},
            {"id":"d2","name":"bad","agreement":{"format":"bpo-agreement","version":1,"term":5}}]})",
        store, 1);
    REQUIRE_FALSE(report.ok());
    CHECK(report.errors[0].pointer == "/drafts/1/agreement/term");
    CHECK(store.list().empty());
}

TEST_CASE("a full storage stops the restore and reports it") {
    MemoryStorage source_storage;
    DraftStore source(source_storage);
    source.open(0);
    source.create("Alpha", agreement_body("A"), 10);
    const std::string backup = make_backup(source, 20);
    MemoryStorage storage(10);
    DraftStore store(storage);
    store.open(0);
    const auto report = restore_backup(backup, store, 30);
    CHECK(report.status == WriteStatus::QuotaExceeded);
    CHECK(storage.keys().empty());
}
