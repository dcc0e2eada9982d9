// Large drafts in the browser's storage: bodies are kept packed (src/core/packed_storage.hpp), so a
// draft whose JSON alone is over Chromium's localStorage quota is still saved, reopens after a reload
// and is in the backup the error screen offers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, waitReady } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'enterprise-multi-tower.json');

// The enterprise fixture with its services and service levels copied (fresh ids) until the JSON
// is larger than `bytes`.
function largeAgreement(bytes) {
  const a = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const services = a.services;
  const levels = a.serviceLevels;
  for (let i = 0; JSON.stringify(a).length < bytes; ++i) {
    for (let k = 0; k < 200; ++k) {
      const n = i * 200 + k;
      a.services.push({ ...services[n % services.length], id: `svc-copy-${n}`, name: `Copied service ${n}` });
      a.serviceLevels.push({ ...levels[n % levels.length], id: `sl-copy-${n}` });
    }
  }
  return JSON.stringify(a, null, 2);
}

test('a draft over the storage quota as JSON is saved packed, reopens after a reload and is in the crash backup', async () => {
  const { page, context } = await openApp(env);
  const text = largeAgreement(12 * 1024 * 1024);
  // Proof that the plain JSON would not fit: the browser refuses it outright.
  const plainFits = await page.evaluate((t) => {
    try { localStorage.setItem('bpo.test.probe', t); localStorage.removeItem('bpo.test.probe'); return true; }
    catch (e) { return false; }
  }, text);
  assert.equal(plainFits, false, 'the test agreement must be larger than the quota');

  const result = await page.evaluate((t) => window.bpo.importJson(t), text);
  assert.ok(result.draftId, JSON.stringify(result).slice(0, 300));
  await page.waitForFunction(() => window.bpo.uiState().saved, null, { timeout: 60_000 });
  const stored = await page.evaluate((id) => localStorage.getItem(`bpo.v1.draft.${id}`), result.draftId);
  assert.ok(stored.startsWith('bpo.packed.v1:'), stored.slice(0, 40));
  assert.ok(stored.length * 4 < text.length, `packed ${stored.length} of ${text.length}`);
  const canonical = await page.evaluate(() => window.bpo.exportJson());
  const rows = JSON.parse(canonical).serviceLevels.length;

  await page.reload();
  await waitReady(page);
  await page.waitForFunction((id) => window.bpo.uiState().draftId === id, result.draftId, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => window.bpo.exportJson()), canonical);

  await page.evaluate(() => Module.onAbort('simulated failure'));
  await page.waitForSelector('#failure-backup:not([hidden])');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#failure-backup-button')]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const entry = backup.drafts.find((d) => d.id === result.draftId);
  assert.ok(entry, 'the packed draft is in the backup');
  assert.equal(entry.agreement.serviceLevels.length, rows);
  assert.equal(JSON.stringify(entry.agreement), JSON.stringify(JSON.parse(canonical)));
  await context.close();
});
