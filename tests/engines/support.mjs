// What the Firefox and WebKitGTK suites share: starting each engine through selenium-webdriver,
// a server that can run a script before the app starts, and the steps every flow begins with.
// Run under xvfb-run: WebKitGTK has no headless mode.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { distDir, serveStatic } from '../e2e/support/server.mjs';

/** How long an engine may take to start; without a display WebKitGTK hangs instead of failing. */
export const sessionTimeoutMs = 60_000;

/** How long one element may take to appear. */
const elementTimeoutMs = 20_000;

/** Rejects when `promise` has not settled after `ms` milliseconds. */
export function withTimeout(promise, what, ms = sessionTimeoutMs) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/** Runs `run(driver)` in headless Firefox ESR with a fresh profile, removed afterwards. */
export async function withFirefox(run) {
  const profile = await mkdtemp(join(tmpdir(), 'support-triage-firefox-'));
  const options = new firefox.Options()
    .setBinary('/usr/bin/firefox-esr')
    .addArguments('-headless', '-profile', profile);
  const service = new firefox.ServiceBuilder(process.env.GECKODRIVER);
  try {
    const driver = await withTimeout(
      new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build(),
      'starting Firefox',
    );
    try {
      await run(driver);
    } finally {
      await driver.quit();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Runs `run(driver)` in WebKitGTK's MiniBrowser through its own WebKitWebDriver. */
export async function withWebKit(run) {
  const port = await freePort();
  const webkitDriver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  try {
    await new Promise((done) => setTimeout(done, 500));
    const driver = await withTimeout(
      new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
        })
        .build(),
      'starting WebKitGTK',
    );
    try {
      await run(driver);
    } finally {
      await driver.quit();
    }
  } finally {
    webkitDriver.kill();
  }
}

/** The engines, by the name the test titles use. */
export const engines = [
  { name: 'Firefox', run: withFirefox },
  { name: 'WebKitGTK', run: withWebKit },
];

/**
 * What runs before the app in every page served by `serveApp`. It records uncaught errors,
 * rejections, console errors and Rust panics (a panic must never be what a user sees), and it
 * keeps downloads in the page instead of handing them to the browser, whose download handling
 * differs between engines and drivers.
 */
const watchScript = `(() => {
  const problems = [];
  window.__stProblems = problems;
  window.addEventListener('error', (event) => problems.push('page error: ' + event.message));
  window.addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + event.reason));
  for (const level of ['error', 'warn', 'log']) {
    const original = console[level];
    console[level] = function watched(...args) {
      let text;
      try { text = args.map(String).join(' '); } catch { text = '(a value that cannot be shown as text)'; }
      if (level === 'error' || text.includes('panicked at')) problems.push('console ' + level + ': ' + text);
      return original.apply(this, args);
    };
  }
  window.__stDownloads = [];
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function kept(object) {
    const url = createObjectURL.call(URL, object);
    blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function kept() {
    if (this.hasAttribute('download') && blobs.has(this.href)) {
      window.__stDownloads.push({ name: this.download, blob: blobs.get(this.href) });
      return undefined;
    }
    return click.call(this);
  };
})();
`;

/**
 * Serves the release build on its own port (so its own origin, with storage of its own).
 * `init` is a function whose body runs in every page before the app starts, after the watch
 * script; the page is served with both as a classic script at the start of its head.
 */
export async function serveApp({ init } = {}) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const script = `${watchScript}\n${init ? `(${init.toString()})();\n` : ''}`;
  const page = html.replace(/<head>/i, '<head><script src="/engine-test-init.js"></script>');
  assert.notEqual(page, html, 'the built index.html has a <head> to put the test script in');
  const sendPage = (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(page);
  };
  return serveStatic({
    handlers: {
      '/': sendPage,
      '/index.html': sendPage,
      '/engine-test-init.js': (_, response) => {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        response.end(script);
      },
    },
  });
}

/** Fails when the page has recorded an error or a panic since it was loaded. */
export async function assertNoProblems(driver) {
  const problems = await driver.executeScript('return window.__stProblems || []');
  assert.deepEqual(problems, [], 'the page reported problems');
}

/** The last download the page made: its file name and text. */
export async function lastDownload(driver) {
  return driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const download = window.__stDownloads[window.__stDownloads.length - 1];
    if (!download) { done(null); return; }
    download.blob.text().then((text) => done({ name: download.name, text }), (error) => done({ error: String(error) }));
  `);
}

/** An XPath string literal for any text, quotes included. */
export function xpathText(text) {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat(${text.split("'").map((part) => `'${part}'`).join(`, "'", `)})`;
}

