// The app in headless Chromium (Debian's, through playwright-core), against the bare Dear ImGui
// page the bench builds in the same run (bench/baseline/, same ImGui, backends and link flags):
//   first-load  navigation to the first frame drawn, fresh browser context each run (empty cache);
//               bytes of every response requested before that frame, and their gzip (-9) and
//               brotli (q 11) sizes; what the page requests after it (the app's deferred code) is
//               listed apart, and counted in the whole first visit (what the server sent in 3 s)
//   frame       NewFrame -> Render CPU time measured inside the app (ImGui context hooks,
//               src/app/frame_stats.cpp, read through Module.ccall('bpo_frame_stats')), with the
//               10,000-row agreement imported (window.bpo.importJson) and "Service levels" open;
//               the baseline's frames measured the same way
//   heap        the app's wasm memory (Module.HEAP8.length) with that agreement open
//
// usage: node browser_bench.mjs APP_SITE_DIR BASELINE_SITE_DIR AGREEMENT_10000_JSON [FIXTURE_JSON]
// For working on one figure alone:
//   BENCH_BROWSER_PARTS=load,frame,baseline  which parts run (default: all three)
//   BENCH_SECTIONS="Scope of services,Pricing"  with the 10,000-row agreement, also the frame time
//               on each of these sections (variant "app-section", the section's title in `section`),
//               measured in the same page after "Service levels"
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { extname, normalize, sep } from 'node:path';
import { emit } from './timing.mjs';

const [appDir, baselineDir, bigJsonFile, fixtureFile] = process.argv.slice(2).map((p) => resolve(p));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [  // as tests/e2e/harness.mjs
  '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS || 7);
const FRAME_SAMPLES = 120;
const PARTS = new Set((process.env.BENCH_BROWSER_PARTS || 'load,frame,baseline').split(',').map((p) => p.trim()));
const EXTRA_SECTIONS = (process.env.BENCH_SECTIONS || '').split(',').map((s) => s.trim()).filter(Boolean);
const VIEWPORT = { width: 1280, height: 800 };

// The first frame, as seen from the page: polled every animation frame from the start of the
// document, time since navigation start (performance.now()).
const FIRST_FRAME_PROBE = `(() => {
  const drawn = () => {
    try {
      if (window.bpo && window.bpo.isReady()) return window.bpo.uiState().frame >= 1;
      if (window.Module && window.Module.calledRun && window.Module._baseline_frames) return window.Module._baseline_frames() >= 1;
    } catch (e) { /* not started yet */ }
    return false;
  };
  const poll = () => {
    if (!drawn()) { requestAnimationFrame(poll); return; }
    window.__firstFrameMs = performance.now();
    window.__firstFrameEpochMs = performance.timeOrigin + window.__firstFrameMs;  // the clock of request timings
  };
  requestAnimationFrame(poll);
})();`;

// An in-memory localStorage, for when the real one refuses the 10,000-row draft (quota).
const MEMORY_STORAGE = `(() => {
  const items = new Map();
  const storage = {
    getItem: (k) => (items.has(String(k)) ? items.get(String(k)) : null),
    setItem: (k, v) => { items.set(String(k), String(v)); },
    removeItem: (k) => { items.delete(String(k)); },
    key: (i) => [...items.keys()][i] ?? null,
    clear: () => items.clear(),
    get length() { return items.size; },
  };
  Object.defineProperty(window, 'localStorage', { value: storage, configurable: true });
})();`;

// A static server like scripts/static_server.mjs (no-cache with an ETag, uncompressed) that also counts what it
// serves, so requests the page does not see (the service worker's precache) are counted too.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png' };
function startCountingServer(dir) {
  const root = resolve(dir);
  const served = [];
  const server = createServer((req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end(); return; }
    if (file === root || file.endsWith(sep)) file = join(file, 'index.html');
    let body;
    try { body = readFileSync(file); } catch (e) { res.writeHead(404).end(); return; }
    // Validators as scripts/static_server.mjs and static hosts send them: a revalidation (the
    // service worker's precache) that finds the file unchanged costs a 304 and no body.
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache', ETag: etag };
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
    served.push({ path: new URL(req.url, 'http://x').pathname, body });
    res.writeHead(200, { ...headers, 'Content-Length': body.length });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}/`, served,
    close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); }),
  })));
}

async function firstLoad(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(FIRST_FRAME_PROBE);
  const page = await context.newPage();
  const responses = [];
  page.on('response', async (r) => {
    const requested = r.request().timing().startTime;  // ms since the epoch, the browser's clock
    try { responses.push({ url: r.url(), body: await r.body(), requested }); } catch (e) { /* redirects have none */ }
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstFrameMs !== undefined, null, { timeout: 120_000 });
  const { ms, epoch } = await page.evaluate(() => ({ ms: window.__firstFrameMs, epoch: window.__firstFrameEpochMs }));
  await page.waitForTimeout(200);  // late responses to requests made before the first frame (favicon)
  await context.close();
  // Up to the first frame: what was requested before it. A page may fetch more right after its
  // first frame (the app's deferred code): that counts in the whole first visit, and is listed.
  const bodies = responses.filter((r) => r.requested <= epoch);
  const later = responses.filter((r) => r.requested > epoch);
  return { ms, bodies, later };
}

// Everything the server sends during a first visit, with 3 s after the first frame for a service
// worker to install and precache.
async function firstVisitServed(browser, server) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(FIRST_FRAME_PROBE);
  const page = await context.newPage();
  server.served.length = 0;
  await page.goto(server.url);
  await page.waitForFunction(() => window.__firstFrameMs !== undefined, null, { timeout: 120_000 });
  await page.waitForTimeout(3000);
  const served = server.served.map(({ path, body }) => ({ url: `http://x${path}`, body }));
  await context.close();
  return served;
}

function sizes(bodies) {
  let raw = 0, gzip = 0, brotli = 0;
  const files = [];
  for (const { url, body } of bodies) {
    const g = gzipSync(body, { level: 9 }).length;
    const b = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;
    raw += body.length; gzip += g; brotli += b;
    files.push({ file: new URL(url).pathname, raw: body.length, gzip: g, brotli: b });
  }
  return { raw, gzip, brotli, files };
}

async function frameStats(page) {
  return page.evaluate(() => JSON.parse(window.Module.ccall('bpo_frame_stats', 'string', [], [])));
}

async function waitFrames(page, count) {
  const start = (await frameStats(page)).frames;
  await page.waitForFunction((t) => JSON.parse(window.Module.ccall('bpo_frame_stats', 'string', [], [])).frames >= t,
    start + count, { timeout: 120_000, polling: 100 });
}

async function click(page, label) {  // as tests/e2e/harness.mjs: hover, press and release a frame apart
  const handle = await page.waitForFunction((l) => window.bpo.locate(l), label, { timeout: 30_000 });
  const r = await handle.jsonValue();
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await waitFrames(page, 2);
  await page.mouse.down();
  await waitFrames(page, 2);
  await page.mouse.up();
  await waitFrames(page, 2);
}

async function appFrames(browser, url, bigJson, memoryStorage, extraSections = []) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (memoryStorage) await context.addInitScript(MEMORY_STORAGE);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.bpo?.isReady() && window.bpo.uiState().frame >= 3, null, { timeout: 120_000 });
  const result = await page.evaluate((text) => window.bpo.importJson(text), bigJson);
  if (!result || !result.draftId) {
    await context.close();
    return { error: JSON.stringify(result).slice(0, 300) };
  }
  await waitFrames(page, 5);
  await click(page, 'Service levels');
  const state = await page.evaluate(() => window.bpo.uiState());
  await waitFrames(page, FRAME_SAMPLES);
  const stats = await frameStats(page);
  const heap = await page.evaluate(() => window.Module.HEAP8.length);
  const sections = [];
  for (const title of extraSections) {
    await click(page, title);
    await waitFrames(page, FRAME_SAMPLES);
    sections.push({ title, ms: (await frameStats(page)).ms.slice(-FRAME_SAMPLES) });
  }
  await context.close();
  return { ms: stats.ms.slice(-FRAME_SAMPLES), heap, section: state.section, sections };
}

