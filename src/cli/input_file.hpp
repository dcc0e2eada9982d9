// Reading an agreement file for the CLI commands, with the importer's size limit applied before
// the whole file is read (a 50 MB file is refused after reading 16 MiB + 1 bytes, not loaded).
#pragma once

#include <optional>
#include <string>

namespace bpo::cli {

struct InputFile {
    std::string text;   // the file's bytes (at most max_import_bytes + 1)
    std::string error;  // non-empty when the file could not be read
};

// path "-" reads standard input.
InputFile read_input_file(const std::string& path);

}  // namespace bpo::cli