/**
 * What the helpers below look in: the page's body without the static landing index.html shows
 * until the app mounts (it has the same words), and without inert subtrees.
 */
const LIVE = '//body//*[not(ancestor-or-self::*[@inert or @data-st-static])]';

/** Waits for an element whose whole normalised text is `text` (the first one, in document order). */
export async function waitExactText(driver, text, { tag = '*', timeout = elementTimeoutMs } = {}) {
  return driver.wait(until.elementLocated(By.xpath(`${LIVE}[self::${tag}][normalize-space()=${xpathText(text)}]`)), timeout);
}

/** Waits for an element whose text contains `text`. */
export async function waitText(driver, text, timeout = elementTimeoutMs) {
  return driver.wait(
    until.elementLocated(By.xpath(`${LIVE}[contains(normalize-space(), ${xpathText(text)})]`)),
    timeout,
  );
}

/** The number of elements whose whole normalised text is `text`. */
export async function countExactText(driver, text, tag = '*') {
  return (await driver.findElements(By.xpath(`${LIVE}[self::${tag}][normalize-space()=${xpathText(text)}]`))).length;
}

export async function clickButton(driver, name) {
  await (await waitExactText(driver, name, { tag: 'button' })).click();
}

export async function chooseRadio(driver, label) {
  await (await waitExactText(driver, label, { tag: 'label' })).click();
}

export async function waitHeading(driver, name) {
  await waitExactText(driver, name, { tag: 'h1' });
}

/** Replaces the text of the field with id `id` by typing `value`. */
export async function fillField(driver, id, value) {
  const field = await driver.wait(until.elementLocated(By.id(id)), elementTimeoutMs);
  await field.clear();
  await field.sendKeys(value);
  return field;
}

/** Types `text` at the end of the field with id `id`. */
export async function typeAtEnd(driver, id, text) {
  const field = await driver.wait(until.elementLocated(By.id(id)), elementTimeoutMs);
  await driver.executeScript('arguments[0].focus(); arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length);', field);
  await field.sendKeys(text);
  return field;
}

export async function fieldValue(driver, id) {
  const field = await driver.wait(until.elementLocated(By.id(id)), elementTimeoutMs);
  return field.getAttribute('value');
}

/** Starts a new ticket: the problem is step 1. */
export async function goToProblemStep(driver) {
  await clickButton(driver, 'Start a new ticket');
  await waitHeading(driver, 'Describe one problem');
}

/**
 * From a filled problem step to the impact step: self-help "No, continue", a technical problem,
 * Professional with 100 licences or more.
 */
export async function problemToImpact(driver) {
  await clickButton(driver, 'Continue');
  await waitHeading(driver, 'Before you file a ticket');
  await chooseRadio(driver, 'No, continue');
  await clickButton(driver, 'Continue');
  await waitHeading(driver, 'What is your request about?');
  await chooseRadio(driver, 'A technical problem');
  await clickButton(driver, 'Continue');
  await waitHeading(driver, 'Your support contract and tenant size');
  await chooseRadio(driver, 'Professional (subscription support)');
  await chooseRadio(driver, '100 licences or more');
  await clickButton(driver, 'Continue');
  await waitHeading(driver, 'How serious is the problem?');
}

/** Every key and value in the page's local storage. */
export async function storageSnapshot(driver) {
  return driver.executeScript(
    'return Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]));',
  );
}

/** Waits until `check(snapshot)` is true for the page's local storage; returns that snapshot. */
export async function waitForStorage(driver, what, check, timeout = elementTimeoutMs) {
  let last;
  try {
    await driver.wait(async () => {
      last = await storageSnapshot(driver);
      return check(last);
    }, timeout);
  } catch (error) {
    assert.fail(`${what}, not within ${timeout} ms; storage holds ${JSON.stringify(last)}`);
  }
  return last;
}

/**
 * Opens a second window of the same browser at `url` and runs `run` there, then closes it and
 * comes back: another tab of the same user.
 */
export async function inAnotherWindow(driver, url, run) {
  const home = await driver.getWindowHandle();
  await driver.switchTo().newWindow('window');
  const other = await driver.getWindowHandle();
  try {
    await driver.get(url);
    return await run(other);
  } finally {
    await driver.switchTo().window(other);
    await driver.close();
    await driver.switchTo().window(home);
  }
}
