// The performance benchmark: first-load size, start-up time, typing cost, the drafts screen and
// memory, for the release build and a baseline (a minimal Yew counter built the same way).
// `cargo xtask bench` builds both and runs this script; it can also run on its own:
//
//   node tests/bench/bench.mjs --ours dist --baseline target/bench/baseline-dist \
//     --out target/bench [--loads 20] [--keys 200] [--trace]
//
// It writes `report.md` and `report.json` into the output folder and prints the table.
// Everything runs in headless Chromium against static servers on 127.0.0.1.
import { chromium } from 'playwright-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../e2e/support/server.mjs';
import { chromiumFlags, goToProblemStep } from '../e2e/support/browser.mjs';
import { FIRST_LOAD_BROTLI_BUDGET, compressedSizes, firstLoadFiles, totals } from './first-load.mjs';
import { renderMarkdown } from './report.mjs';
import { measureRanking } from './ranking.mjs';

const { values: options } = parseArgs({
  options: {
    ours: { type: 'string', default: 'dist' },
    baseline: { type: 'string', default: 'target/bench/baseline-dist' },
    out: { type: 'string', default: 'target/bench' },
    loads: { type: 'string', default: '20' },
    keys: { type: 'string', default: '200' },
    trace: { type: 'boolean', default: false },
  },
});

const LOADS = Number(options.loads);
const KEYSTROKES = Number(options.keys);
/** Keystrokes typed without a pause; the autosave then writes once (40 saves per case). */
const BURST = 5;
const DESCRIPTION_CHARS = 20_000;
const TYPING_CASES = [0, 100, 1000];
const DRAFTS_SCREEN_CASES = [10, 1000];
const DRAFTS_SCREEN_REPEATS = 5;
const DRAFT_KEY_PREFIX = 'support-triage:draft:';
const INDEX_KEY = 'support-triage:drafts-index';

/** What "the first step is interactive" means for each app: this button, present and enabled. */
const OURS_READY = { selector: 'button', text: 'Start a new ticket' };
const BASELINE_READY = { selector: '#baseline-increment', text: null };

