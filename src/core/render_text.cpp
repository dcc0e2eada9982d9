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

// Plain text of runs, with control characters dropped and line breaks as spaces.
std::string flatten(const Inline& text) {
    std::string out;
    for (const Run& r : text) {
        for (char ch : r.text) {
            const auto u = static_cast<unsigned char>(ch);
            if (ch == '\n' || ch == '\t' || ch == '\r') out += ' ';
            else if (u >= 0x20 && u != 0x7f) out += ch;
        }
    }
    return out;
}

// Word-wraps text: the first line holds at most `first` characters, the others `rest`; words
// longer than a line are cut.
std::vector<std::string> wrap(std::string_view text, std::size_t first, std::size_t rest) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_width = 0;
    std::size_t i = 0;
    first = std::max<std::size_t>(first, 1);
    rest = std::max<std::size_t>(rest, 1);
    auto limit = [&] { return lines.empty() ? first : rest; };
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ') ++j;
        if (j == i) break;
        std::string_view word = text.substr(i, j - i);
        i = j;
        std::size_t w = width(word);
        while (w > limit() - (line.empty() ? 0 : std::min(limit(), line_width + 1))) {
            if (!line.empty()) {  // the word does not fit after the current text: new line
                lines.push_back(std::move(line));
                line.clear();
                line_width = 0;
                continue;
            }
            if (w <= limit()) break;
            const std::size_t cut = prefix_bytes(word, limit());  // hard-cut an overlong word
            lines.emplace_back(word.substr(0, cut));
            word.remove_prefix(cut);
            w = width(word);
        }
        if (w == 0) continue;
        if (!line.empty()) {
            line += ' ';
            ++line_width;
        }
        line += word;
        line_width += w;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

std::vector<std::string> wrap(std::string_view text, std::size_t limit) { return wrap(text, limit, limit); }

// A paragraph: the first line starts with `first_prefix`, the following lines are indented by
// `indent` (a hanging indent when the prefix is a number).
void paragraph(std::string& out, std::string_view first_prefix, std::size_t indent, std::string_view text) {
    const std::size_t first_width = width(first_prefix);
    const std::vector<std::string> lines =
        wrap(text, page_width > first_width ? page_width - first_width : 20, page_width > indent ? page_width - indent : 20);
    out += first_prefix;
    for (std::size_t n = 0; n < lines.size(); ++n) {
        if (n > 0) out.append(indent, ' ');
        out += lines[n];
        out += '\n';
    }
    if (lines.empty()) out += '\n';
    out += '\n';
}

void heading(std::string& out, std::string_view text, char underline) {
    out += text;
    out += '\n';
    out.append(std::min<std::size_t>(width(text), page_width), underline);
    out += "\n\n";
}

