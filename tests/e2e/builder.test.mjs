// The builder as users meet it, through real clicks located with window.bpo.locate() and
// checked through window.bpo: drafts, findings, undo, reload, trash, export, import, clipboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DIST, click, launch, locate, menu, newDraftFromTemplate, openApp, screenshot, uiState, waitForFrames } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const state = uiState;
const drafts = (page) => page.evaluate(() => window.bpo.listDrafts());
const storageSnapshot = (page) => page.evaluate(() => {
  const out = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key !== 'bpo.v1.ui') out[key] = localStorage.getItem(key);
  }
  return out;
});

async function selectAllAndType(page, label, text) {
  await click(page, label);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

test('a new draft from a template: welcome screen, workspace, saved and listed', async () => {
  const { page, context, problems } = await openApp(env);
  await screenshot(page, 'welcome');
  const id = await newDraftFromTemplate(page);
  const listed = await drafts(page);
  assert.equal(listed.length, 1);
  assert.equal(listed[0].id, id);
  await page.waitForFunction(() => window.bpo.uiState().saved);
  await screenshot(page, 'workspace');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a finding appears when a field is emptied and disappears when it is fixed; undo and redo', async () => {
  const { page, context } = await openApp(env);
  await newDraftFromTemplate(page);
  const hasMissingTitle = () => page.evaluate(
    () => window.bpo.findings().some((f) => f.rule === 'overview.missing-title'));
  assert.equal(await hasMissingTitle(), false);

  await selectAllAndType(page, '##/title', '');
  const finding = await page.waitForFunction(
    () => window.bpo.findings().find((f) => f.rule === 'overview.missing-title'));
  await locate(page, (await finding.jsonValue()).message);  // listed in the findings panel
  await page.keyboard.type('Outsourcing Agreement');
  await page.waitForFunction(() => window.bpo.uiState().title === 'Outsourcing Agreement');
  assert.equal(await hasMissingTitle(), false);

  // Leave the field, then undo the whole edit (typing merges into one step) and redo it.
  await click(page, 'Parties and roles');
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => window.bpo.uiState().title !== 'Outsourcing Agreement');
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction(() => window.bpo.uiState().title === 'Outsourcing Agreement');
  await menu(page, 'Edit');
  await click(page, 'Undo Edit Title');
  await page.waitForFunction(() => window.bpo.uiState().title !== 'Outsourcing Agreement');
  await context.close();
});

test('clicking a finding opens its section and focuses the field', async () => {
  const { page, context } = await openApp(env);
  await newDraftFromTemplate(page);
  await click(page, 'Parties and roles');
  await selectAllAndType(page, '##/client/legalName', '');
  const finding = await page.waitForFunction(
    () => window.bpo.findings().find((f) => f.pointer === '/client/legalName'));
  const { message } = await finding.jsonValue();
  await click(page, 'Overview');
  await click(page, message);
  await page.waitForFunction(() => window.bpo.uiState().section === 'parties');
  await page.keyboard.type('Focused Ltd');  // the field has the keyboard focus
  await page.waitForFunction(() => window.bpo.exportJson().includes('"legalName": "Focused Ltd"'));
  await context.close();
});

test('reload reopens the last draft exactly as it was', async () => {
  const { page, context } = await openApp(env);
  const id = await newDraftFromTemplate(page);
  await selectAllAndType(page, '##/title', 'Kept across reloads');
  await page.waitForFunction(() => window.bpo.uiState().saved && window.bpo.uiState().title === 'Kept across reloads');
  await click(page, 'Pricing');
  const before = await page.evaluate(() => window.bpo.exportJson());
  await page.reload();
  await waitForFrames(page, 3);
  const after = await state(page);
  assert.equal(after.draftId, id);
  assert.equal(after.section, 'pricing');
  assert.equal(await page.evaluate(() => window.bpo.exportJson()), before);
  await context.close();
});

