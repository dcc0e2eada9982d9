#include "core/document.hpp"

namespace bpo {

std::string plain_text(const Inline& runs) {
    std::size_t size = 0;
    for (const Run& r : runs) size += r.text.size();
    std::string out;
    out.reserve(size);
    for (const Run& r : runs) out += r.text;
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
}  // namespace

std::size_t clause_count(const Document& document) { return count_clauses(document.sections); }

const Clause* find_clause(const Document& document, const std::string& anchor) {
    return find_in(document.sections, anchor);
}

}  // namespace bpo
