// The self-contained file carries the headings' font inside the wasm (cmake/WebApp.cmake).
#include "app/heading_font.hpp"

extern const unsigned char font_inter_SemiBold[];
extern const std::size_t font_inter_SemiBold_size;

namespace bpo::app {

FontBytes heading_font_bytes() { return {font_inter_SemiBold, font_inter_SemiBold_size}; }

}  // namespace bpo::app
