#include "core/render_html.hpp"

#include "core/assets.hpp"
#include "core/document_output.hpp"

namespace bpo {

namespace {

using docout::AsciiSet;
using docout::OutputBuffer;

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
const AsciiSet replaced([](unsigned char c) { return escapes.replacement[c] != nullptr; });

void escape(OutputBuffer& out, std::string_view text) {
    const std::size_t n = text.size();
    out.reserve(6 * n);  // "&quot;" is the longest replacement
    const char* data = text.data();
    std::size_t i = 0;
    for (;;) {
        const std::size_t special = replaced.find(data, i, n);
        out.put(std::string_view(data + i, special - i));
        if (special == n) return;
        out.put(escapes.replacement[static_cast<unsigned char>(data[special])]);
        i = special + 1;
    }
}

// Runs of a paragraph (Inline) or of a table cell (TableRows::Cell).
template <class Runs>
void runs(OutputBuffer& out, const Runs& text) {
    for (const auto& r : text) {
        switch (r.kind) {
            case RunKind::Text:
            case RunKind::Term:
                escape(out, r.text);
                break;
            case RunKind::Strong:
                out.add("<strong>");
                escape(out, r.text);
                out.add("</strong>");
                break;
            case RunKind::Reference:
                out.add("<a class=\"ref\" href=\"#");
                escape(out, r.target);
                out.add("\">");
                escape(out, r.text);
                out.add("</a>");
                break;
            case RunKind::Placeholder:
                out.add("<mark class=\"placeholder\">");
                escape(out, r.text);
                out.add("</mark>");
                break;
        }
    }
}

void table(OutputBuffer& out, const Table& t) {
    out.add("<table>\n<thead><tr>");
    for (const std::string& h : t.header) {
        out.add("<th scope=\"col\">");
        escape(out, h);
        out.add("</th>");
    }
    out.add("</tr></thead>\n<tbody>\n");
    for (const TableRows::Row row : t.rows) {
        out.add("<tr>");
        for (std::size_t i = 0; i < t.header.size(); ++i) {
            out.add("<td>");
            if (i < row.size()) runs(out, row[i]);
            out.add("</td>");
        }
        out.add("</tr>\n");
    }
    out.add("</tbody>\n</table>\n");
}

// lead: markup printed at the start of the first paragraph (clause number and heading).
void blocks(OutputBuffer& out, const std::vector<Block>& body, std::string lead, const char* paragraph_class) {
    bool first_paragraph = true;
    auto flush_lead = [&] {
        if (lead.empty()) return;
        out.add("<p>");
        out.add(lead);
        out.add("</p>\n");
        lead.clear();
    };
    for (const Block& b : body) {
        switch (b.kind) {
            case BlockKind::Paragraph:
                if (!b.label.empty()) {
                    out.add("<p class=\"labelled\"><span class=\"label\">");
                    escape(out, b.label);
                    out.add("</span>");
                } else if (!first_paragraph && paragraph_class) {
                    out.add("<p class=\"continued\">");
                } else {
                    out.add("<p>");
                }
                out.add(lead);
                lead.clear();
                runs(out, b.text);
                out.add("</p>\n");
                first_paragraph = false;
                break;
            case BlockKind::Heading:
                flush_lead();
                out.add(b.level <= 2 ? "<h3" : "<h4");
                if (!b.anchor.empty()) {
                    out.add(" id=\"");
                    escape(out, b.anchor);
                    out.add('"');
                }
                out.add('>');
                runs(out, b.text);
                out.add(b.level <= 2 ? "</h3>\n" : "</h4>\n");
                break;
            case BlockKind::Table:
                flush_lead();
                table(out, b.table);
                break;
            case BlockKind::List:
                flush_lead();
                out.add("<ul>\n");
                for (const Inline& item : b.items) {
                    out.add("<li>");
                    runs(out, item);
                    out.add("</li>\n");
                }
                out.add("</ul>\n");
                break;
            case BlockKind::Definitions:
                flush_lead();
                out.add("<dl class=\"definitions\">\n");
                for (const Definition& d : b.definitions) {
                    out.add("<dt><dfn>&ldquo;");
                    escape(out, d.term);
                    out.add("&rdquo;</dfn></dt><dd>means ");
                    runs(out, d.meaning);
                    out.add("</dd>\n");
                }
                out.add("</dl>\n");
                break;
        }
    }
    flush_lead();
}

void id_attr(OutputBuffer& out, const std::string& anchor) {
    if (anchor.empty()) return;
    out.add(" id=\"");
    escape(out, anchor);
    out.add('"');
}

void clause(OutputBuffer& out, const Clause& c) {
    if (c.level == 1) {
        out.add("<section class=\"clause-section\"");
        id_attr(out, c.anchor);
        out.add(">\n<h2><span class=\"num\">");
        escape(out, c.label);
        out.add(".</span> ");
        escape(out, c.heading);
        out.add("</h2>\n");
        blocks(out, c.body, {}, nullptr);
        for (const Clause& child : c.children) clause(out, child);
        out.add("</section>\n");
        return;
    }
    out.add(c.level == 2 ? "<div class=\"clause\"" : "<div class=\"subclause\"");
    id_attr(out, c.anchor);
    out.add(">\n");
    OutputBuffer lead(64 + 6 * (c.label.size() + c.heading.size()));
    lead.add("<span class=\"num\">");
    escape(lead, c.label);
    lead.add("</span> ");
    if (!c.heading.empty()) {
        lead.add("<strong class=\"clause-heading\">");
        escape(lead, c.heading);
        lead.add(".</strong> ");
    }
    blocks(out, c.body, lead.take(), "continued");
    for (const Clause& child : c.children) clause(out, child);
    out.add("</div>\n");
}

void body(OutputBuffer& out, const Document& d) {
    out.add("<article class=\"agreement\">\n<header>\n<h1>");
    escape(out, d.title);
    out.add("</h1>\n<aside class=\"notice\" role=\"note\"><p><strong>");
    escape(out, d.notice);
    out.add("</strong></p>");
    if (!d.missing.empty()) {
        out.add("<p>");
        out.add(std::to_string(d.missing.size()));
        out.add(d.missing.size() == 1 ? " value is still missing and is highlighted in square brackets.</p>"
                                     : " values are still missing and are highlighted in square brackets.</p>");
    }
    out.add("</aside>\n<p class=\"date-line\">");
    runs(out, d.date_line);
    out.add("</p>\n<section class=\"parties\" aria-label=\"Parties\">\n");
    blocks(out, d.parties, {}, nullptr);
    out.add("</section>\n</header>\n");
    if (!d.recitals.empty()) {
        out.add("<section class=\"recitals\" id=\"recitals\">\n<h2>Background</h2>\n");
        blocks(out, d.recitals, {}, nullptr);
        out.add("</section>\n");
    }
    out.add("<section class=\"terms\">\n<h2>Agreed terms</h2>\n<p>The parties agree as follows.</p>\n");
    for (const Clause& c : d.sections) clause(out, c);
    out.add("</section>\n<section class=\"signatures\" id=\"signatures\">\n<h2>Signatures</h2>\n<p>");
    escape(out, d.signature_intro);
    out.add("</p>\n");
    for (const SignatureBlock& s : d.signatures) {
        out.add("<div class=\"signature\">\n<p><strong>Signed for the ");
        escape(out, s.role);
        out.add(":</strong> ");
        runs(out, s.party_name);
        out.add("</p>\n<p>Signature: <span class=\"line\"></span></p>\n<p>Name: ");
        runs(out, s.signatory_name);
        out.add("</p>\n<p>Title: ");
        runs(out, s.signatory_title);
        out.add("</p>\n<p>Date: <span class=\"line\"></span></p>\n</div>\n");
    }
    out.add("</section>\n");
    for (const Schedule& s : d.schedules) {
        out.add("<section class=\"schedule\"");
        id_attr(out, s.anchor);
        out.add(">\n<h2>");
        escape(out, s.number);
        out.add(": ");
        escape(out, s.title);
        out.add("</h2>\n");
        blocks(out, s.body, {}, nullptr);
        out.add("</section>\n");
    }
    out.add("</article>\n");
}

// Bytes the tables will take, roughly: "<td>" "</td>" around each cell, "<tr>" "</tr>\n"
// around each row, a few tags per row for strong and placeholder text.
std::size_t tables_estimate(const Document& d) {
    const TablesSize tables = tables_size(d);
    return tables.text + tables.text / 16 + tables.cells * 9 + tables.rows * 32;
}

}  // namespace

std::string render_html_fragment(const Document& d) {
    OutputBuffer out(96 * 1024 + tables_estimate(d));
    body(out, d);
    return out.take();
}

std::string render_html(const Document& d) {
    OutputBuffer out(112 * 1024 + tables_estimate(d));
    out.add("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"bpo agreement builder\">\n<title>");
    escape(out, d.title);
    out.add("</title>\n<style>\n");
    out.add(asset_text("document/agreement.css"));
    out.add("</style>\n</head>\n<body>\n");
    body(out, d);
    out.add("</body>\n</html>\n");
    return out.take();
}

}  // namespace bpo
