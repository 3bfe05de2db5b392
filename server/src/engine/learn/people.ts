// People, their roles and forms of address, from the patterns releases use:
//   "CBP Commissioner Chris Magnus"                       title before the name
//   "Secretary General of the WCO, Amaranta Velloso"        title, comma, name
//   "Tomas Reyes, the former Commissioner of ..., and now ..."  name, comma, title(s)
//   "taking up his position as Secretary General ... on 1 January 2009"  roles with dates
import type { Source } from '../types';
import type { AnalyzedDocument } from './corpusModel';
import { addSourceAt, type SeenAt } from './corpusModel';
import type { Chunk } from '../text/chunks';
import type { Sentence, Token } from '../text/tokenize';
import { parseTitlePhrase, hasTitleHead, titleKey, withFieldPrefix, withOrganizationAfterComma, type OrgResolver, type TitlePhrase } from './titlePhrase';
import { isNameToken } from './nameLike';
import { isCapitalized } from '../text/chunks';
import { isFormerWord, HONORIFICS, NAME_CONNECTORS, ACTING_WORDS, isTitleWord, isTitleWordToken, isTitleHeadToken } from '../lexicon/roleWords';
import { findDates } from '../text/dates';
import { isCommonWord } from '../lexicon/englishWords';
import { formKey } from '../text/normalize';
import { FuzzyWordIndex } from '../termbase/fuzzyWordIndex';
import { fullNameAt, isCourtesyTitle, isInitial, nameSpanEnd, withoutFormOfAddress, withoutNameSuffixes, opensLongName, splitName, surnameKey, surnameStartAt } from '../termbase/personNames';

export interface RoleSighting {
  title: string;
  orgId?: string;
  status: 'current' | 'former' | 'acting';
  from?: string;
  until?: string;
  date?: string;
  source: SeenAt;
  /** Surface of the whole phrase with its organization words, for suspected-error checks. */
  surface: string;
}

export interface PersonBuilder {
  fullName: string;
  givenNames: string[];
  surname: string;
  roles: RoleSighting[];
  addressForms: Map<string, number>;
  sources: Source[];
  docs: Set<string>;
  count: number;
}

export interface TitleSighting {
  title: string;
  orgId?: string;
  /** The phrase as written with its organization words ("US Secretary of US Water Resources"). */
  surface: string;
  doc: string;
  source: SeenAt;
}

export interface PeopleResult {
  people: PersonBuilder[];
  titles: TitleSighting[];
}

const isConnector = (t: Token) => NAME_CONNECTORS.has(t.text.toLowerCase());

/**
 * Where a person's name starts inside a chunk, and one past its end, or undefined: name words (two or more, with
 * initials and particles: "J. R. Okafor", "Juan Pablo de la Torre"), not after a connector, at the chunk's end or
 * before "of".
 */
function nameAt(tokens: Token[], orgs?: OrgResolver): { at: number; end: number } | undefined {
  for (let i = tokens.length - 2; i >= 1; i--) {
    const end = nameSpanEnd(tokens, i);
    if (end === i || !opensLongName(tokens, i, end)) continue;
    // The word before the name is a title ("Commissioner Chris Magnus") or a courtesy title ("Dr. ...").
    const before = tokens[i - 1].base.replace(/\.$/, '').toLowerCase();
    if (end < tokens.length && !/^of$/i.test(tokens[end].text)) continue;
    if (isTitleWord(before) || HONORIFICS.has(before)) return { at: i, end };
    // Or the title ends in a field after "of/for" ("Assistant Commissioner for International Affairs Nadia Brandt"),
    // for a name of two words only: a longer one could begin with the field's last word.
    if (end - i > 2) continue;
    const ofAt = tokens.slice(0, i).findIndex((t) => /^(of|for)$/i.test(t.text));
    const field = ofAt > 0 && hasTitleHead(tokens.slice(0, ofAt)) && !isConnector(tokens[i - 1]) && /^[A-Z]/.test(tokens[i - 1].text);
    // ... or names an organization: "Minister of Agriculture and Fisheries Marguerite Achterberg".
    const tail = field ? tokens.slice(ofAt + 1, i).map((t) => t.base).filter((w) => /^[A-Z]/.test(w)) : [];
    // ... or ends in an English word before a surname that is none ("Minister for Water Lisa Carmody").
    const fieldEnd = field && (!isNameToken(tokens[i - 1]) || !!orgs?.containing?.(tail, true) || !!orgs?.resolve(tail.join(' ')) || (isCommonWord(tokens[i - 1].lower) && !isCommonWord(tokens[end - 1].lower)));
    if (fieldEnd) return { at: i, end };
  }
  return undefined;
}

/**
 * Where the name of a chunk that is exactly a person's name starts ("Amaranta Velloso": 0), after a courtesy
 * title ("Dr Amara Okafor", "Ms. Lena Hartmann": 1); -1 for any other chunk.
 */
function bareNameAt(c: Chunk): number {
  // "Prof. Dr. Klaus-Peter Ehrenfeld": one courtesy title or more.
  let h = 0;
  while (c.tokens.length - h >= 3 && isCourtesyTitle(c.tokens[h])) h++;
  return nameSpanEnd(c.tokens, h) === c.tokens.length ? h : -1;
}

/**
 * "Élise Roy, Regional Director, Quebec Region, has been named ...": after a name and its title, each followed by
 * a comma, a run ending in a common noun is the title's field, not another person.
 */
function fieldAfterNamedTitle(chunks: Chunk[], ci: number): boolean {
  const [name, title, c] = [chunks[ci - 2], chunks[ci - 1], chunks[ci]];
  if (!name || !title || !c) return false;
  const commaBetween = (a: Chunk, b: Chunk) => a.to === b.from && /,$/.test(a.tokens[a.tokens.length - 1].after);
  return commaBetween(name, title) && commaBetween(title, c) && bareNameAt(name) >= 0 && hasTitleHead(title.tokens) && isCommonWord(c.tokens[c.tokens.length - 1].lower);
}

/**
 * The full name for a chunk that is a courtesy title and one surname ("Mr. Gonçalves"), when the release names
 * exactly one person in full with that surname ("Pedro Henrique Gonçalves") as a chunk of its own.
 */
