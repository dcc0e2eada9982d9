#include "core/clauses.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

#include "core/assets.hpp"
#include "core/clause_template.hpp"

namespace bpo {

// ---- positions ----------------------------------------------------------------------------

namespace {

struct PositionField {
    const char* id;
    Position ClausePositions::*field;
};

constexpr PositionField position_fields[] = {
    {"service_credits", &ClausePositions::service_credits},
    {"liability", &ClausePositions::liability},
    {"intellectual_property", &ClausePositions::intellectual_property},
    {"termination_for_convenience", &ClausePositions::termination_for_convenience},
    {"audit", &ClausePositions::audit},
    {"dispute_resolution", &ClausePositions::dispute_resolution},
    {"exit_assistance", &ClausePositions::exit_assistance},
};

const std::vector<ClauseInfo>& catalog_data() {
    static const std::vector<ClauseInfo> catalog = [] {
        std::vector<ClauseInfo> out;
        const std::string_view text = asset_text("clauses/positions.json");
        const nlohmann::json data = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
        if (!data.is_object() || !data.contains("clauses") || !data["clauses"].is_array()) return out;
        for (const nlohmann::json& c : data["clauses"]) {
            if (!c.is_object()) continue;
            ClauseInfo info;
            info.id = c.value("id", "");
            info.title = c.value("title", "");
            info.anchor = c.value("anchor", "");
            info.client = c.value("client", "");
            info.balanced = c.value("balanced", "");
            info.provider = c.value("provider", "");
            out.push_back(std::move(info));
        }
        return out;
    }();
    return catalog;
}

}  // namespace

const std::vector<ClauseInfo>& clause_catalog() { return catalog_data(); }

std::string position_explanation(std::string_view clause_id, Position position) {
    for (const ClauseInfo& info : catalog_data()) {
        if (info.id != clause_id) continue;
        switch (position) {
            case Position::ClientFavourable: return info.client;
            case Position::Balanced: return info.balanced;
            case Position::ProviderFavourable: return info.provider;
        }
    }
    return {};
}

std::string_view position_id(Position position) {
    switch (position) {
        case Position::ClientFavourable: return "client";
        case Position::Balanced: return "balanced";
        case Position::ProviderFavourable: return "provider";
    }
    return "balanced";
}

std::string_view position_label(Position position) {
    switch (position) {
        case Position::ClientFavourable: return "Client-favourable";
        case Position::Balanced: return "Balanced";
        case Position::ProviderFavourable: return "Provider-favourable";
    }
    return "Balanced";
}

Position position_of(const ClausePositions& positions, std::string_view clause_id) {
    for (const PositionField& f : position_fields)
        if (clause_id == f.id) return positions.*(f.field);
    return Position::Balanced;
}

bool set_position(ClausePositions& positions, std::string_view clause_id, Position position) {
    for (const PositionField& f : position_fields) {
        if (clause_id != f.id) continue;
        positions.*(f.field) = position;
        return true;
    }
    return false;
}

int balance_score(const ClausePositions& positions) {
    int sum = 0;
    for (const PositionField& f : position_fields) {
        switch (positions.*(f.field)) {
            case Position::ClientFavourable: sum -= 100; break;
            case Position::Balanced: break;
            case Position::ProviderFavourable: sum += 100; break;
        }
    }
    constexpr int n = static_cast<int>(sizeof(position_fields) / sizeof(position_fields[0]));
    // Round half away from zero.
    return sum >= 0 ? (sum + n / 2) / n : -((-sum + n / 2) / n);
}

// ---- encoding -----------------------------------------------------------------------------

std::string encode_text(std::string_view user_text) {
    std::string out;
    out.reserve(user_text.size() + 8);
    for (char ch : user_text) {
        const auto u = static_cast<unsigned char>(ch);
        if (ch == '\n') { out += '\n'; continue; }
        if (ch == '\t') { out += ' '; continue; }
        if (u < 0x20 || u == 0x7f) continue;
        switch (ch) {
            case '\\': case '[': case ']': case '<': case '>': case '{': case '}':
            case '#': case '@': case '-': case '|': case '?':
                out += '\\';
                break;
            default: break;
        }
        out += ch;
    }
    return out;
}

std::string encode_placeholder(std::string_view label) {
    return "{?" + encode_text(label) + "?}";
}

// ---- templates ----------------------------------------------------------------------------

namespace {

struct CompiledTemplate {
    explicit CompiledTemplate(std::string_view text) : mustache(text) {}
    ClauseTemplate mustache;
    std::vector<FixedLine> fixed_lines;  // as mustache.fixed_lines(), parsed
};

std::vector<FixedLine> parse_fixed_lines(const ClauseTemplate& mustache);  // with the parts, below

// Templates are compiled once and kept: the assets never change while the program runs.
// Returns nullptr with `error` set when the template is missing or invalid.
const CompiledTemplate* compiled_template(std::string_view name, std::string& error) {
    const std::string path = "clauses/" + std::string(name);
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<CompiledTemplate>, std::less<>> compiled;
    const CompiledTemplate* tmpl = nullptr;
    {
        std::lock_guard<std::mutex> lock(mutex);
        auto it = compiled.find(path);
        if (it == compiled.end()) {
            const std::string_view text = asset_text(path);
            if (text.empty()) {
                error = "missing clause template " + path;
                return nullptr;
            }
            auto made = std::make_unique<CompiledTemplate>(text);
            made->fixed_lines = parse_fixed_lines(made->mustache);
            it = compiled.emplace(path, std::move(made)).first;
        }
        tmpl = it->second.get();
    }
    if (!tmpl->mustache.valid()) {
        error = path + ": " + tmpl->mustache.error();
        return nullptr;
    }
    return tmpl;
}

}  // namespace

bool render_template(std::string_view name, const nlohmann::json& context, std::string& out,
                     std::string& error) {
    const CompiledTemplate* tmpl = compiled_template(name, error);
    if (!tmpl) return false;
    out.clear();
    tmpl->mustache.render(context, out);
    return true;
}

bool render_template(std::string_view name, const nlohmann::json& context, Markup& out, std::string& error) {
    out.text.clear();
    out.fixed.clear();
    out.fixed_lines = nullptr;
    const CompiledTemplate* tmpl = compiled_template(name, error);
    if (!tmpl) return false;
    out.fixed_lines = tmpl->fixed_lines.data();
    tmpl->mustache.render(context, out.text, &out.fixed);
    return true;
}

// ---- inline markup ------------------------------------------------------------------------

namespace {

void append_text(Inline& runs, RunKind kind, std::string_view text) {
    if (text.empty()) return;
    if (!runs.empty() && runs.back().kind == kind && kind == RunKind::Text) {
        runs.back().text += text;
        return;
    }
    runs.push_back(Run{kind, std::string(text), {}});
}

std::string unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) ++i;
        out += s[i];
    }
    return out;
}

