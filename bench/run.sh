#!/usr/bin/env bash
# ./build.sh bench: builds the benchmark targets in their own folders, runs every figure, prints the
# table and writes it into bench/RESULTS.md. Exit 1 only when something could not be built or run;
# a slow figure or a missed goal is reported, never an error.
#
#   build/bench-native   Release native build: bpo_native_bench
#   build/bench-wasm     Release (-O3) emcc build: bpo_bench_wasm (node), bpo_web, bpo_baseline
#   build/bench-data     the generated agreements (10, 100, 1,000, 10,000 rows) as JSON
#   build/bench-results  one JSON line per figure (*.jsonl), the scratch files of the write figures
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
BUILD="$ROOT/build"
JOBS="${JOBS:-2}"
NODE="${NODE:-/usr/bin/node}"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"   # Debian's emcc needs it
NATIVE="$BUILD/bench-native"
WASM="$BUILD/bench-wasm"
DATA="$BUILD/bench-data"
RESULTS="$BUILD/bench-results"

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
started=$(date +%s)

IMGUI_DIR="${IMGUI_DIR:-$(ls -d "$BUILD"/deps/src/imgui-1.86* 2>/dev/null | head -n 1 || true)}"
ZLIB_DIR="${ZLIB_DIR:-$(ls -d "$BUILD"/deps/src/zlib-* 2>/dev/null | head -n 1 || true)}"
[ -f "$IMGUI_DIR/imgui.h" ] || die "no Dear ImGui 1.86 sources (run ./build.sh setup, or set IMGUI_DIR)"
[ -f "$ZLIB_DIR/zlib.h" ] || die "no zlib sources (run ./build.sh setup)"
[ -d "$ROOT/node_modules/playwright-core" ] || die "playwright-core missing (run ./build.sh setup)"

# ---- the peers' npm packages, apart from the root package.json ---------------------------------------
stamp="$BENCH/node_modules/.installed.stamp"
if [ ! -f "$stamp" ] || [ "$BENCH/package-lock.json" -nt "$stamp" ]; then
  log "Installing the peer tools from bench/package-lock.json"
  (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in bench/ failed"
  touch "$stamp"
fi

# ---- builds ------------------------------------------------------------------------------------------------
log "Native Release build (bpo_native_bench)"
cmake -S "$ROOT" -B "$NATIVE" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBPO_BENCH=ON >/dev/null
cmake --build "$NATIVE" -j "$JOBS" --target bpo_native_bench

log "WebAssembly Release build (bpo_bench_wasm, bpo_web, bpo_baseline)"
if [ ! -f "$WASM/build.ninja" ]; then
  emcmake cmake -S "$ROOT" -B "$WASM" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBPO_BENCH=ON \
    -DIMGUI_DIR="$IMGUI_DIR" -DZLIB_SOURCE_DIR="$ZLIB_DIR" \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$NODE;--no-experimental-fetch" >/dev/null
fi
cmake --build "$WASM" -j "$JOBS" --target bpo_bench_wasm bpo_web bpo_baseline

# The app's site as dist/ has it, and the baseline's.
SITE="$WASM/site"
BASE_SITE="$WASM/baseline-site"
rm -rf "$SITE" "$BASE_SITE"
mkdir -p "$SITE/schema" "$BASE_SITE"
# scripts/assemble_site.mjs when the tree has it (what dist/ gets), else the page shell copied.
if [ ! -f "$ROOT/scripts/assemble_site.mjs" ] ||
   ! "$NODE" "$ROOT/scripts/assemble_site.mjs" --build "$WASM" --out "$SITE" >/dev/null; then
  rm -rf "$SITE" && mkdir -p "$SITE/schema"
  cp "$ROOT"/web/* "$SITE/"
  cp "$WASM/bpo.js" "$WASM/bpo.wasm" "$SITE/"
  cp "$ROOT"/assets/schema/*.json "$SITE/schema/"
fi
cp "$BENCH/baseline/index.html" "$WASM/bpo_baseline.js" "$WASM/bpo_baseline.wasm" "$BASE_SITE/"

# ---- data and runs -------------------------------------------------------------------------------------------
mkdir -p "$DATA" "$RESULTS"
rm -f "$RESULTS"/*.jsonl
"$NATIVE/bpo_native_bench" --emit "$DATA" || die "could not generate the agreements"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
runs_started=$(date +%s)
FIXTURE="$ROOT/tests/fixtures/enterprise-multi-tower.json"
SCHEMA="$ROOT/assets/schema/bpo-agreement.v1.schema.json"

log "Native core"
"$NATIVE/bpo_native_bench" --fixture "$FIXTURE" "$RESULTS" > "$RESULTS/native.jsonl" || die "the native bench failed"
log "WebAssembly core under node"
"$NODE" --no-experimental-fetch "$BENCH/wasm_bench.mjs" "$WASM/bpo_bench_wasm.js" "$DATA" "$FIXTURE" "$RESULTS" \
  > "$RESULTS/wasm.jsonl" || die "the wasm bench failed"
log "Peers: handlebars, mustache, Accord template-engine, docx, docxtemplater, ajv"
"$NODE" "$BENCH/peers_bench.mjs" "$DATA" "$SCHEMA" > "$RESULTS/peers.jsonl" || die "the peer bench failed"
log "Headless Chromium: first load, frame time, heap"
"$NODE" "$BENCH/browser_bench.mjs" "$SITE" "$BASE_SITE" "$DATA/agreement-10000.json" "$FIXTURE" \
  > "$RESULTS/browser.jsonl" || die "the browser bench failed"

# ---- the table -----------------------------------------------------------------------------------------------
elapsed=$(( $(date +%s) - started ))
measuring=$(( $(date +%s) - runs_started ))
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
os="$(. /etc/os-release && echo "$PRETTY_NAME")"
machine="Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores (${cpu:-unknown CPU}), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $os, node $("$NODE" --version), emcc $(emcc --version | head -n 1 | grep -o '[0-9][0-9.]*' | head -n 1), $(/usr/bin/chromium --version 2>/dev/null || echo chromium). Load average when the runs started: $load_before (the machine is shared). Whole \`./build.sh bench\`: $((elapsed / 60)) min $((elapsed % 60)) s, of which measuring $((measuring / 60)) min $((measuring % 60)) s (the rest: builds)."
log "Results"
"$NODE" "$BENCH/report.mjs" "$RESULTS" --write "$BENCH/RESULTS.md" --machine "$machine" || die "could not write the report"
echo "$machine"
