// Light and dark colour themes and the app's spacing, in multiples of the font size.
#pragma once

namespace bpo::ui {

enum class Theme { Light, Dark };

void apply_theme(Theme theme);  // colours and rounding into the current ImGui style
float em(float multiples = 1);  // multiples of the current font size, in CSS pixels

}  // namespace bpo::ui
