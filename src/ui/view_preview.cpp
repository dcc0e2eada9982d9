// The live document preview: the document tree (core/document.hpp) drawn with ImGui text, so it
// shows exactly the clauses, numbers and placeholders every export will contain. Clauses and
// schedules that print a field deviating from the loaded playbook get a coloured bar beside
// them (Derived::deviation_anchors), with the deviations as a tooltip.
// Only what the panel shows is drawn: clauses, blocks and list items out of view are stepped
// over by their height measured when last drawn (ui/measured_layout.hpp).
#include <imgui.h>

#include "core/finding_text.hpp"

#include "ui/measured_layout.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"

namespace bpo::ui {

namespace {

const ImU32 placeholder_colour = IM_COL32(196, 90, 20, 255);
const ImU32 deviation_colour = IM_COL32(200, 60, 160, 255);

const Derived* marking = nullptr;  // the derived data of the frame being drawn (deviations)

MeasuredLayout& layout() {
    static MeasuredLayout l;
    return l;
}

// Runs `draw`, then marks what it drew when `anchor` prints a playbook deviation.
template <class Draw>
void with_deviation_mark(const std::string& anchor, Draw&& draw) {
    const auto it = marking && !anchor.empty() ? marking->deviation_anchors.find(anchor)
                                               : std::map<std::string, std::vector<std::size_t>>::const_iterator{};
    if (!marking || anchor.empty() || it == marking->deviation_anchors.end()) {
        draw();
        return;
    }
    const float top = ImGui::GetCursorScreenPos().y;
    draw();
    const float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
    const float x = ImGui::GetWindowPos().x + em(0.15f);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x, top), ImVec2(x + em(0.3f), bottom), deviation_colour);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (ImGui::IsWindowHovered() && mouse.y >= top && mouse.y <= bottom && mouse.x <= x + em(1.0f)) {
        std::string tip = "Playbook deviation" + std::string(it->second.size() > 1 ? "s" : "") + ":";
        for (std::size_t i : it->second) tip += "\n- " + finding_text(marking->findings[i]).message;
        ImGui::SetTooltip("%s", tip.c_str());
    }
}

ImFont* heading_font() {
    ImGuiIO& io = ImGui::GetIO();
    return io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr;
}

// Wrapped text of one run list; placeholders stand out in colour.
void draw_inline(const Inline& runs, const std::string& label = {}) {
    bool has_placeholder = false;
    for (const Run& r : runs) has_placeholder |= r.kind == RunKind::Placeholder;
    std::string text = label.empty() ? std::string{} : label + "  ";
    if (!has_placeholder) {
        text += plain_text(runs);
        ImGui::TextWrapped("%s", text.c_str());
        return;
    }
    // Mixed runs: draw word by word so colours can change mid-sentence and still wrap.
    const float wrap = ImGui::GetContentRegionAvail().x;
    const float space = ImGui::CalcTextSize(" ").x;
    float x = 0;
    auto word = [&](const std::string& w, ImU32 colour) {
        const float width = ImGui::CalcTextSize(w.c_str()).x;
        if (x > 0 && x + space + width > wrap) x = 0;
        else if (x > 0) {
            ImGui::SameLine(0, space);
        }
        if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(w.c_str());
        if (colour) ImGui::PopStyleColor();
        x += (x > 0 ? space : 0) + width;
    };
    auto words = [&](const std::string& s, ImU32 colour) {
        std::size_t start = 0;
        while (start < s.size()) {
            const std::size_t end = s.find(' ', start);
            const std::string w = s.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!w.empty()) word(w, colour);
            if (end == std::string::npos) break;
            start = end + 1;
        }
    };
    if (!text.empty()) words(text, 0);
    for (const Run& r : runs) words(r.text, r.kind == RunKind::Placeholder ? placeholder_colour : 0);
}

void draw_table(const Table& table, const std::string& id) {
    const int columns = static_cast<int>(table.header.size());
    if (columns == 0) return;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(id.c_str(), columns, flags)) return;
    for (int c = 0; c < columns; ++c) {
        const float weight = c < static_cast<int>(table.widths.size()) ? static_cast<float>(table.widths[static_cast<std::size_t>(c)]) : 1.0f;
        ImGui::TableSetupColumn(table.header[static_cast<std::size_t>(c)].c_str(), ImGuiTableColumnFlags_WidthStretch, weight);
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;  // long schedules: draw only the visible rows
    clipper.Begin(static_cast<int>(table.rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            ImGui::TableNextRow();
            for (const Inline& cell : table.rows[static_cast<std::size_t>(r)]) {
                ImGui::TableNextColumn();
                draw_inline(cell);
            }
        }
    }
    ImGui::EndTable();
}

