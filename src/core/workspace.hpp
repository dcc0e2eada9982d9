// The open draft and the drafts around it: what the app shows and edits. Opening, creating,
// importing, autosaving (debounced after each change) and closing drafts, over a DraftStore.
// Lives in the core so the whole lifecycle is tested natively; the web app only ticks it.
// Beside the open draft it keeps what belongs to it: its version history (history.hpp, an
// automatic snapshot after autosaves when the policy says so) and its monthly actuals for the
// scorecard (bpo.v1.actuals.<id>); and the playbook loaded for every draft (bpo.v1.playbook).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/drafts.hpp"
#include "core/history.hpp"
#include "core/json_format.hpp"
#include "core/playbook.hpp"
#include "core/session.hpp"

namespace bpo {

enum class SaveState { Saved, Pending, Failed };

// What another tab (or window) on the same origin did to the stored drafts.
enum class ExternalChange {
    None,              // nothing that concerns this tab
    ListChanged,       // other drafts were added, renamed or removed: the list is refreshed
    OpenDraftChanged,  // the draft open here was saved elsewhere: the user chooses what to keep
    OpenDraftRemoved,  // the draft open here was deleted or trashed elsewhere
};

struct ImportOutcome {
    std::vector<ImportError> errors;  // every problem; nothing was created when not empty
    std::string draft_id;             // the new draft when errors is empty
    WriteStatus status = WriteStatus::Ok;  // storage result of creating it
    bool ok() const { return errors.empty() && status == WriteStatus::Ok && !draft_id.empty(); }
};

class Workspace {
public:
    static constexpr std::int64_t autosave_delay_ms = 800;

    static constexpr const char* playbook_key = "bpo.v1.playbook";  // the loaded playbook's text

    explicit Workspace(Storage& storage, HistoryPolicy policy = {})
        : storage_(storage), store_(storage), history_policy_(policy) {}

    // Opens the draft store and reopens the last open draft. Returns what was repaired.
    std::vector<StorageIssue> start(std::int64_t now_ms);

    bool has_draft() const { return !draft_id_.empty(); }
    const std::string& draft_id() const { return draft_id_; }
    std::string draft_name() const;
    Session& session() { return session_; }
    const Session& session() const { return session_; }
    DraftStore& store() { return store_; }
    const DraftStore& store() const { return store_; }

    // Opens a stored draft. A draft that no longer imports is moved aside (kept) and reported.
    std::optional<StorageIssue> open(const std::string& id, std::int64_t now_ms);
    // Saves the agreement as a new draft and opens it (moved in when the caller lets it go).
    CreateResult create(const std::string& name, Agreement agreement, std::int64_t now_ms);
    // Imports a bpo-agreement JSON text as a new draft; with errors nothing is created.
    ImportOutcome import_json(std::string_view text, const std::string& name, std::int64_t now_ms);
    // Saves the open draft (if changed), then closes it: back to the welcome screen.
    void close(std::int64_t now_ms);

    // Call every frame: notes changes and saves once the user paused for autosave_delay_ms.
    void tick(std::int64_t now_ms);
    // Saves now if there is anything unsaved (page hidden, draft switched, explicit save).
    WriteStatus save_now(std::int64_t now_ms);
    SaveState save_state() const;
    WriteStatus last_write() const { return last_write_; }

    // Another tab changed the storage (the browser's storage event): re-reads the list and
    // compares the open draft with what this tab last saved. Never overwrites anything.
    ExternalChange storage_changed(std::int64_t now_ms);
    // After OpenDraftChanged: take the other tab's version (this tab's unsaved edits are dropped) ...
    void reload_open_draft(std::int64_t now_ms);
    // ... or keep this tab's version as a new draft "<name> (my copy)" and open that.
    CreateResult keep_mine_as_copy(std::int64_t now_ms);

    // Drafts other than the open one: rename/duplicate/trash go straight to the store.
    WriteStatus rename(const std::string& id, const std::string& name, std::int64_t now_ms);
    WriteStatus trash(const std::string& id, std::int64_t now_ms);  // closes it if open
    // Deletes for good, with versions and actuals (DraftStore::purge), closing it if open.
    WriteStatus purge(const std::string& id, std::int64_t now_ms);
    // A stored draft's agreement (for comparing), without opening it.
    ImportResult read_agreement(const std::string& id) const;

    // ---- version history of the open draft ----
    VersionHistory* versions() { return versions_ ? &*versions_ : nullptr; }  // null: no draft open
    const VersionHistory* versions() const { return versions_ ? &*versions_ : nullptr; }
    // "Save version": saves the draft, then snapshots it under `name`.
    SnapshotResult save_version(const std::string& name, std::int64_t now_ms);
    // Restores a version as one undoable edit; the current state is kept as a snapshot first.
    RestoreResult restore_version(int number, std::int64_t now_ms);
    const SnapshotResult& last_autosnapshot() const { return last_autosnapshot_; }

    // ---- monthly actuals of the open draft (the scorecard's input) ----
    const Actuals& actuals() const { return actuals_; }
    std::uint64_t actuals_generation() const { return actuals_generation_; }  // bumped on change
    // Replaces and stores them; on a failed write the stored copy stays the previous one and the
    // status says so (the new actuals stay in memory and are written with the next change).
    WriteStatus set_actuals(Actuals actuals);
    WriteStatus actuals_write() const { return actuals_write_; }
    // Imports a bpo-actuals JSON or CSV text: its months replace the same months (others stay).
    std::vector<ActualsError> import_actuals(std::string_view text);

    // ---- the playbook (one for all drafts) ----
    const std::optional<Playbook>& playbook() const { return playbook_; }
    std::uint64_t playbook_generation() const { return playbook_generation_; }  // bumped on load/unload
    // Loads and keeps a playbook; with errors the current one stays.
    PlaybookImport load_playbook(std::string_view text);
    void unload_playbook();

private:
    void load(const std::string& id, Agreement agreement);
    std::string actuals_key() const { return DraftStore::actuals_prefix + draft_id_; }

    Storage& storage_;
    DraftStore store_;
    HistoryPolicy history_policy_;
    std::optional<VersionHistory> versions_;
    SnapshotResult last_autosnapshot_;
    Actuals actuals_;
    std::uint64_t actuals_generation_ = 0;
    WriteStatus actuals_write_ = WriteStatus::Ok;
    std::optional<Playbook> playbook_;
    std::uint64_t playbook_generation_ = 0;
    Session session_;
    std::string draft_id_;
    std::uint64_t saved_revision_ = 0;
    std::uint64_t seen_revision_ = 0;
    std::int64_t last_change_ms_ = 0;
    WriteStatus last_write_ = WriteStatus::Ok;
    std::size_t saved_body_hash_ = 0;  // of the body this tab last read or wrote
};

}  // namespace bpo
