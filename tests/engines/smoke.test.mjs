// The smoke flow (load, answer the first steps, type, reload, text restored at the same step)
// and the three canonical severity cases to "ready to file", in Firefox ESR and WebKitGTK, the
// engines behind Firefox and Safari, through selenium-webdriver. Run under xvfb-run: WebKitGTK has no
// headless mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { serveStatic } from '../e2e/support/server.mjs';

const sessionTimeoutMs = 60_000;
let server;

before(async () => {
  server = await serveStatic();
});

after(async () => {
  await server?.close();
});

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${sessionTimeoutMs} ms`)), sessionTimeoutMs);
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

async function clickButton(driver, name) {
  const button = await driver.wait(
    until.elementLocated(By.xpath(`//button[normalize-space()='${name}']`)),
    20_000,
  );
  await button.click();
}

async function chooseRadio(driver, label) {
  const choice = await driver.wait(
    until.elementLocated(By.xpath(`//label[normalize-space()='${label}']`)),
    20_000,
  );
  await choice.click();
}

async function smokeFlow(driver) {
  await driver.get(server.origin);
  await clickButton(driver, 'Start a new ticket');
  await chooseRadio(driver, 'No');
  await clickButton(driver, 'Continue');
  await chooseRadio(driver, 'A technical problem');
  await clickButton(driver, 'Continue');
  await chooseRadio(driver, 'Professional (subscription support)');
  await chooseRadio(driver, '100 licences or more');
  await clickButton(driver, 'Continue');
  const title = await driver.wait(until.elementLocated(By.id('st-problem-title')), 10_000);
  const typed = 'Zażółć gęślą jaźń: 한국어 <i>test</i>';
  await title.sendKeys(typed);
  await driver.wait(until.elementLocated(By.xpath("//*[normalize-space()='Saved on this device']")), 10_000);

  await driver.navigate().refresh();
  const restored = await driver.wait(until.elementLocated(By.id('st-problem-title')), 20_000);
  assert.equal(await restored.getAttribute('value'), typed);
}

async function waitHeading(driver, name) {
  await driver.wait(until.elementLocated(By.xpath(`//h1[normalize-space()="${name}"]`)), 20_000);
}

async function fillField(driver, id, value) {
  const field = await driver.wait(until.elementLocated(By.id(id)), 20_000);
  await field.clear();
  await field.sendKeys(value);
}

// The three canonical cases of the vendor's severity table, with Professional support.
const canonicalCases = [
  {
    answers: [
      'No: it cannot be reached or used at all',
      'Many users or several services',
      'Severe: production, operations or a deadline is at risk',
      'No',
    ],
    level: 'Critical (A)',
    hours: 'within 2 hours',
  },
  {
    answers: [
      'Yes, but it works worse than before',
      'One user, customer or service',
      'Moderate: it can wait for business hours',
      'No',
    ],
    level: 'Moderate (B)',
    hours: 'within 4 hours',
  },
  {
    answers: [
      'Yes: the problem is a minor inconvenience',
      'One user, customer or service',
      'Minimal: hardly any effect on the business',
      'Yes, an acceptable one',
    ],
    level: 'Minimal (C)',
    hours: 'within 8 hours',
  },
];

/** Runs each canonical case from the landing page to "ready to file" and checks the outcome. */
async function canonicalFlows(driver) {
  await driver.get(server.origin);
  await driver.executeScript('window.localStorage.clear()');
  await driver.navigate().refresh();
  for (const { answers, level, hours } of canonicalCases) {
    await waitHeading(driver, 'Support Triage');
    await clickButton(driver, 'Start a new ticket');
    await waitHeading(driver, 'Before you file a ticket');
    await chooseRadio(driver, 'No');
    await clickButton(driver, 'Continue');
    await waitHeading(driver, 'What is your request about?');
    await chooseRadio(driver, 'A technical problem');
    await clickButton(driver, 'Continue');
    await waitHeading(driver, 'Your support contract and tenant size');
    await chooseRadio(driver, 'Professional (subscription support)');
    await chooseRadio(driver, '100 licences or more');
    await clickButton(driver, 'Continue');
    await waitHeading(driver, 'Describe one problem');
    await fillField(driver, 'st-problem-title', `${level} case`);
    await fillField(driver, 'st-problem-description', 'Devices stop at the enrolment screen.');
    await clickButton(driver, 'Continue');
    await waitHeading(driver, 'How serious is the problem?');
    for (const answer of answers) await chooseRadio(driver, answer);
    await clickButton(driver, 'Continue');
    await waitHeading(driver, 'Tell the support engineer more');
    await fillField(driver, 'st-contact-email', 'it-admin@example.com');
    await clickButton(driver, 'Continue');
    await waitHeading(driver, 'Check your answers before filing');
    await clickButton(driver, 'Continue');
    await waitHeading(driver, 'Your ticket is ready to file');
    const badge = await driver.findElement(By.css('.st-ready .st-severity-badge'));
    assert.equal((await badge.getText()).trim(), level);
    const expected = await driver.findElement(By.css('.st-response__expected'));
    assert.match((await expected.getText()).trim(), new RegExp(`${hours}$`), level);
    await clickButton(driver, 'Start another ticket');
  }
}

async function withFirefox(run) {
  const profile = await mkdtemp(join(tmpdir(), 'support-triage-firefox-'));
  const options = new firefox.Options()
    .setBinary('/usr/bin/firefox-esr')
    .addArguments('-headless', '-profile', profile);
  const service = new firefox.ServiceBuilder(process.env.GECKODRIVER);
  const driver = await withTimeout(
    new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build(),
    'starting Firefox',
  );
  try {
    await run(driver);
  } finally {
    await driver.quit();
    await rm(profile, { recursive: true, force: true });
  }
}

async function withWebKit(run) {
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

/** The three cases take longer than the smoke flow, most of all in WebKitGTK under Xvfb. */
const canonicalTimeoutMs = 180_000;

function withLongTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${canonicalTimeoutMs} ms`)), canonicalTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

test('Firefox: the three canonical cases reach "ready to file" with the right level and hours', async () => {
  await withFirefox((driver) => withLongTimeout(canonicalFlows(driver), 'the Firefox canonical cases'));
});

test('WebKitGTK: the three canonical cases reach "ready to file" with the right level and hours', async () => {
  await withWebKit((driver) => withLongTimeout(canonicalFlows(driver), 'the WebKitGTK canonical cases'));
});

test('Firefox: type, reload, the text is restored', async () => {
  await withFirefox((driver) => withTimeout(smokeFlow(driver), 'the Firefox smoke flow'));
});

test('WebKitGTK: type, reload, the text is restored', async () => {
  await withWebKit((driver) => withTimeout(smokeFlow(driver), 'the WebKitGTK smoke flow'));
});
