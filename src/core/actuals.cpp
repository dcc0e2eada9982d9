#include "core/actuals.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include <nlohmann/json.hpp>

namespace bpo {

namespace {

using nlohmann::json;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string_view strip_bom(std::string_view text) {
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    return text;
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// RFC 6901 escaping of one reference token.
std::string escape_token(std::string_view token) {
    std::string out;
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

// Strict decimal: [+-]digits[.digits] or [+-].digits, optional exponent. No locale, no hex, no inf.
std::optional<double> parse_number(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t digits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { ++i; ++digits; }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { ++i; ++digits; }
    }
    if (digits == 0) return std::nullopt;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        std::size_t exp_digits = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { ++i; ++exp_digits; }
        if (exp_digits == 0) return std::nullopt;
    }
    if (i != s.size()) return std::nullopt;
    const std::string copy(s);
    return std::strtod(copy.c_str(), nullptr);
}

void sort_months(Actuals& a) {
    std::sort(a.months.begin(), a.months.end(),
              [](const ActualsMonth& x, const ActualsMonth& y) { return x.month < y.month; });
}

// Records where a JSON syntax error is; every other event is accepted.
struct SyntaxErrorFinder : nlohmann::json_sax<json> {
    std::size_t position = 0;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception&) override {
        position = pos;
        return false;
    }
};

void line_column(std::string_view text, std::size_t position, int& line, int& column) {
    line = 1;
    column = 1;
    for (std::size_t i = 0; i + 1 < position && i < text.size(); ++i) {
        if (text[i] == '\n') { ++line; column = 1; }
        else ++column;
    }
}

// ---- CSV reading --------------------------------------------------------------------------

struct CsvRecord {
    int row = 0;                      // 1-based record number
    std::vector<std::string> fields;
};

// Splits RFC 4180 style CSV: comma separator, double-quoted fields with "" escapes, line breaks
// inside quotes, LF or CRLF endings. Records that are entirely empty are skipped.
std::vector<CsvRecord> read_csv(std::string_view text, std::vector<ActualsError>& errors) {
    std::vector<CsvRecord> records;
    CsvRecord current;
    std::string field;
    bool quoted = false;        // inside quotes
    bool was_quoted = false;    // this field started with a quote
    bool after_quote = false;   // quote closed, only a separator or line end may follow
    int row = 1;
    auto end_field = [&]() {
        current.fields.push_back(was_quoted ? field : trim(field));
        field.clear();
        was_quoted = false;
        after_quote = false;
    };
    auto end_record = [&]() {
        end_field();
        const bool empty = current.fields.size() == 1 && current.fields[0].empty();
        if (!empty) {
            current.row = row;
            records.push_back(std::move(current));
        }
        current = CsvRecord{};
        ++row;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
                else { quoted = false; after_quote = true; }
            } else {
                field += c;
            }
            continue;
        }
        if (c == ',') { end_field(); continue; }
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        if (c == '\n' || c == '\r') { end_record(); continue; }
        if (after_quote) {
            if (c == ' ' || c == '\t') continue;
            errors.push_back({"actuals.csv-text-after-quote", "", row,
                              static_cast<int>(current.fields.size()) + 1, std::string(1, c)});
            after_quote = false;
            continue;
        }
        if (c == '"' && trim(field).empty()) { field.clear(); quoted = true; was_quoted = true; continue; }
        field += c;
    }
    if (quoted)
        errors.push_back({"actuals.csv-unclosed-quote", "", row, static_cast<int>(current.fields.size()) + 1, ""});
    if (!field.empty() || !current.fields.empty() || was_quoted) end_record();
    return records;
}

}  // namespace

std::string to_string(YearMonth m) {
    std::string y = std::to_string(m.year);
    if (y.size() < 4) y.insert(0, 4 - y.size(), '0');
    std::string mm = std::to_string(m.month);
    if (mm.size() < 2) mm.insert(0, 1, '0');
    return y + "-" + mm;
}

std::optional<YearMonth> parse_year_month(std::string_view t) {
    if (t.size() != 7 && t.size() != 10) return std::nullopt;
    if (t[4] != '-' || !all_digits(t.substr(0, 4)) || !all_digits(t.substr(5, 2))) return std::nullopt;
    YearMonth m{to_int(t.substr(0, 4)), to_int(t.substr(5, 2))};
    if (m.year < 1 || m.month < 1 || m.month > 12) return std::nullopt;
    if (t.size() == 10) {
        if (t[7] != '-' || !all_digits(t.substr(8, 2))) return std::nullopt;
        const int d = to_int(t.substr(8, 2));
        if (d < 1 || d > 31) return std::nullopt;
    }
    return m;
}

