// Our core as WebAssembly under node (build/bench-wasm/bpo_bench_wasm.js, -O3, cmake/Bench.cmake),
// timed from JavaScript so every figure includes crossing into and out of the module:
//   generate   build_document + render (markdown, html, text, docx), output copied to a JS string
//              (or a Buffer for .docx), on the same generated agreements as the peers
//   import     the agreement JSON (a JS string) written into the heap as UTF-8 (TextEncoder's
//              encodeInto straight into HEAPU8, as an app would), then import_agreement with full
//              validation
//   fixture    the enterprise fixture: export (+ a Map-based localStorage stand-in, + a real file),
//              the core's autosave (Workspace::save_now), keystroke to updated preview
//   heap       a fresh module: import the 10,000-row agreement (its text freed once imported, as
//              the app does), build and render every format; the heap's size afterwards (it only
//              grows) and malloc's arena
//
// usage: node --no-experimental-fetch wasm_bench.mjs MODULE_JS DATA_DIR FIXTURE SCRATCH_DIR
// BENCH_PARTS=generate,import,fixture,heap (default: all) runs only those parts, BENCH_SIZES=1000
// only those sizes, BENCH_FORMATS=markdown,docx only those formats: for working on one figure.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emit, planFor, SIZES, timeRuns } from './timing.mjs';

const require = createRequire(import.meta.url);
const [moduleJs, dataDir, fixtureFile, scratchDir] = process.argv.slice(2);
const createBpoBench = require(resolve(moduleJs));
const FORMATS = ['markdown', 'html', 'text', 'docx'];
const PARTS = (process.env.BENCH_PARTS || 'generate,import,fixture,heap').split(',');
const WANTED_FORMATS = (process.env.BENCH_FORMATS || FORMATS.join(',')).split(',');
const want = (part) => PARTS.includes(part);

const encoder = new TextEncoder();

// Writes `text` into the heap as NUL-terminated UTF-8 for use(ptr, bytes), then frees it. The block
// is sized for ASCII plus a sixteenth (UTF-8 never takes fewer bytes than UTF-16 code units), so
// there is no separate pass to measure the text; text that needs more grows it by half and goes on
// encoding from where it stopped.
function withString(M, text, use) {
  let capacity = text.length + (text.length >> 4) + 16;
  let ptr = M._malloc(capacity);
  if (!ptr) throw new Error(`cannot allocate ${capacity} bytes in the heap`);
  try {
    let read = 0;
    let written = 0;
    for (;;) {
      const rest = read ? text.substring(read) : text;
      const r = encoder.encodeInto(rest, M.HEAPU8.subarray(ptr + written, ptr + capacity - 1));
      read += r.read;
      written += r.written;
      if (read === text.length) break;
      capacity = Math.ceil(capacity * 1.5) + 4;
      const grown = M._realloc(ptr, capacity);
      if (!grown) throw new Error(`cannot allocate ${capacity} bytes in the heap`);
      ptr = grown;
    }
    M.HEAPU8[ptr + written] = 0;
    return use(ptr, written);
  } finally {
    M._free(ptr);
  }
}
const api = (M) => ({
  generate: M.cwrap('bench_generate', 'number', ['number']),
  document: M.cwrap('bench_document', 'number', ['number']),
  outputSize: M.cwrap('bench_output_size', 'number', []),
  importPtr: M.cwrap('bench_import', 'number', ['number', 'number']),
  exportPtr: M.cwrap('bench_export', 'number', []),
  openSessionPtr: M.cwrap('bench_open_session', 'number', ['number']),
  keystroke: M.cwrap('bench_keystroke', 'number', ['number']),
  touch: M.cwrap('bench_touch', null, ['number']),
  autosave: M.cwrap('bench_autosave', 'number', []),
  arena: M.cwrap('bench_malloc_arena', 'number', []),
  inUse: M.cwrap('bench_malloc_in_use', 'number', []),
});

