// Everything the rules look up, derived once per term base (and cached): people by name part, a fuzzy index of
// name words, the known multi-word forms of programmes and organizations, acronyms both ways.
import { givenNameKeys, isInitial, nameWordsOf, surnameKey } from './personNames';
import type { TermBase, Person, Organization, Programme, AcronymDefinition, HouseCapital } from '../types';
import { FuzzyWordIndex } from './fuzzyWordIndex';
import { PhraseIndex } from './phraseIndex';
import { OrganizationIndex } from './organizationIndex';
import { acronymLetters } from '../learn/acronymDefinitions';
import { formKey } from '../text/normalize';
import { programmeCore } from '../learn/programmes';
import { NAME_CONNECTORS, isTitleHead } from '../lexicon/roleWords';
import { LEGAL_FORMS } from '../lexicon/entityHeads';
import { isEnglishWord } from '../lexicon/englishWords';

export interface KnownForm {
  kind: 'programme' | 'organization' | 'person' | 'title';
  form: string;
  words: string[];
  /** The words in lower case, computed once (without a trailing comma: "Controls," of "Controls, Inc."). */
  lower: string[];
  /** The words without a trailing comma, when one has it (the comma is punctuation after the draft's token). */
  bare?: string[];
  /** Position in LintIndex.forms. */
  id: number;
  /** A programme's name without its programme noun ("Blue Harbour"): matched for misspellings only. */
  core?: boolean;
  programme?: Programme;
  organization?: Organization;
  person?: Person;
}

/** A known form found through one of its words: the form and that word's position in it. */
export interface FormAnchor {
  form: KnownForm;
  pos: number;
}

/**
 * The anchors of one word that share the word next to it (the one before, or after when the anchor starts the
 * form): "Programme" ends hundreds of names in a large corpus, and a window whose neighbour cannot be that word
 * is rejected once for the whole group instead of once per form.
 */
export interface AnchorGroup {
  /** Where the neighbour is, relative to the anchor word: -1 before it, +1 after it. */
  offset: -1 | 1;
  /** The neighbour word as the forms write it, and in lower case. */
  neighbor: string;
  neighborLower: string;
  anchors: FormAnchor[];
  /**
   * What a window's neighbour may differ by and still match one of these forms (the window rules of
   * compareWindow, for the neighbour's position): another word with the same initial only inside an
   * organization's name of four words or more, or as a programme's word in its other spelling; a swapped
   * connector only inside a name, not at its edge.
   */
  otherInOrganization: boolean;
  programme: boolean;
  /** One of the group's forms is an organization's (its words' other spellings are slips). */
  organization: boolean;
  connectorInside: boolean;
}

