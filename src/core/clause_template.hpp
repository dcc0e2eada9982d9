// A compiled Mustache template for the clause library (clauses.hpp): parsed once, rendered many
// times straight from a JSON context, with no conversion of the context and no per-chunk callbacks.
//
// The subset and the line rules are those the clause templates were written against:
//   {{name}} {{a.b}} {{.}}   a value (strings as they are: the builder encodes them; numbers
//                            printed; booleans, lists and objects print nothing)
//   {{{name}}} {{&name}}     the same (nothing is escaped here)
//   {{#name}}...{{/name}}    a section: skipped when missing, false, null or an empty list; once
//                            per item for a list; once with the value pushed on the context else
//   {{^name}}...{{/name}}    an inverted section: only when missing, false, null or an empty list
//   {{! comment }}
// A name is looked up from the innermost context outwards; a dotted name is tried whole in each
// context in turn. An output line on which a rendered section opened or closed, and that
// otherwise holds only blanks, is dropped with its line break (so "{{#when.x}}" alone on a line
// leaves no empty line behind); a skipped section leaves the line break that follows it.
// Partials and delimiter changes are not supported: such a template does not compile.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace bpo {

class ClauseTemplate {
public:
    explicit ClauseTemplate(std::string_view text);
    ~ClauseTemplate();
    ClauseTemplate(const ClauseTemplate&) = delete;
    ClauseTemplate& operator=(const ClauseTemplate&) = delete;

    bool valid() const { return error_.empty(); }
    const std::string& error() const { return error_; }  // "Unclosed section \"x\" at 120"

    struct FixedLineAt;
    // Appends the rendering to `out`. Does nothing when the template is not valid. `printed`,
    // if given, gets each fixed line printed (fixed_lines() below), in order.
    void render(const nlohmann::json& context, std::string& out, std::vector<FixedLineAt>* printed = nullptr) const;

    // The lines of the template that hold no tag at all. Whenever such a line is rendered it
    // is printed whole, as it is, on an output line of its own: a caller can prepare them once.
    const std::vector<std::string_view>& fixed_lines() const { return fixed_lines_; }
    struct FixedLineAt {
        std::size_t offset;  // where the line starts in `out`
        std::size_t line;    // index in fixed_lines()
    };

    struct Node;

private:
    std::unique_ptr<Node> root_;
    std::string error_;
    std::vector<std::string_view> fixed_lines_;  // views into the nodes' text
};

}  // namespace bpo
