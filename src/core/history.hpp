// Version history of a draft: snapshots of the agreement, named ("save version") or automatic
// (at intervals of meaningful change), kept under a byte budget the user can see, over the same
// key-value Storage as the drafts (localStorage in the browser).
//
// Storage layout, version 1 (beside the drafts' keys, drafts.hpp):
//   bpo.v1.versions.<draftId>     {"format":"bpo-versions-index","version":1,"next":N,
//                                  "versions":[{"n","name","created","reason","bytes"}]}
//                                  (oldest first; created in ms; reason "named" | "automatic" |
//                                  "before-restore"; bytes = size of the body)
//   bpo.v1.version.<draftId>.<n>  the agreement at that point, canonical bpo-agreement JSON
// Writes are ordered like the drafts': a body is written before the index that lists it, an
// entry is unlisted before its body is removed, and a failed write leaves the previous index
// and bodies readable. A version's number n is never reused within a draft.
//
// Automatic snapshots (HistoryPolicy): one is taken when there is none yet, or when at least
// min_interval_ms passed since the newest snapshot (of any kind) AND the agreement differs from
// it meaningfully: at least min_changed_fields field changes (diff.hpp), or any row added,
// removed or moved. At most max_automatic automatic snapshots are kept (oldest dropped first);
// named ones are never dropped automatically.
// Budget: the bytes of all bodies, their keys and the index (usage()). A snapshot that would go
// over the budget first drops the oldest automatic snapshots; if it still does not fit it is not
// taken (OverBudget). A storage quota error is handled the same way, then reported.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/json_format.hpp"
#include "core/storage.hpp"

namespace bpo {

enum class VersionReason {
    Named,          // the user chose "save version" (and may have named it)
    Automatic,      // taken by the policy while editing
    BeforeRestore,  // the state just before another version was restored (pruned like automatic)
};

const char* version_reason_id(VersionReason reason);  // "named", "automatic", "before-restore"

struct VersionInfo {
    int number = 0;              // 1, 2, 3 ... in order of creation, never reused
    std::string name;            // user's name; may be empty (the UI shows the time instead)
    std::int64_t created_ms = 0;
    VersionReason reason = VersionReason::Automatic;
    std::size_t bytes = 0;       // size of the stored body
};

struct HistoryPolicy {
    std::int64_t min_interval_ms = 10 * 60 * 1000;  // 10 minutes between automatic snapshots
    std::size_t min_changed_fields = 3;             // field changes that count as meaningful
    std::size_t max_automatic = 20;                 // automatic (and before-restore) ones kept
    std::size_t budget_bytes = 2u * 1024u * 1024u;  // per draft
};

struct HistoryUsage {
    std::size_t bytes_used = 0;    // bodies + their keys + the index
    std::size_t budget_bytes = 0;
    std::size_t named = 0;
    std::size_t automatic = 0;     // automatic and before-restore
};

enum class SnapshotStatus {
    Saved,
    Unchanged,      // identical to the newest version: nothing to keep
    NotDue,         // automatic: too soon, or not a meaningful change yet
    OverBudget,     // does not fit the budget even after dropping automatic snapshots
    QuotaExceeded,  // the storage is full
    Failed,         // any other storage failure
};

struct SnapshotResult {
    SnapshotStatus status = SnapshotStatus::Failed;
    int number = 0;               // the new version when Saved
    std::vector<int> pruned;      // automatic versions dropped to make room or keep the count
};

struct RestoreResult {
    ImportResult imported;        // the restored agreement (imported.ok()) or why it cannot be read
    SnapshotResult saved_before;  // the snapshot of the state before restoring
    bool ok() const { return imported.ok(); }
};

class VersionHistory {
public:
    static constexpr const char* index_prefix = "bpo.v1.versions.";
    static constexpr const char* body_prefix = "bpo.v1.version.";

    VersionHistory(Storage& storage, std::string draft_id, HistoryPolicy policy = {});

    // Reads the index (an unreadable one is rebuilt from the stored bodies; listed versions
    // without a body are dropped). Call once after construction and after another tab wrote.
    void load();

    const std::string& draft_id() const { return draft_id_; }
    const HistoryPolicy& policy() const { return policy_; }
    std::vector<VersionInfo> list() const;            // newest first
    const VersionInfo* find(int number) const;
    std::optional<std::string> read(int number) const;  // the stored JSON
    ImportResult open(int number) const;              // the stored agreement, imported
    HistoryUsage usage() const;

    // "Save version": always taken unless identical to the newest version.
    SnapshotResult save_version(const Agreement& agreement, const std::string& name, std::int64_t now_ms);
    // Call after each autosave: takes an automatic snapshot when the policy says so.
    SnapshotResult autosnapshot(const Agreement& agreement, std::int64_t now_ms);
    // Would autosnapshot take one now? (no storage writes)
    bool snapshot_due(const Agreement& agreement, std::int64_t now_ms) const;

    // Restores a version: first keeps `current` as a before-restore snapshot (unless identical
    // to the newest version), then returns the version's agreement for the caller to load.
    RestoreResult restore(int number, const Agreement& current, std::int64_t now_ms);

    WriteStatus rename(int number, const std::string& name);
    WriteStatus remove(int number);
    WriteStatus remove_all();  // when the draft itself is deleted for good
    // A new budget; drops the oldest automatic snapshots until the history fits (named ones stay).
    WriteStatus set_budget(std::size_t bytes);
    void set_policy(const HistoryPolicy& policy) { policy_ = policy; }

private:
    std::string index_key() const;
    std::string body_key(int number) const;
    std::string index_text(const std::vector<VersionInfo>& versions) const;
    std::size_t bytes_of(const std::vector<VersionInfo>& versions) const;
    SnapshotResult take(const Agreement& agreement, const std::string& name, VersionReason reason,
                        std::int64_t now_ms);
    bool differs_meaningfully(const std::string& body) const;
    std::string newest_body() const;

    Storage& storage_;
    std::string draft_id_;
    HistoryPolicy policy_;
    std::vector<VersionInfo> versions_;  // oldest first
    int next_ = 1;
    mutable std::optional<std::pair<int, std::string>> newest_cache_;  // number, body
};

// Removes every version of a draft (when the draft is purged), without loading a history.
void remove_versions(Storage& storage, const std::string& draft_id);

}  // namespace bpo
