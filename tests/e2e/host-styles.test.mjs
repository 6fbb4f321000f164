// The widget inside real host stylesheets, installed from the npm registry as intranets use them:
// Bootstrap 3 (which sets `html { font-size: 10px }`), Bootstrap 5, Bulma and Pico.css (which
// scales the root font size up with the window). On the impact step and the ready page, at 375
// and 1280 px: no text under 12 px, no target under 24 x 24 px unless spaced as WCAG 2.2 allows,
// no horizontal overflow, radios and checkboxes drawn where they are, and axe-core clean. The
// widget's sizes are the same in every host page as in a page without styles of its own, and
// follow a reader's larger default font even where the host shrinks its root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic, projectRoot, distDir } from './support/server.mjs';
import { launchBrowser, openPage, assertAccessible, screenshotDir } from './support/browser.mjs';

const modules = join(projectRoot, 'node_modules');

/** Each host: its stylesheet (from node_modules, see package.json) and the page around the widget. */
const HOSTS = {
  plain: {
    css: [],
    body: (widget) => `<h1>IT help</h1><p>A page without styles of its own.</p>${widget}`,
  },
  bootstrap3: {
    css: ['/hosts/bootstrap3/bootstrap.min.css'],
    body: (widget) => `
      <nav class="navbar navbar-default"><div class="container">
        <a class="navbar-brand" href="#">Contoso intranet</a>
        <ul class="nav navbar-nav"><li class="active"><a href="#">IT help</a></li><li><a href="#">People</a></li></ul>
      </div></nav>
      <main class="container"><div class="row"><div class="col-md-12">
        <h1>IT help</h1>
        <p class="lead">Before you contact the device-management vendor, prepare your request here.</p>
        ${widget}
      </div></div></main>`,
  },
  bootstrap5: {
    css: ['/hosts/bootstrap5/bootstrap.min.css'],
    body: (widget) => `
      <nav class="navbar navbar-expand bg-body-tertiary"><div class="container">
        <a class="navbar-brand" href="#">Contoso intranet</a>
        <ul class="navbar-nav"><li class="nav-item"><a class="nav-link active" aria-current="page" href="#">IT help</a></li></ul>
      </div></nav>
      <main class="container py-3">
        <h1 class="display-6">IT help</h1>
        <p class="lead">Before you contact the device-management vendor, prepare your request here.</p>
        <div class="card"><div class="card-body">${widget}</div></div>
      </main>`,
  },
  bulma: {
    css: ['/hosts/bulma/bulma.min.css'],
    body: (widget) => `
      <section class="section"><main class="container">
        <h1 class="title">IT help</h1>
        <p class="subtitle">Before you contact the device-management vendor, prepare your request here.</p>
        <div class="box">${widget}</div>
      </main></section>`,
  },
  pico: {
    css: ['/hosts/pico/pico.min.css'],
    body: (widget) => `
      <header class="container"><nav><ul><li><strong>Contoso intranet</strong></li></ul>
        <ul><li><a href="#" aria-current="page">IT help</a></li></ul></nav></header>
      <main class="container">
        <h1>IT help</h1>
        <p>Before you contact the device-management vendor, prepare your request here.</p>
        <article>${widget}</article>
      </main>`,
  },
};

const WIDGET = '<div id="widget" data-support-triage data-heading-level="2"></div>';

function hostPage(name) {
  const host = HOSTS[name];
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Contoso intranet – IT help (${name})</title>
    <link rel="icon" href="data:," />
    ${host.css.map((href) => `<link rel="stylesheet" href="${href}" />`).join('\n    ')}
    <link rel="stylesheet" href="/support-triage/support-triage.css" />
    <script type="module" src="/support-triage/support-triage.js"></script>
  </head>
  <body>${host.body(WIDGET)}</body>
</html>`;
}

let server;
let browser;

before(async () => {
  const handlers = {};
  for (const name of Object.keys(HOSTS)) {
    handlers[`/${name}.html`] = (request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(hostPage(name));
    };
  }
  server = await serveStatic({
    mounts: {
      '/support-triage/': distDir,
      '/hosts/bootstrap3/': join(modules, 'bootstrap3', 'dist', 'css'),
      '/hosts/bootstrap5/': join(modules, 'bootstrap5', 'dist', 'css'),
      '/hosts/bulma/': join(modules, 'bulma', 'css'),
      '/hosts/pico/': join(modules, '@picocss', 'pico', 'css'),
    },
    handlers,
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openHost(context, name) {
  const page = await openPage(context, `${server.origin}/${name}.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('#widget .st-root h2').first().waitFor();
  return page;
}

