// "Send to our helpdesk": the ticket JSON is POSTed to the configured endpoint; the draft is
// marked as handed off only after a 2xx answer; refusals, server errors, a hanging server and
// a dropped connection each leave the draft as it was, with a clear message and a retry. Every
// body the helpdesk receives is validated against docs/ticket.schema.json.
// Zammad (web form API) and Zendesk (anonymous requests) are played by a server on another
// origin that implements their documented requests and answers, their errors and limits
// (Zendesk's 403 and 429, and Zammad's rate limiter, answer without CORS headers).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './support/server.mjs';
import { launchBrowser, openPage, assertAccessible, screenshots } from './support/browser.mjs';
import { assertValidTicket } from './support/ticket-schema.mjs';
import { finishedTicket, openOnReadyPage } from './support/storage-records.mjs';

let browser;
let server;
let desk;
const received = [];
/** What the helpdesk server plays next: set by each test before it sends. */
const deskMode = { zammad: 'accept', zendesk: 'accept' };
const deskReceived = [];
const cors = { 'access-control-allow-origin': '*' };

/** Reads a request's body as text. */
const bodyOf = (request) => new Promise((done) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => { body += chunk; });
  request.on('end', () => done(body));
});

/** The fields of a form body (urlencoded or multipart), read the way a server would. */
const formFields = async (type, body) => Object.fromEntries(
  await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': type }, body }).formData(),
);

const json = (response, status, value, headers = cors) => response
  .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  .end(JSON.stringify(value));

/** Zammad's web form API: form_config hands out a token tied to the fingerprint, form_submit
 * checks it and creates the ticket, or answers `errors`, or a limit. */
async function zammad(request, response) {
  const { pathname } = new URL(request.url, 'http://localhost');
  const mode = deskMode.zammad;
  const type = request.headers['content-type'] ?? '';
  if (request.method !== 'POST') return response.writeHead(404, cors).end();
  const stage = pathname.endsWith('/form_config') ? 'config' : 'submit';
  if (mode === 'drop' && stage === 'config') return request.socket.destroy();
  if (mode === 'hang' && stage === 'submit') return undefined;
  const fields = await formFields(type, await bodyOf(request));
  deskReceived.push({ helpdesk: 'zammad', stage, type, fields, origin: request.headers.origin });
  if (!fields.fingerprint || fields.fingerprint.length <= 30) return json(response, 403, { error: 'Not authorized' });
  if (stage === 'config') {
    if (mode === 'disabled') return json(response, 403, { error: 'Not authorized' });
    return json(response, 200, {
      enabled: true,
      endpoint: 'http://zammad.invalid/api/v1/form_submit',
      token: Buffer.from(`zammad:${fields.fingerprint}`).toString('base64'),
    });
  }
  if (fields.token !== Buffer.from(`zammad:${fields.fingerprint}`).toString('base64')) {
    return json(response, 401, { error: 'Authorization failed' });
  }
  // Rack::Attack answers before Zammad's controller, so without CORS headers.
  if (mode === 'limit') return response.writeHead(429, { 'content-type': 'text/plain' }).end('Retry later\n');
  const errors = {};
  for (const field of ['name', 'email', 'title', 'body']) if (!fields[field]?.trim()) errors[field] = 'required';
  if (mode === 'errors') errors.email = 'invalid';
  if (Object.keys(errors).length > 0) return json(response, 200, { errors });
  return json(response, 200, { ticket: { id: 17, number: '31017' } });
}

