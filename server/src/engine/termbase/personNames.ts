// A person's name as words. "Juan Pablo de la Torre": given names "Juan Pablo", surname "de la Torre" (the
// particles belong to the surname), found alone by its last word, "Torre". "Tomas R. Reyes" and "Tomas Reyes" are
// one person: a middle initial may be written or left out. The learner and the rules share these.
import type { Token } from '../text/tokenize';
import { HONORIFICS, NAME_PARTICLES, isTitleWord } from '../lexicon/roleWords';
import { isNameToken } from '../learn/nameLike';
import { isCommonWord } from '../lexicon/englishWords';

export interface NamedPerson {
  fullName: string;
  givenNames: string[];
  surname: string;
}

// A person's name split into words, remembered per person: a large corpus's common first name is shared by
// hundreds of people, each tried at every mention of it. Checked against the name (presslint.json may rename).
const wordsMemo = new WeakMap<NamedPerson, { name: string; words: string[] }>();

export function nameWordsOf(p: NamedPerson): string[] {
  let m = wordsMemo.get(p);
  if (m === undefined || m.name !== p.fullName) wordsMemo.set(p, (m = { name: p.fullName, words: p.fullName.split(' ') }));
  return m.words;
}

/** Whether the full name starts with this word (a cheap test before matching the rest). */
const opensWith = (p: NamedPerson, word: string | undefined) => word !== undefined && p.fullName.length > word.length && p.fullName.charCodeAt(word.length) === 32 && p.fullName.startsWith(word);

/** An initial: "J.", "D." (one capital and its full stop). */
export function isInitial(word: string): boolean {
  return word.length === 2 && word.charCodeAt(1) === 46 && word[0] !== word[0].toLowerCase();
}

const isParticle = (t: Token) => t.text === t.lower && NAME_PARTICLES.has(t.lower);

/**
 * One past the last token of the person's name that starts at `i` ("J. R. Okafor", "Beatriz da Costa Pereira"):
 * name words and initials written together, particles only between name words, ending on a name word. At most
 * `max` tokens ("Ana María de la Fuente Ortiz" has six); `i` itself when no name of two words or more starts there.
 */
export function nameSpanEnd(t: Token[], i: number, max = 6): number {
  if (!t[i] || !(isNameToken(t[i]) || isInitial(t[i].text))) return i;
  let end = i;
  let j = i;
  while (j < t.length && j - i < max) {
    const w = t[j];
    if (isNameToken(w)) end = j + 1;
    else if (!isInitial(w.text) && !(j > i && isParticle(w))) break;
    // "Velloso, Reyes": a comma or any other mark ends the name (an initial's full stop is its own).
    if (w.after !== '') break;
    j++;
  }
  // Initials alone ("J. R.") or one word are not a name.
  if (end - i < 2) return i;
  // "Marcus Bell Jr.", "Lloyd J. Austin III", "Helen Marsh AO FAA": a generational suffix or post-nominals written
  // right after it end the name.
  while (end < t.length && t[end - 1].after === '' && isNameSuffix(t[end].text)) end++;
  return end;
}

/**
 * A generational suffix or a post-nominal after a name: "Jr.", "Sr.", "II", "III", "IV"; honours, degrees and
 * offices in capitals ("AO", "FAHMS", "MP", "PhD"), not a title ("CEO").
 */
export function isNameSuffix(word: string): boolean {
  return /^(?:[JS]r\.?|I{2,3}|IV|[A-Z]{2,6}|PhD|DPhil)$/.test(word) && !isTitleWord(word);
}

/** The name's words without the suffixes and post-nominals after them ("Helen Marsh AO" -> "Helen Marsh"). */
export function withoutNameSuffixes<T extends { text: string }>(words: T[]): T[] {
  let n = words.length;
  while (n > 2 && isNameSuffix(words[n - 1].text)) n--;
  return n === words.length ? words : words.slice(0, n);
}

/**
 * Whether a name of three words or more right after a title may start where it does: its first word is not a common
 * noun ("Chief Scientist Nkechi Abernathy" is the title "Chief Scientist" before a two-word name). A chunk that is a
 * name and nothing else needs no such care ("Anna Maria Lopez, Chair of ...").
 */
export function opensLongName(t: Token[], i: number, end: number): boolean {
  return end - i <= 2 || !isCommonWord(t[i].lower);
}

