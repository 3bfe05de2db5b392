// One record per written word, shared by every token that spells it, lint after lint: what the rules ask of a
// word about the term base is asked once and kept here, instead of each rule hashing the token's fresh string
// into a large map of the term base (in a 10,000-release term base those maps miss the CPU's caches). The same
// goes for what the rules ask of the word alone (its shape as a name, its style facts).
import type { WordFacts } from '../style/styleVariants';
import { WordMemo } from './wordMemo';

export interface WordRecord {
  /** The word as written: one string for every token that spells it, so maps keyed by it hash it once. */
  readonly text: string;
  /** The word without a trailing possessive ("WCO" for "WCO’s"), or `text`. */
  readonly base: string;
  /** base in lower case (the same string when it already is). */
  readonly lower: string;
  /** The lint index `hits` was computed for (LintIndex.serial); 0 before any. */
  hitsSerial: number;
  /** Which of that index's word maps hold the word (termbase/tokenHits.ts). */
  hits: number;
  /** lexicon/roleWords' title class of the token's base (0 none, 1 modifier, 2 head), once asked. */
  titleClass: number | undefined;
  /** isAcronym of the token's base, once asked. */
  acronym: boolean | undefined;
  /** isNameLike of the token's base, once asked. */
  nameLike: boolean | undefined;
  /** The style scan's facts about the word, once asked. */
  styleFacts: WordFacts | undefined;
}

const records = new WordMemo<WordRecord>();

/** The record of a word as written. */
export function wordRecordOf(text: string): WordRecord {
  let r = records.get(text);
  if (r === undefined) {
    const base = baseOf(text);
    r = { text, base, lower: lowerCaseOf(base), hitsSerial: 0, hits: 0, titleClass: undefined, acronym: undefined, nameLike: undefined, styleFacts: undefined };
    records.set(text, r);
  }
  return r;
}

const POSSESSIVE = /(?:['’]s|['’])$/;

/** The word without a trailing possessive ("WCO’s", "members'"), when two letters or more remain. */
function baseOf(raw: string): string {
  const lastChar = raw.charCodeAt(raw.length - 1);
  // Only a word ending in s or an apostrophe can carry a possessive: no regex for the others.
  const m = lastChar === 115 || lastChar === 39 || lastChar === 0x2019 ? POSSESSIVE.exec(raw) : null;
  return m && raw.length - m[0].length >= 2 ? raw.slice(0, raw.length - m[0].length) : raw;
}

/** toLowerCase, without a new string for a word already in lower case (most words). */
function lowerCaseOf(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return word.toLowerCase();
  }
  return word;
}
