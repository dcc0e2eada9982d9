// Where a field of the agreement shows in the generated document: from a JSON pointer (a
// finding's or a diff change's) to the anchors of the clauses and schedules that print it, so
// the preview can mark a deviation where the reader sees it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace bpo {

// Anchors that exist in `document` for the field at `pointer`, most specific first
// ("/security/breachNoticeHours" -> {"data.incidents", "data", "schedule.data-protection"}).
// Empty when the field is not printed anywhere (then mark the finding's section instead).
std::vector<std::string> document_anchors(const Document& document, std::string_view pointer);

// The same without a document: every anchor the field can show at, whether printed or not.
std::vector<std::string> candidate_anchors(std::string_view pointer);

}  // namespace bpo
