#include "core/render_markdown.hpp"

namespace bpo {

namespace {

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

// Appends text escaped for Markdown. at_start: the text begins a line (block-level markers
// such as "#", "-", "1." must be neutralised too). Runs of ordinary characters are copied at once.
void escape(std::string& out, std::string_view text, bool at_start) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    if (at_start) {
        // Until the first visible character: blanks dropped (they could make an indented code
        // block), line breaks become one space, then a block marker is escaped.
        for (; i < n; ++i) {
            const char ch = text[i];
            const auto u = static_cast<unsigned char>(ch);
            const unsigned char kind = byte_classes.of[u];
            if (kind == Blank) {
                if (!out.empty() && out.back() != ' ') out += ' ';
                continue;
            }
            if (kind == Drop || ch == ' ') continue;
            if (ch == '-' || ch == '+' || ch == '=' || ch == '#' || ch == '>') {
                out += '\\';
                out += ch;
                ++i;
                break;
            }
            if (ch >= '0' && ch <= '9') {
                // "1." or "1)" at the start of a line opens an ordered list.
                std::size_t j = i;
                while (j < n && text[j] >= '0' && text[j] <= '9') ++j;
                out.append(text.data() + i, j - i);
                if (j < n && (text[j] == '.' || text[j] == ')')) {
                    out += '\\';
                    out += text[j];
                    ++j;
                }
                i = j;
                break;
            }
            break;  // an ordinary character: the loop below copies it
        }
    }
    std::size_t span = i;
    for (; i < n; ++i) {
        const unsigned char kind = byte_classes.of[static_cast<unsigned char>(text[i])];
        if (kind == Copy) continue;
        out.append(text.data() + span, i - span);
        span = i + 1;
        if (kind == Backslash) {
            out += '\\';
            out += text[i];
        } else if (kind == Blank) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        }
    }
    out.append(text.data() + span, n - span);
}

// Runs of a paragraph (Inline) or of a table cell (TableRows::Cell).
template <class Runs>
void runs(std::string& out, const Runs& text, bool at_start) {
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
                out += "**";
                escape(out, trimmed, false);
                out += "**";
                break;
            }
            case RunKind::Placeholder:
                out += "**";
                escape(out, t, false);
                out += "**";
                break;
        }
        if (!t.empty()) start = false;
    }
}

void table(std::string& out, const Table& t) {
    out += '|';
    for (const std::string& h : t.header) {
        out += ' ';
        escape(out, h, false);
        out += " |";
    }
    out += "\n|";
    for (std::size_t i = 0; i < t.header.size(); ++i) out += " --- |";
    out += '\n';
    for (const TableRows::Row row : t.rows) {
        out += '|';
        for (std::size_t i = 0; i < t.header.size(); ++i) {
            out += ' ';
            if (i < row.size()) runs(out, row[i], false);
            out += " |";
        }
        out += '\n';
    }
    out += '\n';
}

// Blocks; lead: text printed in front of the first paragraph (a clause number), already escaped.
void blocks(std::string& out, const std::vector<Block>& body, std::string lead) {
    for (const Block& b : body) {
        switch (b.kind) {
            case BlockKind::Paragraph:
                if (!lead.empty()) {
                    out += lead;
                    lead.clear();
                    runs(out, b.text, false);
                } else if (!b.label.empty()) {
                    escape(out, b.label, true);
                    out += ' ';
                    runs(out, b.text, false);
                } else {
                    runs(out, b.text, true);
                }
                out += "\n\n";
                break;
            case BlockKind::Heading:
                out += b.level <= 2 ? "### " : "#### ";
                runs(out, b.text, false);
                out += "\n\n";
                break;
            case BlockKind::Table:
                if (!lead.empty()) { out += lead; out += "\n\n"; lead.clear(); }
                table(out, b.table);
                break;
            case BlockKind::List:
                if (!lead.empty()) { out += lead; out += "\n\n"; lead.clear(); }
                for (const Inline& item : b.items) {
                    out += "- ";
                    runs(out, item, false);
                    out += '\n';
                }
                out += '\n';
                break;
            case BlockKind::Definitions:
                if (!lead.empty()) { out += lead; out += "\n\n"; lead.clear(); }
                for (const Definition& d : b.definitions) {
                    out += "**\"";
                    escape(out, d.term, false);
                    out += "\"** means ";
                    runs(out, d.meaning, false);
                    out += "\n\n";
                }
                break;
        }
    }
    if (!lead.empty()) {
        out += lead;
        out += "\n\n";
    }
}

void clause(std::string& out, const Clause& c) {
    if (c.level == 1) {
        out += "## ";
        out += c.label;
        out += ". ";
        escape(out, c.heading, false);
        out += "\n\n";
        blocks(out, c.body, {});
    } else {
        std::string lead;
        if (c.level == 2) {
            lead = "**" + c.label;
            if (!c.heading.empty()) {
                lead += ' ';
                escape(lead, c.heading, false);
                lead += '.';
            }
            lead += "** ";
        } else {
            lead = c.label + " ";
        }
        blocks(out, c.body, std::move(lead));
    }
    for (const Clause& child : c.children) clause(out, child);
}

}  // namespace

std::string render_markdown(const Document& d) {
    std::string out;
    // The clauses take about 60 KB; a table row its text (and some escapes) plus " | " between
    // cells: one allocation for the whole output.
    const TablesSize tables = tables_size(d);
    out.reserve(64 * 1024 + tables.text + tables.text / 16 + tables.cells * 4 + tables.rows * 8);
    out += "# ";
    escape(out, d.title, false);
    out += "\n\n> **";
    escape(out, d.notice, false);
    out += "**";
    if (!d.missing.empty()) {
        out += "\n>\n> ";
        out += std::to_string(d.missing.size());
        out += d.missing.size() == 1 ? " value is still missing and is shown in square brackets."
                                     : " values are still missing and are shown in square brackets.";
    }
    out += "\n\n";
    runs(out, d.date_line, true);
    out += "\n\n";
    blocks(out, d.parties, {});
    if (!d.recitals.empty()) {
        out += "## Background\n\n";
        blocks(out, d.recitals, {});
    }
    out += "## Agreed terms\n\nThe parties agree as follows.\n\n";
    for (const Clause& c : d.sections) clause(out, c);

    out += "## Signatures\n\n";
    escape(out, d.signature_intro, true);
    out += "\n\n";
    for (const SignatureBlock& s : d.signatures) {
        out += "**Signed for the ";
        escape(out, s.role, false);
        out += ":** ";
        runs(out, s.party_name, false);
        out += "\n\nSignature: ..............................\n\nName: ";
        runs(out, s.signatory_name, false);
        out += "\n\nTitle: ";
        runs(out, s.signatory_title, false);
        out += "\n\nDate: ..............................\n\n";
    }
    for (const Schedule& s : d.schedules) {
        out += "## ";
        escape(out, s.number, false);
        out += ": ";
        escape(out, s.title, false);
        out += "\n\n";
        blocks(out, s.body, {});
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace bpo
