// Word renderer: a zip with the Office Open XML parts; well-formed XML even for hostile text.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>

#include <zlib.h>

#include "core/compression.hpp"
#include "core/document_builder.hpp"
#include "core/render_docx.hpp"
#include "core/render_html.hpp"
#include "core/render_markdown.hpp"
#include "core/render_text.hpp"
#include "core/zip_memory.hpp"
#include "test_document_helpers.hpp"
#include "test_document_samples.hpp"

using namespace bpo;

namespace {

// Row i of a long list: a copy of `base` with its own id and name.
Service numbered_service(const Service& base, int i) {
    Service s = base;
    s.id = "s" + std::to_string(i);
    s.name = "Service " + std::to_string(i);
    return s;
}

std::uint32_t read32(const std::string& bytes, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return v;
}

// An entry of a zip archive read back through its local headers: inflated, CRC and sizes checked.
// Empty with `found` false when the entry is missing or does not read back exactly.
std::string zip_entry(const std::string& zip, const std::string& name, bool& found) {
    found = false;
    std::size_t at = 0;
    while (at + 30 <= zip.size() && read32(zip, at) == 0x04034b50) {
        const std::uint32_t crc = read32(zip, at + 14);
        const std::uint32_t compressed = read32(zip, at + 18);
        const std::uint32_t size = read32(zip, at + 22);
        const std::size_t name_size = read32(zip, at + 26) & 0xFFFF;
        const std::size_t extra = read32(zip, at + 28) & 0xFFFF;
        const std::size_t data = at + 30 + name_size + extra;
        if (zip.compare(at + 30, name_size, name) == 0) {
            std::string out;
            if (inflate_raw(std::string_view(zip).substr(data, compressed), size, out) != InflateResult::Ok) return {};
            if (crc32(0L, reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size())) != crc) return {};
            found = true;
            return out;
        }
        at = data + compressed;
    }
    return {};
}

}  // namespace

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

TEST_CASE("render docx: the zip's document.xml is render_docx_document_xml, whole or streamed") {
    // The sample is deflated in one piece; 3,000 service rows take it past the limit for that, so
    // its XML is streamed through the zip in chunks. Both read back to the same XML.
    Agreement large = test::sample_agreement();
    const Service service = large.services[0];
    large.services.clear();
    for (int i = 0; i < 3000; ++i) large.services.push_back(numbered_service(service, i));
    for (const Agreement& a : {test::sample_agreement(), large}) {
        const Document d = build_document(a);
        const std::string xml = render_docx_document_xml(d);
        const std::string docx = render_docx(d);
        bool found = false;
        CHECK(zip_entry(docx, "word/document.xml", found) == xml);
        CHECK(found);
        for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/styles.xml", "word/numbering.xml", "docProps/app.xml"}) {
            CHECK_MESSAGE(zip_entry(docx, part, found).find("<?xml") == 0, part);
            CHECK(found);
        }
    }
    CHECK(render_docx_document_xml(build_document(large)).size() > 2 * 1024 * 1024);
}

TEST_CASE("render docx: runs of the same formatting are merged; spaces kept only where they would be lost") {
    const std::string xml = render_docx_document_xml(build_document(test::sample_agreement()));
    // Consecutive runs of the same formatting would be one run in Word: never two in a row.
    std::size_t merged_away = 0;
    for (std::size_t pos = xml.find("<w:r>"); pos != std::string::npos; pos = xml.find("<w:r>", pos + 1)) {
        const std::string properties = xml.substr(pos, xml.find("<w:t", pos) - pos);  // <w:r> and its rPr
        const std::size_t next = xml.find("</w:r>", pos) + 6;
        if (xml.compare(next, properties.size(), properties) == 0 && xml.compare(next + properties.size(), 4, "<w:t") == 0)
            ++merged_away;
    }
    CHECK(merged_away == 0);
    // xml:space="preserve" exactly on text that starts or ends with a space or holds two in a row.
    std::size_t runs = 0;
    for (std::size_t pos = xml.find("<w:t"); pos != std::string::npos; pos = xml.find("<w:t", pos + 1)) {
        if (xml.compare(pos, 5, "<w:t>") != 0 && xml.compare(pos, 5, "<w:t ") != 0) continue;  // <w:tbl>, <w:tc>...
        const std::size_t open_end = xml.find('>', pos) + 1;
        const std::size_t close = xml.find("</w:t>", open_end);
        const std::string text = xml.substr(open_end, close - open_end);
        const bool preserved = xml.compare(pos, open_end - pos, "<w:t xml:space=\"preserve\">") == 0;
        const bool needs = !text.empty() && (text.front() == ' ' || text.back() == ' ' || text.find("  ") != std::string::npos);
        CHECK_MESSAGE(preserved == needs, text);
        CHECK_FALSE(text.empty());
        ++runs;
    }
    CHECK(runs > 100);
    CHECK(xml.find("<w:t xml:space=\"preserve\">") != std::string::npos);
    CHECK(xml.find("<w:t>") != std::string::npos);
}

