// Embedding: a realistic intranet page with two widgets, the JavaScript API, a strict
// Content-Security-Policy, a sandboxed iframe and a cross-site iframe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, projectRoot, distDir } from './support/server.mjs';
import {
  launchBrowser, openPage, assertAccessible, screenshots, goToProblemStep, problemToImpact,
} from './support/browser.mjs';
import { assertValidTicket } from './support/ticket-schema.mjs';
import { finishedTicket, openOnReadyPage } from './support/storage-records.mjs';

const strictPolicy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

let browser;
before(async () => {
  // widget.test is a second site on the loopback address, for the cross-site iframe.
  browser = await launchBrowser({ extraArgs: ['--host-resolver-rules=MAP widget.test 127.0.0.1'] });
});
after(async () => {
  await browser?.close();
});

async function intranetServer(extra = {}) {
  return serveStatic({
    root: join(projectRoot, 'examples', 'intranet'),
    mounts: { '/support-triage/': distDir },
    ...extra,
  });
}

/** Collects Content-Security-Policy violations from the moment the page starts. */
async function watchPolicyViolations(page) {
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.policyViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

test('an intranet page hosts two widgets, each with its own configuration and storage', async () => {
  const server = await intranetServer();
  const page = await openPage(browser.context, server.origin);
  // Each widget sits in a section under the page's h1 and h2: one by its data-heading-level
  // attribute, the other by its configuration, both start their headings at h3.
  await page.locator('#workplace-widget .st-root h3').first().waitFor();
  await page.locator('#labs-widget .st-root h3').first().waitFor();
  assert.equal(await page.locator('.st-root').count(), 2);
  assert.equal(await page.locator('.st-root :is(h1, h2)').count(), 0, 'the widgets never repeat the page\'s top headings');
  assert.equal(await page.locator('#workplace-widget .st-root h3').first().textContent(), 'Support Triage');
  assert.ok(await page.locator('#workplace-widget .st-root h4').count() >= 2, 'the landing sections are one level below');

  const workplace = page.locator('#workplace-widget');
  const labs = page.locator('#labs-widget');
  // The host page's aggressive CSS does not reach into the widget.
  const style = await workplace.getByRole('button', { name: 'Start a new ticket' }).evaluate((button) => {
    const computed = getComputedStyle(button);
    return { background: computed.backgroundColor, font: computed.fontFamily, transform: computed.textTransform };
  });
  assert.equal(style.background, 'rgb(0, 112, 60)');
  assert.doesNotMatch(style.font, /cursive/);
  assert.equal(style.transform, 'none');

  // The problem comes first, then "Before you file" with the configured resources.
  for (const widget of [workplace, labs]) {
    await widget.getByRole('button', { name: 'Start a new ticket' }).click();
    await widget.getByLabel('Title', { exact: true }).fill('Printer queue stalls');
    await widget.getByLabel('What happens?').fill('Jobs wait in the queue for an hour.');
    await widget.getByRole('button', { name: 'Continue', exact: true }).click();
    await widget.getByRole('heading', { name: 'Before you file a ticket', level: 3 }).waitFor();
  }
  await workplace.getByLabel('No, continue', { exact: true }).check();
  await labs.getByText('Lab devices: known issues').waitFor();
  // Both widgets show the same step: no id is shared, and each radio group stays its own.
  const duplicateIds = await page.evaluate(() => {
    const seen = new Map();
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    return [...seen].filter(([id, count]) => count > 1 && (document.getElementById(id)?.matches('input, select, textarea'))).map(([id]) => id);
  });
  assert.deepEqual(duplicateIds, [], 'form controls with the same id in two widgets');
  await labs.getByLabel('Yes', { exact: true }).check();
  assert.equal(await workplace.getByLabel('No, continue', { exact: true }).isChecked(), true);
  assert.equal(await labs.getByLabel('Yes', { exact: true }).isChecked(), true);
  assert.equal(await workplace.getByText('Lab devices: known issues').count(), 0);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((key) => key.startsWith('intranet-workplace:draft:')), keys.join());
  assert.ok(keys.some((key) => key.startsWith('intranet-labs:draft:')), keys.join());
  assert.ok(!keys.some((key) => key.startsWith('support-triage:')), keys.join());
  // The host page keeps its own title.
  assert.equal(await page.title(), 'Contoso intranet – IT help');
  await assertAccessible(page, 'the widgets in the intranet page', { include: '#workplace-widget' });
  await assertAccessible(page, 'the widgets in the intranet page', { include: '#labs-widget' });
  await screenshots(page, 'intranet-host-page');
  page.assertNoProblems();
  await page.close();
  await server.close();
});

