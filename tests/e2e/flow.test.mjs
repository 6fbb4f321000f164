// The guided ticket flow end to end: the canonical severity cases from the vendor's table, the
// routes that leave the flow or change how a ticket is filed, splitting, the override, filing
// with its countdown, and the whole flow with the keyboard only. Every page is checked with
// axe-core and photographed at a phone and a desktop width; every ticket JSON downloaded is
// validated against docs/ticket.schema.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { serveStatic, projectRoot, distDir } from './support/server.mjs';
import { launchBrowser, openPage, assertAccessible, screenshots, tabTo } from './support/browser.mjs';
import { assertValidTicket } from './support/ticket-schema.mjs';

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

/**
 * A page on an empty store, so drafts and the resume position of other tests do not leak in.
 * A fake clock belongs to the whole browser context, so a test that needs one passes its own.
 */
async function freshPage({ clockAt, context = browser.context, origin = server.origin } = {}) {
  const page = await openPage(context, 'about:blank');
  if (clockAt) await page.clock.install({ time: clockAt });
  await page.goto(origin);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Support Triage' }).waitFor();
  return page;
}

/** Checks the page with axe-core and photographs it at both widths. */
async function checkPage(page, name) {
  await assertAccessible(page, name);
  await screenshots(page, `flow-${name}`);
}

