// person-name: a misspelled known person ("Kunio Veloso" -> "Velloso"). A word is only taken for a known
// person's name when the context says so: the other half of the name, a title the person holds, or the person
// mentioned correctly elsewhere in the draft. A different person with a similar name stays clean.
import { fullNameAt, fullNameCandidates, hyphenSlipAt, isCourtesyTitle, nameWordsOf, particleSlipAt, swappedNameAt } from '../termbase/personNames';
import type { Token } from '../text/tokenize';
import type { Person, TermBase } from '../types';
import type { Rule, Finding, RuleContext } from './ruleTypes';
import { parseTitlePhrase, titleKey } from '../learn/titlePhrase';
import { validAt } from './titleVerdicts';
import { seenIn } from './ruleTypes';
import { isNameToken } from '../learn/nameLike';
import { tokenHits, GIVEN_NAME, GIVEN_NAME_BASE, SURNAME, KNOWN_WORD } from '../termbase/tokenHits';
import { NAME_PARTICLES, SHARED_RANKS, isTitleHeadToken, isTitleWord, isTitleWordToken } from '../lexicon/roleWords';
import { isCommonWord, isEnglishWord } from '../lexicon/englishWords';
import { draftMemoKey, memoOnDraft, type Draft } from '../draft/parseDraft';
import type { LintIndex } from '../termbase/lintIndex';
import { allowedEdits, formKey, latinized, withinEdits } from '../text/normalize';
import { withoutLegalForm } from '../termbase/organizationIndex';

const SPEECH = /^(said|says|added|noted|stated|explained|stressed|emphasized|emphasised|told|welcomed|met|thanked|highlighted)$/i;

function describe(p: Person): string {
  const role = p.roles.find((r) => r.status !== 'former') ?? p.roles[0];
  return role ? `${p.fullName} (${role.title}${role.organization ? `, ${role.organization}` : ''}; ${seenIn(p.documents)})` : `${p.fullName} (${seenIn(p.documents)})`;
}

