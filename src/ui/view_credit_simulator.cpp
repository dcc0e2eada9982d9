// The credit simulator: the user types a few months of actual performance per service level;
// core/credits.hpp says which levels were met or missed, the credits, the cap, earn-back and the
// net credit. The view parses what was typed, lays out the report and charts the net credit.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "core/credits.hpp"
#include "core/finding_text.hpp"
#include "core/money.hpp"
#include "ui/view_tools.hpp"
#include "ui/widgets.hpp"

namespace bpo::ui {

namespace {

constexpr int max_months = 12;

YearMonth add_months(YearMonth m, int n) {
    const int index = m.index() + n;
    return YearMonth{index / 12, index % 12 + 1};
}

// The first simulated month: what the user typed, else the effective date's month.
std::optional<YearMonth> first_month(const Agreement& a, const CreditSimulatorInput& in) {
    if (!in.first_month.empty()) return parse_year_month(in.first_month);
    if (a.term.effective_date.is_set()) return YearMonth{a.term.effective_date.year, a.term.effective_date.month};
    return std::nullopt;
}

// A typed cell as a number; nullopt when empty or not a number.
std::optional<double> parse_cell(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(v)) return std::nullopt;
    return v;
}

Actuals actuals_from(const Agreement& a, const CreditSimulatorInput& in, YearMonth first) {
    Actuals actuals;
    for (int m = 0; m < in.months; ++m) {
        ActualsMonth month;
        month.month = add_months(first, m);
        for (const ServiceLevel& sl : a.service_levels) {
            const auto ex = in.excluded.find(sl.id);
            if (ex != in.excluded.end()) {
                const auto cell = ex->second.find(m);
                if (cell != ex->second.end() && cell->second) {
                    month.excluded[sl.id] = "exclusion applies";
                    continue;
                }
            }
            const auto vals = in.values.find(sl.id);
            if (vals == in.values.end()) continue;
            const auto cell = vals->second.find(m);
            if (cell == vals->second.end()) continue;
            if (const auto v = parse_cell(cell->second)) month.values[sl.id] = *v;
        }
        actuals.months.push_back(std::move(month));
    }
    return actuals;
}

// Recomputed only when the agreement or the typed input changes.
const CreditReport& report_for(ViewContext& ctx, const CreditSimulatorInput& in, YearMonth first) {
    struct Cache {
        const Session* session = nullptr;
        std::string draft;
        std::uint64_t revision = 0;
        const CreditSimulatorInput* input = nullptr;
        std::uint64_t generation = 0;
        int first = -1;
        bool valid = false;
        CreditReport report;
    };
    static Cache cache;
    if (!cache.valid || cache.session != &ctx.session || cache.draft != ctx.draft_id ||
        cache.revision != ctx.session.revision() || cache.input != &in || cache.generation != in.generation || cache.first != first.index()) {
        cache.report = compute_credits(ctx.agreement(), actuals_from(ctx.agreement(), in, first));
        cache.session = &ctx.session;
        cache.draft = ctx.draft_id;
        cache.revision = ctx.session.revision();
        cache.input = &in;
        cache.generation = in.generation;
        cache.first = first.index();
        cache.valid = true;
    }
    return cache.report;
}

ImU32 outcome_colour(SlOutcome o) {
    switch (o) {
        case SlOutcome::Met: return IM_COL32(30, 140, 70, 255);
        case SlOutcome::BelowExpected: return IM_COL32(200, 130, 20, 255);
        case SlOutcome::Missed: return IM_COL32(200, 40, 40, 255);
        default: return ImGui::GetColorU32(ImGuiCol_TextDisabled);
    }
}

std::string level_name(const ServiceLevel& sl) { return sl.name.empty() ? "Service level " + sl.id : sl.name; }

// The name with its service, since the same metric often measures several services.
std::string level_label(const ViewContext& ctx, const ServiceLevel& sl) {
    std::string out = level_name(sl);
    const ServiceChoices& services = service_choices(ctx);
    if (const Choice* service = services.find(sl.service_id)) {
        const std::size_t at = static_cast<std::size_t>(service - services.choices.data());
        const std::vector<Service>& all = ctx.session.agreement.services;
        if (at < all.size() && !all[at].name.empty()) out += "  \xC2\xB7  " + all[at].name;
    }
    return out;
}

// Service levels by id, once per revision (the notes name the level they concern).
const std::unordered_map<std::string, std::size_t>& level_positions(const ViewContext& ctx) {
    static PerRevision<std::unordered_map<std::string, std::size_t>> cache;
    return cache.get(ctx, [](const Agreement& a) {
        std::unordered_map<std::string, std::size_t> positions;
        for (std::size_t i = 0; i < a.service_levels.size(); ++i) positions[a.service_levels[i].id] = i;  // last wins
        return positions;
    });
}

void input_table(ViewContext& ctx, CreditSimulatorInput& in, YearMonth first) {
    const Agreement& a = ctx.agreement();
    const int columns = 2 + in.months;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row_height = ImGui::GetFrameHeight() + 2 * style.CellPadding.y;
    const bool overflows = em(13 + 6 + 5 * static_cast<float>(in.months)) > ImGui::GetContentRegionAvail().x;
    const float height = row_height * static_cast<float>(a.service_levels.size() + 1) +
                         (overflows ? style.ScrollbarSize : 0.0f) + em(0.3f);
    if (!ImGui::BeginTable("##actuals", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("Service level", ImGuiTableColumnFlags_WidthFixed, em(13));
    ImGui::TableSetupColumn("Expected", ImGuiTableColumnFlags_WidthFixed, em(6));
    std::vector<std::string> month_names;
    for (int m = 0; m < in.months; ++m) month_names.push_back(to_string(add_months(first, m)));
    for (const std::string& name : month_names) ImGui::TableSetupColumn(name.c_str(), ImGuiTableColumnFlags_WidthFixed, em(5));
    ImGui::TableHeadersRow();
    // Rows are one frame high: only those in view are drawn.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(a.service_levels.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const ServiceLevel& sl = a.service_levels[static_cast<std::size_t>(row)];
            ImGui::PushID(sl.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            const std::string name = level_label(ctx, sl);
            ImGui::TextUnformatted(name.c_str());
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%s\n%s%s", name.c_str(),
                                  sl.criticality == Criticality::Critical ? "Critical: a miss earns a credit"
                                                                          : "Key measurement: reported, no credit",
                                  sl.minimum ? ("\nMinimum " + format_measure(sl.minimum, sl.unit)).c_str() : "");
            }
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", format_measure(sl.expected, sl.unit).c_str());
            for (int m = 0; m < in.months; ++m) {
                ImGui::TableNextColumn();
                ImGui::PushID(m);
                bool& excluded = in.excluded[sl.id][m];
                std::string& text = in.values[sl.id][m];
                // A cell's label names its service level and month, so tests and tools can find it.
                const std::string label = "##actual/" + sl.id + "/" + month_names[static_cast<std::size_t>(m)];
                if (excluded) {
                    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
                    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                    if (ImGui::Button(("excluded" + label).c_str(), ImVec2(-1, 0))) {
                        excluded = false;
                        ++in.generation;
                    }
                    ImGui::PopStyleColor(2);
                    if (ImGui::IsItemHovered()) ImGui::SetTooltip("An exclusion applies this month. Click to include it again.");
                } else {
                    std::string edited = text;
                    if (input_text(label.c_str(), edited, "-")) {
                        text = edited;
                        ++in.generation;
                    }
                    if (!text.empty() && !parse_cell(text)) {
                        const ImVec2 min = ImGui::GetItemRectMin();
                        const ImVec2 max = ImGui::GetItemRectMax();
                        ImGui::GetWindowDrawList()->AddRect(min, max, IM_COL32(200, 40, 40, 255),
                                                            ImGui::GetStyle().FrameRounding);
                    }
                    if (ImGui::BeginPopupContextItem("##cell-menu")) {
                        if (ImGui::Checkbox("Excluded this month", &excluded)) ++in.generation;
                        ImGui::TextDisabled("An exclusion (such as scheduled maintenance) applies.");
                        ImGui::EndPopup();
                    }
                    if (ImGui::IsItemHovered() && !ImGui::IsItemActive())
                        ImGui::SetTooltip("A number, e.g. 81.5. Right-click to mark the month as excluded.");
                }
                ImGui::PopID();
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void result_table(const ViewContext& ctx, const CreditReport& r) {
    const Agreement& a = ctx.session.agreement;
    const int columns = 1 + static_cast<int>(r.months.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row_height = ImGui::GetTextLineHeight() + 2 * style.CellPadding.y;
    const float rows = static_cast<float>(a.service_levels.size() + 7);  // header, levels, 6 money rows
    const bool overflows = em(13 + 11 * static_cast<float>(r.months.size())) > ImGui::GetContentRegionAvail().x;
    const float height = row_height * rows + (overflows ? style.ScrollbarSize : 0.0f) + em(0.3f);
    if (!ImGui::BeginTable("##results", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(13));
    std::vector<std::string> names;
    for (const CreditMonth& m : r.months) names.push_back(to_string(m.month));
    for (const std::string& n : names) ImGui::TableSetupColumn(n.c_str(), ImGuiTableColumnFlags_WidthFixed, em(11));
    ImGui::TableHeadersRow();

    // Rows are one line high: only those in view are drawn.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(a.service_levels.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::size_t i = static_cast<std::size_t>(row);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string name = level_label(ctx, a.service_levels[i]);
            ImGui::TextUnformatted(name.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
            for (const CreditMonth& m : r.months) {
                ImGui::TableNextColumn();
                if (i >= m.levels.size()) continue;
                const SlMonth& s = m.levels[i];
                ImGui::PushStyleColor(ImGuiCol_Text, outcome_colour(s.outcome));
                ImGui::TextUnformatted(outcome_label(s.outcome));
                ImGui::PopStyleColor();
                if (s.credit.minor > 0) {
                    ImGui::SameLine(0, em(0.4f));
                    ImGui::TextDisabled("%s", format_money(s.credited, r.currency).c_str());
                    if (ImGui::IsItemHovered())
                        ImGui::SetTooltip("Credit %s, %s after the cap", format_money(s.credit, r.currency).c_str(),
                                          format_money(s.credited, r.currency).c_str());
                }
                if (s.critical_failure) {
                    ImGui::SameLine(0, em(0.2f));
                    ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "!");
                    if (ImGui::IsItemHovered())
                        ImGui::SetTooltip("Critical failure: %d misses in the window give the client a right to terminate.",
                                          s.misses_in_window);
                }
            }
        }
    }
    auto money_row = [&](const char* label, auto get, const char* help) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label);
        if (help && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
        for (const CreditMonth& m : r.months) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_money(get(m), r.currency).c_str());
        }
    };
    money_row("Monthly charges", [](const CreditMonth& m) { return m.charges; }, "The fees the credits are computed on");
    money_row("Cap (at-risk amount)", [](const CreditMonth& m) { return m.at_risk; }, "The most that can be credited in the month");
    money_row("Credits before cap", [](const CreditMonth& m) { return m.gross; }, nullptr);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("Credited");
    for (const CreditMonth& m : r.months) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_money(m.credited, r.currency).c_str());
        if (m.cap_reached) {
            ImGui::SameLine(0, em(0.3f));
            ImGui::TextColored(ImVec4(0.8f, 0.5f, 0.1f, 1), "cap");
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("The credits reached the cap this month");
        }
    }
    money_row("Earned back", [](const CreditMonth& m) { return m.earned_back_total; }, "Credits of earlier misses earned back by meeting the level again");
    money_row("Net credit", [](const CreditMonth& m) { return m.net; }, "Credited minus earned back");
    ImGui::EndTable();
}