const continueButton = (page) => page.locator('#widget .st-form button[type=submit]');

/** From the landing screen to the impact step with every impact question answered. */
async function walkToImpact(page) {
  await page.locator('#widget .st-button--start').click();
  await page.locator('#st-problem-title').fill('Devices stop at the last enrolment screen');
  await page.locator('#st-problem-description').fill('Since Monday, new Android devices stop at the last enrolment screen.');
  await continueButton(page).click();
  await page.locator('#widget input[type=radio][value="no"]').check();
  await continueButton(page).click();
  await page.locator('#st-request-kind').check();
  await continueButton(page).click();
  await page.locator('#st-support-contract').check();
  await page.locator('#st-tenant-size-2').check();
  await continueButton(page).click();
  for (const group of ['st-impact-usability', 'st-impact-scope', 'st-impact-business', 'st-impact-workaround']) {
    await page.locator(`#${group}`).check();
  }
  await page.locator('#widget .st-severity-panel .st-severity-badge').first().waitFor();
}

/** From the impact step to the ready page. */
async function impactToReady(page) {
  await continueButton(page).click();
  await page.locator('#st-contact-email').fill('it-admin@example.com');
  await continueButton(page).click();
  await page.locator('#widget .st-summary-list').first().waitFor();
  await continueButton(page).click();
  await page.locator('#st-ticket-text').waitFor();
}

/**
 * What a reader meets in the widget: every visible text's font size, every target's box and
 * whether it passes WCAG 2.2 target size (24 x 24 px, or spaced so that a 24 px circle on it
 * touches no other target, or inline in a sentence), overflow, and how radios and checkboxes
 * are drawn.
 */
