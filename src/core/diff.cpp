#include "core/diff.hpp"

#include <cctype>
#include <cstdint>
#include <map>
#include <set>

#include "core/json_format.hpp"
#include "core/json_keys.hpp"
#include "core/money.hpp"
#include "core/sequence_diff.hpp"

namespace bpo {

namespace {

using json = nlohmann::ordered_json;

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "initialTermMonths" -> "Initial term months"; "unitPriceMinor" -> "Unit price";
// "atRiskPercent" -> "At risk (%)".
std::string humanize(std::string key) {
    std::string suffix;
    if (ends_with(key, "Minor") && key.size() > 5) key.resize(key.size() - 5);
    else if (ends_with(key, "Percent") && key.size() > 7) {
        key.resize(key.size() - 7);
        suffix = " (%)";
    }
    std::string out;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        if (std::isupper(static_cast<unsigned char>(c))) {
            if (i > 0) out += ' ';
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            out += c;
        }
    }
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out + suffix;
}

// Top-level keys whose section title already names them ("Service levels › Service levels" reads badly).
bool label_is_section(const std::string& key) {
    static const char* const same[] = {keys::services,   keys::term,     keys::service_levels, keys::objectives,
                                       keys::governance, keys::transition, keys::pricing,      keys::security,
                                       keys::ip,         keys::termination, keys::disputes,    keys::liability};
    for (const char* k : same)
        if (key == k) return true;
    return false;
}

// What a row is called: its name, title, ... or its id.
std::string row_name(const json& row) {
    if (!row.is_object()) return {};
    static const char* const names[] = {"name", "title", "legalName", "kind", "description", "covers", "id"};
    for (const char* n : names) {
        const auto it = row.find(n);
        if (it != row.end() && it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
    }
    return {};
}

bool is_row_list(const json& list) {
    if (!list.is_array()) return false;
    std::set<std::string> seen;
    for (const json& e : list) {
        if (!e.is_object()) return false;
        const auto id = e.find("id");
        if (id == e.end() || !id->is_string() || id->get<std::string>().empty()) return false;
        if (!seen.insert(id->get<std::string>()).second) return false;
    }
    return true;
}

bool all_scalars(const json& list) {
    for (const json& e : list)
        if (e.is_object() || e.is_array()) return false;
    return true;
}

class Differ {
public:
    Differ(const json& before, const json& after, std::vector<FieldChange>& out) : out_(out) {
        before_currency_ = currency_of(before);
        after_currency_ = currency_of(after);
    }

    void compare(const json& a, const json& b, const std::string& pa, const std::string& pb,
                 const std::string& label, const std::string& key) {
        if (a == b) return;
        if (a.is_object() && b.is_object()) {
            compare_objects(a, b, pa, pb, label);
            return;
        }
        if (a.is_array() && b.is_array() && !(all_scalars(a) && all_scalars(b))) {
            if (is_row_list(a) && is_row_list(b)) compare_rows(a, b, pa, pb, label, key);
            else compare_by_position(a, b, pa, pb, label, key);
            return;
        }
        add(ChangeKind::Changed, pb, pa, label, a, b, key);
    }

private:
    static std::string currency_of(const json& doc) {
        const auto p = doc.find(keys::pricing);
        if (p == doc.end() || !p->is_object()) return "USD";
        const auto c = p->find(keys::Pricing::currency);
        return c != p->end() && c->is_string() ? c->get<std::string>() : "USD";
    }

    static std::string join(const std::string& label, const std::string& part) {
        if (part.empty()) return label;
        return label.empty() ? part : label + " \xE2\x80\xBA " + part;  // U+203A
    }

    std::string text(const json& v, const std::string& key, const std::string& currency) const {
        if (v.is_null()) return {};
        if (v.is_string()) return v.get<std::string>();
        if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
        if (v.is_number_integer() && ends_with(key, "Minor"))
            return format_money(Money{v.get<std::int64_t>()}, currency);
        if (v.is_number()) return v.dump() + (ends_with(key, "Percent") ? "%" : "");
        if (v.is_array()) {
            std::string out;
            for (const json& e : v) {
                if (!out.empty()) out += ", ";
                out += e.is_object() && !row_name(e).empty() ? row_name(e) : text(e, key, currency);
            }
            return out;
        }
        const std::string name = row_name(v);
        return name.empty() ? v.dump() : name;
    }

    void add(ChangeKind kind, const std::string& pointer, const std::string& before_pointer, const std::string& label,
             const json& a, const json& b, const std::string& key) {
        FieldChange c;
        c.kind = kind;
        c.pointer = pointer;
        c.before_pointer = before_pointer;
        c.section = section_of_pointer(pointer);
        c.label = label;
        c.old_json = a;
        c.new_json = b;
        c.old_value = text(a, key, before_currency_);
        c.new_value = text(b, key, after_currency_);
        out_.push_back(std::move(c));
    }

    std::string child_label(const std::string& label, const std::string& parent_pointer, const std::string& key) const {
        if (parent_pointer.empty()) {  // top level: the section first
            const std::string section(section_title(section_of_pointer("/" + key)));
            if (key == keys::extensions) return join(section, "Extensions");
            return label_is_section(key) ? section : join(section, humanize(key));
        }
        return join(label, humanize(key));
    }

    void compare_objects(const json& a, const json& b, const std::string& pa, const std::string& pb,
                         const std::string& label) {
        for (auto it = b.begin(); it != b.end(); ++it) {
            const std::string& key = it.key();
            const std::string token = "/" + json_pointer_token(key);
            const std::string lab = child_label(label, pb, key);
            const auto old = a.find(key);
            if (old == a.end()) add(ChangeKind::Added, pb + token, "", lab, json(), it.value(), key);
            else compare(old.value(), it.value(), pa + token, pb + token, lab, key);
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (b.contains(it.key())) continue;
            const std::string token = "/" + json_pointer_token(it.key());
            add(ChangeKind::Removed, pa + token, pa + token, child_label(label, pa, it.key()), it.value(), json(),
                it.key());
        }
    }

    void compare_rows(const json& a, const json& b, const std::string& pa, const std::string& pb,
                      const std::string& label, const std::string& key) {
        std::map<std::string, std::size_t> old_index, new_index;
        for (std::size_t i = 0; i < a.size(); ++i) old_index[a[i]["id"].get<std::string>()] = i;
        for (std::size_t j = 0; j < b.size(); ++j) new_index[b[j]["id"].get<std::string>()] = j;

        for (std::size_t i = 0; i < a.size(); ++i) {
            const std::string id = a[i]["id"].get<std::string>();
            if (new_index.count(id)) continue;
            const std::string p = pa + "/" + std::to_string(i);
            add(ChangeKind::Removed, p, p, join(label, row_label(a[i], i)), a[i], json(), key);
        }
        // The common rows in old and new order: those outside a longest common subsequence moved.
        std::vector<std::string> old_order, new_order;
        for (const json& r : a)
            if (new_index.count(r["id"].get<std::string>())) old_order.push_back(r["id"].get<std::string>());
        for (const json& r : b)
            if (old_index.count(r["id"].get<std::string>())) new_order.push_back(r["id"].get<std::string>());
        std::set<std::string> stayed;
        if (old_order != new_order) {
            for (const EditStep& s : diff_sequences(old_order, new_order))
                if (s.op == EditOp::Keep) stayed.insert(new_order[s.b]);
        } else {
            stayed.insert(new_order.begin(), new_order.end());
        }

        for (std::size_t j = 0; j < b.size(); ++j) {
            const std::string id = b[j]["id"].get<std::string>();
            const std::string p = pb + "/" + std::to_string(j);
            const std::string lab = join(label, row_label(b[j], j));
            const auto old = old_index.find(id);
            if (old == old_index.end()) {
                add(ChangeKind::Added, p, "", lab, json(), b[j], key);
                continue;
            }
            const std::string before_p = pa + "/" + std::to_string(old->second);
            if (!stayed.count(id)) {
                FieldChange c;
                c.kind = ChangeKind::Moved;
                c.pointer = p;
                c.before_pointer = before_p;
                c.section = section_of_pointer(p);
                c.label = lab;
                c.old_value = std::to_string(old->second + 1);
                c.new_value = std::to_string(j + 1);
                c.old_json = static_cast<std::int64_t>(old->second + 1);
                c.new_json = static_cast<std::int64_t>(j + 1);
                out_.push_back(std::move(c));
            }
            compare(a[old->second], b[j], before_p, p, lab, key);
        }
    }

    void compare_by_position(const json& a, const json& b, const std::string& pa, const std::string& pb,
                             const std::string& label, const std::string& key) {
        const std::size_t common = std::min(a.size(), b.size());
        for (std::size_t i = 0; i < common; ++i) {
            const std::string t = "/" + std::to_string(i);
            compare(a[i], b[i], pa + t, pb + t, join(label, row_label(b[i], i)), key);
        }
        for (std::size_t i = common; i < a.size(); ++i) {
            const std::string p = pa + "/" + std::to_string(i);
            add(ChangeKind::Removed, p, p, join(label, row_label(a[i], i)), a[i], json(), key);
        }
        for (std::size_t j = common; j < b.size(); ++j)
            add(ChangeKind::Added, pb + "/" + std::to_string(j), "", join(label, row_label(b[j], j)), json(), b[j], key);
    }

    static std::string row_label(const json& row, std::size_t index) {
        const std::string name = row_name(row);
        return name.empty() ? "#" + std::to_string(index + 1) : name;
    }

    std::vector<FieldChange>& out_;
    std::string before_currency_;
    std::string after_currency_;
};

}  // namespace

const char* change_kind_id(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::Added: return "added";
        case ChangeKind::Removed: return "removed";
        case ChangeKind::Changed: return "changed";
        case ChangeKind::Moved: return "moved";
    }
    return "changed";
}