// The output as JavaScript sees it: text decoded to a string, .docx bytes copied to a Buffer.
const decoder = new TextDecoder();
function exportedText(M, b) {
  const ptr = b.exportPtr();
  return decoder.decode(M.HEAPU8.subarray(ptr, ptr + b.outputSize()));
}
function documentOut(M, b, format) {
  const ptr = b.document(format);
  const size = b.outputSize();
  const bytes = M.HEAPU8.subarray(ptr, ptr + size);
  // The length is known: decode those bytes at once (Emscripten's UTF8ToString first walks them
  // in JavaScript looking for a terminator).
  return format === 3 ? Buffer.from(bytes) : decoder.decode(bytes);
}

async function main() {
  const M = await createBpoBench();
  const b = api(M);
  for (const n of SIZES) {
    b.generate(n);
    for (let f = 0; f < FORMATS.length; ++f) {
      if (!want('generate') || !WANTED_FORMATS.includes(FORMATS[f])) continue;
      let out = null;
      const { ms } = await timeRuns(planFor(n), () => (out = documentOut(M, b, f)));
      emit('wasm', 'generate', FORMATS[f], n, ms, f === 3 ? out.length : Buffer.byteLength(out));
    }
    if (!want('import')) continue;
    const text = readFileSync(join(dataDir, `agreement-${n}.json`), 'utf8');
    const { ms } = await timeRuns(planFor(n), () => {
      if (!withString(M, text, (p, bytes) => b.importPtr(p, bytes))) throw new Error(`the importer rejects agreement-${n}.json`);
      return 1;
    });
    emit('wasm', 'import', 'wasm', n, ms, Buffer.byteLength(text));
  }

  if (want('fixture')) await fixtureFigures(M, b);
  if (want('heap')) await heapFigure();
}

async function fixtureFigures(M, b) {
  // ---- the enterprise fixture -------------------------------------------------------------------
  const fixture = readFileSync(fixtureFile, 'utf8');
  if (!withString(M, fixture, (p, bytes) => b.importPtr(p, bytes))) throw new Error('the importer rejects the fixture');
  if (!withString(M, fixture, (p) => b.openSessionPtr(p))) throw new Error('cannot open the fixture as a draft');
  const many = { warmup: 5, runs: 100, budgetMs: 20000 };
  const localStorage = new Map();  // stand-in for window.localStorage: a string per key
  let saved = '';
  let r = await timeRuns(many, () => {
    saved = exportedText(M, b);
    localStorage.set('bpo.v1.draft.bench', saved);
    return saved;
  });
  emit('wasm', 'fixture', 'export+map', 0, r.ms, Buffer.byteLength(saved));
  const file = join(scratchDir, 'autosave-wasm.json');
  r = await timeRuns(many, () => {
    saved = exportedText(M, b);
    writeFileSync(file, saved);
    return saved;
  });
  emit('wasm', 'fixture', 'export+file', 0, r.ms, Buffer.byteLength(saved));
  const autosave = [];
  for (let i = 0; i < many.warmup + many.runs; ++i) {
    b.touch(i);
    const t0 = performance.now();
    if (!b.autosave()) throw new Error('autosave failed');
    const d = performance.now() - t0;
    if (i >= many.warmup) autosave.push(d);
  }
  emit('wasm', 'fixture', 'autosave', 0, autosave, 0);
  r = await timeRuns(many, (i) => b.keystroke(i));
  emit('wasm', 'fixture', 'keystroke', 0, r.ms, 0);
}

async function heapFigure() {

  // ---- peak heap: a fresh instance --------------------------------------------------------------
  const H = await createBpoBench();
  const h = api(H);
  const initial = H.HEAP8.length;
  const big = readFileSync(join(dataDir, 'agreement-10000.json'), 'utf8');
  // The text is freed as soon as it is imported (withString), before any document is built.
  if (!withString(H, big, (p, bytes) => h.importPtr(p, bytes))) throw new Error('the importer rejects agreement-10000.json');
  const afterImport = H.HEAP8.length;
  for (let f = 0; f < FORMATS.length; ++f) documentOut(H, h, f);
  emit('wasm', 'heap', 'node', 10000, [], H.HEAP8.length, {
    initialBytes: initial, afterImportBytes: afterImport, heapBytes: H.HEAP8.length,
    mallocArenaBytes: h.arena() >>> 0, mallocInUseBytes: h.inUse() >>> 0,
  });
}

await main();
