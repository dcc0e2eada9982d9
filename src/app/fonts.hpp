// The UI font (Inter, subset at build time), rasterised for the current device pixel ratio.
#pragma once

namespace bpo::app {

// (Re)builds the font atlas for `pixel_ratio` if it changed. Returns true when rebuilt, so the
// renderer must re-upload the font texture.
bool ensure_fonts(float pixel_ratio);

}  // namespace bpo::app
