// The cost of suggesting articles: reading a settled description with a knowledge base of 200
// articles, against the same reading with no articles at all, side by side in one page load
// each, description after description. The difference is what the ranking (and drawing up to
// three suggestions) adds to a reading; the goal is under 2 ms.
//
// A reading is the problem step's work once the description has rested (its 400 ms timer):
// the split check, the suggestions, the duplicate check and the re-render, timed from the
// timer's callback until the task and its microtasks (where Yew renders) are done.
//
// The 200 articles are the built-in ones and page-owner articles made up from the words of
// the self-help corpus (`tests/fixtures/suggest/`), so their terms and lengths are those of
// real text in all seven languages; the descriptions are the corpus's own.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../e2e/support/server.mjs';

const ARTICLES = 200;
/** The problem step's READ_AFTER_TYPING_MS: the timer whose callbacks are timed. */
const READ_TIMER_MS = 400;
const GOAL_MS = 2;

/** Every description of the self-help corpus, in file order. */
async function corpusDescriptions() {
  const folder = join(projectRoot, 'tests', 'fixtures', 'suggest');
  const files = (await readdir(folder)).filter((name) => /^[a-z]{2}(-[A-Z]{2})?\.txt$/.test(name)).sort();
  const descriptions = [];
  for (const file of files) {
    const text = await readFile(join(folder, file), 'utf8');
    for (const block of text.split(/^=== .*$/m).slice(1)) {
      const lines = block.split('\n').filter((line) => !line.startsWith('> ') && !line.startsWith('## '));
      const description = lines.join('\n').trim();
      if (description) descriptions.push(description);
    }
  }
  // Each once: filling a field with the text it holds starts no reading.
  return [...new Set(descriptions)];
}

