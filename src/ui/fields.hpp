// Form fields bound to the model. Each field is addressed by the JSON pointer of the value it
// edits (built from core/json_keys.hpp): the pointer is its ImGui id, its undo merge key, the
// target when a finding asks to focus it, and how findings mark it. A change becomes an edit
// command through Session::apply; views never write the model directly.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "core/enums.hpp"
#include "core/session.hpp"
#include "ui/app_ui.hpp"

namespace bpo::ui {

template <class T>
using Locate = std::function<T*(Agreement&)>;

// What every view gets: the session to read and change, the UI state, the time of this frame.
struct ViewContext {
    Session& session;
    UiState& ui;
    std::int64_t now_ms = 0;
    // The open draft: a newly opened draft restarts the revision count, so caches of derived
    // figures (PerRevision) key on it as well as on the revision.
    std::string draft_id = {};
    Agreement& agreement() { return session.agreement; }
};

// "/a/b" + "c" -> "/a/b/c"; numbers become indices.
std::string ptr(const std::string& base, const char* key);
std::string ptr(const std::string& base, std::size_t index);

// The label column and focus handling every field shares. Returns the ImGui id label to use.
void field_label(ViewContext& ctx, const char* label, const std::string& pointer, const char* help = nullptr);
void field_end(ViewContext& ctx, const std::string& pointer);

template <class T>
void commit(ViewContext& ctx, const char* label, const std::string& pointer, Locate<T> locate, T value) {
    ctx.session.apply(set_value<T>(std::string("Edit ") + label, pointer, std::move(locate), std::move(value),
                                   ctx.session.agreement),
                      ctx.now_ms);
}

bool text_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<std::string> locate,
                const char* hint = nullptr);
bool text_area(ViewContext& ctx, const char* label, const std::string& pointer, Locate<std::string> locate,
               float height_em = 4);
bool int_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<int> locate,
               const char* unit = nullptr, int min = 0, int max = 1000000);
bool double_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<double> locate,
                  const char* unit = nullptr);
bool optional_double_field(ViewContext& ctx, const char* label, const std::string& pointer,
                           Locate<std::optional<double>> locate, const char* unit = nullptr);
bool money_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<Money> locate);
bool percent_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<BasisPoints> locate);
bool date_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<Date> locate);
bool bool_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<bool> locate);
// A list of short strings edited as one comma-separated line ("English, Spanish").
bool string_list_field(ViewContext& ctx, const char* label, const std::string& pointer,
                       Locate<std::vector<std::string>> locate, const char* hint = nullptr);

