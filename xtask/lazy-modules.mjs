// Splits the app's wasm into a main module and modules loaded on demand, for the Trunk
// post-build hook.
//
// With the `lazy-modules` feature, functions marked `#[wasm_split(name)]` in the Rust code are the
// doors to code that the first screen does not need: the other screens and every language but
// English. Trunk builds one wasm file and runs wasm-bindgen on it; this step starts again from
// cargo's output (linked with `--emit-relocs`, see .cargo/config.toml) and:
// 1. cuts it with `wasm-split-cli` into the main module, one module per door and shared
//    chunks, plus a small JavaScript module that fetches them when first called;
// 2. runs wasm-bindgen on the main module, keeping the function table and memory exported so
//    the lazy modules can link to them, and wasm-opt on every module (release builds);
// 3. copies the chunks that only write constant data into the modules that use them
//    (xtask/data-chunks.mjs), so a door waits for fewer files;
// 4. gives every module's loader in the link module a `prefetch()`, and has the link module
//    call it for the language the app will start in, so that language's module is fetched
//    next to the main module (see firstLanguageFetch);
// 5. gives every file a name with a hash of its content, so a cached old module is never
//    linked with a new main module, and writes it all over Trunk's own output in the staging
//    directory, fixing the integrity hashes in index.html.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { foldDataChunks, readOnlyDataRange } from './data-chunks.mjs';

/** The name of the module wasm-split writes to link the lazy modules to the main one. */
const LINK_MODULE = '__wasm_split.js';
/** The name the tools write the main module under, before it is given Trunk's hashed name. */
const BUILD_NAME = 'support-triage';
/** What a build without lazy modules imports in place of the link module. */
const PLACEHOLDER = '__wasm_split_placeholder__';

const hash = (algorithm, bytes) => createHash(algorithm).update(bytes).digest();
export const shortHash = (bytes) => hash('sha256', bytes).toString('hex').slice(0, 16);
export const integrity = (bytes) => `sha384-${hash('sha384', bytes).toString('base64')}`;

/**
 * Runs a tool; resolves when it succeeds. Its warnings are passed on, except wasm-opt's about
 * the extended name section wasm-split writes (it only means those names are dropped, which
 * release builds do anyway).
 */
function tool(program, args) {
  const failed = (why) =>
    new Error(
      `lazy-modules: \`${program} ${args.join(' ')}\` failed (${why}). ` +
        '`cargo xtask install` installs the tools this build needs.',
    );
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', (error) => reject(failed(error.message)));
    child.on('close', (status) => {
      const warnings = stderr
        .split('\n')
        .filter((line) => line.trim() !== '' && !/^warning: unknown name subsection/.test(line));
      if (warnings.length > 0) console.error(warnings.join('\n'));
      if (status === 0) resolve();
      else reject(failed(`exit status ${status}`));
    });
  });
}

/** Runs `work` on every item, as many at a time as the machine has cores. */
async function onEveryCore(items, work) {
  const queue = [...items];
  const worker = async () => {
    while (queue.length > 0) await work(queue.shift());
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
}

/**
 * Optimise for size, with the wasm features rustc emits; `data-wasm-opt-params` of the app's
 * `<link data-trunk rel="rust">` in index.html lists them, so they are written once.
 */
async function wasmOptParams(sourceHtml) {
  const html = await readFile(sourceHtml, 'utf8');
  const params = /data-wasm-opt-params="([^"]*)"/.exec(html);
  return ['-Oz', ...(params ? params[1].split(/\s+/).filter(Boolean) : [])];
}

