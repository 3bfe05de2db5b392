// Where a draft mentions a known person, and with which title: "CBP Commissioner Chris Magnus",
// "Secretary General of the WCO, Amaranta Velloso", "Tomas Reyes, the former Commissioner of ...", "Director Hartmann".
import { fullNameAt, fullNameCandidates, isCourtesyTitle, isNameSuffix, surnameStartAt, withoutFormOfAddress } from './personNames';
import type { Person } from '../types';
import { draftMemoKey, memoOnDraft, type Draft } from '../draft/parseDraft';
import type { LintIndex } from './lintIndex';
import { tokenHits, GIVEN_NAME, SURNAME } from './tokenHits';
import type { Sentence, Token } from '../text/tokenize';
import type { Chunk } from '../text/chunks';
import { parseTitlePhrase, hasTitleHead, titleKey, withFieldPrefix, withOrganizationAfterComma, type TitlePhrase } from '../learn/titlePhrase';
import { isNameToken } from '../learn/nameLike';
import { NAME_PARTICLES, isFormerWord, isTitleWord, isTitleWordToken } from '../lexicon/roleWords';
import { withinEdits, allowedEdits } from '../text/normalize';
import { isCommonWord } from '../lexicon/englishWords';

export interface PersonMention {
  person: Person;
  start: number;
  end: number;
  full: boolean;
  sentence: Sentence;
  /** Index of the first name token in sentence.tokens, and one past the last. */
  at: number;
  to: number;
  title?: TitlePhrase;
  former: boolean;
}

function chunkAt(chunks: Chunk[], index: number): Chunk | undefined {
  return chunks.find((c) => c.from <= index && c.to > index);
}

/** "then-Commissioner", "ex-Director", "former-Minister": a title written as past in one word. */
export const PAST_PREFIX = /^(?:then|ex|former)[-‐‑]/i;
/**
 * Words between a name's comma and a title that tell of a past role: "who was", "who had been", "previously"; or of
 * the first holder, then or now ("Mr Tan, its first Chief Executive", "its founding Chairman"): any time they held it.
 */
const PAST_BEFORE_TITLE = new Set(['was', 'were', 'had', 'previously', 'formerly', 'served', 'first', 'founding', 'inaugural']);

const PERSON_MENTIONS = draftMemoKey<PersonMention[]>('person mentions');

export function findPersonMentions(draft: Draft, index: LintIndex): PersonMention[] {
  return memoOnDraft(draft, PERSON_MENTIONS, () => scanPersonMentions(draft, index));
}

function scanPersonMentions(draft: Draft, index: LintIndex): PersonMention[] {
  const out: PersonMention[] = [];
  // Asked only when a surname stands alone (most drafts name people in full first).
  let shared: Set<string> | undefined;
  draft.sentences.forEach((s, si) => {
    const chunks = draft.chunks[si];
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      let person: Person | undefined;
      let words = 0;
      const hits = tokenHits(t[i], index);
      const byGiven = hits & GIVEN_NAME ? index.byGivenName.get(t[i].text) : undefined;
      if (byGiven && t[i + 1] && t[i].after === '') {
        for (const p of fullNameCandidates(index.byNameStart, t, i)) if ((words = fullNameAt(p, t, i)) > 0) { person = p; break; }
        // "Kunio Veloso": the first name and a surname one or two edits off still name the person (the
        // person-name rule reports the slip; the title rules still check the title).
        if (!person) {
          for (const p of byGiven) if ((words = fullNameAt(p, t, i, nearSurname)) > 0) { person = p; break; }
        }
      }
      let at = i;
      if (!person) {
        const bySurname = hits & SURNAME ? index.bySurname.get(t[i].base) : undefined;
        if (!bySurname || bySurname.length !== 1) continue;
        // "Italian President Giorgio Neri ... President Neri": the draft names someone else with the known
        // person's surname, so the surname alone may be either of them.
        if ((shared ??= surnamesSharedInDraft(draft, index)).has(t[i].base)) continue;
        at = surnameStartAt(bySurname[0], t, i);
        // "Maria Velloso" is someone else: a different first name before the surname.
        const prev = t[at - 1];
        // At a sentence's start too, unless the word is English ("Later Velloso said").
        if (prev && prev.after === '' && isNameToken(prev) && !isTitleWordToken(prev) && (!prev.sentenceStart || !isCommonWord(prev.lower))) continue;
        // "The Governor of Tillabéri, Moussa Issoufou, ...": the known surname is someone else's first name, a
        // surname of their own after it.
        const next = t[i + 1];
        if (next && t[i].after === '' && isNameToken(next) && !isTitleWordToken(next) && !isCommonWord(next.lower) && !(tokenHits(next, index) & SURNAME)) continue;
        person = bySurname[0];
      }
      let to = words ? i + words : i + 1;
      // "Marcus Bell Jr.", "Helen Marsh AO": the suffix and post-nominals the person's name was learned without.
      while (t[to] && t[to - 1].after === '' && isNameSuffix(t[to].text)) to++;
      const m: PersonMention = { person, start: t[at].start, end: t[to - 1].baseEnd, full: words > 0, sentence: s, at, to, former: false };
      attachTitle(draft, index, chunks, s, m);
      out.push(m);
      i = to - 1;
    }
  });
  return out;
}