// Finds the closing marker, skipping escaped characters.
std::size_t find_close(std::string_view s, std::size_t from, std::string_view close) {
    for (std::size_t i = from; i + close.size() <= s.size(); ++i) {
        if (s[i] == '\\') { ++i; continue; }
        if (s.compare(i, close.size(), close) == 0) return i;
    }
    return std::string_view::npos;
}

}  // namespace

namespace {

// The most runs a markup can produce: each marker ("[[", "<<", "{?") makes one run and may be
// followed by one text run. Counted first so the run list is allocated once.
std::size_t max_runs(std::string_view s) {
    std::size_t markers = 0;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const char ch = s[i];
        if ((ch == '[' || ch == '<') && s[i + 1] == ch) ++markers;
        else if (ch == '{' && s[i + 1] == '?') ++markers;
    }
    return 2 * markers + 1;
}

}  // namespace

Inline parse_inline(std::string_view s) {
    Inline runs;
    runs.reserve(max_runs(s));
    // The text run being gathered: moved into the list whole, so its bytes are copied once.
    std::string text;
    auto flush = [&] {
        if (text.empty()) return;
        runs.push_back(Run{RunKind::Text, std::move(text), {}});
        text.clear();
    };
    // Plain characters are copied in spans; only '\\' and the openers of markup stop the scan.
    std::size_t span = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const char ch = s[i];
        if (ch != '\\' && ch != '[' && ch != '<' && ch != '{') {
            ++i;
            continue;
        }
        if (i + 1 >= s.size()) break;
        if (ch == '\\') {
            text.append(s.data() + span, i - span);
            text += s[i + 1];
            i += 2;
            span = i;
            continue;
        }
        const char second = s[i + 1];
        if (second != (ch == '{' ? '?' : ch)) {
            ++i;
            continue;
        }
        const std::string_view close = ch == '[' ? "]]" : ch == '<' ? ">>" : "?}";
        const std::size_t end = find_close(s, i + 2, close);
        if (end == std::string_view::npos) {
            ++i;
            continue;
        }
        text.append(s.data() + span, i - span);
        const std::string_view inner = s.substr(i + 2, end - i - 2);
        flush();
        if (ch == '[') {
            const std::size_t bar = inner.find('|');
            runs.push_back(Run{RunKind::Term, std::string(bar == std::string_view::npos ? inner : inner.substr(bar + 1)),
                               std::string(bar == std::string_view::npos ? inner : inner.substr(0, bar))});
        } else if (ch == '<') {
            runs.push_back(Run{RunKind::Reference, {}, std::string(inner)});
        } else {
            std::string label;
            label.reserve(inner.size() + 2);
            label += '[';
            label += unescape(inner);
            label += ']';
            runs.push_back(Run{RunKind::Placeholder, std::move(label), {}});
        }
        i = end + 2;
        span = i;
    }
    text.append(s.data() + span, s.size() - span);
    flush();
    return runs;
}

