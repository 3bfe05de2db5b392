// House-style variants: the same word written two ways. A corpus shows each organization's choices; inside
// one draft, two forms of one word is the error (the `inconsistency` rule). The families are spelling
// conventions of English, not anyone's vocabulary:
//   dotted abbreviations (U.S./US), British/American spelling (programme/program, -ise/-ize, centre/center),
//   hyphenation (e-commerce/ecommerce), diacritics (Communiqué/Communique), courtesy-title dots (Dr./Dr),
//   capitalization of a common noun mid-sentence (Customs/customs).
import type { Sentence, Token } from '../text/tokenize';
import { isCapitalized, chunksOf } from '../text/chunks';
import { HONORIFICS, NAME_CONNECTORS, isTitleWord, isTitleWordToken } from '../lexicon/roleWords';
import { isEnglishWord, isCommonWord } from '../lexicon/englishWords';
import { OTHER_LANGUAGE_CONNECTORS, FUNCTION_WORDS } from '../lexicon/functionWords';
import { withoutDiacritics } from '../text/normalize';
import { WordMemo } from '../text/wordMemo';

export interface StyleOccurrence {
  /** Which word this is about, e.g. "spelling:program", "dots:US", "case:customs". */
  signal: string;
  /** How it is written here (normalized), e.g. "programme", "U.S.", "Customs". */
  variant: string;
  start: number;
  end: number;
  text: string;
}

// Words where -ise/-ize is not a spelling choice (English orthography, not anyone's vocabulary).
const ISE_ALWAYS = new Set([
  'advise', 'revise', 'supervise', 'televise', 'surprise', 'comprise', 'compromise', 'exercise', 'enterprise',
  'franchise', 'merchandise', 'expertise', 'premise', 'promise', 'rise', 'wise', 'noise', 'raise', 'praise',
  'cruise', 'disguise', 'despise', 'chastise', 'devise', 'excise', 'incise', 'improvise', 'demise', 'treatise',
  'concise', 'precise', 'otherwise', 'likewise', 'clockwise', 'arise', 'sunrise', 'poise', 'anise', 'paradise',
  'turquoise', 'reprise', 'porpoise', 'tortoise', 'guise', 'mortise', 'bruise', 'apprise', 'advertise', 'noise',
  'braise', 'circumcise', 'prise', 'vise', 'valise', 'expertise', 'unwise', 'upraise', 'precise', 'concise',
]);
const IZE_ALWAYS = new Set(['size', 'prize', 'seize', 'capsize', 'baize', 'maize', 'downsize', 'oversize', 'resize', 'assize']);
const ISE_FORM = /^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/;
const IZE_FORM = /^([a-z]{3,})iz(e|es|ed|ing|ation|ations|er|ers)$/;