async function baselineFrames(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.Module?.calledRun && window.Module._baseline_frames() >= 3, null, { timeout: 120_000 });
  await waitFrames(page, FRAME_SAMPLES);
  const stats = await frameStats(page);
  await context.close();
  return stats.ms.slice(-FRAME_SAMPLES);
}

async function main() {
  const app = await startCountingServer(appDir);
  const baseline = await startCountingServer(baselineDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    if (PARTS.has('load')) await loadFigures(browser, app, baseline);
    if (PARTS.has('frame')) await frameFigures(browser, app);
    if (PARTS.has('baseline')) emit('browser', 'frame', 'baseline', 0, await baselineFrames(browser, baseline.url), 0);
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
}

async function loadFigures(browser, app, baseline) {
  // First load: one warm-up each, then alternating runs so both see the same machine load.
  await firstLoad(browser, app.url);
  await firstLoad(browser, baseline.url);
  const times = { app: [], baseline: [] };
  let last = {};
  for (let i = 0; i < LOAD_RUNS; ++i) {
    for (const [name, url] of [['app', app.url], ['baseline', baseline.url]]) {
      const r = await firstLoad(browser, url);
      times[name].push(r.ms);
      last[name] = r;
    }
  }
  for (const [name, server] of [['app', app], ['baseline', baseline]]) {
    const s = sizes(last[name].bodies);
    const v = sizes(await firstVisitServed(browser, server));
    emit('browser', 'first-frame', name, 0, times[name], s.raw, { gzip: s.gzip, brotli: s.brotli, files: s.files,
      afterFirstFrame: last[name].later.map((r) => new URL(r.url).pathname),
      visit: { raw: v.raw, gzip: v.gzip, brotli: v.brotli, files: v.files } });
  }
}

async function frameFigures(browser, app) {
  const bigJson = readFileSync(bigJsonFile, 'utf8');
  let r = await appFrames(browser, app.url, bigJson, false, EXTRA_SECTIONS);
  let storage = 'localStorage';
  if (r.error) {
    process.stderr.write(`browser_bench: importJson of the 10,000-row agreement failed with the real localStorage: ${r.error}\n` +
      'browser_bench: measuring with an in-memory localStorage stand-in instead\n');
    storage = 'in-memory stand-in (the real localStorage refused the draft)';
    r = await appFrames(browser, app.url, bigJson, true, EXTRA_SECTIONS);
    if (r.error) throw new Error(`importJson failed: ${r.error}`);
  }
  emit('browser', 'frame', 'app', 10000, r.ms, 0, { section: r.section, storage });
  emit('browser', 'heap', 'app', 10000, [], r.heap, { storage });
  for (const s of r.sections) emit('browser', 'frame', 'app-section', 10000, s.ms, 0, { section: s.title, storage });
  if (fixtureFile) {  // the same view with the enterprise fixture: what the app costs at a usual size
    const f = await appFrames(browser, app.url, readFileSync(fixtureFile, 'utf8'), false);
    if (f.error) throw new Error(`importJson of the fixture failed: ${f.error}`);
    emit('browser', 'frame', 'app-fixture', 0, f.ms, 0, { section: f.section });
  }
}

await main();
