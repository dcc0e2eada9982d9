#include "core/sequence_diff.hpp"

#include <dtl/dtl.hpp>

namespace bpo {

namespace {

bool all_space(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
}

class WhitespaceCompare : public dtl::Compare<std::string> {
public:
    bool impl(const std::string& e1, const std::string& e2) const override {
        return e1 == e2 || (all_space(e1) && all_space(e2));
    }
};

template <class Cmp>
std::vector<EditStep> run(const std::vector<std::string>& a, const std::vector<std::string>& b, const Cmp& cmp) {
    std::vector<EditStep> steps;
    // dtl needs at least one element on a side to work from; the trivial cases are handled here.
    if (a.empty() || b.empty()) {
        for (std::size_t i = 0; i < a.size(); ++i) steps.push_back({EditOp::Delete, i, 0});
        for (std::size_t j = 0; j < b.size(); ++j) steps.push_back({EditOp::Insert, 0, j});
        return steps;
    }
    dtl::Diff<std::string, std::vector<std::string>, Cmp> diff(a, b, cmp);
    diff.onHuge();  // keeps memory linear on long inputs; the script is the same
    diff.compose();
    const auto sequence = diff.getSes().getSequence();
    steps.reserve(sequence.size());
    for (const auto& element : sequence) {
        const auto& info = element.second;
        // dtl indices are 1-based; 0 (or -1) where the element has no place in that sequence.
        const std::size_t ai = info.beforeIdx > 0 ? static_cast<std::size_t>(info.beforeIdx - 1) : 0;
        const std::size_t bi = info.afterIdx > 0 ? static_cast<std::size_t>(info.afterIdx - 1) : 0;
        switch (info.type) {
            case dtl::SES_COMMON: steps.push_back({EditOp::Keep, ai, bi}); break;
            case dtl::SES_ADD: steps.push_back({EditOp::Insert, 0, bi}); break;
            case dtl::SES_DELETE: steps.push_back({EditOp::Delete, ai, 0}); break;
        }
    }
    return steps;
}

}  // namespace

std::vector<EditStep> diff_sequences(const std::vector<std::string>& a, const std::vector<std::string>& b,
                                     Compare compare) {
    if (compare == Compare::WhitespaceEqual) return run(a, b, WhitespaceCompare{});
    return run(a, b, dtl::Compare<std::string>{});
}

}  // namespace bpo
