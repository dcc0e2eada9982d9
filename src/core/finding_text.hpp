// The ONE table of wording: for every rule id (and every SMART reason id, credit note and
// planning assumption) a message and a hint, with {name} placeholders filled from the
// finding's arguments. The core never builds sentences elsewhere.
#pragma once

#include <string>
#include <string_view>

#include "core/finding.hpp"

namespace bpo {

struct FindingText {
    std::string message;  // what is wrong, in plain words
    std::string hint;     // how to fix it
};

// The wording of a finding with its arguments filled in. For objective.not-* findings the
// argument "reason" (a SMART reason id) is expanded into that reason's own wording.
FindingText finding_text(const Finding& finding);

// The wording of any id in the table (rule, "smart.*" reason, "note.*" credit note,
// "assumption.*"), filled with args. Unknown ids give the id itself as message and no hint.
FindingText text_for(std::string_view id, const FindingArgs& args = {});

// True when the table has wording for the id.
bool has_text(std::string_view id);

// Replaces each {name} with the argument's value; unknown names are left as they are.
std::string fill(std::string_view pattern, const FindingArgs& args);

}  // namespace bpo
