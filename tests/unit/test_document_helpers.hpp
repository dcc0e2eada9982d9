// Helpers shared by the document and renderer tests: fixtures, hostile strings, a small
// well-formedness checker for HTML and XML.
#pragma once

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/json_format.hpp"

namespace bpo::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline const std::vector<std::string>& fixture_names() {
    static const std::vector<std::string> names = {"startup-customer-support", "midsize-finance-hr", "enterprise-multi-tower"};
    return names;
}

inline Agreement load_fixture(const std::string& name) {
    const ImportResult r = import_agreement(read_file(std::string(BPO_SOURCE_DIR) + "/tests/fixtures/" + name + ".json"));
    return r.agreement;
}

// Checks tags balance: every element opened is closed in order. html: void elements allowed.
// Returns an empty string when well-formed, else what went wrong.
inline std::string check_markup(const std::string& text, bool html) {
    static const std::vector<std::string> void_elements = {"meta", "br", "hr", "img", "input", "link", "wbr"};
    std::vector<std::string> stack;
    std::size_t i = 0;
    bool in_style = false;
    while ((i = text.find('<', i)) != std::string::npos) {
        if (in_style) {
            if (text.compare(i, 8, "</style>") != 0) return "'<' inside style";
            in_style = false;
        }
        const std::size_t end = text.find('>', i);
        if (end == std::string::npos) return "unterminated tag";
        std::string tag = text.substr(i + 1, end - i - 1);
        i = end + 1;
        if (tag.empty()) return "empty tag";
        if (tag[0] == '!' || tag[0] == '?') continue;
        if (tag.find('<') != std::string::npos) return "'<' inside a tag: " + tag;
        const bool closing = tag[0] == '/';
        const bool self_closing = tag.back() == '/';
        std::string name = tag.substr(closing ? 1 : 0);
        name = name.substr(0, name.find_first_of(" /\t\n"));
        if (closing) {
            if (stack.empty() || stack.back() != name) return "unexpected </" + name + ">";
            stack.pop_back();
            continue;
        }
        if (self_closing) continue;
        if (html && std::find(void_elements.begin(), void_elements.end(), name) != void_elements.end()) continue;
        if (html && name == "style") in_style = true;
        stack.push_back(name);
    }
    if (!stack.empty()) return "unclosed <" + stack.back() + ">";
    return {};
}

// A string that tries every trick: markup, script, entities, quotes, CDATA end, Markdown.
inline std::string hostile(const std::string& tag) {
    return tag + " <script>alert(1)</script> & &amp; \"q\" 'a' ]]> | pipe `code` *em* _u_ [link](http://x) # h"
                 " {{mustache}} [[Term]] <<ref>> {?ph?} \\ \x01\x02\x0b\x1f\xef\xbf\xbe end";
}

// Every free-text field of the agreement set to a hostile string naming the field.
inline void make_hostile(Agreement& a) {
    a.title = hostile("title");
    for (Party* p : {&a.client, &a.provider}) {
        for (std::string* s : {&p->legal_name, &p->entity_type, &p->jurisdiction, &p->registration_number, &p->address,
                               &p->signatory_name, &p->signatory_title, &p->notice_contact, &p->notice_email})
            *s = hostile("party");
    }
    for (Responsibility& r : a.responsibilities) r.description = hostile("responsibility");
    for (Service& s : a.services) {
        for (std::string* f : {&s.name, &s.category, &s.description, &s.in_scope, &s.out_of_scope, &s.location_detail,
                               &s.volume_unit, &s.coverage_hours})
            *f = hostile("service");
        for (std::string& l : s.languages) l = hostile("language");
    }
    for (ServiceLevel& sl : a.service_levels) {
        sl.name = hostile("sl-name");
        sl.definition = hostile("sl-definition");
    }
    for (Objective& o : a.objectives)
        for (std::string* f : {&o.title, &o.description, &o.metric, &o.owner}) *f = hostile("objective");
    Governance& g = a.governance;
    for (Report& r : g.reports) r.name = r.contents = hostile("report");
    for (Meeting& m : g.meetings) m.name = m.participants = m.agenda = hostile("meeting");
    for (std::string* f : {&g.committee_name, &g.committee_members, &g.client_relationship_manager, &g.provider_relationship_manager,
                           &g.shared_goals, &g.communication_norms, &g.corrective_action_process})
        *f = hostile("governance");
    for (EscalationLevel& e : g.escalation) e.name = e.client_contact = e.provider_contact = hostile("escalation");
    for (TransitionPhase& p : a.transition.phases) p.name = hostile("phase");
    for (Milestone& m : a.transition.milestones) m.name = m.acceptance_criteria = hostile("milestone");
    a.transition.communication_plan = a.transition.training_plan = a.transition.contingency_plan = hostile("transition");
    for (RateLine& r : a.pricing.rates) r.description = r.unit = hostile("rate");
    a.pricing.adjustment_index = hostile("index");
    a.security.access_control = a.security.personal_data = a.security.baa_reference = hostile("security");
    for (std::string& l : a.security.data_locations) l = hostile("location");
    a.confidentiality.exclusions = hostile("confidentiality");
    a.ip.client_background_ip = a.ip.provider_background_ip = a.ip.licence_notes = hostile("ip");
    a.termination.exit_plan = hostile("exit");
    a.disputes.mediation_body = a.disputes.arbitration_rules = a.disputes.seat = a.disputes.governing_law = a.disputes.venue =
        hostile("disputes");
    for (std::string& e : a.liability.exclusions) e = hostile("exclusion");
    for (Indemnity& in : a.liability.indemnities) in.covers = hostile("indemnity");
    for (Insurance& in : a.liability.insurance) in.kind = hostile("insurance");
}

}  // namespace bpo::test