export interface LintIndex {
  tb: TermBase;
  /** Tells indexes apart (a word's cached hits are for one index: termbase/tokenHits.ts). */
  serial: number;
  orgs: OrganizationIndex<Organization>;
  orgById: Map<string, Organization>;
  resolver: { resolve(p: string): Organization | undefined; containing(words: string[]): Organization | undefined };
  /** People by their surname's last word ("Torre" for "de la Torre"), or the name's word they are addressed by. */
  bySurname: Map<string, Person[]>;
  /** People by each given name (not initials or particles), and by the initial a full name opens with. */
  byGivenName: Map<string, Person[]>;
  /**
   * People by the first two words of their full name ("Amaranta Velloso", "J. R."), and by the first and third when
   * the second is a middle initial: the few a full name written in a draft can be, of the hundreds who share a first
   * name in a large corpus.
   */
  byNameStart: Map<string, Person[]>;
  /** People whose name has three words or more, by its first word (slips of word order and particles). */
  longNamesByFirstWord: Map<string, Person[]>;
  /** Name words by deletion neighbourhood: each a person's given name or the last word of the surname, as written. */
  nameWords: FuzzyWordIndex<{ person: Person; part: 'given' | 'surname'; word: string }>;
  /** Programmes by the first word of their core ("Green" for "Green Customs Initiative"), with the core's words. */
  programmesByCoreStart: Map<string, { programme: Programme; coreWords: string[] }[]>;
  /** Multi-word forms of programmes and organizations, and people's full names. */
  forms: KnownForm[];
  /** formKey of every known form: a window that is itself a known form is never a misspelling of another. */
  formKeys: Set<string>;
  /** Title surfaces by formKey ("deputy secretary general" -> {"Deputy Secretary General"}). */
  titleSurfaces: Map<string, Set<string>>;
  /**
   * The one-word titles among them ("councilmember"), and the first parts (3 letters or more, leaving 3 or more) a
   * draft may split one at ("council"): a word that is none of those starts no split title.
   */
  oneWordTitles: { titles: Set<string>; starts: Set<string> };
  /** Lower-case word -> the forms containing it and where, grouped by the word next to it, for windowed matching (connectors never anchor). */
  anchorGroupsByWord: Map<string, AnchorGroup[]>;
  /** Every word of every known name, as written. */
  knownWords: Set<string>;
  acronymByLetters: Map<string, AcronymDefinition>;
  acronymByExpansion: Map<string, AcronymDefinition>;
  /** Acronyms by their letters sorted ("CDNOU" for UNODC), to recognise swapped letters. */
  acronymsByAnagram: Map<string, AcronymDefinition[]>;
  accepted: Set<string>;
  rejected: Map<string, string>;
  /** Common nouns the corpus capitalizes on their own in some releases ("Customs"): case is house style for them. */
  caseStyleWords: Set<string>;
  /** Words a release of the corpus writes both with and without accents ("Québec" the city, "Quebec" the province). */
  accentsBothWays: Set<string>;
  /** Rejected forms (presslint.json) and corpus slips, found by their first word. */
  rejectedPhrases: PhraseIndex<RejectedPhrase>;
  /** Known names and corpus compounds with hyphens, written spaced ("cross border" -> "cross-border"). */
  spacedCompounds: PhraseIndex<{ form: string; known: boolean }>;
  /** One-word compounds the corpus writes joined ("cybersecurity"), to hold a draft's "cyber-security" to. */
  joinedCompounds: Set<string>;
  /** Words and pairs the corpus capitalizes standing alone ("Member States"), by their lower case. */
  houseCapitals: Map<string, HouseCapital>;
  /** Compounds (by their letters) a corpus release also writes as two words ("fare capping" beside "fare-capping"). */
  compoundsAlsoSpaced: Set<string>;
  /** Lower-case compounds the corpus hyphenates, by their letters ("codesigned" -> "co-designed"), for a draft's joined word. */
  hyphenatedByJoined: Map<string, string>;
  /** One-word product names ("GridSense"), by lower case and for misspellings. */
  productsByLower: Map<string, Programme>;
  productWords: FuzzyWordIndex<Programme>;
  /** Words with a capital inside ("SaltWatch") of programmes' and organizations' names, by lower case. */
  camelWordsByLower: Map<string, string>;
  /** Two adjacent words of a programme's or organization's name, lower case ("supply chain"), and where. */
  namesByWordPair: Map<string, { form: KnownForm; at: number }[]>;
  /** Corpus slips (form key -> likely form) so a draft repeating one is corrected too. */
  slips: Map<string, { likely: string; kind: string }>;
}

// A country before an agency's name ("US National Inspection Center"), not a body's own abbreviation ("UN Office ...").
const COUNTRY_QUALIFIERS = new Set(['US', 'U.S.', 'USA', 'UK', 'U.K.']);

/** A form's words compared without a trailing comma ("Controls," of "Halloran & Vesk Controls, Inc."). */
function withoutCommas(words: string[]): { lower: string[]; bare?: string[] } {
  if (!words.some((w) => w.length > 1 && w.endsWith(','))) return { lower: words.map((w) => w.toLowerCase()) };
  const bare = words.map((w) => (w.length > 1 && w.endsWith(',') ? w.slice(0, -1) : w));
  return { lower: bare.map((w) => w.toLowerCase()), bare };
}

const cache = new WeakMap<TermBase, LintIndex>();
let lastSerial = 0;

