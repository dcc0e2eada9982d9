#include "core/zip_memory.hpp"

#include <cstring>

#include <minizip/zip.h>

namespace bpo {

namespace {

// The "file" minizip writes to: a growable byte buffer with a cursor. minizip seeks back to
// patch local headers, so writes overwrite at the cursor and extend past the end.
struct MemoryFile {
    std::string* bytes = nullptr;
    std::size_t position = 0;
    bool failed = false;
};

voidpf ZCALLBACK memory_open(voidpf opaque, const void* /*filename*/, int /*mode*/) { return opaque; }

uLong ZCALLBACK memory_read(voidpf /*opaque*/, voidpf stream, void* buffer, uLong size) {
    auto* file = static_cast<MemoryFile*>(stream);
    const std::size_t available = file->position < file->bytes->size() ? file->bytes->size() - file->position : 0;
    const std::size_t n = size < available ? static_cast<std::size_t>(size) : available;
    if (n > 0) std::memcpy(buffer, file->bytes->data() + file->position, n);
    file->position += n;
    return static_cast<uLong>(n);
}

uLong ZCALLBACK memory_write(voidpf /*opaque*/, voidpf stream, const void* buffer, uLong size) {
    auto* file = static_cast<MemoryFile*>(stream);
    const std::size_t n = static_cast<std::size_t>(size);
    if (file->position + n > file->bytes->size()) file->bytes->resize(file->position + n);
    std::memcpy(&(*file->bytes)[file->position], buffer, n);
    file->position += n;
    return size;
}

ZPOS64_T ZCALLBACK memory_tell(voidpf /*opaque*/, voidpf stream) {
    return static_cast<ZPOS64_T>(static_cast<MemoryFile*>(stream)->position);
}

long ZCALLBACK memory_seek(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin) {
    auto* file = static_cast<MemoryFile*>(stream);
    std::size_t base = 0;
    switch (origin) {
        case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
        case ZLIB_FILEFUNC_SEEK_CUR: base = file->position; break;
        case ZLIB_FILEFUNC_SEEK_END: base = file->bytes->size(); break;
        default: return -1;
    }
    file->position = base + static_cast<std::size_t>(offset);
    return 0;
}

int ZCALLBACK memory_close(voidpf /*opaque*/, voidpf /*stream*/) { return 0; }

int ZCALLBACK memory_error(voidpf /*opaque*/, voidpf stream) { return static_cast<MemoryFile*>(stream)->failed ? 1 : 0; }

}  // namespace

bool zip_to_memory(const std::vector<ZipEntry>& entries, std::string& out, std::string& error) {
    out.clear();
    MemoryFile file;
    file.bytes = &out;
    zlib_filefunc64_def io{};
    io.zopen64_file = memory_open;
    io.zread_file = memory_read;
    io.zwrite_file = memory_write;
    io.ztell64_file = memory_tell;
    io.zseek64_file = memory_seek;
    io.zclose_file = memory_close;
    io.zerror_file = memory_error;
    io.opaque = &file;

    zipFile zip = zipOpen2_64("memory.zip", APPEND_STATUS_CREATE, nullptr, &io);
    if (!zip) {
        error = "zip: cannot open the in-memory archive";
        return false;
    }
    bool ok = true;
    for (const ZipEntry& e : entries) {
        zip_fileinfo info{};
        info.tmz_date.tm_year = 1980;
        info.tmz_date.tm_mday = 1;
        if (zipOpenNewFileInZip64(zip, e.name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                  Z_DEFAULT_COMPRESSION, 0) != ZIP_OK) {
            error = "zip: cannot add " + e.name;
            ok = false;
            break;
        }
        std::size_t done = 0;
        while (ok && done < e.data.size()) {
            const std::size_t chunk = e.data.size() - done < (1u << 30) ? e.data.size() - done : (1u << 30);
            if (zipWriteInFileInZip(zip, e.data.data() + done, static_cast<unsigned>(chunk)) != ZIP_OK) {
                error = "zip: cannot write " + e.name;
                ok = false;
            }
            done += chunk;
        }
        if (zipCloseFileInZip(zip) != ZIP_OK && ok) {
            error = "zip: cannot finish " + e.name;
            ok = false;
        }
        if (!ok) break;
    }
    if (zipClose(zip, nullptr) != ZIP_OK && ok) {
        error = "zip: cannot finish the archive";
        ok = false;
    }
    if (!ok) out.clear();
    return ok;
}

}  // namespace bpo
