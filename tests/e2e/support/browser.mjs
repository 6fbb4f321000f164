// Headless Debian Chromium through playwright-core, with helpers every e2e test shares.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { projectRoot } from './server.mjs';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const screenshotDir = join(projectRoot, 'target', 'e2e-screenshots');
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Launches Chromium with a fresh profile; `close()` also deletes the profile. `extraArgs` are
 * added to the flags (for example a host resolver rule that makes a second site).
 * `preferences` are the profile's settings, as a reader would set them (for example
 * `{ webkit: { webprefs: { default_font_size: 20 } } }` for a larger default font).
 */
export async function launchBrowser({ extraArgs = [], preferences } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'support-triage-e2e-'));
  if (preferences) {
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: [...chromiumFlags, ...extraArgs],
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a page that fails the test on any uncaught error, Rust panic or console error: a panic
 * must never be what a user sees.
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || text.includes('panicked at')) {
      problems.push(`console ${message.type()}: ${text}`);
    }
  });
  page.assertNoProblems = () => assert.deepEqual(problems, [], 'the page reported problems');
  await page.goto(url);
  return page;
}

/**
 * Runs axe-core on the page (or only inside the elements matching `include`, for a widget in a
 * host page) and fails with a readable list of violations.
 */
export async function assertAccessible(page, label, { include } = {}) {
  await page.addScriptTag({ path: join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async ({ tags, include }) => {
    const context = include ? { include: [include] } : document;
    const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, { tags: axeTags, include });
  assert.deepEqual(violations, [], `axe-core found violations on ${label}`);
}

/** Saves full-page screenshots at a phone and a desktop width. */
export async function screenshots(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * Presses Tab until the focused element matches `describe` (its accessible text, label or
 * value), so flows are driven with the keyboard only. Fails after 40 presses.
 */
export async function tabTo(page, wanted) {
  for (let press = 0; press < 40; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return '';
      const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
      return (label?.textContent ?? element.textContent ?? '').trim();
    });
    if (focused === wanted) return;
  }
  assert.fail(`could not reach "${wanted}" with the Tab key`);
}

/** Starts a new ticket: the problem is step 1. */
export async function goToProblemStep(page) {
  await page.getByRole('button', { name: 'Start a new ticket' }).click();
  await page.getByRole('heading', { name: 'Describe one problem' }).waitFor();
}

/**
 * From a filled problem step to the impact step: Continue, self-help "No, continue", a
 * technical problem, Professional with 100 licences or more.
 */
export async function problemToImpact(page) {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: 'Before you file a ticket' }).waitFor();
  await page.getByLabel('No, continue', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByLabel('A technical problem').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByLabel('Professional (subscription support)').check();
  await page.getByLabel('100 licences or more').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: 'How serious is the problem?' }).waitFor();
}