std::size_t AgreementDiff::count_in(Section section) const {
    std::size_t n = 0;
    for (const FieldChange& c : changes)
        if (c.section == section) ++n;
    return n;
}

AgreementDiff diff_agreement_json(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after) {
    AgreementDiff diff;
    Differ differ(before, after, diff.changes);
    differ.compare(before, after, "", "", "", "");
    return diff;
}

AgreementDiff diff_agreements(const Agreement& before, const Agreement& after) {
    return diff_agreement_json(agreement_to_json(before), agreement_to_json(after));
}

std::string format_change(const FieldChange& c) {
    auto shown = [](const std::string& v) { return v.empty() ? std::string("(none)") : v; };
    std::string line = c.pointer + " (" + c.label + "): ";
    switch (c.kind) {
        case ChangeKind::Added: return line + "added " + shown(c.new_value);
        case ChangeKind::Removed: return line + "removed " + shown(c.old_value);
        case ChangeKind::Moved: return line + "moved from position " + c.old_value + " to " + c.new_value;
        case ChangeKind::Changed: break;
    }
    return line + shown(c.old_value) + " -> " + shown(c.new_value);
}

nlohmann::ordered_json diff_to_json(const AgreementDiff& diff) {
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const FieldChange& c : diff.changes) {
        changes.push_back({{"kind", change_kind_id(c.kind)},
                           {"pointer", c.pointer},
                           {"beforePointer", c.before_pointer},
                           {"section", std::string(section_id(c.section))},
                           {"label", c.label},
                           {"old", c.old_value},
                           {"new", c.new_value},
                           {"oldValue", c.old_json},
                           {"newValue", c.new_json}});
    }
    return {{"format", "bpo-diff"}, {"version", 1}, {"identical", diff.identical()}, {"changes", changes}};
}

}  // namespace bpo
