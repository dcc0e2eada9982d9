// The compiled clause templates (Mustache subset) and the compact table rows of the document.
#include <doctest/doctest.h>

#include "core/clause_template.hpp"
#include "core/document.hpp"

using namespace bpo;
using nlohmann::json;

namespace {

std::string render(std::string_view text, const json& context) {
    const ClauseTemplate t(text);
    REQUIRE_MESSAGE(t.valid(), t.error());
    std::string out;
    t.render(context, out);
    return out;
}

}  // namespace

TEST_CASE("clause template: values, dotted names, numbers; nothing for booleans and missing names") {
    const json c = {{"name", "ACME"}, {"party", {{"city", "Leeds"}}}, {"n", 30}, {"x", 2.5}, {"yes", true}};
    CHECK(render("{{name}} of {{party.city}}", c) == "ACME of Leeds");
    CHECK(render("{{ name }}|{{{name}}}|{{&name}}", c) == "ACME|ACME|ACME");
    CHECK(render("{{n}} days, {{x}}", c) == "30 days, 2.5");
    CHECK(render("[{{yes}}][{{missing}}][{{party.none}}][{{party}}]", c) == "[][][][]");
    CHECK(render("<{{name}}> & \"{{name}}\"", json{{"name", "<b>&"}}) == "<<b>&> & \"<b>&\"");  // nothing escaped
}

TEST_CASE("clause template: sections over booleans, strings, objects and lists; inverted sections") {
    const json c = {{"on", true},       {"off", false},  {"none", nullptr}, {"empty", json::array()},
                    {"text", ""},       {"items", {"a", "b"}},
                    {"people", {{{"name", "Ann"}}, {{"name", "Bo"}}}},
                    {"party", {{"name", "ACME"}}}, {"name", "outer"}};
    CHECK(render("{{#on}}1{{/on}}{{#off}}2{{/off}}{{#none}}3{{/none}}{{#empty}}4{{/empty}}{{#missing}}5{{/missing}}", c) == "1");
    CHECK(render("{{^on}}1{{/on}}{{^off}}2{{/off}}{{^none}}3{{/none}}{{^empty}}4{{/empty}}{{^missing}}5{{/missing}}", c) == "2345");
    CHECK(render("{{#text}}an empty string is true{{/text}}", c) == "an empty string is true");
    CHECK(render("{{#items}}({{.}}){{/items}}", c) == "(a)(b)");
    CHECK(render("{{#people}}{{name}} {{/people}}", c) == "Ann Bo ");
    CHECK(render("{{#party}}{{name}}{{/party}} / {{name}}", c) == "ACME / outer");
    // A dotted name is tried whole in each context, innermost first.
    const json nested = {{"a", {{"b", "outer b"}}}, {"s", {{"a", {{"c", "inner c"}}}}}};
    CHECK(render("{{#s}}{{a.b}}, {{a.c}}{{/s}}", nested) == "outer b, inner c");
}

TEST_CASE("clause template: a line where a section opens or closes, and nothing else, leaves nothing behind") {
    const std::string text = "a\n{{#x}}\nb\n  {{/x}}\nc\n";
    CHECK(render(text, json{{"x", true}}) == "a\nb\nc\n");
    // A skipped section leaves the line break after it (the line around it stays, empty).
    CHECK(render(text, json{{"x", false}}) == "a\n\nc\n");
    CHECK(render("{{#x}}yes{{/x}} end\n", json{{"x", false}}) == " end\n");
    CHECK(render("{{#x}}{{/x}}\nnext", json{{"x", true}}) == "next");
    // Other tags do not remove their line: an empty value or a comment leaves the line break.
    CHECK(render("a\n{{missing}}\nb", json::object()) == "a\n\nb");
    CHECK(render("a\n{{! a note }}\nb", json::object()) == "a\n\nb");
    // Each list item counts as a section line.
    CHECK(render("{{#l}}\n- {{.}}\n{{/l}}\n", json{{"l", {"x", "y"}}}) == "- x\n- y\n");
    CHECK(render("one\r\n{{#x}}\r\ntwo\r\n{{/x}}\r\n", json{{"x", true}}) == "one\r\ntwo\r\n");
}

