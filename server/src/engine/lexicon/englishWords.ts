// An English word list (the stems of the `dictionary-en` Hunspell dictionary), used as one piece of
// evidence: a form that is not an English word and is one edit from a better-attested one is likely a typo.
import fs from 'node:fs';
import path from 'node:path';

let words: GroupedWordSet | undefined;
/** Entries the dictionary writes in lower case: common words, not names ("customs", not "Nigeria"). */
let common: GroupedWordSet | undefined;

function bundleDir(): string | undefined {
  return typeof __dirname === 'string' ? __dirname : undefined;
}

function dictionaryPath(): string | undefined {
  const candidates: string[] = [];
  const here = bundleDir();
  if (here) candidates.push(path.join(here, 'dictionary', 'en.dic'));
  // Unbundled (tests): the package's own file. Its "exports" hide index.dic from require.resolve, so walk up.
  for (let dir = here ?? process.cwd(); ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'node_modules', 'dictionary-en', 'index.dic'));
    if (path.dirname(dir) === dir) break;
  }
  return candidates.find((p) => fs.existsSync(p));
}

// dictionary-en's prefix flags (its .aff: "PFX A 0 re .", all without conditions).
const PREFIX_FLAGS: Record<string, string> = { A: 're', I: 'in', U: 'un', C: 'de', E: 'dis', F: 'con', K: 'pro' };

/** The word lists of a Hunspell .dic file: every entry in lower case, and the entries written in lower case. */
export function hunspellWordLists(dic: string): { words: string[]; common: string[] } {
  const words: string[] = [];
  const common: string[] = [];
  let i = dic.indexOf('\n') + 1; // first line is the entry count
  while (i < dic.length) {
    let j = dic.indexOf('\n', i);
    if (j < 0) j = dic.length;
    let k = i;
    while (k < j && dic.charCodeAt(k) !== 47 /* / */ && dic.charCodeAt(k) !== 13) k++;
    if (k > i) {
      const entry = dic.slice(i, k);
      const lower = entry[0] === entry[0].toLowerCase();
      words.push(entry.toLowerCase());
      if (lower) common.push(entry);
      // The entry's prefixed forms its flags allow ("source/ADSMG": A gives "resource").
      if (lower && dic.charCodeAt(k) === 47) {
        let f = k + 1;
        while (f < j && dic.charCodeAt(f) > 32) {
          const prefix = PREFIX_FLAGS[dic[f]];
          if (prefix) {
            words.push(prefix + entry);
            common.push(prefix + entry);
          }
          f++;
        }
      }
    }
    i = j + 1;
  }
  return { words, common };
}

/** Word lists grouped by their first two letters, each group one newline-joined string. */
export type WordGroups = Record<string, string>;

/** A group's text by its two letters, however it is stored. */
export type GroupSource = WordGroups | ((group: string) => string | undefined);

const groupOf = (w: string) => w.slice(0, 2);

export function groupWords(list: string[]): WordGroups {
  const groups: Record<string, string[]> = {};
  for (const w of new Set(list)) (groups[groupOf(w)] ??= []).push(w);
  return Object.fromEntries(Object.entries(groups).sort(([a], [b]) => (a < b ? -1 : 1)).map(([g, ws]) => [g, ws.sort().join('\n')]));
}

/**
 * A set of words read from groups (each a sorted, newline-joined string), looked up by binary search in the
 * group's text: a start parses ~1,000 strings instead of ~98,000, and a lookup allocates nothing. (Splitting a
 * group into a Set on first use cost a CLI run of 45 drafts ~20 ms, and its strings ~10 ms of garbage
 * collection.) Only the offsets of a group's words are computed, on first use.
 */
export class GroupedWordSet {
  private starts = new Map<string, Int32Array>();
  private texts = new Map<string, string | undefined>();
  /** inSet's answers, per word as asked (bounded: a server runs for days). */
  readonly verdicts = new Map<string, boolean>();
  constructor(private readonly groups: GroupSource) {}

  private textOf(g: string): string | undefined {
    if (typeof this.groups !== 'function') return this.groups[g];
    if (!this.texts.has(g)) this.texts.set(g, this.groups(g));
    return this.texts.get(g);
  }

