#include "core/compression.hpp"

#include <algorithm>

#include <zlib.h>

namespace bpo {

bool deflate_raw(std::string_view in, std::string& out, int level) {
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) return false;
    // The output grows when it has to instead of starting at deflateBound (a little more than the
    // input): JSON shrinks many times over, and a multi-megabyte draft would otherwise need as much
    // again in memory while it is packed.
    const std::size_t bound = deflateBound(&z, static_cast<uLong>(in.size()));
    out.resize(std::min(bound, in.size() / 8 + 1024));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    int status = Z_OK;
    for (;;) {
        z.next_out = reinterpret_cast<Bytef*>(out.data()) + z.total_out;
        z.avail_out = static_cast<uInt>(out.size() - z.total_out);
        status = deflate(&z, Z_FINISH);
        if (status != Z_OK || out.size() >= bound) break;  // Z_OK: it ran out of room
        out.resize(std::min(bound, out.size() * 2));
    }
    out.resize(z.total_out);
    deflateEnd(&z);
    return status == Z_STREAM_END;
}

InflateResult inflate_raw(std::string_view in, std::size_t expected, std::string& out) {
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) return InflateResult::Bad;
    out.resize(expected + 1);  // one spare byte: more output than declared is damage
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int status = inflate(&z, Z_FINISH);
    const std::size_t produced = z.total_out;
    const bool input_left = z.avail_in > 0;
    inflateEnd(&z);
    out.resize(produced);
    if (status == Z_STREAM_END)
        return produced == expected && !input_left ? InflateResult::Ok : InflateResult::Bad;
    // Out of input before the end of the stream: the data was cut short.
    if (status == Z_BUF_ERROR && !input_left && produced <= expected) return InflateResult::Truncated;
    return InflateResult::Bad;
}

}  // namespace bpo
