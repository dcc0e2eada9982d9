// Reads the figures (JSON lines) of one bench run and prints the table: median (min-max, runs) of
// each figure and its ratio against the peer run in the same invocation. With --write FILE it also
// puts the tables into FILE between the "bench:results" markers (bench/RESULTS.md).
// Goals are reported as met or missed; a missed goal never changes the exit status.
//
// usage: node report.mjs RESULTS_DIR [--write bench/RESULTS.md] [--machine TEXT]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dir = args[0];
const writeTo = args.includes('--write') ? args[args.indexOf('--write') + 1] : null;
const machine = args.includes('--machine') ? args[args.indexOf('--machine') + 1] : '';

const figures = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    try { figures.push(JSON.parse(line)); } catch (e) { /* not a figure */ }
  }
}
const find = (suite, figure, variant, rows = 0) =>
  figures.find((x) => x.suite === suite && x.figure === figure && x.variant === variant && x.rows === rows);

function median(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const med = (f) => (f && f.ms.length ? median(f.ms) : NaN);
function num(v) {
  if (!Number.isFinite(v)) return 'n/a';
  if (v >= 100) return v.toFixed(0);
  if (v >= 10) return v.toFixed(1);
  if (v >= 1) return v.toFixed(2);
  return v.toFixed(3);
}
function cell(f) {
  if (!f || !f.ms.length) return 'n/a';
  return `${num(median(f.ms))} (${num(Math.min(...f.ms))}-${num(Math.max(...f.ms))}, ${f.ms.length})`;
}
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(0)} KB` : 'n/a');
const mb = (bytes) => (!Number.isFinite(bytes) ? 'n/a' : bytes < 1048576 ? kb(bytes) : `${(bytes / 1048576).toFixed(1)} MB`);
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'met' : '**missed**');

const out = [];
const table = (title, header, rows, note) => {
  out.push(`### ${title}`, '');
  if (note) out.push(note, '');
  out.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
  for (const r of rows) out.push(`| ${r.join(' | ')} |`);
  out.push('');
};
const goals = [];
const SIZES = [10, 100, 1000, 10000];

// ---- 1. document generation --------------------------------------------------------------------
{
  const rows = [];
  for (const n of SIZES) {
    const w = find('wasm', 'generate', 'markdown', n);
    const peers = ['handlebars', 'mustache', 'accord'].map((p) => find('peers', 'generate', p, n));
    const fastest = Math.min(...peers.slice(0, 2).map(med).filter(Number.isFinite));
    const vsFastest = med(w) > 0 ? fastest / med(w) : NaN;
    const vsAccord = med(w) > 0 ? med(peers[2]) / med(w) : NaN;
    rows.push([n.toLocaleString('en'), cell(find('native', 'generate', 'markdown', n)), cell(w),
      cell(find('wasm', 'generate', 'html', n)), cell(find('wasm', 'generate', 'text', n)),
      ...peers.map(cell), ratio(fastest, med(w)), ratio(med(peers[2]), med(w))]);
    if (n >= 1000) {
      goals.push([`Generation, ${n.toLocaleString('en')} rows: wasm >= 3x faster than the fastest peer`, `${vsFastest.toFixed(2)}x`, verdict(Number.isFinite(vsFastest) ? vsFastest >= 3 : null)]);
    }
    goals.push([`Generation, ${n.toLocaleString('en')} rows: wasm >= 10x faster than Accord`, `${vsAccord.toFixed(2)}x`, verdict(Number.isFinite(vsAccord) ? vsAccord >= 10 : null)]);
  }
  const bytes = SIZES.map((n) => `${n.toLocaleString('en')}: ours ${kb(find('wasm', 'generate', 'markdown', n)?.bytes)}, handlebars ${kb(find('peers', 'generate', 'handlebars', n)?.bytes)}, mustache ${kb(find('peers', 'generate', 'mustache', n)?.bytes)}, Accord ${kb(find('peers', 'generate', 'accord', n)?.bytes)}`).join('; ');
  table('1. Document generation (ms: median (min-max, runs))',
    ['rows', 'native md', 'wasm md', 'wasm html', 'wasm text', 'handlebars', 'mustache', 'Accord', 'fastest of handlebars/mustache ÷ wasm md', 'Accord ÷ wasm md'],
    rows, `Markdown output size, rows: ${bytes}. A ratio above 1x means our WebAssembly is faster.`);

  const drows = [];
  for (const n of SIZES) {
    const w = find('wasm', 'generate', 'docx', n);
    const p = ['docx', 'docxtemplater'].map((v) => find('peers', 'docx', v, n));
    const faster = Math.min(...p.map(med).filter(Number.isFinite));
    const speed = faster / med(w);
    drows.push([n.toLocaleString('en'), cell(find('native', 'generate', 'docx', n)), cell(w), ...p.map(cell), ratio(faster, med(w)),
      `${kb(w?.bytes)} / ${kb(p[0]?.bytes)} / ${kb(p[1]?.bytes)}`]);
    goals.push([`.docx, ${n.toLocaleString('en')} rows: wasm >= 10x faster than the faster of docx/docxtemplater`, `${speed.toFixed(2)}x`, verdict(Number.isFinite(speed) ? speed >= 10 : null)]);
  }
  table('1b. Word .docx generation (ms)', ['rows', 'native', 'wasm', 'docx (npm)', 'docxtemplater', 'faster peer ÷ wasm', 'file size ours / docx / docxtemplater'], drows);
}