function fullNameInRelease(doc: AnalyzedDocument, c: Chunk): Token[] | undefined {
  const [h, sur] = c.tokens;
  if (c.tokens.length !== 2 || !HONORIFICS.has(h.lower.replace(/\.$/, '')) || !isNameToken(sur)) return undefined;
  const found = new Map<string, Token[]>();
  for (const chunks of doc.chunks) {
    for (const x of chunks) {
      const last = x.tokens[x.tokens.length - 1];
      if (x.tokens.length < 2 || last.base !== sur.base || nameSpanEnd(x.tokens, 0) !== x.tokens.length) continue;
      found.set(x.tokens.map((t) => t.text).join(' '), x.tokens);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function statusBefore(s: Sentence, index: number): 'former' | undefined {
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    if (isFormerWord(s.tokens[k])) return 'former';
  }
  return undefined;
}

export function learnPeople(docs: AnalyzedDocument[], orgs: OrgResolver): PeopleResult {
  const people = new Map<string, PersonBuilder>();
  const titles: TitleSighting[] = [];

  const person = (written: Token[], doc: AnalyzedDocument, s: Sentence): PersonBuilder => {
    // "Marcus Bell Jr.", "Helen Marsh AO" are learned as "Marcus Bell", "Helen Marsh": drafts write the suffix
    // or leave it out (mentions take it in).
    const name = withoutNameSuffixes(written);
    const words = name.map((t, k) => (k === name.length - 1 ? t.base : t.text));
    const fullName = words.join(' ');
    // "Tomas R. Reyes" and "Tomas Reyes" are one person.
    const plain = words.filter((w) => !isInitial(w));
    const key = formKey((plain.length >= 2 ? plain : words).join(' '));
    let p = people.get(key);
    if (!p) {
      p = { fullName, ...splitName(words), roles: [], addressForms: new Map(), sources: [], docs: new Set(), count: 0 };
      people.set(key, p);
    }
    addSourceAt(p.sources, doc, s);
    return p;
  };
  const addRole = (p: PersonBuilder, tp: TitlePhrase, status: RoleSighting['status'] | undefined, doc: AnalyzedDocument, s: Sentence, orgOverride?: string) => {
    const since = sinceDate(doc.text, tp.suffix?.end ?? tp.title.end, s.end);
    p.roles.push({
      ...(since ? { from: since } : {}),
      title: tp.title.text,
      orgId: tp.orgId ?? orgOverride,
      status: status ?? (tp.acting ? 'acting' : 'current'),
      date: doc.date,
      source: { doc, sentence: s },
      surface: doc.text.slice(tp.prefix?.start ?? tp.title.start, tp.suffix?.end ?? tp.title.end),
    });
  };

  const courtesyNamed = new Map<string, { docs: Set<AnalyzedDocument>; sightings: { name: Token[]; doc: AnalyzedDocument; s: Sentence }[] }>();
  for (const doc of docs) {
    doc.sentences.forEach((s, si) => {
      const chunks = doc.chunks[si];
      // Every title phrase, with or without a name: title forms and their organizations.
      for (const c of chunks) {
        if (!hasTitleHead(c.tokens)) continue;
        const name = nameAt(c.tokens, orgs);
        const titleTokens = name ? withoutFormOfAddress(c.tokens.slice(0, name.at)) : c.tokens;
        const tp = parseTitlePhrase(doc.text, titleTokens, orgs);
        if (!tp) continue;
        // Title before the name: "WCO Secretary General Amaranta Velloso (of the World Fisheries Organization)".
        if (name && hasTitleHead(titleTokens)) {
          const p = person(c.tokens.slice(name.at, name.end), doc, s);
          let orgOverride: string | undefined;
          const after = c.tokens.slice(name.end);
          if (after.length >= 2 && /^of$/i.test(after[0].text)) {
            const tail = after.slice(/^the$/i.test(after[1].text) ? 2 : 1);
            if (tail.length) orgOverride = orgs.resolve(doc.text.slice(tail[0].start, tail[tail.length - 1].baseEnd))?.id;
          }
          addRole(p, tp, statusBefore(s, c.from), doc, s, orgOverride);
        }
      }
      for (let ci = 0; ci < chunks.length; ci++) {
        const c = chunks[ci];
        // Title, comma, name: "Secretary General of the WCO, Amaranta Velloso" (an "(ACR)" may sit between).
        if (hasTitleHead(c.tokens) && !nameAt(c.tokens, orgs)) {
          let next = ci + 1;
          let lastTok = c.tokens[c.tokens.length - 1];
          // "The Director-General of the national Department of Transport (DoT), Ruth Mahlangu": a word of level in
          // lower case between "of the" and the organization's name.
          const levelled = organizationAfterLevelWord(doc.text, s, c, chunks[next], orgs);
          if (levelled) {
            lastTok = chunks[next].tokens[chunks[next].tokens.length - 1];
            next++;
          }
          // "The Chief Director: Road Safety, Anél Coetzee, said": the title's field after a colon (South African
          // government style), then the name.
          const colonField = chunks[next];
          if (!levelled && lastTok.after === ':' && colonField && colonField.from === s.tokens.indexOf(lastTok) + 1 && colonField.tokens.length <= 4 && /^,$/.test(colonField.tokens[colonField.tokens.length - 1].after) && colonField.tokens.every((t) => isCommonWord(t.lower))) {
            lastTok = colonField.tokens[colonField.tokens.length - 1];
            next++;
          }
          if (chunks[next] && lastTok.after.endsWith('(') && chunks[next].tokens.length <= 2) {
            lastTok = chunks[next].tokens[chunks[next].tokens.length - 1];
            next++;
          }
          const n = chunks[next];
          // "The Director of Finance, Mr. Kelvin Chanda, ...": the name after its courtesy titles.
          let h = 0;
          while (n && n.tokens.length - h >= 3 && isCourtesyTitle(n.tokens[h])) h++;
          const nameEnd = n ? nameSpanEnd(n.tokens, h) : 0;
          // "Vice President, Corporate Finance, will ...": a title's field after the comma, no name (only common words).
          const field = n && (n.tokens.slice(h, nameEnd).every((t) => isCommonWord(t.lower)) || (h === 0 && fieldAfterNamedTitle(chunks, next)));
          if (n && !field && /,$/.test(lastTok.after) && n.from === s.tokens.indexOf(lastTok) + 1 && nameEnd - h >= 2 && (nameEnd === n.tokens.length || isConnector(n.tokens[nameEnd]))) {
            // "Deputy Secretary, Climate Resilience Anjali Mehta said": the title's field, then the name.
            let from = h;
            while (h === 0 && nameEnd - from > 2 && isCommonWord(n.tokens[from].lower)) from++;
            const tp = parseTitlePhrase(doc.text, c.tokens, orgs);
            if (tp) addRole(person(n.tokens.slice(from, nameEnd), doc, s), tp, statusBefore(s, c.from), doc, s, levelled);
          }
        }
        // Name, comma, title(s): "Tomas Reyes, the former Commissioner of ..., and now DHS Assistant Secretary ...".
        const at = bareNameAt(c);
        // "Dr. Claudette Amesbury, director of the program": a full name after a courtesy title is a person's, with or
        // without a title the learner reads (one in lower case is not read), so a draft's slip in it is found. Only
        // a name so written in two releases or more: one mention may be anyone ("a 2003 visit by Mr. Zhang Jiabao").
        if (at >= 1 && c.tokens.length - at >= 2) {
          const name = c.tokens.slice(at);
          const key = formKey(name.map((t) => t.text).join(' '));
          let seen = courtesyNamed.get(key);
          if (!seen) courtesyNamed.set(key, (seen = { docs: new Set(), sightings: [] }));
          seen.docs.add(doc);
          seen.sightings.push({ name, doc, s });
        }
        // "The Center has appointed Sione Taufa as Pacific Liaison Officer": a name after a verb of appointment and
        // before "as" and a title (learnDatedRoles dates it).
        // "... named Rosalind Tate the authority's Executive Director": the same without "as", after "the" and an owner.
        const asNext = s.tokens[c.to]?.lower === 'as';
        const theNext = !asNext && s.tokens[c.to]?.lower === 'the' && /^(?:named|appointed|elected)$/i.test(s.tokens[c.from - 1]?.text ?? '');
        // ("elected Dr Petra Kolar as its Chair": after courtesy titles too.)
        if (at >= 0 && c.from > 0 && APPOINTED_BEFORE.test(`${s.tokens[c.from - 1].text} `) && c.tokens[c.tokens.length - 1].after === '' && (asNext || theNext)) {
          let j = asNext ? c.to + 1 : c.to;
          while (s.tokens[j] && j - c.to <= 3 && (BEFORE_TITLE.has(s.tokens[j].lower) || (theNext && /^\p{Ll}+['’]s$/u.test(s.tokens[j].text)))) j++;
          const tc = chunks.find((x) => x.from === j);
          const parsed = tc && hasTitleHead(tc.tokens) ? parseTitlePhrase(doc.text, tc.tokens, orgs) : undefined;
          const tp = parsed && withFieldPrefix(doc.text, parsed);
          if (tp) addRole(person(c.tokens.slice(at), doc, s), tp, undefined, doc, s);
        }
        // "said Mr. Gonçalves, Chair of ...": a courtesy title and a surname the release gave in full before.
        const named = at < 0 ? fullNameInRelease(doc, c) : undefined;
        // "Corporate Finance, will serve as ...": the field of a title just before, not a name (only common words).
        // "Chief Director: Infrastructure Delivery, ...": the field of the title before the colon, not a name either.
        const commonWords = at >= 0 && (c.tokens.slice(at).every((t) => isCommonWord(t.lower)) || (at === 0 && c.from > 0 && s.tokens[c.from - 1].after === ':' && isTitleWordToken(s.tokens[c.from - 1])));
        if (((at >= 0 && !commonWords && !fieldAfterNamedTitle(chunks, ci)) || named) && /^,/.test(c.tokens[c.tokens.length - 1].after)) {
          let k = c.to;
          let status: RoleSighting['status'] | undefined;
          const name = named ?? c.tokens.slice(at);
          // "said Colm Fitzgibbon, chief commercial officer of Corvanta Energy": a title in lower case (AP style).
          const lower = lowerCaseTitleAfterName(doc, s, chunks, k, orgs);
          if (lower && !commonWords) addRole(person(name, doc, s), lower, undefined, doc, s);
          for (let round = 0; round < 2 && !lower; round++) {
            const gapStart = k;
            let conjunction = false;
            while (k < s.tokens.length && !/^[A-Z]/.test(s.tokens[k].text) && k - gapStart < 4) {
              const w = s.tokens[k].text.toLowerCase();
              if (isFormerWord(s.tokens[k])) status = 'former';
              if (w === 'now') status = 'current';
              if (w === 'and' || w === 'or' || w === 'with') conjunction = true;
              k++;
            }
            // "Amaranta Velloso, and US ... Secretary, Lena Hartmann": the title after "and" is someone else's.
            if (conjunction && status !== 'current') break;
            const tc = chunks.find((x) => x.from === k);
            // "... Communities Grants, Minister for Water Lisa Carmody announced": a title that names its own holder.
            if (!tc || !hasTitleHead(tc.tokens) || nameAt(tc.tokens, orgs)) break;
            const parsed = parseTitlePhrase(doc.text, tc.tokens, orgs);
            const fielded = parsed && withFieldPrefix(doc.text, parsed);
            const tp = fielded && withOrganizationAfterComma(doc.text, fielded, tc, chunks, orgs);
            // The chunk must open with the title or with its organization ("DHS Assistant Secretary ...").
            if (!tp || (tp.prefix && tp.orgFrom !== 'prefix')) break;
            addRole(person(name, doc, s), tp, status, doc, s);
            // Skip "(US CBP)," and look for "and now ..." once.
            k = tc.to;
            if (s.tokens[k - 1]?.after.includes('(')) {
              while (k < s.tokens.length && k - tc.to < 4 && !s.tokens[k].after.includes(')')) k++;
              k++;
            }
            status = undefined;
            const look = s.tokens.slice(k, k + 3).map((t) => t.text.toLowerCase());
            if (!look.includes('now')) break;
          }
        }
      }
    });
  }

  for (const { docs: seenIn, sightings } of courtesyNamed.values()) {
    if (seenIn.size >= 2) for (const x of sightings) person(x.name, x.doc, x.s);
  }
  learnDatedRoles(docs, people, orgs);
  learnRetirements(docs, people);
  learnAddressForms(docs, people);
  collectTitles(docs, people, orgs, titles);
  return { people: [...people.values()], titles };
}

// Words that say which level of government a body belongs to, written in lower case before its name.
const LEVEL_WORDS = new Set(['national', 'provincial', 'federal', 'state', 'regional', 'local', 'municipal', 'county', 'city']);

/** The id of the organization after "of the national" when chunk c (a title) is followed by it, else undefined. */
function organizationAfterLevelWord(text: string, s: Sentence, c: Chunk, next: Chunk | undefined, orgs: OrgResolver): string | undefined {
  const [of, the, level] = [s.tokens[c.to], s.tokens[c.to + 1], s.tokens[c.to + 2]];
  if (!next || next.from !== c.to + 3 || c.tokens[c.tokens.length - 1].after !== '' || of?.lower !== 'of' || the?.lower !== 'the' || !level || level.text !== level.lower || !LEVEL_WORDS.has(level.lower)) return undefined;
  return orgs.resolve(text.slice(next.start, next.tokens[next.tokens.length - 1].baseEnd))?.id;
}

/** Every title phrase, with or without a person: title forms, their organizations, and their slips. */
function collectTitles(docs: AnalyzedDocument[], people: Map<string, PersonBuilder>, orgs: OrgResolver, titles: TitleSighting[]): void {
  const nameWords = new Set<string>();
  for (const p of people.values()) for (const w of p.fullName.split(' ')) if (!isInitial(w) && w !== w.toLowerCase()) nameWords.add(w);
  for (const doc of docs) {
    doc.sentences.forEach((s, si) => {
      for (const c of doc.chunks[si]) {
        if (!hasTitleHead(c.tokens)) continue;
        // A title stops where a person's name starts ("Secretary General Velloso").
        const cut = c.tokens.findIndex((t) => nameWords.has(t.base));
        // "... Chief Executive Officer Ms Dana Kerr": nor does the form of address before the name belong to it.
        const tokens = cut >= 0 ? withoutFormOfAddress(c.tokens.slice(0, cut)) : c.tokens;
        if (!tokens.length || !hasTitleHead(tokens)) continue;
        const tp = parseTitlePhrase(doc.text, tokens, orgs);
        if (!tp) continue;
        const surface = doc.text.slice(tp.prefix?.start ?? tp.title.start, tp.suffix?.end ?? tp.title.end);
        titles.push({ title: tp.title.text, orgId: tp.orgId, surface, doc: doc.file, source: { doc, sentence: s } });
      }
    });
  }
}

/**
 * "Before taking up his position as Secretary General of the WCO on 1 January 2009, Amaranta Velloso spent seven
 * years as the Organization’s Deputy Secretary General": roles introduced by "as", dated by "on DATE", and past
 * when the verb says so ("spent", "served", "was").
 */
const APPOINTED = new Set(['appointed', 'named', 'elected', 'became', 'become', 'becomes']);
/**
 * "The Board today appointed ", "has named ", "voted to confirm ", "swore in ": a verb of appointment right before
 * the person's name, perhaps with the title the person holds between ("elected Councilmember Marcus Bell as ...").
 */
const APPOINTED_BEFORE = /\b(?:appointed|named|elected|designated|confirm(?:ed)?|swore in|(?:appointment|election) of)\s+(?:[A-Z][\w.-]*\s+){0,3}$/;
/** After a title: "..., effective immediately", "with immediate effect". */
const IMMEDIATELY = /^\s*(?:(?:at|of|with)\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,6})?(?:\([^)]*\)\s*)?,?\s*(?:effective immediately|with immediate effect)\b/;
/**
 * A date right after a title, perhaps after its organization, place or field: " on 1 March 2021", " at the ICRA on
 * August 1, 2021", ", effective 1 January 2023", ", Science with effect from 5 February 2018", " in Niger with
 * effect from 1 March 2018".
 */
const DATE_AFTER_TITLE = /^\s*(?:(?:at|of|with|in)\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,6})?(?:\([^)]*\)\s*)?(?:,\s*[A-Z][\w&'’-]*,?\s+(?:(?:[A-Z][\w&'’-]*|and|of|for|&),?\s+){0,5})?(?:,?\s*also\s+)?(?:on|in|since|from|with effect from|,?\s*effective|as of)\s/;
/** Text from a role's "as" to the speaker named after a quotation: the quotation's part speaks of someone else. */
function quotesSomeoneElse(between: string): boolean {
  const close = between.search(/[”"]/);
  if (close < 0) return false;
  const quoted = between.slice(0, close);
  return /\b(?:he|she|they)\b/i.test(quoted) && !/\b(?:I|my|me)\b/.test(quoted);
}

/** "will succeed Judith Carmody as Chair", "replaced Ana Ruiz as Governor": the verb before the person succeeded. */
const SUCCEEDS = /^(?:succeed(?:s|ed)?|replace[sd]?)$/i;
/** Words between a verb of appointment and the title: "will become its first Deputy Director". */
const BEFORE_TITLE = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'first', 'new', 'next']);
/** "sworn in as the 54th Mayor": an ordinal between "the" and the title. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** Words between a subject and its verb of appointment ("has been", "was today", "will be formally"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'be', 'being', 'will', 'would', 'shall', 'today', 'also', 'now', 'formally', 'officially', 'recently', 'just', 'since']);
/** The words a dated role hangs on ("as", "promoted to", "appointed"). */
const ROLE_TRIGGERS = new Set(['as', 'to', ...APPOINTED]);
/** "took up the post of Vice-President": the words before an "of" that introduces a role like "as" does. */
const ROLE_NOUNS = new Set(['post', 'position', 'role', 'office', 'job', 'duties']);
const lowerText = (t: Token) => (t.text === t.base ? t.lower : t.text.toLowerCase());

