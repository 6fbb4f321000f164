// Compaction of the small text files of the first load, for the Trunk post-build hook.

/**
 * Drops what only readers of the source need from a stylesheet or a small script of the
 * first load: comments (block comments in CSS, whole `//` lines in JS) and indentation. The sources
 * are written so this is safe (no comment marker inside a string); the e2e tests run on the
 * compacted files, so a file this broke would fail them.
 */
export function compact(text, kind) {
  const withoutComments =
    kind === 'css' ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text.replace(/^\s*\/\/.*$/gm, '');
  const lines = withoutComments.split('\n').map((line) => line.trim());
  return `${lines.filter((line) => line !== '').join('\n')}\n`;
}