async function heading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function clickContinue(page) {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

async function choose(page, group, label) {
  await page.getByRole('group', { name: group }).getByLabel(label, { exact: true }).check();
}

const questions = {
  usability: 'Can your organisation still use the service?',
  scope: 'Who or what is affected?',
  business: 'How much does it hurt the business?',
  workaround: 'Is there an acceptable workaround?',
};

const cases = {
  critical: {
    usability: 'No: it cannot be reached or used at all',
    scope: 'Many users or several services',
    business: 'Severe: production, operations or a deadline is at risk',
    workaround: 'No',
  },
  moderate: {
    usability: 'Yes, but it works worse than before',
    scope: 'One user, customer or service',
    business: 'Moderate: it can wait for business hours',
    workaround: 'No',
  },
  minimal: {
    usability: 'Yes: the problem is a minor inconvenience',
    scope: 'One user, customer or service',
    business: 'Minimal: hardly any effect on the business',
    workaround: 'Yes, an acceptable one',
  },
};

const selfHelpQuestion = 'Did one of these solve your problem?';

/** Presses Tab until the focus is on a radio of the group with this legend. */
async function tabToGroup(page, legend) {
  for (let press = 0; press < 40; press += 1) {
    await page.keyboard.press('Tab');
    const inGroup = await page.evaluate((legend) => {
      const element = document.activeElement;
      const fieldset = element?.closest('fieldset');
      return element?.type === 'radio' && fieldset?.querySelector('legend')?.textContent.trim() === legend;
    }, legend);
    if (inGroup) return;
  }
  assert.fail(`could not reach the group "${legend}" with the Tab key`);
}

const planPage = {
  heading: 'Your support contract and tenant size',
  contract: 'Which support contract does your organisation have?',
  size: 'How many licences does your tenant have?',
};

/**
 * Steps 1 to 3: the problem, self-help did not solve it, and the kind of request.
 */
async function startTicket(page, {
  kind = 'A technical problem',
  check,
  title = 'Enrolment fails',
  description = 'New devices stop at the enrolment screen since this morning.',
} = {}) {
  await page.getByRole('button', { name: 'Start a new ticket' }).click();
  await describeProblem(page, title, description, check);
  await heading(page, 'Before you file a ticket');
  if (check) await checkPage(page, '2-before-you-file');
  await page.getByLabel('No, continue', { exact: true }).check();
  await clickContinue(page);
  await heading(page, 'What is your request about?');
  await page.getByLabel(kind, { exact: true }).check();
  if (check) await checkPage(page, '3-request-kind');
  await clickContinue(page);
}

/** Step 3: the support contract and the size of the tenant, two questions on one page. */
async function choosePlan(page, plan, check, size = '100 licences or more') {
  await heading(page, planPage.heading);
  await choose(page, planPage.contract, plan);
  await choose(page, planPage.size, size);
  await page.getByRole('heading', { name: 'Where this request goes' }).waitFor();
  if (check) await checkPage(page, '4-customer-plan');
  await clickContinue(page);
}

async function describeProblem(page, title, description, check) {
  await heading(page, 'Describe one problem');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('What happens?').fill(description);
  if (check) await checkPage(page, '1-problem');
  await clickContinue(page);
}

async function answerImpact(page, answers) {
  await heading(page, 'How serious is the problem?');
  for (const [question, label] of Object.entries(answers)) {
    await choose(page, questions[question], label);
  }
}

async function fillContact(page, email = 'it-admin@example.com') {
  await heading(page, 'Tell the support engineer more');
  await page.getByLabel('Email address').fill(email);
}

/** The whole flow for one case, from the landing page to "ready to file". */
async function flowToReady(page, { kind, plan = 'Professional (subscription support)', size, answers, title = 'Enrolment fails' }) {
  await startTicket(page, { kind, title });
  await choosePlan(page, plan, false, size);
  await answerImpact(page, answers);
  await clickContinue(page);
  await fillContact(page);
  await clickContinue(page);
  await heading(page, 'Check your answers before filing');
  await clickContinue(page);
  await heading(page, 'Your ticket is ready to file');
}

async function expectedResponse(page) {
  return (await page.locator('.st-response__expected').textContent()).trim();
}

/** The text of the routing summary ("Where this request goes"). */
async function routing(page) {
  return (await page.locator('section[aria-labelledby="st-routing-heading"]').textContent()).trim();
}

async function badge(page) {
  return (await page.locator('.st-ready .st-severity-badge').first().textContent()).trim();
}

/** Downloads the ticket as JSON from the ready page and returns it, valid against the schema. */
async function downloadTicketJson(page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as JSON' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^support-ticket-.*\.json$/);
  return assertValidTicket(await readFile(await file.path(), 'utf8'), file.suggestedFilename());
}

const minutes = (from, to) => (Date.parse(to) - Date.parse(from)) / 60_000;

test('the three canonical cases: critical 2 hours, moderate 4 hours, minimal 8 hours, every step checked', async () => {
  const page = await freshPage();

  // The critical case walks every step with axe-core and screenshots, errors included.
  await startTicket(page, {
    check: true,
    title: 'Nobody can sign in to the company portal',
    description: 'Since 08:00 every user gets an error when signing in.',
  });
  // Both questions of step 4 are required, each with its own error.
  await heading(page, planPage.heading);
  await clickContinue(page);
  const planErrors = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await planErrors.waitFor();
  assert.equal(await planErrors.getByRole('link').count(), 2, 'one error per unanswered question');
  await checkPage(page, '4-customer-plan-errors');
  await choosePlan(page, 'Professional (subscription support)', true);

  await heading(page, 'How serious is the problem?');
  assert.equal(await page.locator('[aria-current="step"]').textContent(), 'Step 5 of 7');
  await clickContinue(page);
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.waitFor();
  assert.equal(await summary.getByRole('link').count(), 4, 'one error per unanswered question');
  assert.match(await page.title(), /^Error: /);
  await checkPage(page, '5-impact-errors');

  await choose(page, questions.usability, cases.critical.usability);
  const live = page.locator('.st-severity-panel__live');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  // One answer is not enough for critical: the open questions count as "I don't know".
  assert.match(await live.textContent(), /Moderate \(B\)/);
  assert.match(await live.textContent(), /Moderate because:.*the service cannot be reached or used.*it is not known yet who or what is affected/);
  await answerImpact(page, cases.critical);
  assert.match(await live.textContent(), /Critical because:.*the service cannot be reached or used.*many users or several services are affected/);
  await checkPage(page, '5-impact-critical');
  await clickContinue(page);

  await heading(page, 'Tell the support engineer more');
  await checkPage(page, '6-details');
  await clickContinue(page);
  await page.getByRole('alert').filter({ hasText: 'Enter an email address or a phone number' }).waitFor();
  await page.getByLabel('Email address').fill('not an address');
  await clickContinue(page);
  await page.getByRole('alert').filter({ hasText: 'Enter an email address in the correct format' }).waitFor();
  await checkPage(page, '6-details-errors');
  await page.getByLabel('Email address').fill('it-admin@example.com');
  await page.getByLabel('Android', { exact: true }).check();
  await page.getByLabel('Another platform').check();
  await page.getByLabel('Which platform?').fill('ChromeOS');
  await page.getByLabel('Tier 1 has looked at this').check();
  await page.getByLabel('What did tier 1 find? (optional)').fill('Reproduced on three phones.');
  const language = page.getByLabel('Language for support');
  assert.deepEqual(await language.locator('option').allTextContents(), ['English', 'Japanese']);
  assert.match(await page.locator('#st-support-language-hint').textContent(), /English and Japanese/);
  await checkPage(page, '6-details-filled');
  await clickContinue(page);

  await heading(page, 'Check your answers before filing');
  const answers = await page.locator('.st-summary-list').allTextContents();
  assert.match(answers.join(' '), /Android, ChromeOS/);
  assert.match(answers.join(' '), /Tier 1: Reproduced on three phones\./);
  assert.match(answers.join(' '), /English/);
  await checkPage(page, '7-check-answers');
  await clickContinue(page);

  await heading(page, 'Your ticket is ready to file');
  assert.equal(await badge(page), 'Critical (A)');
  assert.match(await expectedResponse(page), /within 2 hours$/);
  assert.equal(await page.locator('svg.st-timeline__picture').getAttribute('role'), 'img');
  assert.match(await page.locator('svg.st-timeline__picture').getAttribute('aria-label'), /Timeline from If filed now/);
  const ticketText = await page.locator('#st-ticket-text').textContent();
  assert.match(ticketText, /^Severity: Critical \(A\)/);
  assert.match(ticketText, /Expected first response: by .* within 2 hours/);
  assert.match(ticketText, /Where to file it: Office 365 admin centre, category “Mobile device management”/);
  assert.equal(await page.locator('[style]').count(), 0, 'no style attributes anywhere');
  await checkPage(page, 'ready-critical');

  // The other two cases change the impact answers through the Change link.
  for (const [level, letter, hours] of [['moderate', 'Moderate (B)', 4], ['minimal', 'Minimal (C)', 8]]) {
    await page.getByRole('button', { name: 'Back' }).click();
    await heading(page, 'Check your answers before filing');
    await page.getByRole('button', { name: 'Change Can your organisation still use the service?' }).click();
    await answerImpact(page, cases[level]);
    await clickContinue(page);
    await heading(page, 'Check your answers before filing');
    await clickContinue(page);
    await heading(page, 'Your ticket is ready to file');
    assert.equal(await badge(page), letter);
    assert.match(await expectedResponse(page), new RegExp(`within ${hours} hours$`));
    await checkPage(page, `ready-${level}`);
  }
  page.assertNoProblems();
  await page.close();
});

// The sources list no languages for phone and billing support, only "more languages" and a page
// per country or region: the app shows that sentence and the link, never a list of its own.
const phoneLanguages = /Phone support and online billing support are offered in more languages than online technical support\./;
const phonePage = 'https://docs.microsoft.com/intune/contact-assisted-phone-support-for-microsoft-intune';

test('a billing request is filed in the billing category; its languages are on the per-country page', async () => {
  const page = await freshPage();
  await flowToReady(page, { kind: 'Billing, licensing or my account', answers: cases.minimal, title: 'Invoice shows too many licences' });
  const where = await routing(page);
  assert.match(where, /Billing and product information/);
  assert.match(where, phoneLanguages);
  assert.doesNotMatch(where, /Online support is offered in/);
  assert.doesNotMatch(where, /Polish/, 'no language list the sources do not give');
  const link = page.getByRole('link', { name: 'Phone numbers, hours and languages by country or region' });
  assert.equal(await link.getAttribute('href'), phonePage);
  assert.match(await expectedResponse(page), /within 8 hours$/);
  await checkPage(page, 'ready-billing');
  page.assertNoProblems();
  await page.close();
});

test('Configuration Manager with the service stays in the flow, through the usual channel at no charge', async () => {
  const page = await freshPage();
  await startTicket(page, { kind: 'Configuration Manager together with the service (co-management or tenant attach)' });
  await heading(page, planPage.heading);
  await choose(page, planPage.contract, 'Professional (subscription support)');
  await choose(page, planPage.size, '100 licences or more');
  await page.getByRole('heading', { name: 'Where this request goes' }).waitFor();
  const where = await routing(page);
  assert.match(where, /Office 365 admin centre/);
  assert.match(where, /Mobile device management/);
  assert.doesNotMatch(where, /paid|partner/i, 'no partner and no charge');
  await checkPage(page, '4-configuration-manager-with-service');
  await clickContinue(page);
  await heading(page, 'How serious is the problem?');
  page.assertNoProblems();
  await page.close();
});

test('Configuration Manager on its own leaves the flow: a partner or paid support', async () => {
  const page = await freshPage();
  await startTicket(page, { kind: 'Configuration Manager or Endpoint Protection on its own' });
  await heading(page, 'This request goes elsewhere');
  const step = await page.locator('.st-step').textContent();
  assert.match(step, /Contact your partner/);
  assert.match(step, /it is paid, or deducted from your existing licence or Premier agreement/);
  await checkPage(page, 'elsewhere-partner');
  page.assertNoProblems();
  await page.close();
});

// Until the page owner enters the contract's figures, the Premier targets are the built-in example:
// shown as an example, never as a due time, a countdown or "overdue".
test('a Premier customer: the example 1, 2 and 4 hours are marked as an example, with no countdown', async (t) => {
  const ownBrowser = await launchBrowser();
  t.after(() => ownBrowser.close());
  const page = await freshPage({ clockAt: new Date('2026-11-23T09:00:00Z'), context: ownBrowser.context });
  await flowToReady(page, { plan: 'Premier', answers: cases.critical });
  assert.equal(await expectedResponse(page), 'Example only, not a commitment: a first response within 1 hour');
  const ready = await page.locator('.st-ready').textContent();
  assert.match(ready, /Your support contract sets the real response times: look them up there\./);
  assert.match(ready, /Premier support portal/);
  assert.match(await routing(page), /procedural questions .* are charged/);
  assert.equal(await page.locator('svg.st-timeline__picture').count(), 0, 'no timeline to an example due time');
  assert.match(await page.locator('#st-ticket-text').textContent(), /Expected first response: as set in your support contract/);
  // The JSON claims no target or due time either: the contract decides.
  const premier = (await downloadTicketJson(page)).derived;
  assert.equal(premier.support_contract, 'premier');
  assert.equal(premier.channel_id, 'premier-portal');
  assert.match(premier.expected_first_response, /as set in your support contract/);
  for (const member of ['response_target_minutes', 'response_clock', 'response_starts_at', 'response_due_at']) {
    assert.equal(premier[member], null, member);
  }
  await checkPage(page, 'ready-premier');
  for (const [level, hours] of [['moderate', 2], ['minimal', 4]]) {
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Change Who or what is affected?' }).click();
    await answerImpact(page, cases[level]);
    await clickContinue(page);
    await clickContinue(page);
    await heading(page, 'Your ticket is ready to file');
    assert.equal(await expectedResponse(page), `Example only, not a commitment: a first response within ${hours} hours`);
  }
  // Filed, and long past the example's hour: still no countdown and nothing overdue.
  await page.getByLabel("The vendor's ticket number").fill('2611230010002');
  await page.getByRole('button', { name: 'I have filed it' }).click();
  await heading(page, 'Ticket filed');
  await page.clock.fastForward('06:00:00');
  await page.clock.runFor(31_000);
  assert.equal(await page.locator('.st-countdown').count(), 0);
  assert.doesNotMatch(await page.locator('.st-ready').textContent(), /Overdue|Due in/);
  assert.match(await expectedResponse(page), /^Example only, not a commitment/);
  const filedPremier = (await downloadTicketJson(page)).derived;
  assert.match(filedPremier.filed_at, /^2026-11-23T09:/);
  assert.equal(filedPremier.response_due_at, null);
  await checkPage(page, 'filed-premier-example');
  page.assertNoProblems();
  await page.close();
});

test('a Premier billing question is opened on the Premier page, not in the admin centre', async () => {
  const page = await freshPage();
  await flowToReady(page, { kind: 'Billing, licensing or my account', plan: 'Premier', answers: cases.minimal, title: 'Invoice for the Premier agreement' });
  const where = await routing(page);
  assert.match(where, /Premier support portal/);
  assert.match(where, /billing, licensing or your account/);
  assert.doesNotMatch(where, /Office 365 admin centre|Billing and product information/);
  assert.doesNotMatch(where, /procedural questions/, 'billing questions are not procedural questions');
  assert.equal(await page.getByRole('link', { name: 'Premier support portal' }).getAttribute('href'), 'https://support.microsoft.com/en-us/premier/contacts');
  assert.match(await expectedResponse(page), /^Example only, not a commitment/);
  await checkPage(page, 'ready-premier-billing');
  page.assertNoProblems();
  await page.close();
});

test('a Premier customer with fewer than 100 licences files on the Premier page, with the Premier targets', async () => {
  const page = await freshPage();
  await startTicket(page, { title: 'Compliance policy not applied', description: 'New iPhones stay non-compliant for a day.' });
  await heading(page, planPage.heading);
  await choose(page, planPage.contract, 'Premier');
  await choose(page, planPage.size, 'Fewer than 100 licences');
  await page.getByRole('heading', { name: 'Where this request goes' }).waitFor();
  const where = await routing(page);
  assert.match(where, /Premier support portal/);
  assert.doesNotMatch(where, /called back|Need help\?/);
  await checkPage(page, '3-premier-small-tenant');
  await clickContinue(page);
  await answerImpact(page, cases.moderate);
  await clickContinue(page);
  await fillContact(page);
  await clickContinue(page);
  await heading(page, 'Check your answers before filing');
  const answers = (await page.locator('.st-summary-list').allTextContents()).join(' ');
  assert.match(answers, /Support contract\s*Premier/);
  assert.match(answers, /Licences in your tenant\s*Fewer than 100 licences/);
  await clickContinue(page);
  await heading(page, 'Your ticket is ready to file');
  assert.equal(await expectedResponse(page), 'Example only, not a commitment: a first response within 2 hours');
  const ticketText = await page.locator('#st-ticket-text').textContent();
  assert.match(ticketText, /Support contract: Premier/);
  assert.match(ticketText, /Tenant size: fewer than 100 licences/);
  assert.match(ticketText, /Where to file it: Premier support portal/);
  page.assertNoProblems();
  await page.close();
});

test('a small Professional tenant is offered a call-back', async () => {
  const page = await freshPage();
  await startTicket(page, { title: 'Cannot add a device', description: 'The add button does nothing.' });
  await heading(page, planPage.heading);
  await choose(page, planPage.size, 'Fewer than 100 licences');
  // Where the request goes waits for the second answer.
  assert.equal(await page.getByRole('heading', { name: 'Where this request goes' }).count(), 0);
  await choose(page, planPage.contract, 'Professional (subscription support)');
  await page.getByText('You can ask to be called back instead of writing a ticket.').waitFor();
  await checkPage(page, '3-small-tenant');
  await clickContinue(page);
  await answerImpact(page, cases.moderate);
  await clickContinue(page);
  await fillContact(page);
  await page.getByLabel('Phone number').fill('+44 20 7946 0000');
  await page.getByLabel('Phone', { exact: true }).check();
  await clickContinue(page);
  await clickContinue(page);
  await heading(page, 'Your ticket is ready to file');
  assert.match(await page.locator('.st-ready').textContent(), /You can ask to be called back instead of writing a ticket\./);
  assert.match(await page.locator('.st-ready').textContent(), /Need help\?/);
  await checkPage(page, 'ready-small-tenant');
  page.assertNoProblems();
  await page.close();
});

test('a call-back is phone support: never described as online support, and no invented language list', async () => {
  const page = await freshPage();
  await startTicket(page, { kind: 'Billing, licensing or my account', title: 'Invoice shows too many licences', description: 'The invoice counts 120 licences; we have 80.' });
  await heading(page, planPage.heading);
  await choose(page, planPage.contract, 'Professional (subscription support)');
  await choose(page, planPage.size, 'Fewer than 100 licences');
  await page.getByText('You can ask to be called back instead of writing a ticket.').waitFor();
  for (const where of [await routing(page)]) {
    assert.match(where, /"Need help\?" in the Office 365 admin centre/);
    assert.match(where, phoneLanguages);
    assert.doesNotMatch(where, /Online support is offered in/);
    assert.doesNotMatch(where, /English|Japanese/, 'no language list for phone support');
  }
  const link = page.getByRole('link', { name: 'Phone numbers, hours and languages by country or region' });
  assert.equal(await link.getAttribute('href'), phonePage);
  await checkPage(page, '3-phone-wording');
  await clickContinue(page);
  await answerImpact(page, cases.minimal);
  await clickContinue(page);
  await fillContact(page);
  // No list of support languages to choose from: the sources give none for phone support.
  assert.equal(await page.getByLabel('Language for support').count(), 0);
  await clickContinue(page);
  await clickContinue(page);
  await heading(page, 'Your ticket is ready to file');
  const where = await routing(page);
  assert.match(where, phoneLanguages);
  assert.doesNotMatch(where, /Online support is offered in/);
  page.assertNoProblems();
  await page.close();
});

test('a description with several problems is split into linked drafts', async () => {
  const page = await freshPage();
  await page.getByRole('button', { name: 'Start a new ticket' }).click();
  await heading(page, 'Describe one problem');
  await page.getByLabel('Title', { exact: true }).fill('VPN and Wi-Fi problems');
  // One problem with ids, fields and an "Also" that adds to it: no warning.
  await page.getByLabel('What happens?').fill(
    'Sign-in to Teams is blocked by Conditional Access with AADSTS53000.\n'
    + 'Request Id: 8d1f4c7a-2b3e-4f90-a6d1-5e7c9b0a2f13\n'
    + 'Correlation Id: 4b9e2d71-c0a3-4e8f-9d52-7a1b6c3e0f84\n'
    + '- Device: iPhone 15\n- OS: iOS 17.4\n\n'
    + 'Also, this only happens on the iPhones enrolled last week.',
  );
  // The description is read once typing has rested 400 ms; give it a second.
  await page.waitForTimeout(1000);
  assert.equal(await page.getByRole('heading', { name: 'This looks like more than one problem' }).count(), 0);
  // Two problems, typed and split with the keyboard only.
  await page.getByLabel('What happens?').fill('');
  await page.getByLabel('What happens?').focus();
  await page.keyboard.type('1. VPN fails on iOS\n2. Wi-Fi profile missing on Android');
  await page.getByRole('heading', { name: 'This looks like more than one problem' }).waitFor();
  await checkPage(page, '1-problem-several');
  await tabTo(page, 'Split into separate drafts');
  await page.keyboard.press('Enter');
  await page.getByText('Done: this draft now holds the first problem.').waitFor();
  assert.equal(await page.getByLabel('What happens?').inputValue(), 'VPN fails on iOS');
  await checkPage(page, '1-problem-split');

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'View all drafts' }).first().click();
  await heading(page, 'Your drafts');
  const titles = await page.locator('.st-table tbody th .st-link-button').allTextContents();
  assert.equal(titles.length, 2, `two linked drafts: ${titles}`);
  assert.ok(titles.some((title) => /Wi-Fi profile missing on Android/.test(title)), `${titles}`);
  // Each draft names the other: the link shows both ways.
  const links = await page.locator('.st-table tbody th .st-drafts__linked').allTextContents();
  assert.equal(links.length, 2, `${links}`);
  assert.ok(links[0].startsWith('Split from the same description as:'), links[0]);
  assert.ok(links[0].includes(titles[1].trim()) && links[1].includes(titles[0].trim()), `${titles} / ${links}`);
  await checkPage(page, 'drafts-after-split');
  page.assertNoProblems();
  await page.close();
});

