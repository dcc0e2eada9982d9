// Issue 8 in the browser: version history, compare with redline export, share links, the
// scorecard over imported actuals, and playbooks. Driven by clicks located with
// window.bpo.locate() and checked through window.bpo (the core's own numbers).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, launch, locate, menu, newDraftFromTemplate, openApp, screenshot, uiState, waitForFrames } from './harness.mjs';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const state = uiState;

async function setTitle(page, text) {
  await click(page, '##/title');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await page.waitForFunction((t) => window.bpo.uiState().title === t, text);
}

test('version history: save a named version, edit, restore it; the edit is kept as a version', async () => {
  const { page, context, problems } = await openApp(env);
  await newDraftFromTemplate(page);
  await setTitle(page, 'Version one');

  await menu(page, 'File', 'Save version...');
  await page.waitForFunction(() => window.bpo.uiState().versionDialog);
  await page.keyboard.type('Sent to the provider');
  await click(page, 'Save version##confirm');
  await page.waitForFunction(() => window.bpo.versions().versions.some((v) => v.reason === 'named'));
  const named = (await page.evaluate(() => window.bpo.versions())).versions.find((v) => v.reason === 'named');
  assert.equal(named.name, 'Sent to the provider');

  await setTitle(page, 'Version two');
  await page.waitForFunction(() => window.bpo.uiState().saved);
  await menu(page, 'View', 'Version history');
  await page.waitForFunction(() => window.bpo.uiState().tool === 'history');
  await locate(page, 'Restore');
  await screenshot(page, 'features-history');
  const list = (await page.evaluate(() => window.bpo.versions())).versions;
  // Rows are newest first: restore the named one by its row's button (ids are per version).
  const row = list.findIndex((v) => v.number === named.number);
  const buttons = await page.evaluate(() => window.bpo.versions().versions.length);
  assert.ok(buttons >= 1 && row >= 0);
  if (row === 0) {
    await click(page, 'Restore');
  } else {
    await page.evaluate((n) => window.bpo.restoreVersion(n), named.number);
  }
  await page.waitForFunction(() => window.bpo.uiState().title === 'Version one');
  const afterRestore = (await page.evaluate(() => window.bpo.versions()));
  assert.ok(afterRestore.versions.some((v) => v.reason === 'before-restore'), 'the edit was kept');
  assert.ok(afterRestore.usage.bytesUsed > 0 && afterRestore.usage.bytesUsed < afterRestore.usage.budgetBytes);
  // Restoring is one undo step.
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.bpo.showTool(''));
  await click(page, 'Parties and roles');
  await page.waitForFunction(() => window.bpo.uiState().canUndo);
  await menu(page, 'Edit', 'Undo Restore version ' + named.number);
  await page.waitForFunction(() => window.bpo.uiState().title === 'Version two');
  assert.deepEqual(problems, []);
  await context.close();
});

