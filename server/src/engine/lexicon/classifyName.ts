// What a capitalized name names, from its English head noun: "Department of Water Resources" is headed by
// "Department" (an organization), "Strategy for Global Supply Chain Security" by "Strategy" (a programme).
import { isTitleWord } from './roleWords';
import { ORGANIZATION_HEADS, DEFINED_ORGANIZATION_HEADS, PROGRAMME_HEADS, LEADING_PROGRAMME_HEADS, LEGAL_FORMS, OPENING_ORGANIZATION_HEADS, singular, type ProgrammeHeadKind } from './entityHeads';
import { OTHER_LANGUAGE_CONNECTORS } from './functionWords';
import { withoutDiacritics } from '../text/normalize';

export type NameKind = { kind: 'organization' } | { kind: 'programme'; programmeKind: ProgrammeHeadKind } | { kind: 'term' };

const HEAD_STOPPERS = new Set(['of', 'for', 'on', 'to', 'against', 'in']);

/** A number ending a name, in digits or Roman numerals ("Phase II", "Atlas 2"). */
export const isNameNumeral = (w: string) => /^(?:\d{1,3}|[IVX]{1,5})$/.test(w);
const PHASE_WORDS = new Set(['phase', 'stage', 'part', 'round']);

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The value of a number written in digits (up to 99) or Roman numerals (up to 39); 0: not one. */
export function numeralValue(w: string): number {
  if (/^\d{1,2}$/.test(w)) return Number(w);
  if (!/^[IVX]{1,6}$/.test(w)) return 0;
  let v = 0;
  for (let i = 0; i < w.length; i++) {
    const c = ROMAN[w[i]];
    v += i + 1 < w.length && c < ROMAN[w[i + 1]] ? -c : c;
  }
  return v;
}


/** The head word of a name: the last word before the first "of/for/on/to", else the last word ("Phase II" aside). */
export function headWord(words: string[]): string | undefined {
  const stop = words.findIndex((w, i) => i > 0 && HEAD_STOPPERS.has(w.toLowerCase()));
  let end = stop > 0 ? stop : words.length;
  // "Port Upgrade Scheme Phase II": the name's head comes before its phase.
  if (end >= 3 && isNameNumeral(words[end - 1]) && PHASE_WORDS.has(words[end - 2].toLowerCase())) end -= 2;
  const head = words[end - 1];
  return head?.replace(/['’]s?$/, '');
}


// Connectors of other languages that English names use too.
const ENGLISH_CONNECTORS = new Set(['per', 'i', 'e', 'pro', 'de', 'la', 'le', 'da', 'y']);

/** `defined`: the name comes with an acronym definition, which lets weaker heads count. */
export function classifyName(words: string[], defined = false): NameKind {
  if (!words.length) return { kind: 'term' };
  const first = words[0].toLowerCase();
  // "Inc. and Kestrel Rail Ltd": a run of capitals after one company's legal form is not a name that opens with it.
  if (LEGAL_FORMS.has(first.replace(/\.$/, ''))) return { kind: 'term' };
  if (words.length >= 2 && LEADING_PROGRAMME_HEADS.has(first)) {
    return { kind: 'programme', programmeKind: PROGRAMME_HEADS.get(first)! };
  }
  // "Agence Nationale de Nutrition", "Croissant-Rouge du Liptako": in other languages the head opens the name (a
  // head English shares, "Office", "Union", only with another language's connector in the name).
  const plainFirst = withoutDiacritics(first);
  if (words.length >= 2 && OPENING_ORGANIZATION_HEADS.has(plainFirst) && (!ORGANIZATION_HEADS.has(first) || words.some((w) => OTHER_LANGUAGE_CONNECTORS.has(w.toLowerCase()) && !ENGLISH_CONNECTORS.has(w.toLowerCase())))) {
    return { kind: 'organization' };
  }
  const head = headWord(words);
  if (!head) return { kind: 'term' };
  const byHead = kindOfHead(head.toLowerCase(), words, defined);
  if (byHead.kind !== 'term') return byHead;
  // "Safe Streets for All Initiative": the words before "for" head nothing; the name's last word does.
  const last = words[words.length - 1].replace(/['’]s?$/, '').toLowerCase();
  // Only across "for", "in" and "to" ("Women in Enterprise Facility", "Pathways to Research Scholars Program");
  // "Session of the Policy Commission" is a meeting, "Director for Trade Centre" a title.
  const stop = words.findIndex((w, i) => i > 0 && HEAD_STOPPERS.has(w.toLowerCase()));
  const acrossFor = stop > 0 && /^(?:for|in|to)$/i.test(words[stop]) && !/^the$/i.test(words[stop + 1] ?? '');
  if (acrossFor && words.length >= 4 && last !== head.toLowerCase() && !isTitleWord(head) && (PROGRAMME_HEADS.has(last) || ORGANIZATION_HEADS.has(last))) return kindOfHead(last, words, defined);
  return byHead;
}

function kindOfHead(h: string, words: string[], defined: boolean): NameKind {
  const p = PROGRAMME_HEADS.get(h) ?? PROGRAMME_HEADS.get(singular(h));
  if (p) return { kind: 'programme', programmeKind: p };
  if (ORGANIZATION_HEADS.has(h) || ORGANIZATION_HEADS.has(singular(h))) return { kind: 'organization' };
  if (words.length >= 2 && LEGAL_FORMS.has(words[words.length - 1].replace(/\.$/, '').toLowerCase())) return { kind: 'organization' };
  if (defined && DEFINED_ORGANIZATION_HEADS.has(h)) return { kind: 'organization' };
  return { kind: 'term' };
}
