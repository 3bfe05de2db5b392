// "Ignore here" from the editor, for the CLI too: `<folder>/.presslint/ignored.json` maps a file's path
// (relative to the folder, '/' separators) to the keys of the findings dismissed in it.
import fs from 'node:fs';
import path from 'node:path';

export const IGNORED_FINDINGS_FILE = path.join('.presslint', 'ignored.json');

export function readIgnoredFindings(folder: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(folder, IGNORED_FINDINGS_FILE), 'utf8'));
  } catch {
    return out; // absent or unreadable: nothing is ignored (the editor rewrites it as a whole)
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [file, keys] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(keys)) out.set(file, new Set(keys.filter((k): k is string => typeof k === 'string')));
  }
  return out;
}

export function ignoredKeysFor(ignored: Map<string, Set<string>>, folder: string, file: string): Set<string> {
  const rel = path.relative(folder, path.resolve(file)).split(path.sep).join('/');
  return ignored.get(rel) ?? new Set();
}