export const checkPersonNames: Rule = (ctx) => {
  const { draft, index } = ctx;
  const out: Finding[] = otherFirstNameUnderOwnTitle(ctx);
  const text = draft.text;
  const mentioned = new Set<Person>();
  for (const s of draft.sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i];
      const nx = s.tokens[i + 1];
      const hits = tokenHits(t, index);
      if (nx && hits & GIVEN_NAME) {
        for (const p of fullNameCandidates(index.byNameStart, s.tokens, i)) if (fullNameAt(p, s.tokens, i) > 0) mentioned.add(p);
        // Slips of word order and particles, in names of three words or more.
        for (const p of index.longNamesByFirstWord.get(t.text) ?? []) {
          const swapped = swappedNameAt(p, s.tokens, i);
          if (swapped) {
            const last = s.tokens[i + swapped - 1];
            out.push({ ruleId: 'person-name', start: t.start, end: last.baseEnd, message: `'${text.slice(t.start, last.baseEnd)}' has its names in another order than the corpus: ${describe(p)}.`, suggestions: [p.fullName], sources: p.sources.slice(0, 3) });
          }
          const hyphen = hyphenSlipAt(p, s.tokens, i);
          if (hyphen) {
            const a = s.tokens[hyphen.from];
            const b = s.tokens[hyphen.to - 1];
            out.push({ ruleId: 'person-name', start: a.start, end: b.baseEnd, message: `'${text.slice(a.start, b.baseEnd)}' is written '${hyphen.right}' in the corpus's name: ${describe(p)}.`, suggestions: [hyphen.right], sources: p.sources.slice(0, 3) });
          }
          const slip = particleSlipAt(p, s.tokens, i);
          if (slip < 0) continue;
          const words = nameWordsOf(p);
          const right = words[slip - i];
          const w = s.tokens[slip];
          out.push({ ruleId: 'person-name', start: w.start, end: w.baseEnd, message: `'${w.base}' in '${text.slice(t.start, s.tokens[i + words.length - 1].baseEnd)}' should be '${right}': ${describe(p)}.`, suggestions: [right], sources: p.sources.slice(0, 3) });
        }
      }
      const sn = hits & SURNAME ? index.bySurname.get(t.base) : undefined;
      if (sn && sn.length === 1) mentioned.add(sn[0]);
    }
  }
  for (const s of draft.sentences) {
    const toks = s.tokens;
    toks.forEach((t, i) => {
      const word = t.base;
      if (!isNameToken(t) || tokenHits(t, index) & KNOWN_WORD || (index.accepted.size > 0 && index.accepted.has(formKey(word)))) return;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      // A first name right before a known surname may be off by two letters ("Nadja Brandt").
      const beforeKnownSurname = !!next && t.after === '' && (tokenHits(next, index) & SURNAME) !== 0;
      const afterKnownGivenName = !!prev && prev.after === '' && (tokenHits(prev, index) & GIVEN_NAME) !== 0;
      // Or before another word of a known name ("Joaquin Ortega Villalba", where Ortega is a middle name).
      const beforeKnownName = beforeKnownSurname || (!!next && t.after === '' && (tokenHits(next, index) & GIVEN_NAME_BASE) !== 0);
      // A common English word is only looked up where the other half of a known name vouches for it; a name the
      // dictionary has ("Nguyen", "Joaquin") otherwise only as a slip of a person the draft names ("Ms. Nguyen").
      const vouched = beforeKnownName || afterKnownGivenName || (!!prev && isTitleWordToken(prev));
      const common = isCommonWord(t.lower);
      if (!vouched && common) return;
      const dictionaryName = !vouched && isEnglishWord(word);
      if (dictionaryName && !mentioned.size) return;
      // ... and a surname after a known first name, two letters off, where a title the person holds stands with it
      // ("The Head of Department, Priya Naidu,": checked below).
      const candidates = index.nameWords.lookup(word, beforeKnownSurname || (afterKnownGivenName && word.length >= 5) ? (word.length >= 4 ? 2 : 1) : undefined);
      if (!candidates.length) return;
      for (const c of candidates) {
        for (const { person, part, word: right } of c.values) {
          let evidence: string | undefined;
          if ((beforeKnownSurname && part === 'surname') || (dictionaryName && !mentioned.has(person))) continue;
          // The name's own word on the other side: "Joaquín Ortega Villalbo", "Joaquin Ortega Villalba".
          const words = nameWordsOf(person);
          const at = words.lastIndexOf(right);
          // The name's word before the surname, past its particles ("Hendrik van Aarde": "Hendrik", not "van").
          let a = at - 1;
          let j = i - 1;
          while (a > 0 && j > 0 && NAME_PARTICLES.has(words[a].toLowerCase()) && toks[j].after === '' && sameNameWord(toks[j], words[a])) (a--, j--);
          const before = j >= 0 ? toks[j] : undefined;
          // (Only what the wider lookup let in: a long surname two letters off is found as before.)
          const twoOff = part === 'surname' && c.edits > allowedEdits(Math.max(word.length, c.word.length)) && !beforeKnownSurname;
          if (twoOff && !(before && sameNameWord(before, words[a] ?? '') && titledAsThePerson(text, toks, i, person))) continue;
          // ("Ong Kah Leng" beside the known Ong Kah Seng, addressed as "Mr Ong": the family name comes first, so the last
          // word is a given name, and another one is another person unless the person's title goes with it.)
          const givenLast = part === 'surname' && familyNameFirst(person, words) && !titledAsThePerson(text, toks, i, person);
          if (part === 'surname' && !givenLast && before && before.after === '' && a >= 0 && at > 0 && sameNameWord(before, words[a]) && !titledAtOtherOrganization(text, toks, i, person, index) && !introducedAsSomeoneElse(toks, i, person, index)) evidence = 'after the first name';
          else if (part === 'given' && next && t.after === '' && at >= 0 && at + 1 < words.length && sameNameWord(next, words[at + 1]) && !ofOtherOrganization(text, toks, i + 1, person, index) && !introducedAsSomeoneElse(toks, i + 1, person, index) && !titledOtherwiseBefore(text, toks, i, person)) evidence = 'before the surname';
          else if (part === 'surname' && prev && prev.after === '' && isTitleWordToken(prev) && titleFits(person, text.slice(titleRunStart(toks, i), prev.end))) evidence = 'after a title the person holds';
          // "Dr. Zang" for "Dr. Zhang", the person named in full elsewhere in the draft: a courtesy title is only
          // ever followed by a surname (or the word a person is addressed by), so a short one counts too.
          // ("Ms Kjaergaard" for "Ms Kjærgaard": the name as an English keyboard writes it, two letters for one.)
          else if (part === 'surname' && (c.edits === 1 || latinized(word) === latinized(right)) && word.length >= 4 && before && isCourtesyTitle(before) && mentioned.has(person) && !othersSurnamesIn(draft, index).has(word) && !(next && t.after === '' && isNameToken(next))) evidence = `after a courtesy title, with ${person.fullName} named in this draft`;
          else if (part === 'surname' && !common && c.edits === 1 && word.length >= 5 && !othersSurnamesIn(draft, index).has(word)) {
            const standsAlone = !(prev && prev.after === '' && isNameToken(prev) && !prev.sentenceStart) && !(next && t.after === '' && isNameToken(next));
            const speech = (prev && SPEECH.test(prev.text)) || (next && SPEECH.test(next.text));
            if (standsAlone && mentioned.has(person)) evidence = `${person.fullName} is named elsewhere in this draft`;
            // "said Veloso": a speaker, one letter from a known surname that is not an English word.
            else if (standsAlone && speech && word.length >= 6 && !dictionaryName) evidence = 'as a speaker';
          }
          if (!evidence || (common && evidence === undefined)) continue;
          out.push({
            ruleId: 'person-name',
            start: t.start,
            end: t.baseEnd,
            message: `'${word}' looks like a misspelling of '${right}': ${describe(person)}.`,
            suggestions: [right],
            sources: person.sources.slice(0, 3),
          });
          return;
        }
      }
    });
  }
  return out;
};

