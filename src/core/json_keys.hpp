// The one place that knows the JSON names of the agreement's fields (format v1).
// The importer, exporter, schema tests, rules (for JSON pointers) and sections all use these.
// Convention: lowerCamelCase of the C++ member name unless noted.
#pragma once

namespace bpo::keys {

// ---- top level ----
inline constexpr const char* format = "format";            // always "bpo-agreement"
inline constexpr const char* version = "version";          // 1
inline constexpr const char* title = "title";
inline constexpr const char* profile = "profile";
inline constexpr const char* client = "client";
inline constexpr const char* provider = "provider";
inline constexpr const char* responsibilities = "responsibilities";
inline constexpr const char* services = "services";
inline constexpr const char* term = "term";
inline constexpr const char* service_levels = "serviceLevels";
inline constexpr const char* credits = "credits";
inline constexpr const char* objectives = "objectives";
inline constexpr const char* governance = "governance";
inline constexpr const char* transition = "transition";
inline constexpr const char* pricing = "pricing";
inline constexpr const char* business_case = "businessCase";
inline constexpr const char* security = "security";
inline constexpr const char* confidentiality = "confidentiality";
inline constexpr const char* ip = "ip";
inline constexpr const char* termination = "termination";
inline constexpr const char* disputes = "disputes";
inline constexpr const char* liability = "liability";
inline constexpr const char* positions = "positions";
inline constexpr const char* extensions = "extensions";

inline constexpr const char* format_name = "bpo-agreement";
inline constexpr int format_version = 1;

// Nested keys follow below, grouped by the struct they belong to.

}  // namespace bpo::keys
