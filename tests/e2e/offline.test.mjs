// Offline use, static hosting and data safety (issue 7), in headless Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/static_server.mjs';
import { DIST, click, launch, locate, openApp, screenshot, storedText, uiState, waitForFrames, waitReady } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const state = uiState;

async function newDraft(page) {
  await click(page, 'Create from template');
  await page.waitForFunction(() => window.bpo.uiState().draftId);
  return (await state(page)).draftId;
}

async function setTitle(page, text) {
  await click(page, '##/title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.waitForFunction((t) => window.bpo.uiState().title === t && window.bpo.uiState().saved, text);
}

test('after one visit the app opens offline, and a draft edited offline survives a reload', async () => {
  const { page, context } = await openApp(env);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await newDraft(page);
  await setTitle(page, 'Written online');

  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  assert.equal((await state(page)).title, 'Written online');
  await setTitle(page, 'Edited on a plane');
  await page.reload();
  await waitReady(page);
  assert.equal((await state(page)).title, 'Edited on a plane');
  await context.setOffline(false);
  await context.close();
});

test('a new release replaces the offline cache and tells the user a new version is ready', async () => {
  const site = mkdtempSync(join(tmpdir(), 'bpo-site-'));
  cpSync(DIST, site, { recursive: true });
  const server = await startServer(site, 0);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await waitReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  const oldCaches = await page.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);

  // The next release: new files, hence a new service worker version.
  const sw = readFileSync(join(site, 'sw.js'), 'utf8').replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'");
  writeFileSync(join(site, 'sw.js'), sw);
  await page.reload();
  await waitReady(page);
  // What the browser does on its own on navigation or later: look for a new sw.js.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForSelector('#update:not([hidden])', { timeout: 60_000 });
  await screenshot(page, 'update-ready');
  await Promise.all([page.waitForEvent('load'), page.click('#update-button')]);
  await waitReady(page);
  await page.waitForFunction((old) => caches.keys().then((k) => k.length === 1 && k[0] !== old[0]), oldCaches);
  await context.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

test('the single-file build works from file:// and keeps drafts across reloads', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(pathToFileURL(join(DIST, 'bpo-agreement-builder.html')).href);
  await waitReady(page);
  await newDraft(page);
  await setTitle(page, 'Archived with the deal');
  await page.reload();
  await waitReady(page);
  assert.equal((await state(page)).title, 'Archived with the deal');
  assert.deepEqual(problems, []);
  await context.close();
});

test('no request leaves the origin and the Content-Security-Policy is never violated', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(env.server.url);
  await waitReady(page);
  // A full session: template, edits, every section, exports, the printable page.
  await newDraft(page);
  await setTitle(page, 'Policy check');
  for (const section of ['Parties and roles', 'Scope of services', 'Service levels', 'Pricing', 'Data security']) {
    await click(page, section);
  }
  await click(page, 'File');
  await click(page, 'Export');
  await Promise.all([page.waitForEvent('download'), click(page, 'Word document (.docx)')]);
  await click(page, 'File');
  const [popup] = await Promise.all([context.waitForEvent('page'), click(page, 'Open printable version')]);
  await popup.waitForLoadState();
  await popup.close();
  const origin = new URL(env.server.url).origin;
  const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test('a full storage keeps the last good copy, says so, and saving resumes once there is room', async () => {
  const { page, context } = await openApp(env);
  const id = await newDraft(page);
  await setTitle(page, 'Last good copy');
  const saved = await page.evaluate((key) => localStorage.getItem(key), `bpo.v1.draft.${id}`);

  await page.evaluate(() => {  // fill the origin's storage to the brim
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler.${i}`, chunk); } catch { break; }
    }
    for (let size = 16 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`filler.small.${size}.${i}`, 'y'.repeat(size)); } catch { break; }
      }
    }
  });
  await click(page, '##/title');
  await page.keyboard.press('End');
  await page.keyboard.type(' with more words that no longer fit');
  await page.waitForFunction(() => window.bpo.uiState().saveFailed, null, { timeout: 30_000 });
  await locate(page, 'Export JSON now');  // the notice offers a way out
  await screenshot(page, 'storage-full');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), `bpo.v1.draft.${id}`), saved);

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
  });
  await page.keyboard.type('!');
  await page.waitForFunction(() => window.bpo.uiState().saved, null, { timeout: 30_000 });
  assert.match(await storedText(page, `bpo.v1.draft.${id}`), /no longer fit!/);
  await context.close();
});

test('a corrupt entry is moved aside, kept, and reported; the app still starts', async () => {
  const { page, context } = await openApp(env);
  await newDraft(page);
  await page.evaluate(() => localStorage.setItem('bpo.v1.draft.broken', '{"format": "bpo-agreement", trunc'));
  await page.reload();
  await waitReady(page);
  const { messages } = await state(page);
  assert.ok(messages.some((m) => /could not be read/.test(m)), JSON.stringify(messages));
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bpo.v1.aside.')));
  assert.equal(aside.length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside[0]), '{"format": "bpo-agreement", trunc');
  assert.equal(await page.evaluate(() => localStorage.getItem('bpo.v1.draft.broken')), null);
  assert.equal((await page.evaluate(() => window.bpo.listDrafts())).length, 1);

  // A corrupt index is kept aside too, and the list is rebuilt from the drafts.
  await page.evaluate(() => localStorage.setItem('bpo.v1.index', 'not an index'));
  await page.reload();
  await waitReady(page);
  assert.equal((await page.evaluate(() => window.bpo.listDrafts())).length, 1);
  await context.close();
});

test('two pages on one draft notice each other and never overwrite silently', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const a = await context.newPage();
  await a.goto(env.server.url);
  await waitReady(a);
  const id = await newDraft(a);
  await setTitle(a, 'Version A');
  const b = await context.newPage();
  await b.goto(env.server.url);
  await waitReady(b);
  assert.equal((await state(b)).draftId, id);

  await a.bringToFront();  // background tabs get no animation frames: the active one draws
  await setTitle(a, 'Changed in tab A');
  await b.waitForFunction(() => window.bpo.uiState().conflict, null, { timeout: 30_000 });
  await b.bringToFront();
  await click(b, 'Keep mine as a copy');
  await b.waitForFunction((original) => window.bpo.uiState().draftId !== original, id);
  assert.match((await state(b)).draftName, /\(my copy\)$/);
  assert.equal((await state(b)).title, 'Version A');
  const stored = JSON.parse(await storedText(b, `bpo.v1.draft.${id}`)).title;
  assert.equal(stored, 'Changed in tab A');
  await context.close();
});

test('backup of all drafts restores them into an empty browser, identical', async () => {
  const { page, context } = await openApp(env);
  await newDraft(page);
  await setTitle(page, 'First for backup');
  await click(page, 'File');
  await click(page, 'New draft...');
  await newDraft(page);
  await setTitle(page, 'Second for backup');
  await click(page, 'File');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Back up all drafts')]);
  const backup = readFileSync(await download.path(), 'utf8');
  const before = JSON.parse(backup).drafts.map((d) => [d.id, JSON.stringify(d.agreement)]);
  assert.equal(before.length, 2);
  await context.close();

  const fresh = await openApp(env);
  await click(fresh.page, 'File');
  const [chooser] = await Promise.all([fresh.page.waitForEvent('filechooser'), click(fresh.page, 'Restore from backup...')]);
  await chooser.setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await fresh.page.waitForFunction(() => window.bpo.listDrafts().length === 2);
  const restored = [];
  for (const d of await fresh.page.evaluate(() => window.bpo.listDrafts()))
    restored.push([d.id, JSON.stringify(JSON.parse(await storedText(fresh.page, `bpo.v1.draft.${d.id}`)))]);
  assert.deepEqual(restored.sort(), before.sort());
  await fresh.context.close();
});

test('a crash shows an error screen that offers a backup, and the stored drafts are intact', async () => {
  const { page, context } = await openApp(env);
  const id = await newDraft(page);
  await setTitle(page, 'Survives a crash');
  const stored = await page.evaluate(() => ({ ...localStorage }));
  await page.evaluate(() => Module.onAbort('simulated failure'));
  await page.waitForSelector('#failure:not([hidden])');
  await page.waitForSelector('#failure-backup:not([hidden])');
  await screenshot(page, 'crash-screen');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#failure-backup-button')]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(backup.format, 'bpo-backup');
  assert.equal(backup.drafts.find((d) => d.id === id).agreement.title, 'Survives a crash');
  assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), stored);
  await context.close();
});

test('dist/ works copied under any sub-path of a static host', async () => {
  const host = mkdtempSync(join(tmpdir(), 'bpo-host-'));
  cpSync(DIST, join(host, 'tools', 'contracts'), { recursive: true });
  const server = await startServer(host, 0);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${server.url}tools/contracts/`);
  await waitReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL.endsWith('/tools/contracts/sw.js')), true);
  assert.deepEqual(failed, []);
  await context.close();
  await server.close();
  rmSync(host, { recursive: true, force: true });
});
