// Key-value storage as drafts need it: the browser's localStorage on the web
// (src/platform/storage_web.cpp), a map in memory for native tests and tools.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bpo {

enum class WriteStatus { Ok, QuotaExceeded, Failed };

class Storage {
public:
    virtual ~Storage() = default;
    virtual std::optional<std::string> get(const std::string& key) const = 0;
    // A failed write leaves the previous value of `key` as it was.
    virtual WriteStatus set(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
    virtual std::vector<std::string> keys() const = 0;
    // Bytes the value of `key` takes where it is kept (0 if absent): less than get()'s size for
    // a value kept packed (core/packed_storage.hpp).
    virtual std::size_t stored_size(const std::string& key) const {
        const auto value = get(key);
        return value ? value->size() : 0;
    }
};

// In-memory storage with an optional byte budget, so tests can simulate a full localStorage.
class MemoryStorage final : public Storage {
public:
    explicit MemoryStorage(std::size_t capacity_bytes = SIZE_MAX) : capacity_(capacity_bytes) {}

    std::optional<std::string> get(const std::string& key) const override {
        auto it = items_.find(key);
        if (it == items_.end()) return std::nullopt;
        return it->second;
    }
    WriteStatus set(const std::string& key, const std::string& value) override {
        std::size_t used = 0;
        for (const auto& [k, v] : items_)
            if (k != key) used += k.size() + v.size();
        if (used + key.size() + value.size() > capacity_) return WriteStatus::QuotaExceeded;
        items_[key] = value;
        return WriteStatus::Ok;
    }
    void remove(const std::string& key) override { items_.erase(key); }
    std::vector<std::string> keys() const override {
        std::vector<std::string> all;
        for (const auto& [k, v] : items_) all.push_back(k);
        return all;
    }
    void set_capacity(std::size_t bytes) { capacity_ = bytes; }

private:
    std::map<std::string, std::string> items_;
    std::size_t capacity_;
};

}  // namespace bpo
