// General English vocabulary of job titles. This is language knowledge, not any organization's canon:
// which titles exist, who holds them and how an organization writes them is all learned from the corpus.
import type { Token } from '../text/tokenize';
import { isCommonWord } from './englishWords';
import { WordMemo } from '../text/wordMemo';

/** Nouns that head a title ("Secretary", "Commissioner"). */
export const TITLE_HEADS = new Set([
  'secretary', 'director', 'commissioner', 'minister', 'president', 'chairman', 'chairwoman', 'chairperson',
  'chair', 'head', 'ambassador', 'governor', 'administrator', 'manager', 'spokesperson', 'spokesman',
  'spokeswoman', 'adviser', 'advisor', 'coordinator', 'representative', 'envoy', 'commander', 'officer',
  'chief', 'mayor', 'senator', 'attorney', 'undersecretary', 'superintendent', 'registrar', 'treasurer',
  'inspector', 'comptroller', 'controller', 'auditor', 'counsellor', 'counselor', 'rapporteur', 'premier',
  'chancellor', 'executive', 'deputy', 'principal', 'dean', 'rector', 'judge', 'justice', 'sheriff', 'consul',
  'attaché', 'attache', 'delegate', 'leader', 'founder', 'ceo', 'cfo', 'coo', 'counsel', 'provost', 'partner',
  // Local government and the services' ranks: "Councilmember Ortega", "Alderman Ruiz", "Captain Ortega".
  'councilmember', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'alderwoman', 'alderperson',
  'assemblymember', 'assemblyman', 'assemblywoman', 'congressman', 'congresswoman', 'captain', 'lieutenant',
  'sergeant', 'marshal', 'clerk', 'supervisor', 'trustee', 'prosecutor',
  // British police ranks: "Chief Constable Ortega", "Detective Chief Inspector Ruiz".
  'constable',
  // A profession made a post by "Chief": "Chief Scientist Ortega", "Chief Economist Ruiz".
  'scientist', 'economist', 'statistician',
]);

/**
 * Titles that many hold at once, alone ("Councillor", "Senator", "Professor"): a body's members or a rank, not one
 * office. "Chief Constable" or "Senior Councillor" is one office again.
 */
export const SHARED_RANKS = new Set([
  'councilmember', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'alderwoman', 'alderperson',
  'assemblymember', 'assemblyman', 'assemblywoman', 'congressman', 'congresswoman', 'senator', 'representative',
  'trustee', 'delegate', 'professor', 'captain', 'lieutenant', 'sergeant', 'constable', 'inspector', 'officer',
  'judge', 'justice', 'ambassador', 'partner', 'fellow', 'member', 'supervisor', 'commissioner',
]);

/** Words that modify a title ("Deputy", "Acting", "General" in "Secretary General"). */
export const TITLE_MODIFIERS = new Set([
  'deputy', 'assistant', 'acting', 'vice', 'executive', 'associate', 'senior', 'principal', 'general',
  'under', 'special', 'chief', 'permanent', 'interim', 'prime', 'first', 'second', 'lead', 'regional',
  'national', 'managing', 'joint', 'adjunct', 'goodwill', 'detective', 'country',
]);

/** Words that say a role is no longer held, or held for now. */
export const FORMER_WORDS = new Set(['former', 'ex', 'previous', 'past', 'outgoing', 'erstwhile', 'retired']);

/**
 * A word that makes the title after it a past one: FORMER_WORDS, and "then" right before it ("Alan Reyes, then
 * Commissioner of ...", "it was Mr Reyes, then Deputy Director, who ..."); "Since then, Director Reyes" is not.
 */
export function isFormerWord(t: { text: string; after: string }): boolean {
  const w = t.text.toLowerCase();
  return FORMER_WORDS.has(w) || (w === 'then' && t.after === '');
}
export const ACTING_WORDS = new Set(['acting', 'interim']);

/** Courtesy titles used before a name. */
export const HONORIFICS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon',
  'shri', 'smt', 'sushri', 'kumari',
  // A councillor's courtesy title: "Cllr Jane Ward" (UK), "Cr Jane Ward" (Australia).
  'cllr', 'clr', 'cr',
]);

/** Lower-case words inside a person's surname ("Juan Pablo de la Torre", "Helena van der Berghe", "Ahmed bin Rashid"). */
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'des', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'ter', 'ten', 'bin', 'binti', 'ibn', 'al', 'el', 'zu']);

/** Function words that may sit inside a capitalized name ("Department of Water Resources"). */
export const NAME_CONNECTORS = new Set(['of', 'the', 'on', 'for', 'and', '&', 'de', 'du', 'des', 'la', 'le', 'to', 'against']);

// Asked for nearly every word of every draft: remembered (bounded, the vocabulary of drafts is small).
const titleWordMemo = new WordMemo<number>();

function titleClass(word: string): number {
  let c = titleWordMemo.get(word);
  if (c !== undefined) return c;
  const w = word.toLowerCase();
  const head = TITLE_HEADS.has(w) || (w.includes('-') && w.split('-').some((p) => TITLE_HEADS.has(p)));
  c = head ? 2 : TITLE_MODIFIERS.has(w) ? 1 : 0;
  titleWordMemo.set(word, c);
  return c;
}

/** The title class of a token's base, remembered on its word record (asked of most tokens by several rules). */
const titleClassOfToken = (t: Token): number => (t.word.titleClass ??= titleClass(t.base));

/** isTitleWord of a token's base. */
export function isTitleWordToken(t: Token): boolean {
  return titleClassOfToken(t) > 0;
}

/** isTitleHead of a token's base. */
export function isTitleHeadToken(t: Token): boolean {
  return titleClassOfToken(t) === 2;
}

export function isTitleWord(word: string): boolean {
  return titleClass(word) > 0;
}

export function isTitleHead(word: string): boolean {
  return titleClass(word) === 2;
}

/**
 * English words joined by "and" that name a title's field after "of" ("Finance and Administration", "Policy and
 * Research"), not an organization ("Bath University", whose words are English words too).
 */
export function isFieldOfWork(words: string[]): boolean {
  return words.length >= 3 && words.some((w) => w === 'and') && words.every((w) => w === 'and' || isCommonWord(w.toLowerCase()));
}
