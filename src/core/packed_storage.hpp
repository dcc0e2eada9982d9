// Storage that keeps large agreement bodies deflated, so a browser's localStorage (about 5 million
// characters per site in Chromium) holds drafts several times larger than it could as plain JSON.
//
// Only the values of draft bodies, version bodies and entries kept aside are packed, and only
// from `threshold` bytes on; small ones and every index stay plain JSON, readable by any tool.
// A packed value is "bpo.packed.v1:" LENGTH ":" base64url(raw deflate of the text), LENGTH the
// text's size in bytes; get() unpacks it. A value that claims to be packed but does not unpack is
// returned as stored, so the draft store sees an unreadable body and keeps it aside, unchanged.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage.hpp"

namespace bpo {

inline constexpr std::string_view packed_value_tag = "bpo.packed.v1:";

// The stored form of `text`, packed. Returns `text` unchanged when packing would not shrink it.
std::string pack_value(std::string_view text);
// The text of a stored value: unpacked if it is packed, nullopt if it is packed but damaged.
std::optional<std::string> unpack_value(std::string_view stored);
bool is_packed_value(std::string_view stored);

class PackedStorage final : public Storage {
public:
    static constexpr std::size_t default_threshold = 16 * 1024;

    explicit PackedStorage(std::unique_ptr<Storage> inner, std::size_t threshold = default_threshold)
        : inner_(std::move(inner)), threshold_(threshold) {}

    std::optional<std::string> get(const std::string& key) const override;
    WriteStatus set(const std::string& key, const std::string& value) override;
    void remove(const std::string& key) override { inner_->remove(key); }
    std::vector<std::string> keys() const override { return inner_->keys(); }
    std::size_t stored_size(const std::string& key) const override { return inner_->stored_size(key); }

    // Whether values of this key are packed when large: draft and version bodies, kept-aside entries.
    static bool packs_key(std::string_view key);

private:
    std::unique_ptr<Storage> inner_;
    std::size_t threshold_;
};

}  // namespace bpo