function measureWidget() {
  const root = document.querySelector('#widget .st-root');
  const describe = (element, { withText = true } = {}) => {
    const name = element.tagName.toLowerCase();
    const id = element.id ? `#${element.id}` : '';
    const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const text = withText ? (element.textContent || element.value || '').trim().replace(/\s+/g, ' ').slice(0, 30) : '';
    return `${name}${id}${classes}${text ? ` "${text}"` : ''}`;
  };
  const shown = (element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    && !element.closest('.st-visually-hidden');

  // Texts: every text node with a box on screen, and the text inside form controls.
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || !element || element.closest('select, option, textarea') || !shown(element)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if ([...range.getClientRects()].every((rect) => rect.width === 0 || rect.height === 0)) continue;
    let size = parseFloat(getComputedStyle(element).fontSize);
    if (element instanceof SVGElement) size *= element.getScreenCTM()?.a ?? 1;
    texts.push({ size, where: describe(element), element: describe(element, { withText: false }) });
  }
  for (const control of root.querySelectorAll('input:not([type=hidden], [type=radio], [type=checkbox]), select, textarea')) {
    if (shown(control)) {
      texts.push({ size: parseFloat(getComputedStyle(control).fontSize), where: describe(control), element: describe(control, { withText: false }) });
    }
  }

  // Targets.
  const targets = [...root.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, label, [tabindex]:not([tabindex^="-"])')]
    .filter((element) => shown(element) && (element.tagName !== 'LABEL' || element.control))
    .map((element) => ({ element, rect: element.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 0 && rect.height > 0);
  const bigEnough = ({ rect }) => rect.width >= 23.99 && rect.height >= 23.99;
  const centre = ({ rect }) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
  const sameControl = (a, b) => a.contains(b) || b.contains(a) || a.control === b || b.control === a
    || (a.control && a.control === b.control);
  const circleTouches = (point, rect) => {
    const dx = Math.max(rect.left - point.x, 0, point.x - rect.right);
    const dy = Math.max(rect.top - point.y, 0, point.y - rect.bottom);
    return dx * dx + dy * dy < 12 * 12;
  };
  const inSentence = (element) => {
    if (getComputedStyle(element).display !== 'inline') return false;
    let block = element.parentElement;
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
    return Boolean(block) && block.textContent.trim().length > element.textContent.trim().length;
  };
  const targetFailures = [];
  for (const target of targets) {
    if (bigEnough(target) || inSentence(target.element)) continue;
    const here = centre(target);
    const crowded = targets.find((other) => other !== target && !sameControl(target.element, other.element)
      && (circleTouches(here, other.rect)
        || (!bigEnough(other) && Math.hypot(here.x - centre(other).x, here.y - centre(other).y) < 24)));
    if (crowded) {
      targetFailures.push(`${describe(target.element)} is ${target.rect.width.toFixed(1)} x ${target.rect.height.toFixed(1)} px, `
        + `too close to ${describe(crowded.element)}`);
    }
  }
  const smallestTarget = targets
    .map(({ element, rect }) => ({ side: Math.min(rect.width, rect.height), where: `${describe(element)} ${rect.width.toFixed(1)} x ${rect.height.toFixed(1)}` }))
    .sort((a, b) => a.side - b.side)[0];

  // Overflow: the widget within the window, and no element whose content is wider than its box.
  const overflow = [];
  const rootRect = root.getBoundingClientRect();
  if (rootRect.left < -1 || rootRect.right > window.innerWidth + 1) overflow.push(`the widget spans ${rootRect.left}..${rootRect.right} in a ${window.innerWidth} px window`);
  if (document.documentElement.scrollWidth > window.innerWidth + 1) overflow.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (element.closest('pre, .st-table-wrapper, svg, select, textarea, input, .st-visually-hidden')) continue;
    const style = getComputedStyle(element);
    if (style.display === 'inline' || style.visibility === 'hidden' || style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
    if (element.scrollWidth > element.clientWidth + 1) overflow.push(`${describe(element)} is ${element.scrollWidth} px wide in ${element.clientWidth} px`);
  }

  // Radios and checkboxes: drawn by the browser, at a size, opaque, and what is at their centre.
  const choices = [];
  const scroll = window.scrollY;
  for (const input of root.querySelectorAll('input[type=radio], input[type=checkbox]')) {
    const style = getComputedStyle(input);
    input.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = input.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const problems = [];
    if (rect.width < 13 || rect.height < 13) problems.push(`${rect.width} x ${rect.height} px`);
    if (!input.checkVisibility({ opacityProperty: true, visibilityProperty: true })) problems.push('invisible');
    if (style.appearance === 'none') problems.push('appearance: none');
    if (style.clipPath !== 'none' || style.clip !== 'auto') problems.push('clipped');
    if (hit !== input) problems.push(`covered by ${hit ? describe(hit) : 'nothing'}`);
    if (problems.length) choices.push(`${describe(input)}: ${problems.join(', ')}`);
  }
  window.scrollTo(0, scroll);

  const smallestText = [...texts].sort((a, b) => a.size - b.size)[0];
  return {
    rootFontSize: getComputedStyle(root).fontSize,
    sizes: texts.map(({ size, element }) => `${size.toFixed(2)} ${element}`),
    smallTexts: texts.filter(({ size }) => size < 12).map(({ size, where }) => `${size.toFixed(1)} px: ${where}`),
    smallestText: smallestText && `${smallestText.size.toFixed(1)} px: ${smallestText.where}`,
    undersizedTargets: targets.filter((target) => !bigEnough(target)).length,
    targetFailures,
    smallestTarget: smallestTarget?.where,
    overflow,
    choices,
  };
}

/** The checks at both widths, screenshots, and the measurements for comparison and the log. */
async function checkPage(page, host, step) {
  const measured = {};
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const label = `${step} in ${host} at ${width} px`;
    const result = await page.evaluate(measureWidget);
    assert.deepEqual(result.smallTexts, [], `${label}: texts under 12 px`);
    assert.deepEqual(result.targetFailures, [], `${label}: targets under 24 x 24 px without room around them`);
    assert.deepEqual(result.overflow, [], `${label}: horizontal overflow`);
    assert.deepEqual(result.choices, [], `${label}: radios or checkboxes not shown as they should be`);
    await assertAccessible(page, label, { include: '#widget' });
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, `host-${host}-${step}-${width}.png`), fullPage: true });
    console.log(`${label}: root ${result.rootFontSize}; smallest text ${result.smallestText} `
      + `(${result.smallTexts.length} under 12 px); smallest target ${result.smallestTarget} `
      + `(${result.undersizedTargets} under 24 px, ${result.targetFailures.length} of them crowded)`);
    measured[width] = result;
  }
  return measured;
}

