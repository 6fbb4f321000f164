// Early paint: the standalone page shows the landing screen's text before any wasm runs, and
// the app replaces it, in place, when it mounts; a browser in another language fetches that
// language's module next to the main module, not after it has started.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serveStatic } from './support/server.mjs';
import { assertAccessible, chromiumFlags } from './support/browser.mjs';

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
    if (document.querySelector('.st-root:not([inert])')) {
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
      await page.getByRole('button', { name: start }).waitFor();
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
    await page.getByRole('button', { name: 'Start a new ticket' }).waitFor();
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
    await page.getByRole('button', { name: 'Start a new ticket' }).waitFor();
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
    await waiting.page.locator('.st-root[inert] h1', { hasText: 'Support Triage' }).waitFor();
    assert.ok(await waiting.page.locator('.st-root[inert] h1').isVisible());
    // Hidden from assistive technology until it works: no heading, no disabled buttons to find.
    assert.equal(await waiting.page.getByRole('heading').count(), 0);
    assert.equal(await waiting.page.getByRole('button').count(), 0);
    before = await landingBoxes(waiting.page);
  } finally {
    await waiting.context.close();
  }

  const { context, page, problems } = await open({ locale: 'en-US', slow: false });
  try {
    await page.getByRole('button', { name: 'Start a new ticket' }).waitFor();
    assert.equal(await page.locator('[inert]').count(), 0, 'the static landing is still in the page');
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
