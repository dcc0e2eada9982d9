// The hosted page fetches the headings' font after the first frame (web/app.js) and hands it over
// here; until then the atlas has the body font alone and headings draw with it.
#include <emscripten.h>

#include <cstdlib>

#include "app/heading_font.hpp"

namespace bpo::app {
namespace {
FontBytes received;
}

FontBytes heading_font_bytes() { return received; }

}  // namespace bpo::app

// `data` is malloc'ed by the page and kept for the life of the page: the atlas reads it whenever
// it is rebuilt (a new device pixel ratio). A second delivery is ignored.
extern "C" EMSCRIPTEN_KEEPALIVE void bpo_heading_font_arrived(unsigned char* data, std::size_t size) {
    if (bpo::app::received.data) {
        std::free(data);
        return;
    }
    bpo::app::received = {data, size};
}