void net_chart(const CreditReport& r) {
    if (r.months.empty()) return;
    std::vector<float> values;
    const double scale = std::pow(10.0, currency_decimals(r.currency));  // chart scale only
    float high = 0, low = 0;
    for (const CreditMonth& m : r.months) {
        values.push_back(static_cast<float>(static_cast<double>(m.net.minor) / scale));
        high = std::max(high, values.back());
        low = std::min(low, values.back());
    }
    if (high == low) high = low + 1;
    const std::string overlay = "Net credit per month (" + r.currency + ")";
    ImGui::PlotHistogram("##net-credit", values.data(), static_cast<int>(values.size()), 0, overlay.c_str(), low, high,
                         ImVec2(ImGui::GetContentRegionAvail().x, em(6)));
}

void totals(const ViewContext& ctx, const CreditReport& r) {
    const Agreement& a = ctx.session.agreement;
    const std::unordered_map<std::string, std::size_t>& levels = level_positions(ctx);
    if (!begin_form("##credit-totals")) return;
    figure_row("Credits before cap", format_money(r.total_gross, r.currency));
    figure_row("Credited", format_money(r.total_credited, r.currency));
    figure_row("Earned back", format_money(r.total_earned_back, r.currency));
    figure_row("Net credit", format_money(r.total_net, r.currency));
    figure_row("Termination right", r.termination_right ? "yes: a critical failure occurred" : "no");
    for (const CreditNote& note : r.notes) {
        std::string level = note.service_level_id;
        const auto found = levels.find(note.service_level_id);
        if (found != levels.end() && found->second < a.service_levels.size())
            level = level_name(a.service_levels[found->second]);
        const FindingText text = text_for("note." + note.code, {{"serviceLevel", level},
                                                                 {"month", note.month},
                                                                 {"amount", format_money(note.amount, r.currency)}});
        field_note(text.message.c_str());
    }
    end_form();
}

}  // namespace