test('the impact step and the ready page are intact in Bootstrap 3 and 5, Bulma and Pico.css, at 375 and 1280 px', { timeout: 600_000 }, async () => {
  const reference = {};
  for (const host of Object.keys(HOSTS)) {
    const page = await openHost(browser.context, host);
    await page.setViewportSize({ width: 1280, height: 900 });
    await walkToImpact(page);
    const impact = await checkPage(page, host, 'impact');
    await impactToReady(page);
    const ready = await checkPage(page, host, 'ready');
    // The host's root font size (10 px in Bootstrap 3, 20 px in Pico.css at 1280 px) changes
    // nothing: every text is the size it is in a page without styles.
    for (const [step, measured] of [['impact', impact], ['ready', ready]]) {
      for (const width of [375, 1280]) {
        assert.equal(measured[width].rootFontSize, '16px', `${host}, ${step} at ${width} px: the widget's font size`);
        if (host === 'plain') {
          reference[`${step}-${width}`] = measured[width].sizes;
        } else {
          assert.deepEqual(measured[width].sizes, reference[`${step}-${width}`], `${host}, ${step} at ${width} px: text sizes differ from a page without styles`);
        }
      }
    }
    page.assertNoProblems();
    await page.close();
  }
});

test('a reader\'s larger default font is followed inside Bootstrap 3, whose root is 10 px', async () => {
  const large = await launchBrowser({ preferences: { webkit: { webprefs: { default_font_size: 20 } } } });
  try {
    const page = await openHost(large.context, 'bootstrap3');
    await page.setViewportSize({ width: 1280, height: 900 });
    const sizes = await page.evaluate(() => ({
      html: getComputedStyle(document.documentElement).fontSize,
      hostText: getComputedStyle(document.querySelector('.lead')).fontSize,
      widget: getComputedStyle(document.querySelector('#widget .st-root')).fontSize,
      start: getComputedStyle(document.querySelector('#widget .st-button--start')).fontSize,
      startHeight: document.querySelector('#widget .st-button--start').getBoundingClientRect().height,
    }));
    assert.equal(sizes.html, '10px', 'Bootstrap 3 keeps its root');
    assert.equal(sizes.widget, '20px', 'the widget follows the reader\'s default of 20 px');
    assert.equal(sizes.start, '20px');
    assert.ok(sizes.startHeight >= 55, `the start button grows with the text (${sizes.startHeight} px high)`);
    await walkToImpact(page);
    const result = await page.evaluate(measureWidget);
    assert.deepEqual(result.smallTexts, []);
    assert.deepEqual(result.overflow, []);
    console.log(`impact in bootstrap3 with a 20 px default font: smallest text ${result.smallestText}; smallest target ${result.smallestTarget}`);
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'host-bootstrap3-large-font-impact-1280.png'), fullPage: true });
    page.assertNoProblems();
    await page.close();
  } finally {
    await large.close();
  }
});

test('the widget\'s stylesheet sizes nothing in rem, which would follow the host\'s root', async () => {
  const css = await readFile(join(projectRoot, 'styles', 'main.css'), 'utf8');
  const withRem = css.split('\n')
    .map((line, index) => [index + 1, line])
    .filter(([, line]) => /\d(\.\d+)?rem\b/.test(line) && !line.trimStart().startsWith('@media'));
  assert.deepEqual(withRem, [], 'sizes in rem outside media queries: use calc(N * var(--st-rem))');
});
