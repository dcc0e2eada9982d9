#include "core/workspace.hpp"

#include <functional>
#include <utility>

#include "core/scorecard.hpp"

namespace bpo {

std::vector<StorageIssue> Workspace::start(std::int64_t now_ms) {
    std::vector<StorageIssue> issues = store_.open(now_ms);
    if (const auto text = storage_.get(playbook_key)) {
        PlaybookImport imported = import_playbook(*text);
        if (imported.ok()) {
            playbook_ = std::move(imported.playbook);
            ++playbook_generation_;
        } else {
            issues.push_back({playbook_key, "", "The saved playbook could not be read again and was not loaded; "
                                                "load the playbook file again."});
        }
    }
    if (const auto last = store_.last_open()) {
        const DraftInfo* info = store_.find(*last);
        if (info && !info->trashed_ms)
            if (auto issue = open(*last, now_ms)) issues.push_back(*issue);
    }
    return issues;
}

std::string Workspace::draft_name() const {
    const DraftInfo* info = has_draft() ? store_.find(draft_id_) : nullptr;
    return info ? info->name : std::string{};
}

namespace {
std::size_t body_hash(const std::string& body) { return std::hash<std::string>{}(body); }
}  // namespace

void Workspace::load(const std::string& id, Agreement agreement) {
    session_ = Session{};
    session_.agreement = std::move(agreement);
    draft_id_ = id;
    saved_revision_ = seen_revision_ = session_.revision();
    last_write_ = WriteStatus::Ok;
    store_.set_last_open(id);
    versions_.emplace(storage_, id, history_policy_);
    versions_->load();
    last_autosnapshot_ = {};
    actuals_ = {};
    actuals_write_ = WriteStatus::Ok;
    if (const auto text = storage_.get(actuals_key())) {
        ActualsImport imported = import_actuals_json(*text);
        if (imported.ok()) actuals_ = std::move(imported.actuals);
    }
    ++actuals_generation_;
}

std::optional<StorageIssue> Workspace::open(const std::string& id, std::int64_t now_ms) {
    if (id == draft_id_) return std::nullopt;
    if (has_draft()) save_now(now_ms);
    const auto body = store_.read(id);
    if (!body) return StorageIssue{id, "", "That draft no longer exists."};
    ImportResult imported = import_agreement(*body);
    if (!imported.ok()) {
        std::string reason = "The saved draft \"" + (store_.find(id) ? store_.find(id)->name : id) +
                             "\" could not be opened (" +
                             (imported.errors.empty() ? std::string("unreadable")
                                                      : format_import_error(imported.errors.front())) +
                             "). It was kept aside, unchanged.";
        return store_.move_aside(id, reason, now_ms);
    }
    load(id, std::move(imported.agreement));
    saved_body_hash_ = body_hash(*body);
    return std::nullopt;
}

CreateResult Workspace::create(const std::string& name, Agreement agreement, std::int64_t now_ms) {
    if (has_draft()) save_now(now_ms);
    CreateResult result;
    std::size_t saved_hash = 0;
    {  // the stored text is let go before the agreement moves in: a big draft is not held twice
        const std::string body = export_agreement(agreement);
        result = store_.create(name, body, now_ms);
        saved_hash = body_hash(body);
    }
    if (result.status == WriteStatus::Ok) {
        load(result.id, std::move(agreement));
        saved_body_hash_ = saved_hash;
    }
    return result;
}

ImportOutcome Workspace::import_json(std::string_view text, const std::string& name, std::int64_t now_ms) {
    ImportOutcome outcome;
    ImportResult imported = import_agreement(text);
    if (!imported.ok()) {
        outcome.errors = std::move(imported.errors);
        if (outcome.errors.empty()) outcome.errors.push_back({"", "the file is not a BPO agreement"});
        return outcome;
    }
    const std::string draft_name = !name.empty() ? name
                                   : !imported.agreement.title.empty() ? imported.agreement.title
                                                                       : std::string("Imported agreement");
    const CreateResult created = create(draft_name, std::move(imported.agreement), now_ms);
    outcome.status = created.status;
    outcome.draft_id = created.id;
    return outcome;
}

void Workspace::close(std::int64_t now_ms) {
    if (!has_draft()) return;
    save_now(now_ms);
    draft_id_.clear();
    session_ = Session{};
    versions_.reset();
    actuals_ = {};
    ++actuals_generation_;
    store_.set_last_open(std::nullopt);
}

void Workspace::tick(std::int64_t now_ms) {
    if (!has_draft()) return;
    if (session_.revision() != seen_revision_) {
        seen_revision_ = session_.revision();
        last_change_ms_ = now_ms;
    }
    if (saved_revision_ != seen_revision_ && now_ms - last_change_ms_ >= autosave_delay_ms &&
        save_now(now_ms) == WriteStatus::Ok && versions_)
        last_autosnapshot_ = versions_->autosnapshot(session_.agreement, now_ms);
}

WriteStatus Workspace::save_now(std::int64_t now_ms) {
    if (!has_draft() || session_.revision() == saved_revision_) return WriteStatus::Ok;
    const std::uint64_t revision = session_.revision();
    const std::string body = export_agreement(session_.agreement);
    last_write_ = store_.save(draft_id_, body, now_ms);
    if (last_write_ == WriteStatus::Ok) {
        saved_revision_ = revision;
        saved_body_hash_ = body_hash(body);
    }
    // On failure the previous saved copy stays intact and the next change retries.
    last_change_ms_ = now_ms;
    return last_write_;
}

SaveState Workspace::save_state() const {
    if (last_write_ != WriteStatus::Ok) return SaveState::Failed;
    return session_.revision() == saved_revision_ ? SaveState::Saved : SaveState::Pending;
}

ExternalChange Workspace::storage_changed(std::int64_t) {
    store_.refresh();
    if (!has_draft()) return ExternalChange::ListChanged;
    const DraftInfo* info = store_.find(draft_id_);
    const auto body = store_.read(draft_id_);
    if (!info || info->trashed_ms || !body) return ExternalChange::OpenDraftRemoved;
    if (body_hash(*body) != saved_body_hash_) return ExternalChange::OpenDraftChanged;
    return ExternalChange::ListChanged;
}

void Workspace::reload_open_draft(std::int64_t now_ms) {
    const std::string id = draft_id_;
    draft_id_.clear();  // so open() does not save this tab's version over theirs
    session_ = Session{};
    open(id, now_ms);
}

CreateResult Workspace::keep_mine_as_copy(std::int64_t now_ms) {
    Agreement mine = session_.agreement;
    const std::string name = draft_name() + " (my copy)";
    draft_id_.clear();  // leave the other tab's version as it is
    return create(name, std::move(mine), now_ms);
}

WriteStatus Workspace::rename(const std::string& id, const std::string& name, std::int64_t now_ms) {
    return store_.rename(id, name, now_ms);
}

WriteStatus Workspace::trash(const std::string& id, std::int64_t now_ms) {
    if (id == draft_id_) close(now_ms);
    return store_.trash(id, now_ms);
}

WriteStatus Workspace::purge(const std::string& id, std::int64_t now_ms) {
    if (id == draft_id_) close(now_ms);
    return store_.purge(id);
}

ImportResult Workspace::read_agreement(const std::string& id) const {
    if (id == draft_id_) {
        ImportResult open_one;
        open_one.status = ImportStatus::Ok;
        open_one.agreement = session_.agreement;
        return open_one;
    }
    const auto body = store_.read(id);
    if (!body) {
        ImportResult missing;
        missing.errors.push_back({"", "that draft no longer exists"});
        return missing;
    }
    return import_agreement(*body);
}

SnapshotResult Workspace::save_version(const std::string& name, std::int64_t now_ms) {
    if (!versions_) return {};
    save_now(now_ms);
    SnapshotResult result = versions_->save_version(session_.agreement, name, now_ms);
    // Identical to an automatic snapshot: the user's named version replaces it, so what they
    // chose to keep is never pruned as automatic.
    const auto newest = versions_->list();
    if (result.status == SnapshotStatus::Unchanged && !newest.empty() && newest.front().reason != VersionReason::Named &&
        versions_->remove(newest.front().number) == WriteStatus::Ok)
        result = versions_->save_version(session_.agreement, name, now_ms);
    return result;
}

RestoreResult Workspace::restore_version(int number, std::int64_t now_ms) {
    if (!versions_) return {};
    RestoreResult result = versions_->restore(number, session_.agreement, now_ms);
    if (!result.ok()) return result;
    EditCommand command;
    command.label = "Restore version " + std::to_string(number);
    command.apply = [restored = result.imported.agreement](Agreement& a) { a = restored; };
    command.revert = [previous = session_.agreement](Agreement& a) { a = previous; };
    session_.history.seal();
    session_.apply(std::move(command), now_ms);
    session_.history.seal();
    save_now(now_ms);
    return result;
}

WriteStatus Workspace::set_actuals(Actuals actuals) {
    actuals_ = std::move(actuals);
    ++actuals_generation_;
    if (!has_draft()) return actuals_write_ = WriteStatus::Failed;
    // Storage::set leaves the previous value in place when it fails: the old copy is never lost.
    actuals_write_ = storage_.set(actuals_key(), actuals_to_json(actuals_));
    return actuals_write_;
}

std::vector<ActualsError> Workspace::import_actuals(std::string_view text) {
    ActualsImport imported = bpo::import_actuals(text);
    if (!imported.ok()) return imported.errors;
    Actuals merged = actuals_;
    for (const ActualsMonth& m : imported.actuals.months) {
        remove_month(merged, m.month);
        const std::size_t at = add_month(merged, m.month);
        merged.months[at] = m;
    }
    set_actuals(std::move(merged));
    return {};
}

PlaybookImport Workspace::load_playbook(std::string_view text) {
    PlaybookImport imported = import_playbook(text);
    if (!imported.ok()) return imported;
    playbook_ = imported.playbook;
    ++playbook_generation_;
    // Kept in its canonical form; if the storage refuses it, it is still loaded for this visit.
    storage_.set(playbook_key, export_playbook(imported.playbook));
    return imported;
}

void Workspace::unload_playbook() {
    playbook_.reset();
    ++playbook_generation_;
    storage_.remove(playbook_key);
}

}  // namespace bpo
