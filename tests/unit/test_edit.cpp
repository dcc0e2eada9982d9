#include <doctest/doctest.h>

#include "core/edit.hpp"

using namespace bpo;

namespace {
EditCommand set_title(const Agreement& a, std::string title) {
    return set_value<std::string>("Edit title", "/title",
                                  [](Agreement& x) { return &x.title; }, std::move(title), a);
}
EditCommand set_term_months(const Agreement& a, int months) {
    return set_value<int>("Edit term", "/term/initialTermMonths",
                          [](Agreement& x) { return &x.term.initial_term_months; }, months, a);
}
}  // namespace

TEST_CASE("an edit applies and undo restores the previous value") {
    Agreement a;
    EditHistory h;
    h.execute(a, set_title(a, "Master services agreement"));
    CHECK(a.title == "Master services agreement");
    REQUIRE(h.can_undo());
    CHECK(h.undo_label() == "Edit title");
    h.undo(a);
    CHECK(a.title.empty());
    CHECK_FALSE(h.can_undo());
    REQUIRE(h.can_redo());
    h.redo(a);
    CHECK(a.title == "Master services agreement");
}

TEST_CASE("typing into one field within the merge window is one undo step") {
    Agreement a;
    EditHistory h;
    h.execute(a, set_title(a, "M"), 0);
    h.execute(a, set_title(a, "MS"), 200);
    h.execute(a, set_title(a, "MSA"), 400);
    CHECK(a.title == "MSA");
    h.undo(a);
    CHECK(a.title.empty());
    CHECK_FALSE(h.can_undo());

    SUBCASE("a pause longer than the window starts a new step") {
        Agreement b;
        EditHistory g;
        g.execute(b, set_title(b, "A"), 0);
        g.execute(b, set_title(b, "AB"), EditHistory::merge_window_ms + 1);
        g.undo(b);
        CHECK(b.title == "A");
    }
    SUBCASE("a seal (focus left the field) starts a new step") {
        Agreement b;
        EditHistory g;
        g.execute(b, set_title(b, "A"), 0);
        g.seal();
        g.execute(b, set_title(b, "AB"), 10);
        g.undo(b);
        CHECK(b.title == "A");
    }
    SUBCASE("a different field never merges") {
        Agreement b;
        EditHistory g;
        g.execute(b, set_title(b, "A"), 0);
        g.execute(b, set_term_months(b, 36), 10);
        g.undo(b);
        CHECK(b.title == "A");
        CHECK(b.term.initial_term_months == 0);
    }
}

TEST_CASE("a group of edits is one undo step and a new edit clears redo") {
    Agreement a;
    EditHistory h;
    h.begin_group("Apply template");
    h.execute(a, set_title(a, "Deal"));
    h.execute(a, set_term_months(a, 24));
    h.end_group();
    CHECK(h.undo_label() == "Apply template");
    h.undo(a);
    CHECK(a.title.empty());
    CHECK(a.term.initial_term_months == 0);
    CHECK(h.can_redo());
    h.execute(a, set_term_months(a, 12));
    CHECK_FALSE(h.can_redo());
}

TEST_CASE("the revision changes on every apply, undo and redo") {
    Agreement a;
    EditHistory h;
    const auto r0 = h.revision();
    h.execute(a, set_title(a, "x"));
    const auto r1 = h.revision();
    CHECK(r1 != r0);
    h.undo(a);
    CHECK(h.revision() != r1);
}

TEST_CASE("the history keeps at most its limit of steps") {
    Agreement a;
    EditHistory h(3);
    for (int i = 1; i <= 5; ++i) {
        h.seal();
        h.execute(a, set_term_months(a, i));
    }
    int undos = 0;
    while (h.undo(a)) ++undos;
    CHECK(undos == 3);
    CHECK(a.term.initial_term_months == 2);
}
