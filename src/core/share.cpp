#include "core/share.hpp"

#include <zlib.h>

#include "core/compression.hpp"

namespace bpo {

namespace {

constexpr unsigned char method_stored = 0;
constexpr unsigned char method_deflate = 1;
constexpr std::size_t header_bytes = 9;

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int base64url_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

void put_u32(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFFu);
}

std::uint32_t get_u32(std::string_view bytes, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
    return v;
}

ShareDecoding failure(ShareError error, std::string detail = {}) {
    ShareDecoding d;
    d.error = error;
    d.message = share_error_message(error);
    if (!detail.empty()) d.message += ": " + detail;
    return d;
}

}  // namespace

std::string base64url_encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = (static_cast<unsigned char>(bytes[i]) << 16) |
                                (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                                static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i]) << 16);
        if (rest == 2) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1]) << 8);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        if (rest == 2) out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

bool base64url_decode(std::string_view text, std::string& bytes) {
    bytes.clear();
    if (text.size() % 4 == 1) return false;  // no encoding ends with a single character
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        const int v = base64url_value(c);
        if (v < 0) return false;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes += static_cast<char>((buffer >> bits) & 0xFFu);
        }
    }
    return true;
}

std::uint32_t crc32_of(std::string_view bytes) {
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size()));
    return static_cast<std::uint32_t>(crc);
}

std::string share_error_message(ShareError error) {
    switch (error) {
        case ShareError::None: return {};
        case ShareError::NotALink: return "this is not an agreement link (it has no \"#a=\" part)";
        case ShareError::NewerVersion: return "the link was made by a newer version of the builder; update and try again";
        case ShareError::Incomplete: return "the link is incomplete: it was cut short, copy the whole link";
        case ShareError::Damaged: return "the link is damaged";
        case ShareError::TooLong: return "the link is too long to be dependable; share the exported file instead";
        case ShareError::NotAnAgreement: return "the link does not hold a valid agreement";
    }
    return {};
}

ShareEncoding encode_share_link(const Agreement& agreement, bool compress) {
    ShareEncoding enc;
    const std::string json = export_agreement(agreement);
    enc.json_bytes = json.size();
    std::string data;
    unsigned char method = method_stored;
    if (compress && deflate_raw(json, data, 9) && data.size() < json.size()) method = method_deflate;
    else data = json;

    std::string payload;
    payload.reserve(header_bytes + data.size());
    payload += static_cast<char>(method);
    put_u32(payload, crc32_of(json));
    put_u32(payload, static_cast<std::uint32_t>(json.size()));
    payload += data;

    const std::string fragment = std::string(share_link_prefix) + share_link_version_tag + base64url_encode(payload);
    enc.length = fragment.size();
    enc.status = enc.length > share_link_max_chars   ? ShareLength::TooLong
                 : enc.length > share_link_warn_chars ? ShareLength::Long
                                                      : ShareLength::Ok;
    if (enc.ok()) enc.fragment = fragment;
    return enc;
}

ShareDecoding decode_share_link(std::string_view text) {
    // Whitespace around a pasted link is not part of it.
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '\r' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.size() > share_link_max_chars + 4096) return failure(ShareError::TooLong);
    if (const std::size_t hash = text.find('#'); hash != std::string_view::npos) text.remove_prefix(hash + 1);
    // "a=" at the start or after '&' (other parameters may share the fragment).
    std::size_t at = std::string_view::npos;
    if (text.substr(0, 2) == "a=") at = 0;
    else if (const std::size_t amp = text.find("&a="); amp != std::string_view::npos) at = amp + 1;
    if (at == std::string_view::npos) return failure(ShareError::NotALink);
    text.remove_prefix(at + 2);
    if (const std::size_t amp = text.find('&'); amp != std::string_view::npos) text = text.substr(0, amp);

    // Version tag "v<N>."
    if (text.empty() || text.front() != 'v') return failure(ShareError::Damaged, "no version tag");
    std::size_t i = 1;
    long version = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && version < 1000000) version = version * 10 + (text[i++] - '0');
    if (i == 1 || i >= text.size() || text[i] != '.') {
        return text.size() <= i ? failure(ShareError::Incomplete) : failure(ShareError::Damaged, "bad version tag");
    }
    if (version > 1) return failure(ShareError::NewerVersion);
    if (version < 1) return failure(ShareError::Damaged, "bad version tag");
    text.remove_prefix(i + 1);

    std::string payload;
    if (!base64url_decode(text, payload)) {
        for (char c : text)
            if (base64url_value(c) < 0) return failure(ShareError::Damaged, "it contains characters that do not belong");
        return failure(ShareError::Incomplete);
    }
    if (payload.size() < header_bytes) return failure(ShareError::Incomplete);
    const auto method = static_cast<unsigned char>(payload[0]);
    const std::uint32_t crc = get_u32(payload, 1);
    const std::uint32_t length = get_u32(payload, 5);
    if (length > max_import_bytes) return failure(ShareError::Damaged, "impossible length");
    const std::string_view data = std::string_view(payload).substr(header_bytes);

    ShareDecoding d;
    if (method == method_stored) {
        if (data.size() < length) return failure(ShareError::Incomplete);
        if (data.size() > length) return failure(ShareError::Damaged, "unexpected data at the end");
        d.json.assign(data);
    } else if (method == method_deflate) {
        switch (inflate_raw(data, length, d.json)) {
            case InflateResult::Ok: break;
            case InflateResult::Truncated: return failure(ShareError::Incomplete);
            case InflateResult::Bad: return failure(ShareError::Damaged, "the data does not decompress");
        }
    } else {
        return failure(ShareError::Damaged, "unknown compression");
    }
    if (crc32_of(d.json) != crc) return failure(ShareError::Damaged, "checksum mismatch");

    ImportResult imported = import_agreement(d.json);
    if (!imported.ok()) {
        ShareDecoding bad = failure(ShareError::NotAnAgreement);
        bad.json = std::move(d.json);
        bad.import_errors = std::move(imported.errors);
        return bad;
    }
    d.agreement = std::move(imported.agreement);
    return d;
}

}  // namespace bpo
