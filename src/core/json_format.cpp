// Format v1: one table of fields per model struct drives export, import and the schema.
//
// Import has two readers over the same tables. The direct one (JsonPullReader, `pull` in each
// codec) reads the text once and fills the Agreement as it goes, with no DOM: it is what a valid
// document costs. It gives up at the first thing that is not plainly valid v1 (a wrong type, an
// unknown or duplicate key, a bad value, syntax, a limit, an older version to migrate), and then
// the DOM reader (`read` in each codec) reads the document again to explain every problem at
// once, in a stable order. Both apply the same checks through shared helpers; the tests and the
// fuzzer hold them to the same results. The DOM is parsed through a SAX handler of our own so
// that depth, size, value count and duplicate keys are checked while reading, before any DOM
// exists for the hostile parts.
#include "core/json_format.hpp"

#include "core/dates.hpp"

#include <cmath>
#include <cstdio>
#include <cstdint>
#include <functional>
#include <limits>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/assets.hpp"
#include "core/enums.hpp"
#include "core/ids.hpp"
#include "core/json_keys.hpp"
#include "core/json_reader.hpp"
#include "core/json_writer.hpp"

namespace bpo {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

constexpr std::int64_t max_count = 1000000;              // whole-number fields
constexpr std::int64_t max_money = 9007199254740991;     // 2^53 - 1: exact in JavaScript
constexpr double max_measurement = 1e15;                 // |measurement|
constexpr double max_percent = 100000;                   // percent fields (1000x)
constexpr double percent_decimal_tolerance = 1e-7;       // in hundredths of a percent
constexpr std::size_t max_id_length = 64;
constexpr std::size_t spare_list_bytes = 64 * 1024;      // room a list read may keep unused

// ---- error collection --------------------------------------------------------------------

class Reader {
public:
    explicit Reader(std::vector<ImportError>& errors) : errors_(errors) {}
    void error(const std::string& pointer, std::string message) {
        ++total_;
        if (errors_.size() < max_import_errors) errors_.push_back({pointer, std::move(message)});
    }
    std::size_t total() const { return total_; }

private:
    std::vector<ImportError>& errors_;
    std::size_t total_ = 0;
};

std::string child(const std::string& pointer, std::string_view key) {
    return pointer + "/" + json_pointer_token(key);
}
std::string child(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
}

std::string kind_of(const json& v) { return json_kind(v); }

// A short rendering of a value for messages (long strings are cut, never huge).
std::string shown(const json& v) {
    std::string text = v.is_string() ? v.get_ref<const std::string&>() : v.dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() > 40) text = text.substr(0, 37) + "...";
    return v.is_string() ? "'" + text + "'" : text;
}

void expected(Reader& r, const std::string& pointer, const char* what, const json& got) {
    r.error(pointer, std::string("expected ") + what + ", got " + kind_of(got));
}

// Integral doubles are written as integers so 80 stays 80 (and -0 becomes 0).
std::optional<std::int64_t> whole_measurement(double v) {
    if (v == 0) return 0;
    if (std::floor(v) == v && std::fabs(v) < 9e15) return static_cast<std::int64_t>(v);
    return std::nullopt;
}

void write_measurement(JsonOutput& out, double v) {
    if (const std::optional<std::int64_t> whole = whole_measurement(v)) return out.integer_value(*whole);
    out.float_value(v);
}

ojson number_json(double v) {
    if (const std::optional<std::int64_t> whole = whole_measurement(v)) return *whole;
    return v;
}

// ---- the checks both readers share ----------------------------------------------------------

// A number of the DOM as the pull reader sees it (v must be a number).
JsonNumber number_of(const json& v) {
    JsonNumber n;
    if (v.is_number_unsigned()) {
        n.unsigned_value = v.get<std::uint64_t>();
    } else if (v.is_number_integer()) {
        n.type = JsonNumber::Type::Integer;
        n.integer_value = v.get<std::int64_t>();
    } else {
        n.type = JsonNumber::Type::Float;
        n.float_value = v.get<double>();
    }
    return n;
}

// A whole number within [lo, hi] from an integer or an integral float (JSON Schema counts 12.0 as
// an integer too).
std::optional<std::int64_t> whole_in_range(const JsonNumber& n, std::int64_t lo, std::int64_t hi) {
    switch (n.type) {
        case JsonNumber::Type::Unsigned: {
            if (n.unsigned_value > static_cast<std::uint64_t>(hi)) return std::nullopt;
            const auto value = static_cast<std::int64_t>(n.unsigned_value);
            if (value < lo) return std::nullopt;
            return value;
        }
        case JsonNumber::Type::Integer:
            if (n.integer_value < lo || n.integer_value > hi) return std::nullopt;
            return n.integer_value;
        case JsonNumber::Type::Float: break;
    }
    const double d = n.float_value;
    if (std::floor(d) == d && d >= static_cast<double>(lo) && d <= static_cast<double>(hi))
        return static_cast<std::int64_t>(d);
    return std::nullopt;
}

bool number_in_range(double d, double lo, double hi) { return d >= lo && d <= hi; }

// A percent number (at most 2 decimals, within a tolerance) in basis points.
std::optional<BasisPoints> percent_in_basis_points(double percent) {
    const double hundredths = percent * 100.0;
    const double rounded = std::round(hundredths);
    if (std::fabs(hundredths - rounded) > percent_decimal_tolerance) return std::nullopt;
    return static_cast<BasisPoints>(rounded);
}

bool is_currency_code(std::string_view s) {
    bool ok = s.size() == 3;
    for (char c : s) ok = ok && c >= 'A' && c <= 'Z';
    return ok;
}

bool is_row_id(std::string_view s) {
    bool ok = s.size() <= max_id_length;
    for (char c : s)
        ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == ':' || c == '-');
    return ok;
}

enum class DateText { Valid, Malformed, NotInCalendar };

// "YYYY-MM-DD" with a real calendar date (years 0001-9999).
DateText read_date_text(std::string_view s, Date& out) {
    const auto digits = [&](std::size_t from, std::size_t n) {
        int value = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            value = value * 10 + (s[i] - '0');
        }
        return value;
    };
    const bool shaped = s.size() == 10 && s[4] == '-' && s[7] == '-';
    const int year = shaped ? digits(0, 4) : -1;
    const int month = shaped ? digits(5, 2) : -1;
    const int day = shaped ? digits(8, 2) : -1;
    if (year < 0 || month < 0 || day < 0) return DateText::Malformed;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return DateText::NotInCalendar;
    out = Date{year, month, day};
    return DateText::Valid;
}

// ---- reporting readers over the DOM ------------------------------------------------------------

// A whole number within [lo, hi]; nullopt after reporting otherwise.
std::optional<std::int64_t> whole_number(Reader& r, const std::string& pointer, const json& v,
                                         std::int64_t lo, std::int64_t hi) {
    const std::string range = "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
    if (!v.is_number()) {
        expected(r, pointer, range.c_str(), v);
        return std::nullopt;
    }
    const std::optional<std::int64_t> value = whole_in_range(number_of(v), lo, hi);
    if (!value) r.error(pointer, "expected " + range + ", got " + shown(v));
    return value;
}

std::optional<double> finite_number(Reader& r, const std::string& pointer, const json& v, double lo, double hi) {
    if (!v.is_number()) {
        expected(r, pointer, "a number", v);
        return std::nullopt;
    }
    const double d = v.get<double>();
    if (!number_in_range(d, lo, hi)) {
        std::string range = number_json(lo).dump() + " to " + number_json(hi).dump();
        r.error(pointer, "expected a number from " + range + ", got " + shown(v));
        return std::nullopt;
    }
    return d;
}

// ---- direct readers over the text (false: gave up) ---------------------------------------------

bool pull_whole_number(JsonPullReader& in, std::int64_t lo, std::int64_t hi, std::int64_t& out) {
    JsonNumber n;
    if (!in.read_number(n)) return false;
    const std::optional<std::int64_t> value = whole_in_range(n, lo, hi);
    if (!value) return in.give_up();
    out = *value;
    return true;
}

bool pull_finite_number(JsonPullReader& in, double lo, double hi, double& out) {
    JsonNumber n;
    if (!in.read_number(n)) return false;
    const double d = n.as_double();
    if (!number_in_range(d, lo, hi)) return in.give_up();
    out = d;
    return true;
}

// ---- schema building ---------------------------------------------------------------------

