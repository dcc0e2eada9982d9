#include "ui/views.hpp"

namespace bpo::ui {

ViewFn view_for(Section section) {
    switch (section) {
        case Section::Overview: return draw_overview;
        case Section::Parties: return draw_parties;
        case Section::Scope: return draw_scope;
        case Section::Term: return draw_term;
        case Section::ServiceLevels: return draw_service_levels;
        case Section::Objectives: return draw_objectives;
        case Section::Governance: return draw_governance;
        case Section::Transition: return draw_transition;
        case Section::Pricing: return draw_pricing;
        case Section::DataSecurity: return draw_data_security;
        case Section::IntellectualProperty: return draw_intellectual_property;
        case Section::Termination: return draw_termination;
        case Section::Disputes: return draw_disputes;
        case Section::Liability: return draw_liability;
    }
    return draw_overview;
}

}  // namespace bpo::ui
