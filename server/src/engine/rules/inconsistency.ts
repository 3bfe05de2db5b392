// inconsistency: two forms of one term in one draft, each fine alone ("US" in a "U.S." draft, "Program" in a
// "Programme" draft, "organise" in an "-ize" draft, "Customs"/"customs", two accepted names of one programme).
// The minority form is flagged and fixed to the majority; a tie is left alone.
import type { TermBase } from '../types';
import type { Rule, Finding } from './ruleTypes';
import { matchCase } from './ruleTypes';
import { findStyleOccurrences, groupVariants, respell, type StyleOccurrence } from '../style/styleVariants';
import { matchForms, nameErrorMatches } from './formMatching';
import { programmeFormsIn, nested } from './programmeForms';
import { inQuotedTitle, lineKindAt, type Draft } from '../draft/parseDraft';
import { isCapitalized } from '../text/chunks';
import { classifyName } from '../lexicon/classifyName';
import { NAME_CONNECTORS } from '../lexicon/roleWords';
import { FUNCTION_WORDS, looksLikeParticiple } from '../lexicon/functionWords';
import { formKey } from '../text/normalize';

const FAMILY_NAMES: Record<string, string> = {
  dots: 'abbreviation',
  dot: 'courtesy title',
  spelling: 'spelling',
  hyphen: 'hyphenation',
  accent: 'accent',
  case: 'capitalization',
  percent: 'percentage',
};

export const checkInconsistency: Rule = ({ draft, index }) => {
  const text = draft.text;
  const out: Finding[] = [];
  // Official names keep their own spelling ("UN Harbour Care Programme" in a "program" draft), and so does a
  // name the other rules fix into one ("Blue Harbur Programme"): it counts neither before its fix nor after.
  const named = new Set(nameErrorMatches(draft, index));
  const orgSpans = matchForms(draft, index, ['organization', 'programme'])
    .filter((m) => named.has(m) || m.diffs.every((d) => d === 'same' || d === 'style' || d === 'case' || d === 'hyphen'))
    .map((m) => ({ start: m.tokens[0].start, end: m.tokens[m.tokens.length - 1].end }));
  const inOrgName = (o: StyleOccurrence) => orgSpans.some((s) => o.start >= s.start && o.end <= s.end);
  const hasBody = draft.lineKinds.includes('body');
  const occurrences = findStyleOccurrences(text, draft.sentences, { caseWords: index.caseStyleWords }).filter((o) => {
    // ... and hyphens: "the Last-Mile Alert Program" says nothing about "the last mile" in prose.
    if ((o.signal.startsWith('spelling:') || o.signal.startsWith('hyphen:')) && inOrgName(o)) return false;
    if (index.accepted.size && index.accepted.has(formKey(o.text))) return false;
    // A headline has its own capitals and hyphens ("Reports First-Quarter 2022 Results"); a text of one line is
    // all body.
    if ((o.signal.startsWith('case:') || o.signal.startsWith('hyphen:')) && hasBody && lineKindAt(draft, o.start) === 'headline') return false;
    return !inQuotedTitle(draft, o.start, o.end);
  });
  const afterThe = (o: StyleOccurrence) => /\bthe\s+$/i.test(text.slice(Math.max(0, o.start - 6), o.start));
  for (const [signal, variants] of groupVariants(occurrences)) {
    if (variants.size < 2) continue;
    // "the Company" (the house itself, a defined term) next to "a company" (any): meaning, not style.
    if (signal.startsWith('case:') && variants.get('capitalized')?.every(afterThe) && variants.get('lower')?.some((o) => !afterThe(o))) continue;
    // A word the corpus always capitalizes is settled by the corpus (the case-hyphen rule), not by the draft's majority.
    if (signal.startsWith('case:') && index.houseCapitals.has(signal.slice(5))) continue;
    if (signal.startsWith('hyphen:') && oneCompoundTwoUses(draft, variants)) continue;
    // A word the corpus itself writes both ways in one release names two things ("Québec" the city, "Quebec" the
    // province): both are right.
    if (signal.startsWith('accent:') && index.accentsBothWays.has(signal.slice(7))) continue;
    const ranked = [...variants].sort((a, b) => b[1].length - a[1].length);
    // A clear majority only: at least two, and more than any other form; or, for a tie ("organisation" once,
    // "organization" once), the form the corpus always writes.
    const tie = ranked[0][1].length === ranked[1][1].length;
    // Only for spelling (-ise/-ize, "programme") and for a one-word compound the corpus never hyphenates
    // ("cybersecurity"): an accent, a capital or another hyphen can mean another name or use.
    const house = !tie ? undefined : signal.startsWith('spelling:') ? houseVariant(index.tb, signal) : signal.startsWith('hyphen:') && index.joinedCompounds.has(signal.slice(7)) ? 'joined' : undefined;
    if (house && variants.has(house)) ranked.sort((a, b) => (b[0] === house ? 1 : 0) - (a[0] === house ? 1 : 0));
    else if (tie || ranked[0][1].length < 2) continue;
    const [majorityVariant, majority] = ranked[0];
    const family = signal.slice(0, signal.indexOf(':'));
    for (const [, list] of ranked.slice(1)) {
      for (const o of list) {
        // The names of organizations and programmes the corpus does not know keep their own way too ("Organisation
        // for Economic Co-operation and Development" in an "-ize", "cooperation" draft), though they still show
        // which way the draft leans ("UN Development Programme" next to "programmes" and one "programs").
        if ((family === 'spelling' || family === 'hyphen') && isCapitalized(o.text) && inUnknownName(draft, o)) continue;
        // Settled by the corpus rather than by the draft, a capitalized word may be a name's own spelling.
        if (house && isCapitalized(o.text)) continue;
        // A country's abbreviation that ends a name ("Innovate UK", "Cancer Research UK") is the name's own.
        if (family === 'dots' && endsName(draft, o)) continue;
        const fix = fixFor(family, o, majorityVariant, majority);
        if (!fix || fix === o.text) continue;
        out.push({
          ruleId: 'inconsistency',
          start: o.start,
          end: o.end,
          message: house
            ? `This draft writes both '${majority[0].text}' and '${o.text}' (${FAMILY_NAMES[family] ?? family}); the corpus writes '${majority[0].text}': use one form.`
            : `This draft writes '${majority[0].text}' ${majority.length} times and '${o.text}' ${list.length === 1 ? 'once' : `${list.length} times`} (${FAMILY_NAMES[family] ?? family}): use one form.`,
          suggestions: [fix],
        });
      }
    }
  }
  out.push(...programmeFormInconsistency({ draft, index, tb: index.tb }));
  return out;
};

