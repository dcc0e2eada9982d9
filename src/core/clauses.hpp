// The clause library: clause texts as data in assets/clauses/ (Mustache templates in our own
// words), the clause positions (client-favourable / balanced / provider-favourable) with their
// one-line explanations, and the small markup the templates render to.
//
// Clause markup (what a template produces after Mustache has filled it in; see
// assets/clauses/README.md for the author's guide):
//   # Title {#anchor}          a section (numbered parts) or the part's title
//   ## Heading {#anchor}       a clause "4.2" (heading and anchor optional: "##", "## {#a}")
//   ### {#anchor}              a sub-clause "4.2(a)"
//   @table NAME                a table the builder supplies (skipped when it has none)
//   @definitions               the definitions list (only terms actually used)
//   - text                     a bullet item
//   blank line                 ends a paragraph; other lines join into the paragraph
// Inline:
//   [[Term]] / [[Term|shown]]  a use of a defined term
//   <<anchor>>                 a cross-reference, resolved to "4.2" / "Schedule 3"
//   {?label?}                  a missing value, shown as "[label]"
//   \x                         the character x, literally (user values are escaped this way)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/agreement.hpp"
#include "core/clause_template.hpp"
#include "core/document.hpp"

namespace bpo {

// ---- positions ----------------------------------------------------------------------------

struct ClauseInfo {
    std::string id;                 // "service_credits" (also the key in the positions data)
    std::string title;              // "Service credits"
    std::string anchor;             // the clause in the document that carries the position
    std::string client;             // one-line explanation of the client-favourable position
    std::string balanced;           // ... of the balanced position
    std::string provider;           // ... of the provider-favourable position
};

const std::vector<ClauseInfo>& clause_catalog();                   // every clause with positions, in document order
std::string position_explanation(std::string_view clause_id, Position position);  // empty if unknown
std::string_view position_id(Position position);                   // "client" | "balanced" | "provider"
std::string_view position_label(Position position);                // "Client-favourable" ...
Position position_of(const ClausePositions& positions, std::string_view clause_id);  // Balanced if unknown
bool set_position(ClausePositions& positions, std::string_view clause_id, Position position);  // false if unknown
// The balance meter: the mean of the positions, -100 (all client-favourable) .. 0 (balanced)
// .. +100 (all provider-favourable), rounded to an integer.
int balance_score(const ClausePositions& positions);

// ---- templates and markup -----------------------------------------------------------------

// Escapes user text so that it is printed literally by the markup (no headings, terms,
// references or placeholders can be smuggled in). Control characters other than newline and
// tab are dropped; CR is dropped; tab becomes a space.
std::string encode_text(std::string_view user_text);
// The markup for a missing value "[label]".
std::string encode_placeholder(std::string_view label);

// Renders assets/clauses/<name> with the context (objects, arrays, strings, booleans; numbers
// are printed). Values are inserted as they are: the builder encodes them with encode_text.
// Returns false and sets error when the template is missing or invalid.
bool render_template(std::string_view name, const nlohmann::json& context, std::string& out,
                     std::string& error);

// A template line without Mustache tags, parsed once when its template is first used: a build
// then reuses its runs instead of parsing the same static text again.
struct FixedLine {
    std::string_view text;  // the line without surrounding blanks (a view into the template)
    Inline runs;            // parse_inline of the text; of the item's text for a "- " line
};

// A rendered template, with where the template's fixed lines were printed in it.
struct Markup {
    std::string text;
    const FixedLine* fixed_lines = nullptr;            // the template's, indexed by FixedLineAt::line
    std::vector<ClauseTemplate::FixedLineAt> fixed;    // in order of offset
};

// As above, into `out` (cleared first; reusing one Markup keeps its buffers).
bool render_template(std::string_view name, const nlohmann::json& context, Markup& out, std::string& error);

// Inline markup -> runs (terms, references with empty text, placeholders, text).
Inline parse_inline(std::string_view markup);

enum class PartMode {
    Numbered,  // "#" is a section, "##" a clause, "###" a sub-clause
    Labelled,  // each "##" starts a labelled paragraph ("(A)", "(1)": labels set by the caller)
    Plain,     // "##"/"###" are unnumbered headings (schedules, front matter)
};

struct Part {
    std::string title;
    std::string anchor;
    std::vector<Block> body;        // Plain and Labelled parts; Numbered: text before the first "##"
    std::vector<Clause> clauses;    // Numbered parts: level-2 clauses with level-3 children
};

// Splits rendered markup into parts at each "#" line. Table and definitions blocks come out
// with kind Table / Definitions, empty, with the table name in Block::anchor: the builder
// fills them in. Clauses without any text and parts without content are dropped.
std::vector<Part> parse_parts(std::string_view markup, PartMode mode);
// The same result, taking the fixed lines' runs as already parsed.
std::vector<Part> parse_parts(const Markup& markup, PartMode mode);

}  // namespace bpo
