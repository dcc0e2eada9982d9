// A zip archive written entirely in memory (no file system: works in WebAssembly). An entry is
// either given whole (add_entry: deflated in one call by libdeflate, several times faster than
// zlib) or streamed in pieces (begin_entry, write, end_entry: zlib's streaming deflate), so a large
// part never has to exist whole: the .docx writer streams a large document's XML through it.
// An entry that is the same in every archive can be deflated once (deflate_entry) and added as it
// is (add_deflated). Entries get a fixed timestamp (1980-01-01), so equal input gives equal bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bpo {

struct ZipEntry {
    std::string name;       // path inside the archive: "word/document.xml"
    std::string_view data;  // contents (must outlive the call)
};

// An entry deflated ahead of time, with what its headers need: a part that never changes (a .docx's
// styles, say) is compressed once instead of once per archive, to the same bytes.
struct DeflatedEntry {
    std::string name;
    std::string deflated;    // raw deflate
    std::uint32_t crc = 0;   // of the original data
    std::uint64_t size = 0;  // of the original data
};

// Deflates `data` whole at `level` (as ZipWriter::add_entry would). An empty `deflated` means the
// compressor failed or the data is too large for a zip without zip64.
DeflatedEntry deflate_entry(std::string_view name, std::string_view data, int level);

// Appends an archive to `out`: entries (add_entry, or begin_entry, write any number of pieces,
// end_entry), then finish. After a failure every call returns false and error() says why.
class ZipWriter {
public:
    // level: 0 (stored) .. 9 (smallest), -1 the default (6). Levels 1 to 3 are about twice as
    // fast as 6 on markup, for files a quarter to a third larger.
    explicit ZipWriter(std::string& out, int level = -1);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    bool add_entry(std::string_view name, std::string_view data);  // a whole entry at once
    bool add_deflated(const DeflatedEntry& entry);                  // one deflated beforehand

    bool begin_entry(std::string_view name);
    bool write(std::string_view data);
    bool end_entry();
    bool finish();  // the central directory; no entry may follow
    const std::string& error() const { return error_; }

private:
    struct Entry;
    struct Stream;
    struct WholeCompressor;
    bool fail(std::string message);
    bool start_entry(std::string_view name);
    bool close_entry();
    bool deflate_into_out(std::string_view data, bool last);

    std::string& out_;
    int level_;
    std::unique_ptr<Stream> stream_;
    std::unique_ptr<WholeCompressor> whole_;
    std::vector<Entry> entries_;
    bool open_ = false;
    bool finished_ = false;
    std::string error_;
};

// Deflates every entry into one archive in `out`. Returns false and sets error on failure.
bool zip_to_memory(const std::vector<ZipEntry>& entries, std::string& out, std::string& error);

}  // namespace bpo
