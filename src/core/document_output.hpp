// Internal to the text renderers (render_markdown.cpp, render_html.cpp): the output buffer they
// write into and the scan for the next byte that needs escaping. Not part of the public API.
//
// Why not std::string's append: a document is millions of small appends (a cell, a separator,
// an escape). The buffer is sized once from the document and written through a raw cursor, with
// one capacity check per piece of text instead of one out-of-line call per append; and the scan
// skips ordinary characters 16 at a time where the target has SIMD (WebAssembly SIMD128). Table
// cells, whose text is padded (TextBytes::read_padding), are copied 16 bytes at a time into the
// buffer's slack while they are scanned: no separate copy of each piece.
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
    // Bytes writable past the reserved room: copy16 may write a whole block there, of which
    // only the part before the cursor's new position counts.
    static constexpr std::size_t write_slack = 16;

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
    // Copies 16 bytes to the cursor without moving it; advance() then keeps the first n of them
    // (n <= 16 and within the reserved room).
    void copy16(const char* bytes) { std::memcpy(cursor_, bytes, 16); }
    void advance(std::size_t n) { cursor_ += n; }

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
        std::size_t capacity = capacity_of_text() * 2;
        if (capacity < used + more) capacity = used + more;
        resize_unfilled(text_, capacity + write_slack);
        begin_ = &text_[0];
        cursor_ = begin_ + used;
        end_ = begin_ + capacity;
    }

    std::size_t capacity_of_text() const { return static_cast<std::size_t>(end_ - begin_); }

    std::string text_;  // sized to the capacity and the slack; only [begin_, cursor_) is output
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

    // Index of the first member among the 16 bytes at `bytes`, or 16 when there is none.
    std::size_t first_of16(const char* bytes) const {
#ifdef __wasm_simd128__
        const std::uint32_t mask = members16(wasm_v128_load(bytes));
        return mask ? static_cast<std::size_t>(__builtin_ctz(mask)) : 16;
#else
        std::size_t i = 0;
        while (i < 16 && !member_[static_cast<unsigned char>(bytes[i])]) ++i;
        return i;
#endif
    }

    // Index of the first member in text[from, size), or size.
    std::size_t find(const char* text, std::size_t from, std::size_t size) const {
        std::size_t i = from;
#ifdef __wasm_simd128__
        for (; i + 16 <= size; i += 16) {
            const std::uint32_t mask = members16(wasm_v128_load(text + i));
            if (mask) return i + static_cast<std::size_t>(__builtin_ctz(mask));
        }
#endif
        while (i < size && !member_[static_cast<unsigned char>(text[i])]) ++i;
        return i;
    }

private:
#ifdef __wasm_simd128__
    // Bit i set when byte i is a member. A byte is a member when the bit of its high nibble is set
    // in the entry of its low nibble (high nibbles 8..15 have no bit: never members).
    std::uint32_t members16(v128_t bytes) const {
        const v128_t low_table = wasm_v128_load(low_nibble_bits_);
        const v128_t high_table = wasm_i8x16_make(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
        const v128_t low = wasm_i8x16_swizzle(low_table, wasm_v128_and(bytes, wasm_i8x16_splat(0x0f)));
        const v128_t high = wasm_i8x16_swizzle(high_table, wasm_u8x16_shr(bytes, 4));
        const v128_t hits = wasm_v128_and(low, high);
        if (!wasm_v128_any_true(hits)) return 0;
        return wasm_i8x16_bitmask(wasm_i8x16_ne(hits, wasm_i8x16_splat(0)));
    }
#endif

    bool member_[256] = {};
    alignas(16) unsigned char low_nibble_bits_[16] = {};
};

// Copies `text` into `out` 16 bytes at a time up to each member of `special`, and hands each
// member to `on_special(char)` (which writes its replacement). The text must be followed by 16
// readable bytes (a table cell's: TextBytes::read_padding), and `out` must have reserved room for
// the text's worst-case growth: copy16 writes whole blocks into the buffer's slack.
template <class OnSpecial>
void copy_escaping_padded(OutputBuffer& out, const AsciiSet& special, std::string_view text, OnSpecial&& on_special) {
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        out.copy16(p);
        const std::size_t copied = special.first_of16(p);
        const auto left = static_cast<std::size_t>(end - p);
        if (copied >= left) {
            out.advance(left);
            return;
        }
        out.advance(copied);
        p += copied;
        if (copied == 16) continue;
        on_special(*p++);
    }
}

}  // namespace bpo::docout
