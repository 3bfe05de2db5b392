// `ignore` globs (relative to a base folder, usually presslint.json's): a path is ignored when it or
// one of its parent folders matches. Patterns without a slash match a name at any depth ("*.bak.md").
import path from 'node:path';
import picomatch from 'picomatch';

export type IgnoreMatcher = (absPath: string) => boolean;

export function createIgnoreMatcher(patterns: readonly string[] | undefined, baseDir: string): IgnoreMatcher {
  const list = (patterns ?? []).map((p) => p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '')).filter(Boolean);
  if (!list.length) return () => false;
  const isMatch = picomatch(list, { dot: true, basename: true });
  return (absPath: string) => {
    const rel = path.relative(baseDir, absPath).split(path.sep).join('/');
    if (!rel || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) {
      // Outside the base folder: only absolute patterns could match.
      return isMatch(absPath.split(path.sep).join('/'));
    }
    const parts = rel.split('/');
    for (let i = parts.length; i >= 1; i--) {
      if (isMatch(parts.slice(0, i).join('/'))) return true;
    }
    return false;
  };
}
