#include "core/history.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/diff.hpp"

namespace bpo {

namespace {

using nlohmann::json;

constexpr const char* index_format = "bpo-versions-index";

std::optional<VersionReason> reason_from_id(const std::string& id) {
    for (VersionReason r : {VersionReason::Named, VersionReason::Automatic, VersionReason::BeforeRestore})
        if (id == version_reason_id(r)) return r;
    return std::nullopt;
}

bool pruned_automatically(VersionReason r) { return r != VersionReason::Named; }

SnapshotStatus from_write(WriteStatus s) {
    switch (s) {
        case WriteStatus::Ok: return SnapshotStatus::Saved;
        case WriteStatus::QuotaExceeded: return SnapshotStatus::QuotaExceeded;
        case WriteStatus::Failed: return SnapshotStatus::Failed;
    }
    return SnapshotStatus::Failed;
}

}  // namespace

const char* version_reason_id(VersionReason reason) {
    switch (reason) {
        case VersionReason::Named: return "named";
        case VersionReason::Automatic: return "automatic";
        case VersionReason::BeforeRestore: return "before-restore";
    }
    return "automatic";
}

VersionHistory::VersionHistory(Storage& storage, std::string draft_id, HistoryPolicy policy)
    : storage_(storage), draft_id_(std::move(draft_id)), policy_(policy) {}

std::string VersionHistory::index_key() const { return index_prefix + draft_id_; }

std::string VersionHistory::body_key(int number) const {
    return body_prefix + draft_id_ + "." + std::to_string(number);
}

std::string VersionHistory::index_text(const std::vector<VersionInfo>& versions) const {
    json list = json::array();
    for (const VersionInfo& v : versions)
        list.push_back({{"n", v.number},
                        {"name", v.name},
                        {"created", v.created_ms},
                        {"reason", version_reason_id(v.reason)},
                        {"bytes", v.bytes}});
    int next = next_;
    for (const VersionInfo& v : versions) next = std::max(next, v.number + 1);
    return json{{"format", index_format}, {"version", 1}, {"next", next}, {"versions", list}}.dump();
}

std::size_t VersionHistory::bytes_of(const std::vector<VersionInfo>& versions) const {
    std::size_t total = index_key().size() + index_text(versions).size();
    for (const VersionInfo& v : versions) total += body_key(v.number).size() + v.bytes;
    return total;
}

void VersionHistory::load() {
    versions_.clear();
    next_ = 1;
    newest_cache_.reset();
    bool readable = false;
    if (const auto text = storage_.get(index_key())) {
        const json j = json::parse(*text, nullptr, false);
        if (j.is_object() && j.value("format", "") == index_format && j.value("version", 0) == 1 &&
            j.contains("versions") && j["versions"].is_array()) {
            readable = true;
            next_ = std::max(1, j.value("next", 1));
            for (const json& e : j["versions"]) {
                if (!e.is_object() || !e.contains("n") || !e["n"].is_number_integer()) continue;
                VersionInfo v;
                v.number = e["n"].get<int>();
                v.name = e.value("name", "");
                v.created_ms = e.value("created", std::int64_t{0});
                v.reason = reason_from_id(e.value("reason", "")).value_or(VersionReason::Automatic);
                v.bytes = e.value("bytes", std::size_t{0});
                versions_.push_back(std::move(v));
            }
        }
    }
    const std::string prefix = body_prefix + draft_id_ + ".";
    if (!readable) {
        // Rebuild the list from the bodies themselves (names and times are lost).
        for (const std::string& key : storage_.keys()) {
            if (key.compare(0, prefix.size(), prefix) != 0) continue;
            const std::string rest = key.substr(prefix.size());
            if (rest.empty() || rest.find_first_not_of("0123456789") != std::string::npos || rest.size() > 9) continue;
            VersionInfo v;
            v.number = std::stoi(rest);
            v.bytes = storage_.get(key).value_or("").size();
            versions_.push_back(v);
        }
    }
    // Listed versions whose body is gone cannot be opened.
    versions_.erase(std::remove_if(versions_.begin(), versions_.end(),
                                   [&](const VersionInfo& v) { return !storage_.get(body_key(v.number)); }),
                    versions_.end());
    std::stable_sort(versions_.begin(), versions_.end(),
                     [](const VersionInfo& a, const VersionInfo& b) { return a.number < b.number; });
    for (const VersionInfo& v : versions_) next_ = std::max(next_, v.number + 1);
    if (!readable && !versions_.empty()) storage_.set(index_key(), index_text(versions_));
}

std::vector<VersionInfo> VersionHistory::list() const { return {versions_.rbegin(), versions_.rend()}; }

const VersionInfo* VersionHistory::find(int number) const {
    for (const VersionInfo& v : versions_)
        if (v.number == number) return &v;
    return nullptr;
}

std::optional<std::string> VersionHistory::read(int number) const {
    if (!find(number)) return std::nullopt;
    return storage_.get(body_key(number));
}

ImportResult VersionHistory::open(int number) const {
    const auto body = read(number);
    if (!body) {
        ImportResult missing;
        missing.errors.push_back({"", "this version is no longer stored"});
        return missing;
    }
    return import_agreement(*body);
}

HistoryUsage VersionHistory::usage() const {
    HistoryUsage u;
    u.bytes_used = versions_.empty() ? 0 : bytes_of(versions_);
    u.budget_bytes = policy_.budget_bytes;
    for (const VersionInfo& v : versions_) (pruned_automatically(v.reason) ? u.automatic : u.named) += 1;
    return u;
}

std::string VersionHistory::newest_body() const {
    if (versions_.empty()) return {};
    const int newest = versions_.back().number;
    if (!newest_cache_ || newest_cache_->first != newest)
        newest_cache_ = std::make_pair(newest, storage_.get(body_key(newest)).value_or(""));
    return newest_cache_->second;
}

bool VersionHistory::differs_meaningfully(const std::string& body) const {
    const std::string newest = newest_body();
    if (newest == body) return false;
    const auto before = nlohmann::ordered_json::parse(newest, nullptr, false);
    const auto after = nlohmann::ordered_json::parse(body, nullptr, false);
    if (before.is_discarded() || after.is_discarded()) return true;
    const AgreementDiff diff = diff_agreement_json(before, after);
    if (diff.changes.size() >= policy_.min_changed_fields) return true;
    return std::any_of(diff.changes.begin(), diff.changes.end(),
                       [](const FieldChange& c) { return c.kind != ChangeKind::Changed; });
}

bool VersionHistory::snapshot_due(const Agreement& agreement, std::int64_t now_ms) const {
    const std::string body = export_agreement(agreement);
    if (versions_.empty()) return true;
    if (now_ms - versions_.back().created_ms < policy_.min_interval_ms) return false;
    return differs_meaningfully(body);
}

SnapshotResult VersionHistory::save_version(const Agreement& agreement, const std::string& name,
                                            std::int64_t now_ms) {
    return take(agreement, name, VersionReason::Named, now_ms);
}

SnapshotResult VersionHistory::autosnapshot(const Agreement& agreement, std::int64_t now_ms) {
    if (!snapshot_due(agreement, now_ms)) {
        SnapshotResult r;
        r.status = !versions_.empty() && newest_body() == export_agreement(agreement) ? SnapshotStatus::Unchanged
                                                                                      : SnapshotStatus::NotDue;
        return r;
    }
    return take(agreement, "", VersionReason::Automatic, now_ms);
}

SnapshotResult VersionHistory::take(const Agreement& agreement, const std::string& name, VersionReason reason,
                                    std::int64_t now_ms) {
    SnapshotResult result;
    const std::string body = export_agreement(agreement);
    if (!versions_.empty() && newest_body() == body) {
        result.status = SnapshotStatus::Unchanged;
        return result;
    }
    VersionInfo added;
    added.number = next_;
    added.name = name;
    added.created_ms = now_ms;
    added.reason = reason;
    added.bytes = body.size();

    // Plan: the new list, with the oldest automatic snapshots dropped for the count and the budget.
    std::vector<VersionInfo> planned = versions_;
    planned.push_back(added);
    std::vector<int> pruned;
    auto drop_oldest_automatic = [&](std::vector<VersionInfo>& list) {
        const auto it = std::find_if(list.begin(), list.end(), [&](const VersionInfo& v) {
            return pruned_automatically(v.reason) && v.number != added.number;
        });
        if (it == list.end()) return false;
        pruned.push_back(it->number);
        list.erase(it);
        return true;
    };
    if (pruned_automatically(reason)) {
        auto automatic = [&] {
            return static_cast<std::size_t>(std::count_if(planned.begin(), planned.end(), [](const VersionInfo& v) {
                return pruned_automatically(v.reason);
            }));
        };
        while (automatic() > std::max<std::size_t>(1, policy_.max_automatic) && drop_oldest_automatic(planned)) {
        }
    }
    while (bytes_of(planned) > policy_.budget_bytes)
        if (!drop_oldest_automatic(planned)) {
            result.status = SnapshotStatus::OverBudget;
            return result;  // nothing written
        }

    // Body first. When the storage is full, make the planned room for real, then more, and retry.
    WriteStatus status = storage_.set(body_key(added.number), body);
    bool committed_pruning = false;
    while (status == WriteStatus::QuotaExceeded) {
        std::vector<VersionInfo> smaller = planned;
        smaller.pop_back();  // without the new one: what stays if the retry fails too
        // Each retry must free something more than what is stored now.
        if (smaller.size() == versions_.size() && !drop_oldest_automatic(smaller)) break;
        if (storage_.set(index_key(), index_text(smaller)) != WriteStatus::Ok) break;  // unlist first
        for (const VersionInfo& v : versions_)
            if (std::none_of(smaller.begin(), smaller.end(), [&](const VersionInfo& k) { return k.number == v.number; }))
                storage_.remove(body_key(v.number));
        versions_ = smaller;
        newest_cache_.reset();
        planned = smaller;
        planned.push_back(added);
        committed_pruning = true;
        status = storage_.set(body_key(added.number), body);
    }
    if (status != WriteStatus::Ok) {
        result.status = from_write(status);
        result.pruned = committed_pruning ? pruned : std::vector<int>{};
        return result;
    }
    // Then the index that lists it; if that fails, take the body back.
    const WriteStatus listed = storage_.set(index_key(), index_text(planned));
    if (listed != WriteStatus::Ok) {
        storage_.remove(body_key(added.number));
        result.status = from_write(listed);
        result.pruned = committed_pruning ? pruned : std::vector<int>{};
        return result;
    }
    for (const VersionInfo& v : versions_)
        if (std::none_of(planned.begin(), planned.end(), [&](const VersionInfo& p) { return p.number == v.number; }))
            storage_.remove(body_key(v.number));
    versions_ = std::move(planned);
    next_ = added.number + 1;
    newest_cache_ = std::make_pair(added.number, body);
    result.status = SnapshotStatus::Saved;
    result.number = added.number;
    result.pruned = std::move(pruned);
    return result;
}

RestoreResult VersionHistory::restore(int number, const Agreement& current, std::int64_t now_ms) {
    RestoreResult r;
    r.imported = open(number);
    if (!r.imported.ok()) return r;
    r.saved_before = take(current, "", VersionReason::BeforeRestore, now_ms);
    return r;
}

WriteStatus VersionHistory::rename(int number, const std::string& name) {
    std::vector<VersionInfo> changed = versions_;
    const auto it = std::find_if(changed.begin(), changed.end(), [&](const VersionInfo& v) { return v.number == number; });
    if (it == changed.end()) return WriteStatus::Failed;
    it->name = name;
    const WriteStatus s = storage_.set(index_key(), index_text(changed));
    if (s == WriteStatus::Ok) versions_ = std::move(changed);
    return s;
}

WriteStatus VersionHistory::remove(int number) {
    std::vector<VersionInfo> changed = versions_;
    const auto it = std::find_if(changed.begin(), changed.end(), [&](const VersionInfo& v) { return v.number == number; });
    if (it == changed.end()) return WriteStatus::Failed;
    changed.erase(it);
    const WriteStatus s = storage_.set(index_key(), index_text(changed));  // unlist first
    if (s != WriteStatus::Ok) return s;
    storage_.remove(body_key(number));
    versions_ = std::move(changed);
    newest_cache_.reset();
    return WriteStatus::Ok;
}

WriteStatus VersionHistory::remove_all() {
    storage_.remove(index_key());
    for (const VersionInfo& v : versions_) storage_.remove(body_key(v.number));
    versions_.clear();
    newest_cache_.reset();
    remove_versions(storage_, draft_id_);  // bodies not listed (e.g. after a crash)
    return WriteStatus::Ok;
}

WriteStatus VersionHistory::set_budget(std::size_t bytes) {
    policy_.budget_bytes = bytes;
    std::vector<VersionInfo> changed = versions_;
    bool dropped = false;
    while (!changed.empty() && bytes_of(changed) > bytes) {
        const auto it = std::find_if(changed.begin(), changed.end(),
                                     [](const VersionInfo& v) { return pruned_automatically(v.reason); });
        if (it == changed.end()) break;  // only named versions left: they stay
        changed.erase(it);
        dropped = true;
    }
    if (!dropped) return WriteStatus::Ok;
    const WriteStatus s = storage_.set(index_key(), index_text(changed));
    if (s != WriteStatus::Ok) return s;
    for (const VersionInfo& v : versions_)
        if (std::none_of(changed.begin(), changed.end(), [&](const VersionInfo& c) { return c.number == v.number; }))
            storage_.remove(body_key(v.number));
    versions_ = std::move(changed);
    newest_cache_.reset();
    return WriteStatus::Ok;
}

void remove_versions(Storage& storage, const std::string& draft_id) {
    const std::string prefix = std::string(VersionHistory::body_prefix) + draft_id + ".";
    storage.remove(VersionHistory::index_prefix + draft_id);
    for (const std::string& key : storage.keys()) {
        if (key.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string rest = key.substr(prefix.size());  // the version number, digits only
        if (!rest.empty() && rest.find_first_not_of("0123456789") == std::string::npos) storage.remove(key);
    }
}

}  // namespace bpo
