// Goals and objectives: SMART objectives with a baseline, a target and a deadline, each showing
// which SMART letters hold (core/smart.hpp) and why a letter fails.
#include <string>
#include <unordered_map>

#include <imgui.h>

#include "core/finding_text.hpp"
#include "core/json_keys.hpp"
#include "core/smart.hpp"
#include "ui/row_list.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

const ListLocator<Objective> objectives = [](Agreement& a) { return &a.objectives; };

const char* letter_name(SmartLetter l) {
    switch (l) {
        case SmartLetter::Specific: return "Specific";
        case SmartLetter::Measurable: return "Measurable";
        case SmartLetter::Achievable: return "Achievable";
        case SmartLetter::Relevant: return "Relevant";
        case SmartLetter::TimeBound: return "Time-bound";
    }
    return "";
}

// The SMART verdict of an objective, worked out once per revision of the agreement and only
// for the objectives drawn (the Relevant letter looks through every service).
const SmartResult& smart_result(const ViewContext& ctx, const Objective& objective) {
    struct Verdicts {
        mutable std::unordered_map<const Objective*, SmartResult> by_row;  // filled as rows are drawn
    };
    static PerRevision<Verdicts> cache;
    const Verdicts& verdicts = cache.get(ctx, [](const Agreement&) { return Verdicts{}; });
    const auto found = verdicts.by_row.find(&objective);
    if (found != verdicts.by_row.end()) return found->second;
    return verdicts.by_row.emplace(&objective, check_smart(objective, ctx.session.agreement)).first->second;
}

// S M A R T in green (holds), red (fails) or grey (not assessed); the reason as a tooltip.
void smart_letters(ViewContext& ctx, const Objective& objective) {
    const SmartResult& result = smart_result(ctx, objective);
    const char* letters = "SMART";
    ImGui::BeginGroup();
    for (std::size_t i = 0; i < result.letters.size(); ++i) {
        const SmartCheck& check = result.letters[i];
        const ImU32 colour = check.state == SmartState::Pass   ? IM_COL32(30, 140, 70, 255)
                             : check.state == SmartState::Fail ? IM_COL32(200, 40, 40, 255)
                                                               : IM_COL32(130, 136, 146, 255);
        if (i > 0) ImGui::SameLine(0, em(0.3f));
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::Text("%c", letters[i]);
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
            const char* name = letter_name(check.letter);
            if (check.state == SmartState::Pass) {
                ImGui::SetTooltip("%s: holds.", name);
            } else {
                const FindingText text = text_for(check.reason, check.args);
                ImGui::SetTooltip("%s: %s\n%s%s", name, check.state == SmartState::Fail ? "fails" : "not assessed",
                                  text.message.c_str(), text.hint.empty() ? "" : ("\n" + text.hint).c_str());
            }
        }
    }
    ImGui::EndGroup();
}

std::string objective_summary(const Objective& o) {
    std::string out = o.title.empty() ? "Objective " + o.id : o.title;
    const std::string target = format_measure(o.target, o.unit);
    if (!target.empty()) out += ": " + target;
    return out;
}

void objective_fields(ViewContext& ctx, const Objective& o, const std::string& p) {
    namespace k = keys::Objective;
    auto f = [&](auto member) { return row_field(objectives, o.id, member); };
    text_field(ctx, "Title", ptr(p, k::title), f(&Objective::title), "what will change, e.g. Faster invoice processing");
    text_area(ctx, "Description", ptr(p, k::description), f(&Objective::description), 3);
    service_field(ctx, "Service", ptr(p, k::service_id), f(&Objective::service_id), "Whole agreement");
    text_field(ctx, "Metric", ptr(p, k::metric), f(&Objective::metric), "what is measured");
    enum_field<MetricUnit>(ctx, "Unit", ptr(p, k::unit), f(&Objective::unit));
    enum_field<Direction>(ctx, "Direction", ptr(p, k::direction), f(&Objective::direction));
    optional_double_field(ctx, "Baseline", ptr(p, k::baseline), f(&Objective::baseline), unit_suffix(o.unit));
    optional_double_field(ctx, "Target", ptr(p, k::target), f(&Objective::target), unit_suffix(o.unit));
    date_field(ctx, "Start", ptr(p, k::start), f(&Objective::start));
    field_note("Leave empty to start measuring on the effective date.");
    date_field(ctx, "Deadline", ptr(p, k::deadline), f(&Objective::deadline));
    text_field(ctx, "Owner", ptr(p, k::owner), f(&Objective::owner), "who is accountable");

    // The SMART verdict in words, one line per letter that does not hold.
    const SmartResult& result = smart_result(ctx, o);
    for (const SmartCheck& check : result.letters) {
        if (check.state == SmartState::Pass) continue;
        const FindingText text = text_for(check.reason, check.args);
        const std::string line = std::string(letter_name(check.letter)) +
                                 (check.state == SmartState::Fail ? ": " : " (not assessed): ") + text.message;
        field_note(line.c_str());
    }
}

}  // namespace

void draw_objectives(ViewContext& ctx) {
    heading("SMART objectives");
    ImGui::TextWrapped("Goals the parties pursue together, each with a baseline, a target and a deadline. The letters "
                       "on each objective show whether it is Specific, Measurable, Achievable, Relevant and Time-bound; "
                       "hover a letter for the reason.");
    RowListSpec<Objective> spec{
        "Objectives", "objective", std::string("/") + keys::objectives, objectives, objective_summary, objective_fields,
        [](ViewContext&) {
            Objective o;
            o.title = "New objective";
            return o;
        },
    };
    spec.badge = smart_letters;
    spec.badge_width_em = 5.5f;
    row_list(ctx, spec);
}

}  // namespace bpo::ui
