// The self-contained file carries every part of the UI font inside the wasm (cmake/WebApp.cmake).
#include "app/deferred_fonts.hpp"

extern const unsigned char font_inter_Regular_extended[];
extern const std::size_t font_inter_Regular_extended_size;
extern const unsigned char font_inter_SemiBold_all[];
extern const std::size_t font_inter_SemiBold_all_size;

namespace bpo::app {

FontBytes body_font_extension() { return {font_inter_Regular_extended, font_inter_Regular_extended_size}; }
FontBytes heading_font() { return {font_inter_SemiBold_all, font_inter_SemiBold_all_size}; }

}  // namespace bpo::app
