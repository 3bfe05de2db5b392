// Windowed matching of a draft's words against known multi-word forms ("Green Customs Initiative",
// "United Nations Office on Drugs and Crime"), word by word: exact, differing only in case or hyphens,
// a connector swapped ("of" for "on"), or a misspelling within the allowed edit distance.
import type { Sentence, Token } from '../text/tokenize';
import type { AnchorGroup, KnownForm, LintIndex } from '../termbase/lintIndex';
import { tokenHits, ANCHOR } from '../termbase/tokenHits';
import { draftMemoKey, memoOnDraft, type Draft } from '../draft/parseDraft';
import { withinEdits, allowedEdits, formKey, withoutDiacritics } from '../text/normalize';
import { NAME_CONNECTORS, isTitleWord, isTitleHead } from '../lexicon/roleWords';
import { isCapitalized } from '../text/chunks';
import { hasInnerCapital } from '../text/gluedWords';
import { americanSpelling } from '../style/styleVariants';
import { LEGAL_FORMS, ORGANIZATION_HEADS, sameLegalForm } from '../lexicon/entityHeads';
import { numeralValue } from '../lexicon/classifyName';
import { WordMemo } from '../text/wordMemo';

export type WordDifference = 'same' | 'case' | 'hyphen' | 'style' | 'connector' | 'typo' | 'other';

export interface FormMatch {
  form: KnownForm;
  sentence: Sentence;
  tokens: Token[];
  diffs: WordDifference[];
}

