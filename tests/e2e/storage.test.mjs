// Drafts are never lost: every storage failure mode, end to end against the release build.
// Init scripts break storage before the app starts; a listener fails the test on any panic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveStatic } from './support/server.mjs';
import {
  launchBrowser, openPage, assertAccessible, screenshots, goToProblemStep,
} from './support/browser.mjs';
import {
  PLAN_KEY, assertQuarantined, onlyDraft, storedDraftTitle, storedPlanTeam, unreadableDraftRecords,
  unreadablePlanRecord,
} from './support/storage-records.mjs';
import { assertValidTicket } from './support/ticket-schema.mjs';

let server;
let browser;

before(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh browser context per test, so storage starts empty. */
async function freshPage(initScript, initArgument) {
  // One persistent context serves all tests: the origin's storage is cleared instead.
  const page = await openPage(browser.context, 'about:blank');
  if (initScript) await page.addInitScript(initScript, initArgument);
  await page.goto(server.origin);
  await page.evaluate(() => { try { localStorage.clear(); } catch { /* storage may be broken on purpose */ } });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page };
}

test('1. storage that throws on access: in-memory drafts, a clear notice, export offered', async () => {
  const { page } = await freshPage(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.getByText('will be lost when you close the page').waitFor();
  await goToProblemStep(page);
  await page.getByLabel('Title').fill('Typed while storage is blocked');
  assert.equal(await page.getByLabel('Title').inputValue(), 'Typed while storage is blocked');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download this draft (JSON)' }).click();
  const file = await download;
  const exported = assertValidTicket(await readFile(await file.path(), 'utf8'), 'the draft exported while storage is blocked');
  assert.equal(exported.ticket.title, 'Typed while storage is blocked');
  await assertAccessible(page, 'the blocked-storage notice');
  await screenshots(page, 'storage-blocked');
  page.assertNoProblems();
  await page.close();
});

test('2. storage that is null: the same in-memory mode', async () => {
  const { page } = await freshPage(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { return null; } });
  });
  await page.getByText('will be lost when you close the page').waitFor();
  await goToProblemStep(page);
  await page.getByLabel('Title').fill('Typed while storage is null');
  await page.getByRole('button', { name: 'Download this draft (JSON)' }).waitFor();
  page.assertNoProblems();
  await page.close();
});

