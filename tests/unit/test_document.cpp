// The document tree: numbering, cross-references, definitions in use, missing values.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "core/document_builder.hpp"
#include "core/render_markdown.hpp"
#include "test_document_samples.hpp"

using namespace bpo;

TEST_CASE("document: dump sample for review when BPO_DUMP_DOC is set") {
    const char* path = std::getenv("BPO_DUMP_DOC");
    if (!path) return;
    const Document d = build_document(test::sample_agreement());
    std::ofstream(path) << render_markdown(d);
    std::ofstream(std::string(path) + ".empty.md") << render_markdown(build_document(Agreement{}));
    for (const std::string& p : d.problems) MESSAGE(p);
}
