#include "ui/fields.hpp"

#include <algorithm>
#include <cstdio>

#include "core/dates.hpp"
#include "core/money.hpp"
#include "core/user_input.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace bpo::ui {

namespace {

// While a parsed field (date, money, percent) is being typed into, its text may not parse yet:
// it lives here until it does, instead of being overwritten from the model every frame.
struct PendingText {
    std::string pointer;
    std::string text;
};
PendingText& pending() {
    static PendingText p;
    return p;
}

void note_marker(ViewContext& ctx, const std::string& pointer) {
    const auto it = ctx.ui.field_notes.find(pointer);
    if (it == ctx.ui.field_notes.end()) return;
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImU32 colour = it->second.severity == 0   ? IM_COL32(200, 40, 40, 255)
                         : it->second.severity == 1 ? IM_COL32(214, 140, 20, 255)
                                                    : IM_COL32(60, 120, 200, 255);
    ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - 1, min.y - 1), ImVec2(max.x + 1, max.y + 1), colour,
                                        ImGui::GetStyle().FrameRounding, 0, 1.5f);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", it->second.message.c_str());
}

// A text field whose text must parse before it reaches the model.
bool parsed_field(ViewContext& ctx, const char* label, const std::string& pointer, const std::string& model_text,
                  const char* hint, const char* format_help,
                  const std::function<bool(const std::string&, bool)>& try_commit) {
    field_label(ctx, label, pointer);
    PendingText& p = pending();
    std::string text = p.pointer == pointer ? p.text : model_text;
    bool changed = false;
    if (input_text(("##" + pointer).c_str(), text, hint)) {
        changed = try_commit(text, true);
    }
    const bool active = ImGui::IsItemActive();
    note_marker(ctx, pointer);
    if (active) {
        p.pointer = pointer;
        p.text = text;
    } else if (p.pointer == pointer) {
        p.pointer.clear();  // focus left: show the model's value again
    }
    if (active && !text.empty() && text != model_text && !changed && !try_commit(text, false)) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 40, 40, 255));
        ImGui::TextUnformatted(format_help);
        ImGui::PopStyleColor();
    }
    if (ImGui::IsItemDeactivated()) ctx.session.history.seal();
    ImGui::PopID();
    return changed;
}

// Width to give a number input so its unit fits after it: at least 6 em, more for a long unit.
float unit_room(const char* unit) {
    if (!unit) return -1;
    return -std::max(em(6), ImGui::CalcTextSize(unit).x + 2 * ImGui::GetStyle().ItemSpacing.x);
}

}  // namespace

std::string ptr(const std::string& base, const char* key) { return base + "/" + key; }
std::string ptr(const std::string& base, std::size_t index) { return base + "/" + std::to_string(index); }

void heading(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    ImGui::Separator();
}

bool begin_form(const char* id) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) return false;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, em(11));
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void end_form() { ImGui::EndTable(); }

void field_label(ViewContext& ctx, const char* label, const std::string& pointer, const char* help) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    if (help && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
    ImGui::TableNextColumn();
    ImGui::PushID(pointer.c_str());
    if (!ctx.ui.focus_pointer.empty() && ctx.ui.focus_pointer == pointer) {
        ImGui::SetScrollHereY(0.3f);
        ImGui::SetKeyboardFocusHere();
        ctx.ui.focus_pointer.clear();
    }
}

void field_end(ViewContext& ctx, const std::string& pointer) {
    note_marker(ctx, pointer);
    if (ImGui::IsItemDeactivated()) ctx.session.history.seal();
    ImGui::PopID();
}

bool text_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<std::string> locate,
                const char* hint) {
    field_label(ctx, label, pointer);
    const std::string* current = locate(ctx.agreement());
    std::string text = current ? *current : std::string{};
    const bool changed = input_text(("##" + pointer).c_str(), text, hint);
    if (changed) commit<std::string>(ctx, label, pointer, locate, text);
    field_end(ctx, pointer);
    return changed;
}

bool text_area(ViewContext& ctx, const char* label, const std::string& pointer, Locate<std::string> locate,
               float height_em) {
    field_label(ctx, label, pointer);
    const std::string* current = locate(ctx.agreement());
    std::string text = current ? *current : std::string{};
    const bool changed = input_text_multiline(("##" + pointer).c_str(), text, height_em);
    if (changed) commit<std::string>(ctx, label, pointer, locate, text);
    field_end(ctx, pointer);
    return changed;
}

