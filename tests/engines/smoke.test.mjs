// The smoke flow (load, answer the first steps, type, reload, text restored at the same step) in Firefox ESR and WebKitGTK, the engines
// behind Firefox and Safari, through selenium-webdriver. Run under xvfb-run: WebKitGTK has no
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
  await clickButton(driver, 'Continue');
  const title = await driver.wait(until.elementLocated(By.id('st-problem-title')), 10_000);
  const typed = 'Zażółć gęślą jaźń: 한국어 <i>test</i>';
  await title.sendKeys(typed);
  await driver.wait(until.elementLocated(By.xpath("//*[normalize-space()='Saved on this device']")), 10_000);

  await driver.navigate().refresh();
  const restored = await driver.wait(until.elementLocated(By.id('st-problem-title')), 20_000);
  assert.equal(await restored.getAttribute('value'), typed);
}

test('Firefox: type, reload, the text is restored', async () => {
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
    await withTimeout(smokeFlow(driver), 'the Firefox smoke flow');
  } finally {
    await driver.quit();
    await rm(profile, { recursive: true, force: true });
  }
});

test('WebKitGTK: type, reload, the text is restored', async () => {
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
      await withTimeout(smokeFlow(driver), 'the WebKitGTK smoke flow');
    } finally {
      await driver.quit();
    }
  } finally {
    webkitDriver.kill();
  }
});
