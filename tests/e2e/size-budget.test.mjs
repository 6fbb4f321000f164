// The first-load size: what a first visit downloads before the first screen is usable (html,
// css, js, the main wasm module; not the modules fetched on demand), compressed with brotli at
// quality 11, must stay within the 180 KiB budget (see "Performance" in the README). Sizes of
// a release build are deterministic, so this runs with every test run; timings live in
// `cargo xtask bench`.
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

test('the first load stays within its budget of 180 KiB brotli', async () => {
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
      `of the ${kib(FIRST_LOAD_BROTLI_BUDGET)} budget, ${FIRST_LOAD_BROTLI_BUDGET - sum.brotli} bytes to spare.`,
  );
  assert.ok(
    sum.brotli <= FIRST_LOAD_BROTLI_BUDGET,
    `The first load is ${sum.brotli} bytes brotli-compressed (${kib(sum.brotli)}), over the ` +
      `budget of ${FIRST_LOAD_BROTLI_BUDGET} bytes (${kib(FIRST_LOAD_BROTLI_BUDGET)}) by ` +
      `${sum.brotli - FIRST_LOAD_BROTLI_BUDGET} bytes.\n${sizeTable(files)}\n` +
      'To find what grew, cut a build that keeps its names and rank the main module with ' +
      'twiggy (see "Performance" in README.md). Shrink it, or move code the landing screen ' +
      'does not need behind a #[wasm_split] door.',
  );
});
