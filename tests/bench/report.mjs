// The benchmark's report as a Markdown table a person reads, with the goals checked.
import { rankingGoal, rankingSection } from './ranking.mjs';

const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);
const times = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}×`);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const spread = (stats) => `${ms(stats.p25)} – ${ms(stats.p75)}`;
const range = (stats) => `${ms(stats.min)} – ${ms(stats.max)}`;

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** The start-up rows with drafts stored, measured side by side with none. */
function startupWithDraftsSection(run) {
  return [
    `### Start-up with ${run.drafts.toLocaleString('en')} drafts stored`,
    `The same measure, ${run.loads} loads each in fresh contexts, the two cases alternating; ` +
      'the drafts are in storage before each load starts (every draft is read at start-up).',
    table(
      ['', 'median', 'p25 – p75', 'min – max'],
      [
        ['no drafts', ms(run.none.p50), spread(run.none), range(run.none)],
        [`${run.drafts.toLocaleString('en')} drafts`, ms(run.withDrafts.p50), spread(run.withDrafts), range(run.withDrafts)],
        ['ratio (median)', times(run.ratio), '', ''],
      ],
    ),
  ].join('\n\n');
}

/**
 * What was tried for the goals missed so far, with before and after figures from earlier runs,
 * and what would meet them; the README's "Performance" section tells the whole of it. Shown
 * next to a goal only when this run misses it.
 */
const WHEN_MISSED = {
  firstLoadRatio:
    'Tried: lazy modules (409.2 to 179.5 KiB), compacted stylesheets, data-only chunks folded. ' +
    'Would meet: a first screen that needs no wasm, the app fetched on the intent to use it.',
  startup:
    'Tried: lazy modules, the first language fetched early; 1.48 to 1.63× before the static ' +
    'landing, 1.9 to 2.2× after it (it is painted while the wasm compiles, on the same 2 cores). ' +
    'Would meet: the same first screen without wasm.',
  drafts:
    'Tried: a summary index (1.72 and 1.86 to 1.39 and 1.74×, +4.6 KB brotli, not merged); a date ' +
    'formatter made while the wasm compiles (no gain, dropped); the index reconciled by binary ' +
    'search (1.80 to 1.64×, kept). Reading 1,000 drafts takes 47 to 119 ms. Would meet: drafts ' +
    'in IndexedDB, read per record, the landing listing three from an index there.',
  language:
    'Tried: the language module fetched next to the main module (Polish 1.37 to 1.42 before, ' +
    '1.07 to 1.28× after), data-only chunks folded (Polish 1.21 to 1.33 before, 0.97 to 1.22× ' +
    'after). Would meet: instantiating the language module with the main module, not after it, ' +
    'which wasm-split-cli\'s loader does not do.',
  firstPaint:
    'Tried: the static landing (about 2× before, 0.95 to 1.03× after), then its language script ' +
    'in the head (1.22 to 1.50×): 12 ms of it reading the remembered language from storage, 4 ms ' +
    'fetching the script. The landing alone, with no script at all, paints at 124 to 160 ms ' +
    'against 68 ms for a page with one heading (the language control 20 to 30 ms of it, the ' +
    'stylesheets about 20). Would meet: a first screen with as little on it as the baseline\'s.',
};

/** A goal as the table shows it; `whenMissed` is shown only when the run misses it. */
const goal = (name, figure, met, whenMissed = '') => ({ name, figure, met, whenMissed });

