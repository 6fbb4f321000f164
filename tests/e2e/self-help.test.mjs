// Self-help before a ticket: articles suggested from the description as it is typed, "Yes, that
// article solved it" ending the draft (and telling the host page which article), feature
// requests sent to the feedback site, near-duplicates of an existing draft, Korean and Polish
// descriptions, and the suggestion-to-solved path with the keyboard only. Every new page is
// checked with axe-core and photographed at a phone and a desktop width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic } from './support/server.mjs';
import { launchBrowser, openPage, assertAccessible, screenshots, tabTo } from './support/browser.mjs';

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

const enrolmentArticle = 'windows-enrolment-errors';
const enrolmentTitle = 'Troubleshoot Windows enrollment errors';
const suggestionsHeading = 'These articles may answer it';

/** A page on an empty store that records the widget's self-help events in `window.events`. */
async function freshPage() {
  const page = await openPage(browser.context, 'about:blank');
  await page.addInitScript(() => {
    window.events = [];
    for (const type of ['support-triage:suggested', 'support-triage:self-solved']) {
      document.addEventListener(type, (event) => window.events.push({ type, detail: event.detail }));
    }
  });
  await page.goto(server.origin);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Support Triage' }).waitFor();
  return page;
}

async function checkPage(page, name) {
  await assertAccessible(page, name);
  await screenshots(page, `self-help-${name}`);
}

async function describe(page, title, description) {
  await page.getByRole('button', { name: 'Start a new ticket' }).click();
  await page.getByRole('heading', { level: 1, name: 'Describe one problem' }).waitFor();
  await page.locator('#st-problem-title').fill(title);
  await page.locator('#st-problem-description').fill(description);
}

/** The ids of the suggested articles on the page, in order. */
async function suggestedIds(page) {
  await page.locator('.st-suggestions li').first().waitFor();
  return page.locator('.st-suggestions li').evaluateAll((items) => items.map((item) => item.dataset.article));
}

async function waitForEvent(page, type) {
  await page.waitForFunction((type) => window.events.some((event) => event.type === type), type);
  return page.evaluate((type) => window.events.filter((event) => event.type === type), type);
}

async function chooseLanguage(page, tag) {
  await page.locator('#st-language').selectOption(tag);
  await page.waitForFunction((wanted) => document.querySelector('.st-root')?.getAttribute('lang') === wanted, tag);
}

test('an enrolment error suggests the enrolment article first; "Yes" to it ends as self-solved and tells the host page', async () => {
  const page = await freshPage();
  await describe(page, 'New laptops do not enrol', 'After signing in with a work account the laptops show "Something went wrong" and error 0x80180014.');
  await page.getByRole('heading', { name: suggestionsHeading }).waitFor();
  const ids = await suggestedIds(page);
  assert.equal(ids[0], enrolmentArticle, `suggested: ${ids}`);
  assert.ok(ids.length <= 3);
  const first = page.locator('.st-suggestions li').first();
  const link = first.getByRole('link', { name: enrolmentTitle });
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.match(await first.textContent(), /It explains the error code you quoted\./);
  assert.equal(await page.locator('.st-self-help').getAttribute('aria-live'), 'polite');
  const suggested = await waitForEvent(page, 'support-triage:suggested');
  assert.deepEqual(suggested.at(-1).detail.ids, ids);
  await checkPage(page, 'problem-suggestions');

  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you file a ticket' }).waitFor();
  assert.equal(await page.locator('[aria-current="step"]').textContent(), 'Step 2 of 7');
  await page.getByRole('group', { name: 'Did one of these solve your problem?' }).waitFor();
  await page.getByLabel(`Yes, ${enrolmentTitle}`, { exact: true }).check();
  // The general resources stay listed under the suggestions.
  assert.ok(await page.getByRole('link', { name: 'Microsoft Intune ideas' }).count() >= 1);
  await checkPage(page, 'before-you-file-suggestions');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Glad that solved it' }).waitFor();
  const solved = await waitForEvent(page, 'support-triage:self-solved');
  assert.deepEqual(solved.map((event) => event.detail), [{ article: enrolmentArticle }]);
  // The autosave keeps which article solved it.
  const stored = await page.waitForFunction(() => {
    const tickets = Object.keys(localStorage)
      .filter((key) => key.startsWith('support-triage:draft:'))
      .map((key) => JSON.parse(localStorage.getItem(key)).ticket);
    return tickets.length === 1 && tickets[0].status?.state === 'self_solved' && tickets[0];
  });
  assert.equal((await stored.jsonValue()).solved_by_article, enrolmentArticle);
  page.assertNoProblems();
  await page.close();
});

