// What every command starts with: presslint.json (if any), the corpus, the learned term base
// with the config's overrides applied. Notices (skipped files...) go to stderr.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, loadConfigFile, type LoadedConfig } from '../engine/config/loadConfig';
import { CONFIG_FILE_NAME } from '../engine/config/schema';
import { displayPath } from '../engine/corpus/displayPath';
import { readCorpus } from '../engine/corpus/readCorpus';
import type { TermBase } from '../engine/types';
import { defaultCorpusDir } from './defaultCorpus';
import { applyOverrides } from './engine';
import { learnTermBaseCached } from '../engine/learn/termBaseCache';
import { PresslintInputError } from '../engine/errors';
import { settleOverrideConflicts } from './overrideConflicts';
import { isGlob } from '../engine/corpus/isGlob';
import { tooComplexCorpusGlob } from '../engine/corpus/safeGlob';

export interface CorpusArgs {
  corpus?: string[];
  config?: string;
}

export interface Context {
  loaded?: LoadedConfig;
  termBase: TermBase;
  corpusPaths: string[];
  documentCount: number;
}

export function loadCliConfig(args: CorpusArgs, cwd = process.cwd()): LoadedConfig | undefined {
  const file = path.resolve(cwd, args.config ?? CONFIG_FILE_NAME);
  const shown = args.config ?? displayPath(file, cwd);
  try {
    return args.config ? loadConfigFile(file) : loadConfig(cwd);
  } catch (err) {
    // Name the file as the user did, not by its absolute path.
    if (err instanceof PresslintInputError) throw new PresslintInputError(err.message.split(file).join(shown));
    throw err;
  }
}

/** The corpus to read: --corpus (relative to the cwd), else presslint.json's (relative to it), else seeds/. */
function corpusSource(
  args: CorpusArgs,
  loaded: LoadedConfig | undefined,
  cwd: string,
): { paths: string[]; cwd: string; displayBase: string } {
  if (args.corpus?.length) return { paths: args.corpus, cwd, displayBase: cwd };
  if (loaded?.config.corpus?.length) {
    // Globs from a file are untrusted: only those the file walker can match safely (see engine/corpus/safeGlob.ts).
    for (const p of loaded.config.corpus) {
      const why = isGlob(p) ? tooComplexCorpusGlob(p) : undefined;
      if (why) throw new PresslintInputError(`${displayPath(loaded.file, cwd)}: corpus glob "${p}" is too complex to match safely: ${why}`);
    }
    return { paths: loaded.config.corpus, cwd: loaded.dir, displayBase: cwd };
  }
  // The bundled corpus is named relative to the package: "seeds/000.txt".
  const seeds = defaultCorpusDir();
  return { paths: [seeds], cwd, displayBase: path.dirname(seeds) };
}

export async function loadContext(
  args: CorpusArgs,
  notify: (line: string) => void,
  cwd = process.cwd(),
  loaded = loadCliConfig(args, cwd),
): Promise<Context> {
  const source = corpusSource(args, loaded, cwd);
  const { documents, notices } = await readCorpus(source.paths, {
    cwd: source.cwd,
    displayBase: source.displayBase,
    maxFileSize: loaded?.config.maxFileSize,
  });
  for (const n of notices) notify(n);
  let termBase = learnTermBaseCached(documents).termBase;
  if (loaded) {
    const shown = displayPath(loaded.file, cwd);
    let text: string | undefined;
    try {
      text = fs.readFileSync(loaded.file, 'utf8');
    } catch {
      text = undefined;
    }
    const settled = settleOverrideConflicts(loaded.config, text, shown);
    for (const w of settled.warnings) notify(w);
    termBase = applyOverrides(termBase, settled.config, shown);
  }
  return { loaded, termBase, corpusPaths: source.paths, documentCount: documents.length };
}
