// The scorecard of the open draft: monthly actuals per service level (editable, add a month,
// import CSV or JSON), met / missed per month in colour, credits with the cap and earn-back,
// totals, a trend chart per metric, and CSV / JSON exports. All figures come from
// core/scorecard.hpp; the actuals are the workspace's, stored per draft.
#include <imgui.h>

#include <string>

#include "core/dates.hpp"
#include "core/money.hpp"
#include "core/scorecard.hpp"
#include "core/user_input.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace bpo::ui {

namespace {

struct CachedScorecard {
    std::uint64_t revision = UINT64_MAX;
    std::uint64_t actuals_generation = UINT64_MAX;
    std::string draft_id;
    Scorecard scorecard;
};

const Scorecard& scorecard_of(const Workspace& ws) {
    static CachedScorecard c;
    if (c.revision != ws.session().revision() || c.actuals_generation != ws.actuals_generation() ||
        c.draft_id != ws.draft_id()) {
        c.scorecard = build_scorecard(ws.session().agreement, ws.actuals());
        c.revision = ws.session().revision();
        c.actuals_generation = ws.actuals_generation();
        c.draft_id = ws.draft_id();
    }
    return c.scorecard;
}

ImU32 outcome_fill(SlOutcome outcome) {
    switch (outcome) {
        case SlOutcome::Met: return IM_COL32(46, 160, 90, 70);
        case SlOutcome::BelowExpected: return IM_COL32(230, 160, 20, 90);
        case SlOutcome::Missed: return IM_COL32(210, 50, 50, 90);
        case SlOutcome::Excluded: return IM_COL32(128, 128, 128, 60);
        default: return 0;
    }
}

ImU32 outcome_point(SlOutcome outcome) {
    switch (outcome) {
        case SlOutcome::Met: return IM_COL32(40, 150, 80, 255);
        case SlOutcome::BelowExpected: return IM_COL32(220, 150, 10, 255);
        case SlOutcome::Missed: return IM_COL32(200, 40, 40, 255);
        default: return IM_COL32(128, 128, 128, 255);
    }
}

YearMonth this_month() {
    const Date today = local_today();
    return {today.year, today.month};
}

void download(UiState& ui, std::string file_name, std::string mime, std::string text) {
    Request r;
    r.kind = RequestKind::Download;
    r.file_name = std::move(file_name);
    r.mime_type = std::move(mime);
    r.text = std::move(text);
    ui.requests.push_back(std::move(r));
}

// One editable cell: the measured value, coloured by its outcome.
void actual_cell(Workspace& ws, const ScoreRow& row, const ScoreCell& cell) {
    std::string text = cell.actual ? number_input_text(*cell.actual) : std::string{};
    const std::string id = "##" + row.service_level_id + "/" + to_string(cell.month);
    ImGui::SetNextItemWidth(-1);
    const ImU32 fill = outcome_fill(cell.outcome);
    if (fill) ImGui::PushStyleColor(ImGuiCol_FrameBg, fill);
    const bool changed = input_text(id.c_str(), text);
    if (fill) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
        std::string tip = std::string(outcome_label(cell.outcome));
        if (!cell.exclusion_reason.empty()) tip += ": " + cell.exclusion_reason;
        if (cell.credited.minor != 0) tip += "\ncredit " + format_money(cell.credited, ws.session().agreement.pricing.currency);
        ImGui::SetTooltip("%s", tip.c_str());
    }
    if (!changed) return;
    const auto value = parse_number_input(text);
    if (!value && !text.empty()) return;  // not a number (yet): nothing changes
    Actuals actuals = ws.actuals();
    set_actual(actuals, cell.month, row.service_level_id, value);
    ws.set_actuals(std::move(actuals));
}

