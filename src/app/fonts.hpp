// The UI font (Inter, subset at build time), rasterised for the current device pixel ratio.
#pragma once

namespace bpo::app {

// Which glyphs the atlas holds: every one the subset keeps, or printable ASCII alone (a fifth of
// them, baked in a fifth of the time), for a first frame known to show nothing else.
enum class FontGlyphs { AsciiOnly, All };

// (Re)builds the font atlas for `pixel_ratio` if it changed, if it holds only ASCII and `glyphs`
// asks for all, or if a part of the font has arrived since (app/deferred_fonts.hpp). Returns true
// when rebuilt, so the renderer must re-upload the font texture.
bool ensure_fonts(float pixel_ratio, FontGlyphs glyphs);

}  // namespace bpo::app
