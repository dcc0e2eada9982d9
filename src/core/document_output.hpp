// Internal to the text renderers (render_markdown.cpp, render_html.cpp): the output buffer they
// write into and the scan for the next byte that needs escaping. Not part of the public API.
//
// Why not std::string's append: a document is millions of small appends (a cell, a separator,
// an escape). The buffer is sized once from the document and written through a raw cursor, with
// one capacity check per piece of text instead of one out-of-line call per append; and the scan
// skips ordinary characters 16 at a time where the target has SIMD (WebAssembly SIMD128).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace bpo::docout {

// Whether the library's string can grow without filling the new bytes: libc++'s
// __resize_default_init. Detected rather than assumed, so a library without it (or with it
// private) falls back to resize instead of failing to compile.
template <class S, class = void>
struct HasResizeDefaultInit : std::false_type {};
template <class S>
struct HasResizeDefaultInit<S, std::void_t<decltype(std::declval<S&>().__resize_default_init(std::size_t{}))>>
    : std::true_type {};

// Resizes `text` to `size`; the new bytes are unspecified where the library allows it (the
// caller writes every byte before reading it).
template <class S>
void resize_unfilled(S& text, std::size_t size) {
    if constexpr (HasResizeDefaultInit<S>::value)
        text.__resize_default_init(size);
    else
        text.resize(size);
}

class OutputBuffer {
public:
    explicit OutputBuffer(std::size_t expected) { grow(expected); }

    // Room for `n` more bytes: the put_* calls below may then write that many without a check.
    void reserve(std::size_t n) {
        if (static_cast<std::size_t>(end_ - cursor_) < n) grow(n);
    }
    void put(char ch) { *cursor_++ = ch; }
    void put(std::string_view s) {
        std::memcpy(cursor_, s.data(), s.size());
        cursor_ += s.size();
    }

    // Checked writes.
    void add(char ch) {
        reserve(1);
        put(ch);
    }
    void add(std::string_view s) {
        reserve(s.size());
        put(s);
    }

    bool empty() const { return cursor_ == begin_; }
    char back(std::size_t from_end = 0) const { return cursor_[-1 - static_cast<std::ptrdiff_t>(from_end)]; }  // size() > from_end
    std::size_t size() const { return static_cast<std::size_t>(cursor_ - begin_); }
    void pop_back() { --cursor_; }

    // The text written; the buffer is left empty.
    std::string take() {
        text_.resize(size());
        begin_ = cursor_ = end_ = nullptr;
        return std::move(text_);
    }

private:
    void grow(std::size_t more) {
        const std::size_t used = size();
        std::size_t capacity = text_.size() * 2;
        if (capacity < used + more) capacity = used + more;
        resize_unfilled(text_, capacity);
        begin_ = &text_[0];
        cursor_ = begin_ + used;
        end_ = begin_ + capacity;
    }

    std::string text_;  // sized to the capacity; only [begin_, cursor_) is output
    char* begin_ = nullptr;
    char* cursor_ = nullptr;
    char* end_ = nullptr;
};

// A set of ASCII bytes (the ones a format must escape or drop), with a fast search for the next
// member. Bytes 0x80 and above are never members (UTF-8 sequences are copied as they are).
class AsciiSet {
public:
    template <class IsMember>
    explicit AsciiSet(IsMember is_member) {
        for (int c = 0; c < 128; ++c) {
            if (!is_member(static_cast<unsigned char>(c))) continue;
            member_[c] = true;
            low_nibble_bits_[c & 15] = static_cast<unsigned char>(low_nibble_bits_[c & 15] | (1u << (c >> 4)));
        }
    }

    bool contains(unsigned char c) const { return member_[c]; }

    // Index of the first member in text[from, size), or size.
    std::size_t find(const char* text, std::size_t from, std::size_t size) const {
        std::size_t i = from;
#ifdef __wasm_simd128__
        // A byte is a member when the bit of its high nibble is set in the entry of its low nibble
        // (high nibbles 8..15 have no bit: never members).
        const v128_t low_table = wasm_v128_load(low_nibble_bits_);
        const v128_t high_table = wasm_i8x16_make(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
        const v128_t low_mask = wasm_i8x16_splat(0x0f);
        for (; i + 16 <= size; i += 16) {
            const v128_t bytes = wasm_v128_load(text + i);
            const v128_t low = wasm_i8x16_swizzle(low_table, wasm_v128_and(bytes, low_mask));
            const v128_t high = wasm_i8x16_swizzle(high_table, wasm_u8x16_shr(bytes, 4));
            const v128_t hits = wasm_v128_and(low, high);
            if (!wasm_v128_any_true(hits)) continue;
            const std::uint32_t mask = wasm_i8x16_bitmask(wasm_i8x16_ne(hits, wasm_i8x16_splat(0)));
            return i + static_cast<std::size_t>(__builtin_ctz(mask));
        }
#endif
        while (i < size && !member_[static_cast<unsigned char>(text[i])]) ++i;
        return i;
    }

private:
    bool member_[256] = {};
    alignas(16) unsigned char low_nibble_bits_[16] = {};
};

}  // namespace bpo::docout
