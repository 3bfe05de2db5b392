// Which of the lint index's word maps hold a token, as bits, computed once per word and index (text/wordRecords.ts).
// The rules test a bit before the map lookup: most tokens ("the", "said", "customs") are in none of the maps.
import type { Token } from '../text/tokenize';
import type { LintIndex } from './lintIndex';

/** index.byGivenName has the token's text. */
export const GIVEN_NAME = 1;
/** index.byGivenName has the token's base (the text without a possessive). */
export const GIVEN_NAME_BASE = 2;
/** index.bySurname has the token's base. */
export const SURNAME = 4;
/** index.anchorGroupsByWord has the token's lower case. */
export const ANCHOR = 8;
/** index.programmesByCoreStart has the token's base. */
export const PROGRAMME_CORE_START = 16;
/** index.knownWords has the token's base. */
export const KNOWN_WORD = 32;
/** index.hyphenatedByJoined has the token's lower case. */
export const HYPHENATED_BY_JOINED = 64;
/** A spaced compound (index.spacedCompounds) can start at the token. */
export const SPACED_COMPOUND_START = 128;
/** A rejected form or corpus slip (index.rejectedPhrases) can start at the token. */
export const REJECTED_START = 256;
/** The token's lower case can start a one-word title written as two words (index.oneWordTitles.starts). */
export const ONE_WORD_TITLE_START = 512;

export function tokenHits(t: Token, index: LintIndex): number {
  const r = t.word;
  if (r.hitsSerial === index.serial) return r.hits;
  r.hits =
    (index.byGivenName.has(t.text) ? GIVEN_NAME : 0) |
    (index.byGivenName.has(t.base) ? GIVEN_NAME_BASE : 0) |
    (index.bySurname.has(t.base) ? SURNAME : 0) |
    (index.anchorGroupsByWord.has(t.lower) ? ANCHOR : 0) |
    (index.programmesByCoreStart.has(t.base) ? PROGRAMME_CORE_START : 0) |
    (index.knownWords.has(t.base) ? KNOWN_WORD : 0) |
    (index.hyphenatedByJoined.has(t.lower) ? HYPHENATED_BY_JOINED : 0) |
    (index.spacedCompounds.startsAt(t) ? SPACED_COMPOUND_START : 0) |
    (index.rejectedPhrases.startsAt(t) ? REJECTED_START : 0) |
    (index.oneWordTitles.starts.has(t.lower) ? ONE_WORD_TITLE_START : 0);
  r.hitsSerial = index.serial;
  return r.hits;
}
