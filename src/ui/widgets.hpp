// Small widgets shared by the views: std::string text fields and labelled rows.
#pragma once

#include <string>

struct ImGuiInputTextCallbackData;  // imgui.h

namespace bpo::ui {

// The ImGuiInputTextFlags_CallbackResize callback for a std::string passed as user data, so
// ImGui can grow the string it edits in place (for fields the helpers below do not cover).
int resize_string_callback(ImGuiInputTextCallbackData* data);

// Single-line text field bound to a copy of a model string. Returns true when the user changed
// it; `value` then holds the new text for the caller to turn into an edit command.
bool input_text(const char* label, std::string& value, const char* hint = nullptr);
bool input_text_multiline(const char* label, std::string& value, float height_em = 5);

// A label in the left column of a two-column form, then the cursor moves to the field column.
void form_label(const char* text, float label_width_em = 11);

}  // namespace bpo::ui
