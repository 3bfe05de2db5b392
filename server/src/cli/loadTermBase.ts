// What every command starts with: presslint.json (if any), the corpus, the learned term base
// with the config's overrides applied. Notices (skipped files...) go to stderr.
import path from 'node:path';
import { loadConfig, loadConfigFile, type LoadedConfig } from '../engine/config/loadConfig';
import { displayPath } from '../engine/corpus/displayPath';
import { readCorpus } from '../engine/corpus/readCorpus';
import type { TermBase } from '../engine/types';
import { defaultCorpusDir } from './defaultCorpus';
import { applyOverrides } from './engine';
import { learnTermBaseCached } from '../engine/learn/termBaseCache';

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
  return args.config ? loadConfigFile(path.resolve(cwd, args.config)) : loadConfig(cwd);
}

/** The corpus to read: --corpus (relative to the cwd), else presslint.json's (relative to it), else seeds/. */
function corpusSource(
  args: CorpusArgs,
  loaded: LoadedConfig | undefined,
  cwd: string,
): { paths: string[]; cwd: string; displayBase: string } {
  if (args.corpus?.length) return { paths: args.corpus, cwd, displayBase: cwd };
  if (loaded?.config.corpus?.length) return { paths: loaded.config.corpus, cwd: loaded.dir, displayBase: cwd };
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
  if (loaded) termBase = applyOverrides(termBase, loaded.config, displayPath(loaded.file, cwd));
  return { loaded, termBase, corpusPaths: source.paths, documentCount: documents.length };
}
