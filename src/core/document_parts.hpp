// Internal to the document builder (document_builder.cpp, document_schedules.cpp): value
// formatting, missing-value tracking and the schedules' tables. Not part of the public API.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/agreement.hpp"
#include "core/document.hpp"

namespace bpo::docbuild {

std::string format_date(Date date);                     // "1 March 2025"; empty when not set
std::string format_number(double value);                // "1,200", "99.5", "0.25"
std::string plural(long long n, std::string_view singular, std::string_view plural_form);  // "1 day", "30 days"
std::string join_pointer(std::initializer_list<std::string_view> tokens);  // "/client/legalName"
std::string item_pointer(std::string_view list, std::size_t index, std::string_view key);  // "/services/2/name"
std::string lower_copy(std::string s);                  // first letter in lower case
std::string measure_text(double value, MetricUnit unit);  // "80%", "5 days", "4.5 (score)"
std::string target_text(std::optional<double> value, MetricUnit unit, Direction direction);  // "at least 80%"

// The same, appended to `out` (no temporary strings: table rows are built in bulk).
void append_number(std::string& out, double value);
void append_measure(std::string& out, double value, MetricUnit unit);
void append_target(std::string& out, std::optional<double> value, MetricUnit unit, Direction direction);

// Empty or only spaces, tabs and line breaks. Inline: asked of nearly every table cell.
inline bool is_blank(std::string_view text) {
    for (char ch : text)
        if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') return false;
    return true;
}

// Everything the builder needs while it walks the agreement.
class Builder {
public:
    explicit Builder(const Agreement& agreement) : a(agreement) {}

    const Agreement& a;
    std::vector<MissingValue> missing;

    // Records a missing value (once per pointer) and returns the label in brackets.
    void note_missing(const std::string& pointer, std::string_view label);

    // Template values (encoded for the clause markup): the text, or a placeholder when empty.
    std::string value(std::string_view text, const std::string& pointer, std::string_view label);
    // "30 days" from a count, or a placeholder when the count is not positive.
    std::string count(long long n, std::string_view singular, std::string_view plural_form,
                      const std::string& pointer, std::string_view label);
    // Date value, or a placeholder.
    std::string date(Date d, const std::string& pointer, std::string_view label);

    // Table cells (raw text runs, escaped later by each renderer), each a new cell of the
    // current row.
    static void cell(TableRows& t, std::string_view text) {  // "" -> "Not stated"
        t.start_cell();
        t.add_run(RunKind::Text, text.empty() ? std::string_view("Not stated") : text);
    }
    static void plain_cell(TableRows& t, std::string_view text) {  // as it is, even empty
        t.start_cell();
        t.add_run(RunKind::Text, text);
    }
    static void strong(TableRows& t, std::string_view text) {
        t.start_cell();
        t.add_run(RunKind::Strong, text);
    }
    static void empty_cell(TableRows& t) { t.start_cell(); }
    // The text, or a placeholder for a missing value. The pointer and the label are built only
    // when the value is missing: pointer() and label() return std::string.
    template <class Pointer, class Label>
    void cell_required(TableRows& t, std::string_view text, Pointer&& pointer, Label&& label) {
        t.start_cell();
        if (!is_blank(text)) {
            t.add_run(RunKind::Text, text);
            return;
        }
        const std::string l = label();
        note_missing(pointer(), l);
        placeholder_run(t, l);
    }
    void cell_required(TableRows& t, std::string_view text, const std::string& pointer, std::string_view label) {
        cell_required(t, text, [&] { return pointer; }, [&] { return std::string(label); });
    }
    static void placeholder_run(TableRows& t, std::string_view label);  // "[label]"

    // Inline versions, for text outside tables.
    Inline cell_required(std::string_view text, const std::string& pointer, std::string_view label);

    std::string_view service_name(const std::string& service_id) const;  // "" when unknown
    std::string currency() const;

    std::map<std::string, Table> tables;  // filled by add_schedule_tables
    std::string scratch;                  // reused while composing a cell's text

private:
    std::unordered_set<std::string> seen_;
    mutable std::unordered_map<std::string_view, std::size_t> service_index_;
    mutable bool service_index_built_ = false;
};

// Adds every table the schedules and sections may place with "@table NAME".
void add_schedule_tables(Builder& builder);

}  // namespace bpo::docbuild
