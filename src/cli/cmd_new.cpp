// bpo new: a starter agreement for a client profile and a service mix, as canonical JSON.
#include <ostream>

#include "cli/command.hpp"
#include "core/catalog.hpp"
#include "core/dates.hpp"
#include "core/enums.hpp"
#include "core/json_format.hpp"
#include "core/templates.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage_head =
    "usage: bpo new --profile startup|midsize|enterprise [--services LIST] [--effective-date YYYY-MM-DD]\n"
    "       bpo new --blank\n"
    "       bpo new --list\n"
    "\n"
    "Prints a starter agreement as canonical JSON, pre-filled with typical terms for the profile\n"
    "(term, service levels from the metric library, credits, governance, transition plan, pricing,\n"
    "data security, termination, disputes, liability). Party names are placeholders.\n"
    "\n"
    "  --profile P          startup, midsize or enterprise (required unless --blank)\n"
    "  --services LIST      a service mix id, or comma-separated catalog process ids\n"
    "                       (default: customer-support, finance-hr or multi-tower by profile)\n"
    "  --effective-date D   the effective date the term and transition plan start from\n"
    "                       (default: the first day of next month)\n"
    "  --blank              an empty agreement with the model defaults\n"
    "  --list               list the service mixes and catalog process ids\n";

// The usage plus the mixes and processes (the catalog is parsed from the embedded assets).
std::string usage_text() {
    std::string text = usage_head;
    text += "\nservice mixes:\n";
    for (const ServiceMix& m : service_mixes()) text += "  " + m.id + std::string(20 - std::min<std::size_t>(19, m.id.size()), ' ') + m.name + "\n";
    text += "\ncatalog processes:\n";
    for (const CatalogCategory& c : catalog().categories) {
        text += "  " + c.name + ":";
        for (const std::string& id : c.process_ids) text += " " + id;
        text += "\n";
    }
    return text;
}

Date first_of_next_month() {
    Date first = local_today();
    first.day = 1;
    return add_months(first, 1);
}

std::optional<Date> parse_date(const std::string& text) {
    // The importer owns date validation: round-trip through a one-field document.
    const ImportResult r = import_agreement(std::string("{\"format\":\"bpo-agreement\",\"version\":1,\"term\":{\"effectiveDate\":\"") +
                                            text + "\"}}");
    if (!r.ok() || !r.agreement.term.effective_date.is_set()) return std::nullopt;
    return r.agreement.term.effective_date;
}

std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    std::string item;
    for (char c : list + ",") {
        if (c == ',') {
            if (!item.empty()) items.push_back(item);
            item.clear();
        } else if (c != ' ') {
            item += c;
        }
    }
    return items;
}

int fail(std::ostream& err, const std::string& message) {
    err << "bpo new: " << message << "\n\n" << usage_text();
    return 2;
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
    std::optional<ClientProfile> profile;
    std::optional<std::string> services;
    std::optional<Date> effective;
    bool blank = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--blank") {
            blank = true;
        } else if (a == "--list") {
            out << usage_text().substr(std::string(usage_head).size() + 1);
            return 0;
        } else if (a == "--profile" || a == "--services" || a == "--effective-date") {
            if (!has_value) return fail(err, "option " + a + " needs a value");
            const std::string& value = args[++i];
            if (a == "--profile") {
                profile = enum_from_id<ClientProfile>(value);
                if (!profile) return fail(err, "unknown profile '" + value + "' (startup, midsize or enterprise)");
            } else if (a == "--services") {
                services = value;
            } else {
                effective = parse_date(value);
                if (!effective) return fail(err, "'" + value + "' is not a date YYYY-MM-DD");
            }
        } else {
            return fail(err, "unknown option '" + a + "'");
        }
    }
    if (blank) {
        if (profile || services || effective) return fail(err, "--blank takes no other option");
        out << export_agreement(make_blank_agreement());
        return 0;
    }
    if (!profile) return fail(err, "--profile is required");
    const Date date = effective ? *effective : first_of_next_month();
    const std::string list = services ? *services : std::string(default_mix_id(*profile));
    const std::vector<std::string> items = split_list(list);
    if (items.empty()) return fail(err, "--services needs at least one mix or process id");
    if (items.size() == 1 && find_service_mix(items.front())) {
        out << export_agreement(make_starter(*profile, items.front(), date));
        return 0;
    }
    for (const std::string& id : items) {
        if (!find_process(id))
            return fail(err, "'" + id + "' is neither a service mix nor a catalog process id" +
                                 (find_service_mix(id) ? " (a mix cannot be combined with other ids)" : ""));
    }
    out << export_agreement(make_starter_for_processes(*profile, items, date));
    return 0;
}

const bool registered = register_command(
    {"new", "print a starter agreement for a client profile and service mix", usage_head, run});

}  // namespace

}  // namespace bpo::cli
