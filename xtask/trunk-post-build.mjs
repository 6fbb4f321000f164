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
import { compact } from './compact.mjs';
import { buildLazyModules, integrity as subresourceIntegrity } from './lazy-modules.mjs';
import { buildStaticLanding } from './static-landing.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('trunk-post-build: TRUNK_STAGING_DIR is not set; run this from Trunk.');
  process.exit(1);
}

// Built with the `lazy-modules` feature: cut the wasm into the main module and modules on demand.
await buildLazyModules({
  staging,
  sourceHtml: process.env.TRUNK_HTML_FILE ?? 'index.html',
  sourceDir: process.env.TRUNK_SOURCE_DIR ?? '.',
  targetDir: process.env.CARGO_TARGET_DIR ?? join(process.env.TRUNK_SOURCE_DIR ?? '.', 'target'),
  profile: process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug',
});

const indexPath = join(staging, 'index.html');

// The standalone page's static landing: its script and its texts in the other languages.
await buildStaticLanding({ staging, sourceDir: process.env.TRUNK_SOURCE_DIR ?? '.' });

// The stylesheets without comments and indentation, and their integrity in index.html.
{
  let page = await readFile(indexPath, 'utf8');
  for (const name of (await readdir(staging)).filter((each) => /^(main|page)-[0-9a-f]+\.css$/.test(each))) {
    const text = compact(await readFile(join(staging, name), 'utf8'), 'css');
    await writeFile(join(staging, name), text);
    const attributes = new RegExp(`(href="[^"]*${name.replace(/\./g, '\\.')}"[^>]*integrity=")[^"]*(")`);
    page = page.replace(attributes, `$1${subresourceIntegrity(Buffer.from(text))}$2`);
  }
  await writeFile(indexPath, page);
}

const html = await readFile(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
if (!inline) {
  console.error('trunk-post-build: no inline module script found in index.html.');
  process.exit(1);
}

// Paths relative to the loader, so the widget works from any folder of any host page, and the
// wasm resolved against the loader's own URL rather than the host page's.
const loader = inline[1]
  .replace(/from '\.?\/([^']+\.js)'/, "from './$1'")
  .replace(/module_or_path: '\.?\/([^']+\.wasm)'/, "module_or_path: new URL('./$1', import.meta.url)")
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
if (!loader.includes("from './") || !loader.includes('import.meta.url')) {
  console.error('trunk-post-build: the loader did not have the expected shape:\n' + inline[1]);
  process.exit(1);
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
