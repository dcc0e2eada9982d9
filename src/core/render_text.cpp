#include "core/render_text.hpp"

#include <algorithm>

namespace bpo {

namespace {

constexpr std::size_t page_width = 78;

// Width in characters of UTF-8 text (code points; continuation bytes do not count).
std::size_t width(std::string_view s) {
    std::size_t n = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
    return n;
}

// Byte offset after the first `count` code points of s.
std::size_t prefix_bytes(std::string_view s, std::size_t count) {
    std::size_t i = 0, seen = 0;
    while (i < s.size()) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (seen == count) break;
            ++seen;
        }
        ++i;
    }
    return i;
}

// Plain text of runs appended to `out`, with control characters dropped and line breaks as spaces.
template <class Runs>
void flatten_into(std::string& out, const Runs& text) {
    for (const auto& r : text) {
        const std::string_view t = r.text;
        std::size_t span = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            const auto u = static_cast<unsigned char>(t[i]);
            if (u >= 0x20 && u != 0x7f) continue;
            out.append(t.data() + span, i - span);
            if (u == '\n' || u == '\t' || u == '\r') out += ' ';
            span = i + 1;
        }
        out.append(t.data() + span, t.size() - span);
    }
}

std::string flatten(const Inline& text) {
    std::string out;
    flatten_into(out, text);
    return out;
}

// Word-wraps text: the first line holds at most `first` characters, the others `rest`; words
// longer than a line are cut. Lines go to the sink: append(piece) adds to the current line,
// end_line() closes it.
template <class Sink>
void wrap(std::string_view text, std::size_t first, std::size_t rest, Sink& sink) {
    std::size_t lines = 0, line_width = 0;
    bool line_empty = true;
    std::size_t i = 0;
    first = std::max<std::size_t>(first, 1);
    rest = std::max<std::size_t>(rest, 1);
    auto limit = [&] { return lines == 0 ? first : rest; };
    auto end_line = [&] {
        sink.end_line();
        ++lines;
        line_empty = true;
        line_width = 0;
    };
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t j = i, w = 0;
        while (j < text.size() && text[j] != ' ') {
            w += (static_cast<unsigned char>(text[j]) & 0xC0) != 0x80;
            ++j;
        }
        if (j == i) break;
        std::string_view word(text.data() + i, j - i);
        i = j;
        while (w > limit() - (line_empty ? 0 : std::min(limit(), line_width + 1))) {
            if (!line_empty) {  // the word does not fit after the current text: new line
                end_line();
                continue;
            }
            if (w <= limit()) break;
            const std::size_t cut = prefix_bytes(word, limit());  // hard-cut an overlong word
            sink.append(std::string_view(word.data(), cut));
            end_line();
            word.remove_prefix(cut);
            w = width(word);
        }
        if (w == 0) continue;
        if (!line_empty) {
            sink.append(" ");
            ++line_width;
        }
        sink.append(word);
        line_width += w;
        line_empty = false;
    }
    if (!line_empty) end_line();
}

// The lines of one wrapped cell, kept for printing side by side with the other cells.
struct CellLines {
    std::string chars;
    std::vector<std::size_t> ends;  // end of each line in chars
    std::size_t open = 0;           // start of the line being written

    void clear() {
        chars.clear();
        ends.clear();
        open = 0;
    }
    void append(std::string_view piece) { chars.append(piece.data(), piece.size()); }
    void end_line() {
        ends.push_back(chars.size());
        open = chars.size();
    }
    std::size_t size() const { return ends.size(); }
    std::string_view line(std::size_t n) const {
        const std::size_t begin = n == 0 ? 0 : ends[n - 1];
        return std::string_view(chars.data() + begin, ends[n] - begin);
    }
};

// Writes the wrapped lines of a paragraph straight to the output.
struct ParagraphLines {
    std::string& out;
    std::size_t indent;
    std::size_t lines = 0;
    bool open = false;

    void append(std::string_view piece) {
        if (!open) {
            if (lines > 0) out.append(indent, ' ');
            open = true;
        }
        out.append(piece.data(), piece.size());
    }
    void end_line() {
        if (!open && lines > 0) out.append(indent, ' ');
        out += '\n';
        ++lines;
        open = false;
    }
};

