// An English word list (the stems of the `dictionary-en` Hunspell dictionary), used as one piece of
// evidence: a form that is not an English word and is one edit from a better-attested one is likely a typo.
import fs from 'node:fs';
import path from 'node:path';

let words: Set<string> | undefined;
/** Entries the dictionary writes in lower case: common words, not names ("customs", not "Nigeria"). */
let common: Set<string> | undefined;

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
      words.push(entry.toLowerCase());
      if (entry[0] === entry[0].toLowerCase()) common.push(entry);
    }
    i = j + 1;
  }
  return { words, common };
}

/**
 * The bundle ships the lists already extracted (scripts/build.mjs writes dictionary/en-words.json with
 * hunspellWordLists): JSON.parse is native, while walking 49,000 lines in cold code cost the CLI ~60 ms a start.
 */
function readWordLists(): { words: string[]; common: string[] } | undefined {
  const here = bundleDir();
  if (here) {
    try {
      return JSON.parse(fs.readFileSync(path.join(here, 'dictionary', 'en-words.json'), 'utf8'));
    } catch {
      /* not built yet, or running from source: read the .dic */
    }
  }
  const file = dictionaryPath();
  return file ? hunspellWordLists(fs.readFileSync(file, 'utf8')) : undefined;
}

function load(): Set<string> {
  if (words) return words;
  const lists = readWordLists();
  // No dictionary: the evidence is simply absent, never an error.
  words = new Set(lists?.words);
  common = new Set(lists?.common);
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

function inSet(set: Set<string>, word: string): boolean {
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

export function englishWordCount(): number {
  return load().size;
}