/** Replaces the one occurrence of `from` in `text`, or fails the build saying what was missing. */
function replaceOnce(text, from, to, what) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0) {
    throw new Error(`lazy-modules: ${LINK_MODULE} no longer has the expected shape (${what}).`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * Lets a lazy module be fetched before the main module runs: every loader in the link module
 * gets `prefetch()`, which starts the fetches of the module and of the chunks it needs and
 * keeps them, so its first call instantiates from those responses instead of fetching again.
 * Each door's is in `prefetches` under the door's name (`language_ko`), for
 * firstLanguageFetch. A kept fetch is used once: a load that fails fetches anew when called
 * again, as before.
 */
function withPrefetch(link) {
  let patched = replaceOnce(
    link,
    `function makeLoad(fetcher, deps) {
    const loader = async () => {
        const parallelStuff = deps.map(d => d());
        const instantiate = fetcher();`,
    `function makeLoad(fetcher, deps) {
    let fetched;
    const loader = async () => {
        const parallelStuff = deps.map(d => d());
        const instantiate = fetched ?? fetcher();
        fetched = undefined;`,
    'makeLoad starts its fetch',
  );
  patched = replaceOnce(
    patched,
    `    let loadingModule = undefined;
    return () => {`,
    `    let loadingModule = undefined;
    const load = () => {`,
    'makeLoad returns its load',
  );
  patched = replaceOnce(
    patched,
    `        return loadingModule;
    }
}`,
    `        return loadingModule;
    };
    load.prefetch = () => {
        if (loadingModule !== undefined || fetched !== undefined) return;
        deps.forEach(d => d.prefetch());
        fetched = fetcher();
    };
    return load;
}
const prefetches = {};
function prefetchable(door, load) {
    prefetches[door] = load.prefetch;
    return wrapAsyncCb(load);
}`,
    'makeLoad ends with its load',
  );
  // Each door's loader, registered by the door's name (`language_ko`) for firstLanguageFetch.
  const exported = /^export const __wasm_split_load_([a-z_0-9]+) = wrapAsyncCb\(makeLoad\(/gm;
  if (!exported.test(patched)) {
    throw new Error(`lazy-modules: ${LINK_MODULE} no longer exports its loaders as expected.`);
  }
  return patched.replace(exported, (whole, door) => whole.replace('wrapAsyncCb(', `prefetchable("${door}", `));
}

/**
 * The `guessLanguage` function of src/i18n/guess.mjs as a plain function without comments,
 * for the scripts that need the guess before the app runs (the link module, the standalone
 * page's static landing).
 */
export async function guessLanguageSource(sourceDir) {
  const source = await readFile(join(sourceDir, 'src', 'i18n', 'guess.mjs'), 'utf8');
  const guess = /^export (function guessLanguage[\s\S]*)$/m.exec(source);
  if (!guess) throw new Error('lazy-modules: src/i18n/guess.mjs has no guessLanguage function.');
  return guess[1]
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

/**
 * Code that starts fetching the module of the language the app will start in, so it arrives
 * with the main module rather than after the main module has run and asked for it. It runs
 * when the link module is evaluated, before the main module is instantiated. The language is
 * guessed as the app negotiates it (src/i18n/guess.mjs, copied here without its comments) from
 * the choice the app remembers (under the default storage prefix:
 * `support-triage:preference:locale`, src/store/drafts.rs) and the browser's languages; English,
 * built into the main module, fetches nothing. A wrong guess costs a module's bytes, nothing
 * else: the app still negotiates, and asks for what it needs.
 */
async function firstLanguageFetch(link, sourceDir) {
  const compact = await guessLanguageSource(sourceDir);
  if (!link.includes('prefetchable("language_')) {
    throw new Error(`lazy-modules: ${LINK_MODULE} has no language loaders.`);
  }
  return `
${compact}
{
let remembered = null;
try {
remembered = localStorage.getItem('support-triage:preference:locale');
} catch {}
prefetches['language_' + guessLanguage(remembered, navigator.languages || []).replace('-', '_')]?.();
}
`;
}

/**
 * Splits the staged app when it was built with the `lazy-modules` feature; returns whether it did.
 * `sourceDir` is the project's folder (for src/i18n/guess.mjs).
 * `staging` is Trunk's staging directory, `sourceHtml` the path of the source index.html,
 * `targetDir` cargo's target directory and `profile` `release` or `debug`.
 */
export async function buildLazyModules({ staging, sourceHtml, sourceDir, targetDir, profile }) {
  const names = await readdir(staging);
  const glueName = names.find((name) => /^support-triage-[0-9a-f]+\.js$/.test(name));
  if (!glueName) throw new Error('lazy-modules: the wasm-bindgen module was not found in staging.');
  const stem = glueName.replace(/\.js$/, '');
  const trunkGlue = await readFile(join(staging, glueName), 'utf8');
  if (!trunkGlue.includes(PLACEHOLDER)) return false;

  const cargoWasm = join(targetDir, 'wasm32-unknown-unknown', profile, 'support-triage.wasm');
  if (!existsSync(cargoWasm)) throw new Error(`lazy-modules: ${cargoWasm} is missing.`);
  const work = join(targetDir, 'wasm-split');
  await rm(work, { recursive: true, force: true });
  await mkdir(join(work, 'bindgen'), { recursive: true });

  // The tools write under a name with no hash (BUILD_NAME), renamed to Trunk's hashed names
  // at the end: wasm-bindgen names the main module's imports after its output, so with Trunk's
  // name the glue's content hash would be repeated in every import and the compressed size of
  // the main module would change with any change to the glue.
  await tool('wasm-split-cli', [cargoWasm, work, '--target', 'web', '--out-name', BUILD_NAME]);
  await tool('wasm-bindgen', [
    join(work, `${BUILD_NAME}.wasm`),
    '--target', 'web',
    '--keep-lld-exports',
    '--no-typescript',
    '--out-dir', join(work, 'bindgen'),
    '--out-name', BUILD_NAME,
  ]);
  // Trunk's own wasm-opt pass is off (`data-wasm-opt="0"`): its input is about to be replaced.
  const mainPath = join(work, 'bindgen', `${BUILD_NAME}_bg.wasm`);
  let lazyNames = (await readdir(work)).filter(
    (name) => name.endsWith('.wasm') && name !== `${BUILD_NAME}.wasm`,
  );
  if (profile === 'release') {
    const optParams = await wasmOptParams(sourceHtml);
    await onEveryCore([mainPath, ...lazyNames.map((name) => join(work, name))], (input) =>
      tool('wasm-opt', [...optParams, input, '-o', input]),
    );
  }

  // Chunks that only write constant data are copied into the modules that need them
  // (xtask/data-chunks.mjs): fewer files to fetch and instantiate before a door runs.
  let link = await readFile(join(work, LINK_MODULE), 'utf8');
  const readOnly = readOnlyDataRange(await readFile(cargoWasm));
  if (readOnly) {
    const folding = await foldDataChunks({
      link,
      readOnly,
      readModule: (name) => readFile(join(work, name)),
      writeModule: (name, bytes) => writeFile(join(work, name), bytes),
    });
    link = folding.link;
    lazyNames = lazyNames.filter((name) => !folding.unused.includes(name));
    console.log(`lazy-modules: ${folding.unused.length} data-only chunks folded into the modules that use them.`);
  } else {
    console.warn('lazy-modules: the linked wasm does not name its .rodata segment; no chunk folded.');
  }

  // The lazy modules, renamed after their content.
  link = withPrefetch(link);
  for (const name of lazyNames) {
    const bytes = await readFile(join(work, name));
    // wasm-split-cli names a door's module `split_<door>`; ours say `lazy-<door>`.
    const stemOfModule = basename(name, '.wasm').replace(/^split_/, 'lazy_').replace(/_/g, '-');
    const hashed = `support-triage-${stemOfModule}-${shortHash(bytes)}.wasm`;
    if (!link.includes(`"./${name}"`)) {
      throw new Error(`lazy-modules: ${LINK_MODULE} does not load ${name}.`);
    }
    link = link.replaceAll(`"./${name}"`, `"./${hashed}"`);
    await writeFile(join(staging, hashed), bytes);
  }
  link = replaceOnce(link, `from "./${BUILD_NAME}.js"`, `from "./${glueName}"`, 'imports the main module');
  link += await firstLanguageFetch(link, sourceDir);
  const linkName = `support-triage-lazy-${shortHash(link)}.js`;
  await writeFile(join(staging, linkName), link);

  // The main module and its JavaScript, under Trunk's names.
  const mainWasm = await readFile(mainPath);
  let glue = await readFile(join(work, 'bindgen', `${BUILD_NAME}.js`), 'utf8');
  // The import object's key (`./support-triage_bg.js`) stays: it is a name the wasm and the
  // glue agree on, not a file. The wasm file itself is fetched under Trunk's name.
  const wasmUrl = `new URL('${BUILD_NAME}_bg.wasm', import.meta.url)`;
  if (!glue.includes(wasmUrl)) {
    throw new Error('lazy-modules: the wasm-bindgen module no longer fetches its wasm as expected.');
  }
  glue = glue.replaceAll(wasmUrl, `new URL('${stem}_bg.wasm', import.meta.url)`);
  // Only the import statement changes: the wasm still names its import module "./__wasm_split.js".
  const importStatement = `from "./${LINK_MODULE}"`;
  if (!glue.includes(importStatement)) {
    throw new Error(`lazy-modules: the wasm-bindgen module does not import ${LINK_MODULE}.`);
  }
  glue = glue.replaceAll(importStatement, `from "./${linkName}"`);
  await writeFile(join(staging, glueName), glue);
  await writeFile(join(staging, `${stem}_bg.wasm`), mainWasm);

  // Trunk hashed its own files for index.html's integrity attributes; hash ours.
  const indexPath = join(staging, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  // The link module is imported by the wasm-bindgen module: preload it next to that one, so
  // the browser does not discover it only after parsing the first.
  const gluePreload = new RegExp(`<link rel="modulepreload" href="([^"]*)${glueName.replace(/\./g, '\\.')}"[^>]*>`);
  const glueLink = gluePreload.exec(html);
  if (!glueLink) throw new Error('lazy-modules: index.html has no modulepreload for the wasm-bindgen module.');
  html = html.replace(
    glueLink[0],
    `${glueLink[0]}<link rel="modulepreload" href="${glueLink[1]}${linkName}" crossorigin="anonymous" ` +
      `integrity="${integrity(Buffer.from(link))}">`,
  );
  for (const [name, bytes] of [[glueName, Buffer.from(glue)], [`${stem}_bg.wasm`, mainWasm]]) {
    const pattern = new RegExp(`(href="[^"]*${name.replace(/\./g, '\\.')}"[^>]*integrity=")[^"]*(")`);
    if (pattern.test(html)) html = html.replace(pattern, `$1${integrity(bytes)}$2`);
  }
  await writeFile(indexPath, html);
  console.log(`lazy-modules: main module ${mainWasm.length} bytes; ${lazyNames.length} modules on demand.`);
  return true;
}
