// The renderers' output buffer and escape scan (core/document_output.hpp) and the table rows'
// text storage (TableRows, TextBytes in core/document.hpp).
#include <doctest/doctest.h>

#include <string>

#include "core/document.hpp"
#include "core/document_output.hpp"

using namespace bpo;

TEST_CASE("document output: the buffer grows past its first estimate and keeps every byte") {
    docout::OutputBuffer out(4);
    std::string expected;
    for (int i = 0; i < 1000; ++i) {
        const std::string piece = "piece " + std::to_string(i) + ";";
        out.add(piece);
        out.add('\n');
        expected += piece;
        expected += '\n';
    }
    CHECK(out.size() == expected.size());
    CHECK(out.back() == '\n');
    CHECK(out.back(1) == ';');
    out.pop_back();
    expected.pop_back();
    CHECK(out.take() == expected);
}

TEST_CASE("document output: the scan finds the first member at any position and length") {
    const docout::AsciiSet set([](unsigned char c) { return c == '*' || c == '|' || c < 0x20; });
    CHECK(set.contains('*'));
    CHECK_FALSE(set.contains('a'));
    CHECK_FALSE(set.contains(0xC3));  // bytes of UTF-8 sequences are never members
    for (std::size_t size = 0; size < 40; ++size) {
        const std::string plain(size, 'a');
        CHECK(set.find(plain.data(), 0, size) == size);
        for (std::size_t at = 0; at < size; ++at) {
            for (const char member : {'*', '|', '\n'}) {
                std::string text = plain;
                text[at] = member;
                CHECK(set.find(text.data(), 0, size) == at);
                CHECK(set.find(text.data(), at + 1, size) == size);
            }
        }
    }
    const std::string utf8 = "caf\xC3\xA9 na\xC3\xAFve | end";
    CHECK(set.find(utf8.data(), 0, utf8.size()) == utf8.find('|'));
}

TEST_CASE("document output: table rows keep their text through growth, copies and moves") {
    TableRows rows;
    CHECK_FALSE(rows.has_terms_or_references());
    for (int i = 0; i < 300; ++i) {
        rows.start_row();
        rows.start_cell();
        rows.add_run(RunKind::Strong, "row " + std::to_string(i));
        rows.start_cell();
        rows.add_run(RunKind::Text, "");
        rows.append("text");
        rows.append('!');
    }
    TableRows copy = rows;
    TableRows moved = std::move(rows);
    for (const TableRows* t : {&copy, &moved}) {
        REQUIRE(t->size() == 300);
        CHECK((*t)[299][0][0].text == "row 299");
        CHECK((*t)[299][1][0].text == "text!");
        CHECK((*t)[0][0].plain() == "row 0");
    }
    copy.start_row();
    copy.start_cell();
    copy.add_run(RunKind::Reference, "", "credits.cap");
    CHECK(copy.has_terms_or_references());
    copy.set_run_text(copy.run_count() - 1, "7.2");
    CHECK(copy[300][0][0].text == "7.2");
    CHECK(copy[300][0][0].target == "credits.cap");
    CHECK_FALSE(moved.has_terms_or_references());
}
