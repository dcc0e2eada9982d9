#include "core/clause_template.hpp"

#include <vector>

namespace bpo {

using nlohmann::json;

struct ClauseTemplate::Node {
    enum class Kind { Text, Newline, Value, Section, Inverted, Comment };
    Kind kind = Kind::Text;
    std::string text;               // Text, Newline: the characters
    bool dot = false;               // {{.}}: the innermost context itself
    std::vector<std::string> path;  // Value, Section, Inverted: the name split at dots
    std::vector<Node> children;     // Section, Inverted
    std::size_t fixed_line = none;  // Text: index in fixed_lines() when the text is a whole line
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
};

namespace {

using Node = ClauseTemplate::Node;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

void set_name(Node& node, std::string_view name) {
    node.dot = name == ".";
    if (node.dot) return;
    // Split at dots as getline would: empty pieces kept, a trailing empty piece dropped.
    std::size_t start = 0;
    while (start < name.size()) {
        std::size_t dot = name.find('.', start);
        if (dot == std::string_view::npos) dot = name.size();
        node.path.emplace_back(name.substr(start, dot - start));
        start = dot + 1;
    }
    if (name.empty()) node.path.emplace_back();
}

// Text is kept in runs between line breaks; a line break is a node of its own because the
// renderer decides at each one whether the line it ends is kept.
void add_text(std::vector<Node>& into, std::string_view text) {
    if (text.empty()) return;
    if (!into.empty() && into.back().kind == Node::Kind::Text) {
        into.back().text += text;
        return;
    }
    Node n;
    n.kind = Node::Kind::Text;
    n.text = std::string(text);
    into.push_back(std::move(n));
}

bool parse(std::string_view input, Node& root, std::string& error) {
    struct Open {
        Node* node;
        std::string name;
        std::size_t position;
    };
    std::vector<Open> open{{&root, {}, 0}};
    std::size_t i = 0;
    std::size_t text_start = 0;
    auto flush_text = [&](std::size_t end) { add_text(open.back().node->children, input.substr(text_start, end - text_start)); };
    while (i < input.size()) {
        const char c = input[i];
        if (c == '\n' || c == '\r') {
            flush_text(i);
            const std::size_t length = (c == '\r' && i + 1 < input.size() && input[i + 1] == '\n') ? 2 : 1;
            Node n;
            n.kind = Node::Kind::Newline;
            n.text = std::string(input.substr(i, length));
            open.back().node->children.push_back(std::move(n));
            i += length;
            text_start = i;
            continue;
        }
        if (c != '{' || input.compare(i, 2, "{{") != 0) {
            ++i;
            continue;
        }
        flush_text(i);
        const std::size_t tag_start = i;
        std::size_t contents = i + 2;
        const bool triple = tag_start + 2 != input.size() && contents < input.size() && input[contents] == '{';
        if (triple) ++contents;
        const std::string_view close = triple ? "}}}" : "}}";
        const std::size_t end = input.find(close, contents);
        if (end == std::string_view::npos) {
            error = "Unclosed tag at " + std::to_string(tag_start);
            return false;
        }
        const std::string_view tag = trim(input.substr(contents, end - contents));
        i = end + close.size();
        text_start = i;
        Node n;
        n.kind = Node::Kind::Value;
        if (triple || tag.empty()) {
            set_name(n, tag);
            open.back().node->children.push_back(std::move(n));
            continue;
        }
        const char sigil = tag[0];
        const std::string_view name = trim(tag.substr(1));
        switch (sigil) {
            case '!': n.kind = Node::Kind::Comment; break;
            case '&': set_name(n, name); break;
            case '#':
            case '^':
                n.kind = sigil == '#' ? Node::Kind::Section : Node::Kind::Inverted;
                set_name(n, name);
                open.back().node->children.push_back(std::move(n));
                open.push_back(Open{&open.back().node->children.back(), std::string(name), tag_start});
                continue;
            case '/':
                if (open.size() == 1) {
                    error = "Unopened section \"" + std::string(name) + "\" at " + std::to_string(tag_start);
                    return false;
                }
                if (open.back().name != name) {
                    error = "Unclosed section \"" + open.back().name + "\" at " + std::to_string(open.back().position);
                    return false;
                }
                open.pop_back();
                continue;
            case '>':
            case '=':
                error = std::string(sigil == '>' ? "Partial" : "Delimiter change") + " not supported at " + std::to_string(tag_start);
                return false;
            default: set_name(n, tag); break;
        }
        open.back().node->children.push_back(std::move(n));
    }
    flush_text(input.size());
    if (open.size() > 1) {
        error = "Unclosed section \"" + open[1].name + "\" at " + std::to_string(open[1].position);
        return false;
    }
    return true;
}

// Marks each Text node that fills a whole line (it starts the template or follows a line
// break in the same list, and a line break follows it): nothing else can be printed on that line.
void find_fixed_lines(Node& parent, bool at_template_start, std::vector<std::string_view>& lines) {
    std::vector<Node>& nodes = parent.children;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        Node& n = nodes[i];
        if (n.kind == Node::Kind::Section || n.kind == Node::Kind::Inverted) {
            find_fixed_lines(n, false, lines);
            continue;
        }
        if (n.kind != Node::Kind::Text) continue;
        const bool starts_line = i == 0 ? at_template_start : nodes[i - 1].kind == Node::Kind::Newline;
        const bool ends_line = i + 1 < nodes.size() && nodes[i + 1].kind == Node::Kind::Newline;
        if (!starts_line || !ends_line) continue;
        n.fixed_line = lines.size();
        lines.push_back(n.text);
    }
}

class Renderer {
public:
    Renderer(const json& context, std::string& out, std::vector<ClauseTemplate::FixedLineAt>* printed)
        : out_(out), line_start_(out.size()), printed_(printed) {
        stack_.push_back(&context);
    }