// A paragraph: the first line starts with `first_prefix`, the following lines are indented by
// `indent` (a hanging indent when the prefix is a number).
void paragraph(std::string& out, std::string_view first_prefix, std::size_t first_width, std::size_t indent, std::string_view text) {
    out.append(first_prefix.data(), first_prefix.size());
    ParagraphLines sink{out, indent};
    wrap(text, page_width > first_width ? page_width - first_width : 20, page_width > indent ? page_width - indent : 20, sink);
    if (sink.lines == 0) out += '\n';
    out += '\n';
}

void paragraph(std::string& out, std::string_view first_prefix, std::size_t indent, std::string_view text) {
    paragraph(out, first_prefix, width(first_prefix), indent, text);
}

void heading(std::string& out, std::string_view text, char underline) {
    out += text;
    out += '\n';
    out.append(std::min<std::size_t>(width(text), page_width), underline);
    out += "\n\n";
}

// The longest space-separated word of s, in characters.
std::size_t longest_word(std::string_view s) {
    std::size_t best = 0, i = 0;
    while (i < s.size()) {
        std::size_t j = s.find(' ', i);
        if (j == std::string_view::npos) j = s.size();
        best = std::max(best, width(s.substr(i, j - i)));
        i = j + 1;
    }
    return best;
}

// Width of a cell's flattened text and of its longest word, without flattening it: line
// breaks and tabs count as spaces, other control characters as nothing.
struct CellWidths {
    std::size_t total = 0;
    std::size_t longest_word = 0;
};

// Per byte: 1 a character of width one, 3 a word separator (one wide), 0 nothing (UTF-8
// continuation bytes and dropped control characters).
struct WidthClasses {
    unsigned char of[256];
    WidthClasses() {
        for (int c = 0; c < 256; ++c) of[c] = (c < 0x20 || c == 0x7f || (c & 0xC0) == 0x80) ? 0 : 1;
        of[static_cast<unsigned char>(' ')] = of[static_cast<unsigned char>('\n')] = of[static_cast<unsigned char>('\t')] =
            of[static_cast<unsigned char>('\r')] = 3;
    }
};
const WidthClasses width_classes;

CellWidths measure(const TableRows::Cell& cell) {
    CellWidths w;
    std::size_t word = 0;
    for (const CellRun r : cell) {
        for (const char ch : r.text) {
            const unsigned c = width_classes.of[static_cast<unsigned char>(ch)];
            w.total += c & 1u;
            if (c & 2u) {
                w.longest_word = std::max(w.longest_word, word);
                word = 0;
            } else {
                word += c;
            }
        }
    }
    w.longest_word = std::max(w.longest_word, word);
    return w;
}

// Buffers reused from cell to cell and table to table, so a long table allocates nothing per row.
struct Scratch {
    std::string flat;
    std::vector<CellLines> cells;
};

