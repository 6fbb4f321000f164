// Modules loaded on demand: the first load fetches the main module only; the ticket flow's
// modules follow on the intent to start a ticket, the built-in articles' when the first step
// opens, the plan builder's and each language's when first used. A module that cannot be fetched is said in words, with a way to try again, and
// nothing typed is lost.
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

/** Every lazy module the page requests, by its name without the content hash. */
function recordSplitRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const name = /\/support-triage-(lazy-[a-z-]+?)-[0-9a-f]{16}\.wasm$/.exec(request.url());
    if (name) seen.push(name[1]);
  });
  return seen;
}

async function freshPage() {
  const page = await openPage(browser.context, server.origin);
  await page.evaluate(() => localStorage.clear());
  const requested = recordSplitRequests(page);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, requested };
}

test('the plan builder and the languages are fetched when first used, the ticket flow on the intent to start one', async () => {
  const { page, requested } = await freshPage();
  // A visit that starts nothing downloads the first screen and nothing more.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  assert.deepEqual(requested, [], `fetched without being asked: ${requested.join(', ')}`);

  // Focus reaching "Start a new ticket" (or the pointer entering it) fetches the ticket flow
  // and the ready page ahead of the click.
  await tabTo(page, 'Start a new ticket');
  for (let waited = 0; waited < 20000 && !requested.includes('lazy-ready'); waited += 50) {
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState('networkidle');
  assert.ok(requested.includes('lazy-flow'), `the flow was not prefetched: ${requested.join(', ')}`);
  assert.ok(requested.includes('lazy-ready'), `the ready screen was not prefetched: ${requested.join(', ')}`);
  assert.ok(!requested.includes('lazy-plan'), 'the plan builder was fetched before it was opened');
  assert.deepEqual(requested.filter((name) => name.startsWith('lazy-language')), [], 'a language was fetched unasked');

  assert.ok(!requested.includes('lazy-knowledge'), 'the built-in articles were fetched before a ticket was started');

  // Prefetched: the first step opens without a loading message, and fetches the articles it
  // suggests from.
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  for (let waited = 0; waited < 20000 && !requested.includes('lazy-knowledge'); waited += 50) {
    await page.waitForTimeout(50);
  }
  assert.ok(requested.includes('lazy-knowledge'), `the built-in articles were not fetched: ${requested.join(', ')}`);

  await page.locator('#st-language').selectOption('pl');
  await page.waitForFunction(() => document.querySelector('.st-root')?.getAttribute('lang') === 'pl');
  assert.ok(requested.includes('lazy-language-pl'), 'Polish was shown without fetching its module');
  assert.equal(requested.filter((name) => name.startsWith('lazy-language')).length, 1);
  page.assertNoProblems();
  await page.close();
});

test('a screen whose module cannot be fetched says so, and Try again brings it', async () => {
  const { page } = await freshPage();
  await page.route(/lazy-plan-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await tabTo(page, 'Open the support plan');
  await page.keyboard.press('Enter');
  const failure = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
  await failure.waitFor();
  assert.equal(await page.getByRole('heading', { name: 'This page could not be loaded', level: 1 }).count(), 1);
  assert.equal(await page.getByRole('heading', { name: 'Your support plan' }).count(), 0);
  await assertAccessible(page, 'a screen that could not be loaded');
  await screenshots(page, 'on-demand-failed');

  await page.unroute(/lazy-plan-[0-9a-f]{16}\.wasm$/);
  await tabTo(page, 'Try again');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your support plan', level: 1 }).waitFor();
  assert.equal(await failure.count(), 0);
  await page.close();
});

test('a language whose module cannot be fetched leaves the interface as it was and says so', async () => {
  const { page } = await freshPage();
  await tabTo(page, 'Start a new ticket');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Describe one problem' }).waitFor();

  await page.route(/lazy-language-ko-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.locator('#st-language').selectOption('ko');
  const failure = page.getByRole('alert').filter({ hasText: 'That language could not be loaded' });
  await failure.waitFor();
  assert.equal(await page.locator('.st-root').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#st-language').inputValue(), 'en', 'the control shows the language in use');
  assert.equal(await page.getByRole('heading', { name: 'Describe one problem' }).count(), 1);
  await assertAccessible(page, 'a language that could not be loaded');
  await screenshots(page, 'on-demand-language-failed');

  await page.unroute(/lazy-language-ko-[0-9a-f]{16}\.wasm$/);
  await page.locator('#st-language').selectOption('ko');
  await page.waitForFunction(() => document.querySelector('.st-root')?.getAttribute('lang') === 'ko');
  assert.equal(await failure.count(), 0);
  await page.close();
});

test('without the built-in articles\' module the first step still works, and shows them once it can be fetched', async () => {
  const { page } = await freshPage();
  await page.route(/lazy-knowledge-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await tabTo(page, 'Start a new ticket');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  await page.getByLabel('Title', { exact: true }).fill('Windows enrolment fails with 0x80180014');
  await page.getByLabel('What happens?').fill('New laptops cannot enrol in Intune: error 0x80180014 at the account setup.');
  // Longer than the description takes to settle and be read.
  await page.waitForTimeout(800);
  assert.equal(await page.locator('.st-suggestions').count(), 0, 'articles shown that could not be fetched');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: 'Before you file a ticket' }).waitFor();

  // The network is back: the step shown again fetches the module and suggests.
  await page.unroute(/lazy-knowledge-[0-9a-f]{16}\.wasm$/);
  await page.getByRole('button', { name: 'Back' }).first().click();
  await page.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  await page.locator('.st-suggestions li[data-article]').first().waitFor();
  assert.equal(await page.getByLabel('What happens?').inputValue(), 'New laptops cannot enrol in Intune: error 0x80180014 at the account setup.');
  await page.close();
});