// The corpus's totals per style signal and variant, summed once per term base (a large corpus has thousands of
// documents; a tie in a draft must not walk them all).
const houseTotals = new WeakMap<TermBase, Map<string, Map<string, number>>>();

/** The variant of a style signal the corpus always writes (three times or more, never another), or undefined. */
function houseVariant(tb: TermBase, signal: string): string | undefined {
  let totals = houseTotals.get(tb);
  if (!totals) {
    totals = new Map();
    for (const d of tb.houseStyle) {
      for (const [sig, variants] of Object.entries(d.signals)) {
        let m = totals.get(sig);
        if (!m) totals.set(sig, (m = new Map()));
        for (const [v, n] of Object.entries(variants)) m.set(v, (m.get(v) ?? 0) + n);
      }
    }
    houseTotals.set(tb, totals);
  }
  const counts = totals.get(signal);
  if (!counts) return signal.startsWith('spelling:') ? houseDialect(totals) : undefined;
  if (counts.size !== 1) return undefined;
  const [[v, n]] = counts;
  return n >= 3 ? v : undefined;
}

/**
 * A word the corpus never writes either way ("centre"/"center") follows the corpus's spelling at large: its
 * -ise/-ize, its "programme", its other words, when nine in ten of them, and five or more, are of one side.
 */
function houseDialect(totals: Map<string, Map<string, number>>): string | undefined {
  // Once per term base (its totals): a large corpus has thousands of signals.
  if (dialectOf.has(totals)) return dialectOf.get(totals);
  const d = dialectOfTotals(totals);
  dialectOf.set(totals, d);
  return d;
}
const dialectOf = new WeakMap<Map<string, Map<string, number>>, string | undefined>();

function dialectOfTotals(totals: Map<string, Map<string, number>>): string | undefined {
  let british = 0;
  let american = 0;
  for (const [sig, m] of totals) {
    if (!sig.startsWith('spelling:')) continue;
    british += m.get('british') ?? 0;
    american += m.get('american') ?? 0;
  }
  if (british + american < 5) return undefined;
  return american >= 0.9 * (british + american) ? 'american' : british >= 0.9 * (british + american) ? 'british' : undefined;
}

/**
 * A compound written hyphenated and open, each where it belongs: before its noun and elsewhere, as style guides
 * ask ("a real-time feed", "in real time"); or capitalized in a name and in lower case in prose ("the Tide-Gauge
 * Modernization Initiative", "a tide gauge").
 */
function oneCompoundTwoUses(draft: Draft, variants: Map<string, StyleOccurrence[]>): boolean {
  const hyphenated = variants.get('hyphenated');
  const spaced = variants.get('spaced');
  if (variants.size !== 2 || !hyphenated || !spaced) return false;
  if (hyphenated.every((o) => beforeNoun(draft.text, o)) && spaced.every((o) => !beforeNoun(draft.text, o))) return true;
  const named = (list: StyleOccurrence[]) => list.every((o) => /^\p{Lu}/u.test(o.text) && !sentenceOpening(draft, o));
  const prose = (list: StyleOccurrence[]) => list.every((o) => !/^\p{Lu}/u.test(o.text));
  return (named(hyphenated) && prose(spaced)) || (named(spaced) && prose(hyphenated));
}