test('choosing a different severity needs a written reason', async () => {
  const page = await freshPage();
  await startTicket(page, { title: 'Reports export slowly', description: 'Exports take ten minutes instead of one.' });
  await choosePlan(page, 'Professional (subscription support)');
  await answerImpact(page, cases.minimal);
  await page.getByLabel('Choose a different severity').check();
  await choose(page, 'Which severity should the ticket have?', 'Moderate (B)');
  await clickContinue(page);
  await page.getByRole('alert').filter({ hasText: 'Explain why the ticket needs a different severity' }).waitFor();
  await checkPage(page, '5-override-error');
  await page.getByLabel('Why does the ticket need this severity?').fill('The quarterly report is due on Friday.');
  await checkPage(page, '5-override');
  await clickContinue(page);
  await fillContact(page);
  await clickContinue(page);
  await heading(page, 'Check your answers before filing');
  assert.match(await page.locator('.st-summary-list').nth(2).textContent(), /The quarterly report is due on Friday\./);
  await clickContinue(page);
  await heading(page, 'Your ticket is ready to file');
  assert.equal(await badge(page), 'Moderate (B)');
  assert.match(await expectedResponse(page), /within 4 hours$/);
  const ready = await page.locator('.st-ready').textContent();
  assert.match(ready, /Moderate \(B\) chosen by you/);
  assert.match(ready, /Minimal because:/);
  assert.match(await page.locator('#st-ticket-text').textContent(), /Why this severity was chosen by hand: The quarterly report is due on Friday\./);
  const overridden = await downloadTicketJson(page);
  assert.equal(overridden.ticket.severity_override.reason, 'The quarterly report is due on Friday.');
  assert.equal(overridden.derived.computed_level, 'minimal');
  assert.equal(overridden.derived.effective_level, 'moderate');
  assert.equal(overridden.derived.level_source, 'chosen');
  assert.equal(overridden.derived.response_target_minutes, 240);
  await checkPage(page, 'ready-override');
  page.assertNoProblems();
  await page.close();
});