const PER_WORD_BRITISH: [RegExp, string][] = [
  [/([a-z]{2,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/([a-z]{2,}[^aeiou])our(s|ed|ing|ite|ites|able|hood|hoods|ful|al|er|ers)?$/, '$1or$2'],
  [/([a-z]{2,}[^aeiou])tre(s)?$/, '$1ter$2'],
  [/([a-z]{3,})logue(s)?$/, '$1log$2'],
  [/([a-z]{3,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/(defen|licen|offen|preten)ce(s)?$/, '$1se$2'],
];

/** -ise/-ize as a draft-wide choice: "ise", "ize", or undefined when the word has no such choice. */
export function izeChoice(word: string): 'ise' | 'ize' | undefined {
  const w = word.toLowerCase();
  const ise = ISE_FORM.exec(w);
  if (ise && !ISE_ALWAYS.has(`${ise[1]}ise`) && !ISE_ALWAYS.has(w)) return 'ise';
  const ize = IZE_FORM.exec(w);
  if (ize && !IZE_ALWAYS.has(`${ize[1]}ize`) && !IZE_ALWAYS.has(w)) return 'ize';
  return undefined;
}

/** "programme(s)" or "program(s)": the one word whose spelling is a house-style flag on its own. */
export function programmeChoice(word: string): 'programme' | 'program' | undefined {
  const w = word.toLowerCase();
  if (w === 'programme' || w === 'programmes') return 'programme';
  if (w === 'program' || w === 'programs') return 'program';
  return undefined;
}

/** The American spelling of a word, or undefined when it has no British/American difference. */
// Asked by the name matchers for every word that differs from a known name's word (lint after lint, the same
// pairs), and by the glued-word check: a lower-casing and a dozen regex tests each time. Remembered (bounded).
const americanSpellingMemo = new WordMemo<string | null>();

export function americanSpelling(word: string): string | undefined {
  let a = americanSpellingMemo.get(word);
  if (a === undefined) {
    a = americanSpellingUncached(word) ?? null;
    americanSpellingMemo.set(word, a);
  }
  return a ?? undefined;
}

function americanSpellingUncached(word: string): string | undefined {
  const w = word.toLowerCase();
  if (programmeChoice(w) === 'programme') return w.replace('programme', 'program');
  if (izeChoice(w) === 'ise') return w.replace(ISE_FORM, '$1iz$2');
  for (const [re, rep] of PER_WORD_BRITISH) if (re.test(w)) return w.replace(re, rep);
  return undefined;
}

/** The other spelling of a word, keeping its case: "Programme" <-> "Program", "organise" <-> "organize". */
export function respell(word: string, to: 'british' | 'american'): string {
  let w = word;
  if (programmeChoice(w)) w = to === 'american' ? w.replace(/mme(s?)$/i, (_m, s2: string) => 'm' + s2) : w.replace(/m(s?)$/i, (_m, s2: string) => 'mme' + s2);
  else if (to === 'american') w = w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1');
  else w = w.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1');
  return w;
}


export interface StyleScanOptions {
  /** Which lower-case words to check for capitalization ("customs"); all standalone words when absent. */
  caseWords?: Set<string>;
}

/** Two-word sequences whose joined form is another word, not a spelling of the same one ("any one" / "anyone"). */
const SPLIT_OPENERS = new Set(['a', 'an', 'the', 'any', 'every', 'some', 'may', 'no', 'all', 'in', 'on', 'into', 'to', 'at', 'of', 'for', 'by', 'with', 'over', 'under', 'out', 'up', 'each', 'it', 'is', 'be', 'not', 'can', 'cannot', 'what', 'who', 'how', 'where', 'when', 'there', 'here', 'some', 'him', 'her', 'them', 'your', 'our', 'their', 'its', 'my', 'his']);

// "are a" is not "area" written apart: no compound ends in a one-letter word ("a", "I").
const isOneLetter = (w: string) => w.length === 1;

// Cheap gates before the per-word spelling checks.
const BRITISH_ENDING = /(?:ys(?:e|es|ed|ing)|our(?:s|ed|ing|ite|ites|able|hood|hoods|ful|al|er|ers)?|tre|tres|logue|logues|ll(?:ed|ing|er|ers)|(?:defen|licen|offen|preten)ces?)$/;
const IZE_GATE = /i[sz](?:e|es|ed|ing|ation|ations|er|ers)$/;
const WORD = /^[A-Za-zÀ-ÿ-]+$/;
const ACCENTED = /[À-ÿ]/;

/** A word of lower-case ASCII letters only ("percent", not "e-commerce" or "Customs"). */
function isLowerAlpha(w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

// The American form of a British spelling (undefined: not one). Part of a word's remembered facts (factsOf).
function americanOfBritishWord(lower: string): string | undefined {
  if (!BRITISH_ENDING.test(lower)) return undefined;
  const american = americanSpelling(lower);
  return american && american !== lower && !isEnglishWord(lower) && isEnglishWord(american) ? american : undefined;
}

/**
 * A 16-bit number per (first two letters, last two letters, length) of a word: a cheap test before building a
 * two-word key that is looked up. (First and last letter alone matched a pair in most drafts.)
 */
const joinSignature = (c0: number, c1: number, y: number, z: number, length: number) => (((((c0 * 31 + (c1 | 0)) | 0) * 31 + (y | 0)) | 0) * 31 + z + length * 7919) & 0xffff;
/** The signature of one word, or of two written apart as if joined (the same as the joined word's). */
const wordSignature = (w: string) => joinSignature(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1), w.length);
const pairSignature = (a: string, b: string) =>
  joinSignature(a.charCodeAt(0), a.length > 1 ? a.charCodeAt(1) : b.charCodeAt(0), b.length > 1 ? b.charCodeAt(b.length - 2) : a.charCodeAt(a.length - 1), b.charCodeAt(b.length - 1), a.length + b.length);

// The signatures of a scanned text's words, as bits: set by a scan and cleared at its end (scans never overlap:
// nothing inside awaits). A bit left set by a scan that threw only lets more pairs through to the exact test.
const signatureBits = new Uint32Array(0x10000 >>> 5);
const markSignature = (sig: number) => (signatureBits[sig >>> 5] |= 1 << (sig & 31));
const hasSignature = (sig: number) => (signatureBits[sig >>> 5] & (1 << (sig & 31))) !== 0;

/**
 * What the style scan asks about a word on its own (regex tests, lower-casing, signal names), remembered per
 * word: every token of every draft was put through some ten tests and string joins. Bounded: a server runs for days.
 */
export interface WordFacts {
  /** "dots:US" for "U.S." (dotted) or "US" (plain). */
  dots?: [signal: string, variant: string];
  /** "dot:Dr" for "Dr." or "Dr" (counted only before a capitalized word). */
  honorific?: [signal: string, variant: string];
  /** Letters (and hyphens) only: the spelling, hyphenation, accent and case checks apply. */
  word: boolean;
  /** programme/program and -ise/-ize: draft-wide spelling choices. */
  spelling?: [signal: string, variant: string];
  hyphenated: boolean;
  /** A hyphenated title word ("Secretary-General"): the case-hyphen rule's business. */
  titleHyphen: boolean;
  /** The lower-case word without its hyphens. */
  unhyphenated: string;
  accented: boolean;
  /** The lower-case word without diacritics. */
  plain: string;
  lowerAlpha: boolean;
  /** ASCII letters only, in either case. */
  asciiLetters: boolean;
  /** ASCII letters, not all upper case: its capitalization can be a style choice. */
  caseShape: boolean;
  /** The American form when the word is a British spelling ("labour" -> "labor"). */
  american: string | undefined;
  /** wordSignature of the lower-case word. */
  signature: number;
}

// Computed once per written word: kept on its record (text/wordRecords.ts).
function factsOf(w: string, lower: string): WordFacts {
  const c0 = w.charCodeAt(0);
  const upper0 = c0 >= 65 && c0 <= 90;
  let dots: WordFacts['dots'];
  if (upper0 && w.length >= 4 && w.charCodeAt(1) === 46 && /^(?:[A-Z]\.){2,}$/.test(w)) dots = [`dots:${w.replace(/\./g, '')}`, 'dotted'];
  else if (upper0 && w.length <= 3 && w.length >= 2 && /^[A-Z]{2,3}$/.test(w)) dots = [`dots:${w}`, 'plain'];
  let honorific: WordFacts['honorific'];
  if (w.length <= 4) {
    const bare = w.replace(/\.$/, '');
    if (HONORIFICS.has(bare.toLowerCase()) && bare.length <= 3) honorific = [`dot:${bare}`, w.endsWith('.') ? 'dotted' : 'plain'];
  }
  const prog = lower.startsWith('program') ? programmeChoice(lower) : undefined;
  const ize = !prog && IZE_GATE.test(lower) ? izeChoice(lower) : undefined;
  const hyphenated = w.includes('-');
  const accented = ACCENTED.test(w);
  const asciiLetters = /^[a-z]+$/i.test(w);
  return {
    dots,
    honorific,
    word: WORD.test(w),
    spelling: prog ? ['spelling:programme', prog === 'programme' ? 'british' : 'american'] : ize ? ['spelling:ize', ize === 'ise' ? 'british' : 'american'] : undefined,
    hyphenated,
    titleHyphen: hyphenated && isTitleWord(w),
    unhyphenated: hyphenated ? lower.replace(/-/g, '') : lower,
    accented,
    plain: accented ? withoutDiacritics(lower) : lower,
    lowerAlpha: isLowerAlpha(lower),
    asciiLetters,
    // A function word's capital is a sentence's start or a name's first word ("The Hague"), never a style choice.
    caseShape: asciiLetters && w !== w.toUpperCase() && !FUNCTION_WORDS.has(lower),
    american: americanOfBritishWord(lower),
    signature: wordSignature(lower),
  };
}

/** Whether a connector of another language ("des", "für", "voor") stands within two words of token i. */
function nearOtherLanguageConnector(toks: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 2); k <= Math.min(toks.length - 1, i + 2); k++) {
    if (k !== i && OTHER_LANGUAGE_CONNECTORS.has(toks[k].lower) && !ENGLISH_TOO.has(toks[k].lower)) return true;
  }
  return false;
}
const SOFTWARE_WORDS = new Set(['computer', 'software']);

// Connectors that are also English words ("per cent", "do", "I").
const ENGLISH_TOO = new Set(['per', 'do', 'die', 'i', 'e', 'pro']);

export function findStyleOccurrences(text: string, sentences: Sentence[], options: StyleScanOptions = {}): StyleOccurrence[] {
  const out: StyleOccurrence[] = [];
  const seenHyphenated = new Set<string>();
  const seenAccented = new Set<string>();
  // American spellings worth recording: those whose British form is in the same text ("labour" -> "labor").
  const americanOfBritish = new Map<string, string>();
  // One word written joined, hyphenated or as two words ("percent" / "per cent", "e-commerce" / "ecommerce").
  // (Listed, not hashed: asked only where a pair's signature matches, which few pairs do.)
  const joinedWordList: string[] = [];
  let joinedWords: Set<string> | undefined;
  const spacedPairs = new Set<string>();
  // Each token's facts, looked up once here and read by position in the passes below (in document order).
  const facts: WordFacts[] = [];
  for (const s of sentences) {
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k];
      const lower = t.lower;
      const f = (t.word.styleFacts ??= factsOf(t.base, lower));
      facts.push(f);
      if (f.lowerAlpha) {
        joinedWordList.push(lower);
        markSignature(f.signature);
      }
      if (f.hyphenated) seenHyphenated.add(f.unhyphenated);
      if (f.accented) seenAccented.add(f.plain);
      if (f.american) americanOfBritish.set(lower, f.american);
    }
  }
  for (const w of seenHyphenated) markSignature(wordSignature(w));
  // Two words written apart whose joined form is also in the text: only those pairs are worth a key.
  for (let si = 0, at = 0; si < sentences.length; at += sentences[si].tokens.length, si++) {
    const toks = sentences[si].tokens;
    for (let k = 0; k + 1 < toks.length; k++) {
      const t = toks[k];
      const next = toks[k + 1];
      if (t.after !== '' || !hasSignature(pairSignature(t.lower, next.lower))) continue;
      if (facts[at + k].lowerAlpha && facts[at + k + 1].lowerAlpha && !SPLIT_OPENERS.has(t.lower) && !isOneLetter(next.lower)) spacedPairs.add(t.lower + next.lower);
    }
  }
  const americanForms = new Set(americanOfBritish.values());

  let t: Token;
  const push = (signal: string, variant: string, start = t.start, end = t.baseEnd) =>
    out.push({ signal, variant, start, end, text: text.slice(start, end) });
  for (let si = 0, at = 0; si < sentences.length; at += sentences[si].tokens.length, si++) {
    const s = sentences[si];
    const toks = s.tokens;
    let chunkSize: Map<number, number> | undefined;
    for (let i = 0; i < toks.length; i++) {
      t = toks[i];
      const w = t.base;
      const lower = t.lower;
      const f = facts[at + i];
      // Dotted abbreviations: "U.S." vs "US".
      if (f.dots) push(f.dots[0], f.dots[1]);
      // A percentage: "91%" vs "91 per cent" vs "91 percent" (with its number, so a fix can rewrite it whole).
      const c0 = w.charCodeAt(0);
      if (c0 >= 48 && c0 <= 57) {
        const next = toks[i + 1];
        if (t.after.startsWith('%') && text.charCodeAt(t.end) === 37) push('percent:percent', 'sign', t.start, t.end + 1);
        else if (next && t.after === '' && next.lower === 'percent') push('percent:percent', 'percent', t.start, next.baseEnd);
        else if (next && t.after === '' && next.lower === 'per' && next.after === '' && toks[i + 2]?.lower === 'cent') push('percent:percent', 'per cent', t.start, toks[i + 2].baseEnd);
      }
      // Courtesy titles: "Dr." vs "Dr" before a name.
      // Not after another one ("Prof. Dr. Klaus Ehrenfeld"): the pair is that person's own style.
      if (f.honorific && toks[i + 1] && isCapitalized(toks[i + 1].text) && !(i > 0 && HONORIFICS.has(toks[i - 1].lower.replace(/\.$/, '')))) push(f.honorific[0], f.honorific[1]);
      if (!f.word) continue;
      // British/American spelling: -ise/-ize and programme/program as draft-wide choices, other words one by one.
      // British English writes "programme" but a "computer program": software says nothing about the choice.
      if (f.spelling) {
        const software = f.spelling[1] === 'american' && f.spelling[0] === 'spelling:programme' && i > 0 && SOFTWARE_WORDS.has(toks[i - 1].lower);
        // "Denise", "Mkhize": a name that only looks like an -ise or -ize verb (no "denize" or "mkhize" in English).
        const nameLikeIze = f.spelling[0] === 'spelling:ize' && isCapitalized(w) && !isCommonWord(lower.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'));
        if (!software && !nameLikeIze) push(f.spelling[0], f.spelling[1]);
      }
      else if (americanOfBritish.size && americanOfBritish.has(lower)) push(`spelling:${americanOfBritish.get(lower)}`, 'british');
      else if (americanForms.size && americanForms.has(lower)) push(`spelling:${lower}`, 'american');
      // Hyphenation: "e-commerce" vs "ecommerce" (and "cross border" vs "cross-border").
      // Title hyphenation belongs to each organization's style (the case-hyphen rule), not to the draft.
      if (f.titleHyphen) continue;
      if (f.hyphenated) push(`hyphen:${f.unhyphenated}`, 'hyphenated');
      else if ((seenHyphenated.size && seenHyphenated.has(lower)) || (spacedPairs.size && spacedPairs.has(lower))) push(`hyphen:${lower}`, 'joined');
      const next = toks[i + 1];
      if (next && t.after === '' && hasSignature(pairSignature(lower, next.lower)) && !f.hyphenated && facts[at + i + 1].asciiLetters && !SPLIT_OPENERS.has(lower) && !isOneLetter(next.lower)) {
        const key = lower + next.lower;
        if (seenHyphenated.has(key) || (joinedWords ??= new Set(joinedWordList)).has(key)) push(`hyphen:${key}`, 'spaced', t.start, next.baseEnd);
      }
      // Diacritics: "Communiqué" vs "Communique"; not a word of a name in another language ("Observatoire
      // régional des pêches").
      if (seenAccented.size && !nearOtherLanguageConnector(toks, i)) {
        if (f.plain !== lower) push(`accent:${f.plain}`, 'accented');
        else if (seenAccented.has(lower)) push(`accent:${lower}`, 'plain');
      }
      // Capitalization of a common noun standing alone mid-sentence: "Customs" vs "customs".
      // Not a title word: "Secretary Raghavan" and "as secretary of the ministry" are both right.
      if (!t.sentenceStart && (!options.caseWords || options.caseWords.has(lower)) && f.caseShape && !isTitleWord(w)) {
        if (!chunkSize) {
          chunkSize = new Map<number, number>();
          for (const c of chunksOf(s)) for (const x of c.tokens) chunkSize.set(x.start, c.tokens.length);
        }
        // Alone: not one word of a longer capitalized name ("SAFE Framework of Standards").
        // "the Customs 2013 programme": a capitalized word before a number names something.
        const named = !!toks[i + 1] && /^\d/.test(toks[i + 1].text);
        const alone = !named && (chunkSize.get(t.start) ?? 1) === 1 && !(i >= 2 && NAME_CONNECTORS.has(toks[i - 1].text.toLowerCase()) && isCapitalized(toks[i - 2].text) && toks[i - 2].after === '');
        // After a quote mark, a parenthesis, a dash or a colon a capital can open a sentence ("Ohio, May 7, 2019 – The").
        // After a title and a comma it names the title's field ("Vice President, Engineering").
        const fieldOfTitle = i > 0 && toks[i - 1].after === ',' && isTitleWordToken(toks[i - 1]);
        // "4. Applications open ...": an item of a numbered list opens like a sentence.
        // ... and so does the word after a number that ends a sentence ("calling 101. In an emergency").
        const listItem = (i === 1 && /^\d{1,2}[.)]$/.test(toks[0].text + toks[0].after)) || (i > 0 && /^\d[\d,]*\.$/.test(toks[i - 1].text));
        if (alone && !fieldOfTitle && !listItem && !/[“"‘(–—:]$/.test(t.before)) push(`case:${lower}`, isCapitalized(w) ? 'capitalized' : 'lower');
      }
    }
  }
  signatureBits.fill(0);
  return out;
}

/** Signals with more than one variant: signal -> variant -> occurrences. */
export function groupVariants(occ: StyleOccurrence[]): Map<string, Map<string, StyleOccurrence[]>> {
  const bySignal = new Map<string, Map<string, StyleOccurrence[]>>();
  for (const o of occ) {
    let m = bySignal.get(o.signal);
    if (!m) bySignal.set(o.signal, (m = new Map()));
    const list = m.get(o.variant);
    if (list) list.push(o);
    else m.set(o.variant, [o]);
  }
  return bySignal;
}

/** Per-document style summary for the term base: only signals where the document made a visible choice. */
export function summarizeStyle(occ: StyleOccurrence[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [signal, variants] of groupVariants(occ)) {
    const family = signal.slice(0, signal.indexOf(':'));
    const word = signal.slice(signal.indexOf(':') + 1);
    const meaningful =
      variants.size > 1 ||
      (family === 'dots' && (variants.has('dotted') || isUniversalPlain(word))) ||
      signal === 'spelling:programme' || signal === 'spelling:ize' ||
      (family === 'spelling' && variants.has('british')) ||
      (family === 'hyphen' && variants.has('hyphenated')) ||
      (family === 'accent' && variants.has('accented')) ||
      family === 'dot' ||
      // A common noun capitalized on its own ("the role of Customs"): a house-style choice.
      (family === 'case' && variants.has('capitalized') && isCommonWord(word));
    if (!meaningful) continue;
    if (family === 'case' && !variants.has('capitalized')) continue;
    if (family === 'dots' && !variants.has('dotted') && !isUniversalPlain(word)) continue;
    out[signal] = Object.fromEntries([...variants].map(([v, list]) => [v, list.length] as const).sort());
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Plain two- and three-letter abbreviations only count as a dots choice for country-like ones ("US", "UK"). */
function isUniversalPlain(word: string): boolean {
  return word.length === 2;
}