bool int_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<int> locate,
               const char* unit, int min, int max) {
    field_label(ctx, label, pointer);
    const int* current = locate(ctx.agreement());
    int value = current ? *current : 0;
    ImGui::SetNextItemWidth(unit_room(unit));
    bool changed = ImGui::InputInt(("##" + pointer).c_str(), &value, 1, 10);
    if (changed) {
        value = std::clamp(value, min, max);
        changed = !current || value != *current;
        if (changed) commit<int>(ctx, label, pointer, locate, value);
    }
    note_marker(ctx, pointer);
    if (ImGui::IsItemDeactivated()) ctx.session.history.seal();
    if (unit) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", unit);
    }
    ImGui::PopID();
    return changed;
}

bool double_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<double> locate,
                  const char* unit) {
    field_label(ctx, label, pointer);
    const double* current = locate(ctx.agreement());
    double value = current ? *current : 0;
    ImGui::SetNextItemWidth(unit_room(unit));
    const bool changed = ImGui::InputDouble(("##" + pointer).c_str(), &value, 0, 0, "%.6g");
    if (changed) commit<double>(ctx, label, pointer, locate, std::max(0.0, value));
    note_marker(ctx, pointer);
    if (ImGui::IsItemDeactivated()) ctx.session.history.seal();
    if (unit) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", unit);
    }
    ImGui::PopID();
    return changed;
}

bool optional_double_field(ViewContext& ctx, const char* label, const std::string& pointer,
                           Locate<std::optional<double>> locate, const char* unit) {
    const std::optional<double>* current = locate(ctx.agreement());
    std::string model_text;
    if (current && *current) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.10g", **current);
        model_text = buffer;
    }
    const std::string hint = unit ? std::string("value in ") + unit : std::string("a number");
    return parsed_field(ctx, label, pointer, model_text, hint.c_str(), "Type a number, e.g. 80 or 99.5",
                        [&](const std::string& text, bool apply) {
                            if (text.empty()) {
                                if (apply) commit<std::optional<double>>(ctx, label, pointer, locate, std::nullopt);
                                return true;
                            }
                            char* end = nullptr;
                            const double v = std::strtod(text.c_str(), &end);
                            if (!end || *end != '\0') return false;
                            if (apply) commit<std::optional<double>>(ctx, label, pointer, locate, v);
                            return true;
                        });
}

bool money_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<Money> locate) {
    const std::string& currency = ctx.agreement().pricing.currency;
    const int decimals = currency_decimals(currency);
    const Money* current = locate(ctx.agreement());
    const std::string model_text = current ? money_input_text(*current, decimals) : std::string{};
    const std::string hint = "amount in " + currency;
    return parsed_field(ctx, label, pointer, model_text, hint.c_str(),
                        decimals ? "Type an amount such as 12500 or 12,500.00" : "Type a whole amount such as 12500",
                        [&](const std::string& text, bool apply) {
                            const auto value = text.empty() ? std::optional<Money>(Money{}) : parse_money_input(text, decimals);
                            if (!value) return false;
                            if (apply) commit<Money>(ctx, label, pointer, locate, *value);
                            return true;
                        });
}

bool percent_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<BasisPoints> locate) {
    const BasisPoints* current = locate(ctx.agreement());
    const std::string model_text = current ? percent_input_text(*current) : std::string{};
    return parsed_field(ctx, label, pointer, model_text, "percent", "Type a percentage such as 12.5",
                        [&](const std::string& text, bool apply) {
                            const auto value = text.empty() ? std::optional<BasisPoints>(0) : parse_percent_input(text);
                            if (!value) return false;
                            if (apply) commit<BasisPoints>(ctx, label, pointer, locate, *value);
                            return true;
                        });
}

bool date_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<Date> locate) {
    const Date* current = locate(ctx.agreement());
    const std::string model_text = current ? to_iso(*current) : std::string{};
    return parsed_field(ctx, label, pointer, model_text, "YYYY-MM-DD", "Type a date as YYYY-MM-DD, e.g. 2027-01-31",
                        [&](const std::string& text, bool apply) {
                            if (text.empty()) {
                                if (apply) commit<Date>(ctx, label, pointer, locate, Date{});
                                return true;
                            }
                            const auto d = parse_iso_date(text);
                            if (!d) return false;
                            if (apply) commit<Date>(ctx, label, pointer, locate, *d);
                            return true;
                        });
}

bool bool_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<bool> locate) {
    field_label(ctx, label, pointer);
    const bool* current = locate(ctx.agreement());
    bool value = current && *current;
    const bool changed = ImGui::Checkbox(("##" + pointer).c_str(), &value);
    if (changed) commit<bool>(ctx, label, pointer, locate, value);
    field_end(ctx, pointer);
    return changed;
}

