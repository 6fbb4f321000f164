// Every language the widget offers: the whole ticket flow, driven by control ids so the test
// does not depend on any language's words; axe-core on every page; screenshots at 375 px; no
// text overflowing its box; switching language mid-flow keeps what was typed; dates follow the
// language's conventions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic, projectRoot } from './support/server.mjs';
import { launchBrowser, openPage, assertAccessible, screenshotDir } from './support/browser.mjs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

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

async function freshPage() {
  const page = await openPage(browser.context, server.origin);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  // Not the static landing index.html shows until the app mounts.
  await page.locator('.st-root:not([data-st-static]) h1').waitFor();
  await page.setViewportSize({ width: 375, height: 900 });
  return page;
}

/** The languages the switcher offers, as [tag, native name]. */
async function offeredLanguages(page) {
  const select = page.locator('#st-language');
  if ((await select.count()) === 0) return [['en', 'English']];
  return select.locator('option').evaluateAll((options) => options.map((option) => [option.value, option.textContent.trim()]));
}

async function chooseLanguage(page, tag) {
  if ((await page.locator('#st-language').count()) === 0) return;
  await page.locator('#st-language').selectOption(tag);
  await page.waitForFunction((wanted) => document.querySelector('.st-root')?.getAttribute('lang') === wanted, tag);
}

/** Elements whose content is wider than their box: clipped or overflowing text. */
async function overflowingElements(page) {
  return page.evaluate(() => {
    const found = [];
    for (const element of document.querySelectorAll('.st-root *')) {
      if (element.closest('pre, .st-table-wrapper, svg, select, textarea, input, .st-visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.visibility === 'hidden') continue;
      if (element.scrollWidth > element.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll') {
        found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 40)}`);
      }
    }
    const root = document.querySelector('.st-root');
    if (root && root.getBoundingClientRect().right > window.innerWidth + 1) found.push('the widget is wider than the screen');
    return found;
  });
}

async function checkStep(page, tag, name) {
  await assertAccessible(page, `${name} in ${tag}`);
  assert.deepEqual(await overflowingElements(page), [], `${name} in ${tag}: text overflows`);
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `language-${tag}-${name}-375.png`), fullPage: true });
}

const continueButton = (page) => page.locator('.st-form button[type=submit]');

test('the whole flow in every language, checked with axe-core, at 375 px, without overflow', { timeout: 600_000 }, async () => {
  const probe = await freshPage();
  const languages = await offeredLanguages(probe);
  await probe.close();
  for (const [tag] of languages) {
    const page = await freshPage();
    await chooseLanguage(page, tag);
    assert.equal(await page.locator('.st-root').getAttribute('lang'), tag);
    await checkStep(page, tag, 'landing');
    await page.locator('.st-button--start').click();
    await page.locator('#st-problem-title').fill('Enrolment fails / Rejestracja nie działa / 등록 실패');
    await page.locator('#st-problem-description').fill('Since Monday, Android devices stop at the last enrolment screen.');
    await checkStep(page, tag, 'step-1');
    await continueButton(page).click();
    await page.locator('input[type=radio][value="no"]').check();
    await checkStep(page, tag, 'step-2');
    await continueButton(page).click();
    await page.locator('#st-request-kind').check();
    await checkStep(page, tag, 'step-3');
    await continueButton(page).click();
    await page.locator('#st-support-contract').check();
    await page.locator('#st-tenant-size-2').check();
    await checkStep(page, tag, 'step-4');
    await continueButton(page).click();
    for (const group of ['st-impact-usability', 'st-impact-scope', 'st-impact-business', 'st-impact-workaround']) {
      await page.locator(`#${group}`).check();
    }
    await page.locator('.st-severity-panel .st-severity-badge').first().waitFor();
    await checkStep(page, tag, 'step-5');
    await continueButton(page).click();
    await page.locator('#st-contact-email').fill('it-admin@example.com');
    await checkStep(page, tag, 'step-6');
    await continueButton(page).click();
    await page.locator('.st-summary-list').first().waitFor();
    await checkStep(page, tag, 'step-7');
    await continueButton(page).click();
    await page.locator('#st-ticket-text').waitFor();
    await checkStep(page, tag, 'ready');
    page.assertNoProblems();
    await page.close();
  }
});

test('switching language mid-flow keeps every answer and what was typed', async () => {
  const page = await freshPage();
  const languages = await offeredLanguages(page);
  await page.locator('.st-button--start').click();
  // An error on the page follows a language switch too.
  await continueButton(page).click();
  const summary = page.locator('.st-error-summary');
  const errorBefore = await summary.innerText();
  if (languages.length > 1) {
    await chooseLanguage(page, languages[1][0]);
    assert.notEqual(await summary.innerText(), errorBefore);
    await chooseLanguage(page, languages[0][0]);
    assert.equal(await summary.innerText(), errorBefore);
  }
  await page.locator('#st-problem-title').fill('Typed before switching');
  await page.locator('#st-problem-description').fill('Zażółć gęślą jaźń 한국어 中文 日本語');
  for (const [tag] of [...languages].reverse()) {
    await chooseLanguage(page, tag);
    // The standalone page is ours: its language and title follow the widget's.
    assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
    if (tag !== 'en') assert.doesNotMatch(await page.title(), /Describe one problem/);
    assert.equal(await page.locator('#st-problem-title').inputValue(), 'Typed before switching');
    assert.equal(await page.locator('#st-problem-description').inputValue(), 'Zażółć gęślą jaźń 한국어 中文 日本語');
  }
  // The choice is remembered.
  const last = languages[0][0];
  await chooseLanguage(page, last);
  await page.reload();
  await page.locator('#st-problem-title').waitFor();
  assert.equal(await page.locator('.st-root').getAttribute('lang'), last);
  page.assertNoProblems();
  await page.close();
});

test('dates follow each language\'s conventions', async () => {
  const page = await freshPage();
  const languages = await offeredLanguages(page);
  await page.locator('.st-button--start').click();
  await page.locator('.st-back-link').click();
  await page.locator('.st-resume').waitFor();
  const seen = new Set();
  for (const [tag] of languages) {
    await chooseLanguage(page, tag);
    const expected = await page.evaluate(
      (language) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date()),
      tag,
    );
    const shown = await page.locator('.st-resume').innerText();
    assert.ok(shown.includes(expected), `${tag}: expected "${expected}" in "${shown}"`);
    seen.add(expected);
  }
  if (languages.length > 1) assert.ok(seen.size > 1, 'dates differ between languages');
  page.assertNoProblems();
  await page.close();
});