struct SchemaDefs {
    ojson defs = ojson::object();
    ojson ref(const char* name) { return ojson{{"$ref", std::string("#/$defs/") + name}}; }
};

// ---- codecs: how one C++ value type is written, read and described -------------------------

template <class T>
struct Field {
    const char* key;
    std::function<void(JsonOutput&, const T&)> write;
    std::function<void(Reader&, const json&, const std::string&, T&)> read;
    std::function<ojson(SchemaDefs&)> schema;
    std::function<bool(JsonPullReader&, T&)> pull;
};

template <class T>
struct StructSpec {
    const char* name;         // $defs name
    const char* description;  // schema description
    std::vector<Field<T>> fields;
};

template <class T>
const StructSpec<T>& spec();  // specialised for every model struct below

// The keys of T's fields as views, in the table's order (for matching keys read from the text).
template <class T>
const std::vector<std::string_view>& field_keys() {
    static const std::vector<std::string_view> keys = [] {
        std::vector<std::string_view> out;
        for (const Field<T>& f : spec<T>().fields) out.emplace_back(f.key);
        return out;
    }();
    return keys;
}

// Reads the value of one member of a T from the text into `out`, by the field table. Gives up on
// an unknown key or a key met twice (`seen` has a bit per field). `hint` is where the next key
// is looked for first: documents written by export_agreement have the table's order.
template <class T>
bool pull_member(JsonPullReader& in, std::string_view key, std::uint64_t& seen, std::size_t& hint, T& out) {
    const std::vector<std::string_view>& keys = field_keys<T>();
    static_assert(sizeof(seen) * 8 >= 32, "a bit per field");
    std::size_t index = hint < keys.size() && keys[hint] == key ? hint : keys.size();
    for (std::size_t i = 0; index == keys.size() && i < keys.size(); ++i)
        if (keys[i] == key) index = i;
    if (index == keys.size() || index >= 64) return in.give_up();
    const std::uint64_t bit = std::uint64_t{1} << index;
    if (seen & bit) return in.give_up();
    seen |= bit;
    hint = index + 1;
    return spec<T>().fields[index].pull(in, out);
}

// Structs: an object with exactly the declared fields, in declared order.
template <class T>
struct StructCodec {
    static void write(JsonOutput& out, const T& value) {
        out.begin_object();
        for (const Field<T>& f : spec<T>().fields) {
            out.key(f.key);
            f.write(out, value);
        }
        out.end_object();
    }
    static void read(Reader& r, const json& v, const std::string& pointer, T& out) {
        if (!v.is_object()) return expected(r, pointer, "an object", v);
        const auto& fields = spec<T>().fields;
        for (const Field<T>& f : fields) {
            const auto it = v.find(f.key);
            if (it != v.end()) f.read(r, *it, child(pointer, f.key), out);
        }
        for (const auto& item : v.items()) {
            bool known = false;
            for (const Field<T>& f : fields) known = known || item.key() == f.key;
            if (!known)
                r.error(child(pointer, item.key()),
                        "unknown field (not part of format v1; other tools' data belongs under /extensions)");
        }
    }
    static bool pull(JsonPullReader& in, T& out) {
        if (!in.begin_object()) return false;
        std::uint64_t seen = 0;
        std::size_t hint = 0;
        std::string_view key;
        while (in.next_member(key))
            if (!pull_member(in, key, seen, hint, out)) return false;
        return !in.failed();
    }
    static ojson schema(SchemaDefs& defs) {
        const StructSpec<T>& s = spec<T>();
        if (!defs.defs.contains(s.name)) {
            defs.defs[s.name] = ojson::object();  // reserve the name before recursing
            ojson properties = ojson::object();
            for (const Field<T>& f : s.fields) properties[f.key] = f.schema(defs);
            defs.defs[s.name] = ojson{{"type", "object"},
                                      {"description", s.description},
                                      {"additionalProperties", false},
                                      {"properties", std::move(properties)}};
        }
        return defs.ref(s.name);
    }
};

template <class V, class = void>
struct Codec : StructCodec<V> {};

template <>
struct Codec<std::string> {
    static void write(JsonOutput& out, const std::string& v) { out.string_value(v); }
    static void read(Reader& r, const json& v, const std::string& pointer, std::string& out) {
        if (!v.is_string()) return expected(r, pointer, "a string", v);
        out = v.get<std::string>();
    }
    static bool pull(JsonPullReader& in, std::string& out) { return in.read_string(out); }
    static ojson schema(SchemaDefs&) { return ojson{{"type", "string"}}; }
};

template <>
struct Codec<bool> {
    static void write(JsonOutput& out, bool v) { out.bool_value(v); }
    static void read(Reader& r, const json& v, const std::string& pointer, bool& out) {
        if (!v.is_boolean()) return expected(r, pointer, "true or false", v);
        out = v.get<bool>();
    }
    static bool pull(JsonPullReader& in, bool& out) { return in.read_bool(out); }
    static ojson schema(SchemaDefs&) { return ojson{{"type", "boolean"}}; }
};

// Whole-number fields: days, months, hours, counts.
template <>
struct Codec<int> {
    static void write(JsonOutput& out, int v) { out.integer_value(v); }
    static void read(Reader& r, const json& v, const std::string& pointer, int& out) {
        if (const auto n = whole_number(r, pointer, v, 0, max_count)) out = static_cast<int>(*n);
    }
    static bool pull(JsonPullReader& in, int& out) {
        std::int64_t n = 0;
        if (!pull_whole_number(in, 0, max_count, n)) return false;
        out = static_cast<int>(n);
        return true;
    }
    static ojson schema(SchemaDefs& defs) {
        if (!defs.defs.contains("count"))
            defs.defs["count"] = ojson{{"type", "integer"},
                                       {"description", "A whole number of days, months, hours or items."},
                                       {"minimum", 0},
                                       {"maximum", max_count}};
        return defs.ref("count");
    }
};

// Measurements (SLA targets, baselines): any finite number in range.
template <>
struct Codec<double> {
    static void write(JsonOutput& out, double v) { write_measurement(out, v); }
    static void read(Reader& r, const json& v, const std::string& pointer, double& out) {
        if (const auto d = finite_number(r, pointer, v, -max_measurement, max_measurement)) out = *d;
    }
    static bool pull(JsonPullReader& in, double& out) {
        return pull_finite_number(in, -max_measurement, max_measurement, out);
    }
    static ojson schema(SchemaDefs&) {
        return ojson{{"type", "number"}, {"minimum", -max_measurement}, {"maximum", max_measurement}};
    }
};

// FTEs, volumes, quantities, months: never negative.
struct NonNegativeCodec {
    static void write(JsonOutput& out, double v) { write_measurement(out, v); }
    static void read(Reader& r, const json& v, const std::string& pointer, double& out) {
        if (const auto d = finite_number(r, pointer, v, 0, max_measurement)) out = *d;
    }
    static bool pull(JsonPullReader& in, double& out) { return pull_finite_number(in, 0, max_measurement, out); }
    static ojson schema(SchemaDefs&) {
        return ojson{{"type", "number"}, {"minimum", 0}, {"maximum", max_measurement}};
    }
};

template <>
struct Codec<std::optional<double>> {
    static void write(JsonOutput& out, const std::optional<double>& v) {
        if (!v) return out.null_value();
        write_measurement(out, *v);
    }
    static void read(Reader& r, const json& v, const std::string& pointer, std::optional<double>& out) {
        if (v.is_null()) {
            out.reset();
            return;
        }
        if (const auto d = finite_number(r, pointer, v, -max_measurement, max_measurement)) out = *d;
    }
    static bool pull(JsonPullReader& in, std::optional<double>& out) {
        if (in.peek() == JsonPullReader::Next::Null) {
            out.reset();
            return in.read_null();
        }
        double d = 0;
        if (!pull_finite_number(in, -max_measurement, max_measurement, d)) return false;
        out = d;
        return true;
    }
    static ojson schema(SchemaDefs&) {
        return ojson{{"type", ojson::array({"number", "null"})},
                     {"description", "null when not set"},
                     {"minimum", -max_measurement},
                     {"maximum", max_measurement}};
    }
};

