// Capitalized runs of words inside a sentence ("Secretary General of the World Fisheries Organization"):
// the raw material of names, titles, organizations and programmes.
import type { Sentence, Token } from './tokenize';
import { NAME_CONNECTORS, NAME_PARTICLES, isTitleWord } from '../lexicon/roleWords';
import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { MONTHS, WEEKDAYS } from '../lexicon/entityHeads';

const MONTH_OR_DAY = new Set([...MONTHS, ...WEEKDAYS]);

export interface Chunk {
  sentence: Sentence;
  /** Index of the first and one past the last token in sentence.tokens. */
  from: number;
  to: number;
  tokens: Token[];
  start: number;
  end: number;
}

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0].toLowerCase());
}

/**
 * An acronym: all letters upper case, at least two of them ("WCO", "RILOs" with a plural s, "U.S.", "COP26"), or
 * short and mixed: capitals with single lower-case letters between them ("CoE", "WiEF", "MoU") or one capital
 * and a number ("G20", "A7").
 */
export function isAcronym(word: string): boolean {
  // Most words fail on their first two characters: no copy and no regex for them (asked for every token).
  const c0 = word.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  const c1 = word.charCodeAt(1);
  if ((c1 >= 65 && c1 <= 90) || c1 === 38 || c1 === 46) {
    const w = word.includes('.') ? word.replace(/\./g, '') : word;
    if (/^[A-Z][A-Z&]*[A-Z]\d*(s)?$/.test(w) && w.length >= 2) return true;
    // "TRoNM": a connector's letter in lower case inside.
    return word.length <= 6 && MIXED_ACRONYM.test(word);
  }
  return word.length <= 6 && MIXED_ACRONYM.test(word);
}

const MIXED_ACRONYM = /^[A-Z](?:[a-z]?[A-Z])+s?$|^[A-Z]\d{1,3}$/;

/** isAcronym of a token's base, remembered on its word record (the acronym rule asks it of every token, twice). */
export function isAcronymToken(t: Token): boolean {
  return (t.word.acronym ??= isAcronym(t.base));
}

/** Punctuation between two words that still lets a name continue ("Affairs & Chief", "Shipper/Regulated"). */
function joins(after: string): boolean {
  return after === '' || after === '&' || after === '/';
}

/**
 * "and" joins words of one name ("Customs and Border Protection", "Office on Drugs and Crime") but not two names
 * ("CBP and the WCO", "Velloso and Secretary Hartmann", "WCO and United States").
 */
function andJoins(t: Token[], j: number): boolean {
  const w = t[j].text.toLowerCase();
  if (w !== 'and' && w !== '&') return true;
  const prev = t[j - 1];
  const next = t[j + 1];
  if (!prev || !next || !isCapitalized(next.text)) return false;
  // "Vice President and Treasurer", "President and Chief Executive Officer", "General Manager and CEO": one
  // person's two titles.
  if (prev.base === prev.text && isTitleWord(prev.text) && isTitleWord(next.text)) return true;
  if (isAcronymToken(prev) || isAcronymToken(next) || prev.base !== prev.text) return false;
  return !isTitleWord(next.text) && !isTitleWord(prev.text);
}

// The draft model and the style scan both ask for a sentence's chunks: computed once per sentence and kept on
// it (not in a WeakMap keyed by it: V8's young-generation collector keeps weak maps' values alive, and each
// lint's chunks were promoted to the old generation). Chunks are never modified by their users
// (trimLeadingFunctionWords makes new ones).
export function chunksOf(sentence: Sentence): Chunk[] {
  return (sentence.chunks ??= findChunks(sentence));
}

/**
 * chunksOf without the memo, for a caller that keeps the chunks itself: the learner holds every sentence of a
 * corpus at once, and a weak map entry per sentence made the young-generation collections markedly slower.
 */
export function findChunks(sentence: Sentence): Chunk[] {
  const out: Chunk[] = [];
  const t = sentence.tokens;
  let i = 0;
  while (i < t.length) {
    if (!isCapitalized(t[i].text)) {
      i++;
      continue;
    }
    let j = i + 1;
    let lastCap = i;
    while (j < t.length && joins(t[j - 1].after)) {
      const w = t[j].text;
      // "As Chair of the Board I will ...": the pronoun ends the name ("Phase I of the programme" does not).
      if (w === 'I' && PRONOUN_FOLLOWERS.has(t[j + 1]?.lower ?? '')) break;
      if (isCapitalized(w)) lastCap = j;
      // A surname's particles sit inside a name like connectors do ("Helena van der Berghe").
      else if (!NAME_CONNECTORS.has(w.toLowerCase()) && !NAME_PARTICLES.has(w)) break;
      else if (!andJoins(t, j)) break;
      // "... Secretary of Water Resources on January 9": a date is not part of a name.
      else if (t[j + 1] && MONTH_OR_DAY.has(t[j + 1].text.toLowerCase())) break;
      j++;
    }
    const to = lastCap + 1;
    const tokens = t.slice(i, to);
    out.push({ sentence, from: i, to, tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end });
    i = to;
  }
  return out;
}

// Words that follow the pronoun "I" and never a Roman numeral: verbs and adverbs.
const PRONOUN_FOLLOWERS = new Set(['will', 'would', 'am', 'was', 'have', 'had', 'can', 'could', 'shall', 'should', 'must', 'may', 'might', 'do', 'did', 'think', 'believe', 'want', 'know', 'hope', 'look', 'see', 'also', 'just', 'said', 'say', 'thank', 'welcome']);

export function chunkText(text: string, tokens: Token[]): string {
  return tokens.length ? text.slice(tokens[0].start, tokens[tokens.length - 1].end) : '';
}

/** Drops a sentence's first word when it is capitalized only for grammar's sake ("The WCO" -> "WCO", "As WCO ..."). */
export function trimLeadingFunctionWords(c: Chunk): Chunk {
  const first = c.tokens[0];
  // An article opens no name, wherever it stands ("KESTREL CITY — The Department of ...").
  const article = /^(The|A|An)$/.test(first.text) && c.tokens.length > 1;
  if (!article && (!first.sentenceStart || !FUNCTION_WORDS.has(first.text.toLowerCase()))) return c;
  let k = 1;
  while (k < c.tokens.length && !/^[A-Z]/.test(c.tokens[k].text)) k++;
  const tokens = c.tokens.slice(k);
  return { ...c, from: c.from + k, tokens, start: tokens[0]?.start ?? c.end };
}