/** Every text a user reads in the built-in configuration, in English, from its documentation. */
async function builtInConfigurationTexts() {
  const documentation = await readFile(join(projectRoot, 'docs', 'configuration.md'), 'utf8');
  const blocks = documentation.split('```json\n').slice(1).map((block) => block.split('```')[0]);
  const config = JSON.parse(blocks.at(-1));
  const texts = new Set();
  const resource = (item) => [item.title, item.description].forEach((text) => text && texts.add(text));
  [...config.self_help, config.feedback_site, config.community_forum].forEach(resource);
  for (const channel of config.channels) {
    texts.add(channel.name);
    if (channel.category) texts.add(channel.category);
    channel.steps.forEach((step) => texts.add(step));
    channel.links.forEach(resource);
  }
  for (const route of config.routes) route.warnings.forEach((warning) => texts.add(warning.text));
  return [...texts];
}

/**
 * Words in the Latin script a Korean, Chinese or Japanese screen may show: product and company
 * names, the English names of what the admin clicks in the vendor's portal (given in brackets
 * after the translated name), and the app's own name.
 */
const NAMES_KEPT_IN_LATIN_SCRIPT = new Set([
  'Microsoft', 'Intune', 'Office', 'Premier', 'Configuration', 'Manager', 'Endpoint', 'Protection',
  'System', 'Center', 'TechNet', 'Mobile', 'device', 'management', 'Billing', 'and', 'product',
  'information', 'Need', 'help', 'Get', 'Admin', 'Support', 'Service', 'requests', 'More', 'Triage',
]);