/**
 * Whether a word follows the occurrence with only a space between, and is not a function word ("feed", not "in")
 * nor a participle ("the second quarter ended June 30").
 */
function beforeNoun(text: string, o: StyleOccurrence): boolean {
  const next = /^ (\p{L}+)/u.exec(text.slice(o.end, o.end + 40));
  const w = next?.[1].toLowerCase();
  return !!w && !FUNCTION_WORDS.has(w) && !AUXILIARIES.has(w) && !looksLikeParticiple(w);
}
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'does', 'do', 'did']);

/** Whether the occurrence opens its sentence (its capital says nothing). */
function sentenceOpening(draft: Draft, o: StyleOccurrence): boolean {
  const si = sentenceOf(draft, o);
  return si >= 0 && draft.sentences[si].tokens[0]?.start === o.start;
}

/** The index of the sentence an occurrence is in, or -1. */
function sentenceOf(draft: Draft, o: StyleOccurrence): number {
  return draft.sentences.findIndex((s) => o.start >= s.start && o.end <= s.end);
}

/** Whether an occurrence ends a capitalized name, right after a capitalized word that is not a connector. */
function endsName(draft: Draft, o: StyleOccurrence): boolean {
  const si = sentenceOf(draft, o);
  if (si < 0) return false;
  const s = draft.sentences[si];
  const k = s.tokens.findIndex((t) => t.start === o.start);
  const prev = s.tokens[k - 1];
  return k > 0 && !prev.sentenceStart && prev.after === '' && /^[A-Z][a-z]/.test(prev.text) && !NAME_CONNECTORS.has(prev.lower);
}

/** Whether an occurrence is inside a capitalized name that reads as an organization's or a programme's. */
function inUnknownName(draft: Draft, o: StyleOccurrence): boolean {
  const si = sentenceOf(draft, o);
  return si >= 0 && draft.chunks[si].some((c) => c.tokens.length >= 2 && o.start >= c.start && o.end <= c.end && namesSomething(c.tokens.map((t) => t.base)));
}

/** The words name an organization or a programme, or do after a title and "of (the)" ("Secretary-General of the Organisation for ..."). */
function namesSomething(words: string[]): boolean {
  if (classifyName(words).kind !== 'term') return true;
  const of = words.findIndex((w, i) => i > 0 && /^of$/i.test(w));
  if (of < 0) return false;
  const rest = words.slice(/^the$/i.test(words[of + 1] ?? '') ? of + 2 : of + 1);
  return rest.length >= 2 && classifyName(rest).kind !== 'term';
}

function fixFor(family: string, o: StyleOccurrence, majorityVariant: string, majority: StyleOccurrence[]): string | undefined {
  switch (family) {
    case 'case':
      return majorityVariant === 'capitalized' ? o.text[0].toUpperCase() + o.text.slice(1) : o.text.toLowerCase();
    case 'dots':
      return majorityVariant === 'dotted' ? o.text.split('').join('.') + '.' : o.text.replace(/\./g, '');
    case 'dot':
      return majorityVariant === 'dotted' ? o.text + '.' : o.text.replace(/\.$/, '');
    case 'spelling':
      if (o.signal === 'spelling:programme' || o.signal === 'spelling:ize') return respell(o.text, majorityVariant as 'british' | 'american');
      return matchCase(majority[0].text.toLowerCase(), o.text);
    case 'hyphen':
    case 'accent':
      return matchCase(majority[0].text.toLowerCase() === majority[0].text ? majority[0].text : majority[0].text.toLowerCase(), o.text);
    case 'percent': {
      const number = /^[\d.,]+/.exec(o.text)?.[0];
      // "per cent" against "percent" is one word written apart: the hyphenation signal's fix, on the words alone.
      if (!number || (majorityVariant !== 'sign' && !o.text.endsWith('%'))) return undefined;
      return majorityVariant === 'sign' ? `${number}%` : `${number} ${majorityVariant}`;
    }
    default:
      return undefined;
  }
}

/** Two accepted names of one programme in one draft ("Blue Harbour Programme" and "Project Blue Harbour"). */
const programmeFormInconsistency: Rule = ({ draft, index }) => {
  const out: Finding[] = [];
  for (const { ranked, major } of programmeFormsIn(draft, index)) {
    if (!major) continue;
    const majorCount = ranked[0][1].length;
    for (const [form, list] of ranked.slice(1)) {
      if (nested(major, form)) continue;
      for (const s of list) {
        out.push({
          ruleId: 'inconsistency',
          start: s.start,
          end: s.end,
          message: `This draft calls the programme '${major}' ${majorCount} times and '${form}' ${list.length === 1 ? 'once' : `${list.length} times`}: use one name.`,
          suggestions: [major],
        });
      }
    }
  }
  return out;
};
