// Progress tracking and governance: reports, review meetings, the committee and relationship
// managers, the escalation path and corrective-action plans.
#include <string>

#include <imgui.h>

#include "core/json_keys.hpp"
#include "ui/row_list.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

const std::string base = std::string("/") + keys::governance;

const ListLocator<Report> reports = [](Agreement& a) { return &a.governance.reports; };
const ListLocator<Meeting> meetings = [](Agreement& a) { return &a.governance.meetings; };
const ListLocator<EscalationLevel> escalation = [](Agreement& a) { return &a.governance.escalation; };

template <class T>
Locate<T> gov(T Governance::*member) {
    return [member](Agreement& a) { return &(a.governance.*member); };
}

void report_list(ViewContext& ctx) {
    RowListSpec<Report> spec{
        "Reports", "report", ptr(base, keys::Governance::reports), reports,
        [](const Report& r) {
            return (r.name.empty() ? "Report " + r.id : r.name) + "  \xC2\xB7  " + std::string(enum_label(r.frequency));
        },
        [](ViewContext& c, const Report& r, const std::string& p) {
            namespace k = keys::Report;
            auto f = [&](auto member) { return row_field(reports, r.id, member); };
            text_field(c, "Name", ptr(p, k::name), f(&Report::name), "e.g. Monthly performance report");
            text_area(c, "Contents", ptr(p, k::contents), f(&Report::contents), 3);
            enum_field<Cadence>(c, "Frequency", ptr(p, k::frequency), f(&Report::frequency));
            enum_field<PartyRole>(c, "Prepared by", ptr(p, k::prepared_by), f(&Report::prepared_by));
            int_field(c, "Due", ptr(p, k::due_days), f(&Report::due_days), "working days", 0, 365);
            field_note("Working days after the reporting period closes.");
        },
    };
    row_list(ctx, spec);
}

void meeting_list(ViewContext& ctx) {
    RowListSpec<Meeting> spec{
        "Meetings", "meeting", ptr(base, keys::Governance::meetings), meetings,
        [](const Meeting& m) {
            const std::string name = m.name.empty() ? std::string(enum_label(m.kind)) : m.name;
            return name + "  \xC2\xB7  " + std::string(enum_label(m.cadence));
        },
        [](ViewContext& c, const Meeting& m, const std::string& p) {
            namespace k = keys::Meeting;
            auto f = [&](auto member) { return row_field(meetings, m.id, member); };
            enum_field<MeetingKind>(c, "Kind", ptr(p, k::kind), f(&Meeting::kind));
            text_field(c, "Name", ptr(p, k::name), f(&Meeting::name), "e.g. Quarterly business review");
            enum_field<Cadence>(c, "Cadence", ptr(p, k::cadence), f(&Meeting::cadence));
            text_field(c, "Participants", ptr(p, k::participants), f(&Meeting::participants), "roles from both parties");
            text_area(c, "Agenda", ptr(p, k::agenda), f(&Meeting::agenda), 3);
        },
    };
    row_list(ctx, spec);
}

void escalation_list(ViewContext& ctx) {
    RowListSpec<EscalationLevel> spec{
        "Escalation levels", "escalation level", ptr(base, keys::Governance::escalation), escalation,
        [](const EscalationLevel& e) {
            std::string out = e.name.empty() ? "Level " + e.id : e.name;
            if (e.response_hours > 0) out += "  \xC2\xB7  " + std::to_string(e.response_hours) + " h to respond";
            return out;
        },
        [](ViewContext& c, const EscalationLevel& e, const std::string& p) {
            namespace k = keys::EscalationLevel;
            auto f = [&](auto member) { return row_field(escalation, e.id, member); };
            text_field(c, "Name", ptr(p, k::name), f(&EscalationLevel::name), "e.g. Relationship managers");
            text_field(c, "Client contact", ptr(p, k::client_contact), f(&EscalationLevel::client_contact), "name or role");
            text_field(c, "Provider contact", ptr(p, k::provider_contact), f(&EscalationLevel::provider_contact),
                       "name or role");
            int_field(c, "Response time", ptr(p, k::response_hours), f(&EscalationLevel::response_hours), "hours", 0, 8760);
        },
    };
    row_list(ctx, spec);
}

}  // namespace

void draw_governance(ViewContext& ctx) {
    namespace k = keys::Governance;
    heading("Governance committee and relationship");
    if (begin_form("##committee")) {
        text_field(ctx, "Committee", ptr(base, k::committee_name), gov(&Governance::committee_name),
                   "e.g. Joint governance board");
        text_area(ctx, "Members", ptr(base, k::committee_members), gov(&Governance::committee_members), 2.5f);
        text_field(ctx, "Client manager", ptr(base, k::client_relationship_manager),
                   gov(&Governance::client_relationship_manager), "client relationship manager");
        text_field(ctx, "Provider manager", ptr(base, k::provider_relationship_manager),
                   gov(&Governance::provider_relationship_manager), "provider relationship manager");
        text_area(ctx, "Shared goals", ptr(base, k::shared_goals), gov(&Governance::shared_goals), 3);
        text_area(ctx, "Communication norms", ptr(base, k::communication_norms), gov(&Governance::communication_norms), 3);
        end_form();
    }

    heading("Reporting");
    report_list(ctx);

    heading("Review meetings");
    meeting_list(ctx);

    heading("Escalation path");
    ImGui::TextWrapped("In order: a dispute goes to the first level, then up one level at a time.");
    escalation_list(ctx);

    heading("Corrective action");
    if (begin_form("##corrective")) {
        int_field(ctx, "Plan due within", ptr(base, k::corrective_action_days), gov(&Governance::corrective_action_days),
                  "days", 0, 365);
        field_note("Days after a missed service level or objective to deliver a corrective-action plan.");
        text_area(ctx, "Process", ptr(base, k::corrective_action_process), gov(&Governance::corrective_action_process), 3);
        end_form();
    }
}

}  // namespace bpo::ui
