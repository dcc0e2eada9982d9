#include "core/exports.hpp"

#include <cstdio>

#include "core/csv.hpp"
#include "core/document_builder.hpp"
#include "core/enums.hpp"
#include "core/fees.hpp"
#include "core/json_format.hpp"
#include "core/money.hpp"
#include "core/render_docx.hpp"
#include "core/render_html.hpp"
#include "core/render_markdown.hpp"
#include "core/render_text.hpp"

namespace bpo {

namespace {

std::string number(const std::optional<double>& v) {
    if (!v) return {};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", *v);
    return buffer;
}

std::string service_name(const Agreement& a, const std::string& id) {
    for (const Service& s : a.services)
        if (s.id == id) return s.name;
    return {};
}

}  // namespace

std::string file_stem(std::string_view name) {
    std::string out;
    bool hyphen = false;
    for (char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (alnum || upper) {
            if (hyphen && !out.empty()) out += '-';
            out += upper ? static_cast<char>(c - 'A' + 'a') : c;
            hyphen = false;
        } else {
            hyphen = true;
        }
        if (out.size() >= 80) break;
    }
    return out.empty() ? "agreement" : out;
}

std::string service_levels_csv(const Agreement& a) {
    std::string out;
    csv_row(out, {"id", "service", "metric", "definition", "expected", "minimum", "unit", "direction", "window",
                  "reporting", "criticality", "allocation_percent", "flat_credit_percent", "exclusions"});
    for (const ServiceLevel& sl : a.service_levels) {
        std::string exclusions;
        for (Exclusion e : sl.exclusions) exclusions += (exclusions.empty() ? "" : "; ") + std::string(enum_label(e));
        csv_row(out, {sl.id, service_name(a, sl.service_id), sl.name, sl.definition, number(sl.expected),
                      number(sl.minimum), std::string(enum_label(sl.unit)), std::string(enum_label(sl.direction)),
                      std::string(enum_label(sl.window)), std::string(enum_label(sl.reporting)),
                      std::string(enum_label(sl.criticality)), format_bp(sl.allocation_bp), format_bp(sl.flat_credit_bp),
                      exclusions});
    }
    return out;
}

std::string pricing_csv(const Agreement& a) {
    const std::string& currency = a.pricing.currency;
    std::string out;
    csv_row(out, {"section", "id", "service", "description", "unit", "quantity", "unit_price", "monthly", "currency"});
    const FeeSchedule fees = compute_fees(a);
    for (const RateLine& r : a.pricing.rates) {
        Money monthly{};
        for (const LineFee& l : fees.lines)
            if (l.rate_id == r.id) monthly = l.monthly;
        csv_row(out, {"rate", r.id, service_name(a, r.service_id), r.description, r.unit, number(r.quantity),
                      format_decimal(r.unit_price, currency), format_decimal(monthly, currency), currency});
    }
    for (const YearFee& y : fees.years) {
        csv_row(out, {"year", "year-" + std::to_string(y.year), "", "Charges for contract year " + std::to_string(y.year),
                      "months", std::to_string(y.months), "", format_decimal(y.charges, currency), currency});
    }
    csv_row(out, {"total", "tcv", "", "Total contract value (initial term)", "", "", "", format_decimal(fees.tcv, currency),
                  currency});
    return out;
}

ExportFile export_file(const Agreement& agreement, ExportFormat format, std::string_view draft_name) {
    const std::string stem = file_stem(draft_name.empty() ? std::string_view(agreement.title) : draft_name);
    switch (format) {
        case ExportFormat::Json:
            return {stem + ".json", "application/json", export_agreement(agreement)};
        case ExportFormat::Markdown:
            return {stem + ".md", "text/markdown", render_markdown(build_document(agreement))};
        case ExportFormat::Html:
            return {stem + ".html", "text/html", render_html(build_document(agreement))};
        case ExportFormat::Text:
            return {stem + ".txt", "text/plain", render_text(build_document(agreement))};
        case ExportFormat::Docx:
            return {stem + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    render_docx(build_document(agreement))};
        case ExportFormat::ServiceLevelsCsv:
            return {stem + "-service-levels.csv", "text/csv", service_levels_csv(agreement)};
        case ExportFormat::PricingCsv:
            return {stem + "-pricing.csv", "text/csv", pricing_csv(agreement)};
    }
    return {stem, "application/octet-stream", {}};
}

}  // namespace bpo
