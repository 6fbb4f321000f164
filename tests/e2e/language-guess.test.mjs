// The loader guesses the language the app will start in, to fetch its module next to the main
// module (src/i18n/guess.mjs). The guess must follow the app's negotiation: both are checked
// against one table (tests/fixtures/language-negotiation.json; the Rust side in
// src/i18n/tests.rs), and the built loader must carry this very function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { guessLanguage } from '../../src/i18n/guess.mjs';
import { distDir, projectRoot } from './support/server.mjs';

test('the guess agrees with Locale::negotiate on every case of the table', async () => {
  const table = JSON.parse(await readFile(join(projectRoot, 'tests', 'fixtures', 'language-negotiation.json'), 'utf8'));
  for (const { remembered, browser, language } of table.cases) {
    assert.equal(guessLanguage(remembered, browser), language, JSON.stringify({ remembered, browser }));
  }
});

test('the built loaders carry the tested guess', async () => {
  const source = await readFile(join(projectRoot, 'src', 'i18n', 'guess.mjs'), 'utf8');
  const guess = /^export (function guessLanguage[\s\S]*)$/m.exec(source)[1].trim();
  for (const name of ['support-triage.js']) {
    const loader = await readFile(join(distDir, name), 'utf8');
    assert.ok(loader.includes(guess), `${name} does not carry src/i18n/guess.mjs; rebuild`);
  }
});