/**
 * Known surnames the draft also gives to someone else, named in full with another first name ("Giorgio Neri"
 * in a draft about the known "Anna Neri").
 */
function surnamesSharedInDraft(draft: Draft, index: LintIndex): Set<string> {
  const out = new Set<string>();
  for (const s of draft.sentences) {
    const t = s.tokens;
    for (let i = 1; i < t.length; i++) {
      const known = tokenHits(t[i], index) & SURNAME ? index.bySurname.get(t[i].base) : undefined;
      if (!known || known.length !== 1) continue;
      // The known person's own name ("Anna Neri", "Anna M. Neri") is not someone else; a particle of the
      // surname ("Pieter van Aarde" beside the known "Hendrik van Aarde") is passed over to the first name.
      const at = surnameStartAt(known[0], t, i);
      let first = i;
      while (first > at && t[first - 1].text === t[first - 1].lower && NAME_PARTICLES.has(t[first - 1].lower)) first--;
      if (first > at || first === 0) continue;
      const prev = t[first - 1];
      if (prev.after !== '' || (prev.sentenceStart && isCommonWord(prev.lower)) || !isNameToken(prev) || isTitleWordToken(prev)) continue;
      if (fullNameCandidates(index.byNameStart, t, first - 1).length || givenNameOf(known[0], prev.base)) continue;
      out.add(t[i].base);
    }
  }
  return out;
}

/** A word of the person's name, or a slip of one ("Ana" for "Anna", "Jonh" for "John"): still that person. */
function givenNameOf(p: Person, word: string): boolean {
  const w = word.toLowerCase();
  return p.fullName.split(' ').some((g) => g === word || (g.length >= 3 && withinEdits(w, g.toLowerCase(), g.length >= 5 ? 2 : 1)));
}