/** The goals of the performance issue, each with the figure it was judged on. */
function checkGoals(report) {
  const { sizes, startup, typing, typingRatio, draftsScreen } = report;
  const most = typing.at(-1);
  const fewest = typing[0];
  const bigList = draftsScreen.at(-1);
  return [
    goal(
      'First load ≤ 180 KiB brotli',
      `${kib(sizes.ours.total.brotli)}`,
      sizes.ours.total.brotli <= sizes.budgetBrotli,
    ),
    goal(
      'First load ≤ 2.5 × baseline (brotli)',
      times(sizes.ratio.brotli),
      sizes.ratio.brotli !== null && sizes.ratio.brotli <= 2.5,
      WHEN_MISSED.firstLoadRatio,
    ),
    goal(
      'Start-up ≤ 1.3 × baseline (median)',
      times(startup.ratio),
      startup.ratio !== null && startup.ratio <= 1.3,
      WHEN_MISSED.startup,
    ),
    ...(report.startupWithDrafts
      ? [
          goal(
            `Start-up with ${report.startupWithDrafts.drafts.toLocaleString('en')} drafts stored ≤ 1.1 × with none (median)`,
            times(report.startupWithDrafts.ratio),
            report.startupWithDrafts.ratio !== null && report.startupWithDrafts.ratio <= 1.1,
            WHEN_MISSED.drafts,
          ),
        ]
      : []),
    goal(
      `Keystroke p95 ≤ 2 ms of the app's main-thread work, ${most.drafts} drafts`,
      ms(most.app.p95),
      most.app.p95 <= 2,
    ),
    goal(
      `Keystroke p95, ${most.drafts} drafts ≤ 1.2 × ${fewest.drafts} drafts`,
      times(typingRatio.appP95),
      typingRatio.appP95 !== null && typingRatio.appP95 <= 1.2,
    ),
    // Saves are few (one per pause), so their ratio is judged on the median.
    goal(
      `Save p50, ${most.drafts} drafts ≤ 1.2 × ${fewest.drafts} drafts`,
      times(typingRatio.saveP50),
      typingRatio.saveP50 !== null && typingRatio.saveP50 <= 1.2,
    ),
    goal(
      'A save writes one draft, never the index or the collection',
      typing
        .map((run) => `${run.drafts}: ${run.maxWritesPerSave} write(s)${run.indexWrittenWhileTyping ? ' + index' : ''}`)
        .join(', '),
      typing.every((run) => run.maxWritesPerSave === 1 && !run.indexWrittenWhileTyping),
    ),
    goal(
      `Drafts screen with ${bigList.drafts} drafts < 100 ms`,
      ms(bigList.painted.p50),
      bigList.painted.p50 < 100,
    ),
    ...(report.idleVisit
      ? [
          goal(
            'A visit that starts nothing downloads no more than the first load (brotli)',
            `${kib(report.idleVisit.total.brotli)} in ${report.idleVisit.fetched.length} files` +
              (report.idleVisit.extra.length > 0 ? `; also ${report.idleVisit.extra.join(', ')}` : ''),
            report.idleVisit.extra.length === 0,
          ),
        ]
      : []),
    ...(report.ranking ? [rankingGoal(report.ranking)] : []),
    ...languageStartupGoals(report),
  ];
}

/** A browser in another language starts as fast; something is on screen early. */
function languageStartupGoals({ languageStartup }) {
  if (!languageStartup) return [];
  const within = (value, limit) => value !== null && value !== undefined && value <= limit;
  return [
    ...['Korean', 'Polish'].map((name) =>
      goal(
        `Start-up, browser in ${name} ≤ 1.1 × in English (median)`,
        times(languageStartup.ratio[name]),
        within(languageStartup.ratio[name], 1.1),
        WHEN_MISSED.language,
      ),
    ),
    goal(
      'First contentful paint ≤ 1.1 × baseline (median)',
      times(languageStartup.firstPaintRatio),
      within(languageStartup.firstPaintRatio, 1.1),
      WHEN_MISSED.firstPaint,
    ),
  ];
}