const NEEDS_KEY = /[.'’‘`\u0080-\uffff]/;

// What compareWord asks about a lower-case word, as bits, remembered per word: every draft token is compared
// with many forms, and each question (a Set or Map lookup, a regex) was asked again for every pair.
const CONNECTOR = 1;
const TITLE_HEAD = 2;
const TITLE_WORD = 4;
const HYPHEN = 8;
const KEYED = 16;
const ORG_HEAD = 32;
const wordClassMemo = new WordMemo<number>();

function wordClass(lower: string): number {
  let c = wordClassMemo.get(lower);
  if (c !== undefined) return c;
  c =
    (NAME_CONNECTORS.has(lower) ? CONNECTOR : 0) |
    (isTitleHead(lower) ? TITLE_HEAD : 0) |
    (isTitleWord(lower) ? TITLE_WORD : 0) |
    (lower.includes('-') ? HYPHEN : 0) |
    (NEEDS_KEY.test(lower) ? KEYED : 0) |
    (ORGANIZATION_HEADS.has(lower) ? ORG_HEAD : 0);
  wordClassMemo.set(lower, c);
  return c;
}

function compareWord(draftWord: string, formWord: string, dl: string, fl: string): WordDifference | undefined {
  if (draftWord === formWord) return 'same';
  if (dl === fl) return 'case';
  // Two words glued ("AuthorityWhitlow") are not a misspelling of one: a fix would drop the second.
  if (hasInnerCapital(draftWord) && !hasInnerCapital(formWord)) return undefined;
  // "Phase 2" for the corpus's "Phase II" (or the other way): the same number in the name's other style.
  if (numeralValue(draftWord) > 0 && numeralValue(draftWord) === numeralValue(formWord)) return 'typo';
  const dc = wordClass(dl);
  const fc = wordClass(fl);
  if ((dc | fc) & HYPHEN && dl.replace(/-/g, '') === fl.replace(/-/g, '')) return 'hyphen';
  // "U.S."/"US": the inconsistency rule's business. A name's word without the accent the corpus always gives it
  // ("Koura Recovery Initiative" for "Kōura ...", "Navigation intérieure") is a misspelling of the name, as a
  // person's name without its accent is.
  if ((dc | fc) & KEYED && formKey(draftWord) === formKey(formWord)) return withoutDiacritics(fl) === dl && fl !== dl ? 'typo' : 'style';
  if (dc & fc & CONNECTOR) return 'connector';
  // "Veltrane Limited" for the corpus's "Veltrane Ltd": the company's legal form written another way.
  if (sameLegalForm(dl, fl)) return 'typo';
  // "Ministries of Inland Water Transport and Tourism": the plural of a body's head noun names several bodies.
  if (fc & ORG_HEAD && (dl === fl + 's' || (fl.endsWith('y') && dl === fl.slice(0, -1) + 'ies'))) return undefined;
  if ((dc | fc) & CONNECTOR) return undefined;
  // "Minister of Agriculture" is a title, not a misspelled "Ministry of Agriculture".
  if ((dc & TITLE_HEAD) !== (fc & TITLE_HEAD)) return undefined;
  const allowed = Math.min(allowedEdits(Math.max(dl.length, fl.length)), allowedEdits(fl.length));
  if (withinEdits(dl, fl, allowed)) return 'typo';
  // A short word made plural or singular ("Aurent Seas Commission"): too short for an edit, still a slip.
  if (fl.length >= 3 && (dl === fl + 's' || fl === dl + 's') && isCapitalized(draftWord) && isCapitalized(formWord)) return 'typo';
  // Another form of the same word: "Consulting"/"Consultative", "Environmental"/"Environment".
  let p = 0;
  while (p < dl.length && p < fl.length && dl.charCodeAt(p) === fl.charCodeAt(p)) p++;
  // A title word is never a variant of a name's word ("WCO Secretary" is not "WCO Secretariat").
  if (dc & TITLE_WORD) return undefined;
  if (p >= 6 && p >= 0.6 * Math.min(dl.length, fl.length) && !((dc | fc) & HYPHEN)) return 'typo';
  // Any other capitalized word with the same initial: only acceptable inside a long name that otherwise matches
  // ("Customs and Border Patrol"); "International Air Cargo Association" is another organization.
  if (isCapitalized(draftWord) && isCapitalized(formWord) && (p > 0 || dc & fc & ORG_HEAD)) return 'other';
  return undefined;
}

// compareWord's verdicts by draft word, then form word. A draft's word is compared with the same form words
// from many forms ("Programme" ends hundreds of names in a large corpus), and a re-lint after a keystroke asks
// the same pairs again; the verdict depends on the two words only. Draft word first: its string is new on every
// lint (hashed once here), the form words' strings live as long as the index. Bounded: a server runs for days.
const verdicts = new Map<string, Map<string, WordDifference | null>>();
let verdictCount = 0;

function verdictsOf(draftWord: string): Map<string, WordDifference | null> {
  let byFormWord = verdicts.get(draftWord);
  if (byFormWord === undefined) {
    if (verdictCount > 200_000) {
      verdicts.clear();
      verdictCount = 0;
    }
    byFormWord = new Map();
    verdicts.set(draftWord, byFormWord);
  }
  return byFormWord;
}

function verdictIn(byFormWord: Map<string, WordDifference | null>, draftWord: string, formWord: string, dl: string, fl: string): WordDifference | undefined {
  if (draftWord === formWord) return 'same';
  let v = byFormWord.get(formWord);
  if (v === undefined) {
    v = compareWord(draftWord, formWord, dl, fl) ?? null;
    byFormWord.set(formWord, v);
    verdictCount++;
  }
  return v ?? undefined;
}

const FORM_MATCHES = draftMemoKey<FormMatch[]>('form matches');

/** All windows of the draft that line up with a known form of one of `kinds`, with a per-word verdict. */
export function matchForms(draft: Draft, index: LintIndex, kinds: KnownForm['kind'][]): FormMatch[] {
  const all = memoOnDraft(draft, FORM_MATCHES, () => matchAllForms(draft, index));
  return all.filter((m) => kinds.includes(m.form.kind));
}

// Which of an anchor word's groups pass the neighbour check, by the draft's word on that side: a common anchor
// ("Programme", "Network") has hundreds of groups, and the same draft words sit next to it lint after lint. The
// answer depends on the two words only (as the verdicts do); kept per group list, i.e. per lint index. Bounded.
interface PassingGroups {
  /** Draft word before the anchor -> indices (ascending) of the groups with offset -1 whose neighbour it fits. */
  before: Map<string, number[]>;
  after: Map<string, number[]>;
}
let passingMemo = new WeakMap<AnchorGroup[], PassingGroups>();
let passingCount = 0;
const NONE: number[] = [];

function passingGroups(groups: AnchorGroup[], offset: -1 | 1, word: Token): number[] {
  let memo = passingMemo.get(groups);
  if (memo === undefined) {
    memo = { before: new Map(), after: new Map() };
    passingMemo.set(groups, memo);
  }
  const bySide = offset < 0 ? memo.before : memo.after;
  let passing = bySide.get(word.base);
  if (passing !== undefined) return passing;
  const known = verdictsOf(word.base);
  passing = NONE;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    if (g.offset !== offset) continue;
    const v = verdictIn(known, word.base, g.neighbor, word.lower, g.neighborLower);
    if (v === undefined || !neighbourCanDiffer(g, v, word.lower)) continue;
    if (passing === NONE) passing = [];
    passing.push(k);
  }
  if (++passingCount > 50_000) {
    passingMemo = new WeakMap();
    passingCount = 0;
  }
  bySide.set(word.base, passing);
  return passing;
}

