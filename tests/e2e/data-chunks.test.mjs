// Folding wasm-split-cli's data-only chunks into the modules that use them (xtask/data-chunks.mjs):
// on modules written here byte by byte and instantiated, and on the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  dataSegments, foldDataChunks, foldableSegments, sections, withSegments, writeUnsigned,
} from '../../xtask/data-chunks.mjs';
import { distDir } from './support/server.mjs';

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const text = (value) => [...writeUnsigned(Buffer.byteLength(value)), ...Buffer.from(value)];
const vector = (items) => [...writeUnsigned(items.length), ...items.flat()];
const section = (id, body) => [id, ...writeUnsigned(body.length), ...body];
const module = (...parts) => Buffer.from([...HEADER, ...parts.flat()]);

/** Imports `__wasm_split.memory`, as every split module does. */
const memoryImport = section(2, vector([[...text('__wasm_split'), ...text('memory'), 0x02, 0x00, 0x01]]));
/** An active segment writing `bytes` at `address`. */
const segment = (address, bytes) => [0x00, 0x41, ...writeUnsigned(address), 0x0b, ...vector(bytes)];
const data = (...segments) => section(11, vector(segments));
const dataCount = (count) => section(12, writeUnsigned(count));
/** A chunk that only writes data. */
const chunk = (...segments) => module(memoryImport, dataCount(segments.length), data(...segments));
/** A module with code: `read(address)` returns the byte at `address`; plus its own data. */
function reader(...ownSegments) {
  const type = section(1, vector([[0x60, 0x01, 0x7f, 0x01, 0x7f]]));
  const functions = section(3, vector([[0x00]]));
  const exports = section(7, vector([[...text('read'), 0x00, 0x00]]));
  const body = [0x00, 0x20, 0x00, 0x2d, 0x00, 0x00, 0x0b]; // no locals; local.get 0; i32.load8_u; end
  const code = section(10, vector([[...writeUnsigned(body.length), ...body]]));
  const own = ownSegments.length > 0 ? [dataCount(ownSegments.length), code, data(...ownSegments)] : [code];
  return module(type, memoryImport, functions, exports, ...own);
}

async function instantiate(bytes) {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const { instance } = await WebAssembly.instantiate(bytes, { __wasm_split: { memory } });
  return { read: instance.exports.read, memory };
}

/** A link module shaped as wasm-split-cli writes it. */
function linkModule(chunks, doors) {
  const loader = (file, deps) => `makeLoad(() => {
    const src = fetch(new URL("./${file}", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [${deps.join(', ')}])`;
  return [
    'function makeLoad(fetcher, deps) { return () => deps.map(d => d()); }',
    ...chunks.map((number) => `/* a, b */\nconst __chunk_${number} = ${loader(`chunk_${number}.wasm`, [])};`),
    ...doors.map(([door, deps]) => `export const __wasm_split_load_${door} = wrapAsyncCb(${loader(`split_${door}.wasm`, deps)});`),
    '',
  ].join('\n');
}

const READ_ONLY = { start: 1000, end: 2000 };

async function fold(files, link) {
  const written = new Map(Object.entries(files));
  const result = await foldDataChunks({
    link,
    readOnly: READ_ONLY,
    readModule: async (name) => written.get(name),
    writeModule: async (name, bytes) => written.set(name, bytes),
  });
  return { ...result, files: written };
}

test('a module given a chunk\'s segments writes them itself, and keeps its own', async () => {
  const module = reader(segment(1500, [7, 8]));
  const folded = withSegments(module, dataSegments(sections(chunk(segment(1200, [42]))).find((s) => s.id === 11).body));
  const { read } = await instantiate(folded);
  assert.equal(read(1200), 42);
  assert.equal(read(1501), 8);
  // The data count follows the segments, or the module would not validate.
  assert.equal(WebAssembly.validate(folded), true);
  const count = sections(folded).find((s) => s.id === 12).body[0];
  assert.equal(count, 2);
});

test('a module without data gets a data section after its code', async () => {
  const folded = withSegments(reader(), [{ bytes: Buffer.from(segment(1300, [5])), address: 1300, length: 1 }]);
  assert.equal(WebAssembly.validate(folded), true);
  assert.deepEqual(sections(folded).map((s) => s.id), [1, 2, 3, 7, 10, 11]);
  assert.equal((await instantiate(folded)).read(1300), 5);
});

test('only chunks of read-only data with no code are foldable', () => {
  assert.ok(foldableSegments(chunk(segment(1000, [1]), segment(1990, [2, 3])), READ_ONLY));
  // A byte past the read-only data: it could be written at run time, and folding would reset it.
  assert.equal(foldableSegments(chunk(segment(1999, [1, 2])), READ_ONLY), null);
  assert.equal(foldableSegments(chunk(segment(900, [1])), READ_ONLY), null);
  // Code, even beside read-only data.
  assert.equal(foldableSegments(reader(segment(1100, [1])), READ_ONLY), null);
});

test('folding copies a chunk into every module that depends on it and drops its loader', async () => {
  const link = linkModule([1, 2, 3], [
    ['language_pl', ['__chunk_1', '__chunk_2', '__chunk_3']],
    ['plan', ['__chunk_1']],
    ['flow', ['__chunk_3']],
  ]);
  const files = {
    'chunk_1.wasm': chunk(segment(1100, [11])),
    'chunk_2.wasm': reader(segment(1200, [22])), // has code: stays a chunk
    'chunk_3.wasm': chunk(segment(1950, [33]), segment(1960, [34])),
    'split_language_pl.wasm': reader(),
    'split_plan.wasm': reader(segment(1400, [44])),
    'split_flow.wasm': reader(),
  };
  const result = await fold(files, link);
  assert.deepEqual(result.unused.sort(), ['chunk_1.wasm', 'chunk_3.wasm']);
  assert.doesNotMatch(result.link, /__chunk_1\b|__chunk_3\b|chunk_1\.wasm|chunk_3\.wasm/);
  assert.match(result.link, /const __chunk_2 = makeLoad/);
  assert.match(result.link, /"\.\/split_language_pl\.wasm"[\s\S]*?\n\}\n, \[__chunk_2\]\)\);/);
  assert.match(result.link, /"\.\/split_plan\.wasm"[\s\S]*?\n\}\n, \[\]\)\);/);

  const polish = await instantiate(result.files.get('split_language_pl.wasm'));
  assert.deepEqual([polish.read(1100), polish.read(1200), polish.read(1950), polish.read(1960)], [11, 0, 33, 34]);
  const plan = await instantiate(result.files.get('split_plan.wasm'));
  assert.deepEqual([plan.read(1100), plan.read(1400), plan.read(1950)], [11, 44, 0]);
  const flow = await instantiate(result.files.get('split_flow.wasm'));
  assert.deepEqual([flow.read(1100), flow.read(1950)], [0, 33]);
  assert.equal(result.files.get('chunk_2.wasm').equals(files['chunk_2.wasm']), true);
});

test('the release build has no data-only chunk left', async () => {
  const names = (await readdir(distDir)).filter((name) => /^support-triage-chunk-.*\.wasm$/.test(name));
  assert.ok(names.length > 0, 'the build has chunks shared between doors');
  for (const name of names) {
    const ids = sections(await readFile(join(distDir, name))).map((s) => s.id);
    assert.ok(ids.includes(10), `${name} has no code: it should have been folded into its doors`);
  }
});