  has(word: string): boolean {
    const g = groupOf(word);
    const text = this.textOf(g);
    if (!text) return false;
    let starts = this.starts.get(g);
    if (!starts) {
      starts = wordStarts(text);
      this.starts.set(g, starts);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const end = mid + 1 < starts.length ? starts[mid + 1] - 1 : text.length;
      const c = compareAt(word, text, starts[mid], end);
      if (c === 0) return true;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }
}

/** Where each word of a newline-joined list starts. */
function wordStarts(text: string): Int32Array {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** `word` compared with text[from, to), in the order of Array.prototype.sort (UTF-16 code units). */
function compareAt(word: string, text: string, from: number, to: number): number {
  const n = Math.min(word.length, to - from);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - text.charCodeAt(from + i);
    if (d !== 0) return d;
  }
  return word.length - (to - from);
}

/**
 * Both lists' groups in one file: a first line of JSON giving each group's byte range, then the groups' texts.
 * A start reads the bytes and decodes only the groups it looks words up in (a CLI run of short drafts: ~200 of
 * ~1,000); JSON.parse of all ~870 KB of them was ~10 ms of every start, and their strings were then copied by
 * the young-generation collector.
 */
export function packWordGroups(lists: { words: WordGroups; common: WordGroups }): Buffer {
  const header: Record<string, Record<string, [number, number]>> = {};
  const parts: Buffer[] = [];
  let at = 0;
  for (const [name, groups] of Object.entries(lists)) {
    header[name] = {};
    for (const [g, text] of Object.entries(groups)) {
      const bytes = Buffer.from(text, 'utf8');
      header[name][g] = [at, at + bytes.length];
      parts.push(bytes);
      at += bytes.length;
    }
  }
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...parts]);
}

/** packWordGroups read back: each list's groups, decoded on first use. */
export function unpackWordGroups(packed: Buffer): { words: GroupSource; common: GroupSource } {
  const newline = packed.indexOf(10);
  const header = JSON.parse(packed.toString('utf8', 0, newline)) as Record<string, Record<string, [number, number]>>;
  const body = newline + 1;
  const source = (name: string): GroupSource => (g) => {
    const range = Object.hasOwn(header[name] ?? {}, g) ? header[name][g] : undefined;
    return range && packed.toString('utf8', body + range[0], body + range[1]);
  };
  return { words: source('words'), common: source('common') };
}

/**
 * The bundle ships the lists already extracted, grouped and packed (scripts/build.mjs writes
 * dictionary/en-words.bin with hunspellWordLists, groupWords and packWordGroups); from source, the .dic is read.
 */
function readWordGroups(): { words: GroupSource; common: GroupSource } | undefined {
  const here = bundleDir();
  if (here) {
    try {
      return unpackWordGroups(fs.readFileSync(path.join(here, 'dictionary', 'en-words.bin')));
    } catch {
      /* not built yet, or running from source: read the .dic */
    }
  }
  const file = dictionaryPath();
  if (!file) return undefined;
  const lists = hunspellWordLists(fs.readFileSync(file, 'utf8'));
  return { words: groupWords(lists.words), common: groupWords(lists.common) };
}

function load(): GroupedWordSet {
  if (words) return words;
  const groups = readWordGroups();
  // No dictionary: the evidence is simply absent, never an error.
  words = new GroupedWordSet(groups?.words ?? {});
  common = new GroupedWordSet(groups?.common ?? {});
  return words;
}

const SUFFIXES: [RegExp, string][] = [
  [/ies$/, 'y'], [/ied$/, 'y'], [/es$/, ''], [/s$/, ''], [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''], [/ing$/, 'e'],
  [/ly$/, ''], [/er$/, ''], [/ers$/, ''], [/ation$/, 'e'], [/ations$/, 'e'], [/al$/, ''],
];

/** Whether a word (any case) is an English dictionary word, allowing common inflections. */
export function isEnglishWord(word: string): boolean {
  return inSet(load(), word);
}

/** Whether a word is a common English word (the dictionary writes it in lower case), not a name. */
export function isCommonWord(word: string): boolean {
  load();
  return inSet(common!, word);
}

function inSet(set: GroupedWordSet, word: string): boolean {
  let verdict = set.verdicts.get(word);
  if (verdict === undefined) {
    verdict = inflectedIn(set, word);
    if (set.verdicts.size > 50000) set.verdicts.clear();
    set.verdicts.set(word, verdict);
  }
  return verdict;
}

function inflectedIn(set: GroupedWordSet, word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (set.has(w)) return true;
  for (const [re, rep] of SUFFIXES) {
    if (re.test(w)) {
      const stem = w.replace(re, rep);
      if (stem.length >= 2 && set.has(stem)) return true;
    }
  }
  return false;
}

