// The learned term base cached on disk, keyed by a hash of the corpus (every file's name and text) and of the
// engine build, so a warm start of the CLI or the server does not learn again. Any change to a corpus file
// changes the key. presslint.json is applied after learning (it is cheap), so it is not part of the key.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusDocument, Source, TermBase } from '../types';
import { learnTermBase, TERMBASE_VERSION } from './learnTermBase';
import { defaultCacheDir } from '../cache/cacheDir';
import { compactTermBase } from '../termbase/compactTermBase';

export { defaultCacheDir };

// Set by scripts/build.mjs to a hash of the engine's sources; absent when running from source (tests), where
// caching is off so a changed learner is never answered from an old cache.
declare const __PRESSLINT_BUILD__: string | undefined;
const BUILD = typeof __PRESSLINT_BUILD__ === 'string' ? __PRESSLINT_BUILD__ : undefined;
const KEEP = 8;

export function corpusKey(documents: CorpusDocument[], build = BUILD ?? 'source'): string {
  const h = crypto.createHash('sha256').update(`presslint ${TERMBASE_VERSION} ${build}\n`);
  for (const d of [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    h.update(d.file).update('\u0000').update(d.text).update('\u0001');
  }
  return h.digest('hex').slice(0, 32);
}

export interface CachedLearn {
  termBase: TermBase;
  fromCache: boolean;
}

interface CacheOptions {
  cacheDir?: string;
  build?: string;
}

function cacheFileFor(documents: CorpusDocument[], options: CacheOptions): string | undefined {
  const build = options.build ?? BUILD;
  const dir = options.cacheDir ?? (build ? defaultCacheDir() : undefined);
  return dir && build ? path.join(dir, `termbase-${corpusKey(documents, build)}.json`) : undefined;
}

/** The term base this build learned from the same corpus before, if the cache holds it. */
export function cachedTermBase(documents: CorpusDocument[], options: CacheOptions = {}): TermBase | undefined {
  const file = cacheFileFor(documents, options);
  if (!file) return undefined;
  try {
    const cached = JSON.parse(fs.readFileSync(file, 'utf8')) as TermBase;
    if (cached.version !== TERMBASE_VERSION) return undefined;
    touch(file);
    return readBack(cached);
  } catch {
    return undefined; // absent, unreadable or damaged: learn again
  }
}

/** learnTermBase, answered from the disk cache when the same corpus was learned by the same build before. */
export function learnTermBaseCached(documents: CorpusDocument[], options: CacheOptions = {}): CachedLearn {
  const file = cacheFileFor(documents, options);
  if (!file) return { termBase: learnTermBase(documents), fromCache: false };
  const cached = cachedTermBase(documents, options);
  if (cached) return { termBase: cached, fromCache: true };
  const dir = path.dirname(file);
  const learned = learnTermBase(documents);
  const json = JSON.stringify(learned);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, json);
    fs.renameSync(tmp, file);
    prune(dir);
  } catch {
    /* a read-only or full disk only costs the next start a relearn */
  }
  // Handed on as read back, the same as a warm start: the learned strings are two-byte slices and joins of the
  // corpus's texts, and read back they are compact (the 10,000-release term base: about 21 MB of heap as
  // learned, 15 MB read back with shared sources). The language server keeps it for as long as it runs.
  return { termBase: readBack(JSON.parse(json) as TermBase), fromCache: false };
}

/** A term base parsed from JSON, made compact: one object per cited source, one copy of each string. */
function readBack(tb: TermBase): TermBase {
  return compactTermBase(shareSources(tb));
}

/**
 * One object per cited sentence, as learnTermBase makes them: JSON writes a source out again for every entry
 * that cites it (a 10,000-release term base cites 15,000 sentences 35,000 times), and the language server keeps
 * the term base it is handed for as long as it runs.
 */
export function shareSources(tb: TermBase): TermBase {
  const shared = new Map<string, Source>();
  const share = (list: Source[]) => {
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      const key = `${s.file}\u0000${s.line}\u0000${s.sentence}`;
      const known = shared.get(key);
      if (known) list[i] = known;
      else shared.set(key, s);
    }
  };
  for (const p of tb.people) {
    share(p.sources);
    for (const r of p.roles) share(r.sources);
  }
  for (const list of [tb.organizations, tb.programmes, tb.acronyms, tb.titles, tb.suspectedErrors]) for (const e of list) share(e.sources);
  return tb;
}

function touch(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    /* best effort */
  }
}

/** Keeps the most recently used few term bases. */
function prune(dir: string): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^termbase-[0-9a-f]+\.json$/.test(f))
    .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(KEEP)) fs.rmSync(path.join(dir, f), { force: true });
}