// The people who ever held a title, by its key: per term base (a large one has thousands of people).
const byTitleKey = new WeakMap<TermBase, Map<string, Person[]>>();

function peopleByTitleKey(tb: TermBase): Map<string, Person[]> {
  let m = byTitleKey.get(tb);
  if (!m) {
    byTitleKey.set(tb, (m = new Map()));
    for (const p of tb.people) {
      for (const key of new Set(p.roles.map((r) => titleKey(r.title)))) {
        const list = m.get(key);
        if (list) list.push(p);
        else m.set(key, [p]);
      }
    }
  }
  return m;
}

/**
 * "NMOA Chief Scientist George Tate" where the corpus's only Chief Scientist of the NMOA is Gregory Tate: another
 * first name before the known surname, under the title the known person alone holds at the draft's date (at the
 * organization written, if any). The title and the surname together name the person; the first name is the slip.
 */
function otherFirstNameUnderOwnTitle({ draft, index, tb }: RuleContext): Finding[] {
  const out: Finding[] = [];
  draft.sentences.forEach((s, si) => {
    const t = s.tokens;
    for (let i = 1; i + 1 < t.length; i++) {
      const surname = t[i + 1];
      if (!(tokenHits(surname, index) & SURNAME)) continue;
      const given = t[i];
      const after = t[i + 2];
      if (given.after !== '' || !isNameToken(given) || isTitleWordToken(given)) continue;
      if (after && surname.after === '' && isNameToken(after)) continue;
      const bearers = index.bySurname.get(surname.base);
      if (bearers?.length !== 1) continue;
      const p = bearers[0];
      if (p.givenNames.includes(given.base) || !p.givenNames.length || tokenHits(given, index) & GIVEN_NAME) continue;
      const c = draft.chunks[si].find((x) => x.from <= i && x.to > i + 1);
      if (!c || c.from >= i) continue;
      const tp = parseTitlePhrase(draft.text, c.tokens.slice(0, i - c.from), index.resolver);
      if (!tp || tp.title.end !== t[i - 1].baseEnd) continue;
      const key = titleKey(tp.title.text);
      // "Councillor David Hinchliffe" beside the corpus's Councillor Margaret Hinchliffe: a council has many.
      if (SHARED_RANKS.has(key)) continue;
      const holds = (x: Person) => x.roles.some((r) => titleKey(r.title) === key && validAt(r, draft.date) && r.status !== 'former' && (!tp.orgId || r.organization === tp.orgId));
      if (!holds(p) || (peopleByTitleKey(tb).get(key) ?? []).some((x) => x !== p && holds(x))) continue;
      out.push({
        ruleId: 'person-name',
        start: given.start,
        end: given.baseEnd,
        message: `'${given.base} ${surname.base}' with the title '${tp.title.text}': the corpus's ${tp.title.text} is ${p.fullName} (${seenIn(p.documents)}).`,
        suggestions: [p.givenNames.join(' ')],
        sources: p.sources.slice(0, 3),
      });
    }
  });
  return out;
}

/**
 * "Associate Professor Kyle Baird of the Australian National University": the name is followed by an organization
 * the known person (Kylie Baird, of another body) is not seen with. Someone else, not a slip of the first name.
 */
