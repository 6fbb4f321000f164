// Early paint: the standalone page shows the landing screen's text before any wasm runs, and
// the app replaces it, in place, when it mounts; a browser in another language fetches that
// language's module next to the main module, not after it has started.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serveStatic } from './support/server.mjs';
import { assertAccessible, chromiumFlags, screenshots } from './support/browser.mjs';

let server;
let browser;

before(async () => {
  server = await serveStatic();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs in the page before its scripts: when the app first rendered, and layout shifts. */
function watchFirstRender() {
  window.__early = { shifts: 0 };
  new MutationObserver((_, observer) => {
    if (document.querySelector('.st-root:not([data-st-static])')) {
      window.__early.firstRender = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__early.shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * A fresh context in `locale`, with `remembered` as the stored language choice; the network is
 * slowed (10 Mbit/s, 40 ms) so that downloading the main module takes long enough to see what
 * happens while it does. Returns the page, its problems and the wasm requests it made.
 */
async function open({ locale, remembered = null, slow = true, block = null }) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('panicked at')) problems.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  if (remembered) {
    await page.addInitScript((tag) => localStorage.setItem('support-triage:preference:locale', tag), remembered);
  }
  await page.addInitScript(watchFirstRender);
  if (block) await page.route(block, (route) => route.abort('internetdisconnected'));
  if (slow) {
    const session = await context.newCDPSession(page);
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 40,
      downloadThroughput: (10 * 1024 * 1024) / 8,
      uploadThroughput: (10 * 1024 * 1024) / 8,
    });
  }
  await page.goto(`${server.origin}/`);
  return { context, page, problems, warnings };
}

/** The app once mounted, not the static landing before it. */
const mounted = (page) => page.locator('.st-root:not([data-st-static])');

/** When each wasm file's request started and its response ended, by name without the hash. */
async function wasmTimings(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.wasm'))
        .map((entry) => {
          const file = new URL(entry.name).pathname.split('/').pop();
          const name = /_bg\.wasm$/.test(file) ? 'main' : file.replace(/^support-triage-|-[0-9a-f]{16}\.wasm$/g, '');
          return [name, { start: entry.startTime, end: entry.responseEnd }];
        }),
    ),
  );
}

