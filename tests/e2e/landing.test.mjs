// The landing screen and the first steps of the ticket flow, end to end against the release
// build, with the keyboard only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './support/server.mjs';
import { launchBrowser, openPage, assertAccessible, screenshots, tabTo } from './support/browser.mjs';

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

test('the landing screen names the product, offers both jobs and has no axe violations', async () => {
  const page = await openPage(browser.context, server.origin);
  const heading = page.getByRole('heading', { level: 1 });
  assert.equal(await heading.textContent(), 'Support Triage');
  assert.equal(await page.getByRole('button', { name: 'Start a new ticket' }).count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Open the support plan' }).count(), 1);
  await assertAccessible(page, 'the landing screen');
  await screenshots(page, 'landing');
  page.assertNoProblems();
  await page.close();
});

test('keyboard only: the first steps, then a reload resumes at the same step with the same text', async () => {
  const page = await openPage(browser.context, server.origin);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await tabTo(page, 'Start a new ticket');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  assert.equal(await page.locator('[aria-current="step"]').textContent(), 'Step 1 of 7');

  // Continue without an answer shows the error summary, focused, and "Error:" in the title.
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('st-error-summary')), true);
  assert.match(await page.title(), /^Error: /);
  await assertAccessible(page, 'step 1 with an error');
  await screenshots(page, 'step-1-error');

  await tabTo(page, 'Title');
  await page.keyboard.type('Android devices cannot enrol <b>since</b> Monday');
  await tabTo(page, 'What happens?');
  await page.keyboard.type('The Company Portal stops at the last screen.');
  await page.getByText('Saved on this device').waitFor();
  await assertAccessible(page, 'step 1');
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'Before you file a ticket' }).waitFor();
  assert.equal(await page.locator('[aria-current="step"]').textContent(), 'Step 2 of 7');
  await assertAccessible(page, 'step 2');
  await screenshots(page, 'step-2-before-you-file');

  await page.reload();
  await page.getByRole('heading', { name: 'Before you file a ticket' }).waitFor();
  await tabTo(page, 'Back');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  assert.equal(await page.getByLabel('Title').inputValue(), 'Android devices cannot enrol <b>since</b> Monday');
  page.assertNoProblems();
  await page.close();
});
