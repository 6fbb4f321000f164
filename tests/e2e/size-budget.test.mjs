// The first-load size budget: what a first visit downloads (html, css, js, wasm), compressed
// with brotli at quality 11, must stay within 180 KiB (180 × 1024 bytes). Sizes of a release
// build are deterministic, so this runs with every test run; timings live in `cargo xtask
// bench`, which also compares the size with a minimal Yew app.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { distDir } from './support/server.mjs';
import {
  FIRST_LOAD_BROTLI_BUDGET,
  firstLoadFiles,
  kib,
  sizeTable,
  totals,
} from '../bench/first-load.mjs';

test('the first load fits the size budget (180 KiB brotli)', async () => {
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
    `Brotli total ${kib(sum.brotli)} of a ${kib(FIRST_LOAD_BROTLI_BUDGET)} budget ` +
      `(${((sum.brotli / FIRST_LOAD_BROTLI_BUDGET) * 100).toFixed(1)} %).`,
  );
  assert.ok(
    sum.brotli <= FIRST_LOAD_BROTLI_BUDGET,
    `The first load is ${sum.brotli} bytes brotli-compressed (${kib(sum.brotli)}), over the ` +
      `budget of ${FIRST_LOAD_BROTLI_BUDGET} bytes (${kib(FIRST_LOAD_BROTLI_BUDGET)}) by ` +
      `${sum.brotli - FIRST_LOAD_BROTLI_BUDGET} bytes.\n${sizeTable(files)}\n` +
      'To find what grew, build the wasm with its names and rank it with twiggy ' +
      '(see "Performance" in README.md). Shrink it, or load rarely used screens and ' +
      'languages on demand, without delaying the first screen.',
  );
});
