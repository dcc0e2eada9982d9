// The live preview of the agreement document.
#pragma once

#include "core/session.hpp"

namespace bpo::ui {

void draw_preview(const Session& session);

}  // namespace bpo::ui
