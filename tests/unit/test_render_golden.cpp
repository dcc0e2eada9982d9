// Golden files: the three fixtures in Markdown, HTML and text, compared byte for byte with
// tests/golden/. After an intended change, regenerate and READ the diff:
//   BPO_UPDATE_GOLDEN=1 build/native-doc/bpo_tests -tc="render golden*"
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "core/document_builder.hpp"
#include "core/render_html.hpp"
#include "core/render_markdown.hpp"
#include "core/render_text.hpp"
#include "test_document_helpers.hpp"

using namespace bpo;

TEST_CASE("render golden: fixtures match tests/golden in md, html and txt") {
    const bool update = std::getenv("BPO_UPDATE_GOLDEN") != nullptr;
    for (const std::string& name : test::fixture_names()) {
        const Document d = build_document(test::load_fixture(name));
        CHECK(d.problems.empty());
        const std::pair<const char*, std::string> outputs[] = {
            {"md", render_markdown(d)}, {"html", render_html(d)}, {"txt", render_text(d)}};
        for (const auto& [ext, text] : outputs) {
            const std::string path = std::string(BPO_SOURCE_DIR) + "/tests/golden/" + name + "." + ext;
            if (update) {
                std::ofstream(path, std::ios::binary) << text;
                continue;
            }
            const std::string expected = test::read_file(path);
            CHECK_MESSAGE(expected == text, path << " differs; run with BPO_UPDATE_GOLDEN=1 and review the diff");
        }
    }
}