const flags = [
  ...chromiumFlags,
  // Keep timers and rendering at full speed although nothing is on a screen.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/**
 * Runs in the page before any of its scripts. Records when the first step becomes interactive,
 * the wasm memories the page instantiates, the main-thread time of each keystroke, and every
 * storage write with the timer callback (the autosave) that made it.
 */
function instrument(ready) {
  const bench = { memories: [], keys: [], saves: [], writes: [] };
  window.__bench = bench;

  // After the current task and its microtasks (where Yew renders): the end of the work a task
  // caused, as seen from the main thread.
  const afterTask = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback(performance.now());
    };
    channel.port2.postMessage(null);
  };
  bench.afterTask = afterTask;

  // The wasm-bindgen module exports its linear memory; catch it when it is instantiated.
  const capture = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
    if (instance) {
      for (const value of Object.values(instance.exports)) {
        if (value instanceof WebAssembly.Memory) bench.memories.push(value);
      }
    }
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function patched(...args) {
      return original.apply(this, args).then(capture);
    };
  }
  bench.wasmMemoryBytes = () =>
    bench.memories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0);

  // The first step is interactive when the app's button is in the document and enabled (not
  // the static landing's, which only keeps a click for the app). Yew renders in microtasks,
  // and mutation observers are called right after them.
  const isReady = () =>
    [...document.querySelectorAll(ready.selector)].some(
      (element) =>
        !element.disabled &&
        !element.closest('[data-st-static]') &&
        (!ready.text || element.textContent.trim() === ready.text),
    );
  let markReady;
  bench.whenReady = new Promise((resolve) => {
    markReady = resolve;
  });
  const observer = new MutationObserver(() => {
    if (bench.readyAt === undefined && isReady()) {
      bench.readyAt = performance.now();
      observer.disconnect();
      markReady(bench.readyAt);
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });

  // A keystroke, in three parts: from keydown until the input event (the browser edits the
  // field); from the input event reaching the window (capture, before any other listener)
  // until it has left it again (bubble, after every listener and the microtasks in which Yew
  // re-renders): the app's work; and until the next task, which may include a frame (style,
  // layout and paint of the edited field).
  let keystroke = null;
  addEventListener('keydown', () => {
    keystroke = { start: performance.now() };
  }, true);
  addEventListener('input', () => {
    if (keystroke) keystroke.input = performance.now();
  }, true);
  addEventListener('input', () => {
    const sample = keystroke;
    keystroke = null;
    if (!sample || sample.input === undefined) return;
    sample.handled = performance.now();
    afterTask((end) => {
      sample.end = end;
      bench.keys.push(sample);
    });
  });

  // Storage writes, and the timer callbacks that make them (the autosave's flush), timed until
  // the re-render that follows the save has run too.
  let currentTimer = null;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function timedSetItem(key, value) {
    const start = performance.now();
    try {
      return setItem.call(this, key, value);
    } finally {
      const write = { key: String(key), chars: String(value).length, ms: performance.now() - start };
      bench.writes.push(write);
      if (currentTimer) currentTimer.writes.push(write);
    }
  };
  const originalSetTimeout = window.setTimeout;
  window.setTimeout = function timedSetTimeout(handler, delay, ...rest) {
    if (typeof handler !== 'function') return originalSetTimeout.call(this, handler, delay, ...rest);
    const wrapped = function wrappedTimer(...args) {
      const timer = { start: performance.now(), writes: [] };
      currentTimer = timer;
      try {
        return handler.apply(this, args);
      } finally {
        currentTimer = null;
        if (timer.writes.length > 0) {
          timer.flushed = performance.now();
          afterTask((end) => {
            timer.end = end;
            bench.saves.push(timer);
          });
        }
      }
    };
    return originalSetTimeout.call(this, wrapped, delay, ...rest);
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

function summary(values) {
  return {
    count: values.length,
    min: Math.min(...values),
    p25: percentile(values, 25),
    p50: percentile(values, 50),
    p75: percentile(values, 75),
    p95: percentile(values, 95),
    max: Math.max(...values),
  };
}

function ratio(a, b) {
  return b > 0 ? a / b : null;
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

async function newPage(browser, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('panicked at')) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  await page.addInitScript(instrument, ready);
  page.problems = problems;
  return { context, page };
}

async function waitReady(page) {
  return page.evaluate(() => window.__bench.whenReady);
}

/** Loads `origin` and waits for the first step; returns the page's own timings. */
async function gotoReady(page, origin) {
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  const readyAt = await waitReady(page);
  return { readyAt };
}

async function measureMemory(page, context) {
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const heap = await session.send('Runtime.getHeapUsage');
  await session.detach();
  const wasm = await page.evaluate(() => window.__bench.wasmMemoryBytes());
  return { jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize, wasmMemory: wasm };
}

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

// ---------------------------------------------------------------------------------------------
// Scenarios

async function measureSizes(oursDir, baselineDir) {
  const ours = await firstLoadFiles(oursDir);
  const baseline = await firstLoadFiles(baselineDir);
  const oursTotal = totals(ours);
  const baselineTotal = totals(baseline);
  return {
    ours: { files: ours, total: oursTotal },
    baseline: { files: baseline, total: baselineTotal },
    ratio: {
      raw: ratio(oursTotal.raw, baselineTotal.raw),
      gzip: ratio(oursTotal.gzip, baselineTotal.gzip),
      brotli: ratio(oursTotal.brotli, baselineTotal.brotli),
    },
    budgetBrotli: FIRST_LOAD_BROTLI_BUDGET,
  };
}

/**
 * One load in a fresh browser context (empty storage, empty cache): time to interactive, and
 * the files fetched before that moment.
 */
async function loadOnce(browser, app) {
  const { context, page } = await newPage(browser, app.ready);
  try {
    const { readyAt } = await gotoReady(page, app.origin);
    const fetched = await page.evaluate((readyAt) => {
      const entries = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= readyAt)
        .map((entry) => new URL(entry.name).pathname);
      return ['/index.html', ...entries];
    }, readyAt);
    if (page.problems.length > 0) throw new Error(page.problems.join('\n'));
    return { readyAt, fetched };
  } finally {
    await context.close();
  }
}

async function measureStartup(browser, apps) {
  const samples = Object.fromEntries(apps.map((app) => [app.name, []]));
  const fetched = {};
  // One load each to warm the browser and the disk cache, not counted.
  for (const app of apps) fetched[app.name] = (await loadOnce(browser, app)).fetched;
  for (let round = 0; round < LOADS; round += 1) {
    // Alternate which app goes first, so neither always follows the other.
    const order = round % 2 === 0 ? apps : [...apps].reverse();
    for (const app of order) {
      const { readyAt } = await loadOnce(browser, app);
      samples[app.name].push(readyAt);
    }
    if (process.stdout.isTTY) process.stdout.write(`\rstart-up: ${round + 1}/${LOADS} loads each`);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(`start-up: ${LOADS} loads each`);
  const result = { loads: LOADS, fetched };
  for (const app of apps) result[app.name] = { ...summary(samples[app.name]), samples: samples[app.name] };
  result.ratio = ratio(result.ours.p50, result.baseline.p50);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Start-up with drafts stored

/** The drafts stored for the start-up case with drafts. */
const STARTUP_DRAFTS = 1000;

/**
 * Storage holding `count` drafts as the app leaves them, as a Playwright storage state, so that
 * each measured context starts with it and seeding is never timed.
 */
async function storageWithDrafts(browser, origin, template, count) {
  const { context, page } = await newPage(browser, OURS_READY);
  try {
    await gotoReady(page, origin);
    await seedDrafts(page, template, count);
    if (page.problems.length > 0) throw new Error(page.problems.join('\n'));
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/**
 * A visit that starts nothing: one load in a fresh context, left alone until the network has
 * been idle for a second (no pointer, no focus on "Start a new ticket"). Everything it
 * fetched, with its sizes, and what of it the first load does not count: nothing, when the
 * ticket flow and the rest wait for the intent to use them.
 */
async function measureIdleVisit(browser, origin, siteDir, firstLoad) {
  const { context, page } = await newPage(browser, OURS_READY);
  try {
    await gotoReady(page, origin);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const paths = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    if (page.problems.length > 0) throw new Error(page.problems.join('\n'));
    const fetched = [...new Set(['/index.html', ...paths])].sort();
    const counted = new Map(firstLoad.map((file) => [file.path, file]));
    const extra = fetched.filter((path) => !counted.has(path));
    const files = [];
    for (const path of fetched) {
      files.push(counted.get(path) ?? { path, ...compressedSizes(await readFile(join(siteDir, path))) });
    }
    return { fetched, extra, total: totals(files) };
  } finally {
    await context.close();
  }
}

/**
 * Start-up with 1,000 drafts stored next to start-up with none, in the same run and the same
 * way as the start-up above (fresh contexts, the two cases alternating), so the ratio compares
 * like with like: the cost of the stored drafts alone.
 */
async function measureStartupWithDrafts(browser, origin, template) {
  const storageState = await storageWithDrafts(browser, origin, template, STARTUP_DRAFTS);
  const cases = [
    { name: 'none', storageState: undefined },
    { name: 'drafts', storageState },
  ];
  const samples = { none: [], drafts: [] };
  // One load each to warm the browser and the disk cache, not counted.
  for (const run of cases) await loadFresh(browser, origin, { storageState: run.storageState });
  for (let round = 0; round < LOADS; round += 1) {
    const order = round % 2 === 0 ? cases : [...cases].reverse();
    for (const run of order) {
      const { readyAt } = await loadFresh(browser, origin, { storageState: run.storageState });
      samples[run.name].push(readyAt);
    }
    if (process.stdout.isTTY) {
      process.stdout.write(`\rstart-up with ${STARTUP_DRAFTS} drafts: ${round + 1}/${LOADS} loads each`);
    }
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(`start-up with ${STARTUP_DRAFTS} drafts stored: ${LOADS} loads each, and with none`);
  const none = { ...summary(samples.none), samples: samples.none };
  const withDrafts = { ...summary(samples.drafts), samples: samples.drafts };
  return { drafts: STARTUP_DRAFTS, loads: LOADS, none, withDrafts, ratio: ratio(withDrafts.p50, none.p50) };
}

// ---------------------------------------------------------------------------------------------
// Start-up in other languages and first contentful paint (issue 19)

/**
 * The start-up cases of a browser in another language: the browser's `locale` (which sets
 * navigator.languages) and the landing button that says the first step is interactive, in that
 * language. The app must fetch the language's module too, and is ready only once it shows it.
 */
const LANGUAGE_STARTUP_CASES = [
  { name: 'English', locale: 'en-US', ready: OURS_READY },
  { name: 'Korean', locale: 'ko-KR', ready: { selector: 'button', text: '새 티켓 시작' } },
  { name: 'Polish', locale: 'pl-PL', ready: { selector: 'button', text: 'Rozpocznij nowe zgłoszenie' } },
];

/** Runs in the page before its scripts: the first contentful paint, from the 'paint' entries. */
function watchFirstPaint() {
  window.__firstPaint = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((paint) => paint.name === 'first-contentful-paint');
      if (entry) resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
    // A page that never paints content reports null rather than hanging the run.
    setTimeout(() => resolve(null), 10_000);
  });
}

/**
 * One load in a fresh context (empty cache), in the browser language `locale` and with
 * `storageState` in storage when given: time until `ready` is interactive, and first
 * contentful paint.
 */
async function loadFresh(browser, origin, { ready = OURS_READY, locale = 'en-US', storageState } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, storageState });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(instrument, ready);
    await page.addInitScript(watchFirstPaint);
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    const readyAt = await waitReady(page);
    const firstPaint = await page.evaluate(() => window.__firstPaint);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return { readyAt, firstPaint };
  } finally {
    await context.close();
  }
}

/**
 * Start-up of ours in English, Korean and Polish browsers, and of the baseline, with the first
 * contentful paint of each load: LOADS loads per case, the cases taking turns in a rotating
 * order so that machine noise hits all of them alike.
 */
async function measureLanguageStartup(browser, oursOrigin, baselineOrigin) {
  const cases = [
    ...LANGUAGE_STARTUP_CASES.map((each) => ({ ...each, origin: oursOrigin })),
    { name: 'baseline', locale: 'en-US', ready: BASELINE_READY, origin: baselineOrigin },
  ];
  const samples = Object.fromEntries(cases.map((each) => [each.name, { ready: [], firstPaint: [] }]));
  // One load each to warm the browser and the disk cache, not counted.
  for (const each of cases) await loadFresh(browser, each.origin, each);
  for (let round = 0; round < LOADS; round += 1) {
    const order = cases.map((_, index) => cases[(index + round) % cases.length]);
    for (const each of order) {
      const { readyAt, firstPaint } = await loadFresh(browser, each.origin, each);
      samples[each.name].ready.push(readyAt);
      if (firstPaint !== null) samples[each.name].firstPaint.push(firstPaint);
    }
    if (process.stdout.isTTY) process.stdout.write(`\rstart-up by language: ${round + 1}/${LOADS} rounds`);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(`start-up by language and first paint: ${LOADS} loads each`);
  const result = { loads: LOADS, cases: {} };
  for (const each of cases) {
    const { ready, firstPaint } = samples[each.name];
    result.cases[each.name] = {
      locale: each.locale,
      ready: { ...summary(ready), samples: ready },
      firstPaint: firstPaint.length > 0 ? { ...summary(firstPaint), samples: firstPaint } : null,
    };
  }
  const english = result.cases.English.ready.p50;
  result.ratio = { Korean: ratio(result.cases.Korean.ready.p50, english), Polish: ratio(result.cases.Polish.ready.p50, english) };
  const paint = (name) => result.cases[name].firstPaint?.p50 ?? null;
  result.firstPaintRatio = paint('English') !== null && paint('baseline') !== null ? ratio(paint('English'), paint('baseline')) : null;
  return result;
}

async function memoryAfterLoad(browser, app) {
  const { context, page } = await newPage(browser, app.ready);
  try {
    await gotoReady(page, app.origin);
    await pause(500);
    return await measureMemory(page, context);
  } finally {
    await context.close();
  }
}

/** A stored draft to copy, made by the app itself so it always has the current format. */
async function makeTemplateDraft(browser, origin) {
  const { context, page } = await newPage(browser, OURS_READY);
  try {
    await gotoReady(page, origin);
    await goToProblemStep(page);
    await page.getByLabel('Title').fill('Devices stop enrolling after the certificate renewal');
    await page
      .locator('#st-problem-description')
      .fill(
        'Since the enrolment certificate was renewed on Monday, Windows devices that try to ' +
          'enrol show error 0x80180014 and stay unmanaged. About forty devices in the Berlin ' +
          'office are affected; devices enrolled before Monday keep working. We checked the ' +
          'enrolment restrictions and the device limit, and both look right.',
      );
    await page.waitForFunction(
      (prefix) => Object.keys(localStorage).some((key) => key.startsWith(prefix)),
      DRAFT_KEY_PREFIX,
    );
    await pause(600);
    return await page.evaluate((prefix) => {
      const key = Object.keys(localStorage).find((name) => name.startsWith(prefix));
      return JSON.parse(localStorage.getItem(key));
    }, DRAFT_KEY_PREFIX);
  } finally {
    await context.close();
  }
}

/** Stores `count` copies of the template (distinct ids, titles and times) and their index. */
async function seedDrafts(page, template, count) {
  await page.evaluate(
    ({ template, count, prefix, indexKey }) => {
      localStorage.clear();
      const ids = [];
      const now = Date.now();
      for (let index = 0; index < count; index += 1) {
        const id = `bench-${String(index).padStart(5, '0')}`;
        const envelope = JSON.parse(JSON.stringify(template));
        const stamp = new Date(now - (count - index) * 60_000).toISOString();
        envelope.saved_at = stamp;
        envelope.ticket.id = id;
        envelope.ticket.title = `${template.ticket.title} (${index + 1})`;
        envelope.ticket.created_at = stamp;
        envelope.ticket.updated_at = stamp;
        localStorage.setItem(`${prefix}${id}`, JSON.stringify(envelope));
        ids.push(id);
      }
      localStorage.setItem(indexKey, JSON.stringify({ version: 1, ids }));
    },
    { template, count, prefix: DRAFT_KEY_PREFIX, indexKey: INDEX_KEY },
  );
}

/** A plausible description of one problem, `length` characters long. */
function longDescription(length) {
  const sentence =
    'The Company Portal shows the device as compliant, yet Conditional Access blocks Outlook ' +
    'on the same phone until the user signs out and in again, which the helpdesk repeats ' +
    'every morning for the same people. ';
  let text = '';
  while (text.length < length) text += sentence;
  return text.slice(0, length);
}

async function openSeeded(browser, origin, template, count) {
  const { context, page } = await newPage(browser, OURS_READY);
  await gotoReady(page, origin);
  if (count > 0) await seedDrafts(page, template, count);
  else await page.evaluate(() => localStorage.clear());
  await page.reload({ waitUntil: 'commit' });
  const readyAt = await waitReady(page);
  return { context, page, readyAt };
}

async function waitForCount(page, field, count, timeout = 10_000) {
  await page.waitForFunction(
    ({ field, count }) => window.__bench[field].length >= count,
    { field, count },
    { timeout, polling: 10 },
  );
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz ';

/**
 * Types one burst of keystrokes (`typed` counts those measured so far on this page), waiting for
 * each keystroke's work to be done, then, when `waitForSave`, for the autosave that follows.
 * Returns the new count.
 */
async function typeBurst(page, typed, { waitForSave }) {
  let count = typed;
  for (let key = 0; key < BURST && count < KEYSTROKES; key += 1) {
    await page.keyboard.press(LETTERS[count % LETTERS.length]);
    count += 1;
    await waitForCount(page, 'keys', count);
  }
  // The autosave writes once the typing pauses: wait for a save that started after the last
  // keystroke (a slow moment can also let one start in the middle of a burst).
  if (waitForSave) {
    await page.waitForFunction(
      () => {
        const bench = window.__bench;
        const lastKey = bench.keys.at(-1);
        return bench.saves.some((save) => !lastKey || save.start > lastKey.end);
      },
      null,
      { timeout: 10_000, polling: 10 },
    );
  } else {
    await pause(50);
  }
  return count;
}

function keystrokeFigures(keys) {
  return {
    keystrokes: keys.length,
    keystroke: summary(keys.map((sample) => sample.end - sample.start)),
    editing: summary(keys.map((sample) => sample.input - sample.start)),
    app: summary(keys.map((sample) => sample.handled - sample.input)),
  };
}

/**
 * The same keystrokes in a bare textarea holding the same text, with no script: what the
 * browser itself spends per keystroke (editing, style, layout and paint of a 20,000-character
 * field), for comparison with the whole keystroke in the app.
 */
async function measureTextareaControl(browser, origin) {
  const { context, page } = await newPage(browser, { selector: 'textarea', text: null });
  try {
    await page.route(`${origin}/textarea-control.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body:
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control</title>' +
          '</head><body><label for="control">Description</label>' +
          '<textarea id="control" rows="8" cols="80"></textarea></body></html>',
      }),
    );
    await page.goto(`${origin}/textarea-control.html`, { waitUntil: 'commit' });
    await waitReady(page);
    const field = page.locator('#control');
    await field.fill(longDescription(DESCRIPTION_CHARS));
    await field.evaluate((element) => {
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    });
    await page.evaluate(() => {
      window.__bench.keys = [];
    });
    let typed = 0;
    while (typed < KEYSTROKES) typed = await typeBurst(page, typed, { waitForSave: false });
    const keys = await page.evaluate(() => window.__bench.keys);
    return { descriptionChars: DESCRIPTION_CHARS, ...keystrokeFigures(keys) };
  } finally {
    await context.close();
  }
}

/** Opens the problem step with `draftCount` drafts stored and the long description typed. */
async function prepareTyping(browser, origin, template, draftCount) {
  const { context, page, readyAt } = await openSeeded(browser, origin, template, draftCount);
  await pause(500);
  const afterLoad = await measureMemory(page, context);
  await goToProblemStep(page);
  const field = page.locator('#st-problem-description');
  await field.fill(longDescription(DESCRIPTION_CHARS));
  await pause(600);
  await field.evaluate((element) => {
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  });
  // One burst and its save before measuring: the first calls of a wasm function compile it,
  // once per page, which is not the cost of a keystroke.
  const warmUp = await typeBurst(page, 0, { waitForSave: true });
  await page.evaluate(() => {
    window.__bench.keys = [];
    window.__bench.saves = [];
    window.__bench.writes = [];
  });
  return { draftCount, context, page, readyAt, afterLoad, typed: 0, warmUp };
}

/** Checks that every keystroke reached the field and storage, and sums up one case. */
async function finishTyping(run) {
  const { page, context, draftCount } = run;
  const raw = await page.evaluate(() => ({
    keys: window.__bench.keys,
    saves: window.__bench.saves,
    writes: window.__bench.writes,
    value: document.querySelector('#st-problem-description').value.length,
  }));
  const stored = await page.evaluate(
    ({ prefix }) => {
      const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
      let longest = 0;
      for (const key of keys) {
        const envelope = JSON.parse(localStorage.getItem(key));
        longest = Math.max(longest, envelope.ticket.description.length);
      }
      return { drafts: keys.length, longestDescription: longest };
    },
    { prefix: DRAFT_KEY_PREFIX },
  );
  const afterTyping = await measureMemory(page, context);
  if (page.problems.length > 0) throw new Error(page.problems.join('\n'));
  const expected = DESCRIPTION_CHARS + run.warmUp + run.typed;
  if (raw.value !== expected || stored.longestDescription !== expected) {
    throw new Error(
      `typing did not reach the field or storage: field ${raw.value}, stored ` +
        `${stored.longestDescription}, expected ${expected} characters`,
    );
  }
  const writesPerSave = raw.saves.map((save) => save.writes.length);
  return {
    drafts: draftCount,
    descriptionChars: DESCRIPTION_CHARS,
    startupWithDrafts: run.readyAt,
    ...keystrokeFigures(raw.keys),
    saves: raw.saves.length,
    save: summary(raw.saves.map((save) => save.end - save.start)),
    maxWritesPerSave: Math.max(...writesPerSave),
    keysWrittenBySaves: [...new Set(raw.saves.flatMap((save) => save.writes.map((w) => w.key)))],
    indexWrittenWhileTyping: raw.writes.some((write) => write.key === INDEX_KEY),
    storedDrafts: stored.drafts,
    memory: { afterLoad: run.afterLoad, afterTyping },
  };
}

/**
 * The typing cases, burst by burst in turn (0 drafts, 100, 1,000, 0 again...), so that whatever
 * else the machine does at the time weighs on every case alike and the ratio stays fair.
 */
async function measureTyping(browser, origin, template) {
  const runs = [];
  try {
    for (const count of TYPING_CASES) runs.push(await prepareTyping(browser, origin, template, count));
    while (runs.some((run) => run.typed < KEYSTROKES)) {
      for (const run of runs) {
        if (run.typed >= KEYSTROKES) continue;
        await run.page.bringToFront();
        run.typed = await typeBurst(run.page, run.typed, { waitForSave: true });
      }
    }
    const results = [];
    for (const run of runs) results.push(await finishTyping(run));
    return results;
  } finally {
    for (const run of runs) await run.context.close();
  }
}

/** A Chromium trace of one burst and its save with the most drafts, to look at in DevTools. */
async function traceTyping(browser, origin, template, path) {
  const run = await prepareTyping(browser, origin, template, TYPING_CASES.at(-1));
  try {
    await browser.startTracing(run.page, { path, screenshots: false });
    await typeBurst(run.page, 0, { waitForSave: true });
    await browser.stopTracing();
  } finally {
    await run.context.close();
  }
}

async function measureDraftsScreen(browser, origin, template, draftCount) {
  const { context, page } = await openSeeded(browser, origin, template, draftCount);
  try {
    const samples = [];
    for (let repeat = 0; repeat < DRAFTS_SCREEN_REPEATS; repeat += 1) {
      await pause(200);
      const sample = await page.evaluate(async () => {
        const bench = window.__bench;
        const button = [...document.querySelectorAll('button')].find(
          (element) => element.textContent.trim() === 'View all drafts',
        );
        if (!button) throw new Error('no "View all drafts" button on the landing page');
        let mutated = false;
        const observer = new MutationObserver(() => {
          mutated = true;
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
        const start = performance.now();
        button.click();
        // Yew renders in microtasks and, past 16 ms, goes on in later timer tasks. Timer tasks
        // run in order, so the list is complete once a timer task finds rows and no change
        // since the one before it.
        await new Promise((resolve) => {
          const check = () => {
            const rows = document.querySelectorAll('.st-table tbody tr').length;
            if (rows > 0 && !mutated) resolve();
            else {
              mutated = false;
              setTimeout(check, 0);
            }
          };
          setTimeout(check, 0);
        });
        observer.disconnect();
        const inDom = performance.now();
        const painted = await new Promise((resolve) => {
          requestAnimationFrame(() => bench.afterTask(resolve));
        });
        const rows = document.querySelectorAll('.st-table tbody tr').length;
        return { inDom: inDom - start, painted: painted - start, rows };
      });
      samples.push(sample);
      await page.getByRole('button', { name: 'Back' }).first().click();
      await page.getByRole('button', { name: 'Start a new ticket' }).waitFor();
    }
    if (page.problems.length > 0) throw new Error(page.problems.join('\n'));
    return {
      drafts: draftCount,
      rowsShown: Math.max(...samples.map((sample) => sample.rows)),
      repeats: samples.length,
      inDom: summary(samples.map((sample) => sample.inDom)),
      painted: summary(samples.map((sample) => sample.painted)),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const oursDir = resolve(options.ours);
  const baselineDir = resolve(options.baseline);
  const outDir = resolve(options.out);
  await mkdir(outDir, { recursive: true });
  const loadAtStart = loadavg()[0];

  const sizes = await measureSizes(oursDir, baselineDir);
  const oursServer = await serveStatic({ root: oursDir });
  const baselineServer = await serveStatic({ root: baselineDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
  try {
    const apps = [
      { name: 'ours', origin: oursServer.origin, ready: OURS_READY },
      { name: 'baseline', origin: baselineServer.origin, ready: BASELINE_READY },
    ];
    const startup = await measureStartup(browser, apps);
    // The files the browser fetched before the first step must be the ones the size counts.
    for (const app of apps) {
      const counted = sizes[app.name].files.map((file) => file.path).sort();
      const fetched = [...new Set(startup.fetched[app.name])].sort();
      sizes[app.name].fetchedBeforeInteractive = fetched;
      sizes[app.name].matchesFetched = JSON.stringify(counted) === JSON.stringify(fetched);
    }
    const languageStartup = await measureLanguageStartup(browser, oursServer.origin, baselineServer.origin);
    const idleVisit = await measureIdleVisit(browser, oursServer.origin, oursDir, sizes.ours.files);
    const memory = {
      oursAfterLoad: await memoryAfterLoad(browser, apps[0]),
      baselineAfterLoad: await memoryAfterLoad(browser, apps[1]),
    };

    const template = await makeTemplateDraft(browser, oursServer.origin);
    const startupWithDrafts = await measureStartupWithDrafts(browser, oursServer.origin, template);
    console.log(`typing: ${KEYSTROKES} keystrokes with ${TYPING_CASES.join(', ')} drafts stored`);
    const typing = await measureTyping(browser, oursServer.origin, template);
    if (options.trace) {
      const path = join(outDir, 'typing-trace.json');
      await traceTyping(browser, oursServer.origin, template, path);
      console.log(`trace: ${path} (open it in Chromium DevTools, Performance panel)`);
    }
    console.log('typing: the same keystrokes in a bare textarea (control)');
    const textareaControl = await measureTextareaControl(browser, baselineServer.origin);
    const draftsScreen = [];
    for (const count of DRAFTS_SCREEN_CASES) {
      console.log(`drafts screen: ${count} drafts`);
      draftsScreen.push(await measureDraftsScreen(browser, oursServer.origin, template, count));
    }

    const ranking = await measureRanking(browser, oursServer.origin, summary);

    const report = {
      generatedAt: new Date().toISOString(),
      chromium: browser.version(),
      machine: { cores: availableParallelism(), loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg()[0] },
      settings: {
        loads: LOADS,
        keystrokes: KEYSTROKES,
        burst: BURST,
        descriptionChars: DESCRIPTION_CHARS,
        draftsScreenRepeats: DRAFTS_SCREEN_REPEATS,
      },
      sizes,
      startup,
      startupWithDrafts,
      languageStartup,
      idleVisit,
      typing,
      textareaControl,
      typingRatio: {
        appP50: ratio(typing.at(-1).app.p50, typing[0].app.p50),
        appP95: ratio(typing.at(-1).app.p95, typing[0].app.p95),
        keystrokeP50: ratio(typing.at(-1).keystroke.p50, typing[0].keystroke.p50),
        keystrokeP95: ratio(typing.at(-1).keystroke.p95, typing[0].keystroke.p95),
        saveP50: ratio(typing.at(-1).save.p50, typing[0].save.p50),
        saveP95: ratio(typing.at(-1).save.p95, typing[0].save.p95),
      },
      draftsScreen,
      ranking,
      memory,
    };
    const markdown = renderMarkdown(report);
    report.goals = markdown.goals;
    await writeFile(join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(outDir, 'report.md'), markdown.text);
    console.log(`\n${markdown.text}`);
    console.log(`Written: ${join(outDir, 'report.md')} and report.json`);
  } finally {
    await browser.close();
    await oursServer.close();
    await baselineServer.close();
  }
}

// Run when executed, not when imported (a quick experiment can import the measurements).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

export {
  flags, instrument, loadFresh, makeTemplateDraft, measureDraftsScreen, measureLanguageStartup, measureSizes,
  measureIdleVisit, measureStartup, measureStartupWithDrafts, storageWithDrafts,
  measureTextareaControl, measureTyping, OURS_READY, BASELINE_READY,
};
