// Agreement -> document tree. The clause texts come from the clause library (clauses.hpp,
// assets/clauses/); the schedules' tables from the model. Pure: the same agreement always gives
// the same document. Linear in the size of the agreement.
#pragma once

#include <string_view>

#include "core/agreement.hpp"
#include "core/document.hpp"

namespace bpo {

Document build_document(const Agreement& agreement);  // never throws for any agreement

// The notice printed at the top of every output.
std::string_view draft_notice();

}  // namespace bpo
