// House-style variants: the same word written two ways. A corpus shows each organization's choices; inside
// one draft, two forms of one word is the error (the `inconsistency` rule). The families are spelling
// conventions of English, not anyone's vocabulary:
//   dotted abbreviations (U.S./US), British/American spelling (programme/program, -ise/-ize, centre/center),
//   hyphenation (e-commerce/ecommerce), diacritics (Communiqué/Communique), courtesy-title dots (Dr./Dr),
//   capitalization of a common noun mid-sentence (Customs/customs).
import type { Sentence, Token } from '../text/tokenize';
import { isCapitalized } from '../text/chunks';
import { HONORIFICS, NAME_CONNECTORS } from '../lexicon/roleWords';

export interface StyleOccurrence {
  /** Which word this is about, e.g. "spelling:program", "dots:US", "case:customs". */
  signal: string;
  /** How it is written here (normalized), e.g. "programme", "U.S.", "Customs". */
  variant: string;
  start: number;
  end: number;
  text: string;
}

const BRITISH_TO_AMERICAN: [RegExp, string][] = [
  [/(gra)mme(s?)$/, '$1m$2'],
  [/([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'],
  [/([a-z]{3,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/([a-z]{3,}[^aeiou])our(s|ed|ing|ite|ites|able)?$/, '$1or$2'],
  [/([a-z]{2,}[^aeiou])tre(s)?$/, '$1ter$2'],
  [/([a-z]{3,})logue(s)?$/, '$1log$2'],
  [/([a-z]{3,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/(defen|licen|offen|preten)ce(s)?$/, '$1se$2'],
];

/** The American spelling of a word, or undefined when it has no British/American difference. */
export function americanSpelling(word: string): string | undefined {
  const w = word.toLowerCase();
  for (const [re, rep] of BRITISH_TO_AMERICAN) if (re.test(w)) return w.replace(re, rep);
  return undefined;
}

const stripDiacritics = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export function findStyleOccurrences(text: string, sentences: Sentence[]): StyleOccurrence[] {
  const out: StyleOccurrence[] = [];
  const seenHyphenated = new Set<string>();
  for (const s of sentences) for (const t of s.tokens) if (t.base.includes('-')) seenHyphenated.add(t.base.toLowerCase().replace(/-/g, ''));

  for (const s of sentences) {
    const toks = s.tokens;
    toks.forEach((t, i) => {
      const w = t.base;
      const push = (signal: string, variant: string, start = t.start, end = t.baseEnd) =>
        out.push({ signal, variant, start, end, text: text.slice(start, end) });
      // Dotted abbreviations: "U.S." vs "US".
      if (/^(?:[A-Z]\.){2,}$/.test(w)) push(`dots:${w.replace(/\./g, '')}`, 'dotted');
      else if (/^[A-Z]{2,3}$/.test(w)) push(`dots:${w}`, 'plain');
      // Courtesy titles: "Dr." vs "Dr" before a name.
      const bare = w.replace(/\.$/, '');
      if (HONORIFICS.has(bare.toLowerCase()) && toks[i + 1] && isCapitalized(toks[i + 1].text) && bare.length <= 3) {
        push(`dot:${bare}`, w.endsWith('.') ? 'dotted' : 'plain');
      }
      if (!/^[A-Za-zÀ-ÿ-]+$/.test(w)) return;
      const lower = w.toLowerCase();
      // British/American spelling.
      const american = americanSpelling(lower);
      if (american && american !== lower) push(`spelling:${american}`, 'british');
      else if (/(gram|iz(e|es|ed|ing|ation|ations|er|ers)|yz(e|es|ed|ing)|or|ter|ters|log|logs|se|ses)$/.test(lower)) {
        push(`spelling:${lower}`, 'american');
      }
      // Hyphenation: "e-commerce" vs "ecommerce" (and "cross border" vs "cross-border").
      if (w.includes('-')) push(`hyphen:${lower.replace(/-/g, '')}`, 'hyphenated');
      else if (seenHyphenated.has(lower)) push(`hyphen:${lower}`, 'joined');
      const next = toks[i + 1];
      if (next && t.after === '' && seenHyphenated.has((lower + next.base.toLowerCase()).replace(/-/g, '')) && !w.includes('-') && /^[a-z]+$/i.test(next.base)) {
        push(`hyphen:${lower + next.base.toLowerCase()}`, 'spaced', t.start, next.baseEnd);
      }
      // Diacritics: "Communiqué" vs "Communique".
      const plain = stripDiacritics(lower);
      if (plain !== lower) push(`accent:${plain}`, 'accented');
      else push(`accent:${lower}`, 'plain');
      // Capitalization of a common noun standing alone mid-sentence: "Customs" vs "customs".
      if (!t.sentenceStart && /^[a-zA-Z]+$/.test(w)) {
        const prev = toks[i - 1];
        const alone = (!prev || !isCapitalized(prev.text) || prev.after !== '') && (!next || t.after !== '' || (!isCapitalized(next.text) && !NAME_CONNECTORS.has(next.text.toLowerCase()) ) || (NAME_CONNECTORS.has(next.text.toLowerCase()) && !(toks[i + 2] && isCapitalized(toks[i + 2].text))));
        if (alone && !/[“"‘(]$/.test(t.before)) push(`case:${lower}`, isCapitalized(w) ? 'capitalized' : 'lower');
      }
    });
  }
  return out;
}

/** Signals with more than one variant: signal -> variant -> occurrences. */
export function groupVariants(occ: StyleOccurrence[]): Map<string, Map<string, StyleOccurrence[]>> {
  const bySignal = new Map<string, Map<string, StyleOccurrence[]>>();
  for (const o of occ) {
    let m = bySignal.get(o.signal);
    if (!m) bySignal.set(o.signal, (m = new Map()));
    m.set(o.variant, [...(m.get(o.variant) ?? []), o]);
  }
  return bySignal;
}

/** Per-document style summary for the term base: only signals where the document made a visible choice. */
export function summarizeStyle(occ: StyleOccurrence[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [signal, variants] of groupVariants(occ)) {
    const meaningful =
      variants.size > 1 ||
      signal.startsWith('dots:') && variants.has('dotted') ||
      signal.startsWith('spelling:') && variants.has('british') ||
      signal.startsWith('hyphen:') && variants.has('hyphenated') ||
      signal.startsWith('accent:') && variants.has('accented') ||
      signal.startsWith('dot:');
    if (!meaningful) continue;
    // The case family only matters where the word is also written lower-case: record capitalized common nouns.
    if (signal.startsWith('case:') && !(variants.has('capitalized') && variants.size > 1)) continue;
    out[signal] = Object.fromEntries([...variants].map(([v, list]) => [v, list.length]).sort());
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