// ---- 2. import ---------------------------------------------------------------------------------------
{
  const rows = [];
  for (const n of SIZES) {
    const w = find('wasm', 'import', 'wasm', n);
    const a = find('peers', 'import', 'json-parse+ajv', n);
    rows.push([n.toLocaleString('en'), mb(w?.bytes), cell(find('native', 'import', 'wasm-or-native', n)), cell(w), cell(a), ratio(med(w), med(a))]);
    if (n === 10000) {
      const r = med(w) / med(a);
      goals.push(['Import with full validation, 10,000 rows: wasm <= 1.5x JSON.parse + ajv', `${r.toFixed(2)}x`, verdict(Number.isFinite(r) ? r <= 1.5 : null)]);
    }
  }
  table('2. JSON import with full validation (ms)', ['rows', 'JSON size', 'native importer', 'wasm importer', 'JSON.parse + ajv', 'wasm ÷ ajv'], rows,
    'The wasm figure includes writing the JS string into the heap. ajv: draft 2020-12, ajv-formats, allErrors, multipleOfPrecision 7, schema compiled before timing.');
}

// ---- 3. export, autosave, keystroke -----------------------------------------------------------------
{
  const FRAME = 1000 / 60;
  const rows = [];
  for (const [label, suite, variant] of [
    ['export + write to a Map (localStorage stand-in)', 'wasm', 'export+map'],
    ['export + write a file', 'wasm', 'export+file'],
    ['export + write a file', 'native', 'export+file'],
    ['autosave (Workspace::save_now: export + draft store)', 'wasm', 'autosave'],
    ['autosave (Workspace::save_now: export + draft store)', 'native', 'autosave'],
    ['keystroke to updated preview (edit, findings, completeness, document, Markdown)', 'wasm', 'keystroke'],
    ['keystroke to updated preview (edit, findings, completeness, document, Markdown)', 'native', 'keystroke'],
  ]) {
    const f = find(suite, 'fixture', variant, 0);
    rows.push([label, suite, cell(f), ratio(med(f), FRAME)]);
    if (suite === 'wasm') goals.push([`Enterprise fixture, ${variant} (wasm): within one frame (16.7 ms)`, `${num(med(f))} ms`, verdict(Number.isFinite(med(f)) ? med(f) <= FRAME : null)]);
  }
  table('3. Enterprise fixture: export, autosave, keystroke (ms)', ['what', 'build', 'ms', 'share of a 16.7 ms frame'], rows);
}

