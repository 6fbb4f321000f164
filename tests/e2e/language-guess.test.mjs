// The loader guesses the language the app will start in, to fetch its module next to the main
// module (src/i18n/guess.mjs). The guess must follow the app's negotiation: both are checked
// against one table (tests/fixtures/language-negotiation.json; the Rust side in
// src/i18n/tests.rs), and so is the copy the build ships in the link module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { guessLanguage } from '../../src/i18n/guess.mjs';
import { distDir, projectRoot } from './support/server.mjs';

test('the guess agrees with Locale::negotiate on every case of the table', async () => {
  const table = JSON.parse(await readFile(join(projectRoot, 'tests', 'fixtures', 'language-negotiation.json'), 'utf8'));
  for (const { remembered, browser, language } of table.cases) {
    assert.equal(guessLanguage(remembered, browser), language, JSON.stringify({ remembered, browser }));
  }
});

test('the guess the build ships agrees too', async () => {
  // The copy in the link module (xtask/lazy-modules.mjs), run on the same table.
  const name = (await readdir(distDir)).find((file) => /^support-triage-lazy-[0-9a-f]{16}\.js$/.test(file));
  const link = await readFile(join(distDir, name), 'utf8');
  const shipped = /\nfunction guessLanguage\([\s\S]*?\nreturn 'en';\n\}\n/.exec(link);
  assert.ok(shipped, `${name} does not guess the first language; rebuild`);
  const built = new Function(`${shipped[0]}; return guessLanguage;`)();
  const table = JSON.parse(await readFile(join(projectRoot, 'tests', 'fixtures', 'language-negotiation.json'), 'utf8'));
  for (const { remembered, browser, language } of table.cases) {
    assert.equal(built(remembered, browser), language, JSON.stringify({ remembered, browser }));
  }
});
