// Raw deflate (RFC 1951, no zlib or gzip header) over zlib, for share links and packed storage.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace bpo {

// Compresses `in` into `out` at zlib level 1 (fastest) to 9 (smallest). False if zlib fails.
bool deflate_raw(std::string_view in, std::string& out, int level);

enum class InflateResult { Ok, Truncated, Bad };

// Inflates `in`, which must produce exactly `expected` bytes. Truncated: the stream stops early
// (cut short); Bad: anything else that is not exactly the expected output.
InflateResult inflate_raw(std::string_view in, std::size_t expected, std::string& out);

}  // namespace bpo
