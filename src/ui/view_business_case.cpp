// The business case: today's in-house cost against the outsourced cost (fees plus transition)
// over the initial term, year by year, with savings, break-even and NPV from
// core/business_case.hpp. The view only lays the figures out and draws them.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/business_case.hpp"
#include "core/finding_text.hpp"
#include "core/json_keys.hpp"
#include "core/money.hpp"
#include "ui/view_tools.hpp"

namespace bpo::ui {

namespace {

const std::string base = std::string("/") + keys::business_case;

template <class T>
Locate<T> bc(T BusinessCase::*member) {
    return [member](Agreement& a) { return &(a.business_case.*member); };
}

PerRevision<BusinessCaseResult>& case_cache() {
    static PerRevision<BusinessCaseResult> cache;
    return cache;
}

// Money in major units for chart scales only (labels always use format_money).
float chart_value(Money m, const std::string& currency) {
    return static_cast<float>(static_cast<double>(m.minor) / std::pow(10.0, currency_decimals(currency)));
}

const ImU32 inhouse_colour = IM_COL32(120, 128, 140, 255);
const ImU32 outsourced_colour = IM_COL32(37, 99, 175, 255);

void legend_swatch(ImU32 colour, const char* text) {
    const float size = ImGui::GetTextLineHeight() * 0.7f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float y = at.y + (ImGui::GetTextLineHeight() - size) / 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + size, y + size), colour, 2);
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, em(0.3f));
    ImGui::TextUnformatted(text);
}

// Grouped bars per contract year: in-house beside outsourced; hover a year for its figures.
void year_chart(const BusinessCaseResult& r) {
    legend_swatch(inhouse_colour, "In-house");
    ImGui::SameLine(0, em(1.2f));
    legend_swatch(outsourced_colour, "Outsourced");

    const float height = em(9);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##years-chart", ImVec2(width, height + ImGui::GetTextLineHeightWithSpacing()));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float top = 0;
    for (const CaseYear& y : r.years)
        top = std::max({top, chart_value(y.inhouse, r.currency), chart_value(y.outsourced, r.currency)});
    if (top <= 0 || r.years.empty()) return;

    const ImU32 axis = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    draw->AddLine(ImVec2(origin.x, origin.y + height), ImVec2(origin.x + width, origin.y + height), axis);
    const float slot = width / static_cast<float>(r.years.size());
    const float bar = std::min(slot * 0.3f, em(3));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < r.years.size(); ++i) {
        const CaseYear& y = r.years[i];
        const float centre = origin.x + slot * (static_cast<float>(i) + 0.5f);
        auto column = [&](float x, Money m, ImU32 colour) {
            const float h = height * chart_value(m, r.currency) / top;
            draw->AddRectFilled(ImVec2(x, origin.y + height - std::max(h, 0.0f)), ImVec2(x + bar, origin.y + height), colour, 2);
        };
        column(centre - bar - em(0.1f), y.inhouse, inhouse_colour);
        column(centre + em(0.1f), y.outsourced, outsourced_colour);
        const std::string label = "Year " + std::to_string(y.year);
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(centre - size.x / 2, origin.y + height + em(0.2f)), text, label.c_str());
        if (hovered && mouse.x >= centre - slot / 2 && mouse.x < centre + slot / 2) {
            ImGui::SetTooltip("Year %d (%d months)\nIn-house: %s\nOutsourced: %s\nSaving: %s", y.year, y.months,
                              format_money(y.inhouse, r.currency).c_str(), format_money(y.outsourced, r.currency).c_str(),
                              format_money(y.saving, r.currency).c_str());
        }
    }
}

// The cumulative saving month by month: where it crosses zero is the break-even month.
void cumulative_chart(const BusinessCaseResult& r) {
    std::vector<float> values;
    values.reserve(r.months.size());
    float low = 0, high = 0;
    for (const CaseMonth& m : r.months) {
        values.push_back(chart_value(m.cumulative, r.currency));
        low = std::min(low, values.back());
        high = std::max(high, values.back());
    }
    if (values.empty()) return;
    const std::string overlay = "Cumulative saving, month 1 to " + std::to_string(values.size());
    const float height = em(7);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PlotLines("##cumulative", values.data(), static_cast<int>(values.size()), 0, overlay.c_str(), low, high,
                     ImVec2(width, height));
    // The zero line, so the break-even month is visible where the curve crosses it.
    if (high > low) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float inner = height - 2 * style.FramePadding.y;
        const float y = at.y + style.FramePadding.y + inner * (high / (high - low));
        ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x + style.FramePadding.x, y),
                                            ImVec2(at.x + width - style.FramePadding.x, y),
                                            IM_COL32(200, 40, 40, 160), 1.0f);
    }
}

