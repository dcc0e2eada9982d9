// libFuzzer target for the agreement importer: any bytes must give a result (never a crash, an
// exception, even a caught one, or unbounded memory), import_agreement (direct reader when it
// can) must answer exactly as the DOM reader alone (same status, errors and agreement), and every
// accepted document must export canonically: exporting, importing the export and exporting again
// gives the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/json_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const bpo::ImportResult result = bpo::import_agreement(text);
    if (result.ok() != result.errors.empty()) std::abort();  // ok exactly when nothing is wrong
    // The safety net caught an exception: the web build cannot catch (Emscripten's default), so
    // there the same input would abort the app. Every problem must be found without throwing.
    for (const bpo::ImportError& e : result.errors)
        if (e.message.rfind("could not read the input", 0) == 0) std::abort();

    const bpo::ImportResult dom = bpo::detail::import_agreement_through_dom(text);
    if (dom.status != result.status || dom.errors != result.errors || dom.source_version != result.source_version)
        std::abort();  // the two readers disagree
    if (!result.ok()) return 0;

    const std::string exported = bpo::export_agreement(result.agreement);
    if (bpo::export_agreement(dom.agreement) != exported) std::abort();  // different agreements
    const bpo::ImportResult again = bpo::import_agreement(exported);
    if (!again.ok()) std::abort();  // our own export must always read back
    if (bpo::export_agreement(again.agreement) != exported) std::abort();  // and be canonical
    return 0;
}
