// Folds wasm-split-cli's data-only chunks into the modules that need them.
//
// Constant data that two doors share (a Polish word that both the Polish texts and the plan
// document use, "e-mail" in three languages) is cut by wasm-split-cli into a chunk of its own:
// a module of a few dozen bytes that only writes those bytes into the shared memory when it is
// instantiated. Every such chunk is one more file to fetch, compile and instantiate before its
// door can run: the Polish module needed six, the ticket flow twenty-six.
//
// Writing constant data is idempotent: the same bytes at the same address, whoever writes them
// and however often. So a data-only chunk whose every segment lies in the program's read-only
// data (`.rodata`, which Rust never writes) can be copied into each module that depends on it,
// and dropped. Data that could be written at run time (`.data`, `.bss`) is never folded: a
// second module's instantiation would reset it.

const SECTION = { custom: 0, import: 2, code: 10, data: 11, dataCount: 12 };
const I32_CONST = 0x41;
const END = 0x0b;
/** The magic number and version 1 that begin every wasm module. */
const HEADER = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
/** The rest of one loader's fetcher, never reaching into the next loader. */
const WITHIN_LOADER = String.raw`(?:(?!makeLoad)[\s\S])*?`;
/** The end of a loader's fetcher and its list of dependencies (the list is group 1). */
const DEPENDENCIES = String.raw`\n\}\n, \[([^\]]*)\]`;

/** Reads an unsigned LEB128 number at `offset`; returns `[value, nextOffset]`. */
export function readUnsigned(bytes, offset) {
  let value = 0;
  let shift = 0;
  let at = offset;
  for (;;) {
    if (at >= bytes.length) throw new Error('data-chunks: a number runs past the end of the module.');
    const byte = bytes[at];
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
    if (shift > 35) throw new Error('data-chunks: a number is longer than 32 bits.');
  }
}

/** Writes `value` as unsigned LEB128. */
export function writeUnsigned(value) {
  const out = [];
  let rest = value;
  do {
    let byte = rest & 0x7f;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    out.push(byte);
  } while (rest > 0);
  return Buffer.from(out);
}

/** The sections of a wasm module, in order: `{ id, body }` (body without id and size). */
export function sections(bytes) {
  if (!Buffer.from(bytes.subarray(0, HEADER.length)).equals(HEADER)) {
    throw new Error('data-chunks: not a version 1 wasm module.');
  }
  const found = [];
  let at = HEADER.length;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, bodyStart] = readUnsigned(bytes, at + 1);
    const end = bodyStart + size;
    if (end > bytes.length) throw new Error('data-chunks: a section runs past the end of the module.');
    found.push({ id, body: Buffer.from(bytes.subarray(bodyStart, end)) });
    at = end;
  }
  return found;
}

function assemble(parts) {
  const out = [HEADER];
  for (const { id, body } of parts) out.push(Buffer.from([id]), writeUnsigned(body.length), body);
  return Buffer.concat(out);
}

/**
 * The segments of a data section: `{ bytes, address, length }`, `address` being the constant
 * offset of an active segment of memory 0, or null for any other kind (passive, another
 * memory, a computed offset).
 */
export function dataSegments(body) {
  const [count, first] = readUnsigned(body, 0);
  const segments = [];
  let at = first;
  for (let index = 0; index < count; index += 1) {
    const start = at;
    const kind = body[at];
    at += 1;
    let address = null;
    if (kind === 0 && body[at] === I32_CONST) {
      // Only non-negative addresses below 2^31 are written with this encoding by the linker.
      [address, at] = readUnsigned(body, at + 1);
      if (body[at] !== END) throw new Error('data-chunks: a segment offset is not a constant.');
      at += 1;
    } else if (kind !== 1) {
      // Another memory or a computed offset (a passive segment, kind 1, has no offset): skip to
      // the end of the expression.
      if (kind === 2) [, at] = readUnsigned(body, at);
      while (body[at] !== END) at += 1;
      at += 1;
    }
    const [length, dataStart] = readUnsigned(body, at);
    at = dataStart + length;
    if (at > body.length) throw new Error('data-chunks: a segment runs past its section.');
    segments.push({ bytes: Buffer.from(body.subarray(start, at)), address, length });
  }
  if (at !== body.length) throw new Error('data-chunks: a data section has bytes after its segments.');
  return segments;
}

/**
 * The range of addresses of the `.rodata` segment of the linker's output (`[start, end)`),
 * read from its name section, or null when the module does not name its segments.
 */
export function readOnlyDataRange(bytes) {
  const all = sections(bytes);
  const data = all.find((section) => section.id === SECTION.data);
  if (!data) return null;
  const segments = dataSegments(data.body);
  for (const section of all.filter((each) => each.id === SECTION.custom)) {
    const [nameLength, nameStart] = readUnsigned(section.body, 0);
    if (section.body.toString('utf8', nameStart, nameStart + nameLength) !== 'name') continue;
    let at = nameStart + nameLength;
    while (at < section.body.length) {
      const subsection = section.body[at];
      const [size, start] = readUnsigned(section.body, at + 1);
      at = start + size;
      if (subsection !== 9) continue; // 9: data segment names
      let [count, next] = readUnsigned(section.body, start);
      for (; count > 0; count -= 1) {
        let index;
        let length;
        [index, next] = readUnsigned(section.body, next);
        [length, next] = readUnsigned(section.body, next);
        const name = section.body.toString('utf8', next, next + length);
        next += length;
        const segment = segments[index];
        if (name === '.rodata' && segment?.address != null) {
          return { start: segment.address, end: segment.address + segment.length };
        }
      }
    }
  }
  return null;
}

