#include "core/zip_memory.hpp"

#include <cstdint>

#include <libdeflate.h>
#include <zlib.h>

#include "core/document_output.hpp"

namespace bpo {

namespace {

// 1980-01-01 00:00 in MS-DOS date and time fields.
constexpr std::uint16_t dos_time = 0;
constexpr std::uint16_t dos_date = (0 << 9) | (1 << 5) | 1;

constexpr std::uint16_t version_needed = 20;  // 2.0: deflate
constexpr std::uint16_t method_deflate = 8;

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

void patch32(std::string& out, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

// zlib's CRC-32, not libdeflate's: in WebAssembly zlib's is about twice as fast.
std::uint32_t crc_of(std::string_view data) {
    return static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
}

// libdeflate's levels go to 12; zlib's default (-1) is 6 on both scales.
libdeflate_compressor* new_compressor(int level) { return libdeflate_alloc_compressor(level < 0 ? 6 : level); }

// Raw deflate (no zlib header) of `data` appended to `out`: the number of bytes added, 0 if the
// compressor failed. The room for the worst case is not filled first (only the written part is
// kept), which for a large part saves clearing about its own size again.
std::size_t append_deflated(libdeflate_compressor* c, std::string_view data, std::string& out) {
    const std::size_t bound = libdeflate_deflate_compress_bound(c, data.size());
    const std::size_t before = out.size();
    docout::resize_unfilled(out, before + bound);
    const std::size_t written = libdeflate_deflate_compress(c, data.data(), data.size(), &out[before], bound);
    out.resize(before + written);
    return written;
}

}  // namespace

DeflatedEntry deflate_entry(std::string_view name, std::string_view data, int level) {
    DeflatedEntry e;
    e.name = std::string(name);
    if (data.size() > 0xFFFFFFFFu) return e;
    e.crc = crc_of(data);
    e.size = data.size();
    if (libdeflate_compressor* c = new_compressor(level)) {
        append_deflated(c, data, e.deflated);
        libdeflate_free_compressor(c);
    }
    return e;
}

struct ZipWriter::Entry {
    std::string name;
    std::size_t header_offset = 0;
    std::uint32_t crc = 0;
    std::uint64_t size = 0;
    std::uint64_t compressed = 0;
};

struct ZipWriter::Stream {
    z_stream z{};
    bool ready = false;
    ~Stream() {
        if (ready) deflateEnd(&z);
    }
};

struct ZipWriter::WholeCompressor {
    libdeflate_compressor* c = nullptr;
    ~WholeCompressor() {
        if (c) libdeflate_free_compressor(c);
    }
};

ZipWriter::ZipWriter(std::string& out, int level) : out_(out), level_(level), stream_(std::make_unique<Stream>()) {}

ZipWriter::~ZipWriter() = default;

bool ZipWriter::fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
}

// The local file header of a new entry; its CRC and sizes are patched in by close_entry.
bool ZipWriter::start_entry(std::string_view name) {
    if (!error_.empty()) return false;
    if (open_ || finished_) return fail("zip: an entry is already open");
    if (name.size() > 0xFFFF) return fail("zip: name too long");
    Entry e;
    e.name = std::string(name);
    e.header_offset = out_.size();
    put32(out_, 0x04034b50);
    put16(out_, version_needed);
    put16(out_, 0);  // flags
    put16(out_, method_deflate);
    put16(out_, dos_time);
    put16(out_, dos_date);
    put32(out_, 0);  // crc
    put32(out_, 0);  // compressed size
    put32(out_, 0);  // size
    put16(out_, static_cast<std::uint32_t>(name.size()));
    put16(out_, 0);  // extra field
    out_.append(name.data(), name.size());
    entries_.push_back(std::move(e));
    open_ = true;
    return true;
}

bool ZipWriter::close_entry() {
    Entry& e = entries_.back();
    if (e.size > 0xFFFFFFFFu || e.compressed > 0xFFFFFFFFu || out_.size() > 0xFFFFFFFFu)
        return fail("zip: " + e.name + " is too large for a zip without zip64");
    patch32(out_, e.header_offset + 14, e.crc);
    patch32(out_, e.header_offset + 18, static_cast<std::uint32_t>(e.compressed));
    patch32(out_, e.header_offset + 22, static_cast<std::uint32_t>(e.size));
    open_ = false;
    return true;
}

bool ZipWriter::add_entry(std::string_view name, std::string_view data) {
    if (!start_entry(name)) return false;
    if (data.size() > 0xFFFFFFFFu) return fail("zip: " + std::string(name) + " is too large for a zip without zip64");
    if (!whole_) whole_ = std::make_unique<WholeCompressor>();
    if (!whole_->c) {
        whole_->c = new_compressor(level_);
        if (!whole_->c) return fail("zip: cannot start the compressor");
    }
    Entry& e = entries_.back();
    e.crc = crc_of(data);
    e.size = data.size();
    // Straight into the end of the archive.
    e.compressed = append_deflated(whole_->c, data, out_);
    if (e.compressed == 0) return fail("zip: the compressor failed");
    return close_entry();
}

bool ZipWriter::add_deflated(const DeflatedEntry& entry) {
    if (!start_entry(entry.name)) return false;
    if (entry.deflated.empty()) return fail("zip: the compressor failed on " + entry.name);
    Entry& e = entries_.back();
    e.crc = entry.crc;
    e.size = entry.size;
    e.compressed = entry.deflated.size();
    out_ += entry.deflated;
    return close_entry();
}

bool ZipWriter::begin_entry(std::string_view name) {
    if (!start_entry(name)) return false;
    Stream& s = *stream_;
    // Raw deflate (no zlib header): what the zip format stores.
    if (!s.ready) {
        if (deflateInit2(&s.z, level_, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return fail("zip: cannot start the compressor");
        s.ready = true;
    } else if (deflateReset(&s.z) != Z_OK) {
        return fail("zip: cannot reset the compressor");
    }
    return true;
}

bool ZipWriter::deflate_into_out(std::string_view data, bool last) {
    z_stream& z = stream_->z;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    for (;;) {
        // Deflate straight into the end of the archive.
        const std::size_t room = data.size() / 4 + 4096;
        const std::size_t before = out_.size();
        out_.resize(before + room);
        z.next_out = reinterpret_cast<Bytef*>(&out_[before]);
        z.avail_out = static_cast<uInt>(room);
        const int rc = deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
        out_.resize(before + (room - z.avail_out));
        entries_.back().compressed += room - z.avail_out;
        if (rc == Z_STREAM_ERROR) return fail("zip: the compressor failed");
        if (last ? rc == Z_STREAM_END : (z.avail_in == 0 && z.avail_out != 0)) return true;
    }
}

bool ZipWriter::write(std::string_view data) {
    if (!error_.empty()) return false;
    if (!open_) return fail("zip: no entry is open");
    Entry& e = entries_.back();
    // zlib takes sizes as uInt: large data goes in pieces.
    while (!data.empty()) {
        const std::string_view piece = data.substr(0, std::size_t{1} << 30);
        e.crc = static_cast<std::uint32_t>(crc32(e.crc, reinterpret_cast<const Bytef*>(piece.data()), static_cast<uInt>(piece.size())));
        e.size += piece.size();
        if (!deflate_into_out(piece, false)) return false;
        data.remove_prefix(piece.size());
    }
    return true;
}

bool ZipWriter::end_entry() {
    if (!error_.empty()) return false;
    if (!open_) return fail("zip: no entry is open");
    if (!deflate_into_out({}, true)) return false;
    return close_entry();
}

bool ZipWriter::finish() {
    if (!error_.empty()) return false;
    if (open_ && !end_entry()) return false;
    if (finished_) return fail("zip: already finished");
    const std::size_t directory = out_.size();
    for (const Entry& e : entries_) {
        put32(out_, 0x02014b50);
        put16(out_, version_needed);  // made by
        put16(out_, version_needed);
        put16(out_, 0);
        put16(out_, method_deflate);
        put16(out_, dos_time);
        put16(out_, dos_date);
        put32(out_, e.crc);
        put32(out_, static_cast<std::uint32_t>(e.compressed));
        put32(out_, static_cast<std::uint32_t>(e.size));
        put16(out_, static_cast<std::uint32_t>(e.name.size()));
        put16(out_, 0);  // extra field
        put16(out_, 0);  // comment
        put16(out_, 0);  // disk
        put16(out_, 0);  // internal attributes
        put32(out_, 0);  // external attributes
        put32(out_, static_cast<std::uint32_t>(e.header_offset));
        out_ += e.name;
    }
    const std::size_t directory_size = out_.size() - directory;
    if (entries_.size() > 0xFFFF || out_.size() > 0xFFFFFFFFu) return fail("zip: too large for a zip without zip64");
    put32(out_, 0x06054b50);
    put16(out_, 0);
    put16(out_, 0);
    put16(out_, static_cast<std::uint32_t>(entries_.size()));
    put16(out_, static_cast<std::uint32_t>(entries_.size()));
    put32(out_, static_cast<std::uint32_t>(directory_size));
    put32(out_, static_cast<std::uint32_t>(directory));
    put16(out_, 0);  // comment
    finished_ = true;
    return true;
}

bool zip_to_memory(const std::vector<ZipEntry>& entries, std::string& out, std::string& error) {
    out.clear();
    ZipWriter zip(out, Z_DEFAULT_COMPRESSION);
    for (const ZipEntry& e : entries)
        if (!zip.add_entry(e.name, e.data)) break;
    if (zip.error().empty()) zip.finish();
    if (!zip.error().empty()) {
        error = zip.error();
        out.clear();
        return false;
    }
    return true;
}

}  // namespace bpo
