// Whether a word can be part of a person's name: capitalized, not a title, not an organization or programme
// head noun, not a month, not a function word.
import type { Token } from '../text/tokenize';
import { isTitleWord, HONORIFICS, NAME_CONNECTORS } from '../lexicon/roleWords';
import { ORGANIZATION_HEADS, DEFINED_ORGANIZATION_HEADS, PROGRAMME_HEADS, HEADS_ALSO_NAMES, LEGAL_FORMS, MONTHS, WEEKDAYS, singular } from '../lexicon/entityHeads';
import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { WordMemo } from '../text/wordMemo';

// Any script's capitals and lower-case letters, with combining marks: "Ángel", "Øyvind", "Nguyễn", "Thị".
const NAME_SHAPE = /^(?:\p{Lu}|Mc|Mac|O['’]|D['’])[\p{L}\p{M}'’]*[\p{Ll}\p{M}][\p{L}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]+)*$/u;

// Asked several times for every capitalized word of a draft, by several rules; the Unicode-class regex is the
// cost. Remembered per word (bounded: the vocabulary of drafts is small, but a server runs for days).
const nameLikeMemo = new WordMemo<boolean>();

export function isNameLike(word: string): boolean {
  let v = nameLikeMemo.get(word);
  if (v === undefined) {
    v = nameLikeUncached(word);
    nameLikeMemo.set(word, v);
  }
  return v;
}

function nameLikeUncached(word: string): boolean {
  if (!NAME_SHAPE.test(word)) return false;
  const w = word.toLowerCase();
  if (isTitleWord(w) || HONORIFICS.has(w) || NAME_CONNECTORS.has(w) || FUNCTION_WORDS.has(w)) return false;
  if (HEADS_ALSO_NAMES.has(w)) return true;
  if (ORGANIZATION_HEADS.has(w) || DEFINED_ORGANIZATION_HEADS.has(w) || PROGRAMME_HEADS.has(w) || LEGAL_FORMS.has(w) || MONTHS.includes(w) || WEEKDAYS.has(w)) return false;
  // A head noun's plural names a group or a field, not a person ("General Manager, Māori Partnerships").
  const one = singular(w);
  if (one !== w && (ORGANIZATION_HEADS.has(one) || PROGRAMME_HEADS.has(one))) return false;
  return true;
}

export function isNameToken(t: Token): boolean {
  const r = t.word;
  return (r.nameLike ??= isNameLike(t.base));
}
