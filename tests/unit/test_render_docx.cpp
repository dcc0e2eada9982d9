// Word renderer: a zip with the Office Open XML parts; well-formed XML even for hostile text.
#include <doctest/doctest.h>

#include <chrono>

#include "core/document_builder.hpp"
#include "core/render_docx.hpp"
#include "core/render_html.hpp"
#include "core/render_markdown.hpp"
#include "core/render_text.hpp"
#include "core/zip_memory.hpp"
#include "test_document_helpers.hpp"
#include "test_document_samples.hpp"

using namespace bpo;

TEST_CASE("render docx: a zip container with every required part") {
    const std::string bytes = render_docx(build_document(test::sample_agreement()));
    REQUIRE(bytes.size() > 1000);
    CHECK(bytes.compare(0, 4, "PK\x03\x04") == 0);
    // The central directory stores names uncompressed.
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                             "word/styles.xml", "word/numbering.xml", "docProps/core.xml", "docProps/app.xml"})
        CHECK_MESSAGE(bytes.find(part) != std::string::npos, part);
    CHECK(bytes.find("PK\x05\x06") != std::string::npos);  // end of central directory
    // Deterministic: the same document gives the same bytes.
    CHECK(render_docx(build_document(test::sample_agreement())) == bytes);
}

TEST_CASE("render docx: headings, numbering and tables in document.xml") {
    const std::string xml = render_docx_document_xml(build_document(test::sample_agreement()));
    CHECK(test::check_markup(xml, false) == "");
    CHECK(xml.find("<w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>") != std::string::npos);
    CHECK(xml.find("<w:pStyle w:val=\"Clause\"/><w:numPr><w:ilvl w:val=\"1\"/>") != std::string::npos);
    CHECK(xml.find("<w:pStyle w:val=\"SubClause\"/><w:numPr><w:ilvl w:val=\"2\"/>") != std::string::npos);
    CHECK(xml.find("<w:pStyle w:val=\"Heading2\"/>") != std::string::npos);
    CHECK(xml.find("<w:pStyle w:val=\"Heading3\"/>") != std::string::npos);
    std::size_t tables = 0, grids = 0, pos = 0;
    while ((pos = xml.find("<w:tbl>", pos)) != std::string::npos) { ++tables; ++pos; }
    pos = 0;
    while ((pos = xml.find("<w:tblGrid>", pos)) != std::string::npos) { ++grids; ++pos; }
    CHECK(tables > 10);
    CHECK(tables == grids);
    CHECK(xml.find("not legal advice") != std::string::npos);
}

TEST_CASE("render docx: hostile text keeps the XML well-formed") {
    Agreement a = test::sample_agreement();
    test::make_hostile(a);
    a.client.legal_name += std::string("\xff\xfe bad utf8 \xc3");  // invalid UTF-8 too
    const std::string xml = render_docx_document_xml(build_document(a));
    CHECK(test::check_markup(xml, false) == "");
    CHECK(xml.find("<script") == std::string::npos);
    CHECK(xml.find("]]>") == std::string::npos);
    CHECK(xml.find("\xef\xbf\xbe") == std::string::npos);  // U+FFFE is not an XML character
    for (char c : xml) {
        const auto u = static_cast<unsigned char>(c);
        CHECK_MESSAGE((u >= 0x20 || c == '\n'), "control character in XML");
    }
    CHECK_FALSE(render_docx(build_document(a)).empty());
}

TEST_CASE("zip memory: archives of empty and large entries") {
    std::string out, error;
    const std::string big(3 * 1024 * 1024, 'a');
    CHECK(zip_to_memory({{"empty.txt", ""}, {"big.txt", big}}, out, error));
    CHECK(error.empty());
    CHECK(out.size() < big.size() / 10);  // deflated
}

TEST_CASE("render: linear in the size of the agreement (10,000 rows)") {
    Agreement a = test::sample_agreement();
    const Service service = a.services[0];
    const ServiceLevel level = a.service_levels[0];
    a.services.clear();
    a.service_levels.clear();
    for (int i = 0; i < 10000; ++i) {
        Service s = service;
        s.id = "s" + std::to_string(i);
        s.name = "Service " + std::to_string(i);
        a.services.push_back(s);
        ServiceLevel sl = level;
        sl.id = "sl" + std::to_string(i);
        sl.service_id = s.id;
        sl.allocation_bp = 1;
        a.service_levels.push_back(sl);
    }
    const auto start = std::chrono::steady_clock::now();
    const Document d = build_document(a);
    const std::string md = render_markdown(d);
    const std::string html = render_html(d);
    const std::string txt = render_text(d);
    const std::string docx = render_docx(d);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    MESSAGE("10,000 services and service levels: build + 4 renderers in " << seconds << " s (debug build)");
    CHECK(d.problems.empty());
    CHECK(md.size() > 1000000);
    CHECK(seconds < 30.0);
}
