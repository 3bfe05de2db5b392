// All text files (.txt, .md by default) under a folder: recursive, sorted, following symlinks but
// never the same folder twice (no symlink loops).
import fs from 'node:fs';
import path from 'node:path';
import type { IgnoreMatcher } from './safeGlob';

export const TEXT_EXTENSIONS = ['.txt', '.md'] as const;

export interface WalkOptions {
  extensions?: readonly string[];
  /** Folder names never entered (e.g. node_modules). */
  skipDirs?: readonly string[];
  ignore?: IgnoreMatcher;
}

/** A folder's own documentation is not a release or a draft: README.md, CHANGELOG.md, LICENSE.txt ... */
const NOT_A_RELEASE = /^(readme|changelog|changes|license|licence|contributing|code_of_conduct|security|authors)(\.[a-z]+)?$/i;

export function isProjectDocument(file: string): boolean {
  return NOT_A_RELEASE.test(path.basename(file));
}

export function hasTextExtension(file: string, extensions: readonly string[] = TEXT_EXTENSIONS): boolean {
  return extensions.includes(path.extname(file).toLowerCase());
}

export function walkTextFiles(root: string, options: WalkOptions = {}): string[] {
  const extensions = options.extensions ?? TEXT_EXTENSIONS;
  const skip = new Set(options.skipDirs ?? []);
  const seenDirs = new Set<string>();
  const out: string[] = [];

  const visit = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (options.ignore?.(full)) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) {
        if (!skip.has(entry.name)) visit(full);
      } else if (isFile && hasTextExtension(entry.name, extensions) && !isProjectDocument(entry.name)) {
        out.push(full);
      }
    }
  };

  visit(root);
  return out;
}