/** The rows of the start-up by language and first contentful paint. */
function renderLanguageStartup({ languageStartup, settings }, parts) {
  if (!languageStartup) return;
  const { cases } = languageStartup;
  parts.push('## Start-up by browser language, and first contentful paint');
  parts.push(
    'Ours in fresh contexts whose browser prefers English, Korean or Polish (Playwright `locale`), ' +
      'until the first step\'s button is interactive in that language, and the baseline; ' +
      `${settings.loads} loads each, the four cases taking turns. First contentful paint is the ` +
      "'paint' entry of the same loads.",
  );
  const row = (name, label) => {
    const { ready, firstPaint } = cases[name];
    return [
      label,
      ms(ready.p50),
      spread(ready),
      firstPaint ? ms(firstPaint.p50) : 'n/a',
      firstPaint ? spread(firstPaint) : '',
    ];
  };
  parts.push(
    table(
      ['', 'start-up median', 'p25 – p75', 'first paint median', 'p25 – p75'],
      [
        row('English', 'ours, browser in English'),
        row('Korean', 'ours, browser in Korean'),
        row('Polish', 'ours, browser in Polish'),
        row('baseline', 'baseline'),
        ['Korean ÷ English', times(languageStartup.ratio.Korean), '', '', ''],
        ['Polish ÷ English', times(languageStartup.ratio.Polish), '', '', ''],
        ['ours (English) ÷ baseline', '', '', times(languageStartup.firstPaintRatio), ''],
      ],
    ),
  );
}