/**
 * Whether a neighbour differing by `v` could still be part of one of the group's forms, by compareWindow's own
 * rules: in a large term base most neighbours that pass are another capitalized word with the same initial
 * ("Silver Harvest" next to "Safe Harvest"), which only an organization's long name allows.
 */
function neighbourCanDiffer(g: AnchorGroup, v: WordDifference, draftLower: string): boolean {
  if (v === 'other') return g.otherInOrganization || ((g.programme || g.organization) && sameWordAcrossSpellings(draftLower, g.neighborLower));
  if (v === 'connector') return g.connectorInside;
  return true;
}

function matchAllForms(draft: Draft, index: LintIndex): FormMatch[] {
  const out: FormMatch[] = [];
  for (const s of draft.sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!(tokenHits(toks[i], index) & ANCHOR)) continue;
      const groups = index.anchorGroupsByWord.get(toks[i].lower)!;
      // Most windows fail on the word next to the anchor: only the groups whose neighbour that word fits, in
      // the groups' order (both sides merged), so matches come out as a scan of every group would give them.
      const before = i > 0 ? passingGroups(groups, -1, toks[i - 1]) : NONE;
      const after = i + 1 < toks.length ? passingGroups(groups, 1, toks[i + 1]) : NONE;
      for (let b = 0, a = 0; b < before.length || a < after.length; ) {
        const g = groups[a >= after.length || (b < before.length && before[b] < after[a]) ? before[b++] : after[a++]];
        for (const { form: f, pos: p } of g.anchors) {
          const n = f.lower.length;
          const start = i - p;
          if (start < 0 || start + n > toks.length) continue;
          // The same window was already tried from an earlier word of the form that matched exactly.
          if (p > 0 && matchedEarlier(toks, start, f, p)) continue;
          const diffs = compareWindow(toks, start, f);
          if (diffs) out.push({ form: f, sentence: s, tokens: toks.slice(start, start + n), diffs });
        }
      }
    }
  }
  return out;
}

function matchedEarlier(toks: Token[], start: number, f: KnownForm, p: number): boolean {
  for (let q = 0; q < p; q++) {
    const w = f.lower[q];
    if (toks[start + q].lower === w && !NAME_CONNECTORS.has(w)) return true;
  }
  return false;
}

/** Word-by-word verdicts for the window of the draft at `start` against form `f`, or undefined when it is not that name. */
export function compareWindow(toks: Token[], start: number, f: KnownForm): WordDifference[] | undefined {
  const n = f.words.length;
  // Words of one name follow each other with nothing but spaces (or "&") between them.
  for (let k = 0; k < n - 1; k++) {
    const x = toks[start + k];
    if (x.base !== x.text) return undefined;
    if (x.after !== '' && x.after !== '&' && !f.words[k].endsWith(x.after)) return undefined;
  }
  const diffs: WordDifference[] = [];
  let other = 0;
  let typo = 0;
  for (let k = 0; k < n; k++) {
    const t = toks[start + k];
    let d = verdictIn(verdictsOf(t.base), t.base, (f.bare ?? f.words)[k], t.lower, f.lower[k]);
    // A named term's number varies ("an Authorized Economic Operator"); an organization's name does not.
    if (d === 'typo' && f.programme?.countable && k === n - 1 && isPluralPair(t.lower, f.lower[k])) d = 'style';
    // Inside a programme's name, a head noun in the other number names no several bodies: a slip
    // ("Community Fisheries Partnerships Program" for "... Partnership Program").
    if (!d && f.kind === 'programme' && k > 0 && k < n - 1 && isPluralPair(t.lower, f.lower[k]) && isCapitalized(t.base)) d = 'typo';
    // "Program"/"Programme", "Authorised"/"Authorized" in a programme's name is house style (the
    // inconsistency rule's business); an organization's own name keeps its spelling ("Organisation" is wrong).
    if ((d === 'typo' || d === 'other') && f.kind === 'programme' && sameWordAcrossSpellings(t.lower, f.lower[k])) d = 'style';
    // ... and is one slip however far apart the spellings are ("National Inspection Centre" for "... Center").
    if (d === 'other' && f.kind === 'organization' && sameWordAcrossSpellings(t.lower, f.lower[k])) d = 'typo';
    if (!d) return undefined;
    // One different word is allowed only in a name of four words or more, not as its first word, the rest exact;
    // or as the head noun of a defined organization's name ("National Water Agency" for "... Authority").
    const headSwap = d === 'other' && f.kind === 'organization' && k === n - 1 && n >= 3 && !!f.organization?.acronym && ORGANIZATION_HEADS.has(t.lower) && ORGANIZATION_HEADS.has(f.lower[k]);
    // Inside a programme's long name too, one word with the same initial ("Clean Harbour Sediment Tracking Programme" for "... Testing Programme").
    const insideProgramme = f.kind === 'programme' && n >= 4 && k > 0 && k < n - 1;
    if (d === 'other' && !headSwap && !insideProgramme && (f.kind !== 'organization' || n < 4 || k === 0)) return undefined;
    // A legal form is dropped, not swapped: "Talvern Rail Technologies Launches ..." is the name without "Ltd".
    if (d === 'other' && LEGAL_FORMS.has(f.lower[k].replace(/[.,]/g, ''))) return undefined;
    // A misspelled proper name is still capitalized like one.
    if (d === 'typo' && isCapitalized(f.words[k]) && !isCapitalized(t.base) && !numeralValue(t.base)) return undefined;
    if (d === 'other') other++;
    if (d === 'typo' || d === 'connector') typo++;
    diffs.push(d);
  }
  if (other > 1 || (other && typo)) return undefined;
  // A connector swap inside the name only ("Office of Drugs"), never at its edges.
  if (diffs[0] === 'connector' || diffs[n - 1] === 'connector') return undefined;
  return diffs;
}

