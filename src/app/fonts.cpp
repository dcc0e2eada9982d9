#include "app/fonts.hpp"

#include <cstddef>

#include <imgui.h>

#include "app/deferred_fonts.hpp"

extern const unsigned char font_inter_Regular_ascii[];  // printable ASCII of the body font
extern const std::size_t font_inter_Regular_ascii_size;

namespace bpo::app {

namespace {
constexpr float base_size_css_px = 15.0f;

// The glyphs the subset keeps (cmake/WebApp.cmake): ImGui bakes only the ranges it is given.
const ImWchar glyph_ranges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x2010, 0x2027, 0x2030, 0x205E, 0x20A0, 0x20C0,
    0x2190, 0x2199, 0x2122, 0x2122, 0x2713, 0x2713, 0x2717, 0x2717, 0x25B2, 0x25C0, 0,
};
const ImWchar ascii_ranges[] = {0x0020, 0x007E, 0};

void add_font(ImFontAtlas* atlas, const unsigned char* data, std::size_t size, float pixels,
              const ImWchar* ranges, bool merge = false) {
    ImFontConfig config;
    config.MergeMode = merge;             // into the font added last
    config.FontDataOwnedByAtlas = false;  // the bytes are static
    config.OversampleH = 1;               // rasterised at device resolution: no oversampling needed
    config.OversampleV = 1;
    config.PixelSnapH = true;
    atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), pixels,
                                &config, ranges);
}
}  // namespace

bool ensure_fonts(float pixel_ratio, FontGlyphs glyphs) {
    static float built_for = 0;
    static FontGlyphs built_glyphs = FontGlyphs::AsciiOnly;
    static bool built_with_heading = false;
    if (pixel_ratio <= 0) pixel_ratio = 1;
    if (glyphs == FontGlyphs::AsciiOnly) glyphs = built_glyphs;  // never fewer than already built
    const FontBytes extension = body_font_extension();
    const FontBytes heading = heading_font();
    // Until the rest of the body font is there, every glyph it has is ASCII: no rebuild for nothing.
    if (extension.data == nullptr) glyphs = FontGlyphs::AsciiOnly;
    const bool with_heading = heading.data != nullptr;
    if (pixel_ratio == built_for && glyphs == built_glyphs && with_heading == built_with_heading) return false;
    built_for = pixel_ratio;
    built_glyphs = glyphs;
    built_with_heading = with_heading;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float pixels = base_size_css_px * pixel_ratio;
    const ImWchar* ranges = glyphs == FontGlyphs::All ? glyph_ranges : ascii_ranges;
    // Index 0: body. Glyphs a part lacks are skipped; until the rest of the body font is there,
    // text beyond ASCII shows ImGui's fallback glyph.
    add_font(io.Fonts, font_inter_Regular_ascii, font_inter_Regular_ascii_size, pixels, ranges);
    if (glyphs == FontGlyphs::All) add_font(io.Fonts, extension.data, extension.size, pixels, ranges, true);
    // Index 1: headings. Until the hosted page has fetched it, the UI draws them with index 0.
    if (with_heading) add_font(io.Fonts, heading.data, heading.size, pixels, ranges);
    io.Fonts->Build();
    io.FontGlobalScale = 1.0f / pixel_ratio;  // device pixels back to CSS pixels
    return true;
}

}  // namespace bpo::app

// Dear ImGui's own default font (ProggyClean, 12 KB of data) is only ever added by
// ImFontAtlas::AddFontDefault, which the atlas calls when built with no font, as ours never is.
// The link (cmake/WebApp.cmake, --wrap) sends that call here instead, so ProggyClean is never
// linked: the default font becomes the body font.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas* atlas,
                                                                           const ImFontConfig* config) {
    ImFontConfig body = config ? *config : ImFontConfig();
    body.FontDataOwnedByAtlas = false;  // the bytes are static
    const float pixels = body.SizePixels > 0 ? body.SizePixels : bpo::app::base_size_css_px;
    return atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(font_inter_Regular_ascii),
                                       static_cast<int>(font_inter_Regular_ascii_size), pixels, &body,
                                       body.GlyphRanges ? body.GlyphRanges : bpo::app::glyph_ranges);
}
