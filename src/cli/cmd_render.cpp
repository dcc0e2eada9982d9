// bpo render --format md|html|txt|docx FILE [-o OUT]: the agreement as a document.
#include <fstream>
#include <iostream>
#include <ostream>

#include <unistd.h>

#include "cli/command.hpp"
#include "cli/input_file.hpp"
#include "core/document_builder.hpp"
#include "core/json_format.hpp"
#include "core/render_docx.hpp"
#include "core/render_html.hpp"
#include "core/render_markdown.hpp"
#include "core/render_text.hpp"

namespace bpo::cli {

namespace {

constexpr const char* usage =
    "usage: bpo render [--format md|html|txt|docx] [--list-missing] FILE [-o OUT]\n"
    "\n"
    "Renders the agreement in FILE (\"-\" reads standard input) as a document for review:\n"
    "  md    Markdown (CommonMark with GFM tables)\n"
    "  html  one standalone HTML page with print styles\n"
    "  txt   plain text, 78 columns\n"
    "  docx  Word document (needs -o OUT, or standard output redirected away from a terminal)\n"
    "The format defaults to the extension of OUT, else md. Values not filled in appear as\n"
    "[placeholders]; --list-missing also prints them, with their JSON pointers, to standard error.\n"
    "The output is a draft for review by a lawyer, not legal advice.\n"
    "\n"
    "Exit status: 0 rendered, 1 the file is not a valid agreement, 2 usage or I/O error.\n";

std::string extension_format(const std::string& path) {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string::npos) return {};
    const std::string ext = path.substr(dot + 1);
    if (ext == "md" || ext == "markdown") return "md";
    if (ext == "html" || ext == "htm") return "html";
    if (ext == "txt" || ext == "text") return "txt";
    if (ext == "docx") return "docx";
    return {};
}

int run(const Args& args, std::ostream& out, std::ostream& err) {
    std::string format, file, output;
    bool have_file = false, list_missing = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--format" || a == "-f" || a == "-o" || a == "--output") {
            if (i + 1 >= args.size()) {
                err << "bpo render: " << a << " needs a value\n\n" << usage;
                return 2;
            }
            (a == "-o" || a == "--output" ? output : format) = args[++i];
        } else if (a.rfind("--format=", 0) == 0) {
            format = a.substr(9);
        } else if (a == "--list-missing") {
            list_missing = true;
        } else if (a.size() > 1 && a[0] == '-') {
            err << "bpo render: unknown option '" << a << "'\n\n" << usage;
            return 2;
        } else if (have_file) {
            err << "bpo render: one FILE at a time\n\n" << usage;
            return 2;
        } else {
            file = a;
            have_file = true;
        }
    }
    if (!have_file) {
        err << "bpo render: no file given\n\n" << usage;
        return 2;
    }
    if (format.empty()) format = extension_format(output);
    if (format.empty()) format = "md";
    if (format == "markdown") format = "md";
    if (format == "text") format = "txt";
    if (format != "md" && format != "html" && format != "txt" && format != "docx") {
        err << "bpo render: unknown format '" << format << "' (md, html, txt or docx)\n";
        return 2;
    }
    if (format == "docx" && output.empty() && &out == &std::cout && isatty(STDOUT_FILENO)) {
        err << "bpo render: a .docx is binary; give -o FILE.docx or redirect standard output\n";
        return 2;
    }

    const InputFile input = read_input_file(file);
    if (!input.error.empty()) {
        err << file << ": " << input.error << '\n';
        return 2;
    }
    const ImportResult imported = import_agreement(input.text);
    if (!imported.ok()) {
        for (const ImportError& e : imported.errors)
            err << file << ": " << (e.pointer.empty() ? "" : e.pointer + ": ") << e.message << '\n';
        return imported.status == ImportStatus::NotJson ? 2 : 1;
    }
    const Document document = build_document(imported.agreement);
    for (const std::string& p : document.problems) err << "bpo render: internal: " << p << '\n';
    std::string bytes;
    if (format == "md") bytes = render_markdown(document);
    else if (format == "html") bytes = render_html(document);
    else if (format == "txt") bytes = render_text(document);
    else bytes = render_docx(document);
    if (format != "docx" && (bytes.empty() || bytes.back() != '\n')) bytes += '\n';
    if (bytes.empty()) {
        err << "bpo render: could not write the document\n";
        return 2;
    }

    if (list_missing) {
        err << document.missing.size() << " missing value" << (document.missing.size() == 1 ? "" : "s") << '\n';
        for (const MissingValue& m : document.missing) err << "  " << m.pointer << ": [" << m.label << "]\n";
    }
    if (output.empty() || output == "-") {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        return out ? 0 : 2;
    }
    std::ofstream file_out(output, std::ios::binary);
    file_out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    file_out.close();
    if (!file_out) {
        err << "bpo render: cannot write " << output << '\n';
        return 2;
    }
    return 0;
}

const bool registered = register_command({"render", "the agreement as Markdown, HTML, text or Word", usage, run});

}  // namespace

}  // namespace bpo::cli
