// Trunk post-build hook: moves Trunk's inline loader script into files of its own, so the app
// runs under a Content-Security-Policy without 'unsafe-inline'.
//
// Trunk writes an inline <script type="module"> that imports the wasm-bindgen glue and starts
// the wasm. This hook:
// - writes that script, with paths made relative to the script itself, to
//   support-triage-loader-<hash>.js and points index.html at it with subresource integrity;
// - writes the same script to support-triage.js, and the widget's stylesheet to
//   support-triage.css: the stable names host pages embed, with support-triage.d.ts, the
//   TypeScript declarations of the page's API.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildLazyModules } from './lazy-modules.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('trunk-post-build: TRUNK_STAGING_DIR is not set; run this from Trunk.');
  process.exit(1);
}

// Built with the `lazy-modules` feature: cut the wasm into the main module and modules on demand.
const linkName = await buildLazyModules({
  staging,
  sourceHtml: process.env.TRUNK_HTML_FILE ?? 'index.html',
  targetDir: process.env.CARGO_TARGET_DIR ?? join(process.env.TRUNK_SOURCE_DIR ?? '.', 'target'),
  profile: process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug',
});

const indexPath = join(staging, 'index.html');
const html = await readFile(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
if (!inline) {
  console.error('trunk-post-build: no inline module script found in index.html.');
  process.exit(1);
}

const early = linkName ? await startLanguageEarly(linkName) : '';
// Paths relative to the loader, so the widget works from any folder of any host page, and the
// wasm resolved against the loader's own URL rather than the host page's.
const loader = inline[1]
  .replace(/from '\.?\/([^']+\.js)'/, "from './$1'")
  .replace(/module_or_path: '\.?\/([^']+\.wasm)'/, "module_or_path: new URL('./$1', import.meta.url)")
  .replace(/^(\s*import init[^\n]*\n)/, (imports) => imports + early)
  .trim() + `

// The host page's API (support-triage.d.ts): mount(element, configJson?, options?) -> id,
// open(id, place), unmount(id), currentDraft(id).
window.SupportTriage = Object.freeze({
  mount: bindings.mount,
  open: bindings.open,
  unmount: bindings.unmount,
  currentDraft: bindings.currentDraft,
});
dispatchEvent(new CustomEvent('support-triage:ready'));
`;
if (!loader.includes("from './") || !loader.includes('import.meta.url') || (linkName && !loader.includes(linkName))) {
  console.error('trunk-post-build: the loader did not have the expected shape:\n' + inline[1]);
  process.exit(1);
}

/**
 * Loader code that starts fetching the module of the language the app will start in, so it
 * arrives with the main module rather than after it has run: the language is guessed as the
 * app negotiates it (src/i18n/guess.mjs) from the choice the app remembers (under the default
 * storage prefix: `support-triage:preference:locale`, src/store/drafts.rs) and the browser's
 * languages. English, built into the main module, fetches nothing. The fetches are handed to
 * the link module's loaders (`prefetch`, see lazy-modules.mjs), which instantiate from them
 * when the app asks for the language.
 */
async function startLanguageEarly(linkName) {
  const source = await readFile(join(process.env.TRUNK_SOURCE_DIR ?? '.', 'src', 'i18n', 'guess.mjs'), 'utf8');
  const guess = /^export (function guessLanguage[\s\S]*)$/m.exec(source);
  if (!guess) throw new Error('trunk-post-build: src/i18n/guess.mjs has no guessLanguage function.');
  return `import * as lazy from './${linkName}';
${guess[1].trim()}
{
  let remembered = null;
  try {
    remembered = localStorage.getItem('support-triage:preference:locale');
  } catch {}
  const tag = guessLanguage(remembered, navigator.languages || []);
  lazy[\`__wasm_split_load_language_\${tag.replace('-', '_')}\`]?.prefetch();
}
`;
}

const digest = (algorithm, text) => createHash(algorithm).update(text).digest();
const hashedName = `support-triage-loader-${digest('sha256', loader).toString('hex').slice(0, 16)}.js`;
const integrity = `sha384-${digest('sha384', loader).toString('base64')}`;
await writeFile(join(staging, hashedName), loader);
await writeFile(join(staging, 'support-triage.js'), loader);

// A stable name for the widget's stylesheet too, for host pages.
const stylesheet = (await readdir(staging)).find((name) => /^main-[0-9a-f]+\.css$/.test(name));
if (!stylesheet) {
  console.error('trunk-post-build: the widget stylesheet main-<hash>.css was not found.');
  process.exit(1);
}
await copyFile(join(staging, stylesheet), join(staging, 'support-triage.css'));
// The TypeScript declarations of the host page's API, next to the loader they describe.
await copyFile(join(process.env.TRUNK_SOURCE_DIR ?? '.', 'src', 'support-triage.d.ts'), join(staging, 'support-triage.d.ts'));

const tag = `<script type="module" src="./${hashedName}" integrity="${integrity}" crossorigin="anonymous"></script>`;
// Stylesheets with integrity must be fetched in CORS mode, or a page in a sandboxed frame
// (an opaque origin) cannot check them and drops them.
const withCors = html
  .replace(inline[0], tag)
  .replace(/<link rel="stylesheet" href="([^"]+)" integrity="([^"]+)"\/?>/g,
    '<link rel="stylesheet" href="$1" integrity="$2" crossorigin="anonymous"/>');
await writeFile(indexPath, withCors);
