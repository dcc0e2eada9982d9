#include "cli/input_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "core/json_format.hpp"

namespace bpo::cli {

namespace {
// Reads up to one byte past the limit so the importer can still say "too large".
std::string read_limited(std::istream& in) {
    std::string text;
    char buffer[65536];
    while (text.size() <= max_import_bytes) {
        in.read(buffer, sizeof buffer);
        const std::streamsize got = in.gcount();
        if (got <= 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
    }
    if (text.size() > max_import_bytes + 1) text.resize(max_import_bytes + 1);
    return text;
}
}  // namespace

InputFile read_input_file(const std::string& path) {
    InputFile file;
    if (path == "-") {
        file.text = read_limited(std::cin);
        return file;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        file.error = std::string("cannot open: ") + std::strerror(errno);
        return file;
    }
    file.text = read_limited(in);
    if (in.bad()) file.error = "read error";
    return file;
}

}  // namespace bpo::cli