export function lintIndexOf(tb: TermBase): LintIndex {
  let ix = cache.get(tb);
  if (!ix) cache.set(tb, (ix = buildIndex(tb)));
  return ix;
}

/** Appends to the list under `key` (a copy per person made the index quadratic in a common surname). */
function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(tb: TermBase): LintIndex {
  const orgs = new OrganizationIndex(tb.organizations);
  const orgById = new Map(tb.organizations.map((o) => [o.id, o]));
  const bySurname = new Map<string, Person[]>();
  const byGivenName = new Map<string, Person[]>();
  const byNameStart = new Map<string, Person[]>();
  const longNamesByFirstWord = new Map<string, Person[]>();
  const nameWords = new FuzzyWordIndex<{ person: Person; part: 'given' | 'surname'; word: string }>();
  const knownWords = new Set<string>();
  const forms: KnownForm[] = [];
  const seen = new Set<string>();
  const add = (partial: Omit<KnownForm, 'lower' | 'id'>) => {
    // A draft's "&" is punctuation after the word before it ("Halloran & Vesk": two tokens), not a word of its own.
    const ampersand = partial.words.includes('&');
    const words = ampersand ? partial.words.filter((w) => w !== '&') : partial.words;
    const f: KnownForm = { ...partial, words, ...withoutCommas(words), id: forms.length };
    if (f.words.length < 2) return;
    const key = `${f.kind}\u0000${f.form}`;
    if (seen.has(key)) return;
    seen.add(key);
    forms.push(f);
    for (const w of f.words) knownWords.add(w);
    // With "&" as a word too, where "and" stands in for it: "Halloran and Vesk" is then a connector swapped.
    if (ampersand) forms.push({ ...partial, ...withoutCommas(partial.words), id: forms.length });
  };

  for (const p of tb.people) {
    const key = surnameKey(p);
    pushTo(bySurname, key, p);
    nameWords.add(key, { person: p, part: 'surname', word: key });
    for (const g of givenNameKeys(p)) {
      pushTo(byGivenName, g, p);
      nameWords.add(g, { person: p, part: 'given', word: g });
    }
    // A full name that opens with an initial ("J. R. Okafor") is found by it too.
    const first = p.fullName.slice(0, p.fullName.indexOf(' '));
    if (isInitial(first)) pushTo(byGivenName, first, p);
    // ... and a person addressed by another word of the name than its last ("Ms. Nguyễn" of "Nguyễn Thị Mai").
    const nameWordsOfP = nameWordsOf(p);
    pushTo(byNameStart, `${nameWordsOfP[0]} ${nameWordsOfP[1]}`, p);
    if (nameWordsOfP.length >= 3 && isInitial(nameWordsOfP[1])) pushTo(byNameStart, `${nameWordsOfP[0]} ${nameWordsOfP[2]}`, p);
    if (nameWordsOfP.length >= 3) pushTo(longNamesByFirstWord, nameWordsOfP[0], p);
    for (const f of p.addressForms) {
      const w = f.slice(f.lastIndexOf(' ') + 1);
      if (w === key || !nameWordsOfP.includes(w) || bySurname.get(w)?.includes(p)) continue;
      pushTo(bySurname, w, p);
      nameWords.add(w, { person: p, part: 'surname', word: w });
    }
    add({ kind: 'person', form: p.fullName, words: p.fullName.split(/\s+/), person: p });
  }
  for (const pr of tb.programmes) {
    for (const f of pr.forms) add({ kind: 'programme', form: f, words: f.split(/\s+/), programme: pr });
    const core = programmeCore(pr.name);
    add({ kind: 'programme', form: core, words: core.split(/\s+/), programme: pr, core: !pr.forms.includes(core) });
  }
  const leadByName = new Map(tb.organizations.filter((o) => o.acronym).map((o) => [o.name, o]));
  for (const o of tb.organizations) {
    for (const f of [o.name, ...o.variants]) {
      add({ kind: 'organization', form: f, words: f.split(/\s+/), organization: o });
      // "Halloran & Vesk Controls, Inc." is also written without its legal form.
      const bare = /^(.+?),? (?:\S+)$/.exec(f);
      if (bare && LEGAL_FORMS.has(f.slice(f.lastIndexOf(' ') + 1).replace(/\.$/, '').toLowerCase()) && bare[1].includes(' ')) add({ kind: 'organization', form: bare[1], words: bare[1].split(/\s+/), organization: o });
      // "US National Inspection Center" is also "the National Inspection Center": a country qualifier may go.
      const qualified = /^(\S+) (\S+ \S+ .*|\S+ \S+)$/.exec(f);
      if (qualified && COUNTRY_QUALIFIERS.has(qualified[1])) add({ kind: 'organization', form: qualified[2], words: qualified[2].split(/\s+/), organization: o });
      // "United Nations Office on Drugs and Crime" is also written "UN Office on Drugs and Crime".
      const words = f.split(/\s+/);
      for (let n = 1; n < words.length; n++) {
        const lead = leadByName.get(words.slice(0, n).join(' '));
        if (!lead || lead === o || !lead.acronym) continue;
        const short = [lead.acronym, ...words.slice(n)].join(' ');
        add({ kind: 'organization', form: short, words: short.split(/\s+/), organization: o });
      }
    }
  }
  // Titles of two words or more, for their capitalization ("Secretary of Water resources").
  for (const t of tb.titles) if (t.form.split(/\s+/).length >= 2) add({ kind: 'title', form: t.form, words: t.form.split(/\s+/) });
  const anchorGroupsByWord = new Map<string, AnchorGroup[]>();
  const groupByKey = new Map<string, AnchorGroup>();
  for (const f of forms) {
    // Connectors ("of", "the") never anchor a match: a name is found through one of its own words.
    f.lower.forEach((w, pos) => {
      if (NAME_CONNECTORS.has(w)) return;
      const offset = pos > 0 ? -1 : 1;
      const neighbor = f.words[pos + offset];
      const key = `${w}\u0000${offset}\u0000${neighbor}`;
      let group = groupByKey.get(key);
      if (!group) {
        group = { offset, neighbor, neighborLower: neighbor.toLowerCase(), anchors: [], otherInOrganization: false, programme: false, organization: false, connectorInside: false };
        groupByKey.set(key, group);
        pushTo(anchorGroupsByWord, w, group);
      }
      group.anchors.push({ form: f, pos });
      const n = f.words.length;
      const at = pos + offset;
      if (f.kind === 'organization' && n >= 4 && at !== 0) group.otherInOrganization = true;
      // ... or inside a programme's name of four words or more ("Clean Harbour Sediment Tracking Programme" for "... Testing Programme").
      if (f.kind === 'programme' && n >= 4 && at !== 0 && at !== n - 1) group.otherInOrganization = true;
      if (f.kind === 'programme') group.programme = true;
      if (f.kind === 'organization') group.organization = true;
      if (at !== 0 && at !== n - 1) group.connectorInside = true;
    });
  }
  for (const t of tb.titles) for (const w of t.form.split(/\s+/)) knownWords.add(w);

  const acronymByLetters = new Map<string, AcronymDefinition>();
  const acronymByExpansion = new Map<string, AcronymDefinition>();
  for (const a of tb.acronyms) {
    acronymByLetters.set(acronymLetters(a.acronym), a);
    acronymByExpansion.set(formKey(a.expansion), a);
    knownWords.add(a.acronym);
  }
  for (const o of tb.organizations) {
    if (!o.acronym) continue;
    if (!acronymByLetters.has(acronymLetters(o.acronym))) {
      const def: AcronymDefinition = { acronym: o.acronym, expansion: o.name, kind: 'organization', count: o.count, sources: o.sources, origin: o.origin };
      acronymByLetters.set(acronymLetters(o.acronym), def);
      acronymByExpansion.set(formKey(o.name), def);
    }
  }
  const titleSurfaces = titleSurfacesOf(tb);
  const resolver = {
    resolve: (p: string) => orgs.resolve(p)?.org,
    containing: (words: string[]) => orgs.containing(words),
  };
  return {
    tb,
    serial: ++lastSerial,
    orgs,
    orgById,
    resolver,
    bySurname,
    byGivenName,
    byNameStart,
    longNamesByFirstWord,
    nameWords,
    forms,
    anchorGroupsByWord,
    formKeys: new Set(forms.map((f) => formKey(f.form))),
    titleSurfaces,
    oneWordTitles: oneWordTitlesOf(titleSurfaces),
    knownWords,
    acronymByLetters,
    acronymByExpansion,
    acronymsByAnagram: groupBy([...acronymByLetters.values()], (a) => acronymLetters(a.acronym).split('').sort().join('')),
    accepted: new Set(tb.accepted.map(formKey)),
    rejected: new Map(tb.rejected.map((r) => [formKey(r.wrong), r.right])),
    programmesByCoreStart: groupBy(
      tb.programmes.map((programme) => ({ programme, coreWords: programmeCore(programme.name).split(/\s+/) })).filter((c) => c.coreWords.length >= 2),
      (c) => c.coreWords[0],
    ),
    rejectedPhrases: rejectedPhrasesOf(tb),
    spacedCompounds: spacedCompoundsOf(tb, forms),
    joinedCompounds: new Set(tb.joinedCompounds),
    houseCapitals: new Map((tb.houseCapitals ?? []).map((h) => [h.form.toLowerCase(), h])),
    hyphenatedByJoined: hyphenatedByJoinedOf(tb),
    compoundsAlsoSpaced: compoundsAlsoSpacedOf(tb),
    namesByWordPair: namesByWordPairOf(forms),
    ...productIndexes(tb),
    camelWordsByLower: camelWordsOf(forms),
    caseStyleWords: caseStyleWordsOf(tb),
    accentsBothWays: accentsBothWaysOf(tb),
    slips: new Map(tb.suspectedErrors.map((s) => [formKey(s.form), { likely: s.likely, kind: s.kind }])),
  };
}