ActualsImport import_actuals_json(std::string_view raw) {
    namespace k = actuals_keys;
    ActualsImport out;
    const std::string_view text = strip_bom(raw);
    const json doc = json::parse(text.begin(), text.end(), nullptr, false);
    auto fail = [&](const char* code, std::string pointer, std::string detail = {}) {
        out.errors.push_back({code, std::move(pointer), 0, 0, std::move(detail)});
    };
    if (doc.is_discarded()) {
        SyntaxErrorFinder finder;
        json::sax_parse(text.begin(), text.end(), &finder);
        ActualsError e{"actuals.json-syntax", "", 0, 0, ""};
        line_column(text, finder.position, e.row, e.column);
        out.errors.push_back(e);
        return out;
    }
    if (!doc.is_object()) { fail("actuals.not-an-object", ""); return out; }
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (it.key() != k::format && it.key() != k::version && it.key() != k::months)
            fail("actuals.unknown-key", "/" + escape_token(it.key()));
    const auto format = doc.find(k::format);
    if (format == doc.end() || !format->is_string() || format->get<std::string>() != k::format_name)
        fail("actuals.wrong-format", std::string("/") + k::format, format == doc.end() ? "" : format->dump());
    const auto version = doc.find(k::version);
    if (version == doc.end() || !version->is_number_integer() || version->get<long long>() != k::format_version)
        fail("actuals.wrong-version", std::string("/") + k::version, version == doc.end() ? "" : version->dump());
    const auto months = doc.find(k::months);
    if (months == doc.end() || !months->is_array()) {
        fail("actuals.months-not-a-list", std::string("/") + k::months);
        return out;
    }
    std::set<int> seen;
    for (std::size_t i = 0; i < months->size(); ++i) {
        const json& m = (*months)[i];
        const std::string at = std::string("/") + k::months + "/" + std::to_string(i);
        if (!m.is_object()) { fail("actuals.month-not-an-object", at); continue; }
        for (auto it = m.begin(); it != m.end(); ++it)
            if (it.key() != k::month && it.key() != k::values && it.key() != k::excluded)
                fail("actuals.unknown-key", at + "/" + escape_token(it.key()));
        ActualsMonth entry;
        const auto month = m.find(k::month);
        const std::string month_at = at + "/" + k::month;
        std::optional<YearMonth> ym;
        if (month != m.end() && month->is_string()) ym = parse_year_month(month->get<std::string>());
        if (!ym) {
            fail("actuals.bad-month", month_at, month == m.end() ? "" : month->dump());
        } else if (!seen.insert(ym->index()).second) {
            fail("actuals.duplicate-month", month_at, to_string(*ym));
        } else {
            entry.month = *ym;
        }
        const auto values = m.find(k::values);
        if (values != m.end()) {
            if (!values->is_object()) fail("actuals.values-not-an-object", at + "/" + k::values);
            else
                for (auto v = values->begin(); v != values->end(); ++v) {
                    const std::string v_at = at + "/" + k::values + "/" + escape_token(v.key());
                    if (v.key().empty()) fail("actuals.empty-id", v_at);
                    else if (v->is_number()) entry.values[v.key()] = v->get<double>();
                    else if (!v->is_null()) fail("actuals.not-a-number", v_at, v->dump());
                }
        }
        const auto excluded = m.find(k::excluded);
        if (excluded != m.end()) {
            if (!excluded->is_object()) fail("actuals.excluded-not-an-object", at + "/" + k::excluded);
            else
                for (auto x = excluded->begin(); x != excluded->end(); ++x) {
                    const std::string x_at = at + "/" + k::excluded + "/" + escape_token(x.key());
                    if (x.key().empty()) fail("actuals.empty-id", x_at);
                    else if (x->is_string()) entry.excluded[x.key()] = x->get<std::string>();
                    else fail("actuals.reason-not-text", x_at, x->dump());
                }
        }
        if (ym && entry.month.year != 0) out.actuals.months.push_back(std::move(entry));
    }
    if (!out.ok()) out.actuals = Actuals{};
    sort_months(out.actuals);
    return out;
}