test('the JavaScript API mounts, reads the open draft and unmounts; bad configuration is reported', async () => {
  const server = await intranetServer();
  const page = await openPage(browser.context, server.origin);
  const id = await mountWithApi(page, 'api-widget', {
    config: JSON.stringify({
      version: 1,
      storage_prefix: 'api-widget',
      favourite_colour: 'green',
      self_help: [{ title: 'Sneaky', url: ' JaVaScRiPt:alert(1)', description: 'x' }],
    }),
    attributes: { 'data-heading-level': 'seven' },
  });
  const widget = page.locator('#api-widget');
  await widget.getByText("This page's configuration has problems").click();
  const problems = await widget.locator('.st-config-problems').textContent();
  assert.match(problems, /favourite_colour/);
  assert.match(problems, /self_help\[0\]\.url/);
  assert.match(problems, /data-heading-level: expected a whole number from 1 to 4, got "seven"/);
  assert.equal(await widget.locator('.st-root h1').count(), 1, 'the configured level, 1, is used');
  assert.equal(await page.evaluate((instance) => window.SupportTriage.currentDraft(instance), id), undefined);
  await goToProblemStep(widget);
  await widget.getByLabel('Title').fill('Read by the host page');
  // currentDraft gives the open draft as a ticket export, without the ready page's facts.
  const draft = assertValidTicket(
    await page.evaluate((instance) => window.SupportTriage.currentDraft(instance), id), 'currentDraft',
  );
  assert.equal(draft.ticket.title, 'Read by the host page');
  assert.equal(draft.derived.level_source, 'computed');
  assert.equal(draft.derived.response_due_at, null);
  await page.evaluate((instance) => window.SupportTriage.unmount(instance), id);
  assert.equal(await widget.locator('.st-root').count(), 0);
  page.assertNoProblems();
  await page.close();
  await server.close();
});

test('a strict Content-Security-Policy: the whole flow runs without a single violation', async () => {
  const server = await serveStatic({ headers: { 'content-security-policy': strictPolicy } });
  const page = await browser.context.newPage();
  await watchPolicyViolations(page);
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.origin);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await goToProblemStep(page);
  const next = () => page.locator('.st-form button[type=submit]').click();
  await page.getByLabel('Title').fill('Under a strict policy');
  await page.getByLabel('What happens?').fill('1. Windows enrolment fails with 0x80180014\n2. Compliance on iPhones shows an error 0x87D1FDE8');
  await page.getByText('This looks like more than one problem').waitFor();
  await page.getByRole('button', { name: 'Split into separate drafts' }).click();
  await next();
  await page.getByLabel('No, continue', { exact: true }).check();
  await next();
  await page.getByLabel('A technical problem').check();
  await next();
  await page.getByLabel('Professional (subscription support)').check();
  await page.getByLabel('100 licences or more').check();
  await next();
  for (const group of ['st-impact-usability', 'st-impact-scope', 'st-impact-business', 'st-impact-workaround']) {
    await page.locator(`#${group}`).check();
  }
  await next();
  await page.locator('#st-contact-email').fill('it-admin@example.com');
  await next();
  await page.locator('.st-summary-list').first().waitFor();
  await next();
  // Ready to file: the timeline, the ticket text and filing, all under the policy.
  await page.locator('#st-ticket-text').waitFor();
  await page.locator('.st-root svg').first().waitFor();
  await page.getByLabel("The vendor's ticket number").fill('2611210010000123');
  await page.getByRole('button', { name: 'I have filed it' }).click();
  await page.getByText('2611210010000123').first().waitFor();
  // The drafts list and the plan builder too.
  await page.getByRole('button', { name: 'View all drafts' }).first().click();
  await page.getByRole('heading', { name: 'Your drafts' }).waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Open the support plan' }).click();
  await page.locator('.st-root h1').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.policyViolations), []);
  assert.deepEqual(problems, []);
  await page.close();
  await server.close();
});

