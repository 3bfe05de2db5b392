import path from 'node:path';

/** How a path is shown in messages and in CorpusDocument.file: relative to the cwd, posix slashes. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  if (!rel) return '.';
  return rel.split(path.sep).join('/');
}
