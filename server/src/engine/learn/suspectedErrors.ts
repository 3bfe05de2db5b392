// Which of two close forms is the corpus's own slip: "Blue Harbur" (1 release) next to "Blue Harbour"
// (2 releases), "Secretary Genera" next to "Secretary General", "UN Office of Drugs and Crime" next to the defined
// "United Nations Office on Drugs and Crime (UNODC)", "US Secretary of US Water Resources" (a doubled word).
import { editDistance, allowedEdits } from '../text/normalize';
import { NAME_CONNECTORS } from '../lexicon/roleWords';
import { isEnglishWord } from '../lexicon/englishWords';

export interface AttestedForm {
  form: string;
  /** Distinct documents the form appears in. */
  docs: number;
  count: number;
  /** Times it is defined with an acronym (strong evidence of care). */
  defined?: number;
  /** Surfaces it was seen in, for doubled-word checks ("US Secretary of US Water Resources"). */
  surfaces?: string[];
}

export type Difference =
  | { kind: 'typo'; index: number; wrong: string; right: string; edits: number }
  | { kind: 'function-word'; index: number; wrong: string; right: string }
  | { kind: 'doubled-word'; index: number; word: string };

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** How `a` differs from `b` when it looks like a slip for it, else undefined. */
export function slipBetween(a: string, b: string, surfacesOfA: string[] = []): Difference | undefined {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === wb.length) {
    const diff = wa.map((w, i) => i).filter((i) => wa[i] !== wb[i]);
    if (diff.length !== 1) return undefined;
    const i = diff[0];
    const [x, y] = [wa[i], wb[i]];
    if (x.toLowerCase() === y.toLowerCase()) return undefined; // case is style, not a slip
    if (NAME_CONNECTORS.has(x.toLowerCase()) && NAME_CONNECTORS.has(y.toLowerCase())) return { kind: 'function-word', index: i, wrong: x, right: y };
    const edits = editDistance(x.toLowerCase(), y.toLowerCase());
    if (edits >= 1 && edits <= allowedEdits(Math.max(x.length, y.length)) && x.replace(/-/g, '') !== y.replace(/-/g, '')) {
      return { kind: 'typo', index: i, wrong: x, right: y, edits };
    }
    return undefined;
  }
  if (wa.length === wb.length + 1) {
    for (let i = 0; i < wa.length; i++) {
      const without = [...wa.slice(0, i), ...wa.slice(i + 1)];
      if (without.join(' ') !== wb.join(' ')) continue;
      const w = wa[i];
      const doubled = without.includes(w) || surfacesOfA.some((s) => words(s).filter((x) => x === w).length > 1);
      if (doubled) return { kind: 'doubled-word', index: i, word: w };
    }
  }
  return undefined;
}

/**
 * Whether `a` has less evidence than `b`: fewer releases, or as many but no acronym definition where `b` has one.
 * Mentions within one release do not settle it ("Blue Harbur" twice and "Blue Harbour" once, all in one
 * release, is a coin toss): then neither is called a slip, and presslint.json can settle it.
 */
export function weaker(a: AttestedForm, b: AttestedForm, byCount = false): boolean {
  if (a.docs !== b.docs) return a.docs < b.docs;
  if (byCount && (a.defined ?? 0) === (b.defined ?? 0)) return a.count < b.count;
  return (a.defined ?? 0) < (b.defined ?? 0);
}

export interface Slip {
  form: AttestedForm;
  likely: AttestedForm;
  difference: Difference;
  evidence: string[];
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/**
 * Keys under which two forms that could be slips of each other meet, so only those pairs are compared (a corpus
 * of thousands of names must not compare every name with every other): the form with one word replaced by any
 * spelling within one edit of it ("Blue Ha?eld"), a connector replaced by a marker, or one word left out.
 */
function blockingKeys(form: string, out: Set<string>): void {
  const w = words(form);
  out.add(`F\u0000${w.join(' ')}`);
  for (let i = 0; i < w.length; i++) {
    const rest = (x: string) => [...w.slice(0, i), x, ...w.slice(i + 1)].join(' ');
    const lower = w[i].toLowerCase();
    if (NAME_CONNECTORS.has(lower)) out.add(`S\u0000${rest('\u0002')}`);
    else for (const d of deletions(lower)) out.add(`S\u0000${rest(d)}`);
    out.add(`D\u0000${[...w.slice(0, i), ...w.slice(i + 1)].join(' ')}`);
  }
}

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  if (word.length >= 8) {
    for (let i = 0; i < word.length; i++) for (let j = i + 1; j < word.length; j++) out.push(word.slice(0, i) + word.slice(i + 1, j) + word.slice(j + 1));
  }
  return out;
}

/** Every form that is a slip for a better-attested one, with the evidence in words. */
/**
 * Forms that look like slips of better-attested ones. `byCount`: the forms name one thing already (one programme's
 * forms), so in as many releases, the form written more often is the better attested.
 */
export function findSlips(forms: AttestedForm[], expand: (form: string) => string = (f) => f, byCount = false): Slip[] {
  const out: Slip[] = [];
  const byKey = new Map<string, AttestedForm[]>();
  const keysOf = new Map<AttestedForm, Set<string>>();
  for (const f of forms) {
    const keys = new Set<string>();
    blockingKeys(f.form, keys);
    const e = expand(f.form);
    if (e !== f.form) blockingKeys(e, keys);
    keysOf.set(f, keys);
    for (const k of keys) {
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(f);
    }
  }
  for (const a of forms) {
    let best: Slip | undefined;
    // Candidates: same key of the same kind, or a's form without one word equal to b's whole form.
    const candidates = new Set<AttestedForm>();
    for (const k of keysOf.get(a)!) {
      for (const b of byKey.get(k) ?? []) candidates.add(b);
      if (k.startsWith('D\u0000')) for (const b of byKey.get(`F\u0000${k.slice(2)}`) ?? []) candidates.add(b);
    }
    for (const b of candidates) {
      if (a === b || !weaker(a, b, byCount)) continue;
      const d = slipBetween(expand(a.form), expand(b.form), a.surfaces) ?? slipBetween(a.form, b.form, a.surfaces);
      if (!d) continue;
      const evidence = [
        `"${b.form}" is in ${plural(b.docs, 'release')} (${plural(b.count, 'mention')}); "${a.form}" in ${plural(a.docs, 'release')} (${plural(a.count, 'mention')})`,
      ];
      if (b.defined) evidence.push(`"${b.form}" is defined with its acronym ${plural(b.defined, 'time')}`);
      if (d.kind === 'typo') {
        evidence.push(`"${d.wrong}" is ${plural(d.edits, 'edit')} from "${d.right}"`);
        if (!isEnglishWord(d.wrong) && isEnglishWord(d.right)) evidence.push(`"${d.wrong}" is not an English word`);
      } else if (d.kind === 'function-word') evidence.push(`"${d.wrong}" where the better-attested form has "${d.right}"`);
      else evidence.push(`"${d.word}" is written twice`);
      if (!best || weaker(best.likely, b, byCount)) best = { form: a, likely: b, difference: d, evidence };
    }
    if (best) out.push(best);
  }
  return out;
}
