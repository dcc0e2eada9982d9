// An agreement being edited: the model plus its undo history. Views read `agreement` and change
// it only through `apply`, so every change is undoable and bumps the revision.
#pragma once

#include <cstdint>

#include "core/agreement.hpp"
#include "core/edit.hpp"

namespace bpo {

struct Session {
    Agreement agreement;
    EditHistory history;

    void apply(EditCommand command, std::int64_t now_ms) {
        history.execute(agreement, std::move(command), now_ms);
    }
    bool undo() { return history.undo(agreement); }
    bool redo() { return history.redo(agreement); }
    std::uint64_t revision() const { return history.revision(); }
};

}  // namespace bpo
