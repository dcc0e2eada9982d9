// The clause library: positions and explanations, the balance score, clause markup.
#include <doctest/doctest.h>

#include "core/clauses.hpp"

#include <sstream>

using namespace bpo;

TEST_CASE("clauses: the seven positional clauses with an explanation per position") {
    const std::vector<ClauseInfo> catalog = clause_catalog();
    REQUIRE(catalog.size() == 7);
    for (const char* id : {"service_credits", "liability", "intellectual_property", "termination_for_convenience", "audit",
                           "dispute_resolution", "exit_assistance"}) {
        bool found = false;
        for (const ClauseInfo& c : catalog) found = found || c.id == id;
        CHECK_MESSAGE(found, id);
        for (Position p : {Position::ClientFavourable, Position::Balanced, Position::ProviderFavourable}) {
            const std::string e = position_explanation(id, p);
            CHECK(!e.empty());
            CHECK(e.find('\n') == std::string::npos);  // one line
        }
    }
    for (const ClauseInfo& c : catalog) {
        CHECK(!c.title.empty());
        CHECK(!c.anchor.empty());
    }
    CHECK(position_explanation("nope", Position::Balanced).empty());
}

TEST_CASE("clauses: positions are read and set by clause id") {
    ClausePositions p;
    CHECK(position_of(p, "liability") == Position::Balanced);
    CHECK(set_position(p, "liability", Position::ClientFavourable));
    CHECK(p.liability == Position::ClientFavourable);
    CHECK(position_of(p, "liability") == Position::ClientFavourable);
    CHECK_FALSE(set_position(p, "unknown", Position::ClientFavourable));
    CHECK(position_id(Position::ProviderFavourable) == "provider");
}

TEST_CASE("clauses: balance score from -100 (client) to +100 (provider)") {
    ClausePositions p;
    CHECK(balance_score(p) == 0);
    ClausePositions client{Position::ClientFavourable, Position::ClientFavourable, Position::ClientFavourable,
                           Position::ClientFavourable, Position::ClientFavourable, Position::ClientFavourable,
                           Position::ClientFavourable};
    CHECK(balance_score(client) == -100);
    ClausePositions provider{Position::ProviderFavourable, Position::ProviderFavourable, Position::ProviderFavourable,
                             Position::ProviderFavourable, Position::ProviderFavourable, Position::ProviderFavourable,
                             Position::ProviderFavourable};
    CHECK(balance_score(provider) == 100);
    p.liability = Position::ProviderFavourable;
    CHECK(balance_score(p) == 14);  // 100 / 7 rounded
    p.audit = Position::ClientFavourable;
    CHECK(balance_score(p) == 0);
}

TEST_CASE("clauses: user text is encoded so it cannot produce markup") {
    const std::string evil = "## {#x} [[Services]] <<ref>> {?ph?} @table services - item \\";
    const Inline runs = parse_inline(encode_text(evil));
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].kind == RunKind::Text);
    CHECK(runs[0].text == evil);
    const std::vector<Part> parts = parse_parts("# T {#t}\n## {#c}\n" + encode_text("# heading\n@table x\n- item"), PartMode::Numbered);
    REQUIRE(parts.size() == 1);
    REQUIRE(parts[0].clauses.size() == 1);
    REQUIRE(parts[0].clauses[0].body.size() == 1);
    CHECK(parts[0].clauses[0].body[0].kind == BlockKind::Paragraph);
    CHECK(plain_text(parts[0].clauses[0].body[0].text) == "# heading @table x - item");
    CHECK(encode_text("a\x01" "b\tc") == "ab c");
}

TEST_CASE("clauses: inline markup for terms, references and placeholders") {
    const Inline runs = parse_inline("the [[Service Credit|Service Credits]] in clause <<sl.credits>> for {?Client name?}.");
    REQUIRE(runs.size() == 7);
    CHECK(runs[1].kind == RunKind::Term);
    CHECK(runs[1].target == "Service Credit");
    CHECK(runs[1].text == "Service Credits");
    CHECK(runs[3].kind == RunKind::Reference);
    CHECK(runs[3].target == "sl.credits");
    CHECK(runs[5].kind == RunKind::Placeholder);
    CHECK(runs[5].text == "[Client name]");
    CHECK(parse_inline("[[unterminated").front().text == "[[unterminated");
}

