// The landing screen and the first step, end to end against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './support/server.mjs';
import { launchBrowser, openPage, assertAccessible, screenshots } from './support/browser.mjs';

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
  assert.equal(await page.getByRole('button', { name: 'Start a ticket' }).count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Open the support plan' }).count(), 1);
  await assertAccessible(page, 'the landing screen');
  await screenshots(page, 'landing');
  page.assertNoProblems();
  await page.close();
});

test('a problem title typed with the keyboard survives a reload', async () => {
  const page = await openPage(browser.context, server.origin);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Keyboard only: Tab to the start button, Enter, then type.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Start a ticket');
  await page.keyboard.press('Enter');
  const title = page.getByLabel('What is the problem, in a few words?');
  await title.focus();
  await page.keyboard.type('Android devices cannot enrol <b>since</b> Monday');
  await page.getByText('Saved on this device').waitFor();
  await assertAccessible(page, 'the first step');
  await screenshots(page, 'problem-title');

  await page.reload();
  await page.getByRole('button', { name: 'Start a ticket' }).click();
  assert.equal(await title.inputValue(), 'Android devices cannot enrol <b>since</b> Monday');
  page.assertNoProblems();
  await page.close();
});
