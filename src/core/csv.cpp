#include "core/csv.hpp"

namespace bpo {

namespace {

template <class Cells>
void append_row(std::string& out, const Cells& cells) {
    bool first = true;
    for (const std::string& c : cells) {
        if (!first) out += ',';
        out += csv_cell(c);
        first = false;
    }
    out += "\r\n";
}

}  // namespace

std::string csv_cell(std::string_view value) {
    const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    // A leading =, +, - or @ makes spreadsheets run the cell as a formula: keep it text.
    const bool formula = !value.empty() && (value.front() == '=' || value.front() == '+' ||
                                            value.front() == '@' || (value.front() == '-' && value.size() > 1 &&
                                                                     !(value[1] >= '0' && value[1] <= '9')));
    std::string out;
    if (formula) out += '\'';
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return quote || formula ? "\"" + out + "\"" : out;
}

void csv_row(std::string& out, std::initializer_list<std::string> cells) { append_row(out, cells); }

void csv_row(std::string& out, const std::vector<std::string>& cells) { append_row(out, cells); }

}  // namespace bpo
