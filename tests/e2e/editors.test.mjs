// The section editors in a real browser: every section opens from the navigation and draws its
// key field; a service is added from the catalog picker and a service level from the metric
// library through real clicks. Screenshots of each editor are saved as test artifacts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { click, launch, locate, openApp, screenshot, uiState, waitForFrames } from './harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

// Navigation label, section id, and the full ImGui label of a field that editor must draw
// (fields are labelled "##<JSON pointer>"; buttons by their text).
const SECTIONS = [
  ['Overview', 'overview', '##/title'],
  ['Parties and roles', 'parties', '##/client/legalName'],
  ['Scope of services', 'scope', 'Add service'],
  ['Term and renewal', 'term', '##/term/effectiveDate'],
  ['Service levels', 'service-levels', '##/credits/atRiskPercent'],
  ['Objectives', 'objectives', 'Add objective'],
  ['Governance', 'governance', '##/governance/committeeName'],
  ['Transition', 'transition', '##/transition/goLive'],
  ['Pricing', 'pricing', '##/pricing/currency'],
  ['Data security', 'data-security', '##/security/accessControl'],
  ['Intellectual property', 'intellectual-property', '##/ip/clientBackgroundIp'],
  ['Termination', 'termination', '##/termination/exitPlan'],
  ['Disputes', 'disputes', '##/disputes/governingLaw'],
  ['Liability', 'liability', 'Add indemnity'],
];

const state = uiState;

async function goTo(page, label, id) {
  await click(page, label);
  await page.waitForFunction((s) => window.bpo.uiState().section === s, id);
  await waitForFrames(page, 2);
}

// Scrolls the editor column down with the mouse wheel until done() holds (the app turns the
// browser's wheel deltas into ImGui wheel notches: src/app/key_latch.cpp).
async function scrollUntil(page, done) {
  for (let i = 0; i < 40; i += 1) {
    if (await done()) return true;
    await page.mouse.move(500, 400);
    await waitForFrames(page, 1);
    await page.mouse.wheel(0, 200);  // as a browser reports two notches down
    await waitForFrames(page, 2);
  }
  return done();
}

// Scrolls until the item is drawn, then returns its rectangle.
async function scrollTo(page, label, anchor = null) {
  const visible = async () => {
    const r = await page.evaluate((l) => window.bpo.locate(l), label);
    return r && r.height > 8;
  };
  if (!await scrollUntil(page, visible)) await screenshot(page, `not-found-${label.replace(/[^a-z0-9]+/gi, '-')}`);
  return locate(page, label);
}

// A first visit shows the welcome screen: start a draft from it (a template, or blank).
async function startDraft(page, button) {
  await click(page, button);
  await locate(page, 'Scope of services');  // the navigation is drawn: the editor is open
  await waitForFrames(page, 2);
}

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('every section opens from the navigation and draws its key field', async () => {
  const { page, context, problems } = await openApp(env, { viewport: { width: 1280, height: 720 } });
  await startDraft(page, 'Create from template');
  for (const [label, id, field] of SECTIONS) {
    await goTo(page, label, id);
    const r = await scrollTo(page, field);
    assert.ok(r.width > 0 && r.height > 0, `${id}: ${field} is drawn`);
    await screenshot(page, `section-${id}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a service from the catalog picker, then a service level from the metric library', async () => {
  const { page, context, problems } = await openApp(env, { viewport: { width: 1280, height: 720 } });
  await startDraft(page, 'Start blank');
  await goTo(page, 'Scope of services', 'scope');

  const before = (await state(page)).revision;
  await click(page, 'Add service');
  await locate(page, 'Accounts payable');  // the picker lists the catalog's processes
  await screenshot(page, 'scope-catalog-picker');
  await click(page, 'Accounts payable');
  await page.waitForFunction((r) => window.bpo.uiState().revision !== r, before);
  await waitForFrames(page, 2);
  // The new row's header: the service's name and its catalog category.
  const header = await locate(page, 'Accounts payable  \u00b7  Financial accounting');
  assert.ok(header.width > 0, 'the new service row is drawn');
  await click(page, 'Accounts payable  \u00b7  Financial accounting');  // open the row
  await scrollTo(page, '##/services/0/inScope', 'Accounts payable  \u00b7  Financial accounting');
  await screenshot(page, 'scope-service-added');

  await goTo(page, 'Service levels', 'service-levels');
  const metrics = JSON.parse(readFileSync(resolve(ROOT, 'assets/catalog/metrics.json'), 'utf8')).metrics;
  const metric = metrics.find((m) => m.name === 'Invoice processing cycle time');
  assert.ok(metric, 'the metric library has the invoice processing cycle time');
  const revision = (await state(page)).revision;
  await click(page, 'Add service level');
  await locate(page, metric.name);
  await screenshot(page, 'service-levels-metric-picker');
  await click(page, metric.name);
  await page.waitForFunction((r) => window.bpo.uiState().revision !== r, revision);
  await waitForFrames(page, 2);
  const unit = { percent: '%', seconds: ' seconds', minutes: ' minutes', hours: ' hours', days: ' days',
    count: ' count', score: ' score' }[metric.unit] ?? '';
  const target = metric.defaultTarget ?? metric.target;
  const label = `${metric.name}: ${target}${unit}${metric.criticality === 'critical' ? ' (critical)' : ''}` +
    '  \u00b7  Accounts payable';
  const row = await locate(page, label);
  assert.ok(row.width > 0, `the new service level row "${label}" is drawn`);
  await click(page, label);
  await scrollTo(page, '##/serviceLevels/0/expected', label);
  await screenshot(page, 'service-levels-added');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the business case and the credit simulator open from the View menu', async () => {
  const { page, context, problems } = await openApp(env, { viewport: { width: 1280, height: 720 } });
  await startDraft(page, 'Create from template');

  await click(page, 'View');
  await click(page, 'Business case');
  await locate(page, '##/businessCase/inhouseMonthlyCostMinor');
  await screenshot(page, 'tool-business-case');
  const scrolled = await scrollUntil(page, async () => !await page.evaluate(() => window.bpo.locate('##/businessCase/discountRatePercent')),
    '##/businessCase/discountRatePercent');
  assert.ok(scrolled, 'the business case scrolls to its charts');
  await screenshot(page, 'tool-business-case-charts');

  await page.mouse.move(5, 400);
  await click(page, 'View');
  await click(page, 'Credit simulator');
  const revision = (await state(page)).revision;
  await click(page, '##first-month');
  await page.keyboard.type('2027-01');
  await waitForFrames(page, 2);
  // The template's first service level; typing a month of performance changes nothing in the agreement.
  await click(page, '##actual/sl-1/2027-01');
  await page.keyboard.type('70');
  await page.keyboard.press('Tab');
  await waitForFrames(page, 3);
  await screenshot(page, 'tool-credit-simulator');
  assert.equal((await state(page)).revision, revision, 'the simulator does not edit the agreement');
  assert.deepEqual(problems, []);
  await context.close();
});