test('"I have filed it" starts a countdown that turns overdue', async (t) => {
  const ownBrowser = await launchBrowser();
  t.after(() => ownBrowser.close());
  const page = await freshPage({ clockAt: new Date('2026-11-23T09:00:00Z'), context: ownBrowser.context });
  await flowToReady(page, { answers: cases.critical });
  // Not filed yet: the window it would have if filed now, and no filing time.
  const draft = await downloadTicketJson(page);
  assert.equal(draft.version, 2);
  assert.deepEqual(
    {
      level: draft.derived.effective_level, source: draft.derived.level_source, reasons: draft.derived.reasons,
      kind: draft.derived.request_kind, contract: draft.derived.support_contract, channel: draft.derived.channel_id,
      language: draft.derived.ticket_language, target: draft.derived.response_target_minutes,
      clock: draft.derived.response_clock, filed: draft.derived.filed_at,
    },
    {
      level: 'critical', source: 'computed', reasons: ['service_unusable', 'many_affected', 'severe_business_impact', 'no_workaround'],
      kind: 'technical', contract: 'professional', channel: 'admin-centre-mdm',
      language: 'en', target: 120, clock: { kind: 'around_the_clock' }, filed: null,
    },
  );
  assert.match(draft.derived.response_starts_at, /^2026-11-23T09:/);
  assert.equal(minutes(draft.derived.response_starts_at, draft.derived.response_due_at), 120);
  await page.getByRole('button', { name: 'I have filed it' }).click();
  await page.getByRole('alert').filter({ hasText: 'Enter the ticket number the vendor gave you' }).waitFor();
  await checkPage(page, 'ready-filed-error');
  await page.getByLabel("The vendor's ticket number").fill('2611230010001');
  await page.getByRole('button', { name: 'I have filed it' }).click();
  await heading(page, 'Ticket filed');
  assert.match(await page.locator('.st-panel--confirmation').textContent(), /ticket 2611230010001/);
  assert.match(await page.locator('.st-countdown').textContent(), /Due in (2 hours|1 hour 59 minutes)/);
  assert.match(await page.locator('#st-ticket-text').textContent(), /Vendor ticket number: 2611230010001/);
  // Filed: the window runs from the filing time, which the ticket's status holds too.
  const filed = await downloadTicketJson(page);
  assert.equal(filed.ticket.status.state, 'filed');
  assert.equal(filed.derived.filed_at, filed.ticket.status.filed_at);
  assert.equal(filed.derived.response_starts_at, filed.derived.filed_at);
  assert.equal(minutes(filed.derived.filed_at, filed.derived.response_due_at), 120);
  await checkPage(page, 'ready-filed');

  await page.clock.fastForward('01:00:00');
  await page.locator('.st-countdown').filter({ hasText: /Due in (1 hour|59 minutes)/ }).waitFor();
  await page.clock.fastForward('01:20:00');
  await page.locator('.st-countdown--overdue').filter({ hasText: /Overdue by (19|20) minutes/ }).waitFor();
  assert.match(await page.locator('.st-countdown__text').textContent(), /^Overdue by/);
  assert.equal(await page.locator('.st-timeline__overdue').count(), 1);
  await checkPage(page, 'ready-overdue');

  // A reload opens the filed ticket on the same page, still counting from the filing time.
  await page.reload();
  await heading(page, 'Ticket filed');
  assert.match(await page.locator('.st-countdown').textContent(), /Overdue by/);

  // A mistyped number is corrected; the old one stays on record.
  await page.getByText('Correct the number, or say it was not filed').click();
  await page.getByLabel("The vendor's ticket number, corrected").fill('2611230010002');
  await page.getByRole('button', { name: 'Save the corrected number' }).click();
  await page.locator('.st-panel--confirmation').filter({ hasText: 'ticket 2611230010002' }).waitFor();
  assert.match(await page.locator('#st-ticket-text').textContent(), /Vendor ticket number: 2611230010002/);
  await page.getByRole('heading', { name: 'Earlier filings' }).waitFor();
  assert.match(await page.locator('section[aria-labelledby="st-filing-history-heading"]').textContent(), /Ticket 2611230010001, corrected on/);
  await checkPage(page, 'ready-filed-corrected');
  // Not filed after all: a draft again, with both filings on record.
  await page.getByRole('button', { name: 'It was not filed after all' }).click();
  await heading(page, 'Your ticket is ready to file');
  await page.getByRole('button', { name: 'I have filed it' }).waitFor();
  const history = await page.locator('section[aria-labelledby="st-filing-history-heading"] li').allTextContents();
  assert.equal(history.length, 2);
  assert.match(history[1], /Ticket 2611230010002, marked as not filed on/);
  // Once saved (the autosave waits for a pause), the stored draft says so too.
  const storedDraft = () => Object.entries(localStorage)
    .filter(([key]) => key.includes(':draft:')).map(([, raw]) => JSON.parse(raw).ticket)[0];
  await page.waitForFunction(`(${storedDraft})().status.state === 'draft'`);
  const stored = await page.evaluate(storedDraft);
  assert.deepEqual(stored.filing_history.map((earlier) => [earlier.vendor_ticket_number, earlier.change]),
    [['2611230010001', 'number_corrected'], ['2611230010002', 'withdrawn']]);
  page.assertNoProblems();
  await page.close();
});

