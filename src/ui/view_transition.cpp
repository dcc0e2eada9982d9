// Transition and change management: phases, milestones with dates, owners and acceptance
// criteria, the go-live date and the communication, training and contingency plans.
#include <string>

#include <imgui.h>

#include "core/dates.hpp"
#include "core/json_keys.hpp"
#include "ui/row_list.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

const std::string base = std::string("/") + keys::transition;
const ListLocator<TransitionPhase> phases = [](Agreement& a) { return &a.transition.phases; };
const ListLocator<Milestone> milestones = [](Agreement& a) { return &a.transition.milestones; };

template <class T>
Locate<T> tr(T Transition::*member) {
    return [member](Agreement& a) { return &(a.transition.*member); };
}

std::string phase_name(const TransitionPhase& ph) {
    return ph.name.empty() ? std::string(enum_label(ph.kind)) : ph.name;
}

std::vector<Choice> phase_choices(const Agreement& a) {
    std::vector<Choice> out;
    for (const TransitionPhase& ph : a.transition.phases) out.push_back({ph.id, phase_name(ph)});
    return out;
}

std::string dates(const Date& from, const Date& to) {
    if (!from.is_set() && !to.is_set()) return {};
    return (from.is_set() ? to_iso(from) : std::string("?")) + " to " + (to.is_set() ? to_iso(to) : std::string("?"));
}

void phase_list(ViewContext& ctx) {
    RowListSpec<TransitionPhase> spec{
        "Phases", "phase", ptr(base, keys::Transition::phases), phases,
        [](const TransitionPhase& ph) {
            const std::string when = dates(ph.start, ph.end);
            return phase_name(ph) + (when.empty() ? "" : "  \xC2\xB7  " + when);
        },
        [](ViewContext& c, const TransitionPhase& ph, const std::string& p) {
            namespace k = keys::TransitionPhase;
            auto f = [&](auto member) { return row_field(phases, ph.id, member); };
            enum_field<PhaseKind>(c, "Kind", ptr(p, k::kind), f(&TransitionPhase::kind));
            text_field(c, "Name", ptr(p, k::name), f(&TransitionPhase::name), "leave empty to use the kind");
            date_field(c, "Start", ptr(p, k::start), f(&TransitionPhase::start));
            date_field(c, "End", ptr(p, k::end), f(&TransitionPhase::end));
        },
    };
    row_list(ctx, spec);
}

void milestone_list(ViewContext& ctx) {
    RowListSpec<Milestone> spec{
        "Milestones", "milestone", ptr(base, keys::Transition::milestones), milestones,
        [](const Milestone& m) {
            std::string out = m.name.empty() ? "Milestone " + m.id : m.name;
            if (m.due.is_set()) out += "  \xC2\xB7  due " + to_iso(m.due);
            return out;
        },
        [](ViewContext& c, const Milestone& m, const std::string& p) {
            namespace k = keys::Milestone;
            auto f = [&](auto member) { return row_field(milestones, m.id, member); };
            text_field(c, "Name", ptr(p, k::name), f(&Milestone::name), "e.g. Knowledge transfer signed off");
            choice_field(c, "Phase", ptr(p, k::phase_id), f(&Milestone::phase_id), phase_choices(c.agreement()),
                         "(no phase)");
            date_field(c, "Due", ptr(p, k::due), f(&Milestone::due));
            enum_field<PartyRole>(c, "Owner", ptr(p, k::owner), f(&Milestone::owner));
            text_area(c, "Acceptance criteria", ptr(p, k::acceptance_criteria), f(&Milestone::acceptance_criteria), 3);
        },
    };
    row_list(ctx, spec);
}

}  // namespace

void draw_transition(ViewContext& ctx) {
    namespace k = keys::Transition;
    heading("Go-live");
    if (begin_form("##golive")) {
        date_field(ctx, "Go-live date", ptr(base, k::go_live), tr(&Transition::go_live));
        end_form();
    }

    heading("Phases");
    ImGui::TextWrapped("Typically planning, knowledge transfer, parallel run, go-live and stabilisation.");
    phase_list(ctx);

    heading("Milestones");
    milestone_list(ctx);

    heading("Plans");
    if (begin_form("##plans")) {
        text_area(ctx, "Communication", ptr(base, k::communication_plan), tr(&Transition::communication_plan), 3);
        text_area(ctx, "Training", ptr(base, k::training_plan), tr(&Transition::training_plan), 3);
        text_area(ctx, "Contingency", ptr(base, k::contingency_plan), tr(&Transition::contingency_plan), 3);
        field_note("What happens if go-live fails: the rollback and who decides it.");
        end_form();
    }
}

}  // namespace bpo::ui
