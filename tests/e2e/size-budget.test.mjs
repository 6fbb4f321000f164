// The first-load size: what a first visit downloads (html, css, js, wasm), compressed with
// brotli at quality 11. The goal is 180 KiB and is not met yet (see "Performance" in the
// README); until it is, this test holds the first load under a ceiling just above today's size,
// so it cannot grow unnoticed, and prints how far the goal is. Sizes of a release build are
// deterministic, so this runs with every test run; timings live in `cargo xtask bench`.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { distDir } from './support/server.mjs';
import {
  FIRST_LOAD_BROTLI_BUDGET,
  FIRST_LOAD_BROTLI_CEILING,
  firstLoadFiles,
  kib,
  sizeTable,
  totals,
} from '../bench/first-load.mjs';

test('the first load stays under its ceiling (420 KiB brotli; the goal is 180 KiB)', async () => {
  assert.ok(existsSync(distDir), 'dist/ is missing: run `trunk build --release` first');
  const files = await firstLoadFiles(distDir);
  const paths = files.map((file) => file.path);
  assert.ok(paths.includes('/index.html'), 'dist/index.html is missing');
  assert.ok(
    paths.some((path) => path.endsWith('.wasm')),
    `no wasm file is named by dist/index.html (found: ${paths.join(', ')})`,
  );

  const sum = totals(files);
  console.log(`First load of dist/ (bytes):\n${sizeTable(files)}`);
  console.log(
    `Brotli total ${kib(sum.brotli)}: ${((sum.brotli / FIRST_LOAD_BROTLI_BUDGET) * 100).toFixed(1)} % ` +
      `of the ${kib(FIRST_LOAD_BROTLI_BUDGET)} goal, under the ${kib(FIRST_LOAD_BROTLI_CEILING)} ceiling ` +
      `by ${FIRST_LOAD_BROTLI_CEILING - sum.brotli} bytes.`,
  );
  assert.ok(
    sum.brotli <= FIRST_LOAD_BROTLI_CEILING,
    `The first load is ${sum.brotli} bytes brotli-compressed (${kib(sum.brotli)}), over the ` +
      `ceiling of ${FIRST_LOAD_BROTLI_CEILING} bytes (${kib(FIRST_LOAD_BROTLI_CEILING)}) by ` +
      `${sum.brotli - FIRST_LOAD_BROTLI_CEILING} bytes.\n${sizeTable(files)}\n` +
      'To find what grew, build the wasm with its names and rank it with twiggy ' +
      '(see "Performance" in README.md). Shrink it, or load rarely used screens and ' +
      'languages on demand, without delaying the first screen.',
  );
});
