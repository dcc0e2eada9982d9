// A redline of the generated document: the text of one version against another, with the
// insertions and deletions marked, for reading in the app and exporting as HTML.
//
// Method (linear-ish on whole agreements): the texts are compared line by line first; only
// inside each run of changed lines are the words compared, so an edit costs in proportion to its
// own size. Words are runs of non-space characters; runs of spaces and line breaks count as
// equal to each other, so a paragraph that was only re-wrapped shows no change. Within a change,
// all deleted text comes before all inserted text ("sat on -the mat- +a rug+").
// A changed run longer than max_word_diff_tokens words and spaces (both sides together) is shown
// as whole deleted and inserted lines instead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"

namespace bpo {

enum class SegmentKind { Equal, Inserted, Deleted };

const char* segment_kind_id(SegmentKind kind);  // "equal", "inserted", "deleted"

struct RedlineSegment {
    SegmentKind kind = SegmentKind::Equal;
    std::string text;  // exact text, line breaks included; Equal text is taken from `after`
    friend bool operator==(const RedlineSegment& a, const RedlineSegment& b) {
        return a.kind == b.kind && a.text == b.text;
    }
};

struct Redline {
    std::vector<RedlineSegment> segments;  // adjacent segments never share a kind
    std::size_t inserted_words = 0;
    std::size_t deleted_words = 0;
    bool identical() const { return inserted_words == 0 && deleted_words == 0; }
};

inline constexpr std::size_t max_word_diff_tokens = 40000;

Redline redline_text(std::string_view before, std::string_view after);

// The plain-text documents (render_text(build_document(...))) of two agreements, compared.
Redline redline_agreements(const Agreement& before, const Agreement& after);

// A standalone, print-friendly HTML page: a heading with the two names, a legend and counts,
// then the text with <ins> and <del> (all text escaped; colours kept when printed).
std::string redline_to_html(const Redline& redline, std::string_view before_name, std::string_view after_name);

}  // namespace bpo
