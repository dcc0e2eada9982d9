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

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
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

// A run of a table cell, as views into the table's own text (valid while the table lives and
// is not changed).
struct CellRun {
    RunKind kind = RunKind::Text;
    std::string_view text;
    std::string_view target;
};

class TableRows;

// The growable byte buffer behind a table's cell text. Appends are inline (a std::string's or a
// std::vector's are out-of-line calls: a third of the time to build a long table in WebAssembly).
class TextBytes {
public:
    TextBytes() = default;
    TextBytes(const TextBytes& other) { append(other.data_, other.size_); }
    TextBytes(TextBytes&& other) noexcept : data_(other.data_), size_(other.size_), capacity_(other.capacity_) {
        other.data_ = nullptr;
        other.size_ = other.capacity_ = 0;
    }
    TextBytes& operator=(TextBytes other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        std::swap(capacity_, other.capacity_);
        return *this;
    }
    ~TextBytes() { std::free(data_); }

    std::size_t size() const { return size_; }
    const char* data() const { return data_; }
    void reserve(std::size_t capacity) {
        if (capacity > capacity_) reallocate(capacity);
    }
    void append(const char* bytes, std::size_t n) {
        if (capacity_ - size_ < n) reallocate(size_ + n > 2 * capacity_ ? size_ + n : 2 * capacity_);
        if (n) std::memcpy(data_ + size_, bytes, n);
        size_ += n;
    }
    void push_back(char ch) { append(&ch, 1); }

private:
    void reallocate(std::size_t capacity);

    char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

// Walks positions of a TableRows (a cell's runs, a row's cells, the rows), reading each position
// with Read: one iterator shape for the three levels.
template <class Value, class Read>
class TableRowsIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Value;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Value;
    TableRowsIterator(const TableRows* rows, std::size_t i) : rows_(rows), i_(i) {}
    Value operator*() const { return Read{}(*rows_, i_); }
    TableRowsIterator& operator++() { ++i_; return *this; }
    bool operator!=(const TableRowsIterator& o) const { return i_ != o.i_; }
    bool operator==(const TableRowsIterator& o) const { return i_ == o.i_; }

private:
    const TableRows* rows_;
    std::size_t i_;
};
struct ReadTableRun;   // defined after TableRows
struct ReadTableCell;
struct ReadTableRow;

// The rows of a table, stored compactly: a schedule can hold tens of thousands of rows, so the
// cells share one text buffer and one array of runs instead of owning strings and vectors each.
// Read it like rows x cells x runs: rows[r][c][k] is a CellRun; a cell also converts to an
// Inline (a copy) where ordinary runs are wanted.
class TableRows {
    struct PackedRun {
        std::uint32_t begin;        // text at text_[begin, begin + size), target right after it
        std::uint32_t size;
        std::uint32_t target_size : 24;
        std::uint32_t kind : 8;
    };

public:
    class Cell {
    public:
        Cell(const TableRows* rows, std::size_t first, std::size_t end) : rows_(rows), first_(first), end_(end) {}
        std::size_t size() const { return end_ - first_; }
        bool empty() const { return first_ == end_; }
        CellRun operator[](std::size_t k) const { return rows_->run(first_ + k); }
        using iterator = TableRowsIterator<CellRun, ReadTableRun>;
        iterator begin() const;
        iterator end() const;
        operator Inline() const;   // NOLINT(google-explicit-constructor): cells read as runs
        std::string plain() const;  // the runs' text concatenated

    private:
        const TableRows* rows_;
        std::size_t first_, end_;
    };

    class Row {
    public:
        Row(const TableRows* rows, std::size_t first, std::size_t end) : rows_(rows), first_(first), end_(end) {}
        std::size_t size() const { return end_ - first_; }
        bool empty() const { return first_ == end_; }
        Cell operator[](std::size_t c) const { return rows_->cell(first_ + c); }
        using iterator = TableRowsIterator<Cell, ReadTableCell>;
        iterator begin() const;
        iterator end() const;

    private:
        const TableRows* rows_;
        std::size_t first_, end_;
    };

    using iterator = TableRowsIterator<Row, ReadTableRow>;
    std::size_t size() const { return rows_.size(); }
    bool empty() const { return rows_.empty(); }
    Row operator[](std::size_t r) const {
        return Row(this, rows_[r], r + 1 < rows_.size() ? rows_[r + 1] : cells_.size());
    }
    iterator begin() const;
    iterator end() const;

