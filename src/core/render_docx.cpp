#include "core/render_docx.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

#include "core/zip_memory.hpp"

namespace bpo {

namespace {

constexpr int text_width_twips = 9638;  // A4 (11906) less two 2 cm margins (1134 each)

// Numbering instances (word/numbering.xml).
constexpr int num_clauses = 1;   // 1. / 1.1 / (a)
constexpr int num_parties = 2;   // (1), (2)
constexpr int num_recitals = 3;  // (A), (B)
constexpr int num_bullets = 4;

// Appends UTF-8 text escaped for XML character data. Invalid UTF-8 becomes U+FFFD; code points
// XML 1.0 does not allow (controls, surrogates, U+FFFE/U+FFFF) are dropped; line breaks and tabs
// become spaces. '>' is escaped too, so "]]>" never appears. Runs of bytes that need nothing are
// found (skip_copy_bytes: 16 at a time with SIMD, else with a table) and copied at once.
enum : unsigned char { copy_byte = 0, ascii_special = 1, multibyte = 2 };
struct EscapeTable {
    unsigned char kind[256];
    constexpr EscapeTable() : kind() {
        for (int c = 0; c < 256; ++c)
            kind[c] = c >= 0x80 ? multibyte
                      : (c < 0x20 || c == 0x7f || c == '&' || c == '<' || c == '>') ? ascii_special
                                                                                     : copy_byte;
    }
};
constexpr EscapeTable escape_table;

// Index of the first byte in p[i, n) that escape() must look at (not copy_byte), or n. Where
// the target has SIMD, 16 bytes at a time: such a byte is below 0x20 or 0x80 and above (both
// below 0x20 as signed), DEL, '&', '<' or '>'.
inline std::size_t skip_copy_bytes(const unsigned char* p, std::size_t i, std::size_t n) {
#ifdef __wasm_simd128__
    for (; i + 16 <= n; i += 16) {
        const v128_t v = wasm_v128_load(p + i);
        const v128_t hits = wasm_v128_or(
            wasm_v128_or(wasm_i8x16_lt(v, wasm_i8x16_splat(0x20)), wasm_i8x16_eq(v, wasm_i8x16_splat(0x7f))),
            wasm_v128_or(wasm_i8x16_eq(v, wasm_i8x16_splat('&')),
                         wasm_v128_or(wasm_i8x16_eq(v, wasm_i8x16_splat('<')), wasm_i8x16_eq(v, wasm_i8x16_splat('>')))));
        if (wasm_v128_any_true(hits)) return i + static_cast<std::size_t>(__builtin_ctz(wasm_i8x16_bitmask(hits)));
    }
#endif
    while (i < n && escape_table.kind[p[i]] == copy_byte) ++i;
    return i;
}

// Whether t[0, n) has two spaces in a row.
inline bool has_double_space(const char* t, std::size_t n) {
    std::size_t i = 0;
#ifdef __wasm_simd128__
    const v128_t space = wasm_i8x16_splat(' ');
    for (; i + 17 <= n; i += 16) {
        const v128_t here = wasm_i8x16_eq(wasm_v128_load(t + i), space);
        const v128_t next = wasm_i8x16_eq(wasm_v128_load(t + i + 1), space);
        if (wasm_v128_any_true(wasm_v128_and(here, next))) return true;
    }
#endif
    for (; i + 1 < n; ++i)
        if (t[i] == ' ' && t[i + 1] == ' ') return true;
    return false;
}

template <class Out>
void escape(Out& out, std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    std::size_t span = 0;
    auto flush = [&] { out.append(s.data() + span, i - span); };
    while (i < n) {
        i = skip_copy_bytes(p, i, n);
        if (i == n) break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            flush();
            switch (c) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '\n': case '\r': case '\t': out += ' '; break;
                default: break;  // other control characters: dropped
            }
            span = ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1Fu; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0Fu; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07u; }
        bool valid = len > 0 && i + len <= n;
        for (std::size_t k = 1; valid && k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) valid = false;
            else cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        if (valid) {
            const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
            valid = !overlong && cp <= 0x10FFFF;
        }
        if (!valid) {
            flush();
            out += "\xEF\xBF\xBD";
            span = ++i;
            continue;
        }
        const bool allowed = (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
        if (allowed) {
            i += len;  // stays in the span
            continue;
        }
        flush();
        i += len;
        span = i;
    }
    flush();
}

struct RunStyle {
    bool bold = false;
    bool highlight = false;
    bool operator==(RunStyle o) const { return bold == o.bold && highlight == o.highlight; }
};

// Where document.xml goes: a string kept whole (render_docx_document_xml), or a zip entry. In the
// zip, XML up to whole_limit (documents of a few hundred rows) is deflated whole, in one call,
// which is fastest; past that it is streamed in chunks at element boundaries, so a large
// document's XML never sits in memory at once.
// Text goes through run(): consecutive pieces with the same formatting share one <w:r>, as Word
// itself saves them, which makes the XML (and the time to write and deflate it) smaller.
class Xml {
public:
    Xml() { reserve(256 * 1024); }
    Xml(ZipWriter& zip, std::string_view entry) : zip_(&zip), entry_(entry) { reserve(256 * 1024); }

