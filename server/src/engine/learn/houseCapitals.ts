// Common words a house capitalizes where they stand alone mid-sentence ("urged the Member States to", "Tribal
// governments", "Cabinet agreed"): a style of its own, not a name, so a draft's "member states" breaks it.
// Kept: one or two ordinary English words, written so three times or more in two releases or more, and never in
// lower case after a sentence's first word anywhere in the corpus; not a programme's or a person's name. One word
// keeps the content words seen next to it: a draft's lower-case "state" is the house's "State" only in the same
// company ("tribal governments" as "Tribal governments"), while "the state of the river" is another word.
import type { HouseCapital } from '../types';
import type { AnalyzedDocument } from './corpusModel';
import type { Token } from '../text/tokenize';
import { isCapitalized } from '../text/chunks';
import { isCommonWord } from '../lexicon/englishWords';
import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { NAME_CONNECTORS, isTitleWord } from '../lexicon/roleWords';
import { ORGANIZATION_HEADS } from '../lexicon/entityHeads';

const MIN_COUNT = 3;
const MIN_RELEASES = 2;

/**
 * The forms as the house writes them ("Member States"), given the words of people's names and of programmes'
 * and organizations' names (a short name, "the Atlas", is the name rules' business).
 */
export function learnHouseCapitals(docs: AnalyzedDocument[], nameWords: Set<string>, programmeWords: Set<string>, organizationWords: Set<string>): HouseCapital[] {
  const seen = new Map<string, { form: string; count: number; docs: Set<string>; neighbours: Set<string> }>();
  for (const d of docs) {
    for (const s of d.sentences) {
      if (looksLikeHeading(s.tokens)) continue;
      const toks = s.tokens;
      for (let i = 1; i < toks.length; i++) {
        const n = standaloneRunAt(toks, i);
        if (!n) continue;
        const run = toks.slice(i, i + n);
        if (!run.every((t) => plainCapitalizedWord(t, nameWords))) continue;
        if (run.every((t) => programmeWords.has(t.base)) || (n === 1 && organizationWords.has(run[0].base))) continue;
        const key = run.map((t) => t.lower).join(' ');
        let e = seen.get(key);
        if (!e) seen.set(key, (e = { form: run.map((t) => t.base).join(' '), count: 0, docs: new Set(), neighbours: new Set() }));
        e.count++;
        e.docs.add(d.file);
        if (n === 1) for (const x of [toks[i - 1], toks[i + 1]]) if (x && isContentWord(x.lower)) e.neighbours.add(x.lower);
      }
    }
  }
  const candidates = new Map([...seen].filter(([, e]) => e.count >= MIN_COUNT && e.docs.size >= MIN_RELEASES));
  if (!candidates.size) return [];
  // Any lower-case use after a sentence's first word ("the tribal council") makes the capital a choice of context.
  const firstWords = new Set([...candidates.keys()].map((k) => k.split(' ')[0]));
  for (const d of docs) {
    for (const s of d.sentences) {
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (!firstWords.has(t.lower)) continue;
        // The company a word keeps counts wherever it is capitalized ("“Cabinet agreed"), a sentence's start too.
        const one = t.text !== t.lower ? candidates.get(t.lower) : undefined;
        if (one) for (const x of [toks[i - 1], toks[i + 1]]) if (x && isContentWord(x.lower)) one.neighbours.add(x.lower);
        if (t.text !== t.lower || i === 0) continue;
        candidates.delete(t.lower);
        if (toks[i + 1] && t.after === '') candidates.delete(`${t.lower} ${toks[i + 1].lower}`);
      }
    }
  }
  return [...candidates.values()]
    .map((e): HouseCapital => (e.form.includes(' ') ? { form: e.form } : { form: e.form, neighbours: [...e.neighbours].sort() }))
    .sort((a, b) => a.form.localeCompare(b.form));
}

/** A word that says what a capitalized word is about ("governments", "agreed"); not "the", "of", "said". */
export function isContentWord(lower: string): boolean {
  return lower.length >= 3 && /^[a-z-]+$/.test(lower) && !FUNCTION_WORDS.has(lower) && !AUXILIARIES.has(lower);
}

// Words that follow any subject ("the state will", "the country has"): no sign of which sense it is.
const AUXILIARIES = new Set(['said', 'says', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'was', 'were', 'are', 'is', 'been', 'which', 'who', 'whose', 'not']);

/** How many capitalized words (1 or 2) stand alone from token i: not a sentence's opening, not part of a longer name. */
function standaloneRunAt(toks: Token[], i: number): number {
  const t = toks[i];
  const prev = toks[i - 1];
  // "The Member States agreed": a function word capitalized only as a sentence's first word is no part of a name.
  const prevOpensSentence = prev.sentenceStart && FUNCTION_WORDS.has(prev.lower);
  if (t.sentenceStart || !isCapitalized(t.base) || (isCapitalized(prev.base) && !prevOpensSentence) || prev.after !== '') return 0;
  // After a quote mark, a parenthesis, a dash or a colon a capital can open a sentence.
  if (/[“"‘(–—:]$/.test(t.before)) return 0;
  // "the Bank of England": a name's word after its connector.
  if (i >= 2 && NAME_CONNECTORS.has(prev.lower) && isCapitalized(toks[i - 2].base)) return 0;
  let n = 1;
  while (i + n < toks.length && toks[i + n - 1].after === '' && isCapitalized(toks[i + n].base)) n++;
  if (n > 2) return 0;
  const next = toks[i + n];
  // "Phase 2", "Department of Health": a capital before a number or a connector and a capital names something.
  if (next && toks[i + n - 1].after === '' && (/^\d/.test(next.text) || (NAME_CONNECTORS.has(next.lower) && toks[i + n + 1] && isCapitalized(toks[i + n + 1].base)))) return 0;
  return n;
}

function plainCapitalizedWord(t: Token, nameWords: Set<string>): boolean {
  const w = t.base;
  if (w !== t.text || !/^[A-Z][a-z]{2,}$/.test(w)) return false;
  return isCommonWord(t.lower) && !FUNCTION_WORDS.has(t.lower) && !isTitleWord(w) && !ORGANIZATION_HEADS.has(t.lower) && !nameWords.has(w);
}

/** A headline in Title Case: every word has its capital, which says nothing about style. */
function looksLikeHeading(toks: Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of toks) {
    if (t.base.length < 4) continue;
    words++;
    if (isCapitalized(t.base)) capitals++;
  }
  return words > 0 && capitals / words > 0.6;
}
