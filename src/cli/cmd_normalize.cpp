// bpo normalize FILE: the canonical export of an imported file (older versions are migrated).
#include <ostream>

#include "cli/command.hpp"
#include "cli/input_file.hpp"
#include "core/json_format.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo normalize FILE\n"
    "\n"
    "Reads an agreement (\"-\" reads standard input), upgrades an older format version to v1, and\n"
    "prints the canonical v1 JSON: keys in the schema's order, 2-space indent, rows without ids\n"
    "given fresh ones. The same agreement always prints the same bytes, so files diff well.\n"
    "\n"
    "Exit status: 0 printed, 1 the file has errors (listed on stderr as FILE: /pointer: message),\n"
    "2 unreadable or not JSON.\n";

int run(const Args& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> files;
    for (const std::string& a : args) {
        if (a.size() > 1 && a[0] == '-') {
            err << "bpo normalize: unknown option '" << a << "'\n\n" << usage;
            return 2;
        }
        files.push_back(a);
    }
    if (files.size() != 1) {
        err << "bpo normalize: expected exactly one FILE\n\n" << usage;
        return 2;
    }
    const std::string& path = files.front();
    const InputFile input = read_input_file(path);
    if (!input.error.empty()) {
        err << path << ": " << input.error << '\n';
        return 2;
    }
    const ImportResult result = import_agreement(input.text);
    if (!result.ok()) {
        for (const ImportError& e : result.errors)
            err << path << ": " << (e.pointer.empty() ? "" : e.pointer + ": ") << e.message << '\n';
        return result.status == ImportStatus::NotJson ? 2 : 1;
    }
    out << export_agreement(result.agreement);
    return 0;
}

const bool registered = register_command({"normalize", "print the canonical JSON of an agreement file", usage, run});

}  // namespace

}  // namespace bpo::cli
