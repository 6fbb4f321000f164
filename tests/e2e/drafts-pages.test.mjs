// A long drafts list is shown 50 drafts at a time, newest changes first, with previous and next
// page buttons; a thousand rows at once took about 300 ms to show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './support/server.mjs';
import {
  launchBrowser, openPage, assertAccessible, screenshots, goToProblemStep,
} from './support/browser.mjs';

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

/** Makes one draft through the app, then stores `count` copies of it, each changed a minute apart. */
async function seedDrafts(page, count) {
  await goToProblemStep(page);
  await page.getByLabel('Title').fill('Enrolment fails');
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((key) => key.startsWith('support-triage:draft:')));
  await page.waitForTimeout(500);
  await page.evaluate((count) => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('support-triage:draft:'));
    const template = JSON.parse(localStorage.getItem(key));
    localStorage.clear();
    const ids = [];
    const now = Date.now();
    for (let index = 1; index <= count; index += 1) {
      const id = `page-test-${index}`;
      const envelope = structuredClone(template);
      const stamp = new Date(now - index * 60_000).toISOString();
      envelope.ticket.id = id;
      envelope.ticket.title = `Draft number ${index}`;
      envelope.ticket.created_at = stamp;
      envelope.ticket.updated_at = stamp;
      localStorage.setItem(`support-triage:draft:${id}`, JSON.stringify(envelope));
      ids.push(id);
    }
    localStorage.setItem('support-triage:drafts-index', JSON.stringify({ version: 1, ids }));
  }, count);
  await page.reload();
}

const rowTitles = (page) =>
  page.locator('.st-table tbody th').evaluateAll((cells) => cells.map((cell) => cell.textContent.trim()));

test('120 drafts: three pages of at most 50, newest first, previous and next', async () => {
  const page = await openPage(browser.context, server.origin);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await seedDrafts(page, 120);
  await page.getByRole('button', { name: 'View all drafts' }).first().click();

  await page.getByText('Drafts 1 to 50 of 120').waitFor();
  let titles = await rowTitles(page);
  assert.equal(titles.length, 50);
  assert.equal(titles[0], 'Draft number 1', 'the most recently changed draft comes first');
  assert.equal(titles[49], 'Draft number 50');
  const pages = page.getByRole('navigation', { name: 'Pages of the drafts list' });
  assert.equal(await pages.getByRole('button', { name: 'Previous page' }).count(), 0);
  await pages.getByText('Page 1 of 3').waitFor();
  await assertAccessible(page, 'the first page of a long drafts list');

  await pages.getByRole('button', { name: 'Next page' }).click();
  await page.getByText('Drafts 51 to 100 of 120').waitFor();
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    'Drafts 51 to 100 of 120',
    'focus moves to the line that says which drafts are shown',
  );
  titles = await rowTitles(page);
  assert.equal(titles[0], 'Draft number 51');

  await pages.getByRole('button', { name: 'Next page' }).click();
  await page.getByText('Drafts 101 to 120 of 120').waitFor();
  assert.equal((await rowTitles(page)).length, 20);
  assert.equal(await pages.getByRole('button', { name: 'Next page' }).count(), 0);
  await screenshots(page, 'drafts-last-page');

  // Deleting every draft of the last page leaves the user on the new last page.
  for (let index = 0; index < 20; index += 1) {
    await page.getByRole('button', { name: /^Delete / }).first().click();
  }
  await page.getByText('Drafts 51 to 100 of 100').waitFor();

  await pages.getByRole('button', { name: 'Previous page' }).click();
  await page.getByText('Drafts 1 to 50 of 100').waitFor();
  page.assertNoProblems();
  await page.close();
});

test('50 drafts or fewer: one list, no page buttons', async () => {
  const page = await openPage(browser.context, server.origin);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await seedDrafts(page, 12);
  await page.getByRole('button', { name: 'View all drafts' }).first().click();
  await page.getByText('12 drafts').waitFor();
  assert.equal((await rowTitles(page)).length, 12);
  assert.equal(await page.getByRole('navigation', { name: 'Pages of the drafts list' }).count(), 0);
  page.assertNoProblems();
  await page.close();
});
