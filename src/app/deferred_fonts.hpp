// The UI font's parts that the first frames of a first visit do not draw: the body font's glyphs
// beyond ASCII (merged into index 0 of the atlas) and the headings' font (Inter SemiBold, index 1).
// Built into the self-contained file (single/fonts_embedded.cpp), or fetched by the hosted page
// after its first frame (hosted/fonts_fetched.cpp), so that the first load carries printable ASCII
// of one font only.
#pragma once

#include <cstddef>

namespace bpo::app {

struct FontBytes {
    const unsigned char* data = nullptr;  // null until the font is there
    std::size_t size = 0;
};

FontBytes body_font_extension();
FontBytes heading_font();

}  // namespace bpo::app
