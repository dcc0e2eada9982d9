// Where the headings' font (Inter SemiBold, index 1 of the atlas) comes from: built into the
// self-contained file (single/heading_font_embedded.cpp), or fetched by the hosted page after its
// first frame (hosted/heading_font_fetched.cpp), so that the first load carries one font, not two.
#pragma once

#include <cstddef>

namespace bpo::app {

struct FontBytes {
    const unsigned char* data = nullptr;  // null until the font is there
    std::size_t size = 0;
};

FontBytes heading_font_bytes();

}  // namespace bpo::app
