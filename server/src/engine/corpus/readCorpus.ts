// Reading a corpus: folders (every .txt/.md under them, recursive, sorted), files, and globs.
// Unusable files are skipped with a notice; a missing path or a corpus with no readable document
// is an input error (PresslintInputError, one line).
import fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { PresslintInputError } from '../errors';
import type { CorpusDocument } from '../types';
import { displayPath } from './displayPath';
import { createSafeIgnoreMatcher } from './safeGlob';
import { isGlob } from './isGlob';
import { readTextFile } from './readTextFile';
import { hasTextExtension, walkTextFiles } from './walkTextFiles';

export interface ReadCorpusOptions {
  /** Globs of files to leave out (relative to `ignoreBase`). */
  ignore?: string[];
  /** Files larger than this many bytes are skipped with a notice (default 5 MB). */
  maxFileSize?: number;
  /** Folder that relative corpus paths are resolved against (default: the working directory). */
  cwd?: string;
  /** Folder that `ignore` globs are relative to (default: `cwd`). */
  ignoreBase?: string;
  /**
   * Folder that document names are relative to (default: the working directory). The CLI names the
   * bundled corpus relative to the package ("seeds/000.txt") rather than with a long "../../" path.
   */
  displayBase?: string;
}

export interface CorpusReadResult {
  documents: CorpusDocument[];
  /** One line each: files skipped or decoded with loss, and why. */
  notices: string[];
}

/** Every file a corpus path stands for, as absolute paths; throws when a plain path does not exist. */
export async function expandCorpusPath(p: string, options: ReadCorpusOptions = {}): Promise<string[]> {
  const cwd = options.cwd ?? process.cwd();
  // Matched without backtracking regular expressions (safeGlob.ts); a pattern left out is reported by the
  // CLI and the server, which match the same globs against the drafts.
  const ignore = createSafeIgnoreMatcher(options.ignore, options.ignoreBase ?? cwd);
  const abs = path.resolve(cwd, p);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(abs);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) return walkTextFiles(abs, { ignore });
  if (stat?.isFile()) return ignore(abs) ? [] : [abs];
  if (isGlob(p)) {
    const pattern = p.replace(/\\/g, '/');
    const lastSegment = pattern.split('/').pop() ?? '';
    const namesExtension = /\.[^*?[\]{}/]+$/.test(lastSegment) || /\{[^}]*\.[^}]*\}/.test(lastSegment);
    const files = await glob([pattern], { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: true });
    return files
      .map((f) => path.normalize(f))
      .filter((f) => !ignore(f) && (namesExtension || hasTextExtension(f)))
      .sort();
  }
  throw new PresslintInputError(`corpus folder not found: ${p}`);
}

export async function readCorpus(paths: string[], options: ReadCorpusOptions = {}): Promise<CorpusReadResult> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    for (const f of await expandCorpusPath(p, options)) {
      let key = f;
      try {
        key = fs.realpathSync(f);
      } catch {
        /* keep the path as is */
      }
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(f);
    }
  }

  const documents: CorpusDocument[] = [];
  const notices: string[] = [];
  for (const f of files) {
    const shown = displayPath(f, options.displayBase ?? process.cwd());
    const read = readTextFile(f, { maxFileSize: options.maxFileSize });
    if (!read.ok) {
      notices.push(`skipped ${shown}: ${read.message}`);
      continue;
    }
    if (read.notice) notices.push(`${shown}: ${read.notice}`);
    if (!read.text.trim()) {
      notices.push(`skipped ${shown}: empty file`);
      continue;
    }
    documents.push({ file: shown, text: read.text });
  }
  if (!documents.length) {
    throw new PresslintInputError(`corpus is empty: ${paths.join(', ') || '(no paths)'}`);
  }
  return { documents, notices };
}