function productIndexes(tb: TermBase): Pick<LintIndex, 'productsByLower' | 'productWords'> {
  const productsByLower = new Map<string, Programme>();
  const productWords = new FuzzyWordIndex<Programme>();
  for (const p of tb.programmes) {
    if (p.kind !== 'product' || p.name.includes(' ')) continue;
    productsByLower.set(p.name.toLowerCase(), p);
    productWords.add(p.name, p);
  }
  return { productsByLower, productWords };
}

const CAMEL_WORD = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;

function camelWordsOf(forms: KnownForm[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of forms) {
    if (f.kind !== 'programme' && f.kind !== 'organization') continue;
    for (const w of f.words) if (CAMEL_WORD.test(w)) out.set(w.toLowerCase(), w);
  }
  return out;
}

function namesByWordPairOf(forms: KnownForm[]): Map<string, { form: KnownForm; at: number }[]> {
  const out = new Map<string, { form: KnownForm; at: number }[]>();
  for (const form of forms) {
    if (form.core || (form.kind !== 'programme' && form.kind !== 'organization')) continue;
    for (let k = 0; k + 1 < form.lower.length; k++) pushTo(out, `${form.lower[k]} ${form.lower[k + 1]}`, { form, at: k });
  }
  return out;
}

/**
 * Words whose capitalization the corpus varies as a style ("Customs"/"customs"). Not the head word of one of its
 * organizations' names: "the Bank" names the organization and "a bank" is any bank, a difference of meaning.
 */