// ---- 4./5. browser ---------------------------------------------------------------------------------
{
  const app = find('browser', 'frame', 'app', 10000);
  const base = find('browser', 'frame', 'baseline', 0);
  const fix = find('browser', 'frame', 'app-fixture', 0);
  table('4. UI frame CPU time, NewFrame to Render (ms, 120 frames)', ['page', 'ms', 'ratio to baseline'],
    [[`app, 10,000-row agreement, section "${app?.section ?? '?'}"`, cell(app), ratio(med(app), med(base))],
      [`app, enterprise fixture, section "${fix?.section ?? '?'}"`, cell(fix), ratio(med(fix), med(base))],
      ['bare ImGui baseline', cell(base), '1.00x']],
    app ? `Storage during this measurement: ${app.storage}. Timer: performance.now() in Chromium, coarsened to 0.1 ms (so a baseline frame reads as 0 or 0.1 ms and ratios to it are not meaningful).` : '');
  goals.push(['UI frame with 10,000 rows: < 4 ms', `${num(med(app))} ms`, verdict(Number.isFinite(med(app)) ? med(app) < 4 : null)]);

  const la = find('browser', 'first-frame', 'app', 0);
  const lb = find('browser', 'first-frame', 'baseline', 0);
  table('5. First load in headless Chromium on localhost', ['page', 'navigation to first frame (ms)', 'bytes', 'gzip', 'brotli'],
    [['app', cell(la), kb(la?.bytes), kb(la?.gzip), kb(la?.brotli)], ['bare ImGui baseline', cell(lb), kb(lb?.bytes), kb(lb?.gzip), kb(lb?.brotli)],
      ['app ÷ baseline', ratio(med(la), med(lb)), ratio(la?.bytes, lb?.bytes), ratio(la?.gzip, lb?.gzip), ratio(la?.brotli, lb?.brotli)],
      ['app, whole first visit (server count, 3 s after the first frame)', '', kb(la?.visit?.raw), kb(la?.visit?.gzip), kb(la?.visit?.brotli)],
      ['baseline, whole first visit', '', kb(lb?.visit?.raw), kb(lb?.visit?.gzip), kb(lb?.visit?.brotli)]],
    la ? `The first rows count the page's own responses up to its first frame; the whole first visit also counts what a service worker fetches to precache (app: ${la.visit?.files.map((f) => f.file).join(', ')}). Files of the app's first load: ${la.files.map((f) => `${f.file} ${kb(f.raw)} (gzip ${kb(f.gzip)})`).join(', ')}. Baseline: ${lb?.files.map((f) => `${f.file} ${kb(f.raw)} (gzip ${kb(f.gzip)})`).join(', ')}. First frame: polled every animation frame from the document's start (both pages alike), fresh context (empty cache) each run.` : '');
  const r = la && lb ? la.gzip / lb.gzip : NaN;
  goals.push(['First load bytes (gzip) <= 2x the baseline', `${Number.isFinite(r) ? r.toFixed(2) : 'n/a'}x (${kb(la?.gzip)})`, verdict(Number.isFinite(r) ? r <= 2 : null)]);
  const rb = la && lb ? la.brotli / lb.brotli : NaN;
  goals.push(['First load bytes (brotli) <= 2x the baseline', `${Number.isFinite(rb) ? rb.toFixed(2) : 'n/a'}x (${kb(la?.brotli)})`, verdict(Number.isFinite(rb) ? rb <= 2 : null)]);
  const rt = med(la) / med(lb);
  goals.push(['First interactive frame <= 1.25x the baseline', `${Number.isFinite(rt) ? rt.toFixed(2) : 'n/a'}x`, verdict(Number.isFinite(rt) ? rt <= 1.25 : null)]);
}

// ---- 6. heap -----------------------------------------------------------------------------------------
{
  const node = find('wasm', 'heap', 'node', 10000);
  const app = find('browser', 'heap', 'app', 10000);
  table('6. Peak wasm heap, 10,000-row agreement', ['where', 'wasm memory', 'detail'], [
    ['node (bpo_bench_wasm, starts at 16 MB): import, then build + render md/html/text/docx', mb(node?.heapBytes),
      node ? `after import ${mb(node.afterImportBytes)}; malloc arena ${mb(node.mallocArenaBytes)}, in use at the end ${mb(node.mallocInUseBytes)}` : ''],
    ['the app in Chromium (starts at 32 MB): importJson, "Service levels" open', mb(app?.bytes), app ? `storage: ${app.storage}` : ''],
  ], 'Wasm memory only grows, so its size after the work is the peak.');
  const peak = Math.max(node?.heapBytes ?? NaN, app?.bytes ?? NaN);
  goals.push(['Peak wasm heap, 10,000 rows: < 64 MB', mb(peak), verdict(Number.isFinite(peak) ? peak < 64 * 1048576 : null)]);
}

table('Goals', ['goal', 'measured', 'verdict'], goals);

const text = out.join('\n');
process.stdout.write(`${text}\n`);
if (writeTo) {
  const doc = readFileSync(writeTo, 'utf8');
  const begin = '<!-- bench:results:begin -->';
  const end = '<!-- bench:results:end -->';
  const i = doc.indexOf(begin), j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${writeTo} has no ${begin} ... ${end} markers`);
  const block = `${begin}\n\n${machine ? `${machine}\n\n` : ''}${text}\n${end}`;
  writeFileSync(writeTo, doc.slice(0, i) + block + doc.slice(j + end.length));
}