test('a sandboxed iframe without allow-same-origin: drafts in memory, with a clear notice', async () => {
  const server = await serveStatic({
    // The frame has an opaque origin, so its module scripts and wasm are cross-origin fetches.
    headers: { 'access-control-allow-origin': '*' },
    handlers: {
      '/sandboxed.html': (request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><html lang="en"><title>Host</title><link rel="icon" href="data:,"><h1>Host</h1>'
          + '<iframe title="Support Triage" sandbox="allow-scripts allow-downloads" src="/index.html" width="900" height="900"></iframe>');
      },
    },
  });
  const page = await openPage(browser.context, `${server.origin}/sandboxed.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByText('will be lost when you close the page').waitFor();
  await goToProblemStep(frame);
  await frame.getByLabel('Title').fill('Typed in a sandbox');
  assert.equal(await frame.getByLabel('Title').inputValue(), 'Typed in a sandbox');
  await frame.getByRole('button', { name: 'Download this draft (JSON)' }).waitFor();
  await screenshots(page, 'sandboxed-iframe');
  page.assertNoProblems();
  await page.close();
  await server.close();
});

test('a cross-site iframe: drafts in partitioned storage, or in memory with a notice where the browser blocks it', async () => {
  const widgetServer = await serveStatic();
  const hostServer = await serveStatic({
    handlers: {
      '/host.html': (request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><html lang="en"><title>Host</title><link rel="icon" href="data:,"><h1>Host</h1>'
          + `<iframe title="Support Triage" src="http://widget.test:${widgetServer.port}/index.html" width="900" height="900"></iframe>`);
      },
    },
  });
  const page = await openPage(browser.context, `${hostServer.origin}/host.html`);
  const frame = page.frameLocator('iframe');
  await goToProblemStep(frame);
  // Whether a third-party frame gets storage is the browser's policy; ask the frame itself.
  const frameHasStorage = await page.frames()[1].evaluate(() => {
    try { localStorage.setItem('probe', '1'); localStorage.removeItem('probe'); return true; } catch { return false; }
  });
  await frame.getByLabel('Title').fill('Typed across sites');
  if (frameHasStorage) {
    await frame.getByText('Saved on this device').waitFor();
    await page.reload();
    await frame.getByRole('heading', { name: 'Describe one problem' }).waitFor();
    assert.equal(await frame.getByLabel('Title').inputValue(), 'Typed across sites');
  } else {
    await frame.getByText('will be lost when you close the page').waitFor();
    await frame.getByRole('button', { name: 'Download this draft (JSON)' }).waitFor();
    assert.equal(await frame.getByLabel('Title').inputValue(), 'Typed across sites');
  }
  await screenshots(page, 'cross-site-iframe');
  page.assertNoProblems();
  await page.close();
  await hostServer.close();
  await widgetServer.close();
});

/** Mounts a widget through the API into a new element of the intranet page. */
async function mountWithApi(page, elementId, { config, options, attributes = {} } = {}) {
  await page.waitForFunction(() => window.SupportTriage);
  return page.evaluate(({ elementId, config, options, attributes }) => {
    const element = document.createElement('div');
    element.id = elementId;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.querySelector('main').append(element);
    return window.SupportTriage.mount(element, config, options);
  }, { elementId, config, options, attributes });
}

/** Every Support Triage event that reached the document, as { type, detail, from }. */
async function recordEvents(page) {
  await page.evaluate(() => {
    window.heardEvents = [];
    for (const type of ['started', 'suggested', 'self-solved', 'ticket-ready', 'filed', 'handed-off']) {
      document.addEventListener(`support-triage:${type}`, (event) => {
        window.heardEvents.push({ type, detail: event.detail, from: event.target.id });
      });
    }
  });
  return async () => page.evaluate(() => window.heardEvents.splice(0));
}

test('prefill: the page\'s answers are shown as answered and can be changed; a bad prefill is reported with its path', async () => {
  const server = await intranetServer();
  const page = await openPage(browser.context, server.origin);
  await mountWithApi(page, 'prefilled-widget', {
    config: JSON.stringify({ version: 1, storage_prefix: 'prefilled' }),
    options: {
      prefill: {
        email: 'ana.kowalska@example.com',
        contact_method: 'email',
        contract: 'premier',
        tenant_size: '100_licences_or_more',
        request_kind: 'technical',
      },
    },
    attributes: { 'data-prefill-name': 'Ana Kowalska', 'data-prefill-email': 'overridden@example.com' },
  });
  const widget = page.locator('#prefilled-widget');
  await widget.getByRole('button', { name: 'Start a new ticket' }).click();
  await widget.getByLabel('Title', { exact: true }).fill('Devices stop at the last enrolment screen');
  await widget.getByLabel('What happens?').fill('Since Monday, new Android devices stop at the last enrolment screen.');
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  await widget.getByLabel('No, continue', { exact: true }).check();
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  // Each prefilled answer is on its step, answered, and can be changed there.
  assert.equal(await widget.locator('input[type=radio][value="technical"]').isChecked(), true);
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  assert.equal(await widget.locator('input[type=radio][value="premier"]').isChecked(), true);
  assert.equal(await widget.locator('input[type=radio][value="100_licences_or_more"]').isChecked(), true);
  await widget.locator('input[type=radio][value="professional"]').check();
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  for (const group of ['usability', 'scope', 'business', 'workaround']) {
    await widget.locator(`input[type=radio][id$="st-impact-${group}"]`).check();
  }
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  // The mount call's prefill wins over the attribute; the attribute fills in the rest.
  assert.equal(await widget.getByLabel('Email address').inputValue(), 'ana.kowalska@example.com');
  assert.equal(await widget.getByLabel('Your name').inputValue(), 'Ana Kowalska');
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  const answers = await widget.locator('.st-summary-list').evaluateAll((lists) => lists.map((list) => list.innerText).join('\n'));
  assert.match(answers, /Professional/, 'the changed answer is kept');
  assert.match(answers, /ana\.kowalska@example\.com/);

  // A prefill with mistakes: each is reported with its path, the rest is used.
  await mountWithApi(page, 'badly-prefilled-widget', {
    options: { prefill: { email: 'ana@', contract: 'gold', name: 'Ben Ortiz', shoe_size: 44 } },
  });
  const bad = page.locator('#badly-prefilled-widget');
  await bad.getByText("This page's configuration has problems").click();
  const problems = await bad.locator('.st-config-problems').textContent();
  assert.match(problems, /prefill\.email: expected an email address/);
  assert.match(problems, /prefill\.contract: expected one of "professional", "premier", got "gold"/);
  assert.match(problems, /prefill\.shoe_size: unknown field/);
  page.assertNoProblems();
  await page.close();
  await server.close();
});

test('open: a new ticket, the drafts or the plan, from the host page; every milestone is an event with its detail', async () => {
  const server = await intranetServer();
  const page = await openPage(browser.context, server.origin);
  const heard = await recordEvents(page);
  const id = await mountWithApi(page, 'api-widget', { config: JSON.stringify({ version: 1, storage_prefix: 'api-open' }) });
  const widget = page.locator('#api-widget');
  await widget.getByRole('button', { name: 'Start a new ticket' }).waitFor();
  const open = (place) => page.evaluate(([instance, where]) => window.SupportTriage.open(instance, where), [id, place]);

  assert.equal(await open('plan'), true);
  await widget.getByRole('heading', { name: 'Your support plan', level: 1 }).waitFor();
  assert.equal(await open('drafts'), true);
  await widget.getByRole('heading', { name: 'Your drafts', level: 1 }).waitFor();
  assert.equal(await open('settings'), false, 'an unknown place');
  assert.equal(await page.evaluate(() => window.SupportTriage.open(999, 'plan')), false, 'an unknown widget');

  assert.equal(await open('new-ticket'), true);
  await widget.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  let events = await heard();
  assert.equal(events.length, 1, JSON.stringify(events));
  assert.equal(events[0].type, 'started');
  assert.equal(events[0].from, 'api-widget', 'events bubble from the widget\'s element');
  const draftId = events[0].detail.id;
  assert.equal(JSON.parse(await page.evaluate((instance) => window.SupportTriage.currentDraft(instance), id)).ticket.id, draftId);

  await widget.getByLabel('Title', { exact: true }).fill('Enrolment fails with 0x80180014');
  await widget.getByLabel('What happens?').fill('Windows devices fail to enrol in Intune with error 0x80180014 since this morning.');
  await page.waitForFunction(() => window.heardEvents.some((event) => event.type === 'suggested'));
  // Longer than both fields take to settle and be read.
  await page.waitForTimeout(800);
  events = await heard();
  const suggested = events.filter((event) => event.type === 'suggested').at(-1);
  assert.ok(suggested.detail.ids.length >= 1 && suggested.detail.ids.length <= 3, JSON.stringify(suggested));
  // Shown again (Continue, then Back) with the same articles: the page has heard of them.
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  await widget.getByRole('heading', { name: 'Before you file a ticket' }).waitFor();
  await widget.getByRole('button', { name: 'Back' }).first().click();
  await widget.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  await widget.locator('.st-suggestions li').first().waitFor();
  await page.waitForTimeout(800);
  events = await heard();
  assert.deepEqual(events.filter((event) => event.type === 'suggested'), [], 'the same suggestions were announced twice');
  const shownIds = await widget.locator('.st-suggestions li[data-article]').evaluateAll((items) => items.map((item) => item.dataset.article));
  assert.deepEqual(shownIds, suggested.detail.ids, 'the step shows what was announced');

  await problemToImpact(widget);
  for (const group of ['usability', 'scope', 'business', 'workaround']) {
    await widget.locator(`input[type=radio][id$="st-impact-${group}"]`).check();
  }
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  await widget.getByLabel('Email address').fill('it-admin@example.com');
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForFunction(() => window.heardEvents.some((event) => event.type === 'ticket-ready'));
  events = await heard();
  const ready = assertValidTicket(events.find((event) => event.type === 'ticket-ready').detail);
  assert.equal(ready.schema, 'support-triage/ticket');
  assert.equal(ready.ticket.id, draftId);
  // With the facts the page shows: where it goes and when the answer is due.
  assert.equal(ready.derived.channel_id, 'admin-centre-mdm');
  assert.equal(ready.derived.response_target_minutes, 120);
  assert.match(ready.derived.response_due_at, /Z$/);

  await widget.getByLabel('The vendor\'s ticket number').fill('2412020010001');
  await widget.getByRole('button', { name: 'I have filed it' }).click();
  await page.waitForFunction(() => window.heardEvents.some((event) => event.type === 'filed'));
  const filed = assertValidTicket((await heard()).find((event) => event.type === 'filed').detail);
  assert.equal(filed.ticket.status.vendor_ticket_number, '2412020010001');
  assert.equal(filed.derived.filed_at, filed.ticket.status.filed_at);
  assert.ok(filed.derived.response_due_at > filed.derived.filed_at, 'due after filing');

  // Solved by self-help: the article is named.
  assert.equal(await open('new-ticket'), true);
  await widget.getByLabel('Title', { exact: true }).fill('Enrolment fails with 0x80180014');
  await widget.getByLabel('What happens?').fill('Windows devices fail to enrol in Intune with error 0x80180014.');
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  await widget.getByRole('heading', { name: 'Before you file a ticket' }).waitFor();
  await widget.locator('input[type=radio][value^="article:"]').first().check();
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForFunction(() => window.heardEvents.some((event) => event.type === 'self-solved'));
  const solved = (await heard()).find((event) => event.type === 'self-solved');
  assert.equal(typeof solved.detail.article, 'string');
  page.assertNoProblems();
  await page.close();
  await server.close();
});

test('printing from a widget in the intranet page prints the ticket, and nothing of the page around it', async () => {
  const server = await intranetServer();
  const page = await openPage(browser.context, server.origin);
  await page.waitForFunction(() => window.SupportTriage);
  // A finished draft waiting on the ready page of the first widget.
  const ticket = finishedTicket({ id: 'print-draft', description: 'Since the last policy sync, every managed Mac lost its printers.' });
  ticket.details.tenant_size = '100_licences_or_more';
  await page.evaluate(openOnReadyPage, { prefix: 'intranet-workplace', ticket });
  await page.reload();
  const widget = page.locator('#workplace-widget');
  await widget.getByRole('button', { name: 'Print the ticket' }).waitFor();
  // The browser's dialogue cannot be answered here: printing is taken over, and the page is
  // saved as PDF the way the dialogue would print it.
  await page.evaluate(() => { window.print = () => {}; });
  await widget.getByRole('button', { name: 'Print the ticket' }).click();
  const pdfPath = join(await mkdtemp(join(tmpdir(), 'st-print-')), 'printed.pdf');
  await page.pdf({ path: pdfPath, format: 'A4' });
  const printed = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  assert.match(printed, /Printers vanish from managed Macs/);
  assert.match(printed, /Severity/);
  for (const hostText of ['Contoso intranet', 'Before you contact the device-management vendor', 'Lab devices', 'internal use only']) {
    assert.ok(!printed.includes(hostText), `the printout holds the host page's "${hostText}"`);
  }
  // When printing is over, the page is whole again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-st-printing')), false);
  page.assertNoProblems();
  await page.close();
  await server.close();
});