test('"Yes" without naming an article ends as self-solved with a null article', async () => {
  const page = await freshPage();
  await describe(page, 'Printer queue stalls', 'Print jobs wait in the queue for an hour before they print.');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you file a ticket' }).waitFor();
  await page.locator('input[type=radio][value="yes"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Glad that solved it' }).waitFor();
  const solved = await waitForEvent(page, 'support-triage:self-solved');
  assert.deepEqual(solved.map((event) => event.detail), [{ article: null }]);
  page.assertNoProblems();
  await page.close();
});

test('a feature request is pointed to the feedback site', async () => {
  const page = await freshPage();
  await describe(
    page,
    'Battery health in the device overview',
    'It would be great if Intune could show the battery health of Windows laptops in the device overview, and maybe a filter on it. Could you add this as an option?',
  );
  const notice = page.locator('.st-self-help .st-inset').filter({ hasText: 'This sounds like an idea rather than a problem' });
  await notice.waitFor();
  const link = notice.getByRole('link', { name: 'Microsoft Intune ideas' });
  assert.equal(await link.getAttribute('href'), 'https://microsoftintune.uservoice.com/forums/291681-ideas');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  await checkPage(page, 'feature-request');
  page.assertNoProblems();
  await page.close();
});

test('a near-duplicate of an existing draft is flagged, and that draft can be opened instead', async () => {
  const page = await freshPage();
  const description = 'Since Monday every iPhone fails to enrol through the Company Portal: the profile download ends with "Profile Installation Failed". iOS 17.5 and 18.0.';
  await describe(page, 'iPhones cannot enrol', description);
  await page.getByText('Saved on this device').waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('heading', { level: 1, name: 'Support Triage' }).waitFor();

  await describe(page, 'iPhone enrolment broken', description);
  const notice = page.locator('.st-self-help .st-inset--warning');
  await notice.filter({ hasText: 'You already have a draft that looks like the same problem:' }).waitFor();
  assert.match(await notice.textContent(), /iPhones cannot enrol/);
  await checkPage(page, 'possible-duplicate');
  await page.getByRole('button', { name: 'Open that draft instead' }).click();
  // The other draft opens where it stands: its problem is written, so at "Before you file".
  await page.getByRole('heading', { level: 1, name: 'Before you file a ticket' }).waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('heading', { level: 1, name: 'Describe one problem' }).waitFor();
  assert.equal(await page.locator('#st-problem-title').inputValue(), 'iPhones cannot enrol');
  page.assertNoProblems();
  await page.close();
});

test('Korean and Polish descriptions get matches, shown in the interface language', async () => {
  const cases = [
    ['ko', '신규 노트북 Intune 등록 실패', 'Autopilot 진행 중에 "장치 설정 - 앱(확인하는 중)" 단계에서 1시간 넘게 멈춰 있다가 시간 초과로 실패합니다. 필수 앱이 15개 정도 걸려 있습니다.'],
    ['pl', 'Autopilot zawiesza się', 'Autopilot zawiesza się na ekranie "Konfiguracja urządzenia" → "Aplikacje (0 z 9 zainstalowano)". Po 60 minutach wyskakuje, że instalacja trwa dłużej niż oczekiwano.'],
  ];
  for (const [tag, title, description] of cases) {
    const page = await freshPage();
    await chooseLanguage(page, tag);
    await page.locator('.st-button--start').click();
    await page.locator('#st-problem-title').fill(title);
    await page.locator('#st-problem-description').fill(description);
    const ids = await suggestedIds(page);
    assert.ok(ids.length >= 1 && ids.length <= 3, `${tag}: ${ids}`);
    assert.ok(ids.includes('enrolment-status-page'), `${tag}: ${ids}`);
    // The heading is in the interface language, not English.
    assert.notEqual((await page.locator('.st-suggestions h2').textContent()).trim(), suggestionsHeading);
    await checkPage(page, `problem-suggestions-${tag}`);
    page.assertNoProblems();
    await page.close();
  }
});

test('keyboard only: from a suggestion to self-solved', async () => {
  const page = await freshPage();
  await tabTo(page, 'Start a new ticket');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Describe one problem' }).waitFor();
  await tabTo(page, 'Title');
  await page.keyboard.type('Laptops do not enrol');
  await tabTo(page, 'What happens?');
  await page.keyboard.type('Windows enrolment stops with error 0x80180014.');
  await page.getByRole('heading', { name: suggestionsHeading }).waitFor();
  assert.equal((await suggestedIds(page))[0], enrolmentArticle);
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { level: 1, name: 'Before you file a ticket' }).waitFor();
  // The first radio is the first suggestion; Space chooses it.
  await tabTo(page, `Yes, ${enrolmentTitle}`);
  await page.keyboard.press('Space');
  assert.equal(await page.getByLabel(`Yes, ${enrolmentTitle}`, { exact: true }).isChecked(), true);
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Glad that solved it' }).waitFor();
  const solved = await waitForEvent(page, 'support-triage:self-solved');
  assert.deepEqual(solved.map((event) => event.detail), [{ article: enrolmentArticle }]);
  page.assertNoProblems();
  await page.close();
});