template <>
struct Codec<Date> {
    static void write(JsonOutput& out, const Date& d) {
        if (!d.is_set()) return out.null_value();
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year % 10000, d.month % 100, d.day % 100);
        out.string_value(text);
    }
    static void read(Reader& r, const json& v, const std::string& pointer, Date& out) {
        if (v.is_null()) {
            out = Date{};
            return;
        }
        if (!v.is_string()) return expected(r, pointer, "a date \"YYYY-MM-DD\" or null", v);
        switch (read_date_text(v.get_ref<const std::string&>(), out)) {
            case DateText::Valid: return;
            case DateText::Malformed: return r.error(pointer, "expected a date \"YYYY-MM-DD\", got " + shown(v));
            case DateText::NotInCalendar: return r.error(pointer, shown(v) + " is not a calendar date");
        }
    }
    static bool pull(JsonPullReader& in, Date& out) {
        if (in.peek() == JsonPullReader::Next::Null) {
            out = Date{};
            return in.read_null();
        }
        std::string_view text;
        if (!in.read_string(text)) return false;
        return read_date_text(text, out) == DateText::Valid || in.give_up();
    }
    static ojson schema(SchemaDefs& defs) {
        if (!defs.defs.contains("date"))
            defs.defs["date"] = ojson{
                {"type", ojson::array({"string", "null"})},
                {"description", "ISO 8601 calendar date YYYY-MM-DD (years 0001-9999); null when not set."},
                {"format", "date"},
                {"pattern", "^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
        return defs.ref("date");
    }
};

template <>
struct Codec<Money> {
    static void write(JsonOutput& out, Money m) { out.integer_value(m.minor); }
    static void read(Reader& r, const json& v, const std::string& pointer, Money& out) {
        if (const auto n = whole_number(r, pointer, v, 0, max_money)) out.minor = *n;
    }
    static bool pull(JsonPullReader& in, Money& out) { return pull_whole_number(in, 0, max_money, out.minor); }
    static ojson schema(SchemaDefs& defs) {
        if (!defs.defs.contains("money"))
            defs.defs["money"] = ojson{
                {"type", "integer"},
                {"description",
                 "An amount in integer minor units of pricing.currency (cents for USD and EUR): "
                 "450000 is 4,500.00. At most 2^53-1 so JavaScript reads it exactly."},
                {"minimum", 0},
                {"maximum", max_money}};
        return defs.ref("money");
    }
};

// BasisPoints fields: percent numbers with at most two decimals.
struct PercentCodec {
    static void write(JsonOutput& out, BasisPoints bp) {
        if (bp % 100 == 0) return out.integer_value(bp / 100);
        out.float_value(static_cast<double>(bp) / 100.0);
    }
    static void read(Reader& r, const json& v, const std::string& pointer, BasisPoints& out) {
        const auto d = finite_number(r, pointer, v, 0, max_percent);
        if (!d) return;
        const std::optional<BasisPoints> bp = percent_in_basis_points(*d);
        if (!bp) return r.error(pointer, "a percent takes at most 2 decimals (12.5 means 12.5 %), got " + shown(v));
        out = *bp;
    }
    static bool pull(JsonPullReader& in, BasisPoints& out) {
        double d = 0;
        if (!pull_finite_number(in, 0, max_percent, d)) return false;
        const std::optional<BasisPoints> bp = percent_in_basis_points(d);
        if (!bp) return in.give_up();
        out = *bp;
        return true;
    }
    static ojson schema(SchemaDefs& defs) {
        if (!defs.defs.contains("percent"))
            defs.defs["percent"] = ojson{
                {"type", "number"},
                {"description",
                 "A percentage as a percent number with at most 2 decimals: 12.5 means 12.5 %. "
                 "Validators should compare multipleOf with a tolerance of 1e-7 (ajv: multipleOfPrecision 7)."},
                {"minimum", 0},
                {"maximum", max_percent},
                {"multipleOf", 0.01}};
        return defs.ref("percent");
    }
};

// ISO 4217 code.
struct CurrencyCodec {
    static void write(JsonOutput& out, const std::string& v) { out.string_value(v); }
    static void read(Reader& r, const json& v, const std::string& pointer, std::string& out) {
        if (!v.is_string()) return expected(r, pointer, "a currency code such as \"USD\"", v);
        const std::string& s = v.get_ref<const std::string&>();
        if (!is_currency_code(s))
            return r.error(pointer, "expected a 3-letter ISO 4217 currency code such as \"USD\", got " + shown(v));
        out = s;
    }
    static bool pull(JsonPullReader& in, std::string& out) {
        std::string_view code;
        if (!in.read_string(code)) return false;
        if (!is_currency_code(code)) return in.give_up();
        out.assign(code.data(), code.size());
        return true;
    }
    static ojson schema(SchemaDefs&) {
        return ojson{{"type", "string"},
                     {"description", "ISO 4217 currency code; every amount in the agreement is in it."},
                     {"pattern", "^[A-Z]{3}$"}};
    }
};

// Row ids and links to them (serviceId, phaseId).
struct IdCodec {
    static void write(JsonOutput& out, const std::string& v) { out.string_value(v); }
    static void read(Reader& r, const json& v, const std::string& pointer, std::string& out) {
        if (!v.is_string()) return expected(r, pointer, "an id string", v);
        const std::string& s = v.get_ref<const std::string&>();
        if (!is_row_id(s))
            return r.error(pointer, "an id takes at most 64 ASCII letters, digits, '.', '_', ':' or '-', got " + shown(v));
        out = s;
    }
    static bool pull(JsonPullReader& in, std::string& out) {
        std::string_view id;
        if (!in.read_string(id)) return false;
        if (!is_row_id(id)) return in.give_up();
        out.assign(id.data(), id.size());
        return true;
    }
    static ojson schema(SchemaDefs& defs) {
        if (!defs.defs.contains("id"))
            defs.defs["id"] = ojson{{"type", "string"},
                                    {"description",
                                     "A row id, unique within its list (\"sl-3\"), or a link to one. Empty or "
                                     "missing on a row: a fresh id is given on import. Empty on a link: none."},
                                    {"pattern", "^[A-Za-z0-9._:-]*$"},
                                    {"maxLength", static_cast<int>(max_id_length)}};
        return defs.ref("id");
    }
};

template <class E>
ojson enum_schema() {
    ojson ids = ojson::array();
    for (const auto& e : enum_table<E>()) ids.push_back(e.id);
    return ojson{{"type", "string"}, {"enum", std::move(ids)}};
}

// enum_from_id with the ids measured once: the direct reader looks one up for most rows.
template <class E>
std::optional<E> enum_from_text(std::string_view id) {
    static const std::vector<std::pair<std::string_view, E>> ids = [] {
        std::vector<std::pair<std::string_view, E>> out;
        for (const auto& e : enum_table<E>()) out.emplace_back(e.id, e.value);
        return out;
    }();
    for (const auto& [text, value] : ids)
        if (text == id) return value;
    return std::nullopt;
}

template <class E>
struct Codec<E, std::enable_if_t<std::is_enum<E>::value>> {
    static void write(JsonOutput& out, E v) { out.string_value(enum_id(v)); }
    static void read(Reader& r, const json& v, const std::string& pointer, E& out) {
        const EnumTable<E> table = enum_table<E>();
        if (!v.is_string()) return expected(r, pointer, (std::string("a ") + table.name + " id").c_str(), v);
        if (const auto value = enum_from_id<E>(v.get_ref<const std::string&>())) {
            out = *value;
            return;
        }
        std::string choices;
        for (const auto& e : table) choices += (choices.empty() ? "" : ", ") + std::string(e.id);
        r.error(pointer, "unknown " + std::string(table.name) + " " + shown(v) + "; expected one of: " + choices);
    }
    static bool pull(JsonPullReader& in, E& out) {
        std::string_view id;
        if (!in.read_string(id)) return false;
        const std::optional<E> value = enum_from_text<E>(id);
        if (!value) return in.give_up();
        out = *value;
        return true;
    }
    static ojson schema(SchemaDefs&) { return enum_schema<E>(); }
};

template <class V>
struct Codec<std::vector<V>> {
    static void write(JsonOutput& out, const std::vector<V>& values) {
        out.begin_array();
        for (const V& v : values) Codec<V>::write(out, v);
        out.end_array();
    }
    static void read(Reader& r, const json& v, const std::string& pointer, std::vector<V>& out) {
        if (!v.is_array()) return expected(r, pointer, "an array", v);
        out.clear();
        out.resize(v.size());  // keeps indices aligned with the document even for bad items
        for (std::size_t i = 0; i < v.size(); ++i) {
            Codec<V>::read(r, v[i], child(pointer, i), out[i]);
            if constexpr (std::is_enum<V>::value) {  // sets of flags: each at most once
                const bool known = v[i].is_string() && enum_from_id<V>(v[i].template get_ref<const std::string&>());
                for (std::size_t j = 0; known && j < i; ++j)
                    if (v[j] == v[i]) {
                        r.error(child(pointer, i), "duplicate value " + shown(v[i]));
                        break;
                    }
            }
        }
    }
    static bool pull(JsonPullReader& in, std::vector<V>& out) {
        if (!in.begin_array()) return false;
        out.clear();
        while (in.next_item()) {
            out.emplace_back();
            if (!Codec<V>::pull(in, out.back())) return false;
            if constexpr (std::is_enum<V>::value)  // sets of flags: each at most once
                for (std::size_t j = 0; j + 1 < out.size(); ++j)
                    if (out[j] == out.back()) return in.give_up();
        }
        // A long list grown item by item can hold up to twice its size for as long as the draft
        // is open (MBs for 10,000 rows): give the spare room back. Short lists are left alone.
        if ((out.capacity() - out.size()) * sizeof(V) > spare_list_bytes) out.shrink_to_fit();
        return !in.failed();
    }
    static ojson schema(SchemaDefs& defs) {
        ojson s{{"type", "array"}, {"items", Codec<V>::schema(defs)}};
        if constexpr (std::is_enum<V>::value) s["uniqueItems"] = true;
        return s;
    }
};

template <>
struct Codec<json> {
    static void write(JsonOutput& out, const json& v) { out.json_value(v); }
    static void read(Reader& r, const json& v, const std::string& pointer, json& out) {
        if (!v.is_object()) return expected(r, pointer, "an object", v);
        out = v;
    }
    static bool pull(JsonPullReader& in, json& out) {
        return in.peek() == JsonPullReader::Next::Object ? pull_any(in, out) : in.give_up();
    }
    // Any JSON value, as the DOM reader would hold it (objects keep their keys sorted).
    static bool pull_any(JsonPullReader& in, json& out) {
        switch (in.peek()) {
            case JsonPullReader::Next::Object: {
                if (!in.begin_object()) return false;
                out = json::object();
                std::string_view key;
                while (in.next_member(key)) {
                    std::string name(key);  // the view does not outlive the next read
                    json value;
                    if (!pull_any(in, value)) return false;
                    if (!out.emplace(std::move(name), std::move(value)).second) return in.give_up();
                }
                return !in.failed();
            }
            case JsonPullReader::Next::Array: {
                if (!in.begin_array()) return false;
                out = json::array();
                while (in.next_item()) {
                    out.push_back(json());
                    if (!pull_any(in, out.back())) return false;
                }
                return !in.failed();
            }
            case JsonPullReader::Next::String: {
                std::string text;
                if (!in.read_string(text)) return false;
                out = std::move(text);
                return true;
            }
            case JsonPullReader::Next::Number: {
                JsonNumber n;
                if (!in.read_number(n)) return false;
                switch (n.type) {
                    case JsonNumber::Type::Unsigned: out = n.unsigned_value; break;
                    case JsonNumber::Type::Integer: out = n.integer_value; break;
                    case JsonNumber::Type::Float: out = n.float_value; break;
                }
                return true;
            }
            case JsonPullReader::Next::True:
            case JsonPullReader::Next::False: {
                bool b = false;
                if (!in.read_bool(b)) return false;
                out = b;
                return true;
            }
            case JsonPullReader::Next::Null: out = nullptr; return in.read_null();
            case JsonPullReader::Next::Other: break;
        }
        return in.give_up();
    }
    static ojson schema(SchemaDefs&) {
        return ojson{{"type", "object"},
                     {"description", "Reserved for other tools: any JSON, kept untouched by bpo."}};
    }
};

template <class C, class T, class M>
Field<T> field_as(const char* key, M T::*member) {
    return Field<T>{key, [member](JsonOutput& out, const T& obj) { C::write(out, obj.*member); },
                    [member](Reader& r, const json& v, const std::string& pointer, T& obj) {
                        C::read(r, v, pointer, obj.*member);
                    },
                    [](SchemaDefs& defs) { return C::schema(defs); },
                    [member](JsonPullReader& in, T& obj) { return C::pull(in, obj.*member); }};
}

template <class T, class M>
Field<T> field(const char* key, M T::*member) {
    return field_as<Codec<M>>(key, member);
}

// ---- the field tables, leaves first ------------------------------------------------------

template <>
const StructSpec<Party>& spec<Party>() {
    namespace k = keys::Party;
    static const StructSpec<Party> s{
        "Party", "A party to the agreement (client or provider).",
        {field(k::legal_name, &Party::legal_name), field(k::entity_type, &Party::entity_type),
         field(k::jurisdiction, &Party::jurisdiction), field(k::registration_number, &Party::registration_number),
         field(k::address, &Party::address), field(k::signatory_name, &Party::signatory_name),
         field(k::signatory_title, &Party::signatory_title), field(k::notice_contact, &Party::notice_contact),
         field(k::notice_email, &Party::notice_email)}};
    return s;
}

template <>
const StructSpec<Responsibility>& spec<Responsibility>() {
    namespace k = keys::Responsibility;
    using R = Responsibility;
    static const StructSpec<R> s{
        "Responsibility", "An obligation of one party; serviceId empty means the whole agreement.",
        {field_as<IdCodec>(k::id, &R::id), field(k::party, &R::party), field(k::description, &R::description),
         field_as<IdCodec>(k::service_id, &R::service_id)}};
    return s;
}

template <>
const StructSpec<Service>& spec<Service>() {
    namespace k = keys::Service;
    using S = Service;
    static const StructSpec<S> s{
        "Service", "A process in scope: from the catalog (catalogId) or custom (catalogId empty).",
        {field_as<IdCodec>(k::id, &S::id), field(k::catalog_id, &S::catalog_id), field(k::name, &S::name),
         field(k::category, &S::category), field(k::office, &S::office), field(k::description, &S::description),
         field(k::in_scope, &S::in_scope), field(k::out_of_scope, &S::out_of_scope),
         field(k::locations, &S::locations), field(k::location_detail, &S::location_detail),
         field_as<NonNegativeCodec>(k::ftes, &S::ftes), field_as<NonNegativeCodec>(k::monthly_volume, &S::monthly_volume),
         field(k::volume_unit, &S::volume_unit), field(k::coverage_hours, &S::coverage_hours),
         field(k::languages, &S::languages)}};
    return s;
}

template <>
const StructSpec<Term>& spec<Term>() {
    namespace k = keys::Term;
    static const StructSpec<Term> s{
        "Term", "Contract duration and renewal.",
        {field(k::effective_date, &Term::effective_date), field(k::initial_term_months, &Term::initial_term_months),
         field(k::renewal, &Term::renewal), field(k::renewal_period_months, &Term::renewal_period_months),
         field(k::non_renewal_notice_days, &Term::non_renewal_notice_days)}};
    return s;
}

template <>
const StructSpec<ServiceLevel>& spec<ServiceLevel>() {
    namespace k = keys::ServiceLevel;
    using L = ServiceLevel;
    static const StructSpec<L> s{
        "ServiceLevel",
        "A service level or key measurement of one service. expected is the target; minimum, when "
        "set, is the level below which credits apply.",
        {field_as<IdCodec>(k::id, &L::id), field_as<IdCodec>(k::service_id, &L::service_id),
         field(k::metric_id, &L::metric_id), field(k::name, &L::name), field(k::definition, &L::definition),
         field(k::expected, &L::expected), field(k::minimum, &L::minimum), field(k::unit, &L::unit),
         field(k::direction, &L::direction), field(k::window, &L::window), field(k::reporting, &L::reporting),
         field(k::criticality, &L::criticality), field_as<PercentCodec>(k::allocation_bp, &L::allocation_bp),
         field_as<PercentCodec>(k::flat_credit_bp, &L::flat_credit_bp), field(k::exclusions, &L::exclusions)}};
    return s;
}

template <>
const StructSpec<CreditScheme>& spec<CreditScheme>() {
    namespace k = keys::CreditScheme;
    using C = CreditScheme;
    static const StructSpec<C> s{
        "CreditScheme",
        "Service credits: atRiskPercent of the monthly charges is at risk (and caps a month's credits); "
        "poolPercent is shared out by the critical service levels' allocationPercent.",
        {field(k::method, &C::method), field_as<PercentCodec>(k::at_risk_bp, &C::at_risk_bp),
         field_as<PercentCodec>(k::pool_bp, &C::pool_bp), field(k::earn_back, &C::earn_back),
         field(k::earn_back_months, &C::earn_back_months),
         field(k::critical_failure_misses, &C::critical_failure_misses),
         field(k::critical_failure_window_months, &C::critical_failure_window_months),
         field(k::claim_days, &C::claim_days)}};
    return s;
}

template <>
const StructSpec<Objective>& spec<Objective>() {
    namespace k = keys::Objective;
    using O = Objective;
    static const StructSpec<O> s{
        "Objective", "A SMART objective; serviceId empty means the whole deal.",
        {field_as<IdCodec>(k::id, &O::id), field(k::title, &O::title), field(k::description, &O::description),
         field_as<IdCodec>(k::service_id, &O::service_id), field(k::metric, &O::metric),
         field(k::baseline, &O::baseline), field(k::target, &O::target), field(k::unit, &O::unit),
         field(k::direction, &O::direction), field(k::start, &O::start), field(k::deadline, &O::deadline),
         field(k::owner, &O::owner)}};
    return s;
}

template <>
const StructSpec<Report>& spec<Report>() {
    namespace k = keys::Report;
    static const StructSpec<Report> s{
        "Report", "A recurring report; dueDays are working days after the period closes.",
        {field_as<IdCodec>(k::id, &Report::id), field(k::name, &Report::name), field(k::contents, &Report::contents),
         field(k::frequency, &Report::frequency), field(k::prepared_by, &Report::prepared_by),
         field(k::due_days, &Report::due_days)}};
    return s;
}

template <>
const StructSpec<Meeting>& spec<Meeting>() {
    namespace k = keys::Meeting;
    static const StructSpec<Meeting> s{
        "Meeting", "A recurring governance meeting.",
        {field_as<IdCodec>(k::id, &Meeting::id), field(k::kind, &Meeting::kind), field(k::name, &Meeting::name),
         field(k::cadence, &Meeting::cadence), field(k::participants, &Meeting::participants),
         field(k::agenda, &Meeting::agenda)}};
    return s;
}

template <>
const StructSpec<EscalationLevel>& spec<EscalationLevel>() {
    namespace k = keys::EscalationLevel;
    using E = EscalationLevel;
    static const StructSpec<E> s{
        "EscalationLevel", "One level of the escalation path, first level first.",
        {field_as<IdCodec>(k::id, &E::id), field(k::name, &E::name), field(k::client_contact, &E::client_contact),
         field(k::provider_contact, &E::provider_contact), field(k::response_hours, &E::response_hours)}};
    return s;
}

template <>
const StructSpec<Governance>& spec<Governance>() {
    namespace k = keys::Governance;
    using G = Governance;
    static const StructSpec<G> s{
        "Governance", "Reporting, meetings, committee, relationship managers, escalation, corrective action.",
        {field(k::reports, &G::reports), field(k::meetings, &G::meetings), field(k::committee_name, &G::committee_name),
         field(k::committee_members, &G::committee_members),
         field(k::client_relationship_manager, &G::client_relationship_manager),
         field(k::provider_relationship_manager, &G::provider_relationship_manager),
         field(k::shared_goals, &G::shared_goals), field(k::communication_norms, &G::communication_norms),
         field(k::escalation, &G::escalation), field(k::corrective_action_days, &G::corrective_action_days),
         field(k::corrective_action_process, &G::corrective_action_process)}};
    return s;
}

template <>
const StructSpec<TransitionPhase>& spec<TransitionPhase>() {
    namespace k = keys::TransitionPhase;
    using P = TransitionPhase;
    static const StructSpec<P> s{"TransitionPhase", "A phase of the transition.",
                                 {field_as<IdCodec>(k::id, &P::id), field(k::kind, &P::kind), field(k::name, &P::name),
                                  field(k::start, &P::start), field(k::end, &P::end)}};
    return s;
}

template <>
const StructSpec<Milestone>& spec<Milestone>() {
    namespace k = keys::Milestone;
    using M = Milestone;
    static const StructSpec<M> s{
        "Milestone", "A transition milestone; phaseId links it to a phase (empty: none).",
        {field_as<IdCodec>(k::id, &M::id), field_as<IdCodec>(k::phase_id, &M::phase_id), field(k::name, &M::name),
         field(k::due, &M::due), field(k::owner, &M::owner), field(k::acceptance_criteria, &M::acceptance_criteria)}};
    return s;
}

template <>
const StructSpec<Transition>& spec<Transition>() {
    namespace k = keys::Transition;
    using T = Transition;
    static const StructSpec<T> s{
        "Transition", "Transition plan: phases, milestones, go-live, communication, training, contingency.",
        {field(k::phases, &T::phases), field(k::milestones, &T::milestones), field(k::go_live, &T::go_live),
         field(k::communication_plan, &T::communication_plan), field(k::training_plan, &T::training_plan),
         field(k::contingency_plan, &T::contingency_plan)}};
    return s;
}

template <>
const StructSpec<RateLine>& spec<RateLine>() {
    namespace k = keys::RateLine;
    using L = RateLine;
    static const StructSpec<L> s{
        "RateLine", "A priced line: unitPriceMinor per FTE-month or per transaction, times quantity a month.",
        {field_as<IdCodec>(k::id, &L::id), field_as<IdCodec>(k::service_id, &L::service_id),
         field(k::description, &L::description), field(k::unit_price, &L::unit_price),
         field_as<NonNegativeCodec>(k::quantity, &L::quantity), field(k::unit, &L::unit)}};
    return s;
}

template <>
const StructSpec<Pricing>& spec<Pricing>() {
    namespace k = keys::Pricing;
    using P = Pricing;
    static const StructSpec<P> s{
        "Pricing", "Pricing model, rates and invoicing. Every amount is in currency.",
        {field(k::model, &P::model), field_as<CurrencyCodec>(k::currency, &P::currency), field(k::rates, &P::rates),
         field(k::fixed_monthly_fee, &P::fixed_monthly_fee), field(k::outcome_base_fee, &P::outcome_base_fee),
         field(k::outcome_bonus_max, &P::outcome_bonus_max), field(k::invoice_frequency, &P::invoice_frequency),
         field(k::invoice_timing, &P::invoice_timing), field(k::payment_days, &P::payment_days),
         field(k::adjustment, &P::adjustment), field_as<PercentCodec>(k::adjustment_bp, &P::adjustment_bp),
         field(k::adjustment_index, &P::adjustment_index),
         field_as<PercentCodec>(k::late_interest_bp, &P::late_interest_bp)}};
    return s;
}

template <>
const StructSpec<BusinessCase>& spec<BusinessCase>() {
    namespace k = keys::BusinessCase;
    using B = BusinessCase;
    static const StructSpec<B> s{
        "BusinessCase", "Inputs of the in-house versus outsourced comparison.",
        {field(k::inhouse_monthly_cost, &B::inhouse_monthly_cost),
         field_as<PercentCodec>(k::inhouse_growth_bp, &B::inhouse_growth_bp),
         field(k::transition_cost, &B::transition_cost),
         field_as<PercentCodec>(k::discount_rate_bp, &B::discount_rate_bp)}};
    return s;
}

template <>
const StructSpec<DataSecurity>& spec<DataSecurity>() {
    namespace k = keys::DataSecurity;
    using D = DataSecurity;
    static const StructSpec<D> s{
        "DataSecurity", "Data security, compliance frameworks, breach notice, audit, data location and exit.",
        {field(k::encryption_at_rest, &D::encryption_at_rest), field(k::encryption_in_transit, &D::encryption_in_transit),
         field(k::multi_factor_auth, &D::multi_factor_auth), field(k::access_control, &D::access_control),
         field(k::frameworks, &D::frameworks), field(k::personal_data, &D::personal_data),
         field(k::health_data, &D::health_data), field(k::baa_reference, &D::baa_reference),
         field(k::breach_notice_hours, &D::breach_notice_hours), field(k::audit, &D::audit),
         field(k::audit_notice_days, &D::audit_notice_days), field(k::audits_per_year, &D::audits_per_year),
         field(k::data_locations, &D::data_locations), field(k::data_outside_eea, &D::data_outside_eea),
         field(k::transfer_mechanism, &D::transfer_mechanism), field(k::exit_data, &D::exit_data),
         field(k::exit_data_days, &D::exit_data_days)}};
    return s;
}

template <>
const StructSpec<Confidentiality>& spec<Confidentiality>() {
    namespace k = keys::Confidentiality;
    using C = Confidentiality;
    static const StructSpec<C> s{
        "Confidentiality", "Confidentiality after termination; durationYears 0 means not stated.",
        {field(k::duration_years, &C::duration_years),
         field(k::perpetual_for_trade_secrets, &C::perpetual_for_trade_secrets), field(k::exclusions, &C::exclusions)}};
    return s;
}

template <>
const StructSpec<IntellectualProperty>& spec<IntellectualProperty>() {
    namespace k = keys::IntellectualProperty;
    using I = IntellectualProperty;
    static const StructSpec<I> s{
        "IntellectualProperty", "Ownership of work product, background IP and licences.",
        {field(k::work_product, &I::work_product), field(k::client_background_ip, &I::client_background_ip),
         field(k::provider_background_ip, &I::provider_background_ip),
         field(k::licence_to_client, &I::licence_to_client), field(k::licence_to_provider, &I::licence_to_provider),
         field(k::licence_notes, &I::licence_notes)}};
    return s;
}

template <>
const StructSpec<Termination>& spec<Termination>() {
    namespace k = keys::Termination;
    using T = Termination;
    static const StructSpec<T> s{
        "Termination", "Termination for convenience and for cause, insolvency, change of control, exit assistance.",
        {field(k::convenience, &T::convenience), field(k::convenience_notice_days, &T::convenience_notice_days),
         field(k::fee, &T::fee), field(k::fee_amount, &T::fee_amount),
         field_as<NonNegativeCodec>(k::fee_months, &T::fee_months), field(k::cure_period_days, &T::cure_period_days),
         field(k::insolvency, &T::insolvency), field(k::change_of_control, &T::change_of_control),
         field(k::exit_assistance, &T::exit_assistance), field(k::exit_assistance_months, &T::exit_assistance_months),
         field(k::exit_plan, &T::exit_plan)}};
    return s;
}

template <>
const StructSpec<DisputeResolution>& spec<DisputeResolution>() {
    namespace k = keys::DisputeResolution;
    using D = DisputeResolution;
    static const StructSpec<D> s{
        "DisputeResolution", "Negotiation, mediation, then arbitration or courts.",
        {field(k::negotiation, &D::negotiation), field(k::negotiation_days, &D::negotiation_days),
         field(k::mediation, &D::mediation), field(k::mediation_body, &D::mediation_body), field(k::forum, &D::forum),
         field(k::arbitration_rules, &D::arbitration_rules), field(k::arbitrators, &D::arbitrators),
         field(k::seat, &D::seat), field(k::governing_law, &D::governing_law), field(k::venue, &D::venue)}};
    return s;
}

template <>
const StructSpec<Indemnity>& spec<Indemnity>() {
    namespace k = keys::Indemnity;
    static const StructSpec<Indemnity> s{"Indemnity", "An indemnity given by one party.",
                                         {field_as<IdCodec>(k::id, &Indemnity::id), field(k::by, &Indemnity::by),
                                          field(k::covers, &Indemnity::covers)}};
    return s;
}

template <>
const StructSpec<Insurance>& spec<Insurance>() {
    namespace k = keys::Insurance;
    static const StructSpec<Insurance> s{"Insurance", "An insurance the provider keeps, with its cover.",
                                         {field_as<IdCodec>(k::id, &Insurance::id), field(k::kind, &Insurance::kind),
                                          field(k::cover, &Insurance::cover)}};
    return s;
}

template <>
const StructSpec<Liability>& spec<Liability>() {
    namespace k = keys::Liability;
    using L = Liability;
    static const StructSpec<L> s{
        "Liability", "Liability cap, carve-outs, indemnities and insurance.",
        {field(k::cap_basis, &L::cap_basis), field_as<NonNegativeCodec>(k::cap_months, &L::cap_months),
         field(k::cap_amount, &L::cap_amount), field(k::exclusions, &L::exclusions),
         field(k::indemnities, &L::indemnities), field(k::insurance, &L::insurance)}};
    return s;
}

template <>
const StructSpec<ClausePositions>& spec<ClausePositions>() {
    namespace k = keys::ClausePositions;
    using C = ClausePositions;
    static const StructSpec<C> s{
        "ClausePositions", "Which side each negotiable clause leans to.",
        {field(k::service_credits, &C::service_credits), field(k::liability, &C::liability),
         field(k::intellectual_property, &C::intellectual_property),
         field(k::termination_for_convenience, &C::termination_for_convenience), field(k::audit, &C::audit),
         field(k::dispute_resolution, &C::dispute_resolution), field(k::exit_assistance, &C::exit_assistance)}};
    return s;
}

// The top level minus "format" and "version", which the document wrapper handles.
template <>
const StructSpec<Agreement>& spec<Agreement>() {
    namespace k = keys;
    using A = Agreement;
    static const StructSpec<A> s{
        "Agreement", "",
        {field(k::title, &A::title), field(k::profile, &A::profile), field(k::client, &A::client),
         field(k::provider, &A::provider), field(k::responsibilities, &A::responsibilities),
         field(k::services, &A::services), field(k::term, &A::term), field(k::service_levels, &A::service_levels),
         field(k::credits, &A::credits), field(k::objectives, &A::objectives), field(k::governance, &A::governance),
         field(k::transition, &A::transition), field(k::pricing, &A::pricing),
         field(k::business_case, &A::business_case), field(k::security, &A::security),
         field(k::confidentiality, &A::confidentiality), field(k::ip, &A::ip),
         field(k::termination, &A::termination), field(k::disputes, &A::disputes),
         field(k::liability, &A::liability), field(k::positions, &A::positions),
         field(k::extensions, &A::extensions)}};
    return s;
}

// ---- parsing with limits -----------------------------------------------------------------

// Builds the DOM like nlohmann's own SAX DOM parser, plus the checks a hostile file needs.
class LimitedDomBuilder : public nlohmann::json_sax<json> {
public:
    LimitedDomBuilder(std::string_view text, json& root) : text_(text), root_(root) {}

    bool null() override { return add(nullptr); }
    bool boolean(bool v) override { return add(v); }
    bool number_integer(number_integer_t v) override { return add(v); }
    bool number_unsigned(number_unsigned_t v) override { return add(v); }
    bool number_float(number_float_t v, const string_t&) override { return add(v); }
    bool string(string_t& v) override { return add(std::move(v)); }
    bool binary(binary_t&) override { return fail("binary values are not JSON"); }
    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        json& object = *open_.back();
        if (object.contains(k)) duplicates_.push_back(pointer_here() + "/" + json_pointer_token(k));
        pending_key_ = std::move(k);
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        std::string what = ex.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        if (const auto close_bracket = what.find("] "); close_bracket != std::string::npos)
            what.erase(0, close_bracket + 2);
        if (const auto colon = what.find(": "); what.rfind("parse error", 0) == 0 && colon != std::string::npos)
            what.erase(0, colon + 2);
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i < position && i < text_.size(); ++i) {
            if (text_[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        const std::size_t at = column > 1 ? column - 1 : 1;  // position counts the offending char
        return fail("line " + std::to_string(line) + ", column " + std::to_string(at) + ": " + what);
    }

    const std::string& failure() const { return failure_; }
    const std::vector<std::string>& duplicate_keys() const { return duplicates_; }

private:
    bool fail(std::string message) {
        if (failure_.empty()) failure_ = std::move(message);
        return false;
    }
    bool count_value() {
        if (++values_ > max_json_values)
            return fail("more than " + std::to_string(max_json_values) + " JSON values (the limit)");
        return true;
    }
    // Places a value in the open container (or as the root); returns where it went.
    json* place(json&& v) { return place_in_dom(root_, open_, pending_key_, std::move(v)); }
    template <class V>
    bool add(V&& v) {
        if (!count_value()) return false;
        place(json(std::forward<V>(v)));
        return true;
    }
    bool open(json&& container) {
        if (!count_value()) return false;
        if (open_.size() >= max_json_depth)
            return fail("nesting deeper than " + std::to_string(max_json_depth) + " levels (the limit)");
        std::string token = open_.empty() ? std::string()
                                          : open_.back()->is_array()
                                                ? std::to_string(open_.back()->size())
                                                : json_pointer_token(pending_key_);
        open_.push_back(place(std::move(container)));
        tokens_.push_back(std::move(token));
        return true;
    }
    bool close() {
        open_.pop_back();
        tokens_.pop_back();
        return true;
    }
    std::string pointer_here() const {
        std::string p;
        for (std::size_t i = 1; i < tokens_.size(); ++i) p += "/" + tokens_[i];
        return p;
    }

    std::string_view text_;
    json& root_;
    std::vector<json*> open_;          // open containers, innermost last
    std::vector<std::string> tokens_;  // pointer token that reaches each open container
    std::string pending_key_;
    std::size_t values_ = 0;
    std::string failure_;
    std::vector<std::string> duplicates_;
};

// ---- migration ---------------------------------------------------------------------------

// A fraction (0.125) as a percent number with at most 2 decimals (12.5); other values pass
// through so the v1 reader reports them at their new place.
json fraction_to_percent(const json& v) {
    if (!v.is_number()) return v;
    const double percent = std::round(v.get<double>() * 10000.0) / 100.0;
    if (std::floor(percent) == percent && std::fabs(percent) < 9e15) return static_cast<std::int64_t>(percent);
    return percent;
}

void move_key(json& from, const char* old_key, json& to, const char* new_key) {
    const auto it = from.find(old_key);
    if (it == from.end()) return;
    if (!to.is_object()) return;  // the v1 reader reports the wrong type
    if (!to.contains(new_key)) to[new_key] = *it;
    from.erase(old_key);
}

json& object_at(json& doc, const char* key) {
    if (!doc.contains(key)) doc[key] = json::object();
    return doc[key];
}

// v0 -> v1: party names moved into party objects, the term into /term, "slas" renamed to
// "serviceLevels" with "target" -> "expected", "critical" -> "criticality", and credit fractions
// turned into percent numbers.
void migrate_v0_to_v1(json& doc) {
    namespace v0 = keys::v0;
    if (doc.contains(v0::client_name)) move_key(doc, v0::client_name, object_at(doc, keys::client), keys::Party::legal_name);
    if (doc.contains(v0::provider_name))
        move_key(doc, v0::provider_name, object_at(doc, keys::provider), keys::Party::legal_name);
    if (doc.contains(v0::start_date)) move_key(doc, v0::start_date, object_at(doc, keys::term), keys::Term::effective_date);
    if (doc.contains(v0::term_months))
        move_key(doc, v0::term_months, object_at(doc, keys::term), keys::Term::initial_term_months);
    if (const auto slas = doc.find(v0::slas); slas != doc.end() && !doc.contains(keys::service_levels)) {
        json levels = std::move(*slas);
        doc.erase(v0::slas);
        if (levels.is_array()) {
            for (json& sla : levels) {
                if (!sla.is_object()) continue;
                move_key(sla, v0::sla_target, sla, keys::ServiceLevel::expected);
                if (const auto critical = sla.find(v0::sla_critical); critical != sla.end()) {
                    json value = critical->is_boolean()
                                     ? json(std::string(enum_id(critical->get<bool>() ? Criticality::Critical
                                                                                        : Criticality::Key)))
                                     : *critical;
                    sla.erase(v0::sla_critical);
                    sla[keys::ServiceLevel::criticality] = std::move(value);
                }
                for (auto [old_key, new_key] : {std::pair{v0::sla_credit_fraction, keys::ServiceLevel::flat_credit_bp},
                                                std::pair{v0::sla_allocation_fraction, keys::ServiceLevel::allocation_bp}}) {
                    if (const auto it = sla.find(old_key); it != sla.end()) {
                        json value = fraction_to_percent(*it);
                        sla.erase(old_key);
                        sla[new_key] = std::move(value);
                    }
                }
            }
        }
        doc[keys::service_levels] = std::move(levels);
    }
    if (const auto credits = doc.find(keys::credits); credits != doc.end() && credits->is_object()) {
        for (auto [old_key, new_key] : {std::pair{v0::at_risk_fraction, keys::CreditScheme::at_risk_bp},
                                        std::pair{v0::pool_fraction, keys::CreditScheme::pool_bp}}) {
            if (const auto it = credits->find(old_key); it != credits->end()) {
                json value = fraction_to_percent(*it);
                credits->erase(old_key);
                (*credits)[new_key] = std::move(value);
            }
        }
    }
    doc[keys::version] = 1;
}

// ---- checks across rows ------------------------------------------------------------------

// Hashed views of the ids (the rows outlive the checks): 10,000-row lists are read in a few ms.
template <class Row>
void check_row_ids(Reader& r, const std::string& list_pointer, std::vector<Row>& rows) {
    std::unordered_map<std::string_view, std::size_t> first_use;
    first_use.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].id.empty()) continue;
        const auto [it, inserted] = first_use.emplace(rows[i].id, i);
        if (!inserted)
            r.error(child(child(list_pointer, i), "id"),
                    "duplicate id '" + rows[i].id + "' (also used by " + child(list_pointer, it->second) + ")");
    }
    assign_missing_row_ids(rows);
}

