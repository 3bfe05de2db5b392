// One-word compounds a corpus writes joined ("cybersecurity", "nonprofit"), so that a draft's hyphenated
// "cyber-security" can be held to the house form. Kept: lower-case words of two releases or more that split
// into a head and an English word, and that the corpus never hyphenates.
import type { AnalyzedDocument } from './corpusModel';
import { isEnglishWord } from '../lexicon/englishWords';
import { COMPOUND_PREFIXES } from '../lexicon/compoundPrefixes';

export function learnJoinedCompounds(docs: AnalyzedDocument[], hyphenated: string[]): string[] {
  const releases = new Map<string, number>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const s of d.sentences) {
      for (const t of s.tokens) {
        const w = t.base;
        if (w.length >= 6 && w === t.lower && isLowerLetters(w)) seen.add(w);
      }
    }
    for (const w of seen) releases.set(w, (releases.get(w) ?? 0) + 1);
  }
  const writtenHyphenated = new Set(hyphenated.map((h) => h.toLowerCase().replace(/-/g, '')));
  const out: string[] = [];
  for (const [w, n] of releases) if (n >= 2 && !writtenHyphenated.has(w) && splitsIntoWords(w)) out.push(w);
  return out.sort();
}

/**
 * Whether the word ends in an English word of four letters or more after a head of two letters or more (or a
 * prefix): "cyber" + "security", "non" + "profit". Loose on purpose: the set only bounds what is kept, and a
 * draft's hyphen says where the split is.
 */
export function splitsIntoWords(w: string): boolean {
  for (let i = 1; i <= w.length - 4; i++) {
    if (i < 2 && !COMPOUND_PREFIXES.has(w.slice(0, i))) continue;
    if (isEnglishWord(w.slice(i))) return true;
  }
  return false;
}

function isLowerLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
