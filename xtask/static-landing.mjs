// The standalone page's static landing (index.html), for the Trunk post-build hook: writes the
// script that makes it work before the app does (src/landing-before-mount.js, with the
// language guess of src/i18n/guess.mjs put before it) and the landing's texts in the other
// languages (src/i18n/landing/<tag>.json), each under a name with a hash of its content, and
// loads the script in the page's head, so it runs before the landing is painted.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { compact } from './compact.mjs';
import { guessLanguageSource, integrity, shortHash } from './lazy-modules.mjs';

/** The line of src/landing-before-mount.js the built names of the texts replace. */
const TEXTS_PLACEHOLDER = 'const LANDING_TEXTS = {};';

export async function buildStaticLanding({ staging, sourceDir }) {
  const textsDir = join(sourceDir, 'src', 'i18n', 'landing');
  const texts = {};
  for (const name of (await readdir(textsDir)).filter((each) => each.endsWith('.json')).sort()) {
    const tag = basename(name, '.json');
    const bytes = Buffer.from(JSON.stringify(JSON.parse(await readFile(join(textsDir, name), 'utf8'))));
    const built = `support-triage-landing-${tag}-${shortHash(bytes)}.json`;
    await writeFile(join(staging, built), bytes);
    texts[tag] = built;
  }

  const source = await readFile(join(sourceDir, 'src', 'landing-before-mount.js'), 'utf8');
  if (source.split(TEXTS_PLACEHOLDER).length !== 2) {
    throw new Error(`static-landing: src/landing-before-mount.js must have the line ${TEXTS_PLACEHOLDER}`);
  }
  const withTexts = source.replace(TEXTS_PLACEHOLDER, `const LANDING_TEXTS = ${JSON.stringify(texts)};`);
  const script = Buffer.from(compact(`${await guessLanguageSource(sourceDir)}\n${withTexts}`, 'js'));
  const scriptName = `support-triage-landing-${shortHash(script)}.js`;
  await writeFile(join(staging, scriptName), script);

  const indexPath = join(staging, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  if (!html.includes('data-st-static') || html.split('</head>').length !== 2) {
    throw new Error('static-landing: index.html has no static landing or no single </head>.');
  }
  const tag = `<script src="./${scriptName}" integrity="${integrity(script)}" crossorigin="anonymous"></script>`;
  await writeFile(indexPath, html.replace('</head>', `${tag}</head>`));
}
