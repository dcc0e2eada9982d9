#include "ui/widgets.hpp"

#include <imgui.h>

#include "ui/theme.hpp"

namespace bpo::ui {

int resize_string_callback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

bool input_text(const char* label, std::string& value, const char* hint) {
    ImGui::SetNextItemWidth(-1);
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    if (hint)
        return ImGui::InputTextWithHint(label, hint, value.data(), value.capacity() + 1, flags,
                                        resize_string_callback, &value);
    return ImGui::InputText(label, value.data(), value.capacity() + 1, flags, resize_string_callback, &value);
}

bool input_text_multiline(const char* label, std::string& value, float height_em) {
    return ImGui::InputTextMultiline(label, value.data(), value.capacity() + 1,
                                     ImVec2(-1, em(height_em)),
                                     ImGuiInputTextFlags_CallbackResize, resize_string_callback, &value);
}

void form_label(const char* text, float label_width_em) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine(em(label_width_em));
}

}  // namespace bpo::ui
