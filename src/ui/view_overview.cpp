// Overview: the agreement's title and the client profile, then the clause positions (which side
// each negotiable clause leans to, with its one-line explanation) and the balance meter.
#include <cstdlib>
#include <string>

#include <imgui.h>

#include "core/clauses.hpp"
#include "core/json_keys.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

// Where each clause's position lives in the model and in JSON. The clause ids, titles and
// explanations come from the clause library (core/clauses.hpp).
struct PositionSlot {
    const char* clause_id;
    const char* key;
    Position ClausePositions::*member;
};

constexpr PositionSlot position_slots[] = {
    {"service_credits", keys::ClausePositions::service_credits, &ClausePositions::service_credits},
    {"liability", keys::ClausePositions::liability, &ClausePositions::liability},
    {"intellectual_property", keys::ClausePositions::intellectual_property, &ClausePositions::intellectual_property},
    {"termination_for_convenience", keys::ClausePositions::termination_for_convenience,
     &ClausePositions::termination_for_convenience},
    {"audit", keys::ClausePositions::audit, &ClausePositions::audit},
    {"dispute_resolution", keys::ClausePositions::dispute_resolution, &ClausePositions::dispute_resolution},
    {"exit_assistance", keys::ClausePositions::exit_assistance, &ClausePositions::exit_assistance},
};

const PositionSlot* slot_for(const std::string& clause_id) {
    for (const PositionSlot& s : position_slots)
        if (clause_id == s.clause_id) return &s;
    return nullptr;
}

const ImU32 client_colour = IM_COL32(37, 99, 175, 255);
const ImU32 balanced_colour = IM_COL32(150, 156, 166, 255);
const ImU32 provider_colour = IM_COL32(214, 120, 30, 255);

// A horizontal meter from all client-favourable (-100) through balanced (0) to all
// provider-favourable (+100), with a marker at the score (core: balance_score).
void balance_meter(int score) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float bar_height = em(0.7f);
    const float marker = em(0.45f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    ImGui::InvisibleButton("##balance-meter", ImVec2(width, marker + bar_height + marker + line + em(0.2f)));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();

    const float top = at.y + marker;
    const float mid = at.x + width / 2;
    const ImVec2 left(at.x, top);
    const ImVec2 right(at.x + width, top + bar_height);
    draw->AddRectFilledMultiColor(left, ImVec2(mid, right.y), client_colour, balanced_colour, balanced_colour, client_colour);
    draw->AddRectFilledMultiColor(ImVec2(mid, top), right, balanced_colour, provider_colour, provider_colour, balanced_colour);
    draw->AddLine(ImVec2(mid, top - em(0.15f)), ImVec2(mid, right.y + em(0.15f)), ImGui::GetColorU32(ImGuiCol_Text), 1.0f);

    const float x = mid + (width / 2 - marker) * static_cast<float>(score) / 100.0f;
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    draw->AddTriangleFilled(ImVec2(x - marker, at.y), ImVec2(x + marker, at.y), ImVec2(x, top + em(0.1f)), ink);
    draw->AddTriangleFilled(ImVec2(x - marker, right.y + marker), ImVec2(x + marker, right.y + marker),
                            ImVec2(x, right.y - em(0.1f)), ink);

    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float label_y = right.y + marker + em(0.1f);
    const char* client = "Favours the client";
    const char* balanced = "Balanced";
    const char* provider = "Favours the provider";
    draw->AddText(ImVec2(at.x, label_y), dim, client);
    draw->AddText(ImVec2(mid - ImGui::CalcTextSize(balanced).x / 2, label_y), dim, balanced);
    draw->AddText(ImVec2(at.x + width - ImGui::CalcTextSize(provider).x, label_y), dim, provider);
    if (hovered)
        ImGui::SetTooltip("Balance score %+d: -100 when every clause favours the client,\n"
                          "+100 when every clause favours the provider.",
                          score);
}

void clause_positions(ViewContext& ctx) {
    const std::string base = std::string("/") + keys::positions;
    const int score = balance_score(ctx.agreement().positions);
    const char* leaning = score == 0 ? "balanced" : score < 0 ? "leans to the client" : "leans to the provider";
    ImGui::Text("Overall the chosen positions are %s (score %+d).", leaning, score);
    balance_meter(score);
    ImGui::Spacing();
    if (!begin_form("##positions")) return;
    for (const ClauseInfo& clause : clause_catalog()) {
        const PositionSlot* slot = slot_for(clause.id);
        if (!slot) continue;
        Position ClausePositions::*member = slot->member;
        enum_field<Position>(ctx, clause.title.c_str(), ptr(base, slot->key),
                             [member](Agreement& a) { return &(a.positions.*member); });
        const std::string explanation = position_explanation(clause.id, ctx.agreement().positions.*member);
        if (!explanation.empty()) field_note(explanation.c_str());
    }
    end_form();
}

}  // namespace

void draw_overview(ViewContext& ctx) {
    heading("Agreement");
    if (begin_form("##overview")) {
        text_field(ctx, "Title", std::string("/") + keys::title, [](Agreement& a) { return &a.title; },
                   "e.g. Master Services Agreement");
        enum_field<ClientProfile>(ctx, "Client profile", std::string("/") + keys::profile,
                                  [](Agreement& a) { return &a.profile; });
        end_form();
    }

    heading("Clause positions");
    ImGui::TextWrapped("For each negotiable clause, choose whether it favours the client, the provider, or neither. "
                       "The document's wording follows the choice.");
    clause_positions(ctx);
}

}  // namespace bpo::ui