/** The routes a ticket can take, as the answers that lead there. */
const ROUTES = [
  { name: 'admin-centre', kind: 'technical', contract: 'professional', size: '100_licences_or_more' },
  { name: 'premier', kind: 'technical', contract: 'premier', size: '100_licences_or_more' },
  { name: 'call-back', kind: 'technical', contract: 'professional', size: 'fewer_than_100_licences' },
  { name: 'billing', kind: 'billing_licensing_account', contract: 'professional', size: '100_licences_or_more' },
  { name: 'partner', kind: 'standalone_configuration_manager_or_endpoint_protection' },
];

/** Walks a new ticket along `route` to where it is decided: the ready page, or the page that
 * sends the request elsewhere. */
async function walkTo(page, route) {
  await page.locator('.st-button--start').click();
  await page.locator('#st-problem-title').fill('Devices stop at the last enrolment screen');
  await page.locator('#st-problem-description').fill('Since Monday, new Android devices stop at the last enrolment screen.');
  await continueButton(page).click();
  await page.locator('input[type=radio][value="no"]').check();
  await continueButton(page).click();
  await page.locator(`input[type=radio][value="${route.kind}"]`).check();
  await continueButton(page).click();
  if (!route.contract) {
    await page.locator('#st-routing-heading').waitFor();
    return;
  }
  await page.locator(`input[type=radio][value="${route.contract}"]`).check();
  await page.locator(`input[type=radio][value="${route.size}"]`).check();
  await continueButton(page).click();
  for (const group of ['st-impact-usability', 'st-impact-scope', 'st-impact-business', 'st-impact-workaround']) {
    await page.locator(`#${group}`).check();
  }
  await continueButton(page).click();
  await page.locator('#st-contact-email').fill('it-admin@example.com');
  await continueButton(page).click();
  await page.locator('.st-summary-list').first().waitFor();
  await continueButton(page).click();
  await page.locator('#st-ticket-text').waitFor();
}

/** What the routing summary says: the configured channel, category, steps, warnings and links. */
const routingText = (page) => page.locator('section[aria-labelledby="st-routing-heading"]').innerText();

test('every route in every language: no English text from the built-in configuration where a translation exists', { timeout: 600_000 }, async () => {
  const english = await builtInConfigurationTexts();
  assert.ok(english.length > 40, `the built-in configuration has its texts (${english.length})`);
  const probe = await freshPage();
  const languages = (await offeredLanguages(probe)).map(([tag]) => tag);
  await probe.close();
  assert.deepEqual(languages, ['en', 'pl', 'es', 'nl', 'ko', 'zh-TW', 'ja']);
  await mkdir(screenshotDir, { recursive: true });
  for (const route of ROUTES) {
    const page = await freshPage();
    await walkTo(page, route);
    const shownInEnglish = await routingText(page);
    assert.ok(english.some((text) => shownInEnglish.includes(text)), `${route.name}: the English summary shows configured text`);
    for (const tag of languages.slice(1)) {
      await chooseLanguage(page, tag);
      const shown = await routingText(page);
      if (['ko', 'zh-TW', 'ja'].includes(tag)) {
        const latin = (shown.match(/[A-Za-z]+/g) ?? []).filter((word) => !NAMES_KEPT_IN_LATIN_SCRIPT.has(word));
        assert.deepEqual(latin, [], `${route.name} in ${tag}: English words in\n${shown}`);
      } else {
        // A portal category keeps its English name in brackets after the translated one, by design.
        const withoutBracketedNames = shown.replace(/\(([^)]*)\)/g, (match, inner) => (english.includes(inner) ? '' : match));
        const untranslated = english.filter((text) => withoutBracketedNames.includes(text) && text.split(' ').length > 1);
        assert.deepEqual(untranslated, [], `${route.name} in ${tag}: English texts in\n${shown}`);
      }
      if (route.name === 'admin-centre') {
        await page.screenshot({ path: join(screenshotDir, `ready-${tag}-375.png`), fullPage: true });
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.screenshot({ path: join(screenshotDir, `ready-${tag}-1280.png`), fullPage: true });
        await page.setViewportSize({ width: 375, height: 900 });
      }
    }
    page.assertNoProblems();
    await page.close();
  }
});