function ofOtherOrganization(text: string, toks: Token[], surname: number, person: Person, index: LintIndex): boolean {
  let k = surname + 1;
  while (toks[k] && toks[k - 1].after === '' && /^[A-Z]{2,6}$/.test(toks[k].text)) k++;
  if (!toks[k] || toks[k - 1].after !== '' || !/^(?:of|at|from)$/.test(toks[k].lower)) return false;
  let from = k + 1;
  if (toks[from]?.lower === 'the') from++;
  let to = from;
  while (toks[to] && /^\p{Lu}/u.test(toks[to].text) && (to === from || toks[to - 1].after === '')) to++;
  if (to === from) return false;
  const written = text.slice(toks[from].start, toks[to - 1].baseEnd);
  const org = index.resolver.resolve(written);
  if (org) return !person.roles.some((r) => r.organization === org.id);
  // An organization the corpus does not know, unless it is a slip of the person's own ("World Custom Organization").
  return !person.roles.some((r) => {
    const own = r.organization ? index.orgById.get(r.organization) : undefined;
    return !!own && [own.name, withoutLegalForm(own.name)].some((n) => withinEdits(formKey(n), formKey(written), 2));
  });
}

/**
 * "Nadia Haddad, a hydraulic engineer ...", "Nadia Haddad, the LWSC's chief engineer": a name introduced with an
 * indefinite description, or as someone at an organization other than the known person's, is someone new.
 */
function introducedAsSomeoneElse(toks: Token[], surname: number, person: Person, index: LintIndex): boolean {
  const [first, second] = [toks[surname + 1], toks[surname + 2]];
  if (!toks[surname].after.startsWith(',') || !first) return false;
  if (first.lower === 'a' || first.lower === 'an') return true;
  if (first.lower !== 'the' || !second || second.text === second.base) return false;
  const org = index.resolver.resolve(second.base);
  return !!org && !person.roles.some((r) => r.organization === org.id);
}

/**
 * "Arjun Mehta, vice president of grid operations at Verde Valley Public Utilities": the name's own title, after
 * its comma, at an organization other than the known person's. Someone else, one letter apart.
 */
function titledAtOtherOrganization(text: string, toks: Token[], surname: number, person: Person, index: LintIndex): boolean {
  // The title right after the comma ("vice president of ..."), not a verb ("met the Commissioner of ...") nor an
  // organization's acronym before it ("DHS Assistant Secretary of ...").
  if (!toks[surname].after.startsWith(',') || !toks[surname + 1] || !isTitleWordToken(toks[surname + 1])) return false;
  // The title runs to an "of" or "at" before a capitalized name or "the" ("of grid operations" is still the title's).
  for (let k = surname + 1; k < Math.min(toks.length - 2, surname + 8) && (k === surname + 1 || toks[k - 1].after === ''); k++) {
    const next = toks[k + 2];
    if (!/^(?:of|at)$/.test(toks[k + 1].lower) || !(next.lower === 'the' || /^\p{Lu}/u.test(next.text))) continue;
    // Not a title the person holds: a slip in a known person's name comes with their own title.
    const title = formKey(text.slice(toks[surname + 1].start, toks[k].end));
    if (person.roles.some((r) => formKey(r.title).startsWith(title) || title.startsWith(formKey(r.title)))) return false;
    if (ofOtherOrganization(text, toks, k, person, index)) return true;
  }
  return false;
}

const OTHERS_SURNAMES = draftMemoKey<Set<string>>('surnames of other people');

/** "Juan Carlos Torres": surnames the draft gives people it names in full, who are not known people. */
function othersSurnamesIn(draft: Draft, index: LintIndex): Set<string> {
  return memoOnDraft(draft, OTHERS_SURNAMES, () => {
    const out = new Set<string>();
    for (const s of draft.sentences) {
      s.tokens.forEach((t, i) => {
        // "Pieter van Aardt": a particle may stand between the first name and the surname.
        let j = i - 1;
        while (j > 0 && s.tokens[j].after === '' && NAME_PARTICLES.has(s.tokens[j].text)) j--;
        const prev = s.tokens[j];
        if (!prev || prev.after !== '' || tokenHits(t, index) & KNOWN_WORD || !isNameToken(t) || !isNameToken(prev)) return;
        // At a sentence's start the first word may be an English word ("Later Mehta said"); a given name is not,
        // unless a known person's ("Kunio Mikurya" opening a sentence is the known person's slip), who is someone
        // else only with a title of their own at another organization.
        const sameGiven = prev.sentenceStart && tokenHits(prev, index) & GIVEN_NAME ? index.byGivenName.get(prev.text) ?? [] : [];
        if (!prev.sentenceStart || (!isCommonWord(prev.lower) && sameGiven.every((p) => titledAtOtherOrganization(draft.text, s.tokens, i, p, index)))) out.add(t.base);
      });
    }
    return out;
  });
}

