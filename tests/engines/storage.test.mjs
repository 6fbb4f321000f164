// Drafts are never lost, in Firefox ESR and WebKitGTK too: the storage failure cases of
// tests/e2e/storage.test.mjs (storage that throws, null storage, a full quota, unreadable
// records, two tabs, closing or reloading mid-typing, a record that turns unreadable while it is
// open). Each engine starts once; each case is a subtest with a server of its own, so an origin
// and a storage of its own, and a script that breaks storage before the app starts where the
// case needs one. Every case fails on an uncaught error, a console error or a Rust panic.
// Cases keep the Chromium suite's numbers; 5 (hostile stored text) and 8 (the panic notice) are
// not storage failures and run in Chromium only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { By } from 'selenium-webdriver';
import {
  engines, serveApp, withTimeout, assertNoProblems, lastDownload, waitText, waitExactText,
  countExactText, clickButton, waitHeading, fillField, typeAtEnd, fieldValue, goToProblemStep,
  storageSnapshot, waitForStorage, inAnotherWindow,
} from './support.mjs';
import {
  PLAN_KEY, assertQuarantined, draftKeys, onlyDraft, storedDraftTitle, storedPlanTeam,
  unreadableDraftRecords, unreadablePlanRecord,
} from '../e2e/support/storage-records.mjs';

/** One case, most of all in WebKitGTK under Xvfb on a busy machine, stays well under this. */
const caseTimeoutMs = 120_000;

const headingTag = '*[self::h1 or self::h2 or self::h3]';

/** Serves the app with `init` run before it, opens it, runs `run(server)`, stops the server. */
async function withApp(driver, init, run) {
  const server = await serveApp({ init });
  try {
    await driver.get(server.origin);
    await driver.wait(async () => (await driver.findElements(By.css('.st-root:not([data-st-static]) h1'))).length > 0, 20_000);
    return await run(server);
  } finally {
    await server.close();
  }
}

/** The draft's download, read back from the page. */
async function downloadedDraft(driver) {
  await clickButton(driver, 'Download this draft (JSON)');
  const download = await lastDownload(driver);
  assert.ok(download, 'the page made a download');
  return JSON.parse(download.text);
}

/**
 * Writes `raw` under `key` from another window of the same origin (one not running the app),
 * as a tab of a newer release would: the open tab hears of it only through the storage event.
 */
async function writeFromAnotherTab(driver, server, key, raw) {
  await inAnotherWindow(driver, `${server.origin}/another-tab`, () => driver.executeScript(
    'localStorage.setItem(arguments[0], arguments[1]);',
    key,
    raw,
  ));
}