    // Appends inline (the common case: room is left) rather than through std::string::append,
    // which WebAssembly's libc++ keeps out of line: the XML is written in many small pieces.
    void append(const char* data, std::size_t size) {
        if (size > capacity_ - size_) reserve(std::max(2 * capacity_, size_ + size));
        std::memcpy(buffer_.get() + size_, data, size);
        size_ += size;
    }
    Xml& operator+=(std::string_view s) {
        append(s.data(), s.size());
        return *this;
    }
    template <std::size_t N>
    Xml& operator+=(const char (&literal)[N]) {  // markup: its length is known, no strlen
        append(literal, N - 1);
        return *this;
    }
    Xml& operator+=(char c) {
        if (size_ == capacity_) reserve(2 * capacity_);
        buffer_[size_++] = c;
        return *this;
    }

    std::string_view text() const { return {buffer_.get(), size_}; }

    // Escaped text in a run of this style; continues the open run when the style is the same.
    void run(std::string_view s, RunStyle style) {
        if (s.empty()) return;
        if (!run_open_ || !(style == run_style_)) {
            close_run();
            run_start_ = size_;
            *this += "<w:r>";
            if (style.bold || style.highlight) {
                *this += "<w:rPr>";
                if (style.bold) *this += "<w:b/>";
                if (style.highlight) *this += "<w:highlight w:val=\"yellow\"/>";
                *this += "</w:rPr>";
            }
            *this += "<w:t>";
            run_text_ = size_;
            run_style_ = style;
            run_open_ = true;
        }
        escape(*this, s);
    }

    // Ends the open run, if any. Word drops leading, trailing and repeated spaces from a <w:t>
    // unless it says xml:space="preserve", so only text with such spaces says it.
    void close_run() {
        if (!run_open_) return;
        run_open_ = false;
        if (size_ == run_text_) {  // all its text was dropped (control characters): no empty run
            size_ = run_start_;
            return;
        }
        const char* t = buffer_.get();
        const bool preserve =
            t[run_text_] == ' ' || t[size_ - 1] == ' ' || has_double_space(t + run_text_, size_ - run_text_);
        if (preserve) {  // into the open tag: "<w:t" + this + ">"
            static constexpr std::string_view attribute = " xml:space=\"preserve\"";
            const std::size_t at = run_text_ - 1;
            append(attribute.data(), attribute.size());  // makes room
            std::memmove(buffer_.get() + at + attribute.size(), buffer_.get() + at, size_ - attribute.size() - at);
            std::memcpy(buffer_.get() + at, attribute.data(), attribute.size());
        }
        *this += "</w:t></w:r>";
    }

    void end_paragraph() {
        close_run();
        *this += "</w:p>";
    }

    // Between two elements: past whole_limit the entry becomes a stream, and then every full
    // chunk goes to the zip.
    void boundary() {
        if (!zip_ || size_ < (streaming_ ? chunk : whole_limit)) return;
        if (!streaming_) streaming_ = zip_->begin_entry(entry_);
        zip_->write(text());
        size_ = 0;
    }
    // The end of the document: the entry is written and closed.
    void finish() {
        close_run();
        if (!zip_) return;
        if (!streaming_) {
            zip_->add_entry(entry_, text());
        } else if (zip_->write(text())) {
            zip_->end_entry();
        }
        size_ = 0;
    }

private:
    void reserve(std::size_t capacity) {
        if (capacity <= capacity_) return;
        std::unique_ptr<char[]> grown(new char[capacity]);  // uninitialised: written before read
        if (size_) std::memcpy(grown.get(), buffer_.get(), size_);
        buffer_ = std::move(grown);
        capacity_ = capacity;
    }

