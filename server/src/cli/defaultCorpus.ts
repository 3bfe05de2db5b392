// The corpus shipped with the package (seeds/), found next to the bundle: dist/cli.js → ../seeds.
import fs from 'node:fs';
import path from 'node:path';

export function defaultCorpusDir(): string {
  const candidates = [path.join(__dirname, '..', 'seeds'), path.join(__dirname, '..', '..', '..', 'seeds')];
  return candidates.find((dir) => fs.existsSync(dir)) ?? candidates[0];
}
