// bpo validate FILE...: import errors (and, once the rules land, findings) with JSON pointers.
#include <optional>
#include <ostream>

#include "cli/command.hpp"
#include "cli/input_file.hpp"
#include "core/json_format.hpp"
#include "core/playbook.hpp"
#include "core/finding_text.hpp"
#include "core/report_json.hpp"
#include "core/rules.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo validate [--json] [--import-only] [--playbook PLAYBOOK] FILE...\n"
    "\n"
    "Checks each agreement file (format bpo-agreement, version 0 or 1; \"-\" reads standard input)\n"
    "and prints one line per problem:\n"
    "  FILE: /pointer: message\n"
    "where /pointer is the JSON pointer of the value at fault. A file that imports is then checked\n"
    "by the rules, one line per finding:\n"
    "  FILE: SEVERITY RULE-ID /pointer: message\n"
    "A file without import errors or error-severity findings ends with \"FILE: valid\".\n"
    "\n"
    "  --json          print the findings as JSON (shape \"bpo-findings\", docs/actuals.md): one\n"
    "                  document for one file, an array of them for several\n"
    "  --import-only   check the format only, without the rules\n"
    "  --playbook P    also check each agreement against the playbook P (format bpo-playbook,\n"
    "                  docs/playbooks.md): its deviations are findings \"playbook.<check id>\"\n"
    "                  in the playbook's own words, with the playbook's severities\n"
    "\n"
    "Exit status: 0 every file is valid, 1 some file has import errors or error-severity findings,\n"
    "2 some file is unreadable or is not JSON (syntax, encoding, over 16 MiB or nested deeper\n"
    "than 64 levels).\n";

int run(const Args& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> files;
    bool json = false, import_only = false;
    nlohmann::ordered_json reports = nlohmann::ordered_json::array();
    std::optional<Playbook> playbook;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--playbook") {
            if (i + 1 >= args.size()) {
                err << "bpo validate: --playbook needs a file\n\n" << usage;
                return 2;
            }
            const std::string& path = args[++i];
            const InputFile input = read_input_file(path);
            if (!input.error.empty()) {
                err << path << ": " << input.error << '\n';
                return 2;
            }
            PlaybookImport imported = import_playbook(input.text);
            if (!imported.ok()) {
                for (const ImportError& e : imported.errors) err << path << ": " << format_import_error(e) << '\n';
                return 2;
            }
            playbook = std::move(imported.playbook);
            continue;
        }
        if (a == "--json" || a == "--import-only") {
            (a == "--json" ? json : import_only) = true;
            continue;
        }
        if (a.size() > 1 && a[0] == '-') {
            err << "bpo validate: unknown option '" << a << "'\n\n" << usage;
            return 2;
        }
        files.push_back(a);
    }
    if (files.empty()) {
        err << "bpo validate: no file given\n\n" << usage;
        return 2;
    }
    int status = 0;
    for (const std::string& path : files) {
        const InputFile input = read_input_file(path);
        if (!input.error.empty()) {
            err << path << ": " << input.error << '\n';
            status = 2;
            continue;
        }
        const ImportResult result = import_agreement(input.text);
        if (json && !result.ok()) {
            nlohmann::ordered_json doc = findings_to_json({}, path);
            nlohmann::ordered_json import_errors = nlohmann::ordered_json::array();
            for (const ImportError& e : result.errors)
                import_errors.push_back({{"pointer", e.pointer}, {"message", e.message}});
            doc["importErrors"] = std::move(import_errors);
            reports.push_back(std::move(doc));
        }
        for (const ImportError& e : result.errors)
            if (!json) out << path << ": " << (e.pointer.empty() ? "" : e.pointer + ": ") << e.message << '\n';
        if (result.status == ImportStatus::NotJson) {
            status = 2;
            continue;
        }
        if (!result.ok()) {
            if (status == 0) status = 1;
            continue;
        }
        std::vector<Finding> findings = import_only ? std::vector<Finding>{} : bpo::validate(result.agreement);
        if (playbook) {
            const std::vector<Finding> deviations = check_playbook(*playbook, result.agreement);
            findings.insert(findings.end(), deviations.begin(), deviations.end());
        }
        if (has_errors(findings) && status == 0) status = 1;
        if (json) {
            reports.push_back(findings_to_json(findings, path));
            continue;
        }
        for (const Finding& f : findings)
            out << path << ": " << severity_id(f.severity) << ' ' << f.rule_id << ' ' << f.pointer << ": "
                << finding_text(f).message << '\n';
        if (!has_errors(findings)) out << path << ": valid\n";
    }
    if (json) out << (reports.size() == 1 ? reports[0] : reports).dump(2) << '\n';
    return status;
}

const bool registered = register_command({"validate", "check agreement files; problems with JSON pointers", usage, run});

}  // namespace

}  // namespace bpo::cli