test('two drafts switch; delete asks first and the trash restores', async () => {
  const { page, context } = await openApp(env);
  const first = await newDraftFromTemplate(page);
  await selectAllAndType(page, '##/title', 'First deal');
  await menu(page, 'File', 'New draft...');
  const second = await newDraftFromTemplate(page);
  assert.notEqual(first, second);
  await selectAllAndType(page, '##/title', 'Second deal');
  await page.waitForFunction(() => window.bpo.uiState().saved);

  await menu(page, 'File', 'Drafts...');
  await screenshot(page, 'drafts-window');
  const firstName = (await drafts(page)).find((d) => d.id === first).name;
  await click(page, `${firstName}##name`);
  await page.waitForFunction((id) => window.bpo.uiState().draftId === id, first);
  assert.equal((await state(page)).title, 'First deal');

  // Delete the second: confirmation first, then it sits in the trash until restored.
  const rows = await drafts(page);
  assert.equal(rows.length, 2);
  const deleteButtons = await page.evaluate(() => window.bpo.locate('Delete'));
  assert.ok(deleteButtons, 'a Delete button is drawn');
  await click(page, 'Delete');  // the first row: drafts are listed newest first
  await locate(page, 'Move to trash');
  await click(page, 'Move to trash');
  await page.waitForFunction(() => window.bpo.listDrafts().some((d) => d.trashed));
  const trashed = (await drafts(page)).find((d) => d.trashed);
  await click(page, 'Restore');
  await page.waitForFunction((id) => window.bpo.listDrafts().every((d) => !d.trashed) &&
    window.bpo.listDrafts().some((d) => d.id === id), trashed.id);
  await context.close();
});

test('export JSON downloads a file that validates against the published schema and re-imports identically', async () => {
  const { page, context } = await openApp(env);
  await newDraftFromTemplate(page);
  await selectAllAndType(page, '##/title', 'Exported deal');
  await page.waitForFunction(() => window.bpo.uiState().title === 'Exported deal');
  await menu(page, 'File', 'Export');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Agreement data (JSON)')]);
  assert.match(download.suggestedFilename(), /\.json$/);
  const text = readFileSync(await download.path(), 'utf8');

  const schema = JSON.parse(readFileSync(join(DIST, 'schema', 'bpo-agreement.v1.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false, multipleOfPrecision: 7 });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));

  const imported = await page.evaluate((t) => window.bpo.importJson(t), text);
  assert.ok(imported.draftId, JSON.stringify(imported));
  await page.waitForFunction((id) => window.bpo.uiState().draftId === id, imported.draftId);
  assert.equal(await page.evaluate(() => window.bpo.exportJson()), text);
  await context.close();
});

test('importing a malformed file lists every error and leaves every draft untouched', async () => {
  const { page, context } = await openApp(env);
  await newDraftFromTemplate(page);
  await page.waitForFunction(() => window.bpo.uiState().saved);
  const before = await storageSnapshot(page);

  const bad = JSON.stringify({ format: 'bpo-agreement', version: 1, term: { initialTermMonths: 'soon' }, colour: 'red' });
  await menu(page, 'File');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import JSON...')]);
  await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await page.waitForFunction(() => window.bpo.uiState().importErrors === 2);  // both problems at once
  await locate(page, 'Close');  // the error dialog is up
  await screenshot(page, 'import-errors');
  assert.deepEqual(await storageSnapshot(page), before);

  const viaApi = await page.evaluate(() => window.bpo.importJson('{"format": "bpo-agreement", "version": 1,'));
  assert.ok(viaApi.errors.length >= 1);
  assert.deepEqual(await storageSnapshot(page), before);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.bpo.uiState().importErrors === 0);
  await context.close();
});

test('drag-and-drop of a JSON file onto the page imports it as a new draft', async () => {
  const { page, context } = await openApp(env);
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'midsize-finance-hr.json'), 'utf8');
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.items.add(new File([t], 'deal.json', { type: 'application/json' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction(() => window.bpo.uiState().draftId);
  assert.equal(await page.evaluate(() => window.bpo.exportJson()), text);
  await context.close();
});

test('accents and non-Latin text can be typed', async () => {
  const { page, context } = await openApp(env);
  await newDraftFromTemplate(page);
  await selectAllAndType(page, '##/title', 'Société Générale – Überlassung 株式会社');
  await page.waitForFunction(() => window.bpo.uiState().title === 'Société Générale – Überlassung 株式会社');
  await context.close();
});

test('the system clipboard works both ways in text fields', async () => {
  const { page, context } = await openApp(env);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await newDraftFromTemplate(page);

  // Paste from the system clipboard into a field.
  await page.evaluate(() => navigator.clipboard.writeText('Pasted Agreement Title'));
  await selectAllAndType(page, '##/title', '');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.bpo.uiState().title === 'Pasted Agreement Title');

  // Copy out of a field to the system clipboard.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'Pasted Agreement Title');

  // Cut removes the text and puts it on the clipboard.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+X');
  await page.waitForFunction(() => window.bpo.uiState().title === '');
  await context.close();
});
