// bpo: the native command-line tool over the same core as the web app.
#include <algorithm>
#include <cstring>
#include <iostream>

#include "cli/command.hpp"

namespace bpo::cli {

namespace {
std::vector<Command>& registry() {
    static std::vector<Command> all;
    return all;
}

void print_usage(std::ostream& out) {
    out << "bpo " << BPO_VERSION << " - draft and check business process outsourcing agreements\n\n"
        << "usage: bpo COMMAND [ARGS...]\n       bpo COMMAND --help\n\ncommands:\n";
    for (const Command& c : commands()) {
        out << "  " << c.name;
        for (std::size_t i = std::strlen(c.name); i < 12; ++i) out << ' ';
        out << c.summary << '\n';
    }
    out << "\nThe output is a draft for review by a lawyer, not legal advice.\n";
}
}  // namespace

bool register_command(const Command& command) {
    registry().push_back(command);
    std::sort(registry().begin(), registry().end(),
              [](const Command& a, const Command& b) { return std::strcmp(a.name, b.name) < 0; });
    return true;
}

const std::vector<Command>& commands() { return registry(); }

}  // namespace bpo::cli

int main(int argc, char** argv) {
    using namespace bpo::cli;
    Args args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        print_usage(args.empty() ? std::cerr : std::cout);
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::cout << "bpo " << BPO_VERSION << '\n';
        return 0;
    }
    for (const Command& c : commands()) {
        if (args[0] != c.name) continue;
        Args rest(args.begin() + 1, args.end());
        if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
            std::cout << c.usage;
            return 0;
        }
        return c.run(rest, std::cout, std::cerr);
    }
    std::cerr << "bpo: unknown command '" << args[0] << "'\n\n";
    print_usage(std::cerr);
    return 2;
}