/** Given names and surname of a name's words: the surname is its last word with the particles before it. */
export function splitName(words: string[]): { givenNames: string[]; surname: string } {
  let s = words.length - 1;
  while (s > 1 && NAME_PARTICLES.has(words[s - 1])) s--;
  return { givenNames: words.slice(0, s), surname: words.slice(s).join(' ') };
}

/** The word a lone surname is found by: its last ("Torre" of "de la Torre"). */
export function surnameKey(p: NamedPerson): string {
  const k = p.surname.lastIndexOf(' ');
  return k < 0 ? p.surname : p.surname.slice(k + 1);
}

/** Given names worth looking a person up by: not initials, not particles. */
export function givenNameKeys(p: NamedPerson): string[] {
  return p.givenNames.filter((g) => !isInitial(g) && !NAME_PARTICLES.has(g));
}

/**
 * How many tokens from `i` spell p's full name, or 0. The draft may add or leave out a middle initial ("Tomas R.
 * Reyes" for "Tomas Reyes" and back); every other word is written as the corpus writes it, except the last,
 * which `nearLast` may accept as a near miss ("Tomas Reyos").
 */
export function fullNameAt(p: NamedPerson, t: Token[], i: number, nearLast?: (written: Token, right: string) => boolean): number {
  if (!opensWith(p, t[i]?.text)) return 0;
  const words = nameWordsOf(p);
  let j = i;
  for (let k = 1; k < words.length; k++) {
    if (t[j].after !== '') return 0;
    j++;
    if (j >= t.length) return 0;
    const w = words[k];
    const last = k === words.length - 1;
    // A middle initial written in the draft but not in the corpus's form, or the reverse.
    if (isInitial(t[j].text) && t[j].text !== w && !isInitial(w)) {
      if (t[j].after !== '') return 0;
      j++;
      if (j >= t.length) return 0;
    }
    if (isInitial(w) && t[j].text !== w) {
      j--;
      continue;
    }
    if (last ? t[j].base !== w && !nearLast?.(t[j], w) : t[j].text !== w) return 0;
  }
  return j - i + 1;
}

/**
 * Where the surname that ends at token `i` (its key word) starts: the particles and name words before it that the
 * person's full name has right before its last word ("de la Torre", "Ortega Villalba" of "Joaquín Ortega
 * Villalba"), in any case ("De La Torre" is the same name with a case slip). `i` when there are none.
 */
export function surnameStartAt(p: NamedPerson, t: Token[], i: number): number {
  const words = nameWordsOf(p);
  let k = words.length - 2;
  let j = i;
  // Never back to the first word: that is the full name, found from the front.
  while (k >= 1 && j > 0 && t[j - 1].after === '' && t[j - 1].lower === words[k].toLowerCase() && !isInitial(words[k])) {
    j--;
    k--;
  }
  return j;
}

/**
 * Where a full name is written with one particle changed ("Beatriz de Costa Pereira" for "Beatriz da Costa
 * Pereira"): the index of that token, every other word as the corpus writes it; -1 otherwise.
 */
export function particleSlipAt(p: NamedPerson, t: Token[], i: number): number {
  if (!opensWith(p, t[i]?.text)) return -1;
  const words = nameWordsOf(p);
  if (words.length < 3 || i + words.length > t.length) return -1;
  let slip = -1;
  for (let k = 1; k < words.length; k++) {
    if (t[i + k - 1].after !== '') return -1;
    const y = t[i + k];
    if (y.base === words[k]) continue;
    if (slip >= 0 || !NAME_PARTICLES.has(words[k]) || !isParticle(y)) return -1;
    slip = i + k;
  }
  return slip;
}

/**
 * Where a full name is written with two of its words hyphenated ("Ana María de la Fuente-Ortiz" for "... Fuente
 * Ortiz") or a hyphenated word written apart ("Zsófia Kovács Nagy" for "... Kovács-Nagy"), every other word as the
 * corpus writes it: the tokens [from, to) to replace and the corpus's words; undefined otherwise.
 */