// ---- parts --------------------------------------------------------------------------------

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// "Title {#anchor}" -> title, anchor.
void split_heading(std::string_view s, std::string& title, std::string& anchor) {
    s = trim(s);
    anchor.clear();
    if (!s.empty() && s.back() == '}') {
        const std::size_t open = s.rfind("{#");
        if (open != std::string_view::npos) {
            anchor = std::string(trim(s.substr(open + 2, s.size() - open - 3)));
            s = trim(s.substr(0, open));
        }
    }
    title = unescape(s);
}

bool has_content(const Clause& c) { return !c.body.empty() || !c.children.empty(); }

class PartParser {
public:
    explicit PartParser(PartMode mode) : mode_(mode) {}

    // `fixed`: the line's runs parsed in advance, or nullptr.
    void line(std::string_view raw, const FixedLine* fixed = nullptr) {
        const std::string_view s = trim(raw);
        if (fixed && fixed->text != s) fixed = nullptr;  // not the line it claims to be: parse it
        if (s.empty()) {
            flush();
            in_list_ = false;
            return;
        }
        if (s[0] == '#') {
            std::size_t hashes = 0;
            while (hashes < s.size() && s[hashes] == '#') ++hashes;
            if (hashes <= 3 && (hashes == s.size() || s[hashes] == ' ')) {
                flush();
                in_list_ = false;
                heading(static_cast<int>(hashes), s.substr(hashes));
                return;
            }
        }
        if (s[0] == '@') {
            flush();
            in_list_ = false;
            Block b;
            if (s.substr(0, 7) == "@table ") {
                b.kind = BlockKind::Table;
                b.anchor = std::string(trim(s.substr(7)));
            } else if (s == "@definitions") {
                b.kind = BlockKind::Definitions;
            } else {
                return;  // unknown directive: ignored
            }
            target().push_back(std::move(b));
            return;
        }
        if (s.size() >= 2 && s[0] == '-' && s[1] == ' ') {
            flush();
            std::vector<Block>& blocks = target();
            if (!in_list_ || blocks.empty() || blocks.back().kind != BlockKind::List) {
                Block b;
                b.kind = BlockKind::List;
                blocks.push_back(std::move(b));
            }
            blocks.back().items.push_back(fixed ? fixed->runs : parse_inline(trim(s.substr(2))));
            in_list_ = true;
            return;
        }
        if (in_list_) {
            // A continuation line of the last bullet item.
            Inline& item = target().back().items.back();
            Inline more = fixed ? fixed->runs : parse_inline(s);
            append_text(item, RunKind::Text, " ");
            for (Run& r : more) {
                if (r.kind == RunKind::Text) append_text(item, RunKind::Text, r.text);
                else item.push_back(std::move(r));
            }
            return;
        }
        if (paragraph_.empty() && !fixed_paragraph_) {
            if (fixed) {
                fixed_paragraph_ = fixed;  // a paragraph of this line alone needs no parsing
                return;
            }
        } else if (fixed_paragraph_) {
            paragraph_ = fixed_paragraph_->text;  // joined with more lines: parsed as a whole
            fixed_paragraph_ = nullptr;
        }
        if (!paragraph_.empty()) paragraph_ += ' ';
        paragraph_ += s;
    }

    std::vector<Part> finish() {
        flush();
        close_part();
        return std::move(parts_);
    }

private:
    void heading(int level, std::string_view rest) {
        std::string title, anchor;
        split_heading(rest, title, anchor);
        if (level == 1) {
            close_part();
            parts_.emplace_back();
            parts_.back().title = std::move(title);
            parts_.back().anchor = std::move(anchor);
            open_ = true;
            return;
        }
        ensure_part();
        Part& part = parts_.back();
        if (mode_ == PartMode::Numbered) {
            Clause c;
            c.level = level;
            c.heading = std::move(title);
            c.anchor = std::move(anchor);
            if (level == 2 || part.clauses.empty()) {
                c.level = 2;
                close_clause();
                part.clauses.push_back(std::move(c));
            } else {
                part.clauses.back().children.push_back(std::move(c));
            }
            return;
        }
        if (mode_ == PartMode::Labelled) {
            label_next_ = true;
            return;
        }
        Block b;
        b.kind = BlockKind::Heading;
        b.level = level;
        b.anchor = std::move(anchor);
        b.text.push_back(Run{RunKind::Text, std::move(title), {}});
        part.body.push_back(std::move(b));
    }

