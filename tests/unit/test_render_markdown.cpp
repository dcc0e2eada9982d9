// Markdown renderer: structure, escaping of hostile user text.
#include <doctest/doctest.h>

#include "core/document_builder.hpp"
#include "core/render_markdown.hpp"
#include "test_document_helpers.hpp"
#include "test_document_samples.hpp"

using namespace bpo;

TEST_CASE("render markdown: headings, numbered clauses, GFM tables, notice") {
    const std::string md = render_markdown(build_document(test::sample_agreement()));
    CHECK(md.rfind("# Business Process Outsourcing Agreement\n", 0) == 0);
    CHECK(md.find("> **Draft for review by a lawyer, not legal advice.") != std::string::npos);
    CHECK(md.find("\n## 1. Definitions and interpretation\n") != std::string::npos);
    CHECK(md.find("\n**1.1 Definitions.** ") != std::string::npos);
    CHECK(md.find("\n(a) headings are for convenience only") != std::string::npos);
    CHECK(md.find("\n## Schedule 2: Service levels and objectives\n") != std::string::npos);
    CHECK(md.find("\n| Ref | Service | Service level |") != std::string::npos);
    CHECK(md.find("\n| --- | --- |") != std::string::npos);
    CHECK(md.back() == '\n');
}

TEST_CASE("render markdown: hostile user text is escaped everywhere") {
    Agreement a = test::sample_agreement();
    test::make_hostile(a);
    const Document d = build_document(a);
    CHECK(d.problems.empty());
    const std::string md = render_markdown(d);
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find("\\<script\\>") != std::string::npos);
    CHECK(md.find("[link](") == std::string::npos);
    CHECK(md.find("`code`") == std::string::npos);
    CHECK(md.find("\\|") != std::string::npos);
    for (char c : md) {
        const auto u = static_cast<unsigned char>(c);
        CHECK_MESSAGE((u >= 0x20 || c == '\n'), "control character in Markdown");
    }
    // Every table row keeps its column count: no pipe escapes from a cell.
    std::size_t pos = 0;
    while ((pos = md.find("\n| Ref | Service | Service level |", pos)) != std::string::npos) {
        const std::size_t end = md.find("\n\n", pos + 1);
        const std::string table = md.substr(pos + 1, end - pos - 1);
        std::size_t line_start = 0;
        while (line_start < table.size()) {
            std::size_t line_end = table.find('\n', line_start);
            if (line_end == std::string::npos) line_end = table.size();
            std::size_t pipes = 0;
            for (std::size_t i = line_start; i < line_end; ++i)
                if (table[i] == '|' && (i == 0 || table[i - 1] != '\\')) ++pipes;
            CHECK(pipes == 9);
            line_start = line_end + 1;
        }
        pos = end;
    }
}

TEST_CASE("render markdown: block markers at the start of user text are neutralised") {
    Agreement a = test::sample_agreement();
    a.governance.shared_goals = "# not a heading\n- not a list\n1. not ordered";
    a.client.legal_name = "- Dash Ltd";
    const std::string md = render_markdown(build_document(a));
    CHECK(md.find("\n# not a heading") == std::string::npos);
    CHECK(md.find("\\# not a heading") != std::string::npos);
    CHECK(md.find("\n- not a list") == std::string::npos);
    CHECK(md.find("\n- Dash Ltd") == std::string::npos);
}
