// Document -> plain text, wrapped at 78 columns, with text tables. For email, terminals and
// tools that want no markup at all.
#pragma once

#include <string>

#include "core/document.hpp"

namespace bpo {

std::string render_text(const Document& document);

}  // namespace bpo
