#include "core/document.hpp"

#include <new>

namespace bpo {

std::string plain_text(const Inline& runs) {
    std::size_t size = 0;
    for (const Run& r : runs) size += r.text.size();
    std::string out;
    out.reserve(size);
    for (const Run& r : runs) out += r.text;
    return out;
}

std::string plain_text(const TableRows::Cell& cell) { return cell.plain(); }

// ---- table rows ---------------------------------------------------------------------------

void TextBytes::reallocate(std::size_t capacity) {
    char* grown = static_cast<char*>(std::realloc(data_, capacity));
    if (!grown) throw std::bad_alloc();
    data_ = grown;
    capacity_ = capacity;
}

void TableRows::reserve(std::size_t rows, std::size_t cells, std::size_t text_bytes) {
    rows_.reserve(rows);
    cells_.reserve(cells);
    runs_.reserve(cells);
    text_.reserve(text_bytes);
}

void TableRows::push_back(const std::vector<Inline>& row) {
    start_row();
    for (const Inline& cell : row) {
        start_cell();
        for (const Run& r : cell) add_run(r.kind, r.text, r.target);
    }
}

void TableRows::set_run_text(std::size_t index, std::string_view text) {
    const CellRun old = run(index);
    const std::string target(old.target);  // copied: the buffer may move
    PackedRun& p = runs_[index];
    p.begin = static_cast<std::uint32_t>(text_.size());
    p.size = static_cast<std::uint32_t>(text.size());
    text_.append(text.data(), text.size());
    text_.append(target.data(), target.size());
}

TableRows::Cell::operator Inline() const {
    Inline out;
    out.reserve(size());
    for (const CellRun r : *this) out.push_back(Run{r.kind, std::string(r.text), std::string(r.target)});
    return out;
}

std::string TableRows::Cell::plain() const {
    std::string out;
    for (const CellRun r : *this) out.append(r.text.data(), r.text.size());
    return out;
}

namespace {
std::size_t count_clauses(const std::vector<Clause>& clauses) {
    std::size_t n = clauses.size();
    for (const Clause& c : clauses) n += count_clauses(c.children);
    return n;
}

const Clause* find_in(const std::vector<Clause>& clauses, const std::string& anchor) {
    for (const Clause& c : clauses) {
        if (c.anchor == anchor) return &c;
        if (const Clause* found = find_in(c.children, anchor)) return found;
    }
    return nullptr;
}

void add_tables(const std::vector<Block>& blocks, TablesSize& size) {
    for (const Block& b : blocks) {
        if (b.kind != BlockKind::Table) continue;
        size.text += b.table.rows.text_size();
        size.cells += b.table.rows.cell_count();
        size.rows += b.table.rows.size();
    }
}

void add_tables(const std::vector<Clause>& clauses, TablesSize& size) {
    for (const Clause& c : clauses) {
        add_tables(c.body, size);
        add_tables(c.children, size);
    }
}

}  // namespace

TablesSize tables_size(const Document& document) {
    TablesSize size;
    add_tables(document.parties, size);
    add_tables(document.recitals, size);
    add_tables(document.sections, size);
    for (const Schedule& s : document.schedules) add_tables(s.body, size);
    return size;
}

std::size_t clause_count(const Document& document) { return count_clauses(document.sections); }

const Clause* find_clause(const Document& document, const std::string& anchor) {
    return find_in(document.sections, anchor);
}

}  // namespace bpo