void table(std::string& out, const Table& t, std::size_t indent, Scratch& scratch) {
    const std::size_t columns = t.header.size();
    if (columns == 0) return;
    const std::size_t available = page_width - indent - 3 * (columns - 1);
    // Each column gets at least its header's longest word, then the rest of the line is shared
    // by weight among the columns whose content is wider than what they have.
    std::vector<std::size_t> natural(columns, 0), widths(columns, 3);
    std::vector<std::size_t> word(columns, 0);
    for (std::size_t c = 0; c < columns; ++c) {
        widths[c] = std::max<std::size_t>(3, std::min<std::size_t>(12, longest_word(t.header[c])));
        natural[c] = width(t.header[c]);
        word[c] = widths[c];
    }
    std::string& flat = scratch.flat;
    for (const TableRows::Row row : t.rows)
        for (std::size_t c = 0; c < columns && c < row.size(); ++c) {
            const CellWidths w = measure(row[c]);
            natural[c] = std::max(natural[c], w.total);
            word[c] = std::max(word[c], std::min<std::size_t>(12, w.longest_word));
        }
    std::size_t used = 0;
    for (std::size_t w : word) used += w;
    if (used > available) {
        // Too many columns for the page: one record per row, "Header: value" lines.
        std::size_t label_width = 0;
        for (const std::string& h : t.header) label_width = std::max(label_width, width(h) + 2);
        label_width = std::min<std::size_t>(label_width, 24);
        std::vector<std::string> labels(columns);
        std::vector<std::size_t> label_widths(columns);
        labels[0] = std::string(indent, ' ');
        for (std::size_t c = 1; c < columns; ++c) {
            std::string& label = labels[c];
            label = std::string(indent + 2, ' ') + t.header[c] + ":";
            label.append(width(label) < indent + 2 + label_width ? indent + 2 + label_width - width(label) : 1, ' ');
        }
        for (std::size_t c = 0; c < columns; ++c) label_widths[c] = width(labels[c]);
        for (const TableRows::Row row : t.rows) {
            for (std::size_t c = 0; c < columns; ++c) {
                flat.clear();
                if (c < row.size()) flatten_into(flat, row[c]);
                paragraph(out, labels[c], label_widths[c], c == 0 ? indent : indent + 2 + label_width, flat);
                out.pop_back();  // records keep their lines together
            }
            out += '\n';
        }
        return;
    }
    widths = word;  // no word is cut when the longest words fit
    used = 0;
    for (std::size_t w : widths) used += w;
    // First toward whole words, then toward the full content.
    for (const std::vector<std::size_t>* goal : {&word, &natural}) {
        for (int round = 0; round < 4 && used < available; ++round) {
            std::size_t weight = 0;
            for (std::size_t c = 0; c < columns; ++c)
                if ((*goal)[c] > widths[c]) weight += static_cast<std::size_t>(c < t.widths.size() ? std::max(1, t.widths[c]) : 1);
            if (weight == 0) break;
            const std::size_t spare = available - used;
            for (std::size_t c = 0; c < columns; ++c) {
                if ((*goal)[c] <= widths[c]) continue;
                const std::size_t share =
                    std::max<std::size_t>(1, spare * static_cast<std::size_t>(c < t.widths.size() ? std::max(1, t.widths[c]) : 1) / weight);
                const std::size_t add = std::min({share, (*goal)[c] - widths[c], available - used});
                widths[c] += add;
                used += add;
            }
        }
    }
    std::vector<CellLines>& wrapped = scratch.cells;
    if (wrapped.size() < columns) wrapped.resize(columns);
    // Prints the wrapped cells side by side, padded to their column widths.
    auto print_row = [&] {
        std::size_t height = 1;
        for (std::size_t c = 0; c < columns; ++c) height = std::max(height, wrapped[c].size());
        for (std::size_t line = 0; line < height; ++line) {
            const std::size_t start = out.size();
            out.append(indent, ' ');
            for (std::size_t c = 0; c < columns; ++c) {
                const std::string_view cell = line < wrapped[c].size() ? wrapped[c].line(line) : std::string_view();
                out.append(cell.data(), cell.size());
                if (c + 1 < columns) {
                    out.append(widths[c] - std::min(widths[c], width(cell)), ' ');
                    out += " | ";
                }
            }
            while (out.size() > start && out.back() == ' ') out.pop_back();
            out += '\n';
        }
    };
    for (std::size_t c = 0; c < columns; ++c) {
        wrapped[c].clear();
        wrap(t.header[c], widths[c], widths[c], wrapped[c]);
    }
    print_row();
    out.append(indent, ' ');
    for (std::size_t c = 0; c < columns; ++c) {
        out.append(widths[c], '-');
        if (c + 1 < columns) out += "-+-";
    }
    out += '\n';
    for (const TableRows::Row row : t.rows) {
        for (std::size_t c = 0; c < columns; ++c) {
            wrapped[c].clear();
            if (c >= row.size()) continue;
            flat.clear();
            flatten_into(flat, row[c]);
            wrap(flat, widths[c], widths[c], wrapped[c]);
        }
        print_row();
    }
    out += '\n';
}