/** Words a release writes both with and without accents: its accent signals with both variants. */
function accentsBothWaysOf(tb: TermBase): Set<string> {
  const out = new Set<string>();
  for (const d of tb.houseStyle) {
    for (const [k, v] of Object.entries(d.signals)) if (k.startsWith('accent:') && v.accented && v.plain) out.add(k.slice(7));
  }
  return out;
}

function compoundsAlsoSpacedOf(tb: TermBase): Set<string> {
  const out = new Set<string>();
  for (const d of tb.houseStyle) {
    for (const [k, v] of Object.entries(d.signals)) if (k.startsWith('hyphen:') && v.spaced) out.add(k.slice(7));
  }
  return out;
}

function caseStyleWordsOf(tb: TermBase): Set<string> {
  // An organization's head noun ends its name ("Roads Agency") or comes before "of" ("Department of Roads").
  // A programme's head noun too: "the Fund", "the Challenge" name it short, "a $400-million fund" is any fund.
  const heads = new Set(
    [...tb.organizations.map((o) => o.name), ...tb.programmes.map((p) => p.name)].flatMap((n) => [n.slice(n.lastIndexOf(' ') + 1), /(\S+) of /.exec(n)?.[1] ?? ''].map((w) => w.toLowerCase())),
  );
  const words = tb.houseStyle.flatMap((d) => Object.keys(d.signals).filter((k) => k.startsWith('case:')).map((k) => k.slice(5)));
  // A word the corpus writes both ways within one release, in two releases or more, differs in meaning, not style:
  // "the City" (the government) and "the city" (the place).
  const mixed = new Map<string, number>();
  for (const d of tb.houseStyle) {
    for (const [k, v] of Object.entries(d.signals)) {
      if (!k.startsWith('case:') || !v.capitalized || !v.lower) continue;
      const word = k.slice(5);
      mixed.set(word, (mixed.get(word) ?? 0) + 1);
    }
  }
  return new Set(words.filter((w) => !heads.has(w) && (mixed.get(w) ?? 0) < 2));
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) pushTo(m, key(it), it);
  return m;
}

