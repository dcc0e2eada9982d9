#include "core/render_html.hpp"

#include "core/assets.hpp"

namespace bpo {

namespace {

// Text and attribute values: & < > " ' escaped, control characters dropped, line breaks and
// tabs as spaces. Runs of ordinary characters are copied at once.
struct EscapeTable {
    const char* replacement[256];
    EscapeTable() {
        for (int c = 0; c < 256; ++c) replacement[c] = (c < 0x20 || c == 0x7f) ? "" : nullptr;
        replacement[static_cast<unsigned char>('&')] = "&amp;";
        replacement[static_cast<unsigned char>('<')] = "&lt;";
        replacement[static_cast<unsigned char>('>')] = "&gt;";
        replacement[static_cast<unsigned char>('"')] = "&quot;";
        replacement[static_cast<unsigned char>('\'')] = "&#39;";
        replacement[static_cast<unsigned char>('\n')] = replacement[static_cast<unsigned char>('\t')] =
            replacement[static_cast<unsigned char>('\r')] = " ";
    }
};
const EscapeTable escapes;

void escape(std::string& out, std::string_view text) {
    std::size_t span = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* r = escapes.replacement[static_cast<unsigned char>(text[i])];
        if (!r) continue;
        out.append(text.data() + span, i - span);
        out += r;
        span = i + 1;
    }
    out.append(text.data() + span, text.size() - span);
}

// Runs of a paragraph (Inline) or of a table cell (TableRows::Cell).
template <class Runs>
void runs(std::string& out, const Runs& text) {
    for (const auto& r : text) {
        switch (r.kind) {
            case RunKind::Text:
            case RunKind::Term:
                escape(out, r.text);
                break;
            case RunKind::Strong:
                out += "<strong>";
                escape(out, r.text);
                out += "</strong>";
                break;
            case RunKind::Reference:
                out += "<a class=\"ref\" href=\"#";
                escape(out, r.target);
                out += "\">";
                escape(out, r.text);
                out += "</a>";
                break;
            case RunKind::Placeholder:
                out += "<mark class=\"placeholder\">";
                escape(out, r.text);
                out += "</mark>";
                break;
        }
    }
}

void table(std::string& out, const Table& t) {
    out += "<table>\n<thead><tr>";
    for (const std::string& h : t.header) {
        out += "<th scope=\"col\">";
        escape(out, h);
        out += "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const TableRows::Row row : t.rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < t.header.size(); ++i) {
            out += "<td>";
            if (i < row.size()) runs(out, row[i]);
            out += "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

// lead: markup printed at the start of the first paragraph (clause number and heading).
void blocks(std::string& out, const std::vector<Block>& body, std::string lead, const char* paragraph_class) {
    bool first_paragraph = true;
    auto flush_lead = [&] {
        if (lead.empty()) return;
        out += "<p>";
        out += lead;
        out += "</p>\n";
        lead.clear();
    };
    for (const Block& b : body) {
        switch (b.kind) {
            case BlockKind::Paragraph:
                if (!b.label.empty()) {
                    out += "<p class=\"labelled\"><span class=\"label\">";
                    escape(out, b.label);
                    out += "</span>";
                } else if (!first_paragraph && paragraph_class) {
                    out += "<p class=\"continued\">";
                } else {
                    out += "<p>";
                }
                out += lead;
                lead.clear();
                runs(out, b.text);
                out += "</p>\n";
                first_paragraph = false;
                break;
            case BlockKind::Heading:
                flush_lead();
                out += b.level <= 2 ? "<h3" : "<h4";
                if (!b.anchor.empty()) {
                    out += " id=\"";
                    escape(out, b.anchor);
                    out += '"';
                }
                out += '>';
                runs(out, b.text);
                out += b.level <= 2 ? "</h3>\n" : "</h4>\n";
                break;
            case BlockKind::Table:
                flush_lead();
                table(out, b.table);
                break;
            case BlockKind::List:
                flush_lead();
                out += "<ul>\n";
                for (const Inline& item : b.items) {
                    out += "<li>";
                    runs(out, item);
                    out += "</li>\n";
                }
                out += "</ul>\n";
                break;
            case BlockKind::Definitions:
                flush_lead();
                out += "<dl class=\"definitions\">\n";
                for (const Definition& d : b.definitions) {
                    out += "<dt><dfn>&ldquo;";
                    escape(out, d.term);
                    out += "&rdquo;</dfn></dt><dd>means ";
                    runs(out, d.meaning);
                    out += "</dd>\n";
                }
                out += "</dl>\n";
                break;
        }
    }
    flush_lead();
}

void id_attr(std::string& out, const std::string& anchor) {
    if (anchor.empty()) return;
    out += " id=\"";
    escape(out, anchor);
    out += '"';
}

void clause(std::string& out, const Clause& c) {
    if (c.level == 1) {
        out += "<section class=\"clause-section\"";
        id_attr(out, c.anchor);
        out += ">\n<h2><span class=\"num\">";
        escape(out, c.label);
        out += ".</span> ";
        escape(out, c.heading);
        out += "</h2>\n";
        blocks(out, c.body, {}, nullptr);
        for (const Clause& child : c.children) clause(out, child);
        out += "</section>\n";
        return;
    }
    out += c.level == 2 ? "<div class=\"clause\"" : "<div class=\"subclause\"";
    id_attr(out, c.anchor);
    out += ">\n";
    std::string lead = "<span class=\"num\">";
    escape(lead, c.label);
    lead += "</span> ";
    if (!c.heading.empty()) {
        lead += "<strong class=\"clause-heading\">";
        escape(lead, c.heading);
        lead += ".</strong> ";
    }
    blocks(out, c.body, std::move(lead), "continued");
    for (const Clause& child : c.children) clause(out, child);
    out += "</div>\n";
}

void body(std::string& out, const Document& d) {
    out += "<article class=\"agreement\">\n<header>\n<h1>";
    escape(out, d.title);
    out += "</h1>\n<aside class=\"notice\" role=\"note\"><p><strong>";
    escape(out, d.notice);
    out += "</strong></p>";
    if (!d.missing.empty()) {
        out += "<p>";
        out += std::to_string(d.missing.size());
        out += d.missing.size() == 1 ? " value is still missing and is highlighted in square brackets.</p>"
                                     : " values are still missing and are highlighted in square brackets.</p>";
    }
    out += "</aside>\n<p class=\"date-line\">";
    runs(out, d.date_line);
    out += "</p>\n<section class=\"parties\" aria-label=\"Parties\">\n";
    blocks(out, d.parties, {}, nullptr);
    out += "</section>\n</header>\n";
    if (!d.recitals.empty()) {
        out += "<section class=\"recitals\" id=\"recitals\">\n<h2>Background</h2>\n";
        blocks(out, d.recitals, {}, nullptr);
        out += "</section>\n";
    }
    out += "<section class=\"terms\">\n<h2>Agreed terms</h2>\n<p>The parties agree as follows.</p>\n";
    for (const Clause& c : d.sections) clause(out, c);
    out += "</section>\n<section class=\"signatures\" id=\"signatures\">\n<h2>Signatures</h2>\n<p>";
    escape(out, d.signature_intro);
    out += "</p>\n";
    for (const SignatureBlock& s : d.signatures) {
        out += "<div class=\"signature\">\n<p><strong>Signed for the ";
        escape(out, s.role);
        out += ":</strong> ";
        runs(out, s.party_name);
        out += "</p>\n<p>Signature: <span class=\"line\"></span></p>\n<p>Name: ";
        runs(out, s.signatory_name);
        out += "</p>\n<p>Title: ";
        runs(out, s.signatory_title);
        out += "</p>\n<p>Date: <span class=\"line\"></span></p>\n</div>\n";
    }
    out += "</section>\n";
    for (const Schedule& s : d.schedules) {
        out += "<section class=\"schedule\"";
        id_attr(out, s.anchor);
        out += ">\n<h2>";
        escape(out, s.number);
        out += ": ";
        escape(out, s.title);
        out += "</h2>\n";
        blocks(out, s.body, {}, nullptr);
        out += "</section>\n";
    }
    out += "</article>\n";
}

// Bytes the tables will take, roughly: "<td>" "</td>" around each cell, "<tr>" "</tr>\n"
// around each row, a few tags per row for strong and placeholder text.
std::size_t tables_estimate(const Document& d) {
    const TablesSize tables = tables_size(d);
    return tables.text + tables.text / 16 + tables.cells * 9 + tables.rows * 32;
}

}  // namespace

std::string render_html_fragment(const Document& d) {
    std::string out;
    out.reserve(96 * 1024 + tables_estimate(d));
    body(out, d);
    return out;
}

std::string render_html(const Document& d) {
    std::string out;
    out.reserve(112 * 1024 + tables_estimate(d));
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"bpo agreement builder\">\n<title>";
    escape(out, d.title);
    out += "</title>\n<style>\n";
    out += asset_text("document/agreement.css");
    out += "</style>\n</head>\n<body>\n";
    body(out, d);
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace bpo
