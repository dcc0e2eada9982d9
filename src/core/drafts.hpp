// Named drafts over a key-value Storage (localStorage in the browser), with a trash.
//
// Storage layout, version 1 (documented in README):
//   bpo.v1.index            {"format":"bpo-drafts-index","version":1,"lastOpen":ID|null,
//                            "drafts":[{"id","name","created","modified","trashed"}]}  (times: ms)
//   bpo.v1.draft.<id>       the agreement, in the bpo-agreement JSON format
//   bpo.v1.aside.<ms>.<key> an entry that could not be read, moved aside (kept, not deleted)
//   bpo.v1.actuals.<id>     the draft's monthly actuals for the scorecard (bpo-actuals JSON)
//   bpo.v1.versions.<id>, bpo.v1.version.<id>.<n>   its version history (history.hpp)
// Purging a draft (purge, empty_trash) removes everything keyed by its id: body, versions, actuals.
// Writes are ordered so a failure part-way leaves the previous good copy readable: a draft's
// body is written before the index that lists it, and a failed write changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage.hpp"

namespace bpo {

struct DraftInfo {
    std::string id;
    std::string name;
    std::int64_t created_ms = 0;
    std::int64_t modified_ms = 0;
    std::optional<std::int64_t> trashed_ms;  // set while the draft is in the trash
};

// Something open() found wrong and what it did about it.
struct StorageIssue {
    std::string key;       // the entry concerned
    std::string moved_to;  // where it was moved aside, or "" when it was repaired in place
    std::string message;   // plain-language account for the user
};

struct CreateResult {
    WriteStatus status = WriteStatus::Failed;
    std::string id;  // the new draft's id when status is Ok
};

class DraftStore {
public:
    static constexpr const char* index_key = "bpo.v1.index";
    static constexpr const char* draft_prefix = "bpo.v1.draft.";
    static constexpr const char* aside_prefix = "bpo.v1.aside.";
    static constexpr const char* actuals_prefix = "bpo.v1.actuals.";

    explicit DraftStore(Storage& storage) : storage_(storage) {}

    // Reads the index and checks every entry: a corrupt index is moved aside and rebuilt from
    // the draft entries; unreadable draft entries are moved aside; drafts missing from the
    // index are listed again. Call at start-up and when another tab changed the storage.
    std::vector<StorageIssue> open(std::int64_t now_ms);
    // Re-reads the list as stored, repairing nothing and writing nothing: what to do when
    // another tab changed the storage (a repair here could race that tab's own writes).
    void refresh();

    // Drafts (or those in the trash), most recently modified first, whose name contains
    // `search` (case-insensitive).
    std::vector<DraftInfo> list(bool in_trash = false, std::string_view search = {}) const;
    const DraftInfo* find(const std::string& id) const;
    std::optional<std::string> read(const std::string& id) const;

    // Creates a draft; a name already in use gets a number ("Deal", "Deal 2", ...).
    CreateResult create(const std::string& name, const std::string& body, std::int64_t now_ms);
    std::string unique_name(const std::string& name) const;
    WriteStatus save(const std::string& id, const std::string& body, std::int64_t now_ms);
    WriteStatus rename(const std::string& id, const std::string& name, std::int64_t now_ms);
    CreateResult duplicate(const std::string& id, std::int64_t now_ms);
    // Adds a draft as described by `info` (its id, name and times), for restoring a backup.
    // Fails if the id is taken; the name is made unique.
    CreateResult add(DraftInfo info, const std::string& body);
    WriteStatus trash(const std::string& id, std::int64_t now_ms);
    WriteStatus restore(const std::string& id);
    WriteStatus purge(const std::string& id);   // deletes for good, with its versions and actuals
    WriteStatus empty_trash();                   // purges every draft in the trash

    // Moves a draft's stored body aside (e.g. it no longer imports) and drops it from the list.
    StorageIssue move_aside(const std::string& id, const std::string& reason, std::int64_t now_ms);

    std::optional<std::string> last_open() const { return last_open_; }
    WriteStatus set_last_open(const std::optional<std::string>& id);

    std::size_t bytes_used() const;  // everything under the bpo. prefix, as stored (packed or not)

private:
    WriteStatus write_index();
    std::string new_id(std::int64_t now_ms) const;
    DraftInfo* find_mutable(const std::string& id);
    std::string move_entry_aside(const std::string& key, std::int64_t now_ms);

    Storage& storage_;
    std::vector<DraftInfo> drafts_;
    std::optional<std::string> last_open_;
};

}  // namespace bpo
