// Edit commands and their history. Every change to an agreement goes through here, so undo,
// autosave and derived data (findings, document) all see the same stream of changes.
//
// A command knows apply and revert. A new command with the same merge key as the one on top
// of the history, arriving soon enough, merges into it: typing a word is one undo step.
// A group makes a multi-field action one step.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/agreement.hpp"

namespace bpo {

struct EditCommand {
    std::string label;       // "Edit title": shown in the Undo menu item
    std::string merge_key;   // same key + mergeable => merges with the previous command
    bool mergeable = false;
    std::function<void(Agreement&)> apply;
    std::function<void(Agreement&)> revert;
};

// A command that sets the value `locate(agreement)` refers to. `locate` must find the same
// field again later (address rows by id, not by reference), since undo runs after other edits.
template <class T>
EditCommand set_value(std::string label, std::string merge_key,
                      std::function<T*(Agreement&)> locate, T new_value, const Agreement& current) {
    T* field = locate(const_cast<Agreement&>(current));
    T old_value = field ? *field : T{};
    EditCommand c;
    c.label = std::move(label);
    c.merge_key = std::move(merge_key);
    c.mergeable = true;
    c.apply = [locate, new_value](Agreement& a) { if (T* f = locate(a)) *f = new_value; };
    c.revert = [locate, old_value](Agreement& a) { if (T* f = locate(a)) *f = old_value; };
    return c;
}

class EditHistory {
public:
    EditHistory() = default;
    explicit EditHistory(std::size_t limit) : limit_(limit) {}

    // Applies the command and records it. `now_ms` decides merging: commands with the same
    // merge key merge while they arrive within merge_window_ms of each other.
    void execute(Agreement& agreement, EditCommand command, std::int64_t now_ms = 0);
    void begin_group(std::string label);  // until end_group, commands become one step
    void end_group();

    bool can_undo() const { return !done_.empty(); }
    bool can_redo() const { return !undone_.empty(); }
    const std::string& undo_label() const;
    const std::string& redo_label() const;
    bool undo(Agreement& agreement);
    bool redo(Agreement& agreement);
    void clear();
    void seal() { sealed_ = true; }       // the next command never merges (focus left a field)

    std::uint64_t revision() const { return revision_; }  // changes on every apply/undo/redo

    static constexpr std::int64_t merge_window_ms = 1500;

private:
    struct Step {
        std::string label;
        std::string merge_key;
        bool mergeable = false;
        std::int64_t last_ms = 0;
        std::vector<EditCommand> commands;  // applied in order, reverted in reverse
    };
    std::vector<Step> done_;
    std::vector<Step> undone_;
    Step group_;
    int group_depth_ = 0;
    bool sealed_ = false;
    std::size_t limit_ = 1000;
    std::uint64_t revision_ = 0;
};

}  // namespace bpo
