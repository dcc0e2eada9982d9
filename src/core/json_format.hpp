// The agreement's JSON format, version 1: canonical export, strict import with every problem
// reported at once, migration from older versions, and the JSON Schema derived from the same
// field tables (so the importer and the schema cannot drift apart).
//
// Conventions (also stated in the schema's descriptions):
//   key order   the declared order of the model (format, version, title, profile, client, ...);
//               extensions keep their own keys sorted. 2-space indent, UTF-8, trailing newline.
//   money       integer minor units of pricing.currency in keys ending "Minor"
//               ("unitPriceMinor": 450000 is 4,500.00), 0 to 2^53-1 so JavaScript reads it exactly.
//   percent     BasisPoints as percent numbers in keys ending "Percent", at most 2 decimals
//               ("atRiskPercent": 12.5 is 12.5 %), 0 to 100000.
//   numbers     measurements are written as integers when whole (80, not 80.0), otherwise in the
//               shortest form that reads back to the same double; whole-number fields (days,
//               months, hours, counts) take integers from 0 to 1000000.
//   dates       "YYYY-MM-DD", a real calendar date (years 0001-9999); null when not set.
//   optionals   unset optional numbers and dates are written as null; on import null and a missing
//               key both mean "not set".
//   enums       kebab-case ids from core/enums.hpp ("by-agreement").
//   ids         rows carry "id" (ASCII letters, digits, '.', '_', ':', '-'; at most 64); a row
//               without one gets a fresh id on import; duplicates within a list are errors.
//   defaults    only "format" and "version" are required; a missing field keeps the model default.
//   extensions  any JSON object, kept as is (sorted keys on export); the only place where
//               unknown keys are allowed.
//
// Limits on import (hostile input gives errors, never a crash or an exception):
//   size 16 MiB, nesting 64 levels, 1,000,000 JSON values, 500 reported errors. A UTF-8 byte
//   order mark at the start is accepted and skipped (export never writes one). Duplicate keys in
//   one object are errors. Invalid UTF-8 is a syntax error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/agreement.hpp"

namespace bpo {

inline constexpr std::size_t max_import_bytes = 16u * 1024u * 1024u;  // 16 MiB
inline constexpr std::size_t max_json_depth = 64;              // nested objects/arrays
inline constexpr std::size_t max_json_values = 1000000;        // values in one document
inline constexpr std::size_t max_import_errors = 500;          // further errors are counted only
inline constexpr int oldest_readable_version = 0;              // migrated on import

struct ImportError {
    std::string pointer;  // RFC 6901 pointer into the document ("" = the document itself)
    std::string message;  // plain words, no pointer: "expected a number, got a string"
    friend bool operator==(const ImportError& a, const ImportError& b) {
        return a.pointer == b.pointer && a.message == b.message;
    }
};

enum class ImportStatus {
    Ok,       // agreement is valid and complete
    Invalid,  // JSON, but not a valid agreement: errors say where
    NotJson,  // unreadable as JSON (syntax, encoding, size or depth limits): one error
};

struct ImportResult {
    ImportStatus status = ImportStatus::NotJson;
    Agreement agreement;              // meaningful only when ok()
    std::vector<ImportError> errors;  // every problem found, in a stable order
    int source_version = -1;          // the version the document declared, when it had one
    bool ok() const { return status == ImportStatus::Ok; }
};

// Reads a document of any supported version (older ones are migrated to v1 first; pointers in
// errors about a migrated document refer to its v1 form). Never throws.
ImportResult import_agreement(std::string_view text);

// The canonical v1 text: byte-identical for equal agreements. Never throws (strings that are not
// valid UTF-8 have the bad bytes replaced by U+FFFD).
std::string export_agreement(const Agreement& agreement);

// The same document as a JSON value, in canonical key order.
nlohmann::ordered_json agreement_to_json(const Agreement& agreement);

// "/serviceLevels/3/expected: expected a number, got a string" ("(document)" for "").
std::string format_import_error(const ImportError& error);

// What kind of JSON value this is, as error messages say it: "a string", "a number", "null"...
// (the importers of every format use it, so "expected X, got Y" reads the same everywhere).
const char* json_kind(const nlohmann::json& value);

// One reference token escaped for a JSON pointer ("a/b" -> "a~1b", "~" -> "~0").
std::string json_pointer_token(std::string_view key);

// The JSON Schema (draft 2020-12) of format v1, generated from the importer's field tables.
nlohmann::ordered_json generate_agreement_schema();

// The published schema (assets/schema/bpo-agreement.v1.schema.json); a unit test keeps it equal to
// generate_agreement_schema(). Regenerate it with `bpo schema --generate`.
std::string_view published_agreement_schema();
inline constexpr const char* schema_asset_path = "schema/bpo-agreement.v1.schema.json";

// import_agreement reads a valid v1 document straight from the text; anything else (an error to
// explain, a v0 document to migrate) goes through a DOM of the whole document. These expose the
// two paths so the tests and the fuzzer can hold them to the same results.
namespace detail {
ImportResult import_agreement_through_dom(std::string_view text);  // the DOM path alone
bool reads_directly(std::string_view text);  // true when import_agreement took the direct path
}  // namespace detail

}  // namespace bpo
