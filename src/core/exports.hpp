// Everything an agreement can leave the app as: the file's bytes, its type and its name.
// The app only hands these to the browser; the CLI writes them to disk.
#pragma once

#include <string>
#include <string_view>

#include "core/agreement.hpp"

namespace bpo {

enum class ExportFormat {
    Json,              // bpo-agreement v1, canonical
    Markdown,
    Html,              // standalone, print-ready
    Text,
    Docx,              // Word
    ServiceLevelsCsv,  // the service-level schedule for spreadsheets
    PricingCsv,        // rate lines and the fee schedule by year
};

struct ExportFile {
    std::string file_name;  // "acme-support-deal.json"
    std::string mime_type;
    std::string bytes;
};

ExportFile export_file(const Agreement& agreement, ExportFormat format, std::string_view draft_name);

// A file-name stem from a draft name: lower case ASCII letters, digits and hyphens
// ("Acme / Globex: MSA (v2)" -> "acme-globex-msa-v2"); "agreement" when nothing is left.
std::string file_stem(std::string_view name);

// CSV (RFC 4180: comma-separated, quoted when needed, CRLF line ends) of the service levels
// and of the pricing, as a spreadsheet reads them.
std::string service_levels_csv(const Agreement& agreement);
std::string pricing_csv(const Agreement& agreement);

}  // namespace bpo
