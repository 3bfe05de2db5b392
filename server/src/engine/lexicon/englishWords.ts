// An English word list (the stems of the `dictionary-en` Hunspell dictionary), used as one piece of
// evidence: a form that is not an English word and is one edit from a better-attested one is likely a typo.
import fs from 'node:fs';
import path from 'node:path';

let words: Set<string> | undefined;
/** Entries the dictionary writes in lower case: common words, not names ("customs", not "Nigeria"). */
let common: Set<string> | undefined;

function dictionaryPath(): string | undefined {
  const candidates: string[] = [];
  if (typeof __dirname === 'string') candidates.push(path.join(__dirname, 'dictionary', 'en.dic'));
  // Unbundled (tests): the package's own file. Its "exports" hide index.dic from require.resolve, so walk up.
  for (let dir = typeof __dirname === 'string' ? __dirname : process.cwd(); ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'node_modules', 'dictionary-en', 'index.dic'));
    if (path.dirname(dir) === dir) break;
  }
  return candidates.find((p) => fs.existsSync(p));
}

function load(): Set<string> {
  if (words) return words;
  words = new Set();
  common = new Set();
  const file = dictionaryPath();
  if (!file) return words; // No dictionary: the evidence is simply absent, never an error.
  const text = fs.readFileSync(file, 'utf8');
  let i = text.indexOf('\n') + 1; // first line is the entry count
  while (i < text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    let k = i;
    while (k < j && text.charCodeAt(k) !== 47 /* / */ && text.charCodeAt(k) !== 13) k++;
    if (k > i) {
      const entry = text.slice(i, k);
      words.add(entry.toLowerCase());
      if (entry[0] === entry[0].toLowerCase()) common.add(entry);
    }
    i = j + 1;
  }
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