template <class Row, class Target>
void check_links(Reader& r, const std::string& list_pointer, const std::vector<Row>& rows,
                 std::string Row::*link, const char* link_key, const std::vector<Target>& targets,
                 const std::string& targets_pointer) {
    std::unordered_set<std::string_view> ids;
    ids.reserve(targets.size());
    for (const Target& t : targets) ids.insert(t.id);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string& id = rows[i].*link;
        if (!id.empty() && ids.count(id) == 0)
            r.error(child(child(list_pointer, i), link_key), "no row with id '" + id + "' in " + targets_pointer);
    }
}

void check_rows(Reader& r, Agreement& a) {
    const std::string services = child("", keys::services);
    const std::string governance = child("", keys::governance);
    const std::string transition = child("", keys::transition);
    const std::string liability = child("", keys::liability);
    check_row_ids(r, child("", keys::responsibilities), a.responsibilities);
    check_row_ids(r, services, a.services);
    check_row_ids(r, child("", keys::service_levels), a.service_levels);
    check_row_ids(r, child("", keys::objectives), a.objectives);
    check_row_ids(r, child(governance, keys::Governance::reports), a.governance.reports);
    check_row_ids(r, child(governance, keys::Governance::meetings), a.governance.meetings);
    check_row_ids(r, child(governance, keys::Governance::escalation), a.governance.escalation);
    check_row_ids(r, child(transition, keys::Transition::phases), a.transition.phases);
    check_row_ids(r, child(transition, keys::Transition::milestones), a.transition.milestones);
    check_row_ids(r, child(child("", keys::pricing), keys::Pricing::rates), a.pricing.rates);
    check_row_ids(r, child(liability, keys::Liability::indemnities), a.liability.indemnities);
    check_row_ids(r, child(liability, keys::Liability::insurance), a.liability.insurance);

    check_links(r, child("", keys::responsibilities), a.responsibilities, &Responsibility::service_id,
                keys::Responsibility::service_id, a.services, services);
    check_links(r, child("", keys::service_levels), a.service_levels, &ServiceLevel::service_id,
                keys::ServiceLevel::service_id, a.services, services);
    check_links(r, child("", keys::objectives), a.objectives, &Objective::service_id, keys::Objective::service_id,
                a.services, services);
    check_links(r, child(child("", keys::pricing), keys::Pricing::rates), a.pricing.rates, &RateLine::service_id,
                keys::RateLine::service_id, a.services, services);
    check_links(r, child(transition, keys::Transition::milestones), a.transition.milestones, &Milestone::phase_id,
                keys::Milestone::phase_id, a.transition.phases, child(transition, keys::Transition::phases));
}

