#include "core/packed_storage.hpp"

#include <charconv>

#include "core/compression.hpp"
#include "core/drafts.hpp"
#include "core/history.hpp"
#include "core/share.hpp"

namespace bpo {

namespace {

// Level 1: an autosave of a multi-megabyte draft must stay quick; the text is repetitive JSON,
// so even the fastest level shrinks it several times over.
constexpr int pack_level = 1;

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

bool is_packed_value(std::string_view stored) { return starts_with(stored, packed_value_tag); }

std::string pack_value(std::string_view text) {
    std::string deflated;
    if (!deflate_raw(text, deflated, pack_level)) return std::string(text);
    std::string packed(packed_value_tag);
    packed += std::to_string(text.size());
    packed += ':';
    packed += base64url_encode(deflated);
    if (packed.size() >= text.size()) return std::string(text);
    return packed;
}

std::optional<std::string> unpack_value(std::string_view stored) {
    if (!is_packed_value(stored)) return std::string(stored);
    std::string_view rest = stored.substr(packed_value_tag.size());
    const std::size_t colon = rest.find(':');
    if (colon == std::string_view::npos || colon == 0) return std::nullopt;
    std::size_t length = 0;
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + colon, length);
    if (error != std::errc() || end != rest.data() + colon) return std::nullopt;
    std::string deflated;
    if (!base64url_decode(rest.substr(colon + 1), deflated)) return std::nullopt;
    // A raw deflate stream expands at most about 1032 times: a larger claim is damage, and
    // must not make us reserve gigabytes.
    if (length / 1032 > deflated.size() + 1) return std::nullopt;
    std::string text;
    if (inflate_raw(deflated, length, text) != InflateResult::Ok) return std::nullopt;
    return text;
}

bool PackedStorage::packs_key(std::string_view key) {
    return starts_with(key, DraftStore::draft_prefix) || starts_with(key, VersionHistory::body_prefix) ||
           starts_with(key, DraftStore::aside_prefix);
}

std::optional<std::string> PackedStorage::get(const std::string& key) const {
    std::optional<std::string> stored = inner_->get(key);
    if (!stored || !is_packed_value(*stored)) return stored;
    if (std::optional<std::string> text = unpack_value(*stored)) return text;
    return stored;  // damaged: handed on as stored, so it is kept aside rather than lost
}

WriteStatus PackedStorage::set(const std::string& key, const std::string& value) {
    if (value.size() < threshold_ || !packs_key(key)) return inner_->set(key, value);
    return inner_->set(key, pack_value(value));
}

}  // namespace bpo
