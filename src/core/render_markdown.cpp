#include "core/render_markdown.hpp"

#include "core/document_output.hpp"

namespace bpo {

namespace {

using docout::AsciiSet;
using docout::OutputBuffer;

// What escape() does with each byte outside the start of a line.
enum : unsigned char { Copy, Backslash, Blank, Drop };

struct ByteClasses {
    unsigned char of[256];
    ByteClasses() {
        for (int c = 0; c < 256; ++c) of[c] = (c < 0x20 || c == 0x7f) ? Drop : Copy;
        of[static_cast<unsigned char>('\n')] = of[static_cast<unsigned char>('\r')] = of[static_cast<unsigned char>('\t')] = Blank;
        for (char c : std::string_view("\\`*_[]<>|~&!#{}")) of[static_cast<unsigned char>(c)] = Backslash;
    }
};
const ByteClasses byte_classes;
const AsciiSet not_copied([](unsigned char c) { return byte_classes.of[c] != Copy; });

// Appends text escaped for Markdown. at_start: the text begins a line (block-level markers
// such as "#", "-", "1." must be neutralised too). Runs of ordinary characters are copied at once.
void escape(OutputBuffer& out, std::string_view text, bool at_start) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    out.reserve(2 * n);  // at most a backslash before each byte
    if (at_start) {
        // Until the first visible character: blanks dropped (they could make an indented code
        // block), line breaks become one space, then a block marker is escaped.
        for (; i < n; ++i) {
            const char ch = text[i];
            const auto u = static_cast<unsigned char>(ch);
            const unsigned char kind = byte_classes.of[u];
            if (kind == Blank) {
                if (!out.empty() && out.back() != ' ') out.put(' ');
                continue;
            }
            if (kind == Drop || ch == ' ') continue;
            if (ch == '-' || ch == '+' || ch == '=' || ch == '#' || ch == '>') {
                out.put('\\');
                out.put(ch);
                ++i;
                break;
            }
            if (ch >= '0' && ch <= '9') {
                // "1." or "1)" at the start of a line opens an ordered list.
                std::size_t j = i;
                while (j < n && text[j] >= '0' && text[j] <= '9') ++j;
                out.put(text.substr(i, j - i));
                if (j < n && (text[j] == '.' || text[j] == ')')) {
                    out.put('\\');
                    out.put(text[j]);
                    ++j;
                }
                i = j;
                break;
            }
            break;  // an ordinary character: the loop below copies it
        }
    }
    const char* data = text.data();
    for (;;) {
        const std::size_t special = not_copied.find(data, i, n);
        out.put(std::string_view(data + i, special - i));
        if (special == n) return;
        const char ch = data[special];
        const unsigned char kind = byte_classes.of[static_cast<unsigned char>(ch)];
        if (kind == Backslash) {
            out.put('\\');
            out.put(ch);
        } else if (kind == Blank) {
            if (!out.empty() && out.back() != ' ') out.put(' ');
        }
        i = special + 1;
    }
}

// Runs of a paragraph (Inline) or of a table cell (TableRows::Cell).
template <class Runs>
void runs(OutputBuffer& out, const Runs& text, bool at_start) {
    bool start = at_start;
    for (const auto& r : text) {
        const std::string_view t = r.text;
        switch (r.kind) {
            case RunKind::Text:
            case RunKind::Term:
            case RunKind::Reference:
                escape(out, t, start);
                break;
            case RunKind::Strong: {
                std::string_view trimmed = t;
                while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\n')) trimmed.remove_prefix(1);
                while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n')) trimmed.remove_suffix(1);
                if (trimmed.empty()) break;
                out.add("**");
                escape(out, trimmed, false);
                out.add("**");
                break;
            }
            case RunKind::Placeholder:
                out.add("**");
                escape(out, t, false);
                out.add("**");
                break;
        }
        if (!t.empty()) start = false;
    }
}

void table(OutputBuffer& out, const Table& t) {
    out.add('|');
    for (const std::string& h : t.header) {
        out.add(' ');
        escape(out, h, false);
        out.add(" |");
    }
    out.add("\n|");
    for (std::size_t i = 0; i < t.header.size(); ++i) out.add(" --- |");
    out.add('\n');
    for (const TableRows::Row row : t.rows) {
        out.add('|');
        for (std::size_t i = 0; i < t.header.size(); ++i) {
            out.add(' ');
            if (i < row.size()) runs(out, row[i], false);
            out.add(" |");
        }
        out.add('\n');
    }
    out.add('\n');
}

// Blocks; lead: text printed in front of the first paragraph (a clause number), already escaped.
void blocks(OutputBuffer& out, const std::vector<Block>& body, std::string lead) {
    for (const Block& b : body) {
        switch (b.kind) {
            case BlockKind::Paragraph:
                if (!lead.empty()) {
                    out.add(lead);
                    lead.clear();
                    runs(out, b.text, false);
                } else if (!b.label.empty()) {
                    escape(out, b.label, true);
                    out.add(' ');
                    runs(out, b.text, false);
                } else {
                    runs(out, b.text, true);
                }
                out.add("\n\n");
                break;
            case BlockKind::Heading:
                out.add(b.level <= 2 ? "### " : "#### ");
                runs(out, b.text, false);
                out.add("\n\n");
                break;
            case BlockKind::Table:
                if (!lead.empty()) { out.add(lead); out.add("\n\n"); lead.clear(); }
                table(out, b.table);
                break;
            case BlockKind::List:
                if (!lead.empty()) { out.add(lead); out.add("\n\n"); lead.clear(); }
                for (const Inline& item : b.items) {
                    out.add("- ");
                    runs(out, item, false);
                    out.add('\n');
                }
                out.add('\n');
                break;
            case BlockKind::Definitions:
                if (!lead.empty()) { out.add(lead); out.add("\n\n"); lead.clear(); }
                for (const Definition& d : b.definitions) {
                    out.add("**\"");
                    escape(out, d.term, false);
                    out.add("\"** means ");
                    runs(out, d.meaning, false);
                    out.add("\n\n");
                }
                break;
        }
    }
    if (!lead.empty()) {
        out.add(lead);
        out.add("\n\n");
    }
}

void clause(OutputBuffer& out, const Clause& c) {
    if (c.level == 1) {
        out.add("## ");
        out.add(c.label);
        out.add(". ");
        escape(out, c.heading, false);
        out.add("\n\n");
        blocks(out, c.body, {});
    } else {
        OutputBuffer lead(c.label.size() + 2 * c.heading.size() + 8);
        if (c.level == 2) {
            lead.add("**");
            lead.add(c.label);
            if (!c.heading.empty()) {
                lead.add(' ');
                escape(lead, c.heading, false);
                lead.add('.');
            }
            lead.add("** ");
        } else {
            lead.add(c.label);
            lead.add(' ');
        }
        blocks(out, c.body, lead.take());
    }
    for (const Clause& child : c.children) clause(out, child);
}

}  // namespace