test('3. quota exceeded: the draft stays, the status says why, the next good write clears it', async () => {
  const { page } = await freshPage(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function patched(key, value) {
      if (window.failDraftWrites && key.includes(':draft:')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await goToProblemStep(page);
  await page.evaluate(() => { window.failDraftWrites = true; });
  await page.getByLabel('Title').fill('Written when storage is full');
  await page.getByText("Not saved: this browser's storage is full").waitFor();
  await page.getByRole('button', { name: 'Download this draft (JSON)' }).waitFor();
  assert.equal(await page.getByLabel('Title').inputValue(), 'Written when storage is full');
  await screenshots(page, 'storage-full');
  await page.evaluate(() => { window.failDraftWrites = false; });
  await page.getByLabel('Title').press('End');
  await page.keyboard.type('!');
  await page.getByText('Saved on this device').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Download this draft (JSON)' }).count(), 0);
  page.assertNoProblems();
  await page.close();
});

test('4. unreadable records are quarantined, listed, viewable and downloadable', async () => {
  const { page } = await freshPage();
  await page.evaluate(() => {
    localStorage.setItem('support-triage:draft:broken', '{not json <b>at all');
    localStorage.setItem('support-triage:draft:future', JSON.stringify({
      revision: 1, schema: 'support-triage/draft', version: 99, ticket: { id: 'future' },
    }));
    localStorage.setItem('support-triage:draft:shape', JSON.stringify({
      revision: 1, schema: 'support-triage/draft', version: 1, ticket: { id: 'shape', title: 7 },
    }));
    localStorage.setItem('support-triage:drafts-index', JSON.stringify({ version: 1, ids: ['broken', 'future', 'shape'] }));
  });
  await page.reload();
  await page.getByText('could not be read').first().waitFor();
  await page.getByRole('button', { name: 'View all drafts' }).click();
  await page.getByRole('heading', { name: 'Drafts that could not be read' }).waitFor();
  assert.equal(await page.locator('.st-quarantine__item').count(), 3);
  const text = await page.locator('.st-quarantine').textContent();
  assert.match(text, /newer version of Support Triage/);
  await page.getByText('Show the stored text').first().click();
  assert.equal(await page.locator('.st-raw-text').first().textContent(), '{not json <b>at all');
  const stored = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(stored.filter((key) => key.includes('quarantine')), [
    'support-triage:quarantine:broken', 'support-triage:quarantine:future', 'support-triage:quarantine:shape',
  ]);
  assert.equal(stored.filter((key) => key.includes(':draft:')).length, 0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the stored text' }).first().click();
  assert.equal(await readFile(await (await download).path(), 'utf8'), '{not json <b>at all');
  await assertAccessible(page, 'the drafts screen with quarantined records');
  await screenshots(page, 'drafts-quarantine');
  page.assertNoProblems();
  await page.close();
});

test('5. hostile stored text is shown as text, never as markup, and stays fast', async () => {
  const { page } = await freshPage();
  const hostileTitle = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>\u202Eevil';
  await page.evaluate((title) => {
    const ticket = {
      // No description yet, so the draft opens on the problem page; the long hostile text sits
      // in the error messages.
      id: 'hostile', title, request_kind: 'technical', customer_plan: 'premier', description: '',
      details: { error_messages: `<script>window.pwned=3</script>${'\u200B x\u0301 '.repeat(20000)}` },
      created_at: '2026-11-21T08:00:00Z', updated_at: '2026-11-21T08:00:00Z',
    };
    localStorage.setItem('support-triage:draft:hostile', JSON.stringify({
      revision: 1, schema: 'support-triage/draft', version: 1, saved_at: '2026-11-21T08:00:00Z', ticket,
    }));
    localStorage.setItem('support-triage:drafts-index', JSON.stringify({ version: 1, ids: ['hostile'] }));
  }, hostileTitle);
  await page.reload();
  await page.getByRole('button', { name: 'View all drafts' }).first().click();
  await page.getByRole('heading', { name: 'Your drafts' }).waitFor();
  assert.equal(await page.locator('.st-table__title').textContent(), hostileTitle);
  await page.getByRole('button', { name: hostileTitle, exact: true }).click();
  await page.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  const started = Date.now();
  await page.getByLabel('Title').press('End');
  await page.keyboard.type(' still typing');
  await page.getByText('Saved on this device').waitFor();
  assert.ok(Date.now() - started < 5000, 'typing next to a 100 KB description stays usable');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('.st-root img, .st-root script').count(), 0);
  page.assertNoProblems();
  await page.close();
});

test('6. two tabs: a newer revision is adopted, or the user chooses; nothing is overwritten', async () => {
  const { page: first } = await freshPage();
  await goToProblemStep(first);
  await first.getByLabel('Title').fill('Shared draft');
  await first.getByText('Saved on this device').waitFor();
  const second = await openPage(browser.context, server.origin);
  await second.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  assert.equal(await second.getByLabel('Title').inputValue(), 'Shared draft');

  // The second tab saves; the first has no unsaved changes and adopts the newer version.
  await second.getByLabel('Title').fill('Shared draft, edited in tab two');
  await second.getByText('Saved on this device').waitFor();
  await first.getByText('Updated with changes made in another tab').waitFor();
  assert.equal(await first.getByLabel('Title').inputValue(), 'Shared draft, edited in tab two');

  // Another tab saves a newer revision while this one has a change waiting: the record is
  // changed from outside (a tab's own writes do not reach it as events), then this tab types,
  // and its autosave finds the newer revision, writes nothing and asks.
  await first.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.includes(':draft:'));
    const stored = JSON.parse(localStorage.getItem(key));
    stored.revision += 1;
    stored.ticket.title = 'Version from tab two';
    localStorage.setItem(key, JSON.stringify(stored));
  });
  await first.getByLabel('Title').fill('Version from tab one');
  const loser = first;
  await loser.getByRole('heading', { name: 'This draft was changed in another tab' }).waitFor();
  await assertAccessible(loser, 'the conflict banner');
  await screenshots(loser, 'two-tabs-conflict');
  await loser.getByRole('button', { name: 'Keep both as separate drafts' }).click();
  await loser.getByRole('button', { name: 'Back' }).click();
  await loser.reload();
  const titles = await loser.evaluate(() => Object.keys(localStorage)
    .filter((key) => key.includes(':draft:'))
    .map((key) => JSON.parse(localStorage.getItem(key)).ticket.title)
    .sort());
  assert.deepEqual(titles, ['Version from tab one', 'Version from tab two']);
  first.assertNoProblems();
  second.assertNoProblems();
  await first.close();
  await second.close();
});