TEST_CASE("clauses: parts, clauses, sub-clauses; empty ones are dropped") {
    const std::string markup =
        "# Section {#s}\n"
        "## Heading {#s.a}\nText of a.\n\n### {#s.a.1}\nfirst;\n###\n\n"
        "##\n\n"
        "## Other\nmore\ntext\n\n- one\n- two\n@table t\n";
    const std::vector<Part> parts = parse_parts(markup, PartMode::Numbered);
    REQUIRE(parts.size() == 1);
    CHECK(parts[0].title == "Section");
    CHECK(parts[0].anchor == "s");
    REQUIRE(parts[0].clauses.size() == 2);
    CHECK(parts[0].clauses[0].heading == "Heading");
    REQUIRE(parts[0].clauses[0].children.size() == 1);  // the empty "###" is gone
    CHECK(parts[0].clauses[0].children[0].anchor == "s.a.1");
    const Clause& other = parts[0].clauses[1];
    REQUIRE(other.body.size() == 3);
    CHECK(plain_text(other.body[0].text) == "more text");
    CHECK(other.body[1].kind == BlockKind::List);
    CHECK(other.body[1].items.size() == 2);
    CHECK(other.body[2].kind == BlockKind::Table);
    CHECK(other.body[2].anchor == "t");
    CHECK(parse_parts("# Empty {#e}\n##\n\n", PartMode::Numbered).empty());
}

TEST_CASE("clauses: templates render with Mustache") {
    std::string out, error;
    CHECK(render_template("section_term.mustache", nlohmann::json{{"when", {{"renewal_none", true}}}}, out, error));
    CHECK(out.find("does not renew") != std::string::npos);
    CHECK_FALSE(render_template("nope.mustache", nlohmann::json::object(), out, error));
    CHECK(!error.empty());
}

namespace {

void describe(std::ostream& out, const Inline& runs) {
    for (const Run& r : runs) out << static_cast<int>(r.kind) << '<' << r.text << '|' << r.target << '>';
    out << '\n';
}

void describe(std::ostream& out, const std::vector<Block>& blocks) {
    for (const Block& b : blocks) {
        out << "block " << static_cast<int>(b.kind) << ' ' << b.level << ' ' << b.label << ' ' << b.anchor << '\n';
        describe(out, b.text);
        for (const Inline& item : b.items) describe(out, item);
    }
}

void describe(std::ostream& out, const std::vector<Clause>& clauses) {
    for (const Clause& c : clauses) {
        out << "clause " << c.level << ' ' << c.anchor << ' ' << c.heading << '\n';
        describe(out, c.body);
        describe(out, c.children);
    }
}

std::string describe(const std::vector<Part>& parts) {
    std::ostringstream out;
    for (const Part& p : parts) {
        out << "part " << p.title << ' ' << p.anchor << '\n';
        describe(out, p.body);
        describe(out, p.clauses);
    }
    return out.str();
}

}  // namespace

TEST_CASE("clauses: parts parsed with the templates' fixed lines equal parts parsed from the text alone") {
    // Lines joined into one paragraph, list continuations, headings and a changed line all
    // fall back to parsing; the result must be the same either way.
    const nlohmann::json contexts[] = {
        nlohmann::json::object(),
        nlohmann::json{{"when", {{"services", true}, {"client_duties", true}, {"provider_duties", true}, {"renewal_automatic", true}}},
                       {"duties", {{"client", {{{"text", "do \\[x\\]"}}, {{"text", "b"}, {"service", "payroll"}}}},
                                   {"provider", {{{"text", "staff the team"}}}}}}},
    };
    const char* names[] = {"front.mustache", "recitals.mustache", "section_services.mustache", "section_term.mustache",
                           "schedule_services.mustache", "section_liability.mustache"};
    const PartMode modes[] = {PartMode::Labelled, PartMode::Labelled, PartMode::Numbered, PartMode::Numbered,
                              PartMode::Plain, PartMode::Numbered};
    for (const nlohmann::json& context : contexts) {
        for (std::size_t i = 0; i < std::size(names); ++i) {
            Markup markup;
            std::string error;
            REQUIRE_MESSAGE(render_template(names[i], context, markup, error), error);
            CHECK(!markup.fixed.empty());
            for (const PartMode mode : {modes[i], PartMode::Numbered, PartMode::Plain})
                CHECK_MESSAGE(describe(parse_parts(markup, mode)) == describe(parse_parts(markup.text, mode)), names[i]);
        }
    }
    // A line reported as fixed whose text differs is parsed from the text.
    FixedLine line{"- something else", parse_inline("something else")};
    Markup markup;
    markup.text = "# T\n- an item\nmore\n";
    markup.fixed_lines = &line;
    markup.fixed.push_back({4, 0});
    CHECK(describe(parse_parts(markup, PartMode::Plain)) == describe(parse_parts(markup.text, PartMode::Plain)));
}
