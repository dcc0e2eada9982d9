#include "core/edit.hpp"

namespace bpo {

namespace {
const std::string empty_label;
}

void EditHistory::execute(Agreement& agreement, EditCommand command, std::int64_t now_ms) {
    command.apply(agreement);
    ++revision_;
    undone_.clear();
    if (group_depth_ > 0) {
        group_.commands.push_back(std::move(command));
        return;
    }
    if (!sealed_ && !done_.empty()) {
        Step& top = done_.back();
        if (top.mergeable && command.mergeable && top.merge_key == command.merge_key &&
            now_ms - top.last_ms <= merge_window_ms) {
            // Keep the first command's revert (the value before typing started) and the
            // newest command's apply.
            EditCommand& first = top.commands.front();
            first.apply = std::move(command.apply);
            top.last_ms = now_ms;
            return;
        }
    }
    sealed_ = false;
    Step step;
    step.label = command.label;
    step.merge_key = command.merge_key;
    step.mergeable = command.mergeable;
    step.last_ms = now_ms;
    step.commands.push_back(std::move(command));
    done_.push_back(std::move(step));
    if (done_.size() > limit_) done_.erase(done_.begin());
}

void EditHistory::begin_group(std::string label) {
    if (group_depth_++ == 0) {
        group_ = Step{};
        group_.label = std::move(label);
    }
}

void EditHistory::end_group() {
    if (group_depth_ == 0 || --group_depth_ > 0) return;
    if (group_.commands.empty()) return;
    sealed_ = false;
    done_.push_back(std::move(group_));
    group_ = Step{};
    if (done_.size() > limit_) done_.erase(done_.begin());
}

const std::string& EditHistory::undo_label() const {
    return done_.empty() ? empty_label : done_.back().label;
}

const std::string& EditHistory::redo_label() const {
    return undone_.empty() ? empty_label : undone_.back().label;
}

bool EditHistory::undo(Agreement& agreement) {
    if (done_.empty()) return false;
    Step step = std::move(done_.back());
    done_.pop_back();
    for (auto it = step.commands.rbegin(); it != step.commands.rend(); ++it) it->revert(agreement);
    step.mergeable = false;  // a redone step never absorbs later typing
    undone_.push_back(std::move(step));
    ++revision_;
    sealed_ = true;
    return true;
}

bool EditHistory::redo(Agreement& agreement) {
    if (undone_.empty()) return false;
    Step step = std::move(undone_.back());
    undone_.pop_back();
    for (EditCommand& c : step.commands) c.apply(agreement);
    done_.push_back(std::move(step));
    ++revision_;
    sealed_ = true;
    return true;
}

void EditHistory::clear() {
    done_.clear();
    undone_.clear();
    group_depth_ = 0;
    group_ = Step{};
    sealed_ = false;
    ++revision_;
}

}  // namespace bpo