void blocks(std::string& out, const std::vector<Block>& body, std::string lead, std::size_t indent, Scratch& scratch) {
    const std::string pad(indent, ' ');
    auto flush_lead = [&] {
        if (lead.empty()) return;
        paragraph(out, lead, indent, "");
        lead.clear();
    };
    for (const Block& b : body) {
        switch (b.kind) {
            case BlockKind::Paragraph:
                if (!lead.empty()) {
                    std::string text = flatten(b.text);
                    paragraph(out, lead, indent, text);
                    lead.clear();
                } else if (!b.label.empty()) {
                    std::string label = pad + b.label;
                    label.append(label.size() < indent + 5 ? indent + 5 - label.size() : 1, ' ');
                    paragraph(out, label, indent + 5, flatten(b.text));
                } else {
                    paragraph(out, pad, indent, flatten(b.text));
                }
                break;
            case BlockKind::Heading:
                flush_lead();
                heading(out, flatten(b.text), b.level <= 2 ? '-' : '.');
                break;
            case BlockKind::Table:
                flush_lead();
                table(out, b.table, indent, scratch);
                break;
            case BlockKind::List:
                flush_lead();
                for (const Inline& item : b.items) paragraph(out, pad + "  * ", indent + 4, flatten(item));
                break;
            case BlockKind::Definitions:
                flush_lead();
                for (const Definition& d : b.definitions)
                    paragraph(out, pad, indent, "\"" + d.term + "\" means " + flatten(d.meaning));
                break;
        }
    }
    flush_lead();
}

void clause(std::string& out, const Clause& c, Scratch& scratch) {
    if (c.level == 1) {
        heading(out, c.label + ". " + c.heading, '=');
        blocks(out, c.body, {}, 0, scratch);
    } else if (c.level == 2) {
        std::string lead = c.label;
        lead.append(lead.size() < 6 ? 6 - lead.size() : 1, ' ');
        if (!c.heading.empty()) lead += c.heading + ". ";
        // Number and heading on the first line, text wrapped under an indent of 6.
        blocks(out, c.body, std::move(lead), 6, scratch);
    } else {
        std::string lead = std::string(6, ' ') + c.label;
        lead.append(lead.size() < 11 ? 11 - lead.size() : 1, ' ');
        blocks(out, c.body, std::move(lead), 11, scratch);
    }
    for (const Clause& child : c.children) clause(out, child, scratch);
}

}  // namespace

std::string render_text(const Document& d) {
    std::string out;
    // Tables print as records here ("Header: value" lines) or padded grids: about 40 bytes a
    // cell besides its text.
    const TablesSize tables = tables_size(d);
    out.reserve(96 * 1024 + tables.text + tables.text / 8 + tables.cells * 60);
    Scratch scratch;
    const std::string title = flatten({Run{RunKind::Text, d.title, {}}});
    heading(out, title, '=');
    std::string notice = "*** " + d.notice + " ***";
    if (!d.missing.empty())
        notice += " " + std::to_string(d.missing.size()) +
                  (d.missing.size() == 1 ? " value is still missing and is shown in square brackets."
                                         : " values are still missing and are shown in square brackets.");
    paragraph(out, "", 0, notice);
    paragraph(out, "", 0, flatten(d.date_line));
    blocks(out, d.parties, {}, 0, scratch);
    if (!d.recitals.empty()) {
        heading(out, "Background", '=');
        blocks(out, d.recitals, {}, 0, scratch);
    }
    heading(out, "Agreed terms", '=');
    paragraph(out, "", 0, "The parties agree as follows.");
    for (const Clause& c : d.sections) clause(out, c, scratch);

    heading(out, "Signatures", '=');
    paragraph(out, "", 0, d.signature_intro);
    for (const SignatureBlock& s : d.signatures) {
        out += "Signed for the " + s.role + ": " + flatten(s.party_name) + "\n\n";
        out += "  Signature: ______________________________\n";
        out += "  Name:      " + flatten(s.signatory_name) + "\n";
        out += "  Title:     " + flatten(s.signatory_title) + "\n";
        out += "  Date:      ______________________________\n\n";
    }
    for (const Schedule& s : d.schedules) {
        out += '\n';
        heading(out, s.number + ": " + s.title, '=');
        blocks(out, s.body, {}, 0, scratch);
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace bpo
