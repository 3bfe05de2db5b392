// Finding and reading presslint.json, and resolving the paths in it against its folder.
import fs from 'node:fs';
import path from 'node:path';
import { PresslintInputError } from '../errors';
import { displayPath } from '../corpus/displayPath';
import { parseConfig } from './parseConfig';
import { CONFIG_FILE_NAME, type PresslintConfig } from './schema';

export interface LoadedConfig {
  config: PresslintConfig;
  /** Absolute path of the file it came from. */
  file: string;
  /** Its folder: `corpus` and `ignore` are relative to it. */
  dir: string;
}

/** Reads and validates a config file; throws PresslintInputError (one line) when it is missing or wrong. */
export function loadConfigFile(file: string): LoadedConfig {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PresslintInputError(`config file not found: ${file}`);
    if (code === 'EISDIR') throw new PresslintInputError(`config file is a folder: ${file}`);
    throw new PresslintInputError(`cannot read config file ${file}: ${(err as Error).message}`);
  }
  return { config: parseConfig(text, displayPath(abs)), file: abs, dir: path.dirname(abs) };
}

/** Reads `<dir>/presslint.json` if present; undefined when there is none. */
export function loadConfig(dir: string): LoadedConfig | undefined {
  const file = path.join(dir, CONFIG_FILE_NAME);
  if (!fs.existsSync(file)) return undefined;
  return loadConfigFile(file);
}

/** The corpus locations a loaded config names, as absolute paths (globs kept as globs). */
export function configCorpusPaths(loaded: LoadedConfig): string[] {
  return (loaded.config.corpus ?? []).map((p) => (path.isAbsolute(p) ? p : path.join(loaded.dir, p)));
}