    std::unique_ptr<char[]> buffer_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
    static constexpr std::size_t whole_limit = 1024 * 1024;
    static constexpr std::size_t chunk = 128 * 1024;
    ZipWriter* zip_ = nullptr;
    std::string_view entry_;
    bool streaming_ = false;
    bool run_open_ = false;
    RunStyle run_style_;
    std::size_t run_start_ = 0;  // where the open run's <w:r> starts
    std::size_t run_text_ = 0;   // and where its text starts
};

void text_run(Xml& out, std::string_view text, RunStyle style = {}) { out.run(text, style); }

template <class Runs>
void runs(Xml& out, const Runs& text) {
    for (const auto& r : text) {
        switch (r.kind) {
            case RunKind::Text:
            case RunKind::Term:
            case RunKind::Reference:
                text_run(out, r.text);
                break;
            case RunKind::Strong: text_run(out, r.text, {true, false}); break;
            case RunKind::Placeholder: text_run(out, r.text, {false, true}); break;
        }
    }
}

struct ParagraphProps {
    const char* style = nullptr;
    int num_id = 0;
    int level = 0;
    bool page_break = false;
    bool keep_next = false;
};

void open_paragraph(Xml& out, const ParagraphProps& p) {
    out += "<w:p>";
    if (!p.style && !p.num_id && !p.page_break && !p.keep_next) return;
    out += "<w:pPr>";
    if (p.style) {
        out += "<w:pStyle w:val=\"";
        out += p.style;
        out += "\"/>";
    }
    if (p.keep_next) out += "<w:keepNext/>";
    if (p.page_break) out += "<w:pageBreakBefore/>";
    if (p.num_id) {  // levels 0-2 and numbering ids 1-4: one digit each
        out += "<w:numPr><w:ilvl w:val=\"";
        out += static_cast<char>('0' + p.level);
        out += "\"/><w:numId w:val=\"";
        out += static_cast<char>('0' + p.num_id);
        out += "\"/></w:numPr>";
    }
    out += "</w:pPr>";
}

void paragraph(Xml& out, const ParagraphProps& p, const Inline& text) {
    open_paragraph(out, p);
    runs(out, text);
    out.end_paragraph();
}

void plain_paragraph(Xml& out, const ParagraphProps& p, std::string_view text, RunStyle style = {}) {
    open_paragraph(out, p);
    text_run(out, text, style);
    out.end_paragraph();
}

void table(Xml& out, const Table& t) {
    const std::size_t columns = t.header.size();
    if (columns == 0) return;
    int total = 0;
    for (std::size_t c = 0; c < columns; ++c) total += c < t.widths.size() ? std::max(1, t.widths[c]) : 1;
    std::vector<int> widths(columns);
    for (std::size_t c = 0; c < columns; ++c)
        widths[c] = text_width_twips * (c < t.widths.size() ? std::max(1, t.widths[c]) : 1) / total;
    out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"AgreementTable\"/><w:tblW w:w=\"";
    out += std::to_string(text_width_twips);
    out += "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
           "<w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
           "</w:tblPr><w:tblGrid>";
    for (int w : widths) {
        out += "<w:gridCol w:w=\"";
        out += std::to_string(w);
        out += "\"/>";
    }
    out += "</w:tblGrid>";
    // A body cell's opening markup, up to its paragraph's text, made once per column.
    std::vector<std::string> body_cell(columns);
    for (std::size_t c = 0; c < columns; ++c)
        body_cell[c] = "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(widths[c]) +
                       "\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>";
    out += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>";
    for (std::size_t c = 0; c < columns; ++c) {
        out += "<w:tc><w:tcPr><w:tcW w:w=\"";
        out += std::to_string(widths[c]);
        out += "\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E1\"/></w:tcPr>";
        plain_paragraph(out, {"TableText"}, t.header[c], {true, false});
        out += "</w:tc>";
    }
    out += "</w:tr>";
    for (const TableRows::Row row : t.rows) {
        out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        for (std::size_t c = 0; c < columns; ++c) {
            out += body_cell[c];
            if (c < row.size()) runs(out, row[c]);
            out.end_paragraph();
            out += "</w:tc>";
        }
        out += "</w:tr>";
        out.boundary();
    }
    out += "</w:tbl>";
    // An empty paragraph keeps two consecutive tables apart.
    out += "<w:p><w:pPr><w:pStyle w:val=\"TableGap\"/></w:pPr></w:p>";
}

// Blocks of a clause (level 2/3), a section body or a schedule.
// first: the properties of the first paragraph (numbered clause), lead: bold heading before its text.
void blocks(Xml& out, const std::vector<Block>& body, ParagraphProps first, std::string lead,
            const char* continued_style, int labelled_num) {
    bool numbered_done = first.num_id == 0 && lead.empty();
    auto emit_lead = [&] {
        if (numbered_done) return;
        open_paragraph(out, first);
        text_run(out, lead, {true, false});
        out.end_paragraph();
        numbered_done = true;
    };
    for (const Block& b : body) {
        out.boundary();
        switch (b.kind) {
            case BlockKind::Paragraph:
                if (!numbered_done) {
                    open_paragraph(out, first);
                    if (!lead.empty()) text_run(out, lead + " ", {true, false});
                    runs(out, b.text);
                    out.end_paragraph();
                    numbered_done = true;
                } else if (!b.label.empty() && labelled_num) {
                    paragraph(out, {"Labelled", labelled_num, 0}, b.text);
                } else {
                    paragraph(out, {continued_style}, b.text);
                }
                break;
            case BlockKind::Heading:
                emit_lead();
                paragraph(out, {b.level <= 2 ? "Heading2" : "Heading3", 0, 0, false, true}, b.text);
                break;
            case BlockKind::Table:
                emit_lead();
                table(out, b.table);
                break;
            case BlockKind::List:
                emit_lead();
                for (const Inline& item : b.items) paragraph(out, {"ListBullet", num_bullets, 0}, item);
                break;
            case BlockKind::Definitions:
                emit_lead();
                for (const Definition& d : b.definitions) {
                    open_paragraph(out, {"Definition"});
                    text_run(out, "\xE2\x80\x9C" + d.term + "\xE2\x80\x9D", {true, false});
                    text_run(out, " means ");
                    runs(out, d.meaning);
                    out.end_paragraph();
                }
                break;
        }
    }
    emit_lead();
}

void clause(Xml& out, const Clause& c) {
    if (c.level == 1) {
        plain_paragraph(out, {"Heading1", num_clauses, 0}, c.heading);
        blocks(out, c.body, {}, {}, "BodyText", 0);
    } else if (c.level == 2) {
        blocks(out, c.body, {"Clause", num_clauses, 1}, c.heading.empty() ? std::string() : c.heading + ".", "ClauseText", 0);
    } else {
        blocks(out, c.body, {"SubClause", num_clauses, 2}, c.heading.empty() ? std::string() : c.heading + ".", "SubClauseText", 0);
    }
    for (const Clause& child : c.children) clause(out, child);
}

const char* xml_header() { return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"; }

const char* w_namespaces() {
    return "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
}

std::string styles_xml() {
    std::string s = xml_header();
    s += "<w:styles ";
    s += w_namespaces();
    s += ">"
         "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Georgia\" w:hAnsi=\"Georgia\" w:cs=\"Times New Roman\" w:eastAsia=\"Georgia\"/>"
         "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
         "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
         "<w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"360\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>";
    struct H { const char* id; const char* name; int size; int before; int outline; };
    for (const H& h : {H{"Heading1", "heading 1", 26, 360, 0}, H{"Heading2", "heading 2", 23, 240, 1}, H{"Heading3", "heading 3", 21, 200, 2}}) {
        s += "<w:style w:type=\"paragraph\" w:styleId=\"";
        s += h.id;
        s += "\"><w:name w:val=\"";
        s += h.name;
        s += "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"";
        s += std::to_string(h.before);
        s += "\" w:after=\"120\"/><w:outlineLvl w:val=\"";
        s += std::to_string(h.outline);
        s += "\"/></w:pPr><w:rPr><w:b/>";
        if (h.outline == 2) s += "<w:i/>";
        s += "<w:sz w:val=\"";
        s += std::to_string(h.size);
        s += "\"/><w:szCs w:val=\"";
        s += std::to_string(h.size);
        s += "\"/></w:rPr></w:style>";
    }
    struct P { const char* id; const char* name; int left; int hanging; };
    for (const P& p : {P{"Clause", "Clause", 709, 709}, P{"ClauseText", "Clause Text", 709, 0}, P{"SubClause", "Sub-clause", 1418, 709},
                       P{"SubClauseText", "Sub-clause Text", 1418, 0}, P{"Definition", "Definition", 709, 0},
                       P{"Labelled", "Labelled Paragraph", 709, 709}, P{"BodyText", "Body Text", 0, 0},
                       P{"ListBullet", "List Bullet", 1418, 360}}) {
        s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"";
        s += p.id;
        s += "\"><w:name w:val=\"";
        s += p.name;
        s += "\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:ind w:left=\"";
        s += std::to_string(p.left);
        s += "\"";
        if (p.hanging) {
            s += " w:hanging=\"";
            s += std::to_string(p.hanging);
            s += "\"";
        }
        s += "/><w:jc w:val=\"both\"/></w:pPr></w:style>";
    }
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Notice\"><w:name w:val=\"Notice\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA3333\"/><w:left w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA3333\"/>"
         "<w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA3333\"/><w:right w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"AA3333\"/></w:pBdr>"
         "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF4F2\"/><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:sz w:val=\"19\"/></w:rPr></w:style>"
         "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
         "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableGap\"><w:name w:val=\"Table Gap\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:spacing w:after=\"60\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:style>"
         "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
         "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
         "<w:style w:type=\"table\" w:styleId=\"AgreementTable\"><w:name w:val=\"Agreement Table\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>"
         "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
         "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
         "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
         "</w:tblBorders></w:tblPr></w:style>"
         "</w:styles>";
    return s;
}

std::string numbering_xml() {
    std::string s = xml_header();
    s += "<w:numbering ";
    s += w_namespaces();
    s += ">";
    auto level = [&](int ilvl, const char* format, const char* text, int left, int hanging, bool bold) {
        s += "<w:lvl w:ilvl=\"";
        s += std::to_string(ilvl);
        s += "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"";
        s += format;
        s += "\"/><w:lvlText w:val=\"";
        s += text;
        s += "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"";
        s += std::to_string(left);
        s += "\" w:hanging=\"";
        s += std::to_string(hanging);
        s += "\"/></w:pPr>";
        if (bold) s += "<w:rPr><w:b/></w:rPr>";
        s += "</w:lvl>";
    };
    // 0: clauses 1. / 1.1 / (a)
    s += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>";
    level(0, "decimal", "%1.", 709, 709, true);
    level(1, "decimal", "%1.%2", 709, 709, true);
    level(2, "lowerLetter", "(%3)", 1418, 709, false);
    s += "</w:abstractNum>";
    // 1: parties (1), (2)
    s += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>";
    level(0, "decimal", "(%1)", 709, 709, false);
    s += "</w:abstractNum>";
    // 2: recitals (A), (B)
    s += "<w:abstractNum w:abstractNumId=\"2\"><w:multiLevelType w:val=\"singleLevel\"/>";
    level(0, "upperLetter", "(%1)", 709, 709, false);
    s += "</w:abstractNum>";
    // 3: bullets
    s += "<w:abstractNum w:abstractNumId=\"3\"><w:multiLevelType w:val=\"singleLevel\"/>";
    level(0, "bullet", "\xE2\x80\xA2", 1418, 360, false);
    s += "</w:abstractNum>";
    for (int i = 1; i <= 4; ++i) {
        s += "<w:num w:numId=\"";
        s += std::to_string(i);
        s += "\"><w:abstractNumId w:val=\"";
        s += std::to_string(i - 1);
        s += "\"/></w:num>";
    }
    s += "</w:numbering>";
    return s;
}

std::string core_xml(const Document& d) {
    std::string s = xml_header();
    s += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>";
    escape(s, d.title);
    s += "</dc:title><dc:subject>Business process outsourcing agreement (draft)</dc:subject>"
         "<dc:creator>BPO agreement builder</dc:creator><cp:keywords>draft; not legal advice</cp:keywords>"
         "<dc:description>";
    escape(s, d.notice);
    s += "</dc:description></cp:coreProperties>";
    return s;
}

void document_xml(Xml& out, const Document& d) {
    out += xml_header();
    out += "<w:document ";
    out += w_namespaces();
    out += "><w:body>";
    plain_paragraph(out, {"Title"}, d.title);
    open_paragraph(out, {"Notice"});
    text_run(out, d.notice, {true, false});
    if (!d.missing.empty())
        text_run(out, " " + std::to_string(d.missing.size()) +
                          (d.missing.size() == 1 ? " value is still missing and is highlighted in square brackets."
                                                 : " values are still missing and are highlighted in square brackets."));
    out.end_paragraph();
    paragraph(out, {}, d.date_line);
    for (const Block& b : d.parties) {
        if (!b.label.empty()) paragraph(out, {"Labelled", num_parties, 0}, b.text);
        else paragraph(out, {}, b.text);
    }
    if (!d.recitals.empty()) {
        plain_paragraph(out, {"Heading1"}, "Background");
        blocks(out, d.recitals, {}, {}, nullptr, num_recitals);
    }
    plain_paragraph(out, {"Heading1"}, "Agreed terms");
    plain_paragraph(out, {}, "The parties agree as follows.");
    for (const Clause& c : d.sections) clause(out, c);

    plain_paragraph(out, {"Heading1", 0, 0, true}, "Signatures");
    plain_paragraph(out, {}, d.signature_intro);
    for (const SignatureBlock& s : d.signatures) {
        open_paragraph(out, {nullptr, 0, 0, false, true});
        text_run(out, "Signed for the " + s.role + ": ", {true, false});
        runs(out, s.party_name);
        out.end_paragraph();
        plain_paragraph(out, {}, "Signature: ______________________________");
        open_paragraph(out, {});
        text_run(out, "Name: ");
        runs(out, s.signatory_name);
        out.end_paragraph();
        open_paragraph(out, {});
        text_run(out, "Title: ");
        runs(out, s.signatory_title);
        out.end_paragraph();
        plain_paragraph(out, {}, "Date: ______________________________");
    }
    for (const Schedule& s : d.schedules) {
        plain_paragraph(out, {"Heading1", 0, 0, true}, s.number + ": " + s.title);
        blocks(out, s.body, {}, {}, nullptr, 0);
    }
    out += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
           "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
           "</w:sectPr></w:body></w:document>";
}

// Deflate level 1. libdeflate's level 1 packs this markup as small as zlib's level 3 did, in
// about half the time (and 2.5 times faster than level 6, for parts about a seventh larger); a
// document too large to deflate whole streams through zlib's level 1.
constexpr int deflate_level = 1;

// The parts that are the same in every .docx, deflated once per process: like a table compiled
// in, nothing in them depends on the document (the document and its title, in core.xml, are
// deflated for each file).
struct ConstantParts {
    DeflatedEntry content_types, rels, document_rels, styles, numbering, settings, app;
};

ConstantParts make_constant_parts() {
    const std::string content_types =
        std::string(xml_header()) +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "</Types>";
    const std::string rels =
        std::string(xml_header()) +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        "</Relationships>";
    const std::string document_rels =
        std::string(xml_header()) +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
        "</Relationships>";
    const std::string settings =
        std::string(xml_header()) + "<w:settings " + w_namespaces() +
        "><w:defaultTabStop w:val=\"709\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        "</w:settings>";
    const std::string app =
        std::string(xml_header()) +
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
        "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        "<Application>BPO agreement builder</Application></Properties>";

    ConstantParts parts;
    parts.content_types = deflate_entry("[Content_Types].xml", content_types, deflate_level);
    parts.rels = deflate_entry("_rels/.rels", rels, deflate_level);
    parts.document_rels = deflate_entry("word/_rels/document.xml.rels", document_rels, deflate_level);
    parts.styles = deflate_entry("word/styles.xml", styles_xml(), deflate_level);
    parts.numbering = deflate_entry("word/numbering.xml", numbering_xml(), deflate_level);
    parts.settings = deflate_entry("word/settings.xml", settings, deflate_level);
    parts.app = deflate_entry("docProps/app.xml", app, deflate_level);
    return parts;
}

const ConstantParts& constant_parts() {
    static const ConstantParts parts = make_constant_parts();
    return parts;
}

}  // namespace

std::string render_docx_document_xml(const Document& d) {
    Xml out;
    document_xml(out, d);
    out.finish();
    return std::string(out.text());
}

std::string render_docx(const Document& d) {
    const ConstantParts& constant = constant_parts();
    std::string bytes;
    ZipWriter zip(bytes, deflate_level);
    zip.add_deflated(constant.content_types);
    zip.add_deflated(constant.rels);
    Xml document(zip, "word/document.xml");
    document_xml(document, d);
    document.finish();
    zip.add_deflated(constant.document_rels);
    zip.add_deflated(constant.styles);
    zip.add_deflated(constant.numbering);
    zip.add_deflated(constant.settings);
    zip.add_entry("docProps/core.xml", core_xml(d));
    zip.add_deflated(constant.app);
    if (!zip.finish()) return {};
    return bytes;
}

}  // namespace bpo
