// bpo validate FILE...: import errors (and, once the rules land, findings) with JSON pointers.
#include <ostream>

#include "cli/command.hpp"
#include "cli/input_file.hpp"
#include "core/json_format.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo validate FILE...\n"
    "\n"
    "Checks each agreement file (format bpo-agreement, version 0 or 1; \"-\" reads standard input)\n"
    "and prints one line per problem:\n"
    "  FILE: /pointer: message\n"
    "where /pointer is the JSON pointer of the value at fault. A valid file prints \"FILE: valid\".\n"
    "\n"
    "Exit status: 0 every file is valid, 1 some file has errors, 2 some file is unreadable or is\n"
    "not JSON (syntax, encoding, over 16 MiB or nested deeper than 64 levels).\n";

int run(const Args& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> files;
    for (const std::string& a : args) {
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
        for (const ImportError& e : result.errors)
            out << path << ": " << (e.pointer.empty() ? "" : e.pointer + ": ") << e.message << '\n';
        if (result.status == ImportStatus::NotJson) {
            status = 2;
            continue;
        }
        if (!result.ok()) {
            if (status == 0) status = 1;
            continue;
        }
        // Rules findings join here once the rules engine links into the CLI:
        //   for (const Finding& f : bpo::validate(result.agreement)) print "FILE: pointer: text",
        //   and set status 1 when has_errors(findings).
        out << path << ": valid\n";
    }
    return status;
}

const bool registered = register_command({"validate", "check agreement files; problems with JSON pointers", usage, run});

}  // namespace

}  // namespace bpo::cli