// A combo over an enum's labels (core/enums.hpp).
template <class E>
bool enum_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<E> locate) {
    field_label(ctx, label, pointer);
    const E* current = locate(ctx.agreement());
    bool changed = false;
    const std::string preview(current ? enum_label(*current) : std::string_view{});
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo(("##" + pointer).c_str(), preview.c_str())) {
        for (const EnumEntry<E>& e : enum_table<E>()) {
            const bool selected = current && *current == e.value;
            if (ImGui::Selectable(e.label, selected) && !selected) {
                commit<E>(ctx, label, pointer, locate, e.value);
                changed = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    field_end(ctx, pointer);
    return changed;
}

// A set of enum values (frameworks, delivery locations) as a row of checkboxes.
template <class E>
bool enum_set_field(ViewContext& ctx, const char* label, const std::string& pointer,
                    Locate<std::vector<E>> locate) {
    field_label(ctx, label, pointer);
    const std::vector<E>* current = locate(ctx.agreement());
    bool changed = false;
    bool first = true;
    ImGui::PushID(pointer.c_str());
    const float right = ImGui::GetContentRegionMax().x;
    for (const EnumEntry<E>& e : enum_table<E>()) {
        if (!first) {  // wrap to a new line when the next checkbox would not fit
            const ImGuiStyle& style = ImGui::GetStyle();
            const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(e.label).x;
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
        }
        first = false;
        bool on = current && std::find(current->begin(), current->end(), e.value) != current->end();
        if (ImGui::Checkbox(e.label, &on)) {
            std::vector<E> next;
            for (const EnumEntry<E>& x : enum_table<E>()) {  // keep the table's order: canonical
                const bool was = current && std::find(current->begin(), current->end(), x.value) != current->end();
                if (x.value == e.value ? on : was) next.push_back(x.value);
            }
            commit<std::vector<E>>(ctx, label, pointer, locate, next);
            changed = true;
        }
    }
    ImGui::PopID();
    field_end(ctx, pointer);
    return changed;
}

// One option of a choice_field: the stored id and the label shown.
struct Choice {
    std::string id;
    std::string label;
};

// A combo that stores the id of the chosen option (a link to another row: service, phase).
// `none_label` adds an option storing "" ("Whole agreement"); nullptr offers no empty option.
// An id that matches no option is shown as "(unknown: id)" so a broken link is visible.
// Long option lists are clipped: only the options in view are drawn.
bool choice_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<std::string> locate,
                  const std::vector<Choice>& choices, const char* none_label = nullptr);
// The scoped services as choices, by name (a service without a name shows as "Service <id>").
std::vector<Choice> service_choices(const Agreement& agreement);

// The same, worked out once per revision of the open agreement, with a look-up by id, for what
// is drawn every frame (filters, row summaries, service fields).
struct ServiceChoices {
    std::vector<Choice> choices;
    std::unordered_map<std::string, std::size_t> position;  // service id -> index into choices
    const Choice* find(const std::string& id) const {
        const auto it = position.find(id);
        return it == position.end() ? nullptr : &choices[it->second];
    }
};
const ServiceChoices& service_choices(const ViewContext& ctx);

// choice_field over the scoped services.
bool service_field(ViewContext& ctx, const char* label, const std::string& pointer, Locate<std::string> locate,
                   const char* none_label = nullptr);

// A text field with a drop-down of common values beside it (currencies, arbitration rules);
// any other text may still be typed.
bool suggest_text_field(ViewContext& ctx, const char* label, const std::string& pointer,
                        Locate<std::string> locate, const std::vector<std::string>& suggestions,
                        const char* hint = nullptr);

// A list of free-text items, one input per item with a remove button, and an Add button
// (liability exclusions). Each change replaces the list as one undoable command.
bool string_rows_field(ViewContext& ctx, const char* label, const std::string& pointer,
                       Locate<std::vector<std::string>> locate, const char* item_noun, const char* hint = nullptr);

// A read-only figure in a form (label | value), e.g. a computed monthly fee.
void figure_row(const char* label, const std::string& value, const char* help = nullptr);
// A dim wrapped line in the field column under the previous field (an explanation, a hint).
void field_note(const char* text);

// The unit shown after a measurement ("%", "seconds"), or nullptr when the unit is not set.
const char* unit_suffix(MetricUnit unit);
// A measurement with its unit for summaries: "80 %", "5 days", "99.5" (unit not set), "" when unset.
std::string format_measure(const std::optional<double>& value, MetricUnit unit);

// Derived data (fees, the business case) recomputed only when the agreement changes, not every
// frame. Keyed on the open draft and its revision (an edit, undo or redo changes the revision;
// opening another draft changes the draft id).
template <class T>
class PerRevision {
public:
    template <class Compute>
    const T& get(const ViewContext& ctx, Compute&& compute) {
        if (!valid_ || session_ != &ctx.session || revision_ != ctx.session.revision() || draft_ != ctx.draft_id) {
            value_ = compute(ctx.session.agreement);
            session_ = &ctx.session;
            revision_ = ctx.session.revision();
            draft_ = ctx.draft_id;
            valid_ = true;
        }
        return value_;
    }

private:
    T value_{};
    const Session* session_ = nullptr;
    std::uint64_t revision_ = 0;
    std::string draft_;
    bool valid_ = false;
};

// Call first thing in a view: when the view was not drawn in the previous frame (the user just
// opened it), its window scrolls back to the top instead of keeping another view's position.
void scroll_to_top_when_opened(int& last_frame);

// Section heading inside an editor.
void heading(const char* text);
// Start and end of a two-column form (label | field); fields must be inside one.
bool begin_form(const char* id);
void end_form();

}  // namespace bpo::ui
