#include "core/backup.hpp"

#include <nlohmann/json.hpp>

namespace bpo {

namespace {
using nlohmann::json;
using nlohmann::ordered_json;
constexpr const char* backup_format = "bpo-backup";

struct Entry {
    DraftInfo info;
    std::string body;  // canonical agreement JSON
};
}  // namespace

std::string make_backup(const DraftStore& store, std::int64_t now_ms) {
    ordered_json drafts = ordered_json::array();
    for (bool trash : {false, true}) {
        for (const DraftInfo& d : store.list(trash)) {
            const auto body = store.read(d.id);
            if (!body) continue;
            ordered_json agreement = ordered_json::parse(*body, nullptr, false);
            if (agreement.is_discarded()) continue;  // unreadable entries are kept aside, not here
            drafts.push_back({{"id", d.id},
                              {"name", d.name},
                              {"created", d.created_ms},
                              {"modified", d.modified_ms},
                              {"trashed", d.trashed_ms ? ordered_json(*d.trashed_ms) : ordered_json(nullptr)},
                              {"agreement", std::move(agreement)}});
        }
    }
    const ordered_json backup = {
        {"format", backup_format}, {"version", 1}, {"created", now_ms}, {"drafts", std::move(drafts)}};
    return backup.dump(2) + "\n";
}

RestoreReport restore_backup(std::string_view text, DraftStore& store, std::int64_t now_ms) {
    RestoreReport report;
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        report.errors.push_back({"", "the file is not JSON"});
        return report;
    }
    if (j.value("format", "") != backup_format) {
        report.errors.push_back({"/format", "expected \"bpo-backup\": this is not a backup of drafts"});
        return report;
    }
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int>() != 1) {
        report.errors.push_back({"/version", "unsupported backup version (this app reads version 1)"});
        return report;
    }
    const auto drafts = j.find("drafts");
    if (drafts == j.end() || !drafts->is_array()) {
        report.errors.push_back({"/drafts", "expected a list of drafts"});
        return report;
    }

    // Check everything first: a backup with any problem restores nothing.
    std::vector<Entry> entries;
    for (std::size_t i = 0; i < drafts->size(); ++i) {
        const json& d = (*drafts)[i];
        const std::string at = "/drafts/" + std::to_string(i);
        if (!d.is_object()) {
            report.errors.push_back({at, "expected an object"});
            continue;
        }
        Entry e;
        if (!d.contains("id") || !d["id"].is_string() || d["id"].get<std::string>().empty())
            report.errors.push_back({at + "/id", "expected the draft's id"});
        else
            e.info.id = d["id"].get<std::string>();
        e.info.name = d.contains("name") && d["name"].is_string() ? d["name"].get<std::string>() : "Restored draft";
        e.info.created_ms = d.contains("created") && d["created"].is_number_integer() ? d["created"].get<std::int64_t>() : now_ms;
        e.info.modified_ms = d.contains("modified") && d["modified"].is_number_integer() ? d["modified"].get<std::int64_t>() : now_ms;
        if (d.contains("trashed") && d["trashed"].is_number_integer()) e.info.trashed_ms = d["trashed"].get<std::int64_t>();
        if (!d.contains("agreement")) {
            report.errors.push_back({at + "/agreement", "missing the agreement"});
            continue;
        }
        ImportResult imported = import_agreement(d["agreement"].dump());
        for (const ImportError& err : imported.errors) report.errors.push_back({at + "/agreement" + err.pointer, err.message});
        if (imported.ok()) e.body = export_agreement(imported.agreement);
        entries.push_back(std::move(e));
    }
    if (!report.errors.empty()) return report;

    for (Entry& e : entries) {
        const auto existing = store.read(e.info.id);
        if (existing && *existing == e.body) {
            ++report.unchanged;
            continue;
        }
        CreateResult created;
        if (existing || store.find(e.info.id)) {
            created = store.create(e.info.name + " (from backup)", e.body, now_ms);
            if (created.status == WriteStatus::Ok) ++report.copies;
        } else {
            created = store.add(e.info, e.body);
            if (created.status == WriteStatus::Ok) ++report.added;
        }
        if (created.status != WriteStatus::Ok) {
            report.status = created.status;
            return report;
        }
    }
    return report;
}

}  // namespace bpo