TEST_CASE("render docx: a run of control characters only leaves no empty run") {
    Agreement a = test::sample_agreement();
    a.client.legal_name = "\x01\x02";
    const std::string xml = render_docx_document_xml(build_document(a));
    CHECK(test::check_markup(xml, false) == "");
    CHECK(xml.find("<w:t></w:t>") == std::string::npos);
    CHECK(xml.find("<w:r></w:r>") == std::string::npos);
}

TEST_CASE("zip memory: whole and streamed entries read back") {
    std::string zip;
    std::string big;
    for (int i = 0; i < 20000; ++i) big += "<w:p>row " + std::to_string(i) + "</w:p>";
    // The same three entries: whole, empty, and streamed in two writes.
    const auto add_three_entries = [&big](ZipWriter& writer) {
        CHECK(writer.add_entry("whole.xml", big));
        CHECK(writer.add_entry("empty.txt", ""));
        CHECK(writer.begin_entry("streamed.xml"));
        CHECK(writer.write(std::string_view(big).substr(0, 1000)));
        CHECK(writer.write(std::string_view(big).substr(1000)));
        CHECK(writer.end_entry());
    };
    {
        ZipWriter writer(zip, 1);
        add_three_entries(writer);
        CHECK_FALSE(writer.add_entry(std::string(70000, 'n'), "x"));  // name too long
        CHECK_FALSE(writer.error().empty());
        CHECK_FALSE(writer.finish());
    }
    zip.clear();
    {
        ZipWriter writer(zip, 1);
        add_three_entries(writer);
        CHECK(writer.finish());
    }
    bool found = false;
    CHECK(zip_entry(zip, "whole.xml", found) == big);
    CHECK(found);
    CHECK(zip_entry(zip, "empty.txt", found).empty());
    CHECK(found);
    CHECK(zip_entry(zip, "streamed.xml", found) == big);
    CHECK(found);
    CHECK(zip.size() < big.size() / 3);
}

TEST_CASE("zip memory: an entry deflated beforehand gives the archive that deflating it there gives") {
    std::string big;
    for (int i = 0; i < 5000; ++i) big += "<w:p>row " + std::to_string(i) + "</w:p>";
    const DeflatedEntry whole = deflate_entry("whole.xml", big, 1);
    const DeflatedEntry empty = deflate_entry("empty.txt", "", 1);
    CHECK(whole.size == big.size());
    CHECK(whole.deflated.size() < big.size() / 3);
    std::string added, deflated_before;
    {
        ZipWriter writer(added, 1);
        CHECK(writer.add_entry("whole.xml", big));
        CHECK(writer.add_entry("empty.txt", ""));
        CHECK(writer.finish());
    }
    {
        ZipWriter writer(deflated_before, 1);
        CHECK(writer.add_deflated(whole));
        CHECK(writer.add_deflated(empty));
        CHECK(writer.finish());
    }
    CHECK(deflated_before == added);
    bool found = false;
    CHECK(zip_entry(deflated_before, "whole.xml", found) == big);
    CHECK(found);
    CHECK(zip_entry(deflated_before, "empty.txt", found).empty());
    CHECK(found);
    // An entry whose compression failed is refused, not written empty.
    std::string out;
    ZipWriter writer(out, 1);
    CHECK_FALSE(writer.add_deflated(DeflatedEntry{"broken.xml", "", 0, 10}));
    CHECK_FALSE(writer.error().empty());
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
        const Service s = numbered_service(service, i);
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
