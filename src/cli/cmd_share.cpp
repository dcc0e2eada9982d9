// bpo share FILE / bpo share --decode FRAGMENT: the agreement as a URL fragment and back.
#include <ostream>

#include "cli/command.hpp"
#include "cli/input_file.hpp"
#include "core/json_format.hpp"
#include "core/share.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo share [--no-compress] FILE\n"
    "       bpo share --decode FRAGMENT\n"
    "\n"
    "Prints the agreement in FILE as a share-link fragment (\"#a=v1.<data>\": the canonical JSON,\n"
    "deflated, with a checksum, in base64url) to append to the builder's address. Browsers never\n"
    "send the fragment to a server. Above 2,000 characters a note on standard error warns that\n"
    "some chat and mail tools cut long links; above 32,000 the link is refused.\n"
    "With --decode, reads a fragment (or a whole link; \"-\" for standard input) and prints the\n"
    "agreement it holds as canonical JSON.\n"
    "\n"
    "Exit status: 0 done, 1 the link is damaged, incomplete, too long or from a newer version (or\n"
    "the agreement is too long for a link), 2 usage error or an unreadable or invalid file.\n";

int run(const Args& args, std::ostream& out, std::ostream& err) {
    bool decode = false, compress = true;
    std::vector<std::string> rest;
    for (const std::string& a : args) {
        if (a == "--decode") decode = true;
        else if (a == "--no-compress") compress = false;
        else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
            err << "bpo share: unknown option '" << a << "'\n\n" << usage;
            return 2;
        } else rest.push_back(a);
    }
    if (rest.size() != 1) {
        err << "bpo share: give one " << (decode ? "fragment" : "agreement file") << "\n\n" << usage;
        return 2;
    }
    if (decode) {
        std::string text = rest[0];
        if (text == "-") {
            const InputFile input = read_input_file("-");
            if (!input.error.empty()) {
                err << "-: " << input.error << '\n';
                return 2;
            }
            text = input.text;
        }
        const ShareDecoding d = decode_share_link(text);
        if (!d.ok()) {
            err << "bpo share: " << d.message << '\n';
            for (const ImportError& e : d.import_errors) err << "  " << format_import_error(e) << '\n';
            return 1;
        }
        out << export_agreement(d.agreement);
        return 0;
    }
    const InputFile input = read_input_file(rest[0]);
    if (!input.error.empty()) {
        err << rest[0] << ": " << input.error << '\n';
        return 2;
    }
    const ImportResult r = import_agreement(input.text);
    if (!r.ok()) {
        for (const ImportError& e : r.errors) err << rest[0] << ": " << format_import_error(e) << '\n';
        return 2;
    }
    const ShareEncoding enc = encode_share_link(r.agreement, compress);
    if (!enc.ok()) {
        err << "bpo share: " << share_error_message(ShareError::TooLong) << " (" << enc.length << " characters, at most "
            << share_link_max_chars << ")\n";
        return 1;
    }
    if (enc.status == ShareLength::Long)
        err << "bpo share: note: the link has " << enc.length << " characters; some chat and mail tools cut links over "
            << share_link_warn_chars << '\n';
    out << enc.fragment << '\n';
    return 0;
}

const bool registered = register_command({"share", "the agreement as a share-link fragment, and back (--decode)", usage, run});

}  // namespace

}  // namespace bpo::cli