void draw_table(Workspace& ws, const Scorecard& sc) {
    const int columns = static_cast<int>(sc.rows.size()) + 4;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit;
    const float row_height = ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().CellPadding.y;
    const float height = std::min(row_height * static_cast<float>(sc.months.size() + 1) + ImGui::GetStyle().ScrollbarSize + em(0.3f),
                                  em(22));
    if (!ImGui::BeginTable("##scorecard", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("Month", ImGuiTableColumnFlags_WidthFixed, em(5));
    for (const ScoreRow& row : sc.rows) ImGui::TableSetupColumn(row.name.c_str(), ImGuiTableColumnFlags_WidthFixed, em(7.5f));
    ImGui::TableSetupColumn("Met / missed", ImGuiTableColumnFlags_WidthFixed, em(6));
    ImGui::TableSetupColumn("Credited", ImGuiTableColumnFlags_WidthFixed, em(8));
    ImGui::TableSetupColumn("Net credit", ImGuiTableColumnFlags_WidthFixed, em(8));
    ImGui::TableHeadersRow();
    for (std::size_t m = 0; m < sc.months.size(); ++m) {
        const ScoreMonth& month = sc.months[m];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(to_string(month.month).c_str());
        for (const ScoreRow& row : sc.rows) {
            ImGui::TableNextColumn();
            if (m < row.cells.size()) actual_cell(ws, row, row.cells[m]);
        }
        ImGui::TableNextColumn();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(outcome_point(SlOutcome::Met)), "%d", month.met);
        ImGui::SameLine(0, 0);
        ImGui::TextUnformatted(" / ");
        ImGui::SameLine(0, 0);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(outcome_point(month.missed ? SlOutcome::Missed : SlOutcome::NoData)),
                           "%d", month.missed);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_money(month.credited, sc.currency).c_str());
        if (month.cap_reached) {
            ImGui::SameLine();
            ImGui::TextDisabled("(cap)");
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_money(month.net, sc.currency).c_str());
        if (month.earned_back.minor != 0 && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s earned back", format_money(month.earned_back, sc.currency).c_str());
    }
    ImGui::EndTable();
}

void draw_totals(const Scorecard& sc) {
    const ScoreTotals& t = sc.totals;
    ImGui::TextWrapped("Totals: %d met, %d below expected, %d missed, %d excluded, %d without data", t.counts.met,
                t.counts.below_expected, t.counts.missed, t.counts.excluded, t.counts.no_data);
    ImGui::TextWrapped("Credits %s before the cap, %s credited (cap reached in %d month%s), %s earned back, net %s",
                format_money(t.gross, sc.currency).c_str(), format_money(t.credited, sc.currency).c_str(),
                t.months_capped, t.months_capped == 1 ? "" : "s", format_money(t.earned_back, sc.currency).c_str(),
                format_money(t.net, sc.currency).c_str());
    if (sc.termination_right)
        ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "The failures so far give the client a right to terminate.");
}

