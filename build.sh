#!/usr/bin/env bash
# One entry point for building, serving and testing the BPO agreement builder.
# Run `./build.sh help` for the commands. Every command installs what it needs first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="$ROOT/build"
DEPS="$BUILD/deps"
DIST="$ROOT/dist"
PORT="${PORT:-8080}"
JOBS="${JOBS:-2}"
NODE="${NODE:-/usr/bin/node}"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"   # Debian's emcc needs it

# Debian packages the build and the tests use (checked, installed when missing).
APT_PACKAGES=(
  cmake ninja-build g++ clang dpkg-dev xz-utils bzip2
  emscripten node-acorn
  nlohmann-json3-dev doctest-dev libdtl-dev zlib1g-dev libdeflate-dev
  fonts-inter python3-fonttools python3-docx librsvg2-bin
  chromium
)
IMGUI_SOURCE_VERSION="1.86+ds-1"    # Dear ImGui 1.86, from Debian's source package
ZLIB_SOURCE_PACKAGE="zlib"          # zlib for the wasm build: large .docx parts, share links, packed storage
LIBDEFLATE_SOURCE_PACKAGE="libdeflate"  # libdeflate for the wasm build: .docx parts deflated whole

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'EOF'
usage: ./build.sh COMMAND

  setup    install missing Debian packages, fetch Dear ImGui, zlib and libdeflate sources, npm tooling
  build    build the native core, tests and CLI (build/native) and the web app (build/wasm)
  serve    build, then serve dist/ on http://127.0.0.1:$PORT (PORT=8080 by default)
  test     build, then run every test: native unit tests, schema checks, browser tests
  dist     release build of the static site into dist/
  fuzz     build the libFuzzer targets and fuzz the importer (FUZZ_SECONDS=60)
  bench    speed, size and memory against peer tools; prints a table (bench/RESULTS.md)
  clean    remove build/ and dist/
  help     this text

Environment: PORT, JOBS (parallel jobs, default 2), IMGUI_DIR (use this Dear ImGui 1.86 tree
instead of fetching Debian's source package), CHROMIUM (browser for tests).
EOF
}

# ---- setup ------------------------------------------------------------------------------------

missing_packages() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

