#include <doctest/doctest.h>

#include "core/exports.hpp"
#include "core/json_format.hpp"
#include "core/templates.hpp"

using namespace bpo;

TEST_CASE("export file names come from the draft name") {
    CHECK(file_stem("Acme / Globex: MSA (v2)") == "acme-globex-msa-v2");
    CHECK(file_stem("  Société Générale deal ") == "soci-t-g-n-rale-deal");
    CHECK(file_stem("***") == "agreement");
    const Agreement a = make_starter(ClientProfile::Midsize, "finance-hr");
    CHECK(export_file(a, ExportFormat::Json, "Finance deal").file_name == "finance-deal.json");
    CHECK(export_file(a, ExportFormat::Docx, "Finance deal").file_name == "finance-deal.docx");
    CHECK(export_file(a, ExportFormat::ServiceLevelsCsv, "Finance deal").file_name == "finance-deal-service-levels.csv");
}

TEST_CASE("every export format produces its content") {
    const Agreement a = make_starter(ClientProfile::Enterprise, "multi-tower");
    const auto json = export_file(a, ExportFormat::Json, "x");
    CHECK(import_agreement(json.bytes).ok());
    CHECK(export_file(a, ExportFormat::Markdown, "x").bytes.find("# ") != std::string::npos);
    CHECK(export_file(a, ExportFormat::Html, "x").bytes.find("<html") != std::string::npos);
    CHECK(export_file(a, ExportFormat::Docx, "x").bytes.substr(0, 2) == "PK");
    CHECK_FALSE(export_file(a, ExportFormat::Text, "x").bytes.empty());
}

TEST_CASE("CSV schedules quote what needs quoting and neutralise formulas") {
    Agreement a = make_starter(ClientProfile::Startup, "customer-support");
    REQUIRE_FALSE(a.service_levels.empty());
    a.service_levels[0].name = "Speed, \"answer\"";
    a.service_levels[0].definition = "=HYPERLINK(\"http://x\")";
    const std::string csv = service_levels_csv(a);
    CHECK(csv.rfind("id,service,metric,definition,expected", 0) == 0);
    CHECK(csv.find("\"Speed, \"\"answer\"\"\"") != std::string::npos);
    CHECK(csv.find("\"'=HYPERLINK(\"\"http://x\"\")\"") != std::string::npos);
    CHECK(csv.find("\r\n") != std::string::npos);
    const std::string pricing = pricing_csv(a);
    CHECK(pricing.find("tcv") != std::string::npos);
}
