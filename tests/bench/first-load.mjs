// What a first visit downloads, and how big it is raw, gzipped and brotli-compressed.
//
// The first load is `index.html` plus everything it names (stylesheets, module scripts,
// preloads, the wasm file the start-up script passes to `init`), plus every module those scripts
// import statically (wasm-bindgen's `snippets/`). A module loaded with a dynamic `import()` is
// fetched on demand, not on the first load, and is left out; so are the wasm modules the lazy
// link module (`support-triage-lazy-<hash>.js`, see xtask/lazy-modules.mjs) fetches the first
// time their code is called. The benchmark checks this list against what Chromium really
// fetched before the first screen was usable.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, normalize, posix, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The budget for the first load, brotli-compressed: 180 KiB (180 × 1024 bytes). The test
 * command fails when a build passes it.
 */
export const FIRST_LOAD_BROTLI_BUDGET = 180 * 1024;

/** Compresses like a production server with static pre-compression: gzip -9, brotli 11. */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Paths (relative to the site's root, starting with `/`) that `html` names. */
function referencesInHtml(html) {
  const found = [];
  for (const match of html.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) {
    found.push(match[1]);
  }
  // Trunk's start-up script passes the wasm file to `init` and imports the JS module.
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const literal of match[1].matchAll(/["'](\/[^"'\s]+)["']/g)) {
      found.push(literal[1]);
    }
  }
  return found;
}

/** The module that fetches lazy wasm modules on demand, never at start-up. */
const LAZY_LINK_MODULE = /\/support-triage-lazy-[0-9a-f]+\.js$/;

/**
 * Modules a JavaScript module imports statically (not `import()`), and files it fetches at
 * start-up unless `onDemand` says its fetches wait until called.
 */
function staticImports(source, onDemand = false) {
  const found = [];
  for (const match of source.matchAll(/\b(?:import|export)\s[^'"();]*?\bfrom\s*["']([^"']+)["']/g)) {
    found.push(match[1]);
  }
  for (const match of source.matchAll(/\bimport\s*["']([^"']+)["']/g)) {
    found.push(match[1]);
  }
  // A file the module fetches itself at start-up, such as the wasm in Trunk's loader:
  // `new URL('./app_bg.wasm', import.meta.url)`.
  if (onDemand) return found;
  for (const match of source.matchAll(/new\s+URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)) {
    found.push(match[1]);
  }
  return found;
}

function isLocal(reference) {
  return !/^(?:[a-z]+:|\/\/|#)/i.test(reference);
}

/** Resolves `reference` found in the file at `from` (a site path) to a site path. */
function resolveSitePath(reference, from) {
  const path = reference.split(/[?#]/)[0];
  const resolved = path.startsWith('/') ? path : posix.join(posix.dirname(from), path);
  return posix.normalize(resolved);
}

/**
 * The files of a built site that a first visit downloads, in the order found, each with its
 * sizes: `[{ path, raw, gzip, brotli }]`. `path` is relative to the site's root, with a
 * leading `/`.
 */
export async function firstLoadFiles(site) {
  const siteDir = resolve(site);
  const queue = ['/index.html'];
  const seen = new Set();
  const files = [];
  while (queue.length > 0) {
    const sitePath = queue.shift();
    if (seen.has(sitePath)) continue;
    seen.add(sitePath);
    const file = join(siteDir, normalize(sitePath));
    if (!file.startsWith(siteDir) || !existsSync(file)) continue;
    const bytes = await readFile(file);
    files.push({ path: sitePath, ...compressedSizes(bytes) });
    let references = [];
    if (sitePath.endsWith('.html')) {
      references = referencesInHtml(bytes.toString('utf8'));
    } else if (sitePath.endsWith('.js') || sitePath.endsWith('.mjs')) {
      references = staticImports(bytes.toString('utf8'), LAZY_LINK_MODULE.test(sitePath));
    } else if (sitePath.endsWith('.css')) {
      references = [...bytes.toString('utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
        .map((match) => match[1])
        .concat(
          [...bytes.toString('utf8').matchAll(/@import\s+["']([^"']+)["']/g)].map((m) => m[1]),
        );
    }
    for (const reference of references) {
      if (isLocal(reference)) queue.push(resolveSitePath(reference, sitePath));
    }
  }
  return files;
}

/** The sum of each size over `files`. */
export function totals(files) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    sum.raw += file.raw;
    sum.gzip += file.gzip;
    sum.brotli += file.brotli;
  }
  return sum;
}

/** Bytes as KiB with one decimal, for people. */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** A fixed-width table of the files and their total, for the console. */
export function sizeTable(files) {
  const rows = files.map((file) => [file.path, file.raw, file.gzip, file.brotli]);
  const sum = totals(files);
  rows.push(['total', sum.raw, sum.gzip, sum.brotli]);
  const width = Math.max(...rows.map((row) => row[0].length), 4);
  const line = (cells) =>
    `${String(cells[0]).padEnd(width)}  ${cells
      .slice(1)
      .map((cell) => String(cell).padStart(12))
      .join('')}`;
  return [line(['file', 'raw bytes', 'gzip -9', 'brotli 11']), ...rows.map(line)].join('\n');
}
