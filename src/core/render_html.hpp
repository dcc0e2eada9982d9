// Document -> one standalone HTML page (semantic markup, embedded screen and print CSS with a
// page break before the signatures and before each schedule). Every string from the model is
// escaped; nothing from a field can become markup or script.
#pragma once

#include <string>

#include "core/document.hpp"

namespace bpo {

std::string render_html(const Document& document);

// The same markup without <html>/<head>/<body> and without styles: for an in-app preview.
std::string render_html_fragment(const Document& document);

}  // namespace bpo
