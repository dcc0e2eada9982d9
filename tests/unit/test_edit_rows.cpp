#include <doctest/doctest.h>

#include "core/edit_rows.hpp"

using namespace bpo;

namespace {
const ListLocator<Service> services = [](Agreement& a) { return &a.services; };

std::vector<std::string> ids(const Agreement& a) {
    std::vector<std::string> out;
    for (const Service& s : a.services) out.push_back(s.id);
    return out;
}

Agreement with_three_services() {
    Agreement a;
    for (const char* name : {"Payables", "Receivables", "Payroll"}) {
        Service s;
        s.name = name;
        s.id = next_row_id(a.services);
        a.services.push_back(s);
    }
    return a;
}
}  // namespace

TEST_CASE("rows are appended with fresh ids and removed, and both undo") {
    Agreement a = with_three_services();
    EditHistory h;
    Service extra;
    extra.name = "Helpdesk";
    h.execute(a, append_row<Service>("Add service", services, extra, a));
    CHECK(ids(a) == std::vector<std::string>{"svc-1", "svc-2", "svc-3", "svc-4"});
    h.execute(a, remove_row<Service>("Remove service", services, "svc-2", a));
    CHECK(ids(a) == std::vector<std::string>{"svc-1", "svc-3", "svc-4"});
    h.undo(a);
    CHECK(ids(a) == std::vector<std::string>{"svc-1", "svc-2", "svc-3", "svc-4"});
    CHECK(a.services[1].name == "Receivables");
    h.undo(a);
    CHECK(ids(a) == std::vector<std::string>{"svc-1", "svc-2", "svc-3"});
}

TEST_CASE("a duplicate lands after its original with a new id") {
    Agreement a = with_three_services();
    EditHistory h;
    h.execute(a, duplicate_row<Service>("Duplicate service", services, "svc-1", a));
    CHECK(ids(a) == std::vector<std::string>{"svc-1", "svc-4", "svc-2", "svc-3"});
    CHECK(a.services[1].name == "Payables");
    h.undo(a);
    CHECK(ids(a) == std::vector<std::string>{"svc-1", "svc-2", "svc-3"});
}

TEST_CASE("rows move up and down within bounds, and moves undo") {
    Agreement a = with_three_services();
    EditHistory h;
    h.execute(a, move_row<Service>("Move down", services, "svc-1", +1, a));
    CHECK(ids(a) == std::vector<std::string>{"svc-2", "svc-1", "svc-3"});
    h.execute(a, move_row<Service>("Move up", services, "svc-2", -1, a));  // already first: no change
    CHECK(ids(a) == std::vector<std::string>{"svc-2", "svc-1", "svc-3"});
    h.undo(a);  // undoing the no-op changes nothing
    CHECK(ids(a) == std::vector<std::string>{"svc-2", "svc-1", "svc-3"});
    h.undo(a);
    CHECK(ids(a) == std::vector<std::string>{"svc-1", "svc-2", "svc-3"});
}
