// Records which wasm functions the app's first frames run, into src/app/first_frame_functions.txt:
// cmake/WebApp.cmake keeps exactly those in bpo.wasm and splits the rest off into
// bpo.deferred.wasm. Run it again when the welcome screen or start-up changes (the e2e test
// "deferred code" fails when a first frame reaches code the list misses).
//
// usage: node scripts/record_first_frame_functions.mjs --build DIR [--frames N] [--out FILE]
//   DIR holds a Release bpo_web build: bpo.js and bpo.wasm.orig (the whole module, with names).
// How: binaryen's wasm-split instruments bpo.wasm.orig to note every function it runs; the page
// (web/ shell, fresh browser context, no saved drafts) draws N frames, the mouse then rests on
// the welcome screen's first button for a few more; the profile goes back to wasm-split, which
// prints the functions it would keep.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './static_server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
  if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
  return pairs;
}, []));
if (!args.build) throw new Error('usage: record_first_frame_functions.mjs --build DIR [--frames N] [--out FILE]');
const build = resolve(args.build);
const frames = Number(args.frames || 10);
const out = resolve(args.out || join(ROOT, 'src', 'app', 'first_frame_functions.txt'));
const whole = join(build, 'bpo.wasm.orig');
const WASM_SPLIT = process.env.WASM_SPLIT || 'wasm-split';
const FEATURES = ['--enable-mutable-globals', '--enable-sign-ext', '--enable-bulk-memory', '--enable-simd',
  '--enable-nontrapping-float-to-int'];  // as cmake/WebApp.cmake

const work = mkdtempSync(join(tmpdir(), 'bpo-first-frame-'));
try {
  // A site whose bpo.wasm is the whole module, instrumented.
  const instrumented = join(work, 'build');
  execFileSync('mkdir', ['-p', instrumented]);
  copyFileSync(join(build, 'bpo.js'), join(instrumented, 'bpo.js'));
  execFileSync(WASM_SPLIT, ['--instrument', ...FEATURES, whole, '-o', join(instrumented, 'bpo.wasm')]);
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'assemble_site.mjs'), '--build', instrumented, '--out', join(work, 'site')]);

  const server = await startServer(join(work, 'site'), 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  let profile;
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(server.url);
    const frame = (n) => page.waitForFunction((t) => window.bpo?.isReady() && window.bpo.uiState().frame >= t, n, { timeout: 60_000 });
    await frame(frames);
    const button = await page.evaluate(() => window.bpo.locate('Create from template'));
    if (button) {
      await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2);
      await frame(frames + 3);
    }
    profile = Buffer.from(await page.evaluate(() => {
      const size = 1 << 20;
      const ptr = Module._malloc(size);
      const length = Module.asm.__write_profile(ptr, size);  // wasm-split's instrumentation
      return Array.from(Module.HEAPU8.subarray(ptr, ptr + length));
    }));
  } finally {
    await browser.close();
    await server.close();
  }

  writeFileSync(join(work, 'profile'), profile);
  const split = spawnSync(WASM_SPLIT, [whole, ...FEATURES, `--profile=${join(work, 'profile')}`, '-v',
    '-o1', join(work, 'primary.wasm'), '-o2', join(work, 'deferred.wasm')], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (split.status !== 0) throw new Error(`wasm-split failed: ${split.stderr}`);
  const line = (split.stdout + split.stderr).split('\n').find((l) => l.startsWith('Keeping functions: '));
  if (!line) throw new Error('wasm-split printed no "Keeping functions" line');
  // Names come escaped (\2c for a comma, \20 for a space): ", " only ever separates them.
  const kept = line.slice('Keeping functions: '.length).split(', ').filter(Boolean).sort();
  writeFileSync(out, kept.join('\n') + '\n');
  console.log(`${kept.length} functions run in the first ${frames} frames -> ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
