// The hosted page fetches the UI font's other parts after the first frame (web/app.js) and hands
// them over here; until then the atlas has printable ASCII of the body font alone, and headings
// draw with it.
#include <emscripten.h>

#include <cstdlib>

#include "app/deferred_fonts.hpp"

namespace bpo::app {
namespace {
FontBytes received[2];  // indexed as bpo_font_arrived's `which`
}

FontBytes body_font_extension() { return received[0]; }
FontBytes heading_font() { return received[1]; }

}  // namespace bpo::app

// `which`: 0 the body font's glyphs beyond ASCII, 1 the headings' font. `data` is malloc'ed by
// the page and kept for the life of the page: the atlas reads it whenever it is rebuilt (a new
// device pixel ratio). Anything else, or a second delivery, is freed and ignored.
extern "C" EMSCRIPTEN_KEEPALIVE void bpo_font_arrived(int which, unsigned char* data, std::size_t size) {
    using bpo::app::received;
    if (which < 0 || which > 1 || received[which].data) {
        std::free(data);
        return;
    }
    received[which] = {data, size};
}
