// Compaction of the small text files of the first load, for the Trunk post-build hook.

/**
 * Drops what only readers of the source need from a stylesheet or a small script of the
 * first load: comments and indentation. Both are written to be safe to compact this way (no
 * `/*` or `//` inside a string); a brace count that changes fails the build rather than
 * shipping a broken file.
 */
export function compact(text, kind) {
  const lines = (kind === 'css' ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !(kind === 'js' && line.startsWith('//')));
  const compacted = lines.join('\n') + '\n';
  const braces = (code) => (code.match(/[{}]/g) ?? []).length;
  const withoutComments = kind === 'css' ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text.replace(/^\s*\/\/.*$/gm, '');
  if (braces(compacted) !== braces(withoutComments)) {
    throw new Error(`compact: compacting ${kind} changed its braces; is there a comment marker in a string?`);
  }
  return compacted;
}

