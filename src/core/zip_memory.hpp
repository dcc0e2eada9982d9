// A zip archive written entirely in memory with minizip (no file system: works in WebAssembly).
// The I/O callbacks (a zlib_filefunc64_def over a std::string) are ours; the zip format is
// minizip's. Entries get a fixed timestamp (1980-01-01), so equal input gives equal bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bpo {

struct ZipEntry {
    std::string name;       // path inside the archive: "word/document.xml"
    std::string_view data;  // contents (must outlive the call)
};

// Deflates every entry into one archive in `out`. Returns false and sets error on failure.
bool zip_to_memory(const std::vector<ZipEntry>& entries, std::string& out, std::string& error);

}  // namespace bpo
