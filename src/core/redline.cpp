#include "core/redline.hpp"

#include "core/document_builder.hpp"
#include "core/render_text.hpp"
#include "core/sequence_diff.hpp"

namespace bpo {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool all_space(std::string_view s) {
    for (char c : s)
        if (!is_space(c)) return false;
    return true;
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t nl = text.find('\n', start);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        lines.emplace_back(text.substr(start, end - start));
        start = end;
    }
    return lines;
}

// Words and the whitespace between them, alternating; concatenated they give the text back.
std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const bool space = is_space(text[i]);
        std::size_t j = i;
        while (j < text.size() && is_space(text[j]) == space) ++j;
        tokens.emplace_back(text.substr(i, j - i));
        i = j;
    }
    return tokens;
}

std::size_t count_words(std::string_view text) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : text) {
        if (!is_space(c) && !in_word) ++n;
        in_word = !is_space(c);
    }
    return n;
}

class Builder {
public:
    void push(SegmentKind kind, std::string_view text) {
        if (text.empty()) return;
        if (!raw_.empty() && raw_.back().kind == kind) raw_.back().text += text;
        else raw_.push_back({kind, std::string(text)});
    }

    // Changes separated only by whitespace become one change: all deleted text, then all inserted.
    Redline finish() {
        Redline out;
        auto emit = [&](SegmentKind kind, std::string text) {
            if (text.empty()) return;
            if (!out.segments.empty() && out.segments.back().kind == kind) out.segments.back().text += text;
            else out.segments.push_back({kind, std::move(text)});
        };
        std::size_t i = 0;
        while (i < raw_.size()) {
            if (raw_[i].kind == SegmentKind::Equal) {
                emit(SegmentKind::Equal, raw_[i].text);
                ++i;
                continue;
            }
            std::string deleted, inserted;
            std::size_t j = i;
            while (j < raw_.size()) {
                const RedlineSegment& s = raw_[j];
                if (s.kind == SegmentKind::Deleted) deleted += s.text;
                else if (s.kind == SegmentKind::Inserted) inserted += s.text;
                else if (all_space(s.text) && j + 1 < raw_.size()) {
                    deleted += s.text;
                    inserted += s.text;
                } else break;
                ++j;
            }
            out.deleted_words += count_words(deleted);
            out.inserted_words += count_words(inserted);
            // Spaces both sides begin or end with are not part of the change.
            std::string lead, trail;
            if (!deleted.empty() && !inserted.empty()) {
                while (!deleted.empty() && !inserted.empty() && deleted.back() == inserted.back() &&
                       is_space(deleted.back())) {
                    trail.insert(trail.begin(), deleted.back());
                    deleted.pop_back();
                    inserted.pop_back();
                }
                std::size_t k = 0;
                while (k < deleted.size() && k < inserted.size() && deleted[k] == inserted[k] && is_space(deleted[k])) ++k;
                lead = deleted.substr(0, k);
                deleted.erase(0, k);
                inserted.erase(0, k);
            }
            emit(SegmentKind::Equal, std::move(lead));
            emit(SegmentKind::Deleted, std::move(deleted));
            emit(SegmentKind::Inserted, std::move(inserted));
            emit(SegmentKind::Equal, std::move(trail));
            i = j;
        }
        return out;
    }

private:
    std::vector<RedlineSegment> raw_;
};

void compare_words(const std::string& before, const std::string& after, Builder& out) {
    if (before.empty() || after.empty()) {
        out.push(SegmentKind::Deleted, before);
        out.push(SegmentKind::Inserted, after);
        return;
    }
    const std::vector<std::string> a = split_words(before);
    const std::vector<std::string> b = split_words(after);
    if (a.size() + b.size() > max_word_diff_tokens) {
        out.push(SegmentKind::Deleted, before);
        out.push(SegmentKind::Inserted, after);
        return;
    }
    for (const EditStep& s : diff_sequences(a, b, Compare::WhitespaceEqual)) {
        switch (s.op) {
            case EditOp::Keep: out.push(SegmentKind::Equal, b[s.b]); break;
            case EditOp::Delete: out.push(SegmentKind::Deleted, a[s.a]); break;
            case EditOp::Insert: out.push(SegmentKind::Inserted, b[s.b]); break;
        }
    }
}

void escape_html(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
}

}  // namespace

const char* segment_kind_id(SegmentKind kind) {
    switch (kind) {
        case SegmentKind::Equal: return "equal";
        case SegmentKind::Inserted: return "inserted";
        case SegmentKind::Deleted: return "deleted";
    }
    return "equal";
}

Redline redline_text(std::string_view before, std::string_view after) {
    const std::vector<std::string> a = split_lines(before);
    const std::vector<std::string> b = split_lines(after);
    Builder out;
    std::string deleted, inserted;
    auto flush = [&] {
        compare_words(deleted, inserted, out);
        deleted.clear();
        inserted.clear();
    };
    for (const EditStep& s : diff_sequences(a, b)) {
        switch (s.op) {
            case EditOp::Keep:
                flush();
                out.push(SegmentKind::Equal, b[s.b]);
                break;
            case EditOp::Delete: deleted += a[s.a]; break;
            case EditOp::Insert: inserted += b[s.b]; break;
        }
    }
    flush();
    return out.finish();
}

Redline redline_agreements(const Agreement& before, const Agreement& after) {
    return redline_text(render_text(build_document(before)), render_text(build_document(after)));
}

std::string redline_to_html(const Redline& redline, std::string_view before_name, std::string_view after_name) {
    std::string out;
    out.reserve(4096);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Redline: ";
    escape_html(out, before_name);
    out += " \xE2\x86\x92 ";
    escape_html(out, after_name);
    out +=
        "</title>\n<style>\n"
        "body { font: 11pt/1.5 Georgia, 'Times New Roman', serif; max-width: 52em; margin: 2em auto;"
        " padding: 0 1em; color: #111; }\n"
        "h1 { font-size: 1.3em; }\n"
        ".meta { color: #444; font-size: 0.9em; }\n"
        ".text { white-space: pre-wrap; font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace;"
        " font-size: 0.85em; }\n"
        "ins { background: #d8f5d8; color: #0a5d0a; text-decoration: underline; }\n"
        "del { background: #fadada; color: #9b1010; text-decoration: line-through; }\n"
        "@media print { body { margin: 0; max-width: none; } ins, del { -webkit-print-color-adjust: exact;"
        " print-color-adjust: exact; } }\n"
        "</style>\n</head>\n<body>\n<h1>Redline: ";
    escape_html(out, before_name);
    out += " \xE2\x86\x92 ";
    escape_html(out, after_name);
    out += "</h1>\n<p class=\"meta\">";
    if (redline.identical()) {
        out += "No differences in the document text.";
    } else {
        out += "<ins>Inserted</ins>: " + std::to_string(redline.inserted_words) + " words. <del>Deleted</del>: " +
               std::to_string(redline.deleted_words) + " words.";
    }
    out += " A draft for review by a lawyer, not legal advice.</p>\n<div class=\"text\">";
    for (const RedlineSegment& s : redline.segments) {
        const char* tag = s.kind == SegmentKind::Inserted ? "ins" : s.kind == SegmentKind::Deleted ? "del" : nullptr;
        if (tag) out += std::string("<") + tag + ">";
        escape_html(out, s.text);
        if (tag) out += std::string("</") + tag + ">";
    }
    out += "</div>\n</body>\n</html>\n";
    return out;
}

}  // namespace bpo