/**
 * The corpus's lower-case hyphenated compounds ("co-designed") by their letters, where the joined spelling is not
 * itself an English word ("cooperation" is) nor one the corpus also writes.
 */
function hyphenatedByJoinedOf(tb: TermBase): Map<string, string> {
  const out = new Map<string, string>();
  const joined = new Set(tb.joinedCompounds);
  for (const form of tb.compounds ?? []) {
    if (form !== form.toLowerCase()) continue;
    const letters = form.replace(/-/g, '');
    if (letters.length < 6 || joined.has(letters) || isEnglishWord(letters)) continue;
    out.set(letters, form);
  }
  return out;
}

function oneWordTitlesOf(surfaces: Map<string, Set<string>>): LintIndex['oneWordTitles'] {
  const titles = new Set([...surfaces.keys()].filter((k) => !k.includes(' ') && isTitleHead(k)));
  const starts = new Set<string>();
  for (const w of titles) for (let k = 3; k <= w.length - 3; k++) starts.add(w.slice(0, k));
  return { titles, starts };
}

function titleSurfacesOf(tb: TermBase): Map<string, Set<string>> {
  const surfaces = new Map<string, Set<string>>();
  const add = (t: string) => {
    const k = formKey(t);
    let set = surfaces.get(k);
    if (!set) surfaces.set(k, (set = new Set()));
    set.add(t);
  };
  for (const t of tb.titles) add(t.form);
  for (const o of tb.organizations) for (const v of Object.values(o.titleStyle)) add(v);
  return surfaces;
}

export interface RejectedPhrase {
  wrong: string;
  right: string;
  /** Set for corpus slips: what the slip names, and the evidence. */
  kind?: string;
  why?: string;
}

function rejectedPhrasesOf(tb: TermBase): PhraseIndex<RejectedPhrase> {
  const ix = new PhraseIndex<RejectedPhrase>();
  for (const r of tb.rejected) if (r.wrong.trim()) ix.add(r.wrong, { wrong: r.wrong, right: r.right });
  for (const s of tb.suspectedErrors) ix.add(s.form, { wrong: s.form, right: s.likely, kind: s.kind, why: s.evidence.join('; ') });
  return ix;
}

function spacedCompoundsOf(tb: TermBase, forms: KnownForm[]): PhraseIndex<{ form: string; known: boolean }> {
  const ix = new PhraseIndex<{ form: string; known: boolean }>();
  const known = new Set(forms.filter((f) => f.kind !== 'title' && f.form.includes('-')).map((f) => f.form));
  for (const form of known) ix.add(form.replace(/-/g, ' '), { form, known: true }, true);
  for (const form of tb.compounds ?? []) if (!known.has(form)) ix.add(form.replace(/-/g, ' '), { form, known: false }, false);
  return ix;
}