function attachTitle(draft: Draft, index: LintIndex, chunks: Chunk[], s: Sentence, m: PersonMention): void {
  const t = s.tokens;
  const c = chunkAt(chunks, m.at);
  // Title before the name in the same capitalized run.
  if (c && c.from < m.at) {
    let from = c.from;
    // Only the run right before the name: "Both Secretary General Velloso and Secretary Hartmann", unless the
    // "and" is inside the organization's name ("U.S. Fish and Wildlife Service Director ...").
    for (let k = m.at - 1; k > c.from; k--) {
      if (!/^(and|&)$/i.test(t[k].text)) continue;
      // "Vice President and Treasurer Owen Lindqvist": two titles of one person. Unless "the" makes the first a
      // person of its own and the named person holds only the second ("the Director and Harbour Master Ines Duarte").
      if (isTitleWordToken(t[k - 1])) {
        const second = c.from > 0 && /^the$/i.test(t[c.from - 1].text) ? parseTitlePhrase(draft.text, t.slice(k + 1, m.at), index.resolver) : undefined;
        if (second && holdsTitle(m.person, second.title.text) && !holdsTitle(m.person, parseTitlePhrase(draft.text, t.slice(c.from, m.at), index.resolver)?.title.text ?? '')) from = k + 1;
        break;
      }
      const whole = parseTitlePhrase(draft.text, t.slice(c.from, m.at), index.resolver);
      // "Assistant Director of Coastal Affairs and Chief Science Officer": one title the person holds.
      if (whole && holdsTitle(m.person, whole.title.text)) break;
      if (!(whole?.orgFrom === 'prefix' && whole.prefix && whole.prefix.start === t[c.from].start)) from = k + 1;
      break;
    }
    // Another person's name before this one ends their phrase: "Director Hartmann Secretary General Velloso".
    for (let k = m.at - 1; k >= from; k--) if (isKnownNameWord(index, t[k].base)) { from = k + 1; break; }
    // "Assistant Director of Coastal Affairs and Chief Science Officer Tomas Reyes": the capitalized run
    // broke at "and", but the two halves are one title the person holds.
    const before = from === c.from && from >= 2 && /^and$/i.test(t[from - 1].text) ? chunks.find((x) => x.to === from - 1) : undefined;
    if (before) {
      const joined = parseTitlePhrase(draft.text, t.slice(before.from, m.at), index.resolver);
      // The title must run across the "and" ("the Director-General and UN Secretary-General X" is two people).
      if (joined && joined.title.end > t[from].start && joined.title.start < t[from - 1].start && holdsTitle(m.person, joined.title.text)) from = before.from;
    }
    // "Former Mayor Harold Ames" opening a sentence or a bullet: the former word is inside the capitalized run.
    const formerInside = m.at - from > 1 && isFormerWord(t[from]);
    // "Chief Executive Officer Professor Helen Marsh": the form of address is not part of the title.
    const tokens = withoutFormOfAddress(t.slice(formerInside ? from + 1 : from, m.at));
    if (tokens.length && hasTitleHead(tokens)) {
      // "then-Acting Commissioner Tomas Reyes": a past title, not the person's title on the draft's date.
      if (from > 0 && PAST_PREFIX.test(t[from - 1].text)) {
        m.former = true;
        return;
      }
      m.title = parseTitlePhrase(draft.text, tokens, index.resolver);
      m.former = formerInside || isFormer(t, from);
      return;
    }
  }
  // "under then-Commissioner Tomas Reyes": the same, the title and its prefix one word.
  if (m.at > 0 && t[m.at - 1].after === '' && PAST_PREFIX.test(t[m.at - 1].text)) {
    m.former = true;
    return;
  }
  // Title, comma, name: "Secretary General of the WCO, Amaranta Velloso".
  if (c && c.from === m.at && m.at > 0 && /,\s*$/.test(t[m.at - 1].after)) {
    let k = chunks.indexOf(c) - 1;
    let prev = chunks[k];
    if (prev && prev.to === m.at && prev.tokens.length <= 2 && t[prev.from - 1]?.after.endsWith('(')) prev = chunks[--k];
    if (prev && (prev.to === m.at || t[prev.to - 1].after.includes('(')) && hasTitleHead(prev.tokens)) {
      const tp = parseTitlePhrase(draft.text, prev.tokens, index.resolver);
      // "ICRA Director-General Amaranta Velloso, Tomas Reyes, ...": a title followed by a name is that person's.
      const lastWord = prev.tokens[prev.tokens.length - 1];
      if (!tp || (tp.suffix ?? tp.title).end >= lastWord.baseEnd) {
        m.title = tp;
        // "As Deputy Commissioner, Tomas Reyes oversaw ...": a role told of in the past.
        const asClause = /^as$/i.test(prev.tokens[0].text) || (prev.from > 0 && /^as$/i.test(t[prev.from - 1].text));
        m.former = isFormer(t, prev.from) || (asClause && !!t[m.to] && isPastVerb(t[m.to].lower));
        return;
      }
    }
  }
  // A title in lower case right before the name: "ICRA director-general Amaranta Velloso".
  if (m.at > 0 && t[m.at - 1].after === '' && isTitleWord(t[m.at - 1].base) && !/^[A-Z]/.test(t[m.at - 1].text)) {
    let from = m.at - 1;
    while (from > 0 && t[from - 1].after === '' && isTitleWordToken(t[from - 1])) from--;
    // An organization's acronym before it belongs to the phrase.
    if (from > 0 && t[from - 1].after === '' && /^[A-Z]{2,}$/.test(t[from - 1].base)) from--;
    m.title = parseTitlePhrase(draft.text, t.slice(from, m.at), index.resolver);
    m.former = isFormer(t, from);
    if (m.title) return;
  }
  // Name, comma, title: "Tomas Reyes, the former Commissioner of ...".
  const last = m.to - 1;
  if (/^,/.test(t[last].after)) {
    let k = last + 1;
    let former = false;
    let as = false;
    let and = false;
    let now = false;
    let the = false;
    while (k < t.length && !/^[A-Z]/.test(t[k].text) && k - last <= 3) {
      if (t[k].lower === 'the') the = true;
      // "Professor Marsh, who was NITH Chief Executive Officer from 2012 to 2020, ...", "..., who had been ...".
      if (isFormerWord(t[k]) || PAST_BEFORE_TITLE.has(t[k].lower)) former = true;
      if (t[k].lower === 'as') as = true;
      if (t[k].lower === 'and') and = true;
      if (t[k].lower === 'now') now = true;
      k++;
    }
    // "Smt. Sunanda Deshpande, and the Union Minister of Tourism, Shri ...", "..., and the Managing Director of
    // BJNL (BJNL), Shri ...": after "and" the title is the next person's ("..., and now Director ..." is theirs).
    if (and && !now) return;
    const next = chunks.find((x) => x.from === k);
    // "Mereana Tawhiri, who as Minister of State for Fisheries visited ...": a role told of in the past.
    if (next && as && t[next.to] && isPastVerb(t[next.to].lower)) former = true;
    // "Amaranta Velloso, UN Secretary-General Ana Ki-lee": a title followed by another known person is theirs.
    if (next && hasTitleHead(next.tokens) && !next.tokens.some((x) => isKnownNameWord(index, x.base))) {
      const parsed = parseTitlePhrase(draft.text, withLowerCaseTitleWords(t, chunks, next), index.resolver);
      const fielded = parsed && withFieldPrefix(draft.text, parsed);
      const tp = fielded && withOrganizationAfterComma(draft.text, fielded, next, chunks, index.resolver);
      if (tp && (!tp.prefix || tp.orgFrom === 'prefix') && !(the && holderNamedAfter(t, (tp.suffix ?? tp.title).end))) {
        m.title = tp;
        m.former = former;
      }
    }
  }
}

