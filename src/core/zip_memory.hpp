// A zip archive written entirely in memory (no file system: works in WebAssembly). Entries are
// deflated with zlib as they are written, in pieces, so a large part never has to exist whole:
// the .docx writer streams its XML through it. Entries get a fixed timestamp (1980-01-01), so
// equal input gives equal bytes.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bpo {

struct ZipEntry {
    std::string name;       // path inside the archive: "word/document.xml"
    std::string_view data;  // contents (must outlive the call)
};

// Appends an archive to `out`: begin_entry, write (any number of pieces), end_entry, ..., finish.
// After a failure every call returns false and error() says why.
class ZipWriter {
public:
    // level: zlib's 0 (stored) .. 9 (smallest), -1 its default (6). Levels 1 to 3 are about
    // twice as fast as 6 on markup, for files a quarter to a third larger.
    explicit ZipWriter(std::string& out, int level = -1);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    bool begin_entry(std::string_view name);
    bool write(std::string_view data);
    bool end_entry();
    bool finish();  // the central directory; no entry may follow
    const std::string& error() const { return error_; }

private:
    struct Entry;
    struct Stream;
    bool fail(std::string message);
    bool deflate_into_out(std::string_view data, bool last);

    std::string& out_;
    int level_;
    std::unique_ptr<Stream> stream_;
    std::vector<Entry> entries_;
    bool open_ = false;
    bool finished_ = false;
    std::string error_;
};

// Deflates every entry into one archive in `out`. Returns false and sets error on failure.
bool zip_to_memory(const std::vector<ZipEntry>& entries, std::string& out, std::string& error);

}  // namespace bpo