export function hyphenSlipAt(p: NamedPerson, t: Token[], i: number): { from: number; to: number; right: string } | undefined {
  if (!opensWith(p, t[i]?.text)) return undefined;
  const words = nameWordsOf(p);
  let slip: { from: number; to: number; right: string } | undefined;
  let j = i;
  for (let k = 0; k < words.length; k++, j++) {
    const x = t[j];
    if (!x || (k > 0 && t[j - 1].after !== '')) return undefined;
    if (x.base === words[k] || (k < words.length - 1 && x.text === words[k])) continue;
    if (slip) return undefined;
    if (k + 1 < words.length && x.base === `${words[k]}-${words[k + 1]}`) {
      slip = { from: j, to: j + 1, right: `${words[k]} ${words[k + 1]}` };
      k++;
      continue;
    }
    const parts = words[k].split('-');
    if (parts.length === 2 && x.text === parts[0] && x.after === '' && t[j + 1]?.base === parts[1]) {
      slip = { from: j, to: j + 2, right: words[k] };
      j++;
      continue;
    }
    return undefined;
  }
  return slip;
}

/**
 * How many tokens from `i` spell p's full name with its words after the first in another order ("Joaquín
 * Villalba Ortega" for "Joaquín Ortega Villalba"), or 0.
 */
export function swappedNameAt(p: NamedPerson, t: Token[], i: number): number {
  if (!opensWith(p, t[i]?.text)) return 0;
  const words = nameWordsOf(p);
  const n = words.length;
  if (n < 3 || i + n > t.length) return 0;
  const written = t.slice(i + 1, i + n);
  if (t.slice(i, i + n - 1).some((x) => x.after !== '')) return 0;
  const rest = words.slice(1);
  if (written.every((x, k) => x.base === rest[k])) return 0;
  const sorted = (ws: string[]) => [...ws].sort().join(' ');
  return sorted(written.map((x) => x.base)) === sorted(rest) ? n : 0;
}

/**
 * The people whose full name a draft may be writing from token `i`: by its first two words, or its first and the
 * word after a middle initial ("Tomas R. Reyes" for "Tomas Reyes").
 */
export function fullNameCandidates<P>(byNameStart: Map<string, P[]>, t: Token[], i: number): P[] {
  const a = t[i];
  const b = t[i + 1];
  if (!a || !b || a.after !== '') return NONE;
  let out = byNameStart.get(`${a.text} ${b.text}`) ?? NONE;
  if (b.base !== b.text) out = joined(out, byNameStart.get(`${a.text} ${b.base}`));
  const c = t[i + 2];
  if (c && isInitial(b.text) && b.after === '') out = joined(joined(out, byNameStart.get(`${a.text} ${c.text}`)), c.base !== c.text ? byNameStart.get(`${a.text} ${c.base}`) : undefined);
  return out;
}

const NONE: never[] = [];
const joined = <P>(a: P[], b: P[] | undefined): P[] => (!b ? a : a.length ? [...a, ...b] : b);

/** A courtesy title ("Dr.", "Ms", "Mr.") written right before the next word. */
export function isCourtesyTitle(t: Token): boolean {
  return (t.after === '' || t.after === '.') && HONORIFICS.has(t.lower.replace(/\.$/, ''));
}

// Academic ranks that go with "Professor" in a form of address ("Adjunct Professor Margaret Olsen").
const PROFESSOR_RANKS = new Set(['adjunct', 'associate', 'assistant', 'emeritus', 'clinical', 'honorary', 'visiting']);

/**
 * A title's words before a name without the form of address that ends them: "Chief Executive Officer Professor
 * Helen Marsh", "Chief Executive Officer Ms Joanne Petrakis", "Chief Scientist Adjunct Professor Margaret Olsen"
 * are the titles "Chief Executive Officer", "Chief Scientist". Unchanged when nothing else is a title.
 */
export function withoutFormOfAddress<T extends { text: string; lower: string }>(tokens: T[]): T[] {
  let n = tokens.length;
  const courtesy = (k: number) => HONORIFICS.has(tokens[k].lower.replace(/\.$/, ''));
  let professor = false;
  while (n > 1 && courtesy(n - 1)) professor = /^prof/.test(tokens[--n].lower) || professor;
  if (professor && n > 1 && PROFESSOR_RANKS.has(tokens[n - 1].lower)) n--;
  if (n === tokens.length || !tokens.slice(0, n).some((x) => isTitleWord(x.text))) return tokens;
  return tokens.slice(0, n);
}