TEST_CASE("clause template: malformed templates do not compile and say why") {
    for (const char* bad : {"{{#a}}never closed", "{{/a}}", "{{#a}}{{/b}}", "text {{unclosed", "{{> partial}}",
                            "{{=<% %>=}}"}) {
        const ClauseTemplate t(bad);
        CHECK_FALSE_MESSAGE(t.valid(), bad);
        CHECK(!t.error().empty());
        std::string out = "kept";
        t.render(json::object(), out);
        CHECK(out == "kept");
    }
}

TEST_CASE("table rows: cells of runs stored compactly, read as rows x cells x runs") {
    TableRows rows;
    rows.reserve(2, 4, 64);
    rows.start_row();
    rows.start_cell();
    rows.add_run(RunKind::Strong, "SL1");
    rows.start_cell();
    rows.add_run(RunKind::Text, "at least ");
    rows.append("80");
    rows.append('%');
    rows.add_run(RunKind::Placeholder, "[Target]");
    rows.push_back({Inline{Run{RunKind::Text, "second", {}}}, Inline{Run{RunKind::Reference, "", "credits.cap"}}});

    REQUIRE(rows.size() == 2);
    CHECK(rows.cell_count() == 4);
    CHECK(rows.run_count() == 5);
    const TableRows::Row first = rows[0];
    REQUIRE(first.size() == 2);
    CHECK(first[0][0].kind == RunKind::Strong);
    CHECK(first[0][0].text == "SL1");
    CHECK(first[1].size() == 2);
    CHECK(first[1][0].text == "at least 80%");
    CHECK(first[1][1].kind == RunKind::Placeholder);
    CHECK(plain_text(first[1]) == "at least 80%[Target]");
    const Inline cell = first[1];  // a copy as ordinary runs
    REQUIRE(cell.size() == 2);
    CHECK(cell[1].text == "[Target]");

    // A reference is resolved after building: the text changes, the target stays.
    CHECK(rows[1][1][0].target == "credits.cap");
    rows.set_run_text(4, "7.2");
    CHECK(rows[1][1][0].text == "7.2");
    CHECK(rows[1][1][0].target == "credits.cap");
    CHECK(rows[1][0][0].text == "second");

    std::size_t cells = 0, row_count = 0;
    for (const auto& row : rows) {
        ++row_count;
        for (const Inline& c : row) cells += c.empty() ? 0 : 1;
    }
    CHECK(row_count == 2);
    CHECK(cells == 4);
}

TEST_CASE("clause template: lines without tags are listed, and reported where they are printed whole") {
    const ClauseTemplate t("first\n{{#on}}\ninside\n{{/on}}\nvalue {{v}}\n{{#items}}\nrepeated\n{{/items}}\nlast");
    REQUIRE(t.valid());
    // "last" ends the template (no line break after it): it is not a whole line for certain.
    REQUIRE(t.fixed_lines().size() == 3);
    CHECK(t.fixed_lines()[0] == "first");
    CHECK(t.fixed_lines()[1] == "inside");
    CHECK(t.fixed_lines()[2] == "repeated");
    std::string out;
    std::vector<ClauseTemplate::FixedLineAt> printed;
    t.render(json{{"on", true}, {"v", "x"}, {"items", {1, 2}}}, out, &printed);
    CHECK(out == "first\ninside\nvalue x\nrepeated\nrepeated\nlast");
    REQUIRE(printed.size() == 4);
    const std::size_t lines[] = {0, 1, 2, 2};
    for (std::size_t i = 0; i < printed.size(); ++i) {
        CHECK(printed[i].line == lines[i]);
        const std::string_view text = t.fixed_lines()[printed[i].line];
        CHECK(out.compare(printed[i].offset, text.size(), text) == 0);
        CHECK((printed[i].offset == 0 || out[printed[i].offset - 1] == '\n'));
        CHECK(out[printed[i].offset + text.size()] == '\n');
    }
    // Without the sections, their lines are not printed and not reported (a skipped section
    // leaves the line break after it).
    std::string plain;
    printed.clear();
    t.render(json{{"v", "x"}}, plain, &printed);
    CHECK(plain == "first\n\nvalue x\n\nlast");
    REQUIRE(printed.size() == 1);
    CHECK(printed[0].offset == 0);
}
