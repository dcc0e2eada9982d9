// Writing JSON through calls that follow its structure (begin_object, key, a value, end_object...),
// so one description of a document serves two outputs:
//   JsonTextWriter  the text, byte for byte what nlohmann's dump(2, ' ', false, replace) writes for
//                   the same DOM, without building the DOM (the canonical export of a 10,000-row
//                   agreement would otherwise hold a DOM of tens of MB); it can also only count
//                   the bytes, so the caller can reserve the exact size before writing
//   JsonDomWriter   the nlohmann::ordered_json DOM, for callers that work on values (diff, tests)
// Callers must make well-formed calls: a key before every value in an object, none in an array.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace bpo {

// Puts `value` into a DOM under construction: as the root when no container is open, otherwise
// appended to the innermost open array or stored under `key` in the innermost open object.
// Returns where it went (so a container can be opened there). Shared by JsonDomWriter and the
// importer's DOM reader.
template <class Json>
Json* place_in_dom(Json& root, const std::vector<Json*>& open, const std::string& key, Json&& value) {
    if (open.empty()) {
        root = std::move(value);
        return &root;
    }
    Json& parent = *open.back();
    if (parent.is_array()) {
        parent.push_back(std::move(value));
        return &parent.back();
    }
    Json& slot = parent[key];
    slot = std::move(value);
    return &slot;
}

class JsonOutput {
public:
    virtual ~JsonOutput() = default;
    virtual void begin_object() = 0;
    virtual void key(std::string_view key) = 0;
    virtual void end_object() = 0;
    virtual void begin_array() = 0;
    virtual void end_array() = 0;
    virtual void null_value() = 0;
    virtual void bool_value(bool value) = 0;
    virtual void integer_value(std::int64_t value) = 0;
    virtual void float_value(double value) = 0;  // a JSON float (80.0, not 80); NaN and inf as null
    virtual void string_value(std::string_view value) = 0;
    virtual void json_value(const nlohmann::json& value) = 0;  // any value, as nlohmann writes it
};

class JsonTextWriter final : public JsonOutput {
public:
    // Appends to *out; with a null `out` it only counts the bytes it would append.
    explicit JsonTextWriter(std::string* out);
    std::size_t size() const;  // bytes written (or counted) so far

    void begin_object() override;
    void key(std::string_view key) override;
    void end_object() override;
    void begin_array() override;
    void end_array() override;
    void null_value() override;
    void bool_value(bool value) override;
    void integer_value(std::int64_t value) override;
    void float_value(double value) override;
    void string_value(std::string_view value) override;
    void json_value(const nlohmann::json& value) override;

private:
    // Where nlohmann's serializer (used for escaped strings and nested DOM values) and the
    // writer itself put their bytes.
    class Sink final : public nlohmann::detail::output_adapter_protocol<char> {
    public:
        explicit Sink(std::string* out) : out_(out) {}
        void write_character(char c) override {
            ++size_;
            if (out_) out_->push_back(c);
        }
        void write_characters(const char* s, std::size_t length) override {
            size_ += length;
            if (out_) out_->append(s, length);
        }
        std::size_t size() const { return size_; }

    private:
        std::string* out_;
        std::size_t size_ = 0;
    };

    struct Open {
        bool object;
        std::size_t members;
    };

    void open(char bracket, bool object);
    void close(char bracket);
    void before_value();  // in an array: the separator and the indent of the next item
    void next_line();     // ",\n" or "\n" before a member or an item, then its indent
    void indent();        // 2 spaces per open container
    void write_quoted(std::string_view text);
    void write(std::string_view text) { sink_->write_characters(text.data(), text.size()); }

    std::shared_ptr<Sink> sink_;
    nlohmann::detail::serializer<nlohmann::ordered_json> serializer_;
    std::vector<Open> open_;
};

class JsonDomWriter final : public JsonOutput {
public:
    nlohmann::ordered_json& result() { return root_; }

    void begin_object() override { open(nlohmann::ordered_json::object()); }
    void key(std::string_view key) override { pending_key_.assign(key.data(), key.size()); }
    void end_object() override { open_.pop_back(); }
    void begin_array() override { open(nlohmann::ordered_json::array()); }
    void end_array() override { open_.pop_back(); }
    void null_value() override { place(nullptr); }
    void bool_value(bool value) override { place(value); }
    void integer_value(std::int64_t value) override { place(value); }
    void float_value(double value) override { place(value); }
    void string_value(std::string_view value) override { place(std::string(value)); }
    void json_value(const nlohmann::json& value) override { place(nlohmann::ordered_json(value)); }

private:
    nlohmann::ordered_json* place(nlohmann::ordered_json&& value) {
        return place_in_dom(root_, open_, pending_key_, std::move(value));
    }
    void open(nlohmann::ordered_json&& container) { open_.push_back(place(std::move(container))); }

    nlohmann::ordered_json root_;
    std::vector<nlohmann::ordered_json*> open_;  // the open containers, innermost last
    std::string pending_key_;
};

}  // namespace bpo