/** Zendesk's anonymous Create Request; its 403 and 429 carry no CORS headers. */
async function zendesk(request, response) {
  const mode = deskMode.zendesk;
  if (request.method === 'OPTIONS') {
    return response.writeHead(204, {
      ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type',
    }).end();
  }
  if (mode === 'drop') return request.socket.destroy();
  if (mode === 'hang') return undefined;
  const body = await bodyOf(request);
  deskReceived.push({ helpdesk: 'zendesk', type: request.headers['content-type'], body: JSON.parse(body) });
  switch (mode) {
    case 'invalid':
      return json(response, 422, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { requester: [{ description: 'Requester: Email is invalid', error: 'InvalidValue' }] },
      });
    case 'limit':
      return json(response, 429, { error: 'TooManyRequests' }, { 'retry-after': '3600' });
    case 'forbidden':
      return json(response, 403, { error: 'Forbidden' }, {});
    default:
      return json(response, 201, { request: { id: 35436, subject: JSON.parse(body).request.subject, status: 'new' } });
  }
}

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
  desk = await serveStatic({
    handlers: {
      '/api/v1/form_config': zammad,
      '/api/v1/form_submit': zammad,
      '/api/v2/requests.json': zendesk,
    },
  });
  server = await serveStatic({
    handlers: {
      '/helpdesk/accept': answer(201),
      '/helpdesk/refuse': answer(422),
      '/helpdesk/fail': answer(503),
      '/helpdesk/hang': () => { /* never answers */ },
      '/helpdesk/drop': (request) => request.socket.destroy(),
      '/handoff.html': (request, response) => {
        const query = new URL(request.url, 'http://localhost').searchParams;
        const mode = query.get('mode');
        const helpdesk = {
          zammad: { kind: 'zammad', url: `${desk.origin}/` },
          zendesk: { kind: 'zendesk', subdomain_url: desk.origin },
        }[query.get('helpdesk')];
        const config = JSON.stringify({
          version: 1,
          storage_prefix: 'handoff',
          ...(helpdesk ? { helpdesk } : { helpdesk_endpoint: `http://127.0.0.1:${server.port}/helpdesk/${mode}` }),
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
  await desk?.close();
});

/** Opens the host page with a finished draft waiting on the ready-to-file page. */
async function readyPage(mode, { helpdesk = '', email = 'ana@example.com' } = {}) {
  const page = await openPage(browser.context, `${server.origin}/handoff.html?mode=${mode}&helpdesk=${helpdesk}`);
  await page.evaluate(() => localStorage.clear());
  const ticket = finishedTicket({ id: 'handoff-draft' });
  ticket.details.contact.email = email;
  await page.evaluate(openOnReadyPage, { prefix: 'handoff', ticket });
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
  const announced = (await page.evaluate(() => window.handedOff)).map((detail) => assertValidTicket(detail, 'the handed-off event'));
  assert.equal(announced.length, 1);
  assert.equal(announced[0].ticket.id, 'handoff-draft');
  assert.equal(announced[0].ticket.helpdesk_handoff.status_code, 201);
  await screenshots(page, 'handoff-sent');

  // Sending again would create a second ticket in the helpdesk: the first press only says so.
  const sentCount = received.length;
  await page.getByRole('button', { name: 'Send to our helpdesk again' }).click();
  await page.getByText('Sending it again creates a second ticket there.').waitFor();
  assert.equal(received.length, sentCount, 'the ticket was sent again without asking');
  await assertAccessible(page, 'the ready page asking before a second hand-off');
  await screenshots(page, 'handoff-send-again');
  await page.getByRole('button', { name: 'Yes, send a second ticket' }).click();
  await page.getByRole('button', { name: 'Send to our helpdesk again' }).waitFor();
  assert.equal(received.length, sentCount + 1);
  assert.equal(await page.getByText('Sending it again creates a second ticket there.').count(), 0);
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

test('zammad: a token for a fingerprint, then the form; the draft gets Zammad\'s ticket number', async () => {
  deskMode.zammad = 'accept';
  deskReceived.length = 0;
  const page = await readyPage('accept', { helpdesk: 'zammad' });
  await page.evaluate(() => {
    window.handedOff = [];
    document.addEventListener('support-triage:handed-off', (event) => window.handedOff.push(event.detail));
  });
  await page.getByRole('button', { name: 'Send to our helpdesk' }).click();
  await page.getByText(/^Sent to the helpdesk as ticket 31017 on /).waitFor();
  const [config, submit] = deskReceived;
  assert.equal(deskReceived.length, 2);
  assert.equal(config.stage, 'config');
  assert.match(config.type, /^application\/x-www-form-urlencoded/);
  assert.deepEqual(Object.keys(config.fields), ['fingerprint']);
  assert.ok(config.fields.fingerprint.length > 30);
  assert.equal(config.origin, server.origin);
  // The form goes to the configured Zammad, not to the endpoint its answer named.
  assert.equal(submit.stage, 'submit');
  assert.match(submit.type, /^multipart\/form-data; boundary=/);
  assert.deepEqual(Object.keys(submit.fields).sort(), ['body', 'email', 'fingerprint', 'name', 'title', 'token']);
  assert.equal(submit.fields.fingerprint, config.fields.fingerprint);
  assert.equal(submit.fields.name, 'Ana');
  assert.equal(submit.fields.email, 'ana@example.com');
  assert.equal(submit.fields.title, 'Printers vanish from managed Macs');
  assert.match(submit.fields.body, /Since the last policy sync\./);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('handoff:draft:handoff-draft')).ticket.helpdesk_handoff);
  const stored = await storedHandoff(page);
  assert.deepEqual([stored.helpdesk, stored.number, stored.status_code], ['zammad', '31017', 200]);
  const announced = (await page.evaluate(() => window.handedOff)).map((detail) => assertValidTicket(detail, 'the handed-off event'));
  assert.equal(announced.length, 1);
  assert.equal(announced[0].ticket.helpdesk_handoff.number, '31017');
  // The number stays after a reload.
  await page.reload();
  await page.getByText(/^Sent to the helpdesk as ticket 31017 on /).waitFor();
  await assertAccessible(page, 'a ticket handed to Zammad');
  await screenshots(page, 'handoff-zammad-sent');
  page.assertNoProblems();
  await page.close();
});

test('zendesk: an anonymous request; the draft gets the request number', async () => {
  deskMode.zendesk = 'accept';
  deskReceived.length = 0;
  const page = await readyPage('accept', { helpdesk: 'zendesk' });
  await page.getByRole('button', { name: 'Send to our helpdesk' }).click();
  await page.getByText(/^Sent to the helpdesk as ticket 35436 on /).waitFor();
  assert.equal(deskReceived.length, 1);
  const [{ type, body }] = deskReceived;
  assert.equal(type, 'application/json');
  assert.deepEqual(Object.keys(body), ['request']);
  assert.deepEqual(Object.keys(body.request).sort(), ['comment', 'requester', 'subject']);
  assert.deepEqual(body.request.requester, { email: 'ana@example.com', name: 'Ana' });
  assert.equal(body.request.subject, 'Printers vanish from managed Macs');
  assert.deepEqual(Object.keys(body.request.comment), ['body']);
  assert.match(body.request.comment.body, /Since the last policy sync\./);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('handoff:draft:handoff-draft')).ticket.helpdesk_handoff);
  const stored = await storedHandoff(page);
  assert.deepEqual([stored.helpdesk, stored.number, stored.status_code], ['zendesk', '35436', 201]);
  page.assertNoProblems();
  await page.close();
});

for (const [helpdesk, mode, message, requests] of [
  ['zammad', 'errors', 'The helpdesk did not accept the ticket. Your draft is unchanged; ask your helpdesk what it expects, then try again. (email: invalid)', 2],
  ['zammad', 'limit', 'The helpdesk is not taking tickets from this page just now', 2],
  ['zammad', 'disabled', 'The helpdesk does not accept tickets from this page yet', 1],
  ['zammad', 'drop', 'The helpdesk could not be reached', 0],
  ['zammad', 'hang', 'The helpdesk did not answer within 15 seconds', 1],
  ['zendesk', 'invalid', 'The helpdesk did not accept the ticket. Your draft is unchanged; ask your helpdesk what it expects, then try again. (HTTP 422: Requester: Email is invalid)', 1],
  ['zendesk', 'limit', 'The helpdesk is not taking tickets from this page just now', 1],
  ['zendesk', 'forbidden', 'The helpdesk is not taking tickets from this page just now', 1],
  ['zendesk', 'drop', 'The helpdesk is not taking tickets from this page just now', 0],
  ['zendesk', 'hang', 'The helpdesk did not answer within 15 seconds', 0],
]) {
  test(`${helpdesk} ${mode}: nothing is marked sent, the user is told why and can try again`, { timeout: 60_000 }, async () => {
    deskMode[helpdesk] = mode;
    deskReceived.length = 0;
    const page = await readyPage(mode, { helpdesk });
    page.removeAllListeners('console');
    await page.getByRole('button', { name: 'Send to our helpdesk' }).click();
    await page.getByText(message).waitFor({ timeout: 30_000 });
    assert.equal(deskReceived.length, requests);
    assert.equal(await storedHandoff(page), null);
    await page.getByRole('button', { name: 'Send to our helpdesk again' }).waitFor();
    if (helpdesk === 'zendesk' && mode === 'limit') {
      // Once the limit has passed, the same button sends it.
      deskMode.zendesk = 'accept';
      await page.getByRole('button', { name: 'Send to our helpdesk again' }).click();
      await page.getByText(/^Sent to the helpdesk as ticket 35436 on /).waitFor();
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('handoff:draft:handoff-draft')).ticket.helpdesk_handoff);
    }
    await page.close();
  });
}

test('zammad and zendesk need the contact\'s email address; nothing is sent without it', async () => {
  for (const helpdesk of ['zammad', 'zendesk']) {
    deskMode[helpdesk] = 'accept';
    deskReceived.length = 0;
    const page = await readyPage('accept', { helpdesk, email: '' });
    await page.getByRole('button', { name: 'Send to our helpdesk' }).click();
    await page.getByText('The helpdesk needs your email address to reply.').waitFor();
    assert.equal(deskReceived.length, 0);
    assert.equal(await storedHandoff(page), null);
    page.assertNoProblems();
    await page.close();
  }
});
