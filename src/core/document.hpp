// The agreement as a document tree: what the renderers (Markdown, HTML, text, Word) print.
// Built from an Agreement by build_document (document_builder.hpp); holds no formatting of its
// own beyond structure, so every renderer prints the same clauses with the same numbers.
//
// Shape:
//   Document
//     title, notice                      the draft notice appears in every output
//     parties, recitals                  labelled paragraphs "(1) ...", "(A) ..."
//     sections    Clause level 1  "1"        numbered section with a heading
//                   Clause level 2  "1.1"    numbered clause (optional heading)
//                     Clause level 3 "1.1(a)" sub-clause, shown as "(a)"
//     schedules   "Schedule 1" ... blocks (paragraphs, headings, tables, lists)
//     signatures  one block per party
//     missing     every value shown as a "[placeholder]", with its JSON pointer
//
// Text is a list of runs. User text stays raw in the tree (renderers escape it for their
// format); cross-references are resolved to clause numbers when the tree is built.
#pragma once

#include <string>
#include <vector>

namespace bpo {

enum class RunKind {
    Text,         // ordinary text
    Strong,       // emphasised label (table row labels, party names in the parties block)
    Term,         // a use of a defined term ("Services"): text as shown
    Reference,    // a cross-reference: text is the resolved number ("7.2", "Schedule 3"), target the anchor
    Placeholder,  // a missing value: text is the bracketed label "[Client name]"
};

struct Run {
    RunKind kind = RunKind::Text;
    std::string text;
    std::string target;  // Reference: anchor of the clause or schedule referred to
};

using Inline = std::vector<Run>;

struct Table {
    std::vector<std::string> header;          // column titles (our own words, never user text)
    std::vector<int> widths;                  // relative column widths (same size as header)
    std::vector<std::vector<Inline>> rows;    // rows x columns
};

struct Definition {
    std::string term;   // "Service Credit"
    Inline meaning;     // "a reduction of the Charges ..."
};

enum class BlockKind {
    Paragraph,    // text (label, if any, printed in front: "(A)", "(1)")
    Heading,      // unnumbered sub-heading inside a schedule or the front matter (level 2 or 3)
    Table,
    List,         // bulleted list: items
    Definitions,  // the definitions list: definitions
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;                          // Heading: 2 or 3
    std::string label;                      // Paragraph: "(A)", "(1)"; empty for none
    std::string anchor;                     // Heading: optional anchor
    Inline text;                            // Paragraph, Heading
    Table table;                            // Table
    std::vector<Inline> items;              // List
    std::vector<Definition> definitions;    // Definitions
};

struct Clause {
    int level = 1;                 // 1 section, 2 clause, 3 sub-clause
    std::string anchor;            // stable id for cross-references ("credits.cap"); may be empty
    std::string number;            // full number: "4", "4.2", "4.2(a)"
    std::string label;             // as printed in front of the clause: "4", "4.2", "(a)"
    std::string heading;           // section title, or an optional clause heading
    std::vector<Block> body;
    std::vector<Clause> children;
};

struct Schedule {
    std::string anchor;            // "schedule.services"
    std::string number;            // "Schedule 1"
    std::string title;             // "Services"
    std::vector<Block> body;
};

struct SignatureBlock {
    std::string role;              // "Client", "Provider"
    Inline party_name;
    Inline signatory_name;
    Inline signatory_title;
};

struct MissingValue {
    std::string pointer;           // JSON pointer of the empty field ("/client/legalName")
    std::string label;             // shown in the document as "[label]"
};

struct Document {
    std::string title;
    std::string notice;                     // "Draft for review by a lawyer, not legal advice..."
    Inline date_line;                       // "This agreement is dated ..."
    std::vector<Block> parties;             // "(1) ACME Ltd, a ...", labelled paragraphs
    std::vector<Block> recitals;            // "(A) ...", labelled paragraphs
    std::vector<Clause> sections;           // level-1 clauses
    std::vector<Schedule> schedules;
    std::string signature_intro;            // "Signed by the authorised representatives ..."
    std::vector<SignatureBlock> signatures;
    std::vector<MissingValue> missing;      // in document order, one entry per pointer
    std::vector<std::string> problems;      // template errors, unresolved references (should be empty)
};

// Plain text of a run list (runs concatenated): for tests, tables of contents, the UI.
std::string plain_text(const Inline& runs);

// Number of numbered clauses at all levels (for tests and statistics).
std::size_t clause_count(const Document& document);

// The clause with this anchor, or nullptr.
const Clause* find_clause(const Document& document, const std::string& anchor);

}  // namespace bpo
