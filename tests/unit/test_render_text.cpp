// Plain-text renderer: wrapped at 78 columns, tables, no control characters.
#include <doctest/doctest.h>

#include "core/document_builder.hpp"
#include "core/render_text.hpp"
#include "test_document_helpers.hpp"
#include "test_document_samples.hpp"

using namespace bpo;

namespace {
std::size_t columns(const std::string& line) {
    std::size_t n = 0;
    for (char c : line)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}
}  // namespace

TEST_CASE("render text: numbered clauses, wrapped lines, text tables") {
    Agreement a = test::sample_agreement();
    a.services[0].in_scope = std::string(200, 'x');  // an overlong word is cut, not overflowing
    const std::string txt = render_text(build_document(a));
    CHECK(txt.find("1. Definitions and interpretation\n=================================") != std::string::npos);
    CHECK(txt.find("\n1.1   Definitions. In this Agreement") != std::string::npos);
    CHECK(txt.find("\n      (a)  headings are for convenience") != std::string::npos);
    CHECK(txt.find("\nRef ") != std::string::npos);
    CHECK(txt.find(" | Service") != std::string::npos);
    CHECK(txt.find("-----+---") != std::string::npos);
    CHECK(txt.find("not legal advice") != std::string::npos);
    std::size_t start = 0;
    while (start < txt.size()) {
        std::size_t end = txt.find('\n', start);
        if (end == std::string::npos) end = txt.size();
        const std::string line = txt.substr(start, end - start);
        CHECK_MESSAGE(columns(line) <= 78, line);
        start = end + 1;
    }
}

TEST_CASE("render text: hostile strings leave no control characters") {
    Agreement a = test::sample_agreement();
    test::make_hostile(a);
    const std::string txt = render_text(build_document(a));
    for (char c : txt) {
        const auto u = static_cast<unsigned char>(c);
        CHECK_MESSAGE((u >= 0x20 || c == '\n'), "control character in text");
    }
    CHECK(txt.find("<script>alert(1)</script>") != std::string::npos);  // plain text prints it as is
}
