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

    // Table cells (raw text runs, escaped later by each renderer).
    static Inline cell(std::string_view text);                    // "" -> "Not stated"
    static Inline strong(std::string_view text);
    Inline cell_required(std::string_view text, const std::string& pointer, std::string_view label);

    const std::string& service_name(const std::string& service_id) const;  // "" when unknown
    std::string currency() const;

    std::map<std::string, Table> tables;  // filled by add_schedule_tables

private:
    std::unordered_set<std::string> seen_;
    mutable std::unordered_map<std::string, std::size_t> service_index_;
};

// Adds every table the schedules and sections may place with "@table NAME".
void add_schedule_tables(Builder& builder);

}  // namespace bpo::docbuild