void year_table(const BusinessCaseResult& r) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##years", 5, flags)) return;
    ImGui::TableSetupColumn("Year", ImGuiTableColumnFlags_WidthFixed, em(3.5f));
    ImGui::TableSetupColumn("Months", ImGuiTableColumnFlags_WidthFixed, em(4));
    ImGui::TableSetupColumn("In-house");
    ImGui::TableSetupColumn("Outsourced");
    ImGui::TableSetupColumn("Saving");
    ImGui::TableHeadersRow();
    auto row = [&](const std::string& year, const std::string& months, Money inhouse, Money outsourced, Money saving) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(year.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(months.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_money(inhouse, r.currency).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_money(outsourced, r.currency).c_str());
        ImGui::TableNextColumn();
        if (saving.minor < 0) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 40, 40, 255));
        ImGui::TextUnformatted(format_money(saving, r.currency).c_str());
        if (saving.minor < 0) ImGui::PopStyleColor();
    };
    for (const CaseYear& y : r.years) row(std::to_string(y.year), std::to_string(y.months), y.inhouse, y.outsourced, y.saving);
    row("Total", std::to_string(r.term_months), r.inhouse_total, r.outsourced_total, r.savings);
    ImGui::EndTable();
}

}  // namespace

void business_case_inputs(ViewContext& ctx) {
    namespace k = keys::BusinessCase;
    if (!begin_form("##business-case-inputs")) return;
    money_field(ctx, "In-house cost a month", ptr(base, k::inhouse_monthly_cost), bc(&BusinessCase::inhouse_monthly_cost));
    field_note("Today's fully loaded cost of doing the work yourself: staff, space, systems, management.");
    percent_field(ctx, "In-house growth", ptr(base, k::inhouse_growth_bp), bc(&BusinessCase::inhouse_growth_bp));
    field_note("% a year the in-house cost would grow (pay rises, inflation).");
    money_field(ctx, "Transition cost", ptr(base, k::transition_cost), bc(&BusinessCase::transition_cost));
    field_note("One-off cost of moving the work, counted in month 1.");
    percent_field(ctx, "Discount rate", ptr(base, k::discount_rate_bp), bc(&BusinessCase::discount_rate_bp));
    field_note("% a year, for the net present value of the savings.");
    end_form();
}

void draw_business_case(ViewContext& ctx) {
    static int last_frame = -2;
    scroll_to_top_when_opened(last_frame);
    const BusinessCaseResult& r =
        case_cache().get(ctx, [](const Agreement& a) { return compute_business_case(a); });
    heading("Business case");
    ImGui::TextWrapped("What outsourcing saves against doing the work in-house, over the initial term. The outsourced "
                       "cost is the fees from Pricing plus the one-off transition cost.");
    business_case_inputs(ctx);

    heading("Over the initial term");
    if (r.term_months <= 0) {
        ImGui::TextWrapped("%s", text_for("assumption.no-term").message.c_str());
        return;
    }
    if (begin_form("##business-case-totals")) {
        figure_row("In-house", format_money(r.inhouse_total, r.currency));
        figure_row("Outsourced", format_money(r.outsourced_total, r.currency),
                   "Fees over the term plus the transition cost");
        figure_row("  of which fees", format_money(r.fees_total, r.currency));
        figure_row("  transition", format_money(r.transition_cost, r.currency));
        figure_row("Savings", format_money(r.savings, r.currency) + "  (" + format_bp(r.savings_bp) + " of in-house)");
        figure_row("Break-even", r.break_even_month ? "month " + std::to_string(*r.break_even_month)
                                                     : std::string("not within the term"),
                   "The first month whose cumulative saving is zero or more");
        figure_row("Net present value", format_money(r.npv, r.currency) + "  (at " + format_bp(r.discount_rate_bp) + " a year)",
                   "The savings month by month, discounted at the discount rate");
        end_form();
    }
    for (const std::string& id : r.assumptions) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", text_for("assumption." + id).message.c_str());
        ImGui::PopStyleColor();
    }

    heading("Year by year");
    year_chart(r);
    year_table(r);

    heading("Cumulative saving");
    cumulative_chart(r);
}

}  // namespace bpo::ui