/**
 * The segments of a chunk that only writes read-only data: a module that imports nothing but
 * memory and has no code, every segment active at a constant address inside `readOnly`. Null
 * for any other module.
 */
export function foldableSegments(bytes, readOnly) {
  const allowed = new Set([SECTION.custom, SECTION.import, SECTION.data, SECTION.dataCount]);
  const all = sections(bytes);
  if (!all.every((section) => allowed.has(section.id))) return null;
  const imports = all.find((section) => section.id === SECTION.import);
  if (imports && readUnsigned(imports.body, 0)[0] !== 1) return null;
  if (imports && !imports.body.includes(Buffer.from('memory'))) return null;
  const data = all.find((section) => section.id === SECTION.data);
  if (!data) return null;
  const segments = dataSegments(data.body);
  const inside = (segment) =>
    segment.address != null && segment.address >= readOnly.start
    && segment.address + segment.length <= readOnly.end;
  return segments.length > 0 && segments.every(inside) ? segments : null;
}

/**
 * `module` with `segments` appended to its data section (made when it has none, after its code
 * section), and its data count raised to match. Appended segments take the last indices, so
 * the indices its own code uses (memory.init, data.drop) are unchanged.
 */
export function withSegments(module, segments) {
  if (segments.length === 0) return Buffer.from(module);
  const all = sections(module);
  const data = all.find((section) => section.id === SECTION.data);
  const own = data ? dataSegments(data.body) : [];
  const count = own.length + segments.length;
  const body = Buffer.concat([writeUnsigned(count), ...own.map((s) => s.bytes), ...segments.map((s) => s.bytes)]);
  let parts = all.map((section) => {
    if (section.id === SECTION.data) return { id: SECTION.data, body };
    if (section.id === SECTION.dataCount) return { id: SECTION.dataCount, body: writeUnsigned(count) };
    return section;
  });
  if (!data) {
    const code = parts.findIndex((section) => section.id === SECTION.code);
    const lastKnown = parts.reduce((last, section, index) => (section.id !== SECTION.custom ? index : last), -1);
    const at = (code >= 0 ? code : lastKnown) + 1;
    parts = [...parts.slice(0, at), { id: SECTION.data, body }, ...parts.slice(at)];
  }
  return assemble(parts);
}

/**
 * Folds the data-only chunks of wasm-split-cli's output. `link` is the text of its link module
 * (`__wasm_split.js`), `readModule(name)` and `writeModule(name, bytes)` read and replace the
 * modules it names (`chunk_45.wasm`, `split_language_pl.wasm`), `readOnly` the `.rodata` range.
 * Returns the link module without the folded chunks' loaders and the names of the files no
 * longer used.
 */
export async function foldDataChunks({ link, readModule, writeModule, readOnly }) {
  // `const __chunk_45 = makeLoad(() => { ... "./chunk_45.wasm" ... }, []);` with its comment.
  const chunkLoader = new RegExp(
    String.raw`(?:/\*[^*]*\*/\n)?const (__chunk_\d+) = makeLoad\(\(\) => \{[^}]*?"\./(chunk_\d+\.wasm)"`
      + String.raw`${WITHIN_LOADER}\n\}\n, \[\]\);\n`,
    'g',
  );
  const folded = [];
  for (const [whole, variable, file] of link.matchAll(chunkLoader)) {
    const segments = foldableSegments(await readModule(file), readOnly);
    if (segments) folded.push({ whole, variable, file, segments });
  }
  let result = link;
  for (const { whole, variable, segments } of folded) {
    // Every loader whose dependencies name the chunk: `}\n, [__chunk_40, __chunk_45]));`
    const dependents = new RegExp(
      String.raw`makeLoad\(\(\) => \{[^}]*?"\./([a-z_0-9]+\.wasm)"${WITHIN_LOADER}${DEPENDENCIES}`,
      'g',
    );
    let users = 0;
    for (const [, file, deps] of result.matchAll(dependents)) {
      if (!deps.split(', ').includes(variable)) continue;
      await writeModule(file, withSegments(await readModule(file), segments));
      users += 1;
    }
    if (users === 0) throw new Error(`data-chunks: no module depends on ${variable}.`);
    result = result.replace(whole, '');
    result = result.replace(new RegExp(DEPENDENCIES, 'g'), (all, deps) => {
      const kept = deps.split(', ').filter((dep) => dep !== variable && dep !== '');
      return `\n}\n, [${kept.join(', ')}]`;
    });
    if (new RegExp(`\\b${variable}\\b`).test(result)) {
      throw new Error(`data-chunks: ${variable} is still used after folding.`);
    }
  }
  return { link: result, unused: folded.map(({ file }) => file) };
}
