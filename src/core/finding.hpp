// A finding: what a careful reviewer would say about one field of the agreement.
// The core says WHICH rule, WHERE (JSON pointer, section) and WITH WHAT values (arguments);
// the words live in one table (finding_text.hpp).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/sections.hpp"

namespace bpo {

enum class Severity { Error, Warning, Info };  // error: the agreement is wrong or unusable as is
                                               // warning: a gap or a risk to look at
                                               // info: a suggestion

const char* severity_id(Severity s);  // "error", "warning", "info"

// Named arguments, in the order the rule adds them: {"notice", "120"}, {"term", "3"}.
using FindingArgs = std::vector<std::pair<std::string, std::string>>;

struct Finding {
    std::string rule_id;       // stable: "sla.missing-target"
    Severity severity = Severity::Warning;
    std::string pointer;       // RFC 6901 pointer into the agreement's JSON: "/serviceLevels/3/expected"
    Section section = Section::Overview;  // section_of_pointer(pointer)
    FindingArgs args;

    // The value of a named argument, or "" when absent.
    std::string arg(const std::string& name) const {
        for (const auto& a : args)
            if (a.first == name) return a.second;
        return {};
    }
};

struct RuleInfo {
    const char* id;
    Severity severity;
    Section section;
};

}  // namespace bpo