test('copy puts the ticket text on the clipboard', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await freshPage();
  await flowToReady(page, { answers: cases.moderate });
  await page.getByRole('button', { name: 'Copy the ticket text' }).click();
  await page.getByText('Copied. Paste it into the vendor').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('#st-ticket-text').textContent());
  const mailto = await page.getByRole('link', { name: 'Email the ticket text' }).getAttribute('href');
  assert.match(mailto, /^mailto:\?subject=Enrolment%20fails&body=Severity%3A%20Moderate/);
  assert.ok(mailto.length <= 1800);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  assert.match((await download).suggestedFilename(), /^support-ticket-.*\.md$/);
  // The JSON names the language the ticket text is written in, which the admin may change.
  const english = await downloadTicketJson(page);
  assert.equal(english.derived.ticket_language, 'en');
  assert.match(english.derived.expected_first_response, /within 4 hours/);
  await page.getByLabel('Language of the ticket').selectOption('pl');
  await page.locator('#st-ticket-text[lang="pl"]').filter({ hasText: /^Ważność: / }).waitFor();
  const polish = await downloadTicketJson(page);
  assert.equal(polish.derived.ticket_language, 'pl');
  assert.match(polish.derived.expected_first_response, /4 godzin/);
  assert.equal(polish.derived.response_target_minutes, 240);
  assert.equal(polish.derived.channel_id, english.derived.channel_id);
  await page.getByLabel('Language of the ticket').selectOption('en');
  await page.locator('#st-ticket-text[lang="en"]').filter({ hasText: /^Severity: / }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Copy the ticket text' }).isVisible(), false);
  assert.equal(await page.locator('#st-ticket-text').isVisible(), true);
  await screenshots(page, 'flow-ready-print');
  await page.emulateMedia({ media: 'screen' });
  page.assertNoProblems();
  await page.close();
});

