#include <doctest/doctest.h>

#include <memory>

#include "core/drafts.hpp"
#include "core/json_format.hpp"
#include "core/packed_storage.hpp"
#include "core/templates.hpp"
#include "core/workspace.hpp"

using namespace bpo;

namespace {

// The enterprise starter with `rows` more services and service levels: repetitive JSON, as
// real agreements are.
std::string large_body(int rows) {
    Agreement a = make_starter(ClientProfile::Enterprise, "multi-tower", Date{2027, 1, 1});
    const std::vector<Service> services = a.services;
    const std::vector<ServiceLevel> levels = a.service_levels;
    for (int i = 0; i < rows; ++i) {
        Service s = services[static_cast<std::size_t>(i) % services.size()];
        s.id = "svc-copy-" + std::to_string(i);
        a.services.push_back(s);
        ServiceLevel l = levels[static_cast<std::size_t>(i) % levels.size()];
        l.id = "sl-copy-" + std::to_string(i);
        a.service_levels.push_back(l);
    }
    return export_agreement(a);
}

struct Packed {
    MemoryStorage* inner;
    std::unique_ptr<PackedStorage> storage;
};

Packed packed_over_memory(std::size_t capacity = SIZE_MAX) {
    auto memory = std::make_unique<MemoryStorage>(capacity);
    MemoryStorage* inner = memory.get();
    return {inner, std::make_unique<PackedStorage>(std::move(memory))};
}

}  // namespace

TEST_CASE("large draft bodies are kept packed and read back exactly; small ones and indexes stay plain") {
    Packed p = packed_over_memory();
    const std::string body = large_body(200);
    REQUIRE(body.size() > PackedStorage::default_threshold);

    REQUIRE(p.storage->set("bpo.v1.draft.d1", body) == WriteStatus::Ok);
    const std::string stored = *p.inner->get("bpo.v1.draft.d1");
    CHECK(is_packed_value(stored));
    CHECK(stored.size() * 3 < body.size());
    CHECK(p.storage->get("bpo.v1.draft.d1") == body);
    CHECK(p.storage->stored_size("bpo.v1.draft.d1") == stored.size());

    SUBCASE("version bodies and entries kept aside are packed too") {
        REQUIRE(p.storage->set("bpo.v1.version.d1.3", body) == WriteStatus::Ok);
        REQUIRE(p.storage->set("bpo.v1.aside.5.bpo.v1.draft.d1", body) == WriteStatus::Ok);
        CHECK(is_packed_value(*p.inner->get("bpo.v1.version.d1.3")));
        CHECK(is_packed_value(*p.inner->get("bpo.v1.aside.5.bpo.v1.draft.d1")));
        CHECK(p.storage->get("bpo.v1.version.d1.3") == body);
    }
    SUBCASE("indexes and other keys are never packed, whatever their size") {
        REQUIRE(p.storage->set("bpo.v1.index", body) == WriteStatus::Ok);
        REQUIRE(p.storage->set("bpo.v1.playbook", body) == WriteStatus::Ok);
        CHECK(*p.inner->get("bpo.v1.index") == body);
        CHECK(*p.inner->get("bpo.v1.playbook") == body);
    }
    SUBCASE("a body under the threshold stays plain JSON") {
        const std::string small = R"({"format":"bpo-agreement","version":1,"title":"Small"})";
        REQUIRE(p.storage->set("bpo.v1.draft.d2", small) == WriteStatus::Ok);
        CHECK(*p.inner->get("bpo.v1.draft.d2") == small);
        CHECK(p.storage->get("bpo.v1.draft.d2") == small);
    }
    SUBCASE("removing and listing pass through") {
        CHECK(p.storage->keys() == p.inner->keys());
        p.storage->remove("bpo.v1.draft.d1");
        CHECK_FALSE(p.inner->get("bpo.v1.draft.d1"));
    }
}

TEST_CASE("damaged packed values are never unpacked into something else") {
    const std::string text(40000, 'x');
    const std::string packed = pack_value(text);
    REQUIRE(is_packed_value(packed));
    CHECK(unpack_value(packed) == text);

    CHECK_FALSE(unpack_value(packed.substr(0, packed.size() - 3)));                  // cut short
    CHECK_FALSE(unpack_value(std::string(packed_value_tag) + "40000:@@@@"));           // not base64url
    CHECK_FALSE(unpack_value(std::string(packed_value_tag) + ":AAAA"));                // no length
    CHECK_FALSE(unpack_value(std::string(packed_value_tag) + "12x:AAAA"));             // bad length
    const std::string payload = packed.substr(packed.find(':', packed_value_tag.size()));
    CHECK_FALSE(unpack_value(std::string(packed_value_tag) + "39999" + payload));      // wrong length
    CHECK_FALSE(unpack_value(std::string(packed_value_tag) + "4000000000000" + payload));  // absurd length
    CHECK(unpack_value("{\"plain\":true}") == "{\"plain\":true}");
}

TEST_CASE("text that does not shrink is stored as it is") {
    const std::string text = "{}";
    CHECK(pack_value(text) == text);
}

TEST_CASE("a draft too large for the storage as JSON fits packed, and opens again") {
    const std::string body = large_body(400);
    const std::size_t capacity = body.size() / 2;  // the plain JSON alone would not fit
    {
        MemoryStorage plain(capacity);
        Workspace ws(plain);
        ws.start(1000);
        CHECK_FALSE(ws.import_json(body, "Big", 2000).ok());
    }
    Packed p = packed_over_memory(capacity);
    std::string id;
    {
        Workspace ws(*p.storage);
        ws.start(1000);
        const ImportOutcome outcome = ws.import_json(body, "Big", 2000);
        REQUIRE(outcome.ok());
        id = ws.draft_id();
        CHECK(ws.store().bytes_used() < capacity);
    }
    Workspace again(*p.storage);
    CHECK(again.start(3000).empty());
    CHECK(again.draft_id() == id);
    CHECK(export_agreement(again.session().agreement) == body);
}

TEST_CASE("a damaged packed draft is kept aside unchanged and the other drafts still open") {
    Packed p = packed_over_memory();
    DraftStore store(*p.storage);
    store.open(0);
    const auto good = store.create("Good", large_body(100), 1);
    const auto bad = store.create("Bad", large_body(150), 2);
    REQUIRE(good.status == WriteStatus::Ok);
    REQUIRE(bad.status == WriteStatus::Ok);
    std::string damaged = *p.inner->get("bpo.v1.draft." + bad.id);
    damaged.resize(damaged.size() - 10);
    REQUIRE(p.inner->set("bpo.v1.draft." + bad.id, damaged) == WriteStatus::Ok);

    DraftStore reopened(*p.storage);
    const auto issues = reopened.open(10);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].key == "bpo.v1.draft." + bad.id);
    REQUIRE_FALSE(issues[0].moved_to.empty());
    CHECK(p.storage->get(issues[0].moved_to) == damaged);  // what was stored, byte for byte
    CHECK(reopened.read(good.id) == store.read(good.id));
    CHECK_FALSE(reopened.find(bad.id));
}
