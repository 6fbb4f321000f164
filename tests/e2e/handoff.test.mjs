// "Send to our helpdesk": the ticket JSON is POSTed to the configured endpoint; the draft is
// marked as handed off only after a 2xx answer; refusals, server errors, a hanging server and
// a dropped connection each leave the draft as it was, with a clear message and a retry. Every
// body the helpdesk receives is validated against docs/ticket.schema.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './support/server.mjs';
import { launchBrowser, openPage, assertAccessible, screenshots } from './support/browser.mjs';
import { assertValidTicket } from './support/ticket-schema.mjs';

let browser;
let server;
const received = [];

before(async () => {
  browser = await launchBrowser();
  const answer = (status) => (request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      received.push({ status, body, type: request.headers['content-type'] });
      response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
  };
  server = await serveStatic({
    handlers: {
      '/helpdesk/accept': answer(201),
      '/helpdesk/refuse': answer(422),
      '/helpdesk/fail': answer(503),
      '/helpdesk/hang': () => { /* never answers */ },
      '/helpdesk/drop': (request) => request.socket.destroy(),
      '/handoff.html': (request, response) => {
        const mode = new URL(request.url, 'http://localhost').searchParams.get('mode');
        const config = JSON.stringify({
          version: 1,
          storage_prefix: 'handoff',
          helpdesk_endpoint: `http://127.0.0.1:${server.port}/helpdesk/${mode}`,
        });
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<!doctype html><html lang="en"><head><title>Hand-off</title><link rel="icon" href="data:,">
          <link rel="stylesheet" href="/support-triage.css"><script type="module" src="/support-triage.js"></script>
          <script type="application/json" id="config">${config}</script></head>
          <body><main><div data-support-triage data-config="#config"></div></main></body></html>`);
      },
    },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the host page with a finished draft waiting on the ready-to-file page. */
async function readyPage(mode) {
  const page = await openPage(browser.context, `${server.origin}/handoff.html?mode=${mode}`);
  await page.evaluate(() => {
    localStorage.clear();
    const ticket = {
      id: 'handoff-draft', title: 'Printers vanish from managed Macs', description: 'Since the last policy sync.',
      request_kind: 'technical', customer_plan: 'professional',
      impact: { usability: 'worse_than_before', scope: 'one_user_customer_or_service', business_impact: 'minimal', workaround: 'acceptable_workaround' },
      details: { contact: { name: 'Ana', email: 'ana@example.com', phone: '', preferred_method: 'email' } },
      created_at: '2026-11-21T08:00:00Z', updated_at: '2026-11-21T08:00:00Z',
    };
    localStorage.setItem('handoff:draft:handoff-draft', JSON.stringify({
      revision: 1, schema: 'support-triage/draft', version: 1, saved_at: '2026-11-21T08:00:00Z', ticket,
    }));
    localStorage.setItem('handoff:drafts-index', JSON.stringify({ version: 1, ids: ['handoff-draft'] }));
    localStorage.setItem('handoff:position', JSON.stringify({ screen: 'ready', draft_id: 'handoff-draft' }));
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Send it to our helpdesk' }).waitFor();
  return page;
}

const storedHandoff = (page) => page.evaluate(
  () => JSON.parse(localStorage.getItem('handoff:draft:handoff-draft')).ticket.helpdesk_handoff ?? null,
);

test('a 2xx answer marks the draft as handed off, with the ticket JSON as the body', async () => {
  const page = await readyPage('accept');
  await assertAccessible(page, 'the ready page with a hand-off');
  await page.evaluate(() => {
    window.handedOff = [];
    document.addEventListener('support-triage:handed-off', (event) => window.handedOff.push(event.detail));
  });
  await page.getByRole('button', { name: 'Send to our helpdesk' }).click();
  await page.getByText('Sent to the helpdesk:').waitFor();
  const last = received.at(-1);
  assert.equal(last.status, 201);
  assert.equal(last.type, 'application/json');
  const sent = assertValidTicket(last.body, 'the body sent to the helpdesk');
  assert.equal(sent.schema, 'support-triage/ticket');
  assert.equal(sent.version, 2);
  assert.equal(sent.ticket.title, 'Printers vanish from managed Macs');
  // What the helpdesk can act on without reading the text: a minimal problem, 8 hours around
  // the clock from now, to be filed in the admin centre, written in English.
  const { derived } = sent;
  assert.equal(derived.effective_level, 'minimal');
  assert.equal(derived.level_source, 'computed');
  assert.deepEqual(derived.reasons, ['minimal_business_impact', 'acceptable_workaround']);
  assert.equal(derived.channel_id, 'admin-centre-mdm');
  assert.equal(derived.ticket_language, 'en');
  assert.equal(derived.response_target_minutes, 480);
  assert.deepEqual(derived.response_clock, { kind: 'around_the_clock' });
  assert.equal(Date.parse(derived.response_due_at) - Date.parse(derived.response_starts_at), 8 * 3_600_000);
  assert.equal(derived.filed_at, null);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('handoff:draft:handoff-draft')).ticket.helpdesk_handoff);
  assert.equal((await storedHandoff(page)).status_code, 201);
  // The host page hears of it, with the ticket as it now stands.
  const announced = await page.evaluate(() => window.handedOff.map((detail) => JSON.parse(detail)));
  assert.equal(announced.length, 1);
  assert.equal(announced[0].ticket.id, 'handoff-draft');
  assert.equal(announced[0].ticket.helpdesk_handoff.status_code, 201);
  await screenshots(page, 'handoff-sent');
  page.assertNoProblems();
  await page.close();
});

for (const [mode, message] of [
  ['refuse', 'The helpdesk did not accept the ticket'],
  ['fail', 'The helpdesk had a problem receiving the ticket'],
  ['drop', 'The helpdesk could not be reached'],
  ['hang', 'The helpdesk did not answer within 15 seconds'],
]) {
  test(`${mode}: the draft stays a draft, the user is told why and can try again`, { timeout: 60_000 }, async () => {
    const page = await readyPage(mode);
    // Failed requests are logged by the browser as console errors; those are expected here.
    page.removeAllListeners('console');
    await page.getByRole('button', { name: 'Send to our helpdesk' }).click();
    await page.getByText(message).waitFor({ timeout: 30_000 });
    assert.equal(await storedHandoff(page), null);
    if (mode === 'refuse' || mode === 'fail') {
      assert.equal(received.at(-1).status, mode === 'refuse' ? 422 : 503);
      assertValidTicket(received.at(-1).body, `the body sent to the helpdesk (${mode})`);
    }
    await page.getByRole('button', { name: 'Send to our helpdesk again' }).waitFor();
    if (mode === 'refuse') {
      await assertAccessible(page, 'a refused hand-off');
      await screenshots(page, 'handoff-refused');
    }
    await page.close();
  });
}
