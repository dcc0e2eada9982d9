// The bpo CLI's command registry: each command lives in its own cmd_*.cpp and registers itself,
// so commands are added without touching a central list.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace bpo::cli {

using Args = std::vector<std::string>;
// Returns the process exit code. Writes results to out, problems to err.
using CommandFn = int (*)(const Args& args, std::ostream& out, std::ostream& err);

struct Command {
    const char* name;      // "validate"
    const char* summary;   // one line for `bpo --help`
    const char* usage;     // full help for `bpo CMD --help`
    CommandFn run;
};

bool register_command(const Command& command);  // call from a static initialiser
const std::vector<Command>& commands();         // sorted by name

}  // namespace bpo::cli
