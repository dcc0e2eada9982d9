// The app's code in two parts (cmake/WebApp.cmake, web/app.js): bpo.wasm draws the first frames,
// bpo.deferred.wasm follows right after. Nothing a first frame runs may wait for the second part;
// whatever needs it before it arrives loads it synchronously and works; a returning user's draft
// opens with both parts at once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { click, launch, newDraftFromTemplate, openApp, uiState, waitForFrames, waitReady } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const deferredCode = (page) => page.evaluate(() => window.bpoPage.deferredCode());

// Emscripten's placeholder handler says so on the console when code not yet loaded runs.
function watchPlaceholders(page) {
  const hits = [];
  page.on('console', (m) => { if (m.text().startsWith('placeholder function called')) hits.push(m.text()); });
  return hits;
}

test('a first visit draws its first frames with bpo.wasm alone, then loads the rest after them', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Notes how many frames the app had drawn when the page asked for the deferred code.
  // Same for the deferred data (the assets and the UI font's other parts).
  await context.addInitScript(() => {
    const original = window.fetch;
    window.__framesBeforeData = {};
    window.fetch = function (input, init) {
      const frames = window.bpo?.isReady() ? window.bpo.uiState().frame : -1;
      if (String(input).endsWith('bpo.deferred.wasm')) window.__framesBeforeDeferred = frames;
      if (/bpo\.(assets|[a-z-]+-font[a-z-]*\.otf)$/.test(String(input))) window.__framesBeforeData[String(input)] = frames;
      return original.call(this, input, init);
    };
  });
  const page = await context.newPage();
  const hits = watchPlaceholders(page);
  await page.goto(env.server.url);
  await page.waitForFunction(() => window.bpoPage?.deferredCode().state === 'ready', null, { timeout: 60_000 });
  assert.deepEqual(hits, [], 'no first frame reached code outside bpo.wasm');
  assert.deepEqual(await deferredCode(page), { wanted: 'after-first-frame', state: 'ready', how: 'async' });
  assert.ok(await page.evaluate(() => window.__framesBeforeDeferred) >= 1, 'asked for once the first frame was drawn');
  const dataFrames = await page.evaluate(() => window.__framesBeforeData);
  assert.deepEqual(Object.keys(dataFrames).sort(), ['bpo.assets', 'bpo.body-font-extended.otf', 'bpo.heading-font.otf']);
  for (const [file, frames] of Object.entries(dataFrames)) assert.ok(frames >= 1, `${file} asked for after the first frame`);
  await page.waitForFunction(() => window.bpoPage.fontsDelivered(), null, { timeout: 30_000 });
  // The deferred code works: a template draft uses the catalog, the document and the checks.
  await newDraftFromTemplate(page);
  assert.ok(Array.isArray(await page.evaluate(() => window.bpo.findings())));
  assert.match(await page.evaluate(() => window.bpo.render('markdown')), /^#/m);
  assert.deepEqual(hits, []);
  await context.close();
});

test('a click before the rest has arrived loads it on the spot, and works', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const hits = watchPlaceholders(page);
  // Hold the page's own request for the deferred code back; the synchronous one goes through.
  let held = null;
  await page.route('**/bpo.deferred.wasm', async (route) => {
    if (route.request().resourceType() === 'fetch' && !held) {
      held = new Promise((r) => setTimeout(r, 8000)).then(() => route.continue().catch(() => {}));
      return;
    }
    await route.continue();
  });
  await page.goto(env.server.url);
  await waitReady(page);
  await page.waitForFunction(() => window.bpoPage.deferredCode().state === 'loading');
  await click(page, 'Start blank');
  await page.waitForFunction(() => window.bpo.uiState().draftId);
  assert.deepEqual(await deferredCode(page), { wanted: 'after-first-frame', state: 'ready', how: 'sync' });
  assert.ok(hits.length >= 1, 'the click ran code outside bpo.wasm');
  assert.equal((await uiState(page)).draftName, 'Untitled agreement');
  await waitForFrames(page, 3);
  assert.equal(await page.locator('#failure').isHidden(), true);
  await context.close();
});

test('assets asked for before bpo.assets has arrived are fetched on the spot, and work', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Hold the page's own request for the assets back; the synchronous one goes through.
  let held = false;
  let released = false;
  await page.route('**/bpo.assets', async (route) => {
    if (route.request().resourceType() === 'fetch' && !held) {
      held = true;
      setTimeout(() => { released = true; route.continue().catch(() => {}); }, 15000);
      return;
    }
    await route.continue();
  });
  await page.goto(env.server.url);
  await waitReady(page);
  await page.waitForFunction(() => window.bpoPage.deferredCode().state === 'ready', null, { timeout: 60_000 });
  assert.ok(held, 'the page asked for bpo.assets after its first frame');
  await newDraftFromTemplate(page);  // the templates read the catalog
  // The clause texts (assets/clauses/section_term.mustache) made it into the document.
  assert.match(await page.evaluate(() => window.bpo.render('markdown')), /This Agreement starts on the Effective Date/);
  assert.equal(released, false, 'the page\'s own request was still held back');
  assert.equal(await page.locator('#failure').isHidden(), true);
  await context.close();
});

test('a returning user with a saved draft gets both parts before the app starts', async () => {
  const { page, context, problems } = await openApp(env);
  const id = await newDraftFromTemplate(page);
  const hits = watchPlaceholders(page);
  await page.reload();
  await waitReady(page);
  assert.equal((await uiState(page)).draftId, id, 'the draft is open again');
  assert.deepEqual(await deferredCode(page), { wanted: 'at-start', state: 'ready', how: 'async' });
  assert.equal(await page.evaluate(() => window.bpoPage.fontsDelivered()), true, 'every glyph from the first frame');
  assert.deepEqual(hits, []);
  assert.deepEqual(problems, []);
  await context.close();
});