std::string render_markdown(const Document& d) {
    // The clauses take about 60 KB; a table row its text (and some escapes) plus " | " between
    // cells: one allocation for the whole output.
    const TablesSize tables = tables_size(d);
    OutputBuffer out(64 * 1024 + tables.text + tables.text / 16 + tables.cells * 4 + tables.rows * 8);
    out.add("# ");
    escape(out, d.title, false);
    out.add("\n\n> **");
    escape(out, d.notice, false);
    out.add("**");
    if (!d.missing.empty()) {
        out.add("\n>\n> ");
        out.add(std::to_string(d.missing.size()));
        out.add(d.missing.size() == 1 ? " value is still missing and is shown in square brackets."
                                     : " values are still missing and are shown in square brackets.");
    }
    out.add("\n\n");
    runs(out, d.date_line, true);
    out.add("\n\n");
    blocks(out, d.parties, {});
    if (!d.recitals.empty()) {
        out.add("## Background\n\n");
        blocks(out, d.recitals, {});
    }
    out.add("## Agreed terms\n\nThe parties agree as follows.\n\n");
    for (const Clause& c : d.sections) clause(out, c);

    out.add("## Signatures\n\n");
    escape(out, d.signature_intro, true);
    out.add("\n\n");
    for (const SignatureBlock& s : d.signatures) {
        out.add("**Signed for the ");
        escape(out, s.role, false);
        out.add(":** ");
        runs(out, s.party_name, false);
        out.add("\n\nSignature: ..............................\n\nName: ");
        runs(out, s.signatory_name, false);
        out.add("\n\nTitle: ");
        runs(out, s.signatory_title, false);
        out.add("\n\nDate: ..............................\n\n");
    }
    for (const Schedule& s : d.schedules) {
        out.add("## ");
        escape(out, s.number, false);
        out.add(": ");
        escape(out, s.title, false);
        out.add("\n\n");
        blocks(out, s.body, {});
    }
    while (out.size() >= 2 && out.back() == '\n' && out.back(1) == '\n') out.pop_back();
    return out.take();
}

}  // namespace bpo
