// Shared set-up for the browser tests: serve dist/, start Debian's Chromium headless through
// playwright-core, and drive the ImGui canvas by the rectangles window.bpo.locate() reports.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static_server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = process.env.BPO_DIST || join(ROOT, 'dist');
export const ARTIFACTS = process.env.BPO_ARTIFACTS || join(ROOT, 'build', 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Flags that keep headless Chromium quiet on a machine with no network and no GPU.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function launch() {
  const server = await startServer(DIST, 0);
  // Playwright gives every launch a fresh, empty user-data-dir of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

// Opens the app in a new context and page, records console errors and failed requests, and
// waits until the app has drawn a few frames.
export async function openApp(env, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(env.server.url);
  await waitForFrames(page, 3);
  return { page, context, problems };
}

export async function waitForFrames(page, count = 2) {
  const start = await page.evaluate(() => (window.bpo?.isReady() ? window.bpo.uiState().frame : 0));
  await page.waitForFunction(
    (target) => window.bpo?.isReady() && window.bpo.uiState().frame >= target,
    start + count, { timeout: 60_000 });
}

// The JSON text of a stored value, as the page's localStorage holds it: large draft bodies are
// kept packed (src/core/packed_storage.hpp), the rest is returned as it is. null when absent.
export async function storedText(page, key) {
  return page.evaluate(async (k) => {
    const value = localStorage.getItem(k);
    const tag = 'bpo.packed.v1:';
    if (value === null || !value.startsWith(tag)) return value;
    const rest = value.slice(tag.length);
    const b64 = rest.slice(rest.indexOf(':') + 1).replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '==='.slice((b64.length + 3) % 4)), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  }, key);
}

// The app's UI state (window.bpo.uiState()).
export const uiState = (page) => page.evaluate(() => window.bpo.uiState());

// Waits until the app (after a load or reload) is ready and drawing.
export async function waitReady(page) {
  await page.waitForFunction(() => window.bpo?.isReady() && window.bpo.uiState().frame > 2, null, { timeout: 60_000 });
}

// Clicks each label in turn: a menu, then its items.
export async function menu(page, ...labels) {
  for (const label of labels) await click(page, label);
}

// A draft from the welcome screen's template; returns its id once the workspace shows it.
export async function newDraftFromTemplate(page) {
  await click(page, 'Create from template');
  await page.waitForFunction(() => window.bpo.uiState().draftId);
  await waitForFrames(page, 2);
  return (await uiState(page)).draftId;
}

// Waits until the item with this label is drawn, then returns its rectangle.
export async function locate(page, label) {
  const handle = await page.waitForFunction((l) => window.bpo.locate(l), label, { timeout: 30_000 });
  return handle.jsonValue();
}

export async function click(page, label) {
  const r = await locate(page, label);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await waitForFrames(page, 1);  // ImGui polls the mouse once per frame: hover before pressing
  await page.mouse.down();
  await waitForFrames(page, 1);
  await page.mouse.up();
  await waitForFrames(page, 1);
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// Number of distinct colours (quantised to 4 bits a channel) in a PNG, decoded by the browser
// in a blank page (the app's own Content-Security-Policy rightly refuses data: fetches).
export async function distinctColours(page, file) {
  const base64 = readFileSync(file).toString('base64');
  const blank = await page.context().newPage();
  const count = await blank.evaluate(async (data) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const px = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const seen = new Set();
    for (let i = 0; i < px.length; i += 4) seen.add(((px[i] >> 4) << 8) | ((px[i + 1] >> 4) << 4) | (px[i + 2] >> 4));
    return seen.size;
  }, base64);
  await blank.close();
  return count;
}
