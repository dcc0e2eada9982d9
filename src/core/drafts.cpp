#include "core/drafts.hpp"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "core/history.hpp"

namespace bpo {

namespace {

using nlohmann::json;

constexpr const char* index_format = "bpo-drafts-index";

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string draft_key(const std::string& id) { return DraftStore::draft_prefix + id; }

// The index as written; parse_index returns nullopt for anything that is not one.
json index_to_json(const std::vector<DraftInfo>& drafts, const std::optional<std::string>& last_open) {
    json list = json::array();
    for (const DraftInfo& d : drafts) {
        list.push_back({{"id", d.id},
                        {"name", d.name},
                        {"created", d.created_ms},
                        {"modified", d.modified_ms},
                        {"trashed", d.trashed_ms ? json(*d.trashed_ms) : json(nullptr)}});
    }
    return {{"format", index_format},
            {"version", 1},
            {"lastOpen", last_open ? json(*last_open) : json(nullptr)},
            {"drafts", list}};
}

struct ParsedIndex {
    std::vector<DraftInfo> drafts;
    std::optional<std::string> last_open;
};

std::optional<ParsedIndex> parse_index(const std::string& text) {
    const json j = json::parse(text, nullptr, false);
    if (!j.is_object() || j.value("format", "") != index_format || j.value("version", 0) != 1)
        return std::nullopt;
    const auto drafts = j.find("drafts");
    if (drafts == j.end() || !drafts->is_array()) return std::nullopt;
    ParsedIndex out;
    const auto last = j.find("lastOpen");
    if (last != j.end() && last->is_string()) out.last_open = last->get<std::string>();
    for (const json& d : *drafts) {
        if (!d.is_object() || !d.contains("id") || !d["id"].is_string() || !d.contains("name") ||
            !d["name"].is_string())
            return std::nullopt;
        DraftInfo info;
        info.id = d["id"].get<std::string>();
        info.name = d["name"].get<std::string>();
        info.created_ms = d.value("created", std::int64_t{0});
        info.modified_ms = d.value("modified", std::int64_t{0});
        if (d.contains("trashed") && d["trashed"].is_number_integer())
            info.trashed_ms = d["trashed"].get<std::int64_t>();
        out.drafts.push_back(std::move(info));
    }
    return out;
}

// A draft body must at least be a JSON object; deeper checks happen when it is opened.
bool readable_body(const std::string& body) {
    const json j = json::parse(body, nullptr, false);
    return j.is_object();
}

}  // namespace

std::vector<StorageIssue> DraftStore::open(std::int64_t now_ms) {
    std::vector<StorageIssue> issues;
    drafts_.clear();
    last_open_.reset();

    if (const auto text = storage_.get(index_key)) {
        if (auto parsed = parse_index(*text)) {
            drafts_ = std::move(parsed->drafts);
            last_open_ = std::move(parsed->last_open);
        } else {
            const std::string moved = move_entry_aside(index_key, now_ms);
            issues.push_back({index_key, moved,
                              "The list of drafts could not be read. It was kept aside and the "
                              "list was rebuilt from the drafts themselves."});
        }
    }

    // Every stored draft body: unreadable ones are moved aside; unlisted ones are listed again.
    for (const std::string& key : storage_.keys()) {
        if (!starts_with(key, draft_prefix)) continue;
        const std::string id = key.substr(std::string_view(draft_prefix).size());
        const auto body = storage_.get(key);
        if (!body || !readable_body(*body)) {
            const std::string moved = move_entry_aside(key, now_ms);
            drafts_.erase(std::remove_if(drafts_.begin(), drafts_.end(),
                                         [&](const DraftInfo& d) { return d.id == id; }),
                          drafts_.end());
            issues.push_back({key, moved,
                              "A saved draft could not be read. It was kept aside, unchanged."});
            continue;
        }
        if (!find(id)) {
            DraftInfo recovered;
            recovered.id = id;
            recovered.name = "Recovered draft " + id;
            recovered.created_ms = now_ms;
            recovered.modified_ms = now_ms;
            drafts_.push_back(recovered);
            issues.push_back({key, "", "A draft missing from the list of drafts was listed again."});
        }
    }
    // Listed drafts whose body is gone cannot be opened: drop them from the list.
    const auto gone = std::remove_if(drafts_.begin(), drafts_.end(), [&](const DraftInfo& d) {
        return !storage_.get(draft_key(d.id));
    });
    if (gone != drafts_.end()) {
        issues.push_back({index_key, "", "Drafts listed without any saved content were removed from the list."});
        drafts_.erase(gone, drafts_.end());
    }
    if (last_open_ && !find(*last_open_)) last_open_.reset();
    if (!issues.empty()) write_index();
    return issues;
}

void DraftStore::refresh() {
    const auto text = storage_.get(index_key);
    if (!text) return;
    if (auto parsed = parse_index(*text)) {
        drafts_ = std::move(parsed->drafts);
        last_open_ = std::move(parsed->last_open);
    }
}

std::vector<DraftInfo> DraftStore::list(bool in_trash, std::string_view search) const {
    const std::string needle = lower(search);
    std::vector<DraftInfo> out;
    for (const DraftInfo& d : drafts_) {
        if (d.trashed_ms.has_value() != in_trash) continue;
        if (!needle.empty() && lower(d.name).find(needle) == std::string::npos) continue;
        out.push_back(d);
    }
    std::stable_sort(out.begin(), out.end(), [](const DraftInfo& a, const DraftInfo& b) {
        return a.modified_ms > b.modified_ms;
    });
    return out;
}

const DraftInfo* DraftStore::find(const std::string& id) const {
    for (const DraftInfo& d : drafts_)
        if (d.id == id) return &d;
    return nullptr;
}

DraftInfo* DraftStore::find_mutable(const std::string& id) {
    for (DraftInfo& d : drafts_)
        if (d.id == id) return &d;
    return nullptr;
}

std::optional<std::string> DraftStore::read(const std::string& id) const {
    if (!find(id)) return std::nullopt;
    return storage_.get(draft_key(id));
}

std::string DraftStore::new_id(std::int64_t now_ms) const {
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string base;
    for (auto v = static_cast<std::uint64_t>(now_ms < 0 ? 0 : now_ms); v > 0; v /= 36)
        base.insert(base.begin(), digits[v % 36]);
    if (base.empty()) base = "0";
    std::string id = "d" + base;
    for (int n = 2; find(id) || storage_.get(draft_key(id)); ++n) id = "d" + base + "-" + std::to_string(n);
    return id;
}

WriteStatus DraftStore::write_index() {
    return storage_.set(index_key, index_to_json(drafts_, last_open_).dump());
}

std::string DraftStore::unique_name(const std::string& name) const {
    auto taken = [&](const std::string& candidate) {
        for (const DraftInfo& d : drafts_)
            if (d.name == candidate) return true;
        return false;
    };
    if (!taken(name)) return name;
    for (int n = 2;; ++n)
        if (const std::string candidate = name + " " + std::to_string(n); !taken(candidate)) return candidate;
}

CreateResult DraftStore::create(const std::string& name, const std::string& body, std::int64_t now_ms) {
    refresh();  // start from the stored list: another tab may have changed it
    CreateResult result;
    const std::string id = new_id(now_ms);
    result.status = storage_.set(draft_key(id), body);
    if (result.status != WriteStatus::Ok) return result;
    DraftInfo info;
    info.id = id;
    info.name = unique_name(name);
    info.created_ms = now_ms;
    info.modified_ms = now_ms;
    drafts_.push_back(info);
    result.status = write_index();
    if (result.status != WriteStatus::Ok) {
        // Could not list it: take it back so nothing half-made stays behind.
        drafts_.pop_back();
        storage_.remove(draft_key(id));
        return result;
    }
    result.id = id;
    return result;
}

CreateResult DraftStore::add(DraftInfo info, const std::string& body) {
    refresh();  // start from the stored list: another tab may have changed it
    CreateResult result;
    if (info.id.empty() || find(info.id) || storage_.get(draft_key(info.id))) return result;
    result.status = storage_.set(draft_key(info.id), body);
    if (result.status != WriteStatus::Ok) return result;
    info.name = unique_name(info.name);
    drafts_.push_back(info);
    result.status = write_index();
    if (result.status != WriteStatus::Ok) {
        drafts_.pop_back();
        storage_.remove(draft_key(info.id));
        return result;
    }
    result.id = info.id;
    return result;
}

WriteStatus DraftStore::save(const std::string& id, const std::string& body, std::int64_t now_ms) {
    refresh();  // start from the stored list: another tab may have changed it
    DraftInfo* d = find_mutable(id);
    if (!d) return WriteStatus::Failed;
    const WriteStatus status = storage_.set(draft_key(id), body);
    if (status != WriteStatus::Ok) return status;  // the previous copy is untouched
    d->modified_ms = now_ms;
    write_index();  // the body is safe even if the new time cannot be recorded
    return WriteStatus::Ok;
}

WriteStatus DraftStore::rename(const std::string& id, const std::string& name, std::int64_t now_ms) {
    refresh();  // start from the stored list: another tab may have changed it
    DraftInfo* d = find_mutable(id);
    if (!d) return WriteStatus::Failed;
    const DraftInfo before = *d;
    d->name = name;
    d->modified_ms = now_ms;
    const WriteStatus status = write_index();
    if (status != WriteStatus::Ok) *d = before;
    return status;
}

CreateResult DraftStore::duplicate(const std::string& id, std::int64_t now_ms) {
    const DraftInfo* d = find(id);
    const auto body = read(id);
    if (!d || !body) return {};
    return create(d->name + " (copy)", *body, now_ms);
}

WriteStatus DraftStore::trash(const std::string& id, std::int64_t now_ms) {
    refresh();  // start from the stored list: another tab may have changed it
    DraftInfo* d = find_mutable(id);
    if (!d) return WriteStatus::Failed;
    d->trashed_ms = now_ms;
    if (last_open_ == id) last_open_.reset();
    const WriteStatus status = write_index();
    if (status != WriteStatus::Ok) d->trashed_ms.reset();
    return status;
}

WriteStatus DraftStore::restore(const std::string& id) {
    refresh();  // start from the stored list: another tab may have changed it
    DraftInfo* d = find_mutable(id);
    if (!d) return WriteStatus::Failed;
    const auto before = d->trashed_ms;
    d->trashed_ms.reset();
    const WriteStatus status = write_index();
    if (status != WriteStatus::Ok) d->trashed_ms = before;
    return status;
}

WriteStatus DraftStore::purge(const std::string& id) {
    refresh();  // start from the stored list: another tab may have changed it
    auto it = std::find_if(drafts_.begin(), drafts_.end(), [&](const DraftInfo& d) { return d.id == id; });
    if (it == drafts_.end()) return WriteStatus::Failed;
    const DraftInfo removed = *it;
    drafts_.erase(it);
    if (last_open_ == id) last_open_.reset();
    const WriteStatus status = write_index();  // unlist first: a listed draft always has a body
    if (status != WriteStatus::Ok) {
        drafts_.push_back(removed);
        return status;
    }
    storage_.remove(draft_key(id));
    // What else belongs to the draft goes with it (nothing lists these once the draft is gone).
    remove_versions(storage_, id);
    storage_.remove(actuals_prefix + id);
    return WriteStatus::Ok;
}

WriteStatus DraftStore::empty_trash() {
    std::vector<std::string> ids;
    for (const DraftInfo& d : drafts_)
        if (d.trashed_ms) ids.push_back(d.id);
    for (const std::string& id : ids)
        if (const WriteStatus s = purge(id); s != WriteStatus::Ok) return s;
    return WriteStatus::Ok;
}

StorageIssue DraftStore::move_aside(const std::string& id, const std::string& reason, std::int64_t now_ms) {
    refresh();  // start from the stored list: another tab may have changed it
    const std::string key = draft_key(id);
    const std::string moved = move_entry_aside(key, now_ms);
    drafts_.erase(std::remove_if(drafts_.begin(), drafts_.end(), [&](const DraftInfo& d) { return d.id == id; }),
                  drafts_.end());
    if (last_open_ == id) last_open_.reset();
    write_index();
    return {key, moved, reason};
}

WriteStatus DraftStore::set_last_open(const std::optional<std::string>& id) {
    refresh();  // start from the stored list: another tab may have changed it
    if (last_open_ == id) return WriteStatus::Ok;
    last_open_ = id;
    return write_index();
}

std::size_t DraftStore::bytes_used() const {
    std::size_t total = 0;
    for (const std::string& key : storage_.keys()) {
        if (!starts_with(key, "bpo.")) continue;
        total += key.size() + storage_.stored_size(key);
    }
    return total;
}

std::string DraftStore::move_entry_aside(const std::string& key, std::int64_t now_ms) {
    const auto value = storage_.get(key);
    if (!value) return {};
    const std::string aside = aside_prefix + std::to_string(now_ms) + "." + key;
    if (storage_.set(aside, *value) != WriteStatus::Ok) return {};  // no room: leave it where it is
    storage_.remove(key);
    return aside;
}

}  // namespace bpo