    // ---- building: start a row, then a cell, then add its runs --------------------------
    void reserve(std::size_t rows, std::size_t cells, std::size_t text_bytes);
    void start_row() { rows_.push_back(static_cast<std::uint32_t>(cells_.size())); }
    void start_cell() { cells_.push_back(static_cast<std::uint32_t>(runs_.size())); }
    void add_run(RunKind kind, std::string_view text, std::string_view target = {}) {
        PackedRun p{};
        p.begin = static_cast<std::uint32_t>(text_.size());
        p.size = static_cast<std::uint32_t>(text.size());
        p.target_size = static_cast<std::uint32_t>(target.size()) & 0xFFFFFFu;
        p.kind = static_cast<std::uint32_t>(kind) & 0xFFu;
        text_.append(text.data(), text.size());
        text_.append(target.data(), p.target_size);
        links_ = links_ || kind == RunKind::Term || kind == RunKind::Reference;
        runs_.push_back(p);
    }
    // Extends the text of the last run added (its target, if any, must be empty).
    void append(std::string_view text) {
        text_.append(text.data(), text.size());
        runs_.back().size += static_cast<std::uint32_t>(text.size());
    }
    void append(char ch) {
        text_.push_back(ch);
        ++runs_.back().size;
    }
    // Whether any run is a Term or a Reference (passes over the whole document skip the others).
    bool has_terms_or_references() const { return links_; }
    // A whole row of ordinary runs.
    void push_back(const std::vector<Inline>& row);
    // Every run of every cell, in order (for passes over the whole document).
    std::size_t run_count() const { return runs_.size(); }
    // Replaces the text of a run (cross-references are resolved after building); `text` must
    // not point into this table.
    void set_run_text(std::size_t run_index, std::string_view text);
    std::size_t cell_count() const { return cells_.size(); }
    std::size_t text_size() const { return text_.size(); }
    Cell cell(std::size_t index) const {
        return Cell(this, cells_[index], index + 1 < cells_.size() ? cells_[index + 1] : runs_.size());
    }
    CellRun run(std::size_t index) const {
        const PackedRun& p = runs_[index];
        const char* text = text_.data() + p.begin;  // views built directly: substr's range check costs in wasm
        return CellRun{static_cast<RunKind>(p.kind), std::string_view(text, p.size), std::string_view(text + p.size, p.target_size)};
    }

private:
    TextBytes text_;
    std::vector<PackedRun> runs_;
    std::vector<std::uint32_t> cells_;  // index of each cell's first run
    std::vector<std::uint32_t> rows_;   // index of each row's first cell
    bool links_ = false;
};

struct ReadTableRun {
    CellRun operator()(const TableRows& t, std::size_t i) const { return t.run(i); }
};
struct ReadTableCell {
    TableRows::Cell operator()(const TableRows& t, std::size_t i) const { return t.cell(i); }
};
struct ReadTableRow {
    TableRows::Row operator()(const TableRows& t, std::size_t i) const { return t[i]; }
};

inline TableRows::Cell::iterator TableRows::Cell::begin() const { return iterator(rows_, first_); }
inline TableRows::Cell::iterator TableRows::Cell::end() const { return iterator(rows_, end_); }
inline TableRows::Row::iterator TableRows::Row::begin() const { return iterator(rows_, first_); }
inline TableRows::Row::iterator TableRows::Row::end() const { return iterator(rows_, end_); }
inline TableRows::iterator TableRows::begin() const { return iterator(this, 0); }
inline TableRows::iterator TableRows::end() const { return iterator(this, rows_.size()); }

struct Table {
    std::vector<std::string> header;          // column titles (our own words, never user text)
    std::vector<int> widths;                  // relative column widths (same size as header)
    TableRows rows;                           // rows x columns
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
std::string plain_text(const TableRows::Cell& cell);

// Number of numbered clauses at all levels (for tests and statistics).
std::size_t clause_count(const Document& document);

// The size of every table of the document, for renderers to reserve their output at once.
struct TablesSize {
    std::size_t text = 0;   // bytes of cell text
    std::size_t cells = 0;
    std::size_t rows = 0;
};
TablesSize tables_size(const Document& document);

// The clause with this anchor, or nullptr.
const Clause* find_clause(const Document& document, const std::string& anchor);

}  // namespace bpo
