// The shortest edit script between two sequences of strings (Myers' O(ND) algorithm, from
// Debian's header-only dtl): the one place that includes <dtl/dtl.hpp>. Used by the field diff
// (rows matched by id, to tell moved rows) and the redline (lines, then words).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace bpo {

enum class EditOp { Keep, Insert, Delete };

struct EditStep {
    EditOp op = EditOp::Keep;
    std::size_t a = 0;  // index into the first sequence (Keep, Delete)
    std::size_t b = 0;  // index into the second sequence (Keep, Insert)
};

// How elements compare: exactly, or with any two all-whitespace elements equal (so re-wrapped
// text does not count as a change).
enum class Compare { Exact, WhitespaceEqual };

// Steps in order: following them turns `a` into `b`. Keeps are as many as possible (an LCS).
std::vector<EditStep> diff_sequences(const std::vector<std::string>& a, const std::vector<std::string>& b,
                                     Compare compare = Compare::Exact);

}  // namespace bpo