function learnDatedRoles(docs: AnalyzedDocument[], people: Map<string, PersonBuilder>, orgs: OrgResolver): void {
  const START = /\b(tak(?:e|es|ing)|took) (?:up|office)\b|\bappointed\b|\bsworn in\b|\bbec(?:ame|om(?:e|es|ing))\b|\bassum(?:ed|ing)\b|\bjoin(?:ed|ing)\b|\bpromoted\b|\bnamed\b|\belected\b|\bconfirmed\b|\bdesignated\b|\bresum(?:e|es|ed|ing)\b|\bsucceed(?:s|ed|ing)?\b/i;
  // ("has served as ... since 2014" is held still.)
  const PAST = /\b(spent|(?<!ha(?:s|ve) )served|was|had been|previously|formerly|worked|retired|after [\w-]+ years)\b/i;
  // "X will retire as Chief Executive Officer on June 30, 2021": the role ends on that date.
  const END = /\b(retir(?:e|es|ed|ing)|step(?:s|ped|ping)? down|resign(?:s|ed|ing)?|leav(?:e|es|ing)|left)\s*$/i;
  // Titles the corpus writes capitalized somewhere: the only ones read in lower case after "as" or "appointed".
  const knownTitles = new Set<string>();
  for (const p of people.values()) for (const r of p.roles) knownTitles.add(titleKey(r.title));
  // By the first word of the full name, and by the surname's last word.
  const byFirstWord = byFirstNameWord(people.values());
  const bySurname = new Map<string, PersonBuilder[]>();
  for (const p of people.values()) bySurname.set(surnameKey(p), [...(bySurname.get(surnameKey(p)) ?? []), p]);
  for (const doc of docs) {
    doc.sentences.forEach((s, si) => {
      // Without one of its trigger words a sentence dates no role: most are skipped before looking for names.
      if (!s.tokens.some((t, k) => ROLE_TRIGGERS.has(lowerText(t)) || (t.lower === 'of' && k > 0 && ROLE_NOUNS.has(s.tokens[k - 1].lower)))) return;
      // Where each person is named in this sentence: in full, or by a surname only one person has.
      const mentions: { p: PersonBuilder; at: number }[] = [];
      s.tokens.forEach((t, k) => {
        if (!isCapitalized(t.text)) return;
        const full = (byFirstWord.get(t.text) ?? []).find((p) => fullNameAt(p, s.tokens, k) > 0);
        if (full) return mentions.push({ p: full, at: k });
        const only = bySurname.get(t.base);
        if (only?.length !== 1) return;
        const from = surnameStartAt(only[0], s.tokens, k);
        // "Maria Velloso" is someone else, unless the word before is the person's own first word (a full name).
        const prev = s.tokens[from - 1];
        if (prev && prev.after === '' && (byFirstWord.has(prev.text) || only[0].givenNames.includes(prev.text))) return;
        mentions.push({ p: only[0], at: from });
      });
      if (!mentions.length) return;
      const chunks = doc.chunks[si];
      const found: { p: PersonBuilder; tp: TitlePhrase; past: boolean; started: boolean; from?: string; until?: string; at: number; owner: boolean }[] = [];
      s.tokens.forEach((t, k) => {
        // "as X", or a verb of appointment right before the title: "who was appointed Deputy Secretary on ...".
        let w = t.text.toLowerCase();
        if (w === 'of') {
          if (!ROLE_NOUNS.has(s.tokens[k - 1]?.lower ?? '')) return;
          w = 'as';
        }
        if (w !== 'as' && w !== 'to' && !APPOINTED.has(w)) return;
        if (w === 'to' && !/^promoted$/i.test(s.tokens[k - 1]?.text ?? '')) return;
        // "X, who was sworn in as ...": the role is that of the person named last before it.
        // "Before taking up his position as X ..., Amaranta Velloso spent ...": a fronted clause's subject follows it.
        let subject = [...mentions].reverse().find((m) => m.at < k) ?? mentions.find((m) => m.at > k);
        if (!subject) return;
        // "Ms. Roy has served as Interim President since 2017, following the retirement of Paul Lind": a person the
        // sentence names before "as" (one this pass cannot tell apart) is its subject, not one named after.
        if (subject.at > k && s.tokens.slice(0, k).some((x, q) => isCourtesyTitle(x) && q + 1 < k && isCapitalized(s.tokens[q + 1].text))) return;
        // "“As Deputy Chair he will help us ...,” Ms Carmody said.": the speaker is not the quotation's subject when it
        // speaks of someone else ("As Chair I will ...," is the speaker's own).
        if (subject.at > k && quotesSomeoneElse(doc.text.slice(t.end, s.tokens[subject.at].start))) return;
        // "Mayor Ames today swore in Luis Ortega as Chief of Police": another name right before "as" (one the
        // corpus has not learned yet) holds the role, not the subject named earlier.
        const justBefore = s.tokens[k - 1];
        if (w === 'as' && subject.at < k - 1 && justBefore.after === '' && isCapitalized(justBefore.text) && isNameToken(justBefore) && !isTitleWord(justBefore.base) && !subject.p.fullName.split(' ').includes(justBefore.base)) return;
        // "The Minister today announced that Ana Ruiz has been appointed Governor": the verb's own subject, right
        // before it and its auxiliaries, is another name (one the corpus has not learned yet).
        if (w !== 'as' && w !== 'to' && subject.at < k) {
          let q = k - 1;
          while (q > subject.at && AUXILIARIES.has(s.tokens[q].lower)) q--;
          const who = s.tokens[q];
          // (Not a word that ends an appositive: "Dr Simon Greaves, Principal Scientist, Lake Chemistry, has been ...".)
          if (q > subject.at && who.after !== ',' && isCapitalized(who.text) && isNameToken(who) && !isTitleWordToken(who) && !subject.p.fullName.split(' ').includes(who.base)) return;
        }
        // "Wiremu Tāwhai will succeed Judith Carmody as Chair ...": the role is the successor's; the person
        // succeeded held it until then.
        let succeeded: PersonBuilder | undefined;
        // (Only "as" right after the name: in "succeeds Ana Ruiz, who retires after six years as Chair" the role is
        // told of the one succeeded.)
        // ("will succeed Ms. Raman as ...": past the succeeded person's courtesy title.)
        const verbAt = subject.at - (s.tokens[subject.at - 1] && isCourtesyTitle(s.tokens[subject.at - 1]) ? 2 : 1);
        if (w === 'as' && subject.at < k && SUCCEEDS.test(s.tokens[verbAt]?.text ?? '') && justBefore.after === '' && subject.p.fullName.split(' ').includes(justBefore.base)) {
          const successor = [...mentions].reverse().find((m) => m.at < verbAt);
          if (successor) {
            succeeded = subject.p;
            subject = successor;
          }
        }
        let j = k + 1;
        // ... or an owner's possessive before one of them: "as the Agency’s next Executive Director" (the owner is the
        // organization named nearby, as for "the Organization’s Deputy Director", whose possessive stays in the phrase).
        let owner = false;
        while (s.tokens[j] && j - k <= 3) {
          if (BEFORE_TITLE.has(s.tokens[j].lower) || ORDINAL.test(s.tokens[j].lower)) j++;
          else if (/^\p{Lu}\p{Ll}+['’]s$/u.test(s.tokens[j].text) && BEFORE_TITLE.has(s.tokens[j + 1]?.lower ?? '')) (owner = true), j++;
          else break;
        }
        if (w !== 'as' && !(s.tokens[j] && isTitleWord(s.tokens[j].base))) return;
        const tc = chunks.find((x) => x.from <= j && x.to > j);
        let tp: TitlePhrase;
        let titleEnd: number;
        if (tc) {
          const tokens = tc.tokens.slice(j - tc.from);
          if (!hasTitleHead(tokens)) return;
          const parsed = parseTitlePhrase(doc.text, tokens, orgs);
          if (!parsed) return;
          // "elected Councilmember Marcus Bell as Council President": a title before a name is that person's own,
          // not the office the verb gives (the "as" does).
          // (The organization after the title is not a name: "appointed Deputy Chief Constable of Kestrelmoor Police".)
          const suffix = parsed.orgFrom === 'suffix' ? parsed.suffix : undefined;
          if (w !== 'as' && tokens.some((x) => x.start >= parsed.title.end && !(suffix && x.start >= suffix.start) && isNameToken(x))) return;
          tp = withFieldPrefix(doc.text, parsed);
          titleEnd = tc.end;
        } else {
          // AP style: "has been appointed deputy administrator with effect from ...".
          const lower = knownLowerCaseTitleAt(doc, s, j, knownTitles);
          if (!lower) return;
          tp = lower;
          titleEnd = lower.title.end;
        }
        const before = doc.text.slice(subject.at < k ? s.tokens[subject.at].end : s.start, w === 'as' ? t.start : t.end);
        const lastVerbClause = before.slice(Math.max(before.lastIndexOf(','), 0));
        const following = doc.text.slice(titleEnd, Math.min(s.end, titleEnd + 80));
        // "The Board today appointed Amara Velloso as ...": the verb before the person's name.
        const lead = subject.at < k ? doc.text.slice(Math.max(s.start, s.tokens[subject.at].start - 40), s.tokens[subject.at].start) : '';
        const appointedBefore = APPOINTED_BEFORE.test(lead);
        // "took up ... as X on 1 January 2009", "took office on 1 March 2019 as X", "served as X since March 2018",
        // "will become Director at the ICRA on 1 August 2021"; "today assumed office as X": the release's date.
        const hop = DATE_AFTER_TITLE.exec(following);
        // Only the date the preposition introduces ("since 2015, will take office on 1 September" gives none).
        // "..., effective immediately", "with immediate effect": the release's date.
        const immediately = doc.date && IMMEDIATELY.test(following) ? { iso: doc.date } : undefined;
        const dated = (hop ? findDates(following.slice(hop[0].length)).find((d) => d.start === 0) : undefined) ?? immediately ?? (hop ? undefined : findDates(lastVerbClause).pop());
        const started = START.test(lastVerbClause) || appointedBefore;
        // "has confirmed X as ...", "X has been appointed ...": a present perfect tells of the release's day too.
        const today = started && !dated && doc.date && /\btoday\b|\bha(?:s|ve) (?:been )?(?:appointed|named|elected|confirmed)\b/i.test(appointedBefore ? lead : lastVerbClause) ? doc.date : undefined;
        const past = !started && PAST.test(lastVerbClause);
        const since = /^\s*since\s/.test(following);
        // "... steps down as Chief Executive Officer" (no date, not "will"): the role ends on the release's date.
        const ending = w === 'as' ? END.exec(before) : null;
        const endsToday = !!ending && !dated && !!doc.date && !/ing\s*$/.test(ending[0]) && !/\b(?:will|to|would|shall)\s+\S+(?:\s+down)?\s*$/i.test(before);
        const until = w === 'as' && hop && dated && ending ? dated.iso : endsToday ? doc.date : undefined;
        found.push({ p: subject.p, tp, past, started, from: !until && (started || since) && dated ? dated.iso : today, until, at: t.start, owner });
        if (succeeded) found.push({ p: succeeded, tp, past: false, started: false, until: dated?.iso ?? doc.date, at: t.start, owner });
      });
      if (!found.length) return;
      const sentenceOrg = found.find((f) => f.tp.orgId)?.tp.orgId;
      for (const f of found) {
        const startDate = found.find((g) => g.p === f.p && g.from && !g.past)?.from;
        addSourceAt(f.p.sources, doc, s);
        // "the Organization’s Deputy Secretary General": a generic reference to the organization named nearby.
        const orgId = f.tp.orgId ?? (f.tp.prefix || f.owner ? sentenceOrg : undefined);
        f.p.roles.push({
          title: f.tp.title.text,
          orgId,
          status: f.past || f.until ? 'former' : f.tp.acting ? 'acting' : 'current',
          from: f.from,
          until: f.until ?? (f.past && startDate ? startDate : undefined),
          // "launched the project as Secretary in 2020": not evidence of the role on the release's date; "was confirmed
          // as Chief Executive" (undated) is.
          date: f.past || f.from || f.started ? doc.date : undefined,
          source: { doc, sentence: s },
          surface: f.tp.title.text,
        });
      }
    });
  }
}

/**
 * AP style: "has been appointed deputy administrator with effect from ...", "will succeed Ana Ruiz as associate
 * administrator for observing systems": a title in lower case after a verb of appointment or "as", the longest
 * run of two words or more that the corpus writes as a title elsewhere, capitalized (lower-case words after "as"
 * are mostly no title at all).
 */
function knownLowerCaseTitleAt(doc: AnalyzedDocument, s: Sentence, j: number, knownTitles: Set<string>): TitlePhrase | undefined {
  const t = s.tokens;
  let last = -1;
  for (let e = j; e < t.length && e - j < 7 && /^\p{Ll}/u.test(t[e].text); e++) {
    const written = doc.text.slice(t[j].start, t[e].baseEnd);
    const acting = ACTING_WORDS.has(t[j].lower) && e > j + 1;
    if (e > j && (knownTitles.has(titleKey(written)) || (acting && knownTitles.has(titleKey(doc.text.slice(t[j + 1].start, t[e].baseEnd)))))) last = e;
    if (t[e].after !== '') break;
  }
  if (last < 0) return undefined;
  const title = { start: t[j].start, end: t[last].baseEnd, text: titleCased(doc.text.slice(t[j].start, t[last].baseEnd)) };
  return { title, acting: ACTING_WORDS.has(t[j].lower) };
}

const titleCased = (title: string) => title.replace(/\S+/g, (w) => (NAME_CONNECTORS.has(w) ? w : w[0].toUpperCase() + w.slice(1)));

/**
 * A title in lower case right after a name and its comma ("chief technology officer of Corvanta Energy"): a title
 * word, up to two other words, a title head, then perhaps "of" and an organization's name; as a title is written
 * before a name ("Chief Technology Officer"). Undefined when there is none.
 */
function lowerCaseTitleAfterName(doc: AnalyzedDocument, s: Sentence, chunks: Chunk[], k: number, orgs: OrgResolver): TitlePhrase | undefined {
  const t = s.tokens;
  const run: Token[] = [];
  for (let j = k; j < t.length && run.length < 5 && /^\p{Ll}/u.test(t[j].text) && !NAME_CONNECTORS.has(t[j].lower); j++) {
    run.push(t[j]);
    if (t[j].after !== '') break;
  }
  let last = run.length - 1;
  while (last >= 0 && !isTitleHeadToken(run[last])) last--;
  const title = run.slice(0, last + 1);
  // Two words or more, ending the run or before "of": a lone "director" may be anything.
  if (title.length < 2 || !isTitleWordToken(title[0]) || title.filter((x) => !isTitleWordToken(x)).length > 2) return undefined;
  const end = k + title.length;
  const span = { start: title[0].start, end: title[title.length - 1].end, text: titleCased(doc.text.slice(title[0].start, title[title.length - 1].end)) };
  if (title[title.length - 1].after !== '' || !t[end]) return { title: span, acting: false };
  if (t[end].lower !== 'of') return undefined;
  const org = chunks.find((x) => x.from === end + 1 || (x.from === end + 2 && t[end + 1].lower === 'the'));
  if (!org) return undefined;
  const suffix = { start: org.tokens[0].start, end: org.tokens[org.tokens.length - 1].baseEnd, text: doc.text.slice(org.tokens[0].start, org.tokens[org.tokens.length - 1].baseEnd) };
  return { title: span, suffix, orgId: orgs.resolve(suffix.text)?.id, orgFrom: 'suffix', acting: false };
}

/** People by the first word of their full name, in their order (a full name is looked up by its first word). */
function byFirstNameWord(people: Iterable<PersonBuilder>): Map<string, PersonBuilder[]> {
  const out = new Map<string, PersonBuilder[]>();
  for (const p of people) {
    const first = p.fullName.slice(0, p.fullName.indexOf(' '));
    const list = out.get(first);
    if (list) list.push(p);
    else out.set(first, [p]);
  }
  return out;
}

// After a person's name (its post-nominals, an appositive after a comma): "will retire on", "retired on".
// "..., whose second term as Chair ends on 30 June 2025": that title ends then.
const TERM_ENDS = /^(?:\s+(?:[A-Z]{2,6}|[JS]r\.?|I{2,3}|IV))*,\s*whose\s+(?:\w+\s+)?(?:term|mandate)\s+as\s+(?:the\s+)?([A-Z][^,.;]*?)\s+(?:ends|expires|ended|expired)\s+on\s/;
const RETIRES_ON = /^(?:\s+(?:[A-Z]{2,6}|[JS]r\.?|I{2,3}|IV))*(?:,[^,.;]{0,80})?,?\s+(?:will\s+|is\s+to\s+)?(?:retire[sd]?|step(?:s|ped)?\s+down|resign(?:s|ed)?)\s+(?:on|effective)\s/;

/**
 * "... its Chief Scientist, Adjunct Professor Margaret Olsen PSM, will retire on 30 September 2019": the titles the
 * sentence gives the person (or all those held by then) end on that date; "whose term as Chair ends on ...", that one.
 */
function learnRetirements(docs: AnalyzedDocument[], people: Map<string, PersonBuilder>): void {
  const byFirstWord = byFirstNameWord(people.values());
  for (const doc of docs) {
    for (const s of doc.sentences) {
      if (!/\b(?:retire|step|resign|term|mandate)/i.test(s.text)) continue;
      s.tokens.forEach((t, k) => {
        let n = 0;
        const p = byFirstWord.get(t.text)?.find((x) => (n = fullNameAt(x, s.tokens, k)) > 0);
        if (!p) return;
        const after = doc.text.slice(s.tokens[k + n - 1].baseEnd, s.end);
        const r = RETIRES_ON.exec(after) ?? TERM_ENDS.exec(after);
        const date = r ? findDates(after.slice(r[0].length)).find((d) => d.start === 0) : undefined;
        if (!r || !date) return;
        // "whose term as Chair ends on ...": that title only.
        const only = r[1] ? titleKey(r[1]) : undefined;
        // The titles this sentence gives, or else every title held up to the release: retiring ends them all.
        const here = p.roles.filter((x) => x.source.sentence === s && x.status !== 'former' && (!only || titleKey(x.title) === only));
        const held = here.length ? here : p.roles.filter((x) => x.status !== 'former' && (!x.date || !doc.date || x.date <= doc.date) && (!x.from || x.from < date.iso) && (!only || titleKey(x.title) === only));
        for (const seen of held) p.roles.push({ ...seen, status: 'former', until: date.iso, source: { doc, sentence: s } });
      });
    }
  }
}

/** "Secretary General Velloso", "Secretary Hartmann", "Dr. Smith"; also counts every mention of each person. */
function learnAddressForms(docs: AnalyzedDocument[], people: Map<string, PersonBuilder>): void {
  const bySurname = new Map<string, PersonBuilder[]>();
  const byFirstWord = new Map<string, PersonBuilder[]>();
  for (const p of people.values()) {
    bySurname.set(surnameKey(p), [...(bySurname.get(surnameKey(p)) ?? []), p]);
    const words = p.fullName.split(' ');
    if (words.length >= 2 && !isInitial(words[0])) byFirstWord.set(words[0], [...(byFirstWord.get(words[0]) ?? []), p]);
  }
  for (const doc of docs) {
    for (const s of doc.sentences) {
      s.tokens.forEach((t, key) => {
        if (!isCapitalized(t.base)) return;
        const candidates = bySurname.get(t.base);
        if (!candidates || candidates.length !== 1) return;
        const p = candidates[0];
        p.count++;
        p.docs.add(doc.file);
        // The surname may have words before its last ("Mr. de la Torre").
        const k = surnameStartAt(p, s.tokens, key);
        const prev = s.tokens[k - 1];
        if (prev) addressedAs(doc, s.tokens, k, key, p);
        if (prev) formerTitleBefore(doc, s, k, p);
      });
      // A name written family name first ("Nguyễn Thị Mai", "Wen Lihua") is addressed by its first word: "Ms.
      // Nguyễn said". Not when a name word follows: "Mr. Wen Jiabao" is someone else, not a form of address.
      s.tokens.forEach((t, k) => {
        const p = byFirstWord.get(t.base);
        if (!p || p.length !== 1 || fullNameAt(p[0], s.tokens, k) > 0 || !s.tokens[k - 1]) return;
        const next = s.tokens[k + 1];
        if (next && t.after === '' && isCapitalized(next.base)) return;
        addressedAs(doc, s.tokens, k, k, p[0], true);
      });
    }
  }
}

/**
 * "former Executive Director Osei": one of the person's titles, made past by the word before it, right before the
 * surname. Sighted as former on the release's date, as "former Executive Director Kenneth Osei" would be.
 */
function formerTitleBefore(doc: AnalyzedDocument, s: Sentence, k: number, p: PersonBuilder): void {
  let j = k - 1;
  while (j >= 0 && isTitleWord(s.tokens[j].base) && /^\p{Lu}/u.test(s.tokens[j].text) && s.tokens[j].after === '') j--;
  if (j === k - 1 || j < 0 || !isFormerWord(s.tokens[j]) || s.tokens[j].after !== '') return;
  const title = doc.text.slice(s.tokens[j + 1].start, s.tokens[k - 1].end);
  const role = p.roles.find((r) => titleKey(r.title) === titleKey(title));
  if (role) p.roles.push({ title: role.title, orgId: role.orgId, status: 'former', date: doc.date, source: { doc, sentence: s }, surface: title });
}

/**
 * The title or courtesy title right before a person's surname (tokens k..last) is a form of address: "Secretary
 * General Velloso", "Dr. Smith"; only a courtesy title before a family name written first ("Ms. Nguyễn").
 */
function addressedAs(doc: AnalyzedDocument, tokens: Token[], k: number, last: number, p: PersonBuilder, honorificOnly = false): void {
  const prev = tokens[k - 1];
  if (prev.after !== '' || p.givenNames.includes(prev.text)) return;
  let j = k - 1;
  while (!honorificOnly && j >= 0 && isTitleWordToken(tokens[j]) && (j === k - 1 || tokens[j].after === '')) j--;
  const from = j < k - 1 ? tokens[j + 1] : HONORIFICS.has(prev.text.replace(/\.$/, '').toLowerCase()) ? prev : undefined;
  if (!from) return;
  const form = doc.text.slice(from.start, tokens[last].baseEnd);
  p.addressForms.set(form, (p.addressForms.get(form) ?? 0) + 1);
}

export { titleKey };

/** "..., ICRA’s Deputy Director-General since January 2021": a start date right after the title. */
function sinceDate(text: string, from: number, sentenceEnd: number): string | undefined {
  const following = text.slice(from, Math.min(sentenceEnd, from + 60));
  if (/^\s*(?:\([^)]*\)\s*)?(?:since|from)\s/.test(following.slice(0, 40))) return findDates(following.slice(0, 40))[0]?.iso;
  // "..., who assumed office on January 1, 2023": a relative clause dating the title just named.
  const who = /^\s*,\s*who\s+(?:assumed|took)\s+(?:office|up\s+(?:the|his|her|their)\s+(?:post|duties))\s+on\s/.exec(following);
  return who ? findDates(following.slice(who[0].length)).find((d) => d.start === 0)?.iso : undefined;
}

export interface SurnameSlip {
  form: string;
  likely: string;
  docs: Set<string>;
  sources: Source[];
}

/**
 * "Secretary Ragunathan" where "Raghunathan" is the Secretary everywhere else: a surname after a title, one or two
 * edits from the surname of a person known by that title, and never seen as anyone's name.
 */
export function findSurnameSlips(docs: AnalyzedDocument[], people: PersonBuilder[]): SurnameSlip[] {
  const known = new Set(people.flatMap((p) => p.fullName.split(' ')));
  const out = new Map<string, SurnameSlip>();
  // Surnames looked up by deletion neighbourhood, not compared with every person (corpora have thousands).
  const surnames = new FuzzyWordIndex<PersonBuilder>();
  for (const p of people) surnames.add(surnameKey(p), p);
  for (const doc of docs) {
    for (const s of doc.sentences) {
      s.tokens.forEach((t, k) => {
        const prev = s.tokens[k - 1];
        if (!prev || prev.after !== '' || !isCapitalized(t.base) || !isTitleWordToken(prev) || known.has(t.base) || !isNameToken(t)) return;
        if (s.tokens[k + 1] && t.after === '' && isNameToken(s.tokens[k + 1])) return; // a first name: someone else
        if (isTitleWordToken(t)) return;
        for (const p of surnames.lookup(t.base).flatMap((c) => c.values)) {
          const titled = p.roles.some((r) => formKey(r.title).split(' ').includes(prev.lower)) || [...p.addressForms.keys()].some((f) => f.endsWith(` ${p.surname}`) && f.toLowerCase().includes(prev.lower));
          if (!titled || p.docs.size < 2) continue;
          const slip = out.get(t.base) ?? { form: t.base, likely: surnameKey(p), docs: new Set<string>(), sources: [] };
          slip.docs.add(doc.file);
          addSourceAt(slip.sources, doc, s);
          out.set(t.base, slip);
        }
      });
    }
  }
  // A slip is rarer than the name it slips from.
  return [...out.values()].filter((x) => {
    const p = people.find((q) => surnameKey(q) === x.likely)!;
    return x.docs.size < p.docs.size;
  });
}