bool string_list_field(ViewContext& ctx, const char* label, const std::string& pointer,
                       Locate<std::vector<std::string>> locate, const char* hint) {
    const std::vector<std::string>* current = locate(ctx.agreement());
    std::string model_text;
    if (current)
        for (const std::string& s : *current) model_text += (model_text.empty() ? "" : ", ") + s;
    return parsed_field(ctx, label, pointer, model_text, hint ? hint : "comma-separated", "",
                        [&](const std::string& text, bool apply) {
                            std::vector<std::string> items;
                            std::string item;
                            auto flush = [&] {
                                const auto b = item.find_first_not_of(' ');
                                const auto e = item.find_last_not_of(' ');
                                if (b != std::string::npos) items.push_back(item.substr(b, e - b + 1));
                                item.clear();
                            };
                            for (char c : text) {
                                if (c == ',') flush();
                                else item += c;
                            }
                            flush();
                            if (apply) commit<std::vector<std::string>>(ctx, label, pointer, locate, items);
                            return true;
                        });
}


namespace {

// choice_field with the current option found by the caller (null: none matches).
bool choice_combo(ViewContext& ctx, const char* label, const std::string& pointer, Locate<std::string> locate,
                  const std::vector<Choice>& choices, const char* none_label,
                  const std::function<const Choice*(const std::string&)>& find) {
    field_label(ctx, label, pointer);
    const std::string* current = locate(ctx.agreement());
    const std::string id = current ? *current : std::string{};
    std::string preview;
    if (id.empty()) {
        preview = none_label ? none_label : "";
    } else {
        const Choice* chosen = find(id);
        preview = chosen ? chosen->label : "(unknown: " + id + ")";
    }
    bool changed = false;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo(("##" + pointer).c_str(), preview.c_str())) {
        auto option = [&](const std::string& value, const std::string& text) {
            const bool selected = value == id;
            ImGui::PushID(value.c_str());
            if (ImGui::Selectable(text.c_str(), selected) && !selected) {
                commit<std::string>(ctx, label, pointer, locate, value);
                changed = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        };
        // Options: the empty one first (if offered), then the choices; only those in view are drawn,
        // and the chosen one when the list opens, so it is scrolled to.
        const int offset = none_label ? 1 : 0;
        const int count = static_cast<int>(choices.size()) + offset;
        ImGuiListClipper clipper;
        clipper.Begin(count, ImGui::GetTextLineHeightWithSpacing());
        if (ImGui::IsWindowAppearing() && !id.empty()) {
            if (const Choice* chosen = find(id)) {
                const int at = static_cast<int>(chosen - choices.data()) + offset;
                clipper.ForceDisplayRangeByIndices(at, at + 1);
            }
        }
        while (clipper.Step()) {
            for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
                if (k < offset) option(std::string{}, none_label);
                else option(choices[static_cast<std::size_t>(k - offset)].id, choices[static_cast<std::size_t>(k - offset)].label);
            }
        }
        if (choices.empty() && !none_label) ImGui::TextDisabled("Nothing to choose from yet");
        ImGui::EndCombo();
    }
    field_end(ctx, pointer);
    return changed;
}

}  // namespace

bool choice_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<std::string> locate,
                  const std::vector<Choice>& choices, const char* none_label) {
    return choice_combo(ctx, label, pointer, std::move(locate), choices, none_label, [&](const std::string& id) {
        const Choice* found = nullptr;
        for (const Choice& c : choices)
            if (c.id == id) found = &c;  // the last one, as the list shows a duplicate id's last label
        return found;
    });
}

std::vector<Choice> service_choices(const Agreement& agreement) {
    std::vector<Choice> out;
    out.reserve(agreement.services.size());
    for (const Service& s : agreement.services)
        out.push_back({s.id, s.name.empty() ? "Service " + s.id : s.name});
    return out;
}

const ServiceChoices& service_choices(const ViewContext& ctx) {
    static PerRevision<ServiceChoices> cache;
    return cache.get(ctx, [](const Agreement& a) {
        ServiceChoices out;
        out.choices = service_choices(a);
        out.position.reserve(out.choices.size());
        for (std::size_t i = 0; i < out.choices.size(); ++i) out.position[out.choices[i].id] = i;  // last one wins
        return out;
    });
}

bool service_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<std::string> locate,
                   const char* none_label) {
    const ServiceChoices& services = service_choices(ctx);
    return choice_combo(ctx, label, pointer, std::move(locate), services.choices, none_label,
                        [&](const std::string& id) { return services.find(id); });
}

