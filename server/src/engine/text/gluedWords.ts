// Two words run together without a space, the second capitalized ("ProgrammeRegional"): a slip in the
// source, not one word. Camel-case names and brands ("McDonald", "DeSantis", "iPhone", "eBay", "KwaZulu")
// and acronym plurals ("NGOs") stay whole: both halves must be English words, the first of four letters or more.
import { isEnglishWord } from '../lexicon/englishWords';
import { americanSpelling } from '../style/styleVariants';

const GLUE = /[a-z](?=[A-Z][a-z])/g;

/** Offsets inside `raw` where a second word starts, glued to the first ([] for an ordinary word). */
const NO_SPLITS: readonly number[] = Object.freeze([]);

export function gluedWordSplits(raw: string): readonly number[] {
  if (!/[a-z][A-Z]/.test(raw)) return NO_SPLITS; // asked for every word: no new array for the usual answer
  const splits: number[] = [];
  for (const m of raw.matchAll(GLUE)) {
    const at = m.index + 1;
    const head = /[A-Za-z]+$/.exec(raw.slice(0, at))![0];
    const tail = /^[A-Z][a-z]+/.exec(raw.slice(at))![0];
    if (head.length >= 4 && tail.length >= 3 && /^[A-Z]?[a-z]+$/.test(head) && isWord(head) && isWord(tail)) splits.push(at);
  }
  return splits;
}

/** An English word in either spelling ("Programme", "Organisation"). */
const isWord = (w: string): boolean => isEnglishWord(w) || isEnglishWord(americanSpelling(w) ?? '');

/** Whether a word still holds a lower-to-upper case change inside it ("McDonald", or two words glued). */
export const hasInnerCapital = (word: string): boolean => /[a-z][A-Z]/.test(word);
