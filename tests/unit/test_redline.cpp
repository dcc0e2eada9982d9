#include <doctest/doctest.h>

#include <chrono>

#include "core/document_builder.hpp"
#include "core/redline.hpp"
#include "core/render_text.hpp"
#include "test_document_helpers.hpp"

using namespace bpo;

namespace {

using S = RedlineSegment;
constexpr SegmentKind E = SegmentKind::Equal;
constexpr SegmentKind I = SegmentKind::Inserted;
constexpr SegmentKind D = SegmentKind::Deleted;

std::string join_side(const Redline& r, bool after) {
    std::string out;
    for (const S& s : r.segments)
        if (s.kind == E || s.kind == (after ? I : D)) out += s.text;
    return out;
}

std::string squash(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '\n' ? ' ' : c;
    return out;
}

}  // namespace

TEST_CASE("identical texts are one equal segment") {
    const Redline r = redline_text("One line.\nTwo lines.\n", "One line.\nTwo lines.\n");
    CHECK(r.identical());
    CHECK(r.segments == std::vector<S>{{E, "One line.\nTwo lines.\n"}});
}

TEST_CASE("a changed word inside a line is marked word by word") {
    const Redline r = redline_text("The cat sat.\nOn the mat.\n", "The dog sat.\nOn the mat.\n");
    CHECK(r.segments == std::vector<S>{{E, "The "}, {D, "cat"}, {I, "dog"}, {E, " sat.\nOn the mat.\n"}});
    CHECK(r.deleted_words == 1);
    CHECK(r.inserted_words == 1);
}

TEST_CASE("an inserted and a deleted line") {
    SUBCASE("insertion") {
        const Redline r = redline_text("a\nc\n", "a\nb\nc\n");
        CHECK(r.segments == std::vector<S>{{E, "a\n"}, {I, "b\n"}, {E, "c\n"}});
    }
    SUBCASE("deletion") {
        const Redline r = redline_text("a\nb\nc\n", "a\nc\n");
        CHECK(r.segments == std::vector<S>{{E, "a\n"}, {D, "b\n"}, {E, "c\n"}});
    }
    SUBCASE("from nothing and to nothing") {
        CHECK(redline_text("", "new\n").segments == std::vector<S>{{I, "new\n"}});
        CHECK(redline_text("old\n", "").segments == std::vector<S>{{D, "old\n"}});
        CHECK(redline_text("", "").segments.empty());
    }
}

TEST_CASE("changes separated only by spaces read as one change") {
    const Redline r = redline_text("pay within 30 days of invoice\n", "pay within 45 calendar days of invoice\n");
    CHECK(r.segments == std::vector<S>{{E, "pay within "}, {D, "30"}, {I, "45 calendar"}, {E, " days of invoice\n"}});
    const Redline two = redline_text("the red big cat\n", "the blue large cat\n");
    CHECK(two.segments == std::vector<S>{{E, "the "}, {D, "red big"}, {I, "blue large"}, {E, " cat\n"}});
}

TEST_CASE("re-wrapped text is not a change; only the new word is") {
    const Redline r = redline_text("alpha beta gamma\ndelta epsilon\n", "alpha beta new gamma\ndelta\nepsilon\n");
    CHECK(r.inserted_words == 1);
    CHECK(r.deleted_words == 0);
    CHECK(join_side(r, true) == "alpha beta new gamma\ndelta\nepsilon\n");
}

TEST_CASE("both sides can be rebuilt from the segments") {
    const std::string a = "Clause 1.\nThe provider shall answer calls.\nClause 3 ends here.\n";
    const std::string b = "Clause 1.\nThe provider must answer all calls promptly.\nA new clause.\nClause 3 ends here.\n";
    const Redline r = redline_text(a, b);
    CHECK(join_side(r, true) == b);
    // The before side keeps its words; whitespace counted as equal is taken from `after`.
    CHECK(squash(join_side(r, false)) == squash(a));
    for (std::size_t i = 1; i < r.segments.size(); ++i) CHECK(r.segments[i].kind != r.segments[i - 1].kind);
}

TEST_CASE("HTML export is standalone, escaped and marks insertions and deletions") {
    const Redline r = redline_text("a <b> & c\n", "a <i> & c\n");
    const std::string html = redline_to_html(r, "Draft \"v1\"", "Draft <v2>");
    CHECK(html.find("<!DOCTYPE html>") == 0);
    CHECK(html.find("<del>&lt;b&gt;</del><ins>&lt;i&gt;</ins>") != std::string::npos);
    CHECK(html.find("&amp; c") != std::string::npos);
    CHECK(html.find("Draft &quot;v1&quot;") != std::string::npos);
    CHECK(html.find("Draft &lt;v2&gt;") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(test::check_markup(html, true).empty());
}

TEST_CASE("redline of two agreements stays fast on the enterprise fixture") {
    const Agreement a = test::load_fixture("enterprise-multi-tower");
    Agreement b = a;
    b.term.initial_term_months += 12;
    b.title += " (revised)";
    if (!b.service_levels.empty()) b.service_levels.erase(b.service_levels.begin());
    const auto start = std::chrono::steady_clock::now();
    const Redline r = redline_agreements(a, b);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    CHECK(!r.identical());
    CHECK(join_side(r, true) == render_text(build_document(b)));
    CHECK(ms < 2000);  // a debug build; typically a few tens of milliseconds
    MESSAGE("enterprise redline: " << ms << " ms, " << r.segments.size() << " segments");
    CHECK(redline_agreements(a, a).identical());
}
