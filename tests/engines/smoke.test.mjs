// The smoke flow (load, answer the first steps, type, reload, text restored at the same step)
// and the three canonical severity cases to "ready to file", in Firefox ESR and WebKitGTK, the
// engines behind Firefox and Safari, through selenium-webdriver. Run under xvfb-run: WebKitGTK has no
// headless mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { By } from 'selenium-webdriver';
import { serveStatic } from '../e2e/support/server.mjs';
import {
  withFirefox, withWebKit, withTimeout, clickButton, chooseRadio, waitHeading, waitText,
  fillField, fieldValue, goToProblemStep, problemToImpact,
} from './support.mjs';

let server;

before(async () => {
  server = await serveStatic();
});

after(async () => {
  await server?.close();
});

async function smokeFlow(driver) {
  await driver.get(server.origin);
  await goToProblemStep(driver);
  const typed = 'Zażółć gęślą jaźń: 한국어 <i>test</i>';
  await fillField(driver, 'st-problem-title', typed);
  await waitText(driver, 'Saved on this device');

  await driver.navigate().refresh();
  await waitHeading(driver, 'Describe one problem');
  assert.equal(await fieldValue(driver, 'st-problem-title'), typed);
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
    await goToProblemStep(driver);
    await fillField(driver, 'st-problem-title', `${level} case`);
    await fillField(driver, 'st-problem-description', 'Devices stop at the enrolment screen.');
    await problemToImpact(driver);
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

/** The three cases take longer than the smoke flow, most of all in WebKitGTK under Xvfb. */
const canonicalTimeoutMs = 180_000;

test('Firefox: the three canonical cases reach "ready to file" with the right level and hours', async () => {
  await withFirefox((driver) => withTimeout(canonicalFlows(driver), 'the Firefox canonical cases', canonicalTimeoutMs));
});

test('WebKitGTK: the three canonical cases reach "ready to file" with the right level and hours', async () => {
  await withWebKit((driver) => withTimeout(canonicalFlows(driver), 'the WebKitGTK canonical cases', canonicalTimeoutMs));
});

test('Firefox: type, reload, the text is restored', async () => {
  await withFirefox((driver) => withTimeout(smokeFlow(driver), 'the Firefox smoke flow'));
});

test('WebKitGTK: type, reload, the text is restored', async () => {
  await withWebKit((driver) => withTimeout(smokeFlow(driver), 'the WebKitGTK smoke flow'));
});