void table(std::string& out, const Table& t, std::size_t indent) {
    const std::size_t columns = t.header.size();
    if (columns == 0) return;
    const std::size_t available = page_width - indent - 3 * (columns - 1);
    // Each column gets at least its header's longest word, then the rest of the line is shared
    // by weight among the columns whose content is wider than what they have.
    std::vector<std::size_t> natural(columns, 0), widths(columns, 3);
    auto longest_word = [](std::string_view s) {
        std::size_t best = 0, i = 0;
        while (i < s.size()) {
            std::size_t j = s.find(' ', i);
            if (j == std::string_view::npos) j = s.size();
            best = std::max(best, width(s.substr(i, j - i)));
            i = j + 1;
        }
        return best;
    };
    std::vector<std::size_t> word(columns, 0);
    for (std::size_t c = 0; c < columns; ++c) {
        widths[c] = std::max<std::size_t>(3, std::min<std::size_t>(12, longest_word(t.header[c])));
        natural[c] = width(t.header[c]);
        word[c] = widths[c];
    }
    for (const auto& row : t.rows)
        for (std::size_t c = 0; c < columns && c < row.size(); ++c) {
            const std::string cell = flatten(row[c]);
            natural[c] = std::max(natural[c], width(cell));
            word[c] = std::max(word[c], std::min<std::size_t>(12, longest_word(cell)));
        }
    std::size_t used = 0;
    for (std::size_t w : word) used += w;
    if (used > available) {
        // Too many columns for the page: one record per row, "Header: value" lines.
        std::size_t label_width = 0;
        for (const std::string& h : t.header) label_width = std::max(label_width, width(h) + 2);
        label_width = std::min<std::size_t>(label_width, 24);
        for (const auto& row : t.rows) {
            for (std::size_t c = 0; c < columns; ++c) {
                const std::string value = c < row.size() ? flatten(row[c]) : std::string();
                if (c == 0) {
                    paragraph(out, std::string(indent, ' '), indent, value);
                    out.pop_back();  // records keep their lines together
                    continue;
                }
                std::string label = std::string(indent + 2, ' ') + t.header[c] + ":";
                label.append(width(label) < indent + 2 + label_width ? indent + 2 + label_width - width(label) : 1, ' ');
                paragraph(out, label, indent + 2 + label_width, value);
                out.pop_back();
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
    auto row_out = [&](const std::vector<std::string>& cells) {
        std::vector<std::vector<std::string>> wrapped(columns);
        std::size_t height = 1;
        for (std::size_t c = 0; c < columns; ++c) {
            wrapped[c] = wrap(c < cells.size() ? cells[c] : std::string(), widths[c]);
            height = std::max(height, wrapped[c].size());
        }
        for (std::size_t line = 0; line < height; ++line) {
            std::string text(indent, ' ');
            for (std::size_t c = 0; c < columns; ++c) {
                const std::string& cell = line < wrapped[c].size() ? wrapped[c][line] : std::string();
                text += cell;
                if (c + 1 < columns) {
                    text.append(widths[c] - std::min(widths[c], width(cell)), ' ');
                    text += " | ";
                }
            }
            while (!text.empty() && text.back() == ' ') text.pop_back();
            out += text;
            out += '\n';
        }
    };
    row_out(t.header);
    std::string rule(indent, ' ');
    for (std::size_t c = 0; c < columns; ++c) {
        rule.append(widths[c], '-');
        if (c + 1 < columns) rule += "-+-";
    }
    out += rule;
    out += '\n';
    std::vector<std::string> cells;
    for (const auto& row : t.rows) {
        cells.clear();
        for (const Inline& cell : row) cells.push_back(flatten(cell));
        row_out(cells);
    }
    out += '\n';
}

void blocks(std::string& out, const std::vector<Block>& body, std::string lead, std::size_t indent) {
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
                table(out, b.table, indent);
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

void clause(std::string& out, const Clause& c) {
    if (c.level == 1) {
        heading(out, c.label + ". " + c.heading, '=');
        blocks(out, c.body, {}, 0);
    } else if (c.level == 2) {
        std::string lead = c.label;
        lead.append(lead.size() < 6 ? 6 - lead.size() : 1, ' ');
        if (!c.heading.empty()) lead += c.heading + ". ";
        // Number and heading on the first line, text wrapped under an indent of 6.
        blocks(out, c.body, std::move(lead), 6);
    } else {
        std::string lead = std::string(6, ' ') + c.label;
        lead.append(lead.size() < 11 ? 11 - lead.size() : 1, ' ');
        blocks(out, c.body, std::move(lead), 11);
    }
    for (const Clause& child : c.children) clause(out, child);
}

}  // namespace

std::string render_text(const Document& d) {
    std::string out;
    out.reserve(96 * 1024);
    const std::string title = flatten({Run{RunKind::Text, d.title, {}}});
    heading(out, title, '=');
    std::string notice = "*** " + d.notice + " ***";
    if (!d.missing.empty())
        notice += " " + std::to_string(d.missing.size()) +
                  (d.missing.size() == 1 ? " value is still missing and is shown in square brackets."
                                         : " values are still missing and are shown in square brackets.");
    paragraph(out, "", 0, notice);
    paragraph(out, "", 0, flatten(d.date_line));
    blocks(out, d.parties, {}, 0);
    if (!d.recitals.empty()) {
        heading(out, "Background", '=');
        blocks(out, d.recitals, {}, 0);
    }
    heading(out, "Agreed terms", '=');
    paragraph(out, "", 0, "The parties agree as follows.");
    for (const Clause& c : d.sections) clause(out, c);

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
        blocks(out, s.body, {}, 0);
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace bpo
