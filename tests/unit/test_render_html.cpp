// HTML renderer: well-formed, semantic, escaped, with print CSS.
#include <doctest/doctest.h>

#include "core/document_builder.hpp"
#include "core/render_html.hpp"
#include "test_document_helpers.hpp"
#include "test_document_samples.hpp"

using namespace bpo;

TEST_CASE("render html: a well-formed standalone page with semantic markup") {
    std::vector<Agreement> agreements = {test::sample_agreement(), Agreement{}};
    for (const std::string& name : test::fixture_names()) agreements.push_back(test::load_fixture(name));
    for (const Agreement& a : agreements) {
        const std::string html = render_html(build_document(a));
        CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
        CHECK(test::check_markup(html, true) == "");
        CHECK(html.find("<article class=\"agreement\">") != std::string::npos);
        CHECK(html.find("<table>\n<thead><tr><th scope=\"col\">") != std::string::npos);
        CHECK(html.find("not legal advice") != std::string::npos);
        CHECK(html.find("break-before: page") != std::string::npos);
        CHECK(html.find("<section class=\"schedule\" id=\"schedule.services\">") != std::string::npos);
    }
    const std::string fragment = render_html_fragment(build_document(test::sample_agreement()));
    CHECK(test::check_markup(fragment, true) == "");
    CHECK(fragment.find("<style>") == std::string::npos);
}

TEST_CASE("render html: references link to their clause, placeholders are marked") {
    const std::string html = render_html(build_document(Agreement{}));
    CHECK(html.find("<a class=\"ref\" href=\"#services.scope\">2.1</a>") != std::string::npos);
    CHECK(html.find("id=\"services.scope\"") != std::string::npos);
    CHECK(html.find("<mark class=\"placeholder\">[Client name]</mark>") != std::string::npos);
}

TEST_CASE("render html: hostile user text never becomes markup") {
    Agreement a = test::sample_agreement();
    test::make_hostile(a);
    const std::string html = render_html(build_document(a));
    CHECK(test::check_markup(html, true) == "");
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("&amp;amp;") != std::string::npos);
    CHECK(html.find("&quot;q&quot; &#39;a&#39;") != std::string::npos);
    for (char c : html) {
        const auto u = static_cast<unsigned char>(c);
        CHECK_MESSAGE((u >= 0x20 || c == '\n'), "control character in HTML");
    }
}