install_packages() {
  local missing
  missing="$(missing_packages)"
  [ -z "$missing" ] && return 0
  log "Installing Debian packages: $(echo $missing | tr '\n' ' ')"
  [ "$(id -u)" = 0 ] || die "need root to install: $missing"
  apt-get update -q
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

ensure_node() {
  if ! command -v "$NODE" >/dev/null 2>&1; then
    log "Installing Node.js"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
    NODE="$(command -v node)"
  fi
  local major
  major="$("$NODE" -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is needed for the browser tests (found $("$NODE" --version))"
}

# A private apt configuration (sources list, lists and cache under build/deps/apt) that adds
# deb-src entries for the mirror the system already uses, so the system's apt is not changed.
private_apt() {
  local dir="$DEPS/apt"
  mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial"
  if [ ! -s "$dir/sources.list" ]; then
    local codename
    codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")"
    {
      # deb822 stanzas (Debian 12 default) ...
      cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v suite="$codename" '
        /^URIs:/ { uri = $2 } /^Suites:/ { ok = 0; for (i = 2; i <= NF; i++) if ($i == suite) ok = 1 }
        /^Signed-By:/ { key = $2 }
        /^$/ { if (ok && uri != "") print "deb-src [signed-by=" key "] " uri " " suite " main"; uri = ""; ok = 0; key = "" }
        END { if (ok && uri != "") print "deb-src [signed-by=" key "] " uri " " suite " main" }'
      # ... and one-line entries.
      cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
        awk -v suite="$codename" '$1 == "deb" && $0 ~ (" " suite " ") { $1 = "deb-src"; print }'
    } | sed 's/\[signed-by=\] //' | sort -u > "$dir/sources.list"
    [ -s "$dir/sources.list" ] || die "no Debian '$codename' entry found in /etc/apt to fetch sources from"
  fi
  APT_PRIVATE=(-o "Dir::Etc::SourceList=$dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
               -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache"
               -o "APT::Sandbox::User=root")
  if [ ! -f "$dir/updated.stamp" ]; then
    apt-get "${APT_PRIVATE[@]}" update -q >/dev/null
    touch "$dir/updated.stamp"
  fi
}

fetch_source() {  # fetch_source PACKAGE[=VERSION] DIR_GLOB
  local spec="$1" glob="$2"
  local found
  found="$(ls -d "$DEPS"/src/$glob 2>/dev/null | head -n 1 || true)"
  if [ -n "$found" ]; then echo "$found"; return 0; fi
  private_apt
  mkdir -p "$DEPS/src"
  (cd "$DEPS/src" && apt-get "${APT_PRIVATE[@]}" source -q "$spec" >&2)
  found="$(ls -d "$DEPS"/src/$glob 2>/dev/null | head -n 1 || true)"
  [ -n "$found" ] || die "apt-get source $spec produced no $glob"
  echo "$found"
}

ensure_sources() {
  if [ -n "${IMGUI_DIR:-}" ]; then
    [ -f "$IMGUI_DIR/imgui.h" ] || die "IMGUI_DIR=$IMGUI_DIR has no imgui.h"
  else
    IMGUI_DIR="$(fetch_source "imgui=$IMGUI_SOURCE_VERSION" 'imgui-1.86*')"
  fi
  ZLIB_DIR="$(fetch_source "$ZLIB_SOURCE_PACKAGE" 'zlib-*')"
  LIBDEFLATE_DIR="$(fetch_source "$LIBDEFLATE_SOURCE_PACKAGE" 'libdeflate-*')"
  grep -q 'IMGUI_VERSION  *"1.86"' "$IMGUI_DIR/imgui.h" || die "$IMGUI_DIR is not Dear ImGui 1.86"
}

ensure_npm() {
  ensure_node
  local stamp="$ROOT/node_modules/.installed.stamp"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    log "Installing test tooling from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
}

setup() {
  install_packages
  ensure_sources
  ensure_npm
}

# ---- build ------------------------------------------------------------------------------------

build_native() {
  local type="${1:-Debug}"
  log "Native build ($type): core, unit tests, CLI"
  cmake -S "$ROOT" -B "$BUILD/native" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
  cmake --build "$BUILD/native" -j "$JOBS"
}

# The web app is always built optimised (build/web): what the tests exercise is what ships.
build_wasm() {
  local dir="$BUILD/web" single="${1:-}"
  log "WebAssembly build"
  if [ ! -f "$dir/build.ninja" ]; then
    emcmake cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DIMGUI_DIR="$IMGUI_DIR" -DZLIB_SOURCE_DIR="$ZLIB_DIR" -DLIBDEFLATE_SOURCE_DIR="$LIBDEFLATE_DIR" \
      -DCMAKE_CROSSCOMPILING_EMULATOR="$NODE;--no-experimental-fetch" >/dev/null
  fi
  cmake --build "$dir" -j "$JOBS" --target bpo_web
  if [ -n "$single" ]; then
    cmake --build "$dir" -j "$JOBS" --target bpo_single
    "$NODE" "$ROOT/scripts/assemble_site.mjs" --build "$dir" --out "$DIST" --single "$dir/bpo-single.js"
  else
    "$NODE" "$ROOT/scripts/assemble_site.mjs" --build "$dir" --out "$DIST"
  fi
}

build_all() {
  setup
  build_native Debug
  build_wasm "${1:-}"
}

# ---- serve ------------------------------------------------------------------------------------

serve() {
  build_all
  log "Serving dist/ at http://127.0.0.1:$PORT/  (Ctrl+C stops)"
  exec "$NODE" "$ROOT/scripts/static_server.mjs" "$DIST" "$PORT"
}

# ---- test -------------------------------------------------------------------------------------

run_tests() {
  build_all single
  local failed=0
  log "Native unit tests"
  (cd "$BUILD/native" && ctest --output-on-failure) || failed=1
  "$BUILD/native/bpo_tests" --no-intro --minimal 2>&1 | tail -n 3 || true

  if [ -f "$ROOT/tests/schema/check_schema.mjs" ]; then
    log "JSON Schema checks (ajv against the C++ importer)"
    "$NODE" "$ROOT/tests/schema/check_schema.mjs" "$BUILD/native/bpo" || failed=1
  fi
  if [ -f "$ROOT/tests/docx/check_docx.py" ]; then
    log "Word document read back by python-docx"
    /usr/bin/python3 "$ROOT/tests/docx/check_docx.py" "$BUILD/native/bpo" || failed=1
  fi
  if [ -x "$BUILD/fuzz/fuzz_import" ] || [ -f "$ROOT/tests/fuzz/fuzz_import.cpp" ]; then
    fuzz_corpus_check || failed=1
  fi

  log "Browser tests (headless Chromium via playwright-core)"
  BPO_DIST="$DIST" BPO_ARTIFACTS="$BUILD/test-artifacts" \
    "$NODE" --test --test-concurrency=1 "$ROOT"/tests/e2e/*.test.mjs || failed=1

  if [ "$failed" != 0 ]; then
    printf '\nSome tests failed (see above).\n' >&2
    exit 1
  fi
  log "All tests passed"
}

# ---- fuzz -------------------------------------------------------------------------------------

build_fuzz() {
  cmake -S "$ROOT" -B "$BUILD/fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBPO_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
  cmake --build "$BUILD/fuzz" -j "$JOBS" --target fuzz_import
}

fuzz_corpus_check() {  # the corpus replayed once: part of every test run
  log "Fuzz corpus replay (importer)"
  build_fuzz
  "$BUILD/fuzz/fuzz_import" -runs=0 "$ROOT/tests/fuzz/corpus/import" 2>&1 | tail -n 2
}

fuzz() {
  install_packages
  build_fuzz
  local work="$BUILD/fuzz/corpus-import"
  mkdir -p "$work"
  log "Fuzzing the importer for ${FUZZ_SECONDS:-60} s"
  "$BUILD/fuzz/fuzz_import" -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 \
    "$work" "$ROOT/tests/fuzz/corpus/import"
}

# ---- dist -------------------------------------------------------------------------------------

dist() {
  setup
  rm -rf "$DIST"
  build_wasm single
  log "dist/ is ready: copy it to any static host (dist/bpo-agreement-builder.html works on its own)"
  du -sh "$DIST"/* | sed 's/^/    /'
}

# ---- main -------------------------------------------------------------------------------------

cmd="${1:-help}"
case "$cmd" in
  setup) setup ;;
  build) build_all ;;
  serve) serve ;;
  test) run_tests ;;
  dist) dist ;;
  fuzz) fuzz ;;
  bench) setup; exec bash "$ROOT/bench/run.sh" ;;
  clean) rm -rf "$BUILD" "$DIST"; log "Removed build/ and dist/" ;;
  help|-h|--help) usage ;;
  *) printf 'build.sh: unknown command "%s"\n\n' "$cmd" >&2; usage >&2; exit 2 ;;
esac