for (const [locale, tag, start, remembered] of [
  ['ko-KR', 'ko', '새 티켓 시작', null],
  ['pl-PL', 'pl', 'Rozpocznij nowe zgłoszenie', null],
  ['en-GB', 'pl', 'Rozpocznij nowe zgłoszenie', 'pl'],
]) {
  const who = remembered ? `an English browser that chose ${tag} before` : `a browser in ${locale}`;
  test(`${who} fetches that language's module while the main module downloads`, async () => {
    const { context, page, problems } = await open({ locale, remembered });
    try {
      await mounted(page).getByRole('button', { name: start }).waitFor();
      assert.equal(await page.locator('.st-root').getAttribute('lang'), tag);
      const timings = await wasmTimings(page);
      const language = timings[`lazy-language-${tag}`];
      assert.ok(language, `the ${tag} module was not fetched: ${Object.keys(timings).join(', ')}`);
      assert.ok(timings.main, 'the main module was not fetched');
      const { firstRender } = await page.evaluate(() => window.__early);
      assert.ok(language.start < timings.main.end,
        `the ${tag} module was requested at ${language.start.toFixed(0)} ms, after the main module arrived at ${timings.main.end.toFixed(0)} ms`);
      assert.ok(language.start < firstRender,
        `the ${tag} module was requested at ${language.start.toFixed(0)} ms, after the first render at ${firstRender.toFixed(0)} ms`);
      // Fetched once: the loader's fetch is the one the app instantiates.
      const requests = await page.evaluate((tag) => performance.getEntriesByType('resource')
        .filter((entry) => entry.name.includes(`lazy-language-${tag}-`)).length, tag);
      assert.equal(requests, 1, `the ${tag} module was fetched ${requests} times`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('an English browser fetches no language module', async () => {
  const { context, page, problems } = await open({ locale: 'en-US', slow: false });
  try {
    await mounted(page).getByRole('button', { name: 'Start a new ticket' }).waitFor();
    await page.waitForLoadState('networkidle');
    const timings = await wasmTimings(page);
    assert.deepEqual(Object.keys(timings), ['main']);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a first language whose module cannot be fetched starts the app in English and says why", async () => {
  const { context, page, warnings } = await open({ locale: 'ko-KR', slow: false, block: /lazy-language-ko-[0-9a-f]{16}\.wasm$/ });
  try {
    await mounted(page).getByRole('button', { name: 'Start a new ticket' }).waitFor();
    assert.equal(await page.locator('.st-root').getAttribute('lang'), 'en');
    assert.ok(warnings.some((text) => text.includes('could not load the language ko; using English')), warnings.join('\n'));
  } finally {
    await context.close();
  }
});

/** Where the landing screen's parts are, by their text. */
async function landingBoxes(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#support-triage .st-root');
    return [...root.querySelectorAll('h1, h2, p, button, select, label')].map((element) => {
      const box = element.getBoundingClientRect();
      return { text: element.textContent.trim().slice(0, 30), x: box.x, y: box.y, width: box.width, height: box.height };
    }).filter((box) => box.text !== '' || box.height > 0);
  });
}

test('the landing text is on screen before the wasm runs, and the app replaces it in place', async () => {
  // The main module never arrives: what the page shows without it.
  const waiting = await open({ locale: 'en-US', slow: false, block: /_bg\.wasm$/ });
  let before;
  try {
    await waiting.page.locator('[data-st-static] h1', { hasText: 'Support Triage' }).waitFor();
    assert.ok(await waiting.page.locator('[data-st-static] h1').isVisible());
    // The landing as the app shows it: its headings and its two buttons (which work, see
    // below); the language choice is inert until the app can switch languages.
    assert.equal(await waiting.page.getByRole('heading').count(), 3);
    assert.deepEqual(await waiting.page.getByRole('button').allTextContents(), ['Start a new ticket', 'Open the support plan']);
    assert.equal(await waiting.page.getByRole('combobox').count(), 0);
    await assertAccessible(waiting.page, 'the static landing screen');
    before = await landingBoxes(waiting.page);
  } finally {
    await waiting.context.close();
  }

  const { context, page, problems } = await open({ locale: 'en-US', slow: false });
  try {
    await mounted(page).getByRole('button', { name: 'Start a new ticket' }).waitFor();
    assert.equal(await page.locator('[data-st-static]').count(), 0, 'the static landing is still in the page');
    assert.equal(await page.locator('h1').count(), 1, 'more than one h1');
    assert.equal(await page.getByRole('heading', { name: 'Prepare a support ticket' }).count(), 1);
    assert.equal(await page.locator('main').count(), 1);
    const after = await landingBoxes(page);
    const round = (boxes) => boxes.map((box) => ({ ...box, x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) }));
    assert.deepEqual(round(after), round(before), 'the app is laid out differently from the static landing');
    const { shifts } = await page.evaluate(() => window.__early);
    assert.ok(shifts < 0.001, `layout shift ${shifts}`);
    await assertAccessible(page, 'the landing screen after the static one');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/**
 * Opens the standalone page with its main module held back until `release()` is called, so
 * the static landing can be used before the app runs.
 */
async function openHeldBack({ locale = 'en-US', block = null } = {}) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchFirstRender);
  if (block) await page.route(block, (route) => route.abort('internetdisconnected'));
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('panicked at')) problems.push(message.text());
  });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${server.origin}/`);
  await page.locator('[data-st-static] h1').waitFor();
  return { context, page, problems, release };
}

for (const [button, heading, other] of [
  ['Start a new ticket', 'Describe one problem', 'Open the support plan'],
  ['Open the support plan', 'Your support plan', 'Start a new ticket'],
]) {
  test(`"${button}" clicked before the app runs opens its place when the app does`, async () => {
    const { context, page, problems, release } = await openHeldBack();
    try {
      const staticButton = page.locator('[data-st-static]').getByRole('button', { name: button });
      await staticButton.click();
      assert.equal(await staticButton.getAttribute('aria-disabled'), 'true', 'the clicked button does not say it is busy');
      // Clicks after the first change nothing: the same button again, or the other one.
      await staticButton.click({ force: true });
      await page.locator('[data-st-static]').getByRole('button', { name: other }).click({ force: true });
      assert.equal(await page.getByRole('heading', { name: heading }).count(), 0);
      release();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      assert.equal(await page.locator('[data-st-static]').count(), 0);
      assert.equal(await page.locator('#support-triage').getAttribute('data-st-open'), null);
      // One new draft for a new ticket, none for the plan: the later clicks were not kept.
      const drafts = await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('support-triage:draft:')).length);
      assert.equal(drafts, button === 'Start a new ticket' ? 1 : 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test("keyboard focus on a static landing button moves to the app's button when the app mounts", async () => {
  const { context, page, problems, release } = await openHeldBack();
  try {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Open the support plan');
    release();
    await mounted(page).waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body);
    const focused = await page.evaluate(() => ({
      text: document.activeElement.textContent,
      isStatic: document.activeElement.closest('[data-st-static]') !== null,
    }));
    assert.deepEqual(focused, { text: 'Open the support plan', isStatic: false });
    // And the keyboard carries on from there: Enter opens the plan.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Your support plan', level: 1 }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a browser in Korean sees the static landing in Korean, and the app mounts over it in place', async () => {
  const { context, page, problems, release } = await openHeldBack({ locale: 'ko-KR' });
  try {
    const landing = page.locator('[data-st-static]');
    await landing.getByRole('button', { name: '새 티켓 시작' }).waitFor();
    assert.ok(await landing.getByRole('heading', { name: '지원 티켓 준비' }).isVisible());
    assert.equal(await landing.getAttribute('lang'), 'ko');
    assert.equal(await landing.locator('select').inputValue(), 'ko');
    assert.equal(await page.getByText('Start a new ticket').count(), 0, 'English is still on the page');
    await assertAccessible(page, 'the static landing screen in Korean');
    await screenshots(page, 'static-landing-ko');
    const before = await landingBoxes(page);
    // Only what mounting shifts counts, not the screenshots' resizing.
    await page.evaluate(() => { window.__early.shifts = 0; });

    release();
    await mounted(page).getByRole('button', { name: '새 티켓 시작' }).waitFor();
    assert.equal(await page.locator('.st-root').getAttribute('lang'), 'ko');
    const round = (boxes) => boxes.map((box) => ({ ...box, x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) }));
    assert.deepEqual(round(await landingBoxes(page)), round(before), 'the app is laid out differently from the static landing');
    const { shifts } = await page.evaluate(() => window.__early);
    assert.ok(shifts < 0.001, `layout shift ${shifts}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('when the texts in its language cannot be fetched, the static landing shows in English and the app still starts in Korean', async () => {
  const { context, page, release } = await openHeldBack({ locale: 'ko-KR', block: /support-triage-landing-ko-[0-9a-f]{16}\.json$/ });
  try {
    const landing = page.locator('[data-st-static]');
    await landing.getByRole('button', { name: 'Start a new ticket' }).waitFor({ state: 'visible' });
    assert.equal(await landing.getAttribute('lang'), 'en');
    release();
    await mounted(page).getByRole('button', { name: '새 티켓 시작' }).waitFor();
  } finally {
    await context.close();
  }
});
