// Long sequences of items of differing heights (the preview's clauses and schedule blocks, the
// findings), drawn only where the window shows them. Each item's height is measured when it is
// drawn and reused to step over it while it is out of view, so a frame costs what is visible,
// not what the document holds. ImGuiListClipper needs one height for all items; these wrap.
//
// Heights stay valid while the content and the window's width and font stay the same: call
// begin() every frame with a key of the content (revision, draft, ...); a different key or
// width forgets them, and the next frame draws (and measures) everything once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace bpo::ui {

class MeasuredLayout {
public:
    // In the window the items are drawn in, before the first sequence.
    void begin(std::uint64_t revision, const std::string& draft_id, std::uint64_t generation = 0);

    // Draws items 0..count-1 of the sequence `id` (any address that stays the same for the same
    // content, such as the vector the items come from) one under the other at the cursor, each
    // from the start of a line to the start of the next. Sequences may nest inside items.
    void sequence(const void* id, std::size_t count, const std::function<void(std::size_t)>& draw);

private:
    struct Heights {
        std::vector<float> height;  // < 0: not measured yet
        std::vector<float> offset;  // offset[i]: top of item i from the sequence's top; size count+1
        bool offsets_valid = false;  // every height known and summed into offset
    };
    std::unordered_map<const void*, Heights> sequences_;
    std::uint64_t revision_ = UINT64_MAX;
    std::string draft_id_;
    std::uint64_t generation_ = 0;
    float width_ = -1;
    float font_size_ = -1;
};

}  // namespace bpo::ui
