// One record per written word, shared by every token that spells it, lint after lint: what the rules ask of a
// word about the term base is asked once and kept here, instead of each rule hashing the token's fresh string
// into a large map of the term base (in a 10,000-release term base those maps miss the CPU's caches). The same
// goes for what the rules ask of the word alone (its shape as a name, its style facts).
import type { WordFacts } from '../style/styleVariants';

export interface WordRecord {
  /** The lint index `hits` was computed for (LintIndex.serial); 0 before any. */
  hitsSerial: number;
  /** Which of that index's word maps hold the word (termbase/tokenHits.ts). */
  hits: number;
  /** lexicon/roleWords' title class of the token's base (0 none, 1 modifier, 2 head), once asked. */
  titleClass: number | undefined;
  /** isNameLike of the token's base, once asked. */
  nameLike: boolean | undefined;
  /** The style scan's facts about the word, once asked. */
  styleFacts: WordFacts | undefined;
}

const records = new Map<string, WordRecord>();

/** The record of a token's text (base and lower case are functions of it). Bounded: a server runs for days. */
export function wordRecordOf(text: string): WordRecord {
  let r = records.get(text);
  if (r === undefined) {
    if (records.size > 50000) records.clear();
    r = { hitsSerial: 0, hits: 0, titleClass: undefined, nameLike: undefined, styleFacts: undefined };
    records.set(text, r);
  }
  return r;
}