// A metric's values over the months, with its expected and minimum lines.
void draw_trend(const TrendSeries& s) {
    ImGui::TextUnformatted(s.name.c_str());
    const ImVec2 size(std::max(em(16), ImGui::GetContentRegionAvail().x), em(7));
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRect(p0, ImVec2(p0.x + size.x, p0.y + size.y), ImGui::GetColorU32(ImGuiCol_Border));
    const std::size_t n = s.values.size();
    if (n == 0 || s.y_max <= s.y_min) return;
    const float left = p0.x + em(0.5f), right = p0.x + size.x - em(0.5f);
    const float top = p0.y + em(0.4f), bottom = p0.y + size.y - em(0.4f);
    auto x_at = [&](std::size_t i) {
        return n == 1 ? (left + right) / 2 : left + (right - left) * static_cast<float>(i) / static_cast<float>(n - 1);
    };
    auto y_at = [&](double v) {
        return bottom - (bottom - top) * static_cast<float>((v - s.y_min) / (s.y_max - s.y_min));
    };
    if (s.expected) {
        const float y = y_at(*s.expected);
        draw->AddLine(ImVec2(left, y), ImVec2(right, y), IM_COL32(40, 150, 80, 200), 1.5f);
        draw->AddText(ImVec2(left + 2, y - ImGui::GetTextLineHeight()), IM_COL32(40, 150, 80, 255), "expected");
    }
    if (s.minimum) {
        const float y = y_at(*s.minimum);
        draw->AddLine(ImVec2(left, y), ImVec2(right, y), IM_COL32(200, 40, 40, 200), 1.5f);
        draw->AddText(ImVec2(right - ImGui::CalcTextSize("minimum").x - 2, y), IM_COL32(200, 40, 40, 255), "minimum");
    }
    const ImU32 line = ImGui::GetColorU32(ImGuiCol_PlotLines);
    for (std::size_t i = 0; i + 1 < n; ++i)
        if (s.values[i] && s.values[i + 1])
            draw->AddLine(ImVec2(x_at(i), y_at(*s.values[i])), ImVec2(x_at(i + 1), y_at(*s.values[i + 1])), line, 2.0f);
    for (std::size_t i = 0; i < n; ++i)
        if (s.values[i]) draw->AddCircleFilled(ImVec2(x_at(i), y_at(*s.values[i])), em(0.25f), outcome_point(s.outcomes[i]));
    if (ImGui::IsItemHovered()) {
        const float mx = ImGui::GetIO().MousePos.x;
        std::size_t nearest = 0;
        for (std::size_t i = 1; i < n; ++i)
            if (std::abs(x_at(i) - mx) < std::abs(x_at(nearest) - mx)) nearest = i;
        const std::string value = s.values[nearest] ? number_input_text(*s.values[nearest]) : std::string("-");
        ImGui::SetTooltip("%s: %s (%s)", s.labels[nearest].c_str(), value.c_str(), outcome_label(s.outcomes[nearest]));
    }
}

}  // namespace

void draw_scorecard(Workspace& ws, UiState& ui) {
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted("Scorecard");
    ImGui::PopFont();
    const Scorecard& sc = scorecard_of(ws);
    ImGui::TextWrapped("Actual performance month by month after signature. Type a value in a cell, or import "
                       "a CSV (first column \"month\", one column per service level id) or bpo-actuals JSON file.");
    if (ImGui::Button("Add month")) {
        Actuals actuals = ws.actuals();
        add_month(actuals, next_actuals_month(ws.session().agreement, actuals, this_month()));
        ws.set_actuals(std::move(actuals));
    }
    ImGui::SameLine();
    if (ImGui::Button("Import actuals...")) ui.requests.push_back({RequestKind::ImportFile});
    ImGui::SameLine();
    if (ImGui::Button("Export CSV##scorecard"))
        download(ui, "scorecard.csv", "text/csv", scorecard_csv(sc));
    ImGui::SameLine();
    if (ImGui::Button("Export JSON##scorecard"))
        download(ui, "scorecard.json", "application/json", scorecard_to_json(sc).dump(2) + "\n");
    ImGui::SameLine();
    if (ImGui::Button("Export actuals (CSV)"))
        download(ui, "actuals.csv", "text/csv", actuals_to_csv(ws.actuals(), ws.session().agreement));
    if (ws.actuals_write() != WriteStatus::Ok)
        ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1),
                           "The latest actuals are NOT saved: the browser's storage refused them (the previous copy is kept).");
    if (sc.rows.empty()) {
        ImGui::TextDisabled("The agreement has no service levels yet.");
        return;
    }
    if (sc.months.empty()) {
        ImGui::TextDisabled("No months yet: add one or import actuals.");
        return;
    }
    ImGui::Separator();
    draw_table(ws, sc);
    draw_totals(sc);
    ImGui::Separator();
    ImGui::TextDisabled("TRENDS");
    for (const ScoreRow& row : sc.rows) {
        const auto series = trend_series(sc, row.service_level_id);
        if (!series) continue;
        ImGui::PushID(row.service_level_id.c_str());
        draw_trend(*series);
        ImGui::PopID();
    }
}

}  // namespace bpo::ui