test('7. closing or reloading mid-typing loses nothing (pagehide flushes)', async () => {
  const { page } = await freshPage();
  await goToProblemStep(page);
  await page.getByLabel('Title').fill('Typed just before closing');
  await page.close({ runBeforeUnload: true });
  const reopened = await openPage(browser.context, server.origin);
  await reopened.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  assert.equal(await reopened.getByLabel('Title').inputValue(), 'Typed just before closing');

  await reopened.getByLabel('Title').fill('Typed just before reloading');
  await reopened.reload();
  await reopened.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  assert.equal(await reopened.getByLabel('Title').inputValue(), 'Typed just before reloading');
  reopened.assertNoProblems();
  await reopened.close();
});

test('8. a panic shows a readable notice with the draft to download, never "panicked at"', async () => {
  const { page } = await freshPage();
  await goToProblemStep(page);
  await page.getByLabel('Title').fill('Rescued after a crash');
  await page.getByText('Saved on this device').waitFor();
  // A hostile host page breaks a DOM method the renderer relies on.
  await page.evaluate(() => {
    Element.prototype.setAttribute = () => { throw new Error('the host page broke setAttribute'); };
  });
  await page.getByLabel('What happens?').fill('x');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Something went wrong' }).waitFor();
  const visible = await page.locator('body').innerText();
  assert.doesNotMatch(visible, /panicked at/);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the draft you were working on' }).click();
  const rescued = assertValidTicket(await readFile(await (await download).path(), 'utf8'), 'the draft rescued after a panic');
  assert.equal(rescued.ticket.title, 'Rescued after a crash');
  await screenshots(page, 'panic-notice');
  await page.close();
});

/** Every key and value in the page's local storage. */
function storageSnapshot(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
}

/** Waits until `check(snapshot)` holds for the page's local storage; returns that snapshot. */
async function waitForStorage(page, what, check, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const snapshot = await storageSnapshot(page);
    if (check(snapshot)) return snapshot;
    if (Date.now() > deadline) assert.fail(`${what}, not within ${timeout} ms; storage holds ${JSON.stringify(snapshot)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Writes `raw` under `key` from another tab of the same origin (one not running the app), as
 * a tab of a newer release would: the open tab hears of it only through the storage event.
 */
async function writeFromAnotherTab(key, raw) {
  const other = await browser.context.newPage();
  await other.goto(`${server.origin}/another-tab`);
  await other.evaluate(([name, value]) => localStorage.setItem(name, value), [key, raw]);
  await other.close();
}

test("9. the open draft's record turns unreadable: it is quarantined, never overwritten, and new typing is saved", async (t) => {
  for (const { label, make } of unreadableDraftRecords) {
    await t.test(label, async () => {
      const { page } = await freshPage();
      await goToProblemStep(page);
      await page.getByLabel('Title').fill('Typed before the other tab wrote');
      const saved = await waitForStorage(page, 'the first typing is saved',
        (snapshot) => storedDraftTitle(snapshot) === 'Typed before the other tab wrote');
      const { key, id, record } = onlyDraft(saved);
      const raw = make(id, record.revision);
      await writeFromAnotherTab(key, raw);

      await page.getByLabel('Title').press('End');
      await page.keyboard.type(', and after');
      const typed = 'Typed before the other tab wrote, and after';
      const after = await waitForStorage(page, 'the new typing is saved',
        (snapshot) => storedDraftTitle(snapshot) === typed);
      assertQuarantined(after, { draftIdOf: id, raw });
      assert.equal(await page.getByLabel('Title').inputValue(), typed);
      page.assertNoProblems();
      await page.close();
    });
  }
});

test("10. the plan's record turns unreadable while it is open: it is quarantined, and new typing is saved", async () => {
  const { page } = await freshPage();
  await page.getByRole('button', { name: 'Open the support plan' }).click();
  await page.getByRole('heading', { name: 'Your support plan', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Teams and tiers' }).click();
  await page.locator('#st-plan-tier-1-team').fill('Service desk');
  const saved = await waitForStorage(page, 'the first typing is saved',
    (snapshot) => storedPlanTeam(snapshot) === 'Service desk');
  const raw = unreadablePlanRecord(JSON.parse(saved[PLAN_KEY]).revision);
  await writeFromAnotherTab(PLAN_KEY, raw);

  await page.locator('#st-plan-tier-1-team').press('End');
  await page.keyboard.type(', first line');
  const after = await waitForStorage(page, 'the new typing is saved',
    (snapshot) => storedPlanTeam(snapshot) === 'Service desk, first line');
  assertQuarantined(after, { plan: true, raw });
  assert.equal(await page.locator('#st-plan-tier-1-team').inputValue(), 'Service desk, first line');
  page.assertNoProblems();
  await page.close();
});
