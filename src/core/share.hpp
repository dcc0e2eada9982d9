// Share links: the whole agreement in a URL fragment, never sent to any server (browsers do not
// send the part after '#').
//
// Fragment format, version 1:   #a=v1.<payload>
//   payload   base64url (RFC 4648 section 5, no padding) of
//               byte 0      method: 0 = stored (the JSON as is), 1 = raw deflate (RFC 1951, what
//                           zlib's deflate with windowBits -15 and the browser's
//                           CompressionStream("deflate-raw") both produce)
//               bytes 1-4   CRC-32 (as zlib and PNG compute it) of the JSON, big-endian
//               bytes 5-8   length of the JSON in bytes, big-endian (at most 16 MiB)
//               bytes 9-    the data
//   JSON      the canonical bpo-agreement v1 text (export_agreement)
// A newer format says so in its tag ("v2."); this version refuses it with "made by a newer
// version" rather than guessing.
//
// Lengths (characters of the whole fragment, '#' included):
//   > share_link_warn_chars (2,000)   fine in browsers, but some chat and mail tools cut or refuse
//                                      such links: warn the user
//   > share_link_max_chars (32,000)   refused: too long to be a dependable link; export the file
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/json_format.hpp"

namespace bpo {

inline constexpr std::size_t share_link_warn_chars = 2000;
inline constexpr std::size_t share_link_max_chars = 32000;
inline constexpr const char* share_link_prefix = "#a=";
inline constexpr const char* share_link_version_tag = "v1.";

enum class ShareLength {
    Ok,       // short enough for anything
    Long,     // over share_link_warn_chars: works in browsers, may break in chat tools
    TooLong,  // over share_link_max_chars: refused
};

struct ShareEncoding {
    std::string fragment;       // "#a=v1...."; empty when TooLong
    std::size_t length = 0;     // characters the fragment has (or would have)
    std::size_t json_bytes = 0; // size of the agreement's JSON before compression
    ShareLength status = ShareLength::Ok;
    bool ok() const { return status != ShareLength::TooLong; }
};

// compress = false stores the JSON uncompressed (for tests and tools without deflate).
ShareEncoding encode_share_link(const Agreement& agreement, bool compress = true);

enum class ShareError {
    None,
    NotALink,         // no "#a=" fragment (or "a=" parameter) in the text
    NewerVersion,     // tag "v2." or later
    Incomplete,       // cut short: the payload ends early
    Damaged,          // bad characters, a checksum mismatch or data that does not inflate
    TooLong,          // over share_link_max_chars
    NotAnAgreement,   // decodes, but the JSON is not a valid agreement (import_errors say why)
};

struct ShareDecoding {
    ShareError error = ShareError::None;
    std::string message;                    // plain words for the user ("" when ok)
    std::string json;                       // the decoded JSON text (when it decoded)
    Agreement agreement;                    // meaningful only when ok()
    std::vector<ImportError> import_errors; // NotAnAgreement: the importer's errors
    bool ok() const { return error == ShareError::None; }
};

// Accepts the fragment ("#a=v1...."), the part after '#', or a whole URL containing it.
ShareDecoding decode_share_link(std::string_view text);

// "the link is damaged: checksum mismatch" style message for an error kind.
std::string share_error_message(ShareError error);

// Building blocks, exposed for tests and for a browser edge that compresses on its own.
std::string base64url_encode(std::string_view bytes);
bool base64url_decode(std::string_view text, std::string& bytes);  // false on a bad character or length
std::uint32_t crc32_of(std::string_view bytes);

}  // namespace bpo