const cases = [
  ['1. storage that throws on access: in-memory drafts, a clear notice, export offered', (driver) => withApp(
    driver,
    () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    },
    async () => {
      await waitText(driver, 'will be lost when you close the page');
      await goToProblemStep(driver);
      await fillField(driver, 'st-problem-title', 'Typed while storage is blocked');
      assert.equal(await fieldValue(driver, 'st-problem-title'), 'Typed while storage is blocked');
      const exported = await downloadedDraft(driver);
      assert.equal(exported.ticket.title, 'Typed while storage is blocked');
      await assertNoProblems(driver);
    },
  )],

  ['2. storage that is null: the same in-memory mode', (driver) => withApp(
    driver,
    () => {
      Object.defineProperty(window, 'localStorage', { configurable: true, get() { return null; } });
    },
    async () => {
      await waitText(driver, 'will be lost when you close the page');
      await goToProblemStep(driver);
      await fillField(driver, 'st-problem-title', 'Typed while storage is null');
      const exported = await downloadedDraft(driver);
      assert.equal(exported.ticket.title, 'Typed while storage is null');
      await assertNoProblems(driver);
    },
  )],

  ['3. quota exceeded: the draft stays, the status says why, the next good write clears it', (driver) => withApp(
    driver,
    () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function patched(key, value) {
        if (window.failDraftWrites && key.includes(':draft:')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return setItem.call(this, key, value);
      };
    },
    async () => {
      await goToProblemStep(driver);
      await driver.executeScript('window.failDraftWrites = true;');
      await fillField(driver, 'st-problem-title', 'Written when storage is full');
      await waitText(driver, "Not saved: this browser's storage is full");
      await waitExactText(driver, 'Download this draft (JSON)', { tag: 'button' });
      assert.equal(await fieldValue(driver, 'st-problem-title'), 'Written when storage is full');
      await driver.executeScript('window.failDraftWrites = false;');
      await typeAtEnd(driver, 'st-problem-title', '!');
      await waitText(driver, 'Saved on this device');
      assert.equal(storedDraftTitle(await storageSnapshot(driver)), 'Written when storage is full!');
      assert.equal(await countExactText(driver, 'Download this draft (JSON)', 'button'), 0);
      await assertNoProblems(driver);
    },
  )],

  ['4. unreadable records are quarantined, listed, viewable and downloadable', (driver) => withApp(
    driver,
    undefined,
    async () => {
      await driver.executeScript(() => {
        localStorage.setItem('support-triage:draft:broken', '{not json <b>at all');
        localStorage.setItem('support-triage:draft:future', JSON.stringify({
          revision: 1, schema: 'support-triage/draft', version: 99, ticket: { id: 'future' },
        }));
        localStorage.setItem('support-triage:draft:shape', JSON.stringify({
          revision: 1, schema: 'support-triage/draft', version: 1, ticket: { id: 'shape', title: 7 },
        }));
        localStorage.setItem('support-triage:drafts-index', JSON.stringify({ version: 1, ids: ['broken', 'future', 'shape'] }));
      });
      await driver.navigate().refresh();
      await waitText(driver, 'could not be read');
      await clickButton(driver, 'View all drafts');
      await waitExactText(driver, 'Drafts that could not be read', { tag: headingTag });
      assert.equal((await driver.findElements(By.css('.st-quarantine__item'))).length, 3);
      const listing = await driver.findElement(By.css('.st-quarantine')).getAttribute('textContent');
      assert.match(listing, /newer version of Support Triage/);
      await (await waitExactText(driver, 'Show the stored text')).click();
      const shown = await driver.findElement(By.css('.st-raw-text'));
      assert.equal(await shown.getAttribute('textContent'), '{not json <b>at all');
      assert.equal(await shown.isDisplayed(), true, 'the stored text is shown');
      const keys = Object.keys(await storageSnapshot(driver)).sort();
      assert.deepEqual(keys.filter((key) => key.includes('quarantine')), [
        'support-triage:quarantine:broken', 'support-triage:quarantine:future', 'support-triage:quarantine:shape',
      ]);
      assert.equal(keys.filter((key) => key.includes(':draft:')).length, 0);
      await clickButton(driver, 'Download the stored text');
      assert.equal((await lastDownload(driver)).text, '{not json <b>at all');
      await assertNoProblems(driver);
    },
  )],

  ['6. two tabs: a newer revision is adopted, or the user chooses; nothing is overwritten', (driver) => withApp(
    driver,
    undefined,
    async (server) => {
      await goToProblemStep(driver);
      await fillField(driver, 'st-problem-title', 'Shared draft');
      await waitForStorage(driver, 'the draft is saved', (snapshot) => storedDraftTitle(snapshot) === 'Shared draft');

      // The second tab opens the same draft and saves; the first has no unsaved changes and
      // adopts the newer version.
      await inAnotherWindow(driver, server.origin, async () => {
        await waitHeading(driver, 'Describe one problem');
        assert.equal(await fieldValue(driver, 'st-problem-title'), 'Shared draft');
        await fillField(driver, 'st-problem-title', 'Shared draft, edited in tab two');
        await waitForStorage(driver, 'the second tab saves',
          (snapshot) => storedDraftTitle(snapshot) === 'Shared draft, edited in tab two');
        await assertNoProblems(driver);
      });
      await waitText(driver, 'Updated with changes made in another tab');
      assert.equal(await fieldValue(driver, 'st-problem-title'), 'Shared draft, edited in tab two');

      // Another tab saves a newer revision while this one has a change waiting: the record is
      // changed from outside (a tab's own writes do not reach it as events), then this tab
      // types, and its autosave finds the newer revision, writes nothing and asks.
      await driver.executeScript(() => {
        const key = Object.keys(localStorage).find((name) => name.includes(':draft:'));
        const stored = JSON.parse(localStorage.getItem(key));
        stored.revision += 1;
        stored.ticket.title = 'Version from tab two';
        localStorage.setItem(key, JSON.stringify(stored));
      });
      await fillField(driver, 'st-problem-title', 'Version from tab one');
      await waitExactText(driver, 'This draft was changed in another tab', { tag: headingTag });
      await clickButton(driver, 'Keep both as separate drafts');
      await clickButton(driver, 'Back');
      await driver.navigate().refresh();
      const titlesOf = (snapshot) => draftKeys(snapshot).map((key) => JSON.parse(snapshot[key]).ticket.title).sort();
      const stored = await waitForStorage(driver, 'both versions are kept as drafts',
        (snapshot) => titlesOf(snapshot).length === 2);
      assert.deepEqual(titlesOf(stored), ['Version from tab one', 'Version from tab two']);
      await assertNoProblems(driver);
    },
  )],

  ['7. closing or reloading mid-typing loses nothing (pagehide flushes)', (driver) => withApp(
    driver,
    undefined,
    async (server) => {
      await goToProblemStep(driver);
      // A second window keeps the session open when this one closes.
      const typing = await driver.getWindowHandle();
      await driver.switchTo().newWindow('window');
      const spare = await driver.getWindowHandle();
      await driver.switchTo().window(typing);
      await fillField(driver, 'st-problem-title', 'Typed just before closing');
      await driver.close();
      await driver.switchTo().window(spare);
      await driver.get(server.origin);
      await waitHeading(driver, 'Describe one problem');
      assert.equal(await fieldValue(driver, 'st-problem-title'), 'Typed just before closing');

      await fillField(driver, 'st-problem-title', 'Typed just before reloading');
      await driver.navigate().refresh();
      await waitHeading(driver, 'Describe one problem');
      assert.equal(await fieldValue(driver, 'st-problem-title'), 'Typed just before reloading');
      await assertNoProblems(driver);
    },
  )],

  ...unreadableDraftRecords.map(({ label, make }) => [
    `9. the open draft's record turns unreadable (${label}): it is quarantined, never overwritten, and new typing is saved`,
    (driver) => withApp(driver, undefined, async (server) => {
      await goToProblemStep(driver);
      await fillField(driver, 'st-problem-title', 'Typed before the other tab wrote');
      const saved = await waitForStorage(driver, 'the first typing is saved',
        (snapshot) => storedDraftTitle(snapshot) === 'Typed before the other tab wrote');
      const { key, id, record } = onlyDraft(saved);
      const raw = make(id, record.revision);
      await writeFromAnotherTab(driver, server, key, raw);

      await typeAtEnd(driver, 'st-problem-title', ', and after');
      const typed = 'Typed before the other tab wrote, and after';
      const after = await waitForStorage(driver, 'the new typing is saved',
        (snapshot) => storedDraftTitle(snapshot) === typed);
      assertQuarantined(after, { draftIdOf: id, raw });
      assert.equal(await fieldValue(driver, 'st-problem-title'), typed);
      await assertNoProblems(driver);
    }),
  ]),

  ["10. the plan's record turns unreadable while it is open: it is quarantined, and new typing is saved", (driver) => withApp(
    driver,
    undefined,
    async (server) => {
      await clickButton(driver, 'Open the support plan');
      await waitHeading(driver, 'Your support plan');
      await clickButton(driver, 'Teams and tiers');
      await fillField(driver, 'st-plan-tier-1-team', 'Service desk');
      const saved = await waitForStorage(driver, 'the first typing is saved',
        (snapshot) => storedPlanTeam(snapshot) === 'Service desk');
      const raw = unreadablePlanRecord(JSON.parse(saved[PLAN_KEY]).revision);
      await writeFromAnotherTab(driver, server, PLAN_KEY, raw);

      await typeAtEnd(driver, 'st-plan-tier-1-team', ', first line');
      const after = await waitForStorage(driver, 'the new typing is saved',
        (snapshot) => storedPlanTeam(snapshot) === 'Service desk, first line');
      assertQuarantined(after, { plan: true, raw });
      assert.equal(await fieldValue(driver, 'st-plan-tier-1-team'), 'Service desk, first line');
      await assertNoProblems(driver);
    },
  )],
];

/** Leaves one window open and current, whatever the case before left behind. */
async function oneWindow(driver) {
  const [kept, ...others] = await driver.getAllWindowHandles();
  for (const other of others) {
    await driver.switchTo().window(other);
    await driver.close();
  }
  await driver.switchTo().window(kept);
}

for (const engine of engines) {
  test(`${engine.name}: storage failures`, async (t) => {
    await engine.run(async (driver) => {
      for (const [name, run] of cases) {
        await t.test(name, async () => {
          await oneWindow(driver);
          await withTimeout(run(driver), `${engine.name}: ${name}`, caseTimeoutMs);
        });
      }
    });
  });
}