ImportResult not_json(std::string message) {
    ImportResult result;
    result.status = ImportStatus::NotJson;
    result.errors.push_back({"", std::move(message)});
    return result;
}

// The direct reader: a valid v1 document straight from the text into `out`, before the checks
// across rows. False when it gave up (the document may still be valid, e.g. a v0 one: the DOM
// reader decides).
bool read_directly(std::string_view text, Agreement& out) {
    JsonPullReader in(text, max_json_depth, max_json_values);
    if (!in.begin_object()) return false;
    bool has_format = false;
    bool has_version = false;
    std::uint64_t seen = 0;
    std::size_t hint = 0;
    std::string_view key;
    while (in.next_member(key)) {
        if (key == keys::format) {
            std::string_view name;
            if (has_format || !in.read_string(name) || name != keys::format_name) return false;
            has_format = true;
        } else if (key == keys::version) {
            JsonNumber n;
            if (has_version || !in.read_number(n) || n.type != JsonNumber::Type::Unsigned ||
                n.unsigned_value != static_cast<std::uint64_t>(keys::format_version))
                return false;
            has_version = true;
        } else if (!pull_member(in, key, seen, hint, out)) {
            return false;
        }
    }
    return !in.failed() && in.at_end() && has_format && has_version;
}

// The checks across rows, the error count, and the status: the end of either reader.
void finish_import(ImportResult& result, Reader& r, Agreement& agreement) {
    check_rows(r, agreement);
    if (r.total() > result.errors.size())
        result.errors.push_back({"", std::to_string(r.total() - result.errors.size()) + " more errors not shown"});
    if (result.errors.empty()) {
        result.status = ImportStatus::Ok;
        result.agreement = std::move(agreement);
    }
}

