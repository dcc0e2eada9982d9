// Document -> Markdown (CommonMark with GFM tables). Every piece of user text is escaped so it
// prints literally: no heading, emphasis, link, HTML or table cell can come out of a field.
#pragma once

#include <string>

#include "core/document.hpp"

namespace bpo {

std::string render_markdown(const Document& document);

}  // namespace bpo
