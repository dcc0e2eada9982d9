// One editor view per section of the agreement, registered in one explicit list (views.cpp).
// Each view_<section>.cpp defines its draw function; a view draws fields and emits commands.
#pragma once

#include "core/sections.hpp"
#include "ui/fields.hpp"

namespace bpo::ui {

using ViewFn = void (*)(ViewContext& ctx);

// The editor for a section; never null.
ViewFn view_for(Section section);

void draw_overview(ViewContext& ctx);
void draw_parties(ViewContext& ctx);
void draw_scope(ViewContext& ctx);
void draw_term(ViewContext& ctx);
void draw_service_levels(ViewContext& ctx);
void draw_objectives(ViewContext& ctx);
void draw_governance(ViewContext& ctx);
void draw_transition(ViewContext& ctx);
void draw_pricing(ViewContext& ctx);
void draw_data_security(ViewContext& ctx);
void draw_intellectual_property(ViewContext& ctx);
void draw_termination(ViewContext& ctx);
void draw_disputes(ViewContext& ctx);
void draw_liability(ViewContext& ctx);

}  // namespace bpo::ui