test('keyboard only: the whole flow from the landing page to ready to file', async () => {
  const page = await freshPage();
  await tabTo(page, 'Start a new ticket');
  await page.keyboard.press('Enter');

  await heading(page, 'Describe one problem');
  await tabTo(page, 'Title');
  await page.keyboard.type('Company portal unreachable');
  await tabTo(page, 'What happens?');
  await page.keyboard.type('Every user gets a timeout.');
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await heading(page, 'Before you file a ticket');
  // Into the radios; the arrow keys wrap from the first to the last, "No, continue".
  await tabToGroup(page, selfHelpQuestion);
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.getByLabel('No, continue', { exact: true }).isChecked(), true);
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await heading(page, 'What is your request about?');
  await tabTo(page, 'A technical problem');
  await page.keyboard.press('Space');
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await heading(page, planPage.heading);
  await tabTo(page, 'Professional (subscription support)');
  await page.keyboard.press('Space');
  await tabTo(page, 'Fewer than 100 licences');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('group', { name: planPage.size }).getByLabel('100 licences or more').isChecked(), true);
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await heading(page, 'How serious is the problem?');
  for (const first of [cases.critical.usability, cases.critical.scope, cases.critical.business]) {
    await tabTo(page, first);
    await page.keyboard.press('Space');
  }
  await tabTo(page, 'Yes, an acceptable one');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByRole('group', { name: questions.workaround }).getByLabel('No', { exact: true }).isChecked(), true);
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await heading(page, 'Tell the support engineer more');
  await tabTo(page, 'Windows');
  await page.keyboard.press('Space');
  await tabTo(page, 'Tier 2 has looked at this');
  await page.keyboard.press('Space');
  await tabTo(page, 'What did tier 2 find? (optional)');
  await page.keyboard.type('Portal returns 503.');
  await tabTo(page, 'Email address');
  await page.keyboard.type('it-admin@example.com');
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await heading(page, 'Check your answers before filing');
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await heading(page, 'Your ticket is ready to file');
  assert.equal(await badge(page), 'Critical (A)');
  assert.match(await expectedResponse(page), /within 2 hours$/);
  await tabTo(page, "The vendor's ticket number");
  await page.keyboard.type('KB-1');
  await page.keyboard.press('Enter');
  await heading(page, 'Ticket filed');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('st-panel--confirmation')), true);
  page.assertNoProblems();
  await page.close();
});

