// Native side of ./build.sh bench: the core built Release, timed with std::chrono.
//
//   bpo_native_bench --emit DIR            writes DIR/agreement-<rows>.json for every size
//   bpo_native_bench --fixture FILE [DIR]  times everything, one JSON line per figure on stdout
//                                          (DIR: where the export+write figure writes its file)
//
// A figure is a list of run times in milliseconds after warm-up; bench/report.mjs takes the
// median, min and max and the ratios. Nothing here judges a figure against a goal.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_ops.hpp"

using namespace bpo;
using namespace bpo::bench;

namespace {

const int sizes[] = {10, 100, 1000, 10000};
const char* format_names[] = {"markdown", "html", "text", "docx"};

struct Plan {
    int warmup;
    int runs;
};
Plan plan_for(int rows) {
    if (rows <= 100) return {3, 30};
    if (rows <= 1000) return {2, 15};
    return {1, 7};
}

volatile std::size_t sink = 0;

template <class F>
std::vector<double> time_runs(Plan plan, F&& f, double budget_ms = 30000) {
    using clock = std::chrono::steady_clock;
    for (int i = 0; i < plan.warmup; ++i) sink = sink + f(i);
    std::vector<double> ms;
    double total = 0;
    for (int i = 0; i < plan.runs; ++i) {
        const auto t0 = clock::now();
        sink = sink + f(plan.warmup + i);
        const double d = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
        ms.push_back(d);
        total += d;
        if (total > budget_ms && ms.size() >= 3) break;
    }
    return ms;
}

void emit(const std::string& figure, const std::string& variant, int rows, const std::vector<double>& ms,
          std::size_t bytes) {
    std::ostringstream o;
    o << "{\"suite\":\"native\",\"figure\":\"" << figure << "\",\"variant\":\"" << variant
      << "\",\"rows\":" << rows << ",\"bytes\":" << bytes << ",\"ms\":[";
    for (std::size_t i = 0; i < ms.size(); ++i) o << (i ? "," : "") << ms[i];
    o << "]}";
    std::cout << o.str() << std::endl;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

int emit_json(const std::string& dir) {
    for (int rows : sizes) {
        const std::string path = dir + "/agreement-" + std::to_string(rows) + ".json";
        std::ofstream out(path, std::ios::binary);
        out << export_agreement(make_bench_agreement(rows));
        if (!out) {
            std::cerr << "cannot write " << path << "\n";
            return 1;
        }
    }
    return 0;
}

int run(const std::string& fixture_path, const std::string& scratch_dir) {
    BenchState b;
    for (int rows : sizes) {
        const Plan plan = plan_for(rows);
        b.generate(rows);
        for (int f = 0; f < 4; ++f) {
            const auto ms = time_runs(plan, [&](int) { return b.document(static_cast<Format>(f)).size(); });
            emit("generate", format_names[f], rows, ms, b.out.size());
        }
        const auto build_ms = time_runs(plan, [&](int) { return build_document(b.agreement).sections.size(); });
        emit("build_document", "tree", rows, build_ms, 0);
        const std::string json = b.export_text();
        const auto import_ms = time_runs(plan, [&](int) {
            if (!b.import_text(json)) throw std::runtime_error("import failed");
            return b.agreement.services.size();
        });
        emit("import", "wasm-or-native", rows, import_ms, json.size());
        const auto export_ms = time_runs(plan, [&](int) { return b.export_text().size(); });
        emit("export", "serialize", rows, export_ms, b.out.size());
    }

    const std::string fixture = read_file(fixture_path);
    if (fixture.empty() || !b.open_session(fixture)) {
        std::cerr << "cannot open the fixture " << fixture_path << "\n";
        return 1;
    }
    const Plan many{5, 100};
    b.import_text(fixture);
    const std::string scratch = scratch_dir + "/autosave-native.json";
    const auto export_write = time_runs(many, [&](int) {
        const std::string& text = b.export_text();
        std::ofstream out(scratch, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        return text.size();
    });
    emit("fixture", "export+file", 0, export_write, b.out.size());
    const auto export_only = time_runs(many, [&](int) { return b.export_text().size(); });
    emit("fixture", "export", 0, export_only, b.out.size());
    std::vector<double> autosave;
    for (int i = 0; i < many.warmup + many.runs; ++i) {
        b.touch(i);
        const auto t0 = std::chrono::steady_clock::now();
        if (!b.autosave()) throw std::runtime_error("autosave failed");
        const double d = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        if (i >= many.warmup) autosave.push_back(d);
    }
    emit("fixture", "autosave", 0, autosave, 0);
    const auto keystroke = time_runs(many, [&](int i) { return b.keystroke(i); });
    emit("fixture", "keystroke", 0, keystroke, b.out.size());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 2 && args[0] == "--emit") return emit_json(args[1]);
        if (args.size() >= 2 && args[0] == "--fixture") return run(args[1], args.size() > 2 ? args[2] : ".");
    } catch (const std::exception& e) {
        std::cerr << "bpo_native_bench: " << e.what() << "\n";
        return 1;
    }
    std::cerr << "usage: bpo_native_bench --emit DIR | --fixture FILE [SCRATCH_DIR]\n";
    return 2;
}