test('compare two drafts: the changed field is listed and the redline downloads as HTML', async () => {
  const { page, context, problems } = await openApp(env);
  const first = await newDraftFromTemplate(page);
  await setTitle(page, 'Outsourcing agreement Alpha');
  await click(page, 'Parties and roles');  // leave the title field before another draft opens
  await page.waitForFunction(() => window.bpo.uiState().saved);
  const text = await page.evaluate(() => window.bpo.exportJson());
  const copy = JSON.parse(text);
  copy.title = 'Outsourcing agreement Beta';
  const second = (await page.evaluate((t) => window.bpo.importJson(t), JSON.stringify(copy))).draftId;
  assert.ok(second);
  await page.waitForFunction((id) => window.bpo.uiState().draftId === id, second);

  const viaApi = await page.evaluate(([a, b]) => window.bpo.compare(a, b), [first, second]);
  assert.ok(viaApi.changes, JSON.stringify(viaApi));
  assert.equal(viaApi.changes.length, 1, JSON.stringify(viaApi.changes.map((c) => [c.pointer, c.old, c.new])));
  assert.equal(viaApi.changes[0].pointer, '/title');
  assert.equal(viaApi.changes[0].old, 'Outsourcing agreement Alpha');
  assert.equal(viaApi.changes[0].new, 'Outsourcing agreement Beta');

  await menu(page, 'View', 'Compare');
  await page.waitForFunction(() => window.bpo.uiState().tool === 'compare');
  await screenshot(page, 'features-compare-open');
  await click(page, 'Choose...##compare-before');
  const firstName = (await page.evaluate(() => window.bpo.listDrafts())).find((d) => d.id === first).name;
  await click(page, `${firstName} (as it is now)##${first}`);
  await click(page, 'Choose...##compare-after');
  const secondName = (await page.evaluate(() => window.bpo.listDrafts())).find((d) => d.id === second).name;
  await click(page, `${secondName} (as it is now)##${second}`);
  await locate(page, 'Overview (1)');  // the section group of the one changed field
  await screenshot(page, 'features-compare-fields');
  await click(page, 'Document redline##compare-mode');
  await waitForFrames(page, 2);
  await screenshot(page, 'features-compare-redline');

  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Export redline (HTML)')]);
  assert.equal(download.suggestedFilename(), 'redline.html');
  const html = readFileSync(await download.path(), 'utf8');
  assert.match(html, /<del>[^<]*Alpha[^<]*<\/del>/);
  assert.match(html, /<ins>[^<]*Beta[^<]*<\/ins>/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('share link: copied from the File menu, opened in a new tab it offers the import; a damaged link says so', async () => {
  const { page, context, problems } = await openApp(env);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await newDraftFromTemplate(page);
  const title = 'Société Générale – Überlassung 株式会社';
  await setTitle(page, title);
  await page.waitForFunction(() => window.bpo.uiState().saved);
  const original = await page.evaluate(() => window.bpo.exportJson());

  await menu(page, 'File', 'Copy share link');
  const link = await (await page.waitForFunction(async () => {
    const text = await navigator.clipboard.readText();
    return text.includes('#a=v1.') ? text : null;
  })).jsonValue();
  assert.ok(link.startsWith(env.server.url.replace(/\/$/, '')), link.slice(0, 80));
  const info = await page.evaluate(() => window.bpo.shareLink());
  assert.equal(link, info.url);
  assert.ok(['ok', 'long'].includes(info.status));
  assert.ok((await state(page)).messages.some((m) => m.startsWith('Share link copied')));

  // Opening the link in another tab: the offer, then a new draft identical to the original.
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForFunction((t) => window.bpo?.isReady() && window.bpo.uiState().shareOffer === t, title);
  assert.equal(await other.evaluate(() => location.hash), '', 'the fragment left the address bar');
  await locate(other, 'Import##share');
  await screenshot(other, 'features-share-offer');
  const before = (await other.evaluate(() => window.bpo.listDrafts())).length;
  await click(other, 'Import##share');
  await other.waitForFunction((n) => window.bpo.listDrafts().length === n + 1, before);
  assert.equal(await other.evaluate(() => window.bpo.exportJson()), original);
  assert.equal((await other.evaluate(() => window.bpo.uiState())).title, title);

  // A damaged link (one character changed in the payload): a plain error, nothing imported.
  const damaged = link.slice(0, -12) + (link.at(-12) === 'A' ? 'B' : 'A') + link.slice(-11);
  const third = await context.newPage();
  await third.goto(damaged);
  await third.waitForFunction(() => window.bpo?.isReady() && window.bpo.uiState().messages.length > 0);
  const messages = (await third.evaluate(() => window.bpo.uiState())).messages;
  assert.match(messages[0], /^The shared link could not be opened: .*damaged/);
  assert.equal((await third.evaluate(() => window.bpo.uiState())).shareOffer, null);
  await screenshot(third, 'features-share-damaged');
  assert.deepEqual(problems, []);
  await context.close();
});

test('scorecard: actuals imported from a CSV file, met and missed per month, credits as the core computes them, CSV and JSON exports', async () => {
  const { page, context, problems } = await openApp(env);
  const agreement = readFileSync(join(FIXTURES, 'startup-customer-support.json'), 'utf8');
  const imported = await page.evaluate((t) => window.bpo.importJson(t), agreement);
  await page.waitForFunction((id) => window.bpo.uiState().draftId === id, imported.draftId);
  await waitForFrames(page, 2);

  const csv = readFileSync(join(FIXTURES, 'actuals', 'startup-customer-support-2025.csv'));
  await menu(page, 'File');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import actuals (CSV or JSON)...')]);
  await chooser.setFiles({ name: 'actuals.csv', mimeType: 'text/csv', buffer: csv });
  await page.waitForFunction(() => window.bpo.uiState().tool === 'scorecard' && window.bpo.scorecard().months.length === 5);
  const card = await page.evaluate(() => window.bpo.scorecard());
  // The figures `bpo scorecard` prints for the same files (the shared core computation).
  assert.equal(card.totals.creditedMinor, 152000);
  assert.equal(card.totals.netMinor, 152000);
  assert.deepEqual(card.totals.counts, { met: 9, belowExpected: 0, missed: 5, excluded: 1, noData: 0, noTarget: 0 });
  assert.deepEqual(card.months.map((m) => m.creditedMinor), [0, 60800, 0, 91200, 0]);
  await locate(page, 'Add month');
  await screenshot(page, 'features-scorecard');

  // Stored per draft: back after a reload.
  const stored = await page.evaluate((id) => localStorage.getItem(`bpo.v1.actuals.${id}`), imported.draftId);
  assert.match(stored, /"bpo-actuals"/);

  // Editing a cell changes the outcome: sl-1 in 2025-04 (missed) typed as met.
  await click(page, '##sl-1/2025-04');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('95');
  await page.waitForFunction(() => window.bpo.scorecard().months[1].creditedMinor < 60800);
  await page.keyboard.press('Escape');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'Export CSV##scorecard')]);
  assert.equal(csvDownload.suggestedFilename(), 'scorecard.csv');
  const exportedCsv = readFileSync(await csvDownload.path(), 'utf8');
  assert.match(exportedCsv.split('\r\n')[0], /^kind,/);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'Export JSON##scorecard')]);
  const exportedJson = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.deepEqual(exportedJson, await page.evaluate(() => window.bpo.scorecard()));

  await page.reload();
  await waitForFrames(page, 3);
  assert.equal((await page.evaluate(() => window.bpo.scorecard())).months.length, 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('playbook: loading it adds its deviations to the findings and marks the preview; a bad playbook lists its errors', async () => {
  const { page, context, problems } = await openApp(env);
  await newDraftFromTemplate(page);
  const before = await page.evaluate(() => window.bpo.findings().length);

  const bad = JSON.stringify({ format: 'bpo-playbook', version: 1, name: 'Broken', ranges: [{ id: 'x', quantity: 'colour', min: 'low' }] });
  await menu(page, 'File');
  let [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Load playbook...')]);
  await chooser.setFiles({ name: 'broken-playbook.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await page.waitForFunction(() => window.bpo.uiState().importErrors >= 2);
  await locate(page, 'Close');
  await screenshot(page, 'features-playbook-errors');
  await click(page, 'Close');
  assert.equal((await state(page)).playbook, null);

  const text = readFileSync(join(FIXTURES, 'playbooks', 'acme-procurement.json'));
  await menu(page, 'File');
  [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Load playbook...')]);
  await chooser.setFiles({ name: 'acme.json', mimeType: 'application/json', buffer: text });
  await page.waitForFunction(() => window.bpo.uiState().playbook === 'Acme procurement positions 2027');
  const findings = await page.evaluate(() => window.bpo.findings());
  const deviations = findings.filter((f) => f.rule.startsWith('playbook.'));
  assert.ok(deviations.length > 0);
  assert.equal(findings.length, before + deviations.length);
  await locate(page, deviations[0].message);  // listed in the findings panel
  assert.equal(await page.evaluate(() => localStorage.getItem('bpo.v1.playbook') !== null), true);
  await menu(page, 'View', 'Playbook');
  await locate(page, 'Unload playbook');
  await screenshot(page, 'features-playbook');

  await click(page, 'Unload playbook');
  await page.waitForFunction(() => window.bpo.uiState().playbook === null);
  assert.equal(await page.evaluate(() => window.bpo.findings().length), before);
  assert.deepEqual(problems, []);
  await context.close();
});