/** How many built-in articles the app has: the entries of its list in the Rust source. */
async function builtInArticleCount() {
  const source = await readFile(join(projectRoot, 'src', 'domain', 'knowledge', 'built_in.rs'), 'utf8');
  const count = (source.match(/^ {4}BuiltInArticle \{$/gm) ?? []).length;
  if (count === 0) throw new Error('ranking: no built-in articles found in src/domain/knowledge/built_in.rs');
  return count;
}

/** A small seeded generator (mulberry32), so every run measures the same articles. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Page-owner articles made of the corpus's words: titles of 6–9, summaries of 18–26. */
function madeUpArticles(count, descriptions) {
  const random = seeded(20261202);
  const words = [...new Set(descriptions.join(' ').split(/\s+/).filter((word) => word.length > 1))];
  const pick = (n) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  return Array.from({ length: count }, (_, index) => ({
    id: `intranet-${index + 1}`,
    title: pick(between(6, 9)),
    summary: pick(between(18, 26)),
    url: `https://intranet.example/kb/${index + 1}`,
    keywords: Array.from({ length: 4 }, () => pick(between(1, 2))),
    ...(random() < 0.3 ? { error_codes: [`0x8018${between(0, 0xffff).toString(16).padStart(4, '0')}`] } : {}),
  }));
}

const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ranking</title>
<link rel="stylesheet" href="./support-triage.css"></head>
<body><main><div data-support-triage data-config-url="./ranking-config.json"></div></main>
<script type="module" src="./support-triage.js"></script></body></html>`;

/** Times the read timer's callbacks; runs in the page before its scripts. */
function instrumentReadings(readTimerMs) {
  const readings = [];
  window.__readings = readings;
  const originalSetTimeout = window.setTimeout;
  window.setTimeout = function timedSetTimeout(handler, delay, ...rest) {
    if (typeof handler !== 'function' || delay !== readTimerMs) {
      return originalSetTimeout.call(this, handler, delay, ...rest);
    }
    return originalSetTimeout.call(this, function timedReading(...args) {
      const start = performance.now();
      try {
        return handler.apply(this, args);
      } finally {
        // After the microtasks in which Yew re-renders: a message posted now runs next.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          readings.push(performance.now() - start);
        };
        channel.port2.postMessage(null);
      }
    }, delay, ...rest);
  };
}

/** A page of the widget configured with `config`, on its problem step. */
async function problemStepWith(browser, origin, config) {
  const context = await browser.newContext();
  await context.route(`${origin}/ranking-host.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: HOST_PAGE }),
  );
  await context.route(`${origin}/ranking-config.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
  );
  const page = await context.newPage();
  await page.addInitScript(instrumentReadings, READ_TIMER_MS);
  await page.goto(`${origin}/ranking-host.html`);
  await page.getByRole('button', { name: 'Start a new ticket' }).click();
  await page.getByRole('heading', { name: 'Describe one problem' }).waitFor();
  return { context, page };
}

/** Fills the description and waits for its reading; returns how long the reading took. */
async function readOnce(page, description) {
  const before = await page.evaluate(() => window.__readings.length);
  await page.locator('#st-problem-description').fill(description);
  await page.waitForFunction((count) => window.__readings.length > count, before, { timeout: 10_000 });
  return page.evaluate(() => window.__readings.at(-1));
}

export async function measureRanking(browser, origin, summary) {
  const descriptions = await corpusDescriptions();
  const owned = madeUpArticles(ARTICLES - (await builtInArticleCount()), descriptions);
  const cases = [
    { name: `${ARTICLES} articles`, config: { version: 1, storage_prefix: 'ranking-full', knowledge_base: { articles: owned } } },
    { name: 'no articles', config: { version: 1, storage_prefix: 'ranking-none', knowledge_base: { include_built_in: false } } },
  ];
  const pages = [];
  try {
    for (const rankingCase of cases) pages.push(await problemStepWith(browser, origin, rankingCase.config));
    const samples = cases.map(() => []);
    // One reading each to warm up, not counted; then every description in both, in turn. The
    // built-in articles' module is fetched when the step opens: measuring starts once the warm-up
    // shows a built-in article, so every counted reading ranks all 200.
    const warmUp = 'Windows enrolment fails with 0x80180014 on every new laptop.';
    for (const { page } of pages) await readOnce(page, warmUp);
    await pages[0].page
      .locator('.st-suggestions li[data-article="windows-enrolment-errors"]')
      .waitFor({ timeout: 10_000 });
    for (const description of descriptions) {
      for (const [index, { page }] of pages.entries()) samples[index].push(await readOnce(page, description));
    }
    const suggestedWithArticles = await pages[0].page.locator('.st-suggestions li[data-article]').count();
    console.log(`ranking: ${descriptions.length} descriptions read with ${cases.map((c) => c.name).join(' and ')}`);
    const [full, none] = samples.map(summary);
    return {
      articles: ARTICLES,
      descriptions: descriptions.length,
      withArticles: full,
      withoutArticles: none,
      suggestedOnLastDescription: suggestedWithArticles,
      // Paired per description, so the same text is compared with itself.
      cost: summary(samples[0].map((value, index) => value - samples[1][index])),
      goalMs: GOAL_MS,
    };
  } finally {
    for (const { context } of pages) await context.close();
  }
}

/** The report's goal and section for the ranking, in the report's own helpers. */
/** Milliseconds with two decimals: a ranking costs less than one. */
const fine = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(2)} ms`);

export function rankingGoal(ranking) {
  const ms = fine;
  return {
    name: `Suggestions: ranking ${ranking.articles} articles costs < ${ranking.goalMs} ms (median of the paired difference)`,
    figure: `${ms(ranking.cost.p50)} (p95 ${ms(ranking.cost.p95)})`,
    met: ranking.cost.p50 < ranking.goalMs,
  };
}

export function rankingSection(ranking, table) {
  const ms = fine;
  const spread = (stats) => `${ms(stats.p25)} – ${ms(stats.p75)}`;
  return [
    '## Suggestions',
    `The problem step's reading of a settled description (split check, suggestions, duplicate ` +
      `check and re-render), for each of the ${ranking.descriptions} descriptions of the ` +
      `self-help corpus, with ${ranking.articles} articles (the built-in ones and made-up ` +
      'page-owner articles of the corpus\'s words) and with none. The difference, paired per ' +
      'description, is what ranking and showing the suggestions cost.',
    table(
      ['', 'median', 'p95', 'p25 – p75', 'max'],
      [
        [`${ranking.articles} articles`, ms(ranking.withArticles.p50), ms(ranking.withArticles.p95), spread(ranking.withArticles), ms(ranking.withArticles.max)],
        ['no articles', ms(ranking.withoutArticles.p50), ms(ranking.withoutArticles.p95), spread(ranking.withoutArticles), ms(ranking.withoutArticles.max)],
        ['difference (paired)', ms(ranking.cost.p50), ms(ranking.cost.p95), spread(ranking.cost), ms(ranking.cost.max)],
      ],
    ),
  ];
}