bool suggest_text_field(ViewContext& ctx, const char* label, const std::string& pointer,
                        Locate<std::string> locate, const std::vector<std::string>& suggestions,
                        const char* hint) {
    field_label(ctx, label, pointer);
    const std::string* current = locate(ctx.agreement());
    std::string text = current ? *current : std::string{};
    const float button = ImGui::GetFrameHeight();
    bool changed = false;
    ImGui::SetNextItemWidth(-(button + ImGui::GetStyle().ItemInnerSpacing.x));
    if (ImGui::InputTextWithHint(("##" + pointer).c_str(), hint ? hint : "", text.data(), text.capacity() + 1,
                                 ImGuiInputTextFlags_CallbackResize, resize_string_callback, &text)) {
        commit<std::string>(ctx, label, pointer, locate, text);
        changed = true;
    }
    note_marker(ctx, pointer);
    if (ImGui::IsItemDeactivated()) ctx.session.history.seal();
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::ArrowButton("##suggest", ImGuiDir_Down)) ImGui::OpenPopup("##suggestions");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Common values");
    if (ImGui::BeginPopup("##suggestions")) {
        for (const std::string& s : suggestions) {
            if (ImGui::Selectable(s.c_str(), s == text) && s != text) {
                commit<std::string>(ctx, label, pointer, locate, s);
                ctx.session.history.seal();
                changed = true;
            }
        }
        ImGui::EndPopup();
    }
    ImGui::PopID();
    return changed;
}

bool string_rows_field(ViewContext& ctx, const char* label, const std::string& pointer,
                       Locate<std::vector<std::string>> locate, const char* item_noun, const char* hint) {
    field_label(ctx, label, pointer);
    const std::vector<std::string>* current = locate(ctx.agreement());
    const std::vector<std::string> items = current ? *current : std::vector<std::string>{};
    bool changed = false;
    const float remove_width = ImGui::CalcTextSize("Remove").x + 2 * ImGui::GetStyle().FramePadding.x;
    for (std::size_t i = 0; i < items.size() && !changed; ++i) {
        const std::string item_pointer = ptr(pointer, i);
        ImGui::PushID(static_cast<int>(i));  // plain strings have no ids: their position is it
        std::string text = items[i];
        ImGui::SetNextItemWidth(-(remove_width + ImGui::GetStyle().ItemSpacing.x));
        if (ImGui::InputTextWithHint(("##" + item_pointer).c_str(), hint ? hint : "", text.data(), text.capacity() + 1,
                                     ImGuiInputTextFlags_CallbackResize, resize_string_callback, &text)) {
            std::vector<std::string> next = items;
            next[i] = text;
            commit<std::vector<std::string>>(ctx, label, item_pointer, locate, next);
            changed = true;
        }
        note_marker(ctx, item_pointer);
        if (ImGui::IsItemDeactivated()) ctx.session.history.seal();
        ImGui::SameLine();
        if (!changed && ImGui::Button("Remove")) {
            std::vector<std::string> next = items;
            next.erase(next.begin() + static_cast<std::ptrdiff_t>(i));
            ctx.session.history.seal();
            ctx.session.apply(set_value<std::vector<std::string>>(std::string("Remove ") + item_noun, pointer, locate,
                                                                  next, ctx.session.agreement),
                              ctx.now_ms);
            ctx.session.history.seal();
            changed = true;
        }
        ImGui::PopID();
    }
    const std::string add = std::string("Add ") + item_noun;
    if (!changed && ImGui::Button(add.c_str())) {
        std::vector<std::string> next = items;
        next.emplace_back();
        ctx.session.history.seal();
        ctx.session.apply(set_value<std::vector<std::string>>(add, pointer, locate, next, ctx.session.agreement),
                          ctx.now_ms);
        ctx.session.history.seal();
        changed = true;
    }
    field_end(ctx, pointer);
    return changed;
}

void figure_row(const char* label, const std::string& value, const char* help) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label);
    if (help && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value.c_str());
    if (help && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}

void field_note(const char* text) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

const char* unit_suffix(MetricUnit unit) {
    return unit == MetricUnit::Unspecified ? nullptr : enum_label(unit).data();  // labels are C strings
}

std::string format_measure(const std::optional<double>& value, MetricUnit unit) {
    if (!value) return {};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", *value);
    std::string out = buffer;
    if (const char* suffix = unit_suffix(unit)) out += std::string(unit == MetricUnit::Percent ? "" : " ") + suffix;
    return out;
}

void scroll_to_top_when_opened(int& last_frame) {
    const int frame = ImGui::GetFrameCount();
    if (frame != last_frame + 1 && frame != last_frame) ImGui::SetScrollY(0);
    last_frame = frame;
}

}  // namespace bpo::ui