/** A particle matches in any case ("De la Torre" is a case slip, not another person); a name word exactly. */
function sameNameWord(t: Token, word: string): boolean {
  return t.base === word || (word === word.toLowerCase() && t.lower === word);
}

/** Start of the run of title words that ends right before token i. */
function titleRunStart(toks: Token[], i: number): number {
  let j = i - 1;
  while (j - 1 >= 0 && isTitleWordToken(toks[j - 1]) && toks[j - 1].after === '') j--;
  return toks[j].start;
}

/**
 * "The Head of Department, Priya Naidu," or "Priya Naidu, Head of Department,": a title the person holds right
 * before the name (after a comma, or as part of the name's run) or right after its comma.
 */
function titledAsThePerson(text: string, toks: Token[], surname: number, person: Person): boolean {
  let given = surname - 1;
  // (Past the name's first words and its courtesy titles: "Mr Tan Boon Kiet".)
  while (given > 0 && toks[given - 1].after === '' && (isCourtesyTitle(toks[given - 1]) || (isNameToken(toks[given - 1]) && !isTitleWordToken(toks[given - 1])))) given--;
  // Before: "Head of Department Priya Naidu", "The Head of Department, Priya Naidu".
  let j = given;
  while (j > 0 && (toks[j - 1].after === '' || (j === given && toks[j - 1].after === ',')) && (isTitleWordToken(toks[j - 1]) || /^\p{Lu}/u.test(toks[j - 1].text) || WORDS_INSIDE_TITLES.has(toks[j - 1].lower)) && !toks[j - 1].sentenceStart) j--;
  if (j < given && toks.slice(j, given).some((x) => isTitleHeadToken(x)) && titleFits(person, text.slice(toks[j].start, toks[given - 1].end))) return true;
  // After: "Priya Naidu, Head of Department, said".
  if (!toks[surname].after.startsWith(',')) return false;
  let k = surname + 1;
  while (k < toks.length && k - surname <= 6 && (toks[k - 1] === toks[surname] || toks[k - 1].after === '')) k++;
  // (The title's organization may follow: "Head of Department of the DRT".)
  for (let e = k - 1; e > surname; e--) if (titleFits(person, text.slice(toks[surname + 1].start, toks[e].end))) return true;
  return false;
}

// Lower-case words inside a title ("Head of the Department", "Minister for Roads and Transport").
const WORDS_INSIDE_TITLES = new Set(['of', 'for', 'the', 'and']);

/** A name whose first word is how the corpus addresses the person ("Mr Ong" for Ong Kah Seng): family name first. */
function familyNameFirst(person: Person, words: string[]): boolean {
  // ("Dame Catherine", "Sir Alan": those honours go with the first name.)
  return words.length >= 2 && words[0] !== words[words.length - 1] && person.addressForms.some((f) => !/^(?:sir|dame)\b/i.test(f) && f.split(' ').pop() === words[0]);
}

/**
 * "Provincial Traffic Inspector Anele Coetzee": a title right before the first name that the known person (Anél
 * Coetzee, a Chief Director) never held names someone else.
 */
function titledOtherwiseBefore(text: string, toks: Token[], given: number, person: Person): boolean {
  let j = given;
  while (j > 0 && toks[j - 1].after === '' && isTitleWordToken(toks[j - 1])) j--;
  if (j === given || !toks.slice(j, given).some((t) => isTitleHeadToken(t))) return false;
  // Capitalized words before the run may qualify it ("Provincial Traffic Inspector").
  while (j > 0 && toks[j - 1].after === '' && /^\p{Lu}\p{Ll}/u.test(toks[j - 1].text) && !toks[j - 1].sentenceStart) j--;
  const title = text.slice(toks[j].start, toks[given - 1].end);
  return !titleFits(person, title) && !title.split(/\s+/).some((_, k, words) => titleFits(person, words.slice(k).join(' ')));
}

function titleFits(p: Person, title: string): boolean {
  const k = formKey(title);
  return p.roles.some((r) => {
    const rk = formKey(r.title);
    return rk === k || rk.startsWith(k + ' ') || k.endsWith(' ' + rk);
  }) || p.addressForms.some((f) => formKey(f).startsWith(k + ' '));
}
