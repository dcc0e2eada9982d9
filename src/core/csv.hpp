// CSV writing shared by every export (RFC 4180): comma-separated, a cell is quoted when it holds
// a comma, a quote, CR or LF or starts/ends with a space; quotes are doubled; lines end in CRLF.
// A cell that a spreadsheet would run as a formula (leading =, +, @, or - not followed by a
// digit) is prefixed with an apostrophe and quoted, so it stays text.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace bpo {

std::string csv_cell(std::string_view value);                              // one escaped cell
void csv_row(std::string& out, std::initializer_list<std::string> cells);  // cells + CRLF
void csv_row(std::string& out, const std::vector<std::string>& cells);     // cells + CRLF

}  // namespace bpo
