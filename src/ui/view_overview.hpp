// Editor of the Overview section: title and client profile.
#pragma once

#include <cstdint>

#include "core/session.hpp"

namespace bpo::ui {

void draw_overview(Session& session, std::int64_t now_ms);

}  // namespace bpo::ui
