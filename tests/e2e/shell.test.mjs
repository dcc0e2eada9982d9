// The walking skeleton in a real browser: the page loads cleanly, the ImGui shell draws, real
// clicks and typing reach the app, and the canvas follows the window size and pixel ratio.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { click, distinctColours, launch, locate, openApp, screenshot, waitForFrames } from './harness.mjs';

let env;
before(async () => { env = await launch(); });

// A first visit opens on the welcome screen: the workspace shell appears with a draft.
async function openWorkspace(options) {
  const opened = await openApp(env, options);
  await click(opened.page, 'Create from template');
  await opened.page.waitForFunction(() => window.bpo.uiState().draftId);
  await waitForFrames(opened.page, 2);
  return opened;
}
after(async () => { await env?.close(); });

test('the page loads with no console error and no failed request', async () => {
  const { page, context, problems } = await openApp(env);
  assert.match(await page.evaluate(() => window.bpo.version()), /^\d+\.\d+\.\d+$/);
  assert.equal(await page.title(), 'BPO agreement builder');
  assert.equal(await page.locator('#loading').isHidden(), true, 'loading screen is gone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the canvas shows the UI: navigation labels are drawn and the picture is not blank', async () => {
  const { page, context } = await openWorkspace();
  for (const label of ['Overview', 'Parties and roles', 'Service levels', 'Liability']) {
    const r = await locate(page, label);
    assert.ok(r.width > 0 && r.height > 0, `${label} has a visible rectangle`);
  }
  const file = await screenshot(page, 'shell');
  assert.ok(await distinctColours(page, file) > 8, 'the screenshot has many colours, not a blank canvas');
  await context.close();
});

test('clicking a navigation item changes the active section', async () => {
  const { page, context } = await openWorkspace();
  assert.equal((await page.evaluate(() => window.bpo.uiState())).section, 'overview');
  await click(page, 'Service levels');
  await page.waitForFunction(() => window.bpo.uiState().section === 'service-levels');
  await click(page, 'Term and renewal');
  await page.waitForFunction(() => window.bpo.uiState().section === 'term');
  await context.close();
});

test('clicking a text field and typing reaches the app', async () => {
  const { page, context } = await openWorkspace();
  await click(page, '##/title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Master Services Agreement');
  await page.waitForFunction(() => window.bpo.uiState().title === 'Master Services Agreement');
  await context.close();
});

test('resizing the viewport resizes the canvas', async () => {
  const { page, context } = await openWorkspace({ viewport: { width: 1280, height: 720 } });
  const size = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return [c.width, c.height];
  });
  assert.deepEqual(await size(), [1280, 720]);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1920);
  assert.deepEqual(await size(), [1920, 1080]);
  await waitForFrames(page, 2);
  const r = await locate(page, 'Liability');
  assert.ok(r.y < 1080, 'layout follows the new size');
  await context.close();
});

test('at deviceScaleFactor 2 the backing store is twice the CSS size and clicks still land', async () => {
  const { page, context } = await openWorkspace({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 });
  const dims = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
  });
  assert.equal(dims.w, dims.cw * 2);
  assert.equal(dims.h, dims.ch * 2);
  await click(page, 'Pricing');
  await page.waitForFunction(() => window.bpo.uiState().section === 'pricing');
  await screenshot(page, 'shell-dpr2');
  await context.close();
});

test('without WebGL2 or WebAssembly the page shows a readable error screen', async () => {
  for (const [name, init] of [
    ['webgl2', () => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
      };
    }],
    ['wasm', () => { delete globalThis.WebAssembly; }],
  ]) {
    const context = await env.browser.newContext();
    await context.addInitScript(init);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.waitForSelector('#failure:not([hidden])');
    const text = await page.locator('#failure-text').textContent();
    assert.match(text, name === 'wasm' ? /WebAssembly/ : /WebGL2/);
    assert.equal(await page.locator('#loading').isHidden(), true);
    await context.close();
  }
});

test('a module that fails to download shows the error screen', async () => {
  const context = await env.browser.newContext();
  await context.route('**/bpo.wasm', (route) => route.fulfill({ status: 404, body: 'missing' }));
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.waitForSelector('#failure:not([hidden])');
  assert.match(await page.locator('#failure-text').textContent(), /could not be loaded/);
  await context.close();
});