// The size, byte order mark and blank checks both readers start from; the text to read, or the
// result when there is nothing to read.
std::optional<ImportResult> refuse_early(std::string_view& text) {
    if (text.size() > max_import_bytes)
        return not_json("the input is " + std::to_string(text.size()) + " bytes; the limit is " +
                        std::to_string(max_import_bytes) + " bytes (16 MiB)");
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return not_json("the input is empty; expected a JSON object");
    return std::nullopt;
}

ImportResult import_through_dom_unguarded(std::string_view text) {
    if (std::optional<ImportResult> refused = refuse_early(text)) return std::move(*refused);

    json doc;
    LimitedDomBuilder builder(text, doc);
    const bool parsed = json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, true);
    if (!parsed || !builder.failure().empty())
        return not_json(builder.failure().empty() ? "the input is not JSON" : builder.failure());

    ImportResult result;
    result.status = ImportStatus::Invalid;
    Reader r(result.errors);
    for (const std::string& pointer : builder.duplicate_keys())
        r.error(pointer, "duplicate key (each key may appear once per object)");
    if (!doc.is_object()) {
        expected(r, "", "an object (a bpo-agreement document)", doc);
        return result;
    }

    const auto format = doc.find(keys::format);
    if (format == doc.end()) {
        r.error(child("", keys::format), std::string("missing; expected \"") + keys::format_name + "\"");
    } else if (!format->is_string() || *format != keys::format_name) {
        r.error(child("", keys::format), std::string("expected \"") + keys::format_name + "\", got " + shown(*format));
    }
    const auto version = doc.find(keys::version);
    std::optional<std::int64_t> declared;
    if (version == doc.end()) {
        r.error(child("", keys::version), "missing; expected " + std::to_string(keys::format_version));
    } else if (!version->is_number_integer()) {
        expected(r, child("", keys::version), "a whole-number version", *version);
    } else {
        declared = version->get<std::int64_t>();
        if (*declared > keys::format_version) {
            r.error(child("", keys::version),
                    "version " + std::to_string(*declared) + " is newer than this tool reads (up to " +
                        std::to_string(keys::format_version) + "); update bpo");
            declared.reset();
        } else if (*declared < oldest_readable_version) {
            r.error(child("", keys::version), "unknown version " + std::to_string(*declared));
            declared.reset();
        }
    }
    if (!declared || r.total() > builder.duplicate_keys().size()) return result;  // cannot interpret it
    result.source_version = static_cast<int>(*declared);
    if (*declared == 0) migrate_v0_to_v1(doc);

    Agreement agreement;
    json body = std::move(doc);
    body.erase(keys::format);
    body.erase(keys::version);
    StructCodec<Agreement>::read(r, body, "", agreement);
    finish_import(result, r, agreement);
    return result;
}