void draw_credit_simulator(ViewContext& ctx, CreditSimulatorInput& in) {
    static int last_frame = -2;
    scroll_to_top_when_opened(last_frame);
    const Agreement& a = ctx.agreement();
    heading("Credit simulator");
    ImGui::TextWrapped("Type the actual performance of each service level for one or more months to see which levels "
                       "are met or missed and what the credits come to under the agreement's credit scheme. "
                       "Right-click a cell to mark an exclusion. Nothing typed here changes the agreement.");
    if (a.service_levels.empty()) {
        ImGui::TextDisabled("There are no service levels yet: add them under Service levels.");
        return;
    }

    if (begin_form("##simulator-settings")) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("First month");
        ImGui::TableNextColumn();
        std::string typed = in.first_month;
        const std::string hint = a.term.effective_date.is_set()
                                     ? to_string(YearMonth{a.term.effective_date.year, a.term.effective_date.month})
                                     : std::string("YYYY-MM");
        if (input_text("##first-month", typed, hint.c_str())) {
            in.first_month = typed;
            ++in.generation;
        }
        if (!in.first_month.empty() && !parse_year_month(in.first_month)) {
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 40, 40, 255));
            ImGui::TextUnformatted("Type a month as YYYY-MM, e.g. 2027-01");
            ImGui::PopStyleColor();
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Months");
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        int months = in.months;
        if (ImGui::SliderInt("##months", &months, 1, max_months)) {
            in.months = std::clamp(months, 1, max_months);
            ++in.generation;
        }
        end_form();
    }
    in.months = std::clamp(in.months, 1, max_months);
    const std::optional<YearMonth> first = first_month(a, in);
    if (!first) {
        ImGui::TextDisabled("Set the effective date under Term and renewal, or type the first month.");
        return;
    }

    heading("Actual performance");
    input_table(ctx, in, *first);

    const CreditReport& report = report_for(ctx, in, *first);
    heading("Credits");
    result_table(ctx, report);
    net_chart(report);
    heading(in.months > 1 ? "Over the simulated months" : "For the month");
    totals(ctx, report);
}

void draw_credit_simulator(ViewContext& ctx) {
    static std::string shown;
    static CreditSimulatorInput input;
    if (shown != ctx.draft_id) {  // another draft: its service levels are not the ones typed for
        const std::uint64_t generation = input.generation + 1;
        input = CreditSimulatorInput{};
        input.generation = generation;
        shown = ctx.draft_id;
    }
    draw_credit_simulator(ctx, input);
}

}  // namespace bpo::ui