export function renderMarkdown(report) {
  const { sizes, startup, typing, typingRatio, draftsScreen, memory, settings } = report;
  const goals = checkGoals(report);
  const parts = [];
  parts.push('# Performance report');
  parts.push(
    `${report.generatedAt}, ${report.chromium ? `Chromium ${report.chromium}` : 'Chromium'}, ` +
      'headless, on 127.0.0.1. "Baseline" is the minimal Yew counter in `bench/baseline/`, built ' +
      'with the same profile and wasm-opt settings.' +
      (report.machine
        ? ` ${report.machine.cores} cores; load average ${report.machine.loadAverageAtStart.toFixed(1)} ` +
          `at the start, ${report.machine.loadAverageAtEnd.toFixed(1)} at the end (timings are ` +
          'only comparable within one run).'
        : ''),
  );

  parts.push('## Goals');
  parts.push(
    table(
      ['Goal', 'Figure', 'Result', 'If missed: tried, and what would meet it'],
      goals.map((goal) => [goal.name, goal.figure, goal.met ? 'met' : '**MISSED**', goal.met ? '' : goal.whenMissed ?? '']),
    ),
  );

  parts.push('## First load (bytes)');
  parts.push(
    'Everything fetched before the first step is interactive: html, css, js and wasm. ' +
      'gzip at level 9, brotli at quality 11.',
  );
  parts.push(
    table(
      ['', 'raw', 'gzip', 'brotli'],
      [
        ['ours', kib(sizes.ours.total.raw), kib(sizes.ours.total.gzip), kib(sizes.ours.total.brotli)],
        [
          'baseline',
          kib(sizes.baseline.total.raw),
          kib(sizes.baseline.total.gzip),
          kib(sizes.baseline.total.brotli),
        ],
        ['ratio', times(sizes.ratio.raw), times(sizes.ratio.gzip), times(sizes.ratio.brotli)],
      ],
    ),
  );
  parts.push(
    table(
      ['file (ours)', 'raw', 'gzip', 'brotli'],
      sizes.ours.files.map((file) => [
        `\`${file.path}\``,
        String(file.raw),
        String(file.gzip),
        String(file.brotli),
      ]),
    ),
  );
  for (const name of ['ours', 'baseline']) {
    if (sizes[name].matchesFetched === false) {
      parts.push(
        `Note: for ${name}, the browser fetched ${sizes[name].fetchedBeforeInteractive.join(', ')} ` +
          'before the first step, which differs from the files counted above.',
      );
    }
  }

  parts.push('## Start-up');
  parts.push(
    `From navigation start until the first step's button is in the document and enabled ` +
      `("Start a new ticket"; the baseline's counter button). ${settings.loads} loads each in ` +
      'fresh browser contexts, ours and baseline alternating.',
  );
  parts.push(
    table(
      ['', 'median', 'p25 – p75', 'min – max'],
      [
        ['ours', ms(startup.ours.p50), spread(startup.ours), range(startup.ours)],
        ['baseline', ms(startup.baseline.p50), spread(startup.baseline), range(startup.baseline)],
        ['ratio (median)', times(startup.ratio), '', ''],
      ],
    ),
  );
  if (report.startupWithDrafts) parts.push(startupWithDraftsSection(report.startupWithDrafts));
  parts.push(
    'Ours with drafts already stored, on the typing case\'s first load (one load each, reading and checking every draft): ' +
      typing.map((run) => `${run.drafts} drafts ${ms(run.startupWithDrafts)}`).join(', ') +
      '.',
  );

  renderLanguageStartup(report, parts);

  parts.push('## Typing');
  parts.push(
    `${settings.keystrokes} keystrokes at the end of a ${settings.descriptionChars.toLocaleString('en')}` +
      `-character description, in bursts of ${settings.burst}. **App** is the main-thread ` +
      'work the app adds to a keystroke: from the input event reaching the window until every ' +
      'listener and the re-render (Yew renders in microtasks) are done. **Whole keystroke** ' +
      'is from keydown until the next task, including the browser\'s own editing, style, layout ' +
      'and paint of the field; the bare-textarea row is the same keystrokes in a textarea with ' +
      'the same text and no script. **Save** is the autosave after a pause in typing: from its ' +
      'timer until the draft is written and the app re-rendered; a keystroke never writes.',
  );
  const control = report.textareaControl;
  const typingRows = typing.map((run) => [
    `${run.drafts} drafts`,
    ms(run.app.p50),
    ms(run.app.p95),
    ms(run.keystroke.p50),
    ms(run.keystroke.p95),
    ms(run.save.p50),
    ms(run.save.p95),
    String(run.maxWritesPerSave),
  ]);
  if (control) {
    typingRows.push([
      'bare textarea (control)',
      '',
      '',
      ms(control.keystroke.p50),
      ms(control.keystroke.p95),
      '',
      '',
      '',
    ]);
  }
  parts.push(
    table(
      ['', 'app p50', 'app p95', 'whole keystroke p50', 'whole keystroke p95', 'save p50', 'save p95', 'writes per save'],
      typingRows,
    ),
  );
  parts.push(
    `Ratio ${typing.at(-1).drafts} to ${typing[0].drafts} drafts: app p50 ` +
      `${times(typingRatio.appP50)}, p95 ${times(typingRatio.appP95)}; whole keystroke p95 ` +
      `${times(typingRatio.keystrokeP95)}; save p50 ${times(typingRatio.saveP50)}, p95 ` +
      `${times(typingRatio.saveP95)}.`,
  );

  parts.push('## Drafts screen');
  parts.push(
    `From the click on "View all drafts" until the list is complete in the document, and until ` +
      `the next frame (style, layout and paint); median of ${settings.draftsScreenRepeats}.`,
  );
  parts.push(
    table(
      ['drafts stored', 'rows shown', 'list in document', 'next frame', 'max (next frame)'],
      draftsScreen.map((run) => [
        String(run.drafts),
        String(run.rowsShown),
        ms(run.inDom.p50),
        ms(run.painted.p50),
        ms(run.painted.max),
      ]),
    ),
  );

  if (report.ranking) parts.push(...rankingSection(report.ranking, table));

  parts.push('## Memory');
  parts.push(
    'JS heap in use after a garbage collection (Chromium\'s `Runtime.getHeapUsage`), and the ' +
      'wasm linear memory (the `memory` the wasm module exports, caught at instantiation).',
  );
  const memoryRows = [
    ['baseline, after load', mib(memory.baselineAfterLoad.jsHeapUsed), mib(memory.baselineAfterLoad.wasmMemory)],
    ['ours, after load', mib(memory.oursAfterLoad.jsHeapUsed), mib(memory.oursAfterLoad.wasmMemory)],
  ];
  for (const run of typing) {
    memoryRows.push([
      `ours, ${run.drafts} drafts, after load`,
      mib(run.memory.afterLoad.jsHeapUsed),
      mib(run.memory.afterLoad.wasmMemory),
    ]);
    memoryRows.push([
      `ours, ${run.drafts} drafts, after typing`,
      mib(run.memory.afterTyping.jsHeapUsed),
      mib(run.memory.afterTyping.wasmMemory),
    ]);
  }
  parts.push(table(['', 'JS heap', 'wasm memory'], memoryRows));
  return { text: `${parts.join('\n\n')}\n`, goals };
}
