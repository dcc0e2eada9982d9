// Backup of every draft as one JSON file, and restoring from it by merging: a restore adds
// drafts and never overwrites one; a draft whose id exists with different content comes back
// as a copy beside it, so the user compares and keeps what they want.
//
// Format (documented in README):
//   {"format": "bpo-backup", "version": 1, "created": <ms>,
//    "drafts": [{"id", "name", "created", "modified", "trashed": <ms>|null,
//                "agreement": { ...a bpo-agreement document... }}]}
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/drafts.hpp"
#include "core/json_format.hpp"

namespace bpo {

std::string make_backup(const DraftStore& store, std::int64_t now_ms);

struct RestoreReport {
    std::vector<ImportError> errors;  // with pointers into the backup; nothing restored if any
    int added = 0;                    // drafts that were not here
    int unchanged = 0;                // identical drafts already here
    int copies = 0;                   // same id, other content: added beside the existing one
    WriteStatus status = WriteStatus::Ok;  // storage result (a full storage stops the restore)
    bool ok() const { return errors.empty() && status == WriteStatus::Ok; }
};

RestoreReport restore_backup(std::string_view text, DraftStore& store, std::int64_t now_ms);

}  // namespace bpo