/** The span covering the differing words and its replacement from the form. */
export function replacementFor(text: string, m: FormMatch, which: (d: WordDifference) => boolean): { start: number; end: number; replacement: string } | undefined {
  const idx = m.diffs.map((d, i) => (which(d) ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return undefined;
  const first = idx[0];
  const last = idx[idx.length - 1];
  const start = m.tokens[first].start;
  const end = m.tokens[last].baseEnd;
  let replacement = '';
  for (let k = first; k <= last; k++) {
    replacement += which(m.diffs[k]) ? (m.form.bare ?? m.form.words)[k] : m.tokens[k].base;
    if (k < last) replacement += text.slice(m.tokens[k].baseEnd, m.tokens[k + 1].start);
  }
  return { start, end, replacement };
}

/** A word-level difference that makes a name wrong (as opposed to style). */
export const isNameError = (d: WordDifference) => d === 'typo' || d === 'connector' || d === 'other';

/**
 * Misspelled-name matches for the name rules: the longest known form wins where matches overlap, so
 * "Harbour and Custom Inspection Office" is an organization, not the programme core "Customs Inspection".
 */
export function nameErrorMatches(draft: Draft, index: LintIndex): FormMatch[] {
  const all = matchForms(draft, index, ['programme', 'organization']).filter((m) => {
    // "State Ministers on inland water transport": a name's words in lower case are prose, not the name.
    if (m.diffs.filter((d, k) => d === 'case' && m.tokens[k].text === m.tokens[k].lower).length >= 2) return false;
    const bad = m.diffs.filter(isNameError).length;
    return bad > 0 && bad <= maxTypos(m.diffs.length) && m.diffs.length - bad >= 1;
  });
  all.sort((a, b) => b.tokens.length - a.tokens.length || a.tokens[0].start - b.tokens[0].start);
  const kept: FormMatch[] = [];
  for (const m of all) {
    const s = m.tokens[0].start;
    const e = m.tokens[m.tokens.length - 1].end;
    if (kept.some((k) => s < k.tokens[k.tokens.length - 1].end && e > k.tokens[0].start)) continue;
    kept.push(m);
  }
  return kept;
}

/**
 * Whether the draft's window is a known name as written (its key is known), not the matched form with an accent
 * dropped ("Koura Recovery Initiative" for the corpus's only "Kōura Recovery Initiative": the keys agree).
 */
export function knownAsWritten(windowText: string, m: FormMatch, knownKeys: Set<string>): boolean {
  if (!knownKeys.has(formKey(windowText))) return false;
  if (!m.diffs.some((d, k) => d === 'typo' && withoutDiacritics(m.form.lower[k]) === m.tokens[k].lower && m.form.lower[k] !== m.tokens[k].lower)) return true;
  const forms = m.form.programme?.forms ?? [m.form.organization?.name ?? '', ...(m.form.organization?.variants ?? [])];
  return forms.includes(windowText);
}

/** How many misspelled words a form of this length may carry and still be recognised. */
export function maxTypos(words: number): number {
  return words <= 3 ? 1 : 2;
}

function isPluralPair(a: string, b: string): boolean {
  return a + 's' === b || b + 's' === a || a + 'es' === b || b + 'es' === a;
}

function sameWordAcrossSpellings(a: string, b: string): boolean {
  const aa = americanSpelling(a) ?? a;
  const bb = americanSpelling(b) ?? b;
  return aa === bb;
}