/**
 * "Shri Tenzing Bhutia, the Secretary, Ministry of Inland Water Transport (MoIWT), Shri Vivek Mathur, ...": a
 * courtesy title and a name right after "the" title (and its acronym), after a comma: the title is theirs. (Without
 * "the", a list gives each name its title after it: "Shri Kaul, Additional Secretary, Ministry of ..., Shri ...".)
 */
function holderNamedAfter(t: Token[], end: number): boolean {
  let j = t.findIndex((x) => x.start >= end);
  if (j <= 0) return false;
  if (t[j - 1].after.endsWith('(') && t[j].after.startsWith(')')) j++;
  return j < t.length - 1 && t[j - 1].after.includes(',') && isCourtesyTitle(t[j]) && /^\p{Lu}/u.test(t[j + 1].text);
}

/**
 * A title's chunk with the title words in lower case that end it, and the organization after them: "Chief
 * Technology officer of Quillon & Hatch" (a case slip) is one title, not the wrong title "Chief Technology".
 */
function withLowerCaseTitleWords(t: Token[], chunks: Chunk[], c: Chunk): Token[] {
  let e = c.to;
  while (e < t.length && t[e - 1].after === '' && /^[a-z]/.test(t[e].text) && isTitleWordToken(t[e])) e++;
  if (e === c.to) return c.tokens;
  if (t[e]?.lower === 'of' && t[e - 1].after === '') {
    const org = chunks.find((x) => x.from === e + 1 || (x.from === e + 2 && t[e + 1].lower === 'the' && t[e].after === ''));
    if (org) e = org.to;
  }
  return t.slice(c.from, e);
}

// Verbs in the past tense that tell a career, not speech ("said" is what a person says in the role now).
const IRREGULAR_PAST = new Set(['oversaw', 'led', 'ran', 'held', 'took', 'made', 'became', 'began', 'built', 'brought', 'drove', 'grew', 'kept', 'left', 'spent', 'won', 'wrote', 'was', 'had', 'saw', 'set', 'sought', 'taught', 'fought']);
const isPastVerb = (w: string) => IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && w !== 'need');

/** A surname one or two edits off the right one, long enough for that to mean a slip. */
function nearSurname(written: Token, right: string): boolean {
  if (written.base.length < 4) return false;
  const k = allowedEdits(right.length);
  // Lengths first: a common first name is shared by many people in a large corpus.
  return Math.abs(right.length - written.base.length) <= k && withinEdits(right.toLowerCase(), written.lower, k);
}

/** Whether the person holds this title ("... Affairs and Chief ..." is "... Affairs & Chief ..."). */
function holdsTitle(p: Person, title: string): boolean {
  const key = (x: string) => titleKey(x).replace(/ & /g, ' and ');
  const k = key(title);
  return p.roles.some((r) => key(r.title) === k);
}

function isFormer(t: Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 2); k--) if (isFormerWord(t[k])) return true;
  return false;
}

function isKnownNameWord(index: LintIndex, word: string): boolean {
  return index.bySurname.has(word) || index.byGivenName.has(word);
}
