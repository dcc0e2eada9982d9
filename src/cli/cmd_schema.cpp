// bpo schema: the JSON Schema (draft 2020-12) of the agreement format v1.
#include <ostream>

#include "cli/command.hpp"
#include "core/json_format.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo schema [--generate]\n"
    "\n"
    "Prints the published JSON Schema (draft 2020-12) of the bpo-agreement format, version 1,\n"
    "the same file the web app serves under schema/bpo-agreement.v1.schema.json.\n"
    "\n"
    "  --generate   print the schema as generated from the importer's field tables instead; after\n"
    "               changing the format, write it to assets/schema/bpo-agreement.v1.schema.json\n"
    "               (a unit test fails while the two differ).\n";

int run(const Args& args, std::ostream& out, std::ostream& err) {
    bool generate = false;
    for (const std::string& a : args) {
        if (a == "--generate") {
            generate = true;
        } else {
            err << "bpo schema: unknown argument '" << a << "'\n\n" << usage;
            return 2;
        }
    }
    if (generate) {
        out << generate_agreement_schema().dump(2) << '\n';
        return 0;
    }
    const std::string_view schema = published_agreement_schema();
    if (schema.empty()) {
        err << "bpo schema: the schema asset is missing from this build\n";
        return 2;
    }
    out << schema;
    return 0;
}

const bool registered = register_command({"schema", "print the JSON Schema of the agreement format", usage, run});

}  // namespace

}  // namespace bpo::cli