    void children(const std::vector<Node>& nodes) {
        for (const Node& n : nodes) node(n);
    }

    void finish() { end_line({}); }

private:
    // At a line break: a line that held a section tag and nothing but blanks is dropped.
    void end_line(std::string_view line_break) {
        bool blank = true;
        if (section_tag_)
            for (std::size_t i = line_start_; i < out_.size() && blank; ++i) blank = out_[i] == ' ' || out_[i] == '\t';
        if (section_tag_ && blank) out_.resize(line_start_);
        else out_ += line_break;
        line_start_ = out_.size();
        section_tag_ = false;
    }

    const json* lookup(const Node& n) const {
        if (n.dot) return stack_.back();
        for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
            const json* value = *it;
            for (const std::string& key : n.path) {
                if (!value->is_object()) { value = nullptr; break; }
                const auto found = value->find(key);
                if (found == value->end()) { value = nullptr; break; }
                value = &*found;
            }
            if (value) return value;
        }
        return nullptr;
    }

    static bool falsy(const json& v) {
        return v.is_null() || (v.is_boolean() && !v.get<bool>()) || (v.is_array() && v.empty());
    }

    void section(const Node& n, const json* value) {
        if (value && value->is_array() && !value->empty()) {
            for (const json& item : *value) once(n, &item);
        } else {
            once(n, value);
        }
    }

    void once(const Node& n, const json* value) {
        section_tag_ = true;  // the opening tag
        if (value) stack_.push_back(value);
        children(n.children);
        if (value) stack_.pop_back();
        section_tag_ = true;  // the closing tag
    }

    void node(const Node& n) {
        switch (n.kind) {
            case Node::Kind::Text:
                if (printed_ && n.fixed_line != Node::none) printed_->push_back({out_.size(), n.fixed_line});
                out_ += n.text;
                break;
            case Node::Kind::Newline: end_line(n.text); break;
            case Node::Kind::Comment: break;
            case Node::Kind::Value: {
                const json* v = lookup(n);
                if (!v) break;
                if (v->is_string()) out_ += v->get_ref<const std::string&>();
                else if (v->is_number()) out_ += v->dump();
                break;
            }
            case Node::Kind::Section: {
                const json* v = lookup(n);
                if (v && !falsy(*v)) section(n, v);
                break;
            }
            case Node::Kind::Inverted: {
                const json* v = lookup(n);
                if (!v || falsy(*v)) section(n, v);
                break;
            }
        }
    }

    std::string& out_;
    std::size_t line_start_;
    bool section_tag_ = false;
    std::vector<ClauseTemplate::FixedLineAt>* printed_;
    std::vector<const json*> stack_;
};

}  // namespace

ClauseTemplate::ClauseTemplate(std::string_view text) : root_(std::make_unique<Node>()) {
    root_->kind = Node::Kind::Section;
    if (!parse(text, *root_, error_)) root_->children.clear();
    find_fixed_lines(*root_, true, fixed_lines_);
}

ClauseTemplate::~ClauseTemplate() = default;

void ClauseTemplate::render(const json& context, std::string& out, std::vector<FixedLineAt>* printed) const {
    if (!valid()) return;
    Renderer r(context, out, printed);
    r.children(root_->children);
    r.finish();
}

}  // namespace bpo