    void ensure_part() {
        if (!open_) {
            parts_.emplace_back();
            open_ = true;
        }
    }

    std::vector<Block>& target() {
        ensure_part();
        Part& part = parts_.back();
        if (mode_ != PartMode::Numbered || part.clauses.empty()) return part.body;
        Clause& clause = part.clauses.back();
        if (!clause.children.empty()) return clause.children.back().body;
        return clause.body;
    }

    void flush() {
        if (paragraph_.empty() && !fixed_paragraph_) return;
        Block b;
        b.kind = BlockKind::Paragraph;
        if (fixed_paragraph_) {
            b.text = fixed_paragraph_->runs;
            fixed_paragraph_ = nullptr;
        } else {
            b.text = parse_inline(paragraph_);
            paragraph_.clear();
        }
        if (b.text.empty()) return;
        if (label_next_) {
            b.label = "*";
            label_next_ = false;
        }
        target().push_back(std::move(b));
    }

    // Drops empty sub-clauses of the last clause.
    void close_clause() {
        if (!open_ || parts_.back().clauses.empty()) return;
        drop_empty(parts_.back().clauses.back().children);
    }

    // Removes the clauses without content, in place, keeping the order of the others.
    static void drop_empty(std::vector<Clause>& clauses) {
        clauses.erase(std::remove_if(clauses.begin(), clauses.end(), [](const Clause& c) { return !has_content(c); }),
                      clauses.end());
    }

    void close_part() {
        if (!open_) return;
        close_clause();
        Part& part = parts_.back();
        drop_empty(part.clauses);
        // Headings followed by nothing (a sub-part whose content was conditioned out) go too.
        // Compacted in place: a block is moved only to a position already decided on, so the
        // blocks after it, which the decision looks at, are still where they were.
        std::size_t kept = 0;
        for (std::size_t i = 0; i < part.body.size(); ++i) {
            Block& b = part.body[i];
            if (b.kind == BlockKind::Heading) {
                bool followed = false;
                for (std::size_t j = i + 1; j < part.body.size(); ++j) {
                    if (part.body[j].kind == BlockKind::Heading && part.body[j].level <= b.level) break;
                    if (part.body[j].kind != BlockKind::Heading) { followed = true; break; }
                }
                if (!followed) continue;
            }
            if (kept != i) part.body[kept] = std::move(b);
            ++kept;
        }
        part.body.erase(part.body.begin() + static_cast<std::ptrdiff_t>(kept), part.body.end());
        if (part.body.empty() && part.clauses.empty()) parts_.pop_back();
        open_ = false;
    }

    PartMode mode_;
    std::vector<Part> parts_;
    bool open_ = false;
    bool in_list_ = false;
    bool label_next_ = false;
    std::string paragraph_;
    const FixedLine* fixed_paragraph_ = nullptr;  // a paragraph so far of one fixed line (paragraph_ empty)
};

std::vector<FixedLine> parse_fixed_lines(const ClauseTemplate& mustache) {
    std::vector<FixedLine> lines;
    lines.reserve(mustache.fixed_lines().size());
    for (std::string_view raw : mustache.fixed_lines()) {
        FixedLine line;
        line.text = trim(raw);
        const bool item = line.text.size() >= 2 && line.text[0] == '-' && line.text[1] == ' ';
        line.runs = parse_inline(item ? trim(line.text.substr(2)) : line.text);
        lines.push_back(std::move(line));
    }
    return lines;
}

// Feeds `text` to a parser line by line; fixed_at(offset) gives the fixed line printed at that
// offset, if any (offsets are asked for in increasing order).
template <class FixedAt>
std::vector<Part> parse_lines(std::string_view text, PartMode mode, FixedAt&& fixed_at) {
    PartParser parser(mode);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        parser.line(text.substr(start, end - start), fixed_at(start));
        start = end + 1;
    }
    return parser.finish();
}

}  // namespace

std::vector<Part> parse_parts(std::string_view markup, PartMode mode) {
    return parse_lines(markup, mode, [](std::size_t) -> const FixedLine* { return nullptr; });
}

std::vector<Part> parse_parts(const Markup& markup, PartMode mode) {
    std::size_t next_fixed = 0;
    return parse_lines(markup.text, mode, [&](std::size_t start) -> const FixedLine* {
        while (next_fixed < markup.fixed.size() && markup.fixed[next_fixed].offset < start) ++next_fixed;
        if (next_fixed < markup.fixed.size() && markup.fixed[next_fixed].offset == start)
            return &markup.fixed_lines[markup.fixed[next_fixed++].line];
        return nullptr;
    });
}

}  // namespace bpo