ImportResult import_unguarded(std::string_view text) {
    if (std::optional<ImportResult> refused = refuse_early(text)) return std::move(*refused);
    {
        Agreement agreement;
        if (read_directly(text, agreement)) {
            ImportResult result;
            result.status = ImportStatus::Invalid;
            result.source_version = keys::format_version;
            Reader r(result.errors);
            finish_import(result, r, agreement);
            return result;
        }
    }
    return import_through_dom_unguarded(text);
}

// Both readers answer alike when something throws.
template <class Import>
ImportResult guarded(Import&& import) {
    try {
        return import();
    } catch (const std::bad_alloc&) {
        return not_json("out of memory while reading the input");
    } catch (const std::exception& ex) {
        return not_json(std::string("could not read the input: ") + ex.what());
    }
}

}  // namespace

const char* json_kind(const nlohmann::json& v) {
    using value_t = nlohmann::json::value_t;
    switch (v.type()) {
        case value_t::null: return "null";
        case value_t::boolean: return "a boolean";
        case value_t::string: return "a string";
        case value_t::array: return "an array";
        case value_t::object: return "an object";
        case value_t::binary: return "binary data";
        case value_t::discarded: return "nothing";
        default: return "a number";
    }
}

std::string json_pointer_token(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string format_import_error(const ImportError& e) {
    return (e.pointer.empty() ? std::string("(document)") : e.pointer) + ": " + e.message;
}

ImportResult import_agreement(std::string_view text) {
    return guarded([&] { return import_unguarded(text); });
}

namespace detail {

ImportResult import_agreement_through_dom(std::string_view text) {
    return guarded([&] { return import_through_dom_unguarded(text); });
}

bool reads_directly(std::string_view text) {
    Agreement agreement;
    try {
        return !refuse_early(text) && read_directly(text, agreement);
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace detail

namespace {

// The whole document, "format" and "version" first.
void write_agreement(JsonOutput& out, const Agreement& agreement) {
    out.begin_object();
    out.key(keys::format);
    out.string_value(keys::format_name);
    out.key(keys::version);
    out.integer_value(keys::format_version);
    for (const Field<Agreement>& f : spec<Agreement>().fields) {
        out.key(f.key);
        f.write(out, agreement);
    }
    out.end_object();
}

}  // namespace

nlohmann::ordered_json agreement_to_json(const Agreement& agreement) {
    JsonDomWriter out;
    write_agreement(out, agreement);
    return std::move(out.result());
}

std::string export_agreement(const Agreement& agreement) {
    // Written twice, the first time only counting, so the text is made in a string of its exact
    // size: a growing string holds up to three times the text at once while it moves (about 50 MB
    // for a 10,000-row agreement), and no DOM is built at all.
    JsonTextWriter counter(nullptr);
    write_agreement(counter, agreement);
    std::string text;
    text.reserve(counter.size() + 1);
    JsonTextWriter writer(&text);
    write_agreement(writer, agreement);
    text += '\n';
    return text;
}

nlohmann::ordered_json generate_agreement_schema() {
    SchemaDefs defs;
    ojson properties = ojson::object();
    properties[keys::format] = ojson{{"const", keys::format_name}};
    properties[keys::version] = ojson{{"const", keys::format_version}};
    for (const Field<Agreement>& f : spec<Agreement>().fields) properties[f.key] = f.schema(defs);
    ojson schema = ojson::object();
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    schema["$id"] = "urn:bpo-agreement:schema:v1";
    schema["title"] = "BPO agreement, format version 1";
    schema["description"] =
        "A business process outsourcing agreement as written by the bpo tool. Only format and version "
        "are required; a missing field takes its default. Keys are written in this schema's order. "
        "Money is in integer minor units (keys ending Minor), percentages are percent numbers with at "
        "most 2 decimals (keys ending Percent), dates are YYYY-MM-DD, enums are kebab-case ids. Unknown "
        "keys are rejected everywhere except under extensions. Readers also enforce what a schema cannot: "
        "unique row ids per list, links (serviceId, phaseId) to existing rows, no duplicate keys, and "
        "limits of 16 MiB, 64 levels of nesting and 1,000,000 values.";
    schema["type"] = "object";
    schema["required"] = ojson::array({keys::format, keys::version});
    schema["additionalProperties"] = false;
    schema["properties"] = std::move(properties);
    schema["$defs"] = std::move(defs.defs);
    return schema;
}

std::string_view published_agreement_schema() { return asset_text(schema_asset_path); }

}  // namespace bpo
