// bpo diff A B: field-by-field difference of two agreements, and the document redline.
#include <fstream>
#include <ostream>

#include "cli/command.hpp"
#include "cli/input_file.hpp"
#include "core/diff.hpp"
#include "core/json_format.hpp"
#include "core/redline.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo diff [--json] [--redline OUT.html] A B\n"
    "\n"
    "Compares two agreement files field by field (rows matched by their id, so an inserted or\n"
    "reordered row is one change) and prints one line per change:\n"
    "  /pointer (Section > Row > Field): old -> new\n"
    "  /pointer (...): added VALUE | removed VALUE | moved from position N to M\n"
    "Pointers are into B (removed rows: into A). \"-\" reads standard input for one of the files.\n"
    "\n"
    "  --json             print the changes as JSON (shape \"bpo-diff\")\n"
    "  --redline OUT      also write a redline of the generated document text (A to B) as a\n"
    "                     standalone HTML page, with insertions and deletions marked\n"
    "\n"
    "Exit status: 0 identical, 1 different, 2 usage error or a file that is unreadable or not a\n"
    "valid agreement.\n";

int run(const Args& args, std::ostream& out, std::ostream& err) {
    bool json = false;
    std::string redline_path;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json") json = true;
        else if (a == "--redline") {
            if (i + 1 >= args.size()) {
                err << "bpo diff: --redline needs an output file\n\n" << usage;
                return 2;
            }
            redline_path = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            err << "bpo diff: unknown option '" << a << "'\n\n" << usage;
            return 2;
        } else files.push_back(a);
    }
    if (files.size() != 2) {
        err << "bpo diff: give two agreement files\n\n" << usage;
        return 2;
    }
    if (files[0] == "-" && files[1] == "-") {
        err << "bpo diff: only one of the files can be standard input\n";
        return 2;
    }
    Agreement agreements[2];
    for (int i = 0; i < 2; ++i) {
        const InputFile input = read_input_file(files[i]);
        if (!input.error.empty()) {
            err << files[i] << ": " << input.error << '\n';
            return 2;
        }
        const ImportResult r = import_agreement(input.text);
        if (!r.ok()) {
            for (const ImportError& e : r.errors) err << files[i] << ": " << format_import_error(e) << '\n';
            return 2;
        }
        agreements[i] = r.agreement;
    }
    const AgreementDiff diff = diff_agreements(agreements[0], agreements[1]);
    if (json) {
        out << diff_to_json(diff).dump(2) << '\n';
    } else {
        for (const FieldChange& c : diff.changes) out << format_change(c) << '\n';
        if (diff.identical()) out << "identical\n";
    }
    if (!redline_path.empty()) {
        const Redline redline = redline_agreements(agreements[0], agreements[1]);
        std::ofstream file(redline_path, std::ios::binary);
        file << redline_to_html(redline, files[0], files[1]);
        if (!file) {
            err << redline_path << ": cannot write the redline\n";
            return 2;
        }
    }
    return diff.identical() ? 0 : 1;
}

const bool registered = register_command({"diff", "compare two agreements field by field; --redline for the document", usage, run});

}  // namespace

}  // namespace bpo::cli