ActualsImport import_actuals_csv(std::string_view raw) {
    ActualsImport out;
    const std::vector<CsvRecord> records = read_csv(strip_bom(raw), out.errors);
    if (records.empty()) {
        out.errors.push_back({"actuals.csv-empty", "", 1, 1, ""});
        return out;
    }
    const CsvRecord& header = records.front();
    if (lower(header.fields[0]) != "month")
        out.errors.push_back({"actuals.csv-bad-header", "", header.row, 1, header.fields[0]});
    std::set<std::string> ids;
    for (std::size_t c = 1; c < header.fields.size(); ++c) {
        const int column = static_cast<int>(c) + 1;
        if (header.fields[c].empty())
            out.errors.push_back({"actuals.empty-id", "", header.row, column, ""});
        else if (!ids.insert(header.fields[c]).second)
            out.errors.push_back({"actuals.csv-duplicate-column", "", header.row, column, header.fields[c]});
    }
    std::set<int> seen;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records[r];
        if (rec.fields.size() > header.fields.size()) {
            out.errors.push_back({"actuals.csv-too-many-cells", "", rec.row,
                                  static_cast<int>(header.fields.size()) + 1, rec.fields[header.fields.size()]});
            continue;
        }
        ActualsMonth entry;
        const std::optional<YearMonth> ym = parse_year_month(rec.fields[0]);
        if (!ym) {
            out.errors.push_back({"actuals.bad-month", "", rec.row, 1, rec.fields[0]});
            continue;
        }
        if (!seen.insert(ym->index()).second) {
            out.errors.push_back({"actuals.duplicate-month", "", rec.row, 1, rec.fields[0]});
            continue;
        }
        entry.month = *ym;
        for (std::size_t c = 1; c < rec.fields.size(); ++c) {
            const std::string& cell = rec.fields[c];
            const std::string& id = header.fields[c];
            if (cell.empty() || id.empty()) continue;
            const std::string low = lower(cell);
            if (low.rfind("excluded", 0) == 0) {
                std::string reason = trim(std::string_view(cell).substr(8));
                if (!reason.empty() && reason.front() == ':') reason = trim(std::string_view(reason).substr(1));
                entry.excluded[id] = reason;
                continue;
            }
            std::string number = cell;
            if (!number.empty() && number.back() == '%') number = trim(std::string_view(number).substr(0, number.size() - 1));
            if (const std::optional<double> v = parse_number(number)) entry.values[id] = *v;
            else out.errors.push_back({"actuals.not-a-number", "", rec.row, static_cast<int>(c) + 1, cell});
        }
        out.actuals.months.push_back(std::move(entry));
    }
    if (!out.ok()) out.actuals = Actuals{};
    sort_months(out.actuals);
    return out;
}

ActualsImport import_actuals(std::string_view text) {
    const std::string_view body = strip_bom(text);
    for (char c : body) {
        if (std::isspace(static_cast<unsigned char>(c))) continue;
        return c == '{' ? import_actuals_json(body) : import_actuals_csv(body);
    }
    return import_actuals_csv(body);
}

std::string describe(const ActualsError& e) {
    struct Text { const char* code; const char* text; };
    static const Text texts[] = {
        {"actuals.json-syntax", "not valid JSON"},
        {"actuals.not-an-object", "the file must be a JSON object with format, version and months"},
        {"actuals.unknown-key", "unknown field (check the spelling: format, version, months, month, values, excluded)"},
        {"actuals.wrong-format", "format must be \"bpo-actuals\""},
        {"actuals.wrong-version", "version must be 1"},
        {"actuals.months-not-a-list", "months must be a list of month objects"},
        {"actuals.month-not-an-object", "each month must be an object with month, values and excluded"},
        {"actuals.bad-month", "month must be written YYYY-MM (for example 2027-01)"},
        {"actuals.duplicate-month", "this month appears twice"},
        {"actuals.values-not-an-object", "values must map service level ids to numbers"},
        {"actuals.excluded-not-an-object", "excluded must map service level ids to a reason"},
        {"actuals.not-a-number", "not a number (use a decimal point, e.g. 81.2; leave empty when not measured)"},
        {"actuals.reason-not-text", "the exclusion reason must be text"},
        {"actuals.empty-id", "empty service level id"},
        {"actuals.csv-empty", "the CSV file is empty"},
        {"actuals.csv-bad-header", "the first column of the header must be 'month'"},
        {"actuals.csv-duplicate-column", "this service level id is already a column"},
        {"actuals.csv-too-many-cells", "more cells than header columns"},
        {"actuals.csv-unclosed-quote", "a quoted cell is not closed"},
        {"actuals.csv-text-after-quote", "text after a closing quote (double the quote inside a quoted cell)"},
    };
    std::string where;
    if (!e.pointer.empty()) where = e.pointer;
    else if (e.code == "actuals.json-syntax") where = "line " + std::to_string(e.row) + ", column " + std::to_string(e.column);
    else if (e.row > 0) where = "row " + std::to_string(e.row) + (e.column > 0 ? ", column " + std::to_string(e.column) : "");
    std::string text = e.code;
    for (const Text& t : texts)
        if (e.code == t.code) text = t.text;
    std::string out = where.empty() ? text : where + ": " + text;
    if (!e.detail.empty()) out += " ('" + e.detail + "')";
    return out;
}

}  // namespace bpo