void draw_block(const Block& block, const std::string& id) {
    switch (block.kind) {
        case BlockKind::Paragraph: draw_inline(block.text, block.label); break;
        case BlockKind::Heading:
            ImGui::PushFont(heading_font());
            draw_inline(block.text);
            ImGui::PopFont();
            break;
        case BlockKind::Table: draw_table(block.table, id); break;
        case BlockKind::List:
            layout().sequence(&block.items, block.items.size(), [&](std::size_t i) {
                ImGui::Bullet();
                ImGui::SameLine();
                draw_inline(block.items[i]);
            });
            break;
        case BlockKind::Definitions:
            layout().sequence(&block.definitions, block.definitions.size(), [&](std::size_t i) {
                const Definition& d = block.definitions[i];
                Inline runs{{RunKind::Strong, "\"" + d.term + "\" ", {}}};
                runs.insert(runs.end(), d.meaning.begin(), d.meaning.end());
                draw_inline(runs);
            });
            break;
    }
}

void draw_blocks(const std::vector<Block>& blocks, const std::string& id) {
    layout().sequence(&blocks, blocks.size(),
                      [&](std::size_t i) { draw_block(blocks[i], id + "." + std::to_string(i)); });
}

void draw_clause(const Clause& clause);

void draw_clause_body(const Clause& clause) {
    if (clause.level == 1) {
        ImGui::Spacing();
        ImGui::PushFont(heading_font());
        ImGui::TextWrapped("%s  %s", clause.label.c_str(), clause.heading.c_str());
        ImGui::PopFont();
    } else if (!clause.heading.empty()) {
        ImGui::TextWrapped("%s  %s", clause.label.c_str(), clause.heading.c_str());
    }
    const bool labelled_inline = clause.level > 1 && clause.heading.empty();
    if (clause.level > 1) ImGui::Indent(em(clause.level == 2 ? 0.0f : 1.5f));
    layout().sequence(&clause.body, clause.body.size(), [&](std::size_t i) {
        const Block& b = clause.body[i];
        if (i == 0 && labelled_inline && b.kind == BlockKind::Paragraph && b.label.empty())
            draw_inline(b.text, clause.label);
        else
            draw_block(b, clause.number + "." + std::to_string(i));
    });
    if (clause.body.empty() && labelled_inline) ImGui::TextUnformatted(clause.label.c_str());
    layout().sequence(&clause.children, clause.children.size(),
                      [&](std::size_t i) { draw_clause(clause.children[i]); });
    if (clause.level > 1) ImGui::Unindent(em(clause.level == 2 ? 0.0f : 1.5f));
}

void draw_clause(const Clause& clause) {
    with_deviation_mark(clause.anchor, [&] { draw_clause_body(clause); });
}

void draw_front_matter(const Document& document) {
    ImGui::PushFont(heading_font());
    ImGui::TextWrapped("%s", document.title.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", document.notice.c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    draw_inline(document.date_line);
    draw_blocks(document.parties, "parties");
    if (!document.recitals.empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted("Background");
        draw_blocks(document.recitals, "recitals");
    }
}

void draw_schedule(const Schedule& s) {
    ImGui::Spacing();
    ImGui::Separator();
    with_deviation_mark(s.anchor, [&] {
        ImGui::PushFont(heading_font());
        ImGui::TextWrapped("%s: %s", s.number.c_str(), s.title.c_str());
        ImGui::PopFont();
        draw_blocks(s.body, s.anchor);
    });
}

void draw_signatures(const Document& document) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextWrapped("%s", document.signature_intro.c_str());
    for (const SignatureBlock& sig : document.signatures) {
        ImGui::Spacing();
        ImGui::Text("%s", sig.role.c_str());
        draw_inline(sig.party_name);
        draw_inline(sig.signatory_name, "By:");
        draw_inline(sig.signatory_title, "Title:");
    }
}

}  // namespace

void draw_preview(const Derived& derived) {
    const Document& document = derived.document;
    ImGui::TextDisabled("PREVIEW");
    if (derived.playbook_findings > 0) {
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(deviation_colour), "%d playbook deviation%s marked",
                           derived.playbook_findings, derived.playbook_findings == 1 ? "" : "s");
    }
    if (!document.missing.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(placeholder_colour), "%zu values still to fill in",
                           document.missing.size());
    }
    ImGui::Separator();
    if (!ImGui::BeginChild("##document", ImVec2(0, 0), false)) {
        ImGui::EndChild();
        return;
    }
    marking = &derived;
    layout().begin(derived.revision, derived.draft_id, derived.playbook_generation);
    ImGui::Indent(em(0.6f));  // room for the deviation bars
    // The document as one sequence: front matter, sections, schedules, signatures.
    const std::size_t sections = document.sections.size();
    const std::size_t schedules = document.schedules.size();
    layout().sequence(&document, 1 + sections + schedules + 1, [&](std::size_t part) {
        if (part == 0) {
            draw_front_matter(document);
        } else if (part <= sections) {
            draw_clause(document.sections[part - 1]);
        } else if (part <= sections + schedules) {
            draw_schedule(document.schedules[part - 1 - sections]);
        } else {
            draw_signatures(document);
        }
    });
    ImGui::Unindent(em(0.6f));
    marking = nullptr;
    ImGui::EndChild();
}

}  // namespace bpo::ui
