// The drafts `presslint lint` looks at: files as named, folders searched for .txt/.md (skipping
// node_modules, .git, dist), globs expanded. Config `ignore` globs leave files out.
import fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { PresslintInputError } from '../engine/errors';
import type { IgnoreMatcher } from '../engine/corpus/safeGlob';
import { isGlob } from '../engine/corpus/isGlob';
import { displayPath } from '../engine/corpus/displayPath';
import { hasTextExtension, walkTextFiles } from '../engine/corpus/walkTextFiles';

export const SKIPPED_DIRS = ['node_modules', '.git', 'dist'];

export interface CollectedFiles {
  /** Absolute paths, in the order found, without duplicates. */
  files: string[];
  /** Files named one by one on the command line (a problem reading them is an input error). */
  explicit: Set<string>;
  /** Files left out because an ignore glob matched them. */
  ignored: string[];
}

export async function collectFiles(
  targets: string[],
  options: { cwd?: string; ignore?: IgnoreMatcher } = {},
): Promise<CollectedFiles> {
  const cwd = options.cwd ?? process.cwd();
  const ignore = options.ignore ?? (() => false);
  const files: string[] = [];
  const explicit = new Set<string>();
  const ignored: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    files.push(f);
  };

  for (const target of targets) {
    const abs = path.resolve(cwd, target);
    const stat = statOrUndefined(abs);
    if (stat?.isDirectory()) {
      for (const f of walkTextFiles(abs, { skipDirs: SKIPPED_DIRS, ignore })) add(f);
    } else if (stat?.isFile()) {
      if (ignore(abs)) ignored.push(abs);
      else {
        explicit.add(abs);
        add(abs);
      }
    } else if (stat) {
      // A FIFO, socket or device: reading it could block or never end.
      throw new PresslintInputError(`not a regular file: ${target}`);
    } else if (isGlob(target)) {
      const pattern = target.replace(/\\/g, '/');
      const lastSegment = pattern.split('/').pop() ?? '';
      const namesExtension = /\.[^*?[\]{}/]+$/.test(lastSegment) || /\{[^}]*\.[^}]*\}/.test(lastSegment);
      const matches = (
        await glob([pattern], {
          cwd,
          absolute: true,
          onlyFiles: true,
          ignore: SKIPPED_DIRS.map((d) => `**/${d}/**`),
        })
      )
        .map((f) => path.normalize(f))
        .filter((f) => namesExtension || hasTextExtension(f))
        .sort();
      if (!matches.length) throw new PresslintInputError(`no files match ${target}`);
      for (const f of matches) {
        if (ignore(f)) ignored.push(f);
        else add(f);
      }
    } else {
      throw new PresslintInputError(`file not found: ${target}`);
    }
  }

  if (!files.length) {
    const where = targets.map((t) => displayPath(path.resolve(cwd, t), cwd)).join(', ');
    throw new PresslintInputError(`no .txt or .md files to lint in ${where}`);
  }
  return { files, explicit, ignored };
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