test('a business-hours target: the clock stops over the weekend and the timeline shades it', async (t) => {
  const host = await serveStatic({
    root: join(projectRoot, 'tests', 'fixtures', 'business-hours'),
    mounts: { '/support-triage/': distDir },
  });
  const ownBrowser = await launchBrowser();
  t.after(async () => {
    await ownBrowser.close();
    await host.close();
  });
  // Friday 15:00 in London: two office hours left this week, six more on Monday.
  const page = await freshPage({
    clockAt: new Date('2026-11-20T15:00:00Z'), context: ownBrowser.context, origin: host.origin,
  });
  await flowToReady(page, { answers: cases.minimal });
  assert.match(await expectedResponse(page), /within 8 business hours$/);
  const picture = page.locator('svg.st-timeline__picture');
  assert.match(await picture.getAttribute('aria-label'), /closed hours are shaded/);
  assert.equal(await picture.locator('.st-timeline__closed').count(), 1);
  assert.equal(await picture.locator('.st-timeline__open').count(), 2, 'Friday afternoon and Monday');
  assert.match(await page.locator('.st-timeline__legend').textContent(), /Support closed: the clock stops/);
  const { derived } = await downloadTicketJson(page);
  assert.equal(derived.response_target_minutes, 480);
  assert.deepEqual(derived.response_clock, { kind: 'business', calendar: 'office', time_zone: 'Europe/London' });
  // Two office hours on Friday, the weekend closed, six more on Monday: due 72 hours later.
  assert.match(derived.response_starts_at, /^2026-11-20T15:0/);
  assert.equal(minutes(derived.response_starts_at, derived.response_due_at), 72 * 60);
  await checkPage(page, 'ready-business-hours');
  page.assertNoProblems();
  await page.close();
});
