// learnTermBase: corpus documents in, TermBase out. Pure and deterministic: documents are sorted by file first,
// so the result does not depend on the order they were read in.
import { surnameKey } from '../termbase/personNames';
import type {
  CorpusDocument, TermBase, Person, Role, Organization, Programme, AcronymDefinition, TitleForm,
  SuspectedCorpusError, Source, DocumentStyle,
} from '../types';
import { learnJoinedCompounds } from './joinedCompounds';
import { learnHouseCapitals } from './houseCapitals';
import { analyzeDocument, addSourceAt, WordPool, type AnalyzedDocument } from './corpusModel';
import { collectDefinitions, learnOrganizations, isOrganizationDefinition, type OrganizationBuilder } from './organizations';
import { learnPeople, findSurnameSlips, type PersonBuilder, type RoleSighting } from './people';
import { learnProductNames } from './productNames';
import { learnProgrammes, type ProgrammeBuilder } from './programmes';
import { findSlips, type AttestedForm } from './suspectedErrors';
import { titleKey } from './titlePhrase';
import { acronymLetters } from './acronymDefinitions';
import { classifyName } from '../lexicon/classifyName';
import { UNIVERSAL_ABBREVIATIONS } from '../lexicon/entityHeads';
import { OrganizationIndex } from '../termbase/organizationIndex';
import { findStyleOccurrences, summarizeStyle } from '../style/styleVariants';
import { formKey, editDistance } from '../text/normalize';
import { isCommonWord } from '../lexicon/englishWords';
import { isAcronym, isCapitalized } from '../text/chunks';
import { forgetWordMemos } from '../text/wordMemo';

export const TERMBASE_VERSION = 1;

const slug = (s: string) => formKey(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const byCountThenName = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

export function learnTermBase(documents: CorpusDocument[]): TermBase {
  const pool = new WordPool();
  const docs = [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((d) => analyzeDocument(d, pool));
  const definitions = collectDefinitions(docs);
  const suspected: SuspectedCorpusError[] = [];

  // Organizations, then their slips ("UN Office of Drugs and Crime" vs the defined "... Office on Drugs ...").
  let orgBuilders = learnOrganizations(docs, definitions);
  const orgIndex = new OrganizationIndex(orgBuilders);
  const expandLeadingAcronym = (form: string) => {
    const [first, ...rest] = form.split(/\s+/);
    const o = isAcronym(first) && rest.length ? orgIndex.byAcronymLetters(first) : undefined;
    return o ? [o.name, ...rest].join(' ') : form;
  };
  const orgForms: AttestedForm[] = orgBuilders.map((o) => ({ form: o.name, docs: o.docs.size, count: o.count, defined: o.defined }));
  const orgSlips = findSlips(orgForms, expandLeadingAcronym);
  const slippedOrgs = new Set(orgSlips.map((s) => s.form.form));
  for (const s of orgSlips) {
    const b = orgBuilders.find((o) => o.name === s.form.form)!;
    suspected.push({ kind: 'organization', form: s.form.form, likely: s.likely.form, evidence: s.evidence, sources: b.sources });
  }
  orgBuilders = orgBuilders.filter((o) => !slippedOrgs.has(o.name));
  const resolver = makeResolver(orgBuilders);

  // People and titles, then title slips ("Secretary Genera", "Secretary of US Water Resources").
  const { people: personBuilders, titles } = learnPeople(docs, resolver);
  const titleForms = new Map<string, AttestedForm & { docSet: Set<string>; sources: Source[] }>();
  for (const t of titles) {
    let f = titleForms.get(t.title);
    if (!f) titleForms.set(t.title, (f = { form: t.title, docs: 0, count: 0, surfaces: [], docSet: new Set(), sources: [] }));
    f.count++;
    f.docSet.add(t.doc);
    f.docs = f.docSet.size;
    if (!f.surfaces!.includes(t.surface)) f.surfaces!.push(t.surface);
    addSourceAt(f.sources, t.source.doc, t.source.sentence);
  }
  const titleSlips = findSlips([...titleForms.values()]);
  const canonicalTitle = new Map<string, string>();
  for (const s of titleSlips) {
    canonicalTitle.set(s.form.form, s.likely.form);
    const f = titleForms.get(s.form.form)!;
    // Reported as written, with its organization words, so a draft repeating it can be corrected in place.
    const surface = s.form.surfaces?.find((x) => x.includes(s.form.form)) ?? s.form.form;
    suspected.push({ kind: 'title', form: surface, likely: surface.replace(s.form.form, s.likely.form), evidence: s.evidence, sources: f.sources });
  }
  const canon = (title: string) => canonicalTitle.get(title) ?? title;

  // Programmes and their slips ("Blue Harbur" vs "Blue Harbour").
  const isOrgAcronym = (w: string) => UNIVERSAL_ABBREVIATIONS.has(w) || (isAcronym(w) && !!orgIndex.byAcronymLetters(w));
  const orgNames = new Map<string, boolean>();
  const isOrgName = (name: string) => {
    let known = orgNames.get(name);
    if (known === undefined) orgNames.set(name, (known = !!orgIndex.resolve(name)));
    return known;
  };
  let programmeBuilders = learnProgrammes(docs, definitions, isOrgAcronym, isOrgName);
  const programmeSlips = findSlips(programmeBuilders.map((p) => ({ form: p.core, docs: p.docs.size, count: p.count })));
  const slippedCores = new Map(programmeSlips.map((s) => [s.form.form, s]));
  for (const p of programmeBuilders) {
    const slip = slippedCores.get(p.core);
    if (!slip) continue;
    for (const form of [...p.forms.keys()].sort()) {
      suspected.push({ kind: 'programme', form, likely: form.replace(slip.form.form, slip.likely.form), evidence: slip.evidence, sources: p.sources });
    }
  }
  programmeBuilders = programmeBuilders.filter((p) => !slippedCores.has(p.core));
  // One-word product names in camel case, unless a word of a multi-word name already known ("BlueHarbour Fund").
  const nameWords = new Set([...programmeBuilders.flatMap((p) => [...p.forms.keys()]), ...orgBuilders.flatMap((o) => [o.name, ...o.variants])].flatMap((n) => n.split(/\s+/)));
  programmeBuilders.push(...learnProductNames(docs, nameWords));
  // Slips among one programme's own forms ("Mangrove Restoration Initative" beside "... Initiative").
  for (const p of programmeBuilders) {
    const forms = [...p.forms].map(([form, count]) => ({ form, count, docs: p.formDocs.get(form)?.size ?? 1 }));
    for (const slip of findSlips(forms, undefined, true)) {
      if (slip.difference.kind !== 'typo') continue;
      p.forms.delete(slip.form.form);
      suspected.push({ kind: 'programme', form: slip.form.form, likely: slip.likely.form, evidence: slip.evidence, sources: p.sources });
    }
  }

  // People whose names are slips of better-attested people.
  const personSlips = findSlips(personBuilders.map((p) => ({ form: p.fullName, docs: p.docs.size, count: p.count })));
  for (const s of personSlips) {
    const weak = personBuilders.find((p) => p.fullName === s.form.form)!;
    suspected.push({ kind: 'person', form: s.form.form, likely: s.likely.form, evidence: s.evidence, sources: weak.sources });
  }
  const slippedPeople = new Set(personSlips.map((s) => s.form.form));
  for (const s of findSurnameSlips(docs, personBuilders)) {
    const right = personBuilders.find((p) => surnameKey(p) === s.likely)!;
    suspected.push({
      kind: 'person',
      form: s.form,
      likely: s.likely,
      evidence: [`"${s.likely}" (${right.fullName}) is in ${right.docs.size} releases; "${s.form}" in ${s.docs.size}`, `"${s.form}" is ${editDistance(s.form.toLowerCase(), s.likely.toLowerCase())} edit(s) from "${s.likely}", after a title ${right.fullName} holds`],
      sources: s.sources,
    });
  }

  // An organization's title style: its titles as written next to it, and its people's roles.
  const titlesByOrg = new Map<string, string[]>();
  const addTitle = (orgId: string | undefined, title: string) => {
    if (!orgId) return;
    let list = titlesByOrg.get(orgId);
    if (!list) titlesByOrg.set(orgId, (list = []));
    list.push(canon(title));
  };
  for (const t of titles) addTitle(t.orgId, t.title);
  for (const p of personBuilders) for (const r of p.roles) addTitle(r.orgId, r.title);
  // "Dr Ingrid Sæther, Head of Science": a title written without its organization is the one organization's that
  // the corpus shows with that title, when only one does.
  const orgsByTitle = new Map<string, Set<string>>();
  for (const [orgId, list] of titlesByOrg) for (const t of list) {
    const k = titleKey(t);
    orgsByTitle.set(k, (orgsByTitle.get(k) ?? new Set()).add(orgId));
  }
  for (const p of personBuilders) for (const r of p.roles) {
    const k = titleKey(canon(r.title));
    const only = r.orgId ? undefined : orgsByTitle.get(k);
    // Not when the person is also seen with the title and an organization the corpus does not resolve ("Chief
    // Executive Officer of Kestrel" beside a joint venture's known "Chief Executive Officer"): that one is theirs.
    if (only?.size === 1 && !namesAnOrganization(r) && !p.roles.some((x) => x !== r && titleKey(canon(x.title)).startsWith(`${k} of `))) r.orgId = [...only][0];
  }
  const organizations = orgBuilders.map((b) => buildOrganization(b, titlesByOrg.get(b.id) ?? []));
  const people = endRolesAtSuccessors(
    personBuilders
      .filter((p) => !slippedPeople.has(p.fullName))
      .map((p) => buildPerson(p, canon))
      .sort((a, b) => a.id.localeCompare(b.id)),
  );

  const compounds = learnCompounds(docs);
  const termBase: TermBase = {
    version: TERMBASE_VERSION,
    documents: docs.map((d) => ({ file: d.file, ...(d.date ? { date: d.date } : {}) })),
    people,
    organizations,
    programmes: markCountable(programmeBuilders.map(buildProgramme), docs).sort((a, b) => a.id.localeCompare(b.id)),
    acronyms: buildAcronyms(definitions, slippedOrgs),
    titles: [...titleForms.values()]
      .filter((f) => !canonicalTitle.has(f.form))
      .map((f): TitleForm => ({ form: f.form, count: f.count, documents: f.docs, sources: f.sources }))
      .sort((a, b) => a.form.localeCompare(b.form)),
    houseStyle: docs.map(styleOf),
    compounds,
    joinedCompounds: learnJoinedCompounds(docs, compounds),
    houseCapitals: learnHouseCapitals(
      docs,
      new Set(people.flatMap((p) => [...p.givenNames, p.surname])),
      new Set(programmeBuilders.flatMap((p) => [...p.forms.keys()].flatMap((f) => f.split(/\s+/)))),
      new Set(orgBuilders.flatMap((o) => o.name.split(/\s+/))),
    ),
    suspectedErrors: suspected.sort((a, b) => a.kind.localeCompare(b.kind) || a.form.localeCompare(b.form)),
    accepted: [],
    rejected: [],
  };
  // The corpus's words filled the per-word memos the lints look their words up in (text/wordMemo.ts).
  forgetWordMemos();
  return termBase;
}

function makeResolver(orgs: OrganizationBuilder[]) {
  const index = new OrganizationIndex(orgs);
  // The organizations are settled by now, and a corpus asks about the same phrases over and over.
  const resolved = new Map<string, OrganizationBuilder | undefined>();
  return {
    resolve: (phrase: string) => {
      if (resolved.has(phrase)) return resolved.get(phrase);
      const o = index.resolve(phrase)?.org;
      resolved.set(phrase, o);
      return o;
    },
    containing: (words: string[], anyOrganization?: boolean) => index.containing(words, anyOrganization),
  };
}

function buildOrganization(b: OrganizationBuilder, titleSurfaces: string[]): Organization {
  const style = new Map<string, Map<string, number>>();
  for (const t of titleSurfaces) {
    const k = titleKey(t);
    const m = style.get(k) ?? new Map<string, number>();
    m.set(t, (m.get(t) ?? 0) + 1);
    style.set(k, m);
  }
  const titleStyle: Record<string, string> = {};
  for (const [k, m] of [...style].sort(([a], [c]) => a.localeCompare(c))) titleStyle[k] = [...m].sort(byCountThenName)[0][0];
  return {
    id: b.id,
    name: b.name,
    ...(b.acronym ? { acronym: b.acronym } : {}),
    variants: [...b.variants].filter((v) => v !== b.name).sort(),
    titleStyle,
    count: b.count,
    documents: b.docs.size,
    sources: b.sources,
    origin: 'learned',
  };
}

function buildPerson(p: PersonBuilder, canon: (t: string) => string): Person {
  const given = p.givenNames;
  return {
    id: slug(p.fullName),
    fullName: p.fullName,
    givenNames: given,
    surname: p.surname,
    roles: endActingAtSubstantive(endRolesAtNewOnes(mergeRoles(p.roles.map((r) => ({ ...r, title: canon(r.title) }))))),
    addressForms: [...p.addressForms].sort(byCountThenName).map(([f]) => f),
    count: Math.max(p.count, 1),
    documents: Math.max(p.docs.size, 1),
    sources: bySourceOrder(p.sources),
    origin: 'learned',
  };
}

/** One role per title and organization; "Secretary" and "Secretary of Water Resources" at one organization are one role. */
function mergeRoles(sightings: RoleSighting[]): Role[] {
  // A well-known person has thousands of sightings in a large corpus and only a few roles: each group keeps its
  // title key and its first organization, so a sighting is compared with a handful of groups, not their members.
  interface Group {
    key: string;
    first: RoleSighting;
    orgOf?: string;
    members: RoleSighting[];
  }
  const groups: Group[] = [];
  const keys = new Map<string, string>();
  const keyOf = (title: string) => {
    let k = keys.get(title);
    if (k === undefined) keys.set(title, (k = titleKey(title)));
    return k;
  };
  const sorted = [...sightings].sort((a, b) => b.title.length - a.title.length || a.title.localeCompare(b.title));
  for (const s of sorted) {
    const k = keyOf(s.title);
    const g = groups.find(({ key: gk, first, orgOf }) => {
      const sameOrg = !s.orgId || !first.orgId || s.orgId === first.orgId;
      // "Secretary" and "Secretary of Water Resources" at one organization (or the short one with none) are one role.
      const shortForm = (gk + ' ').startsWith(k + ' ') && / (of|for|&) /.test(gk.slice(k.length - 1)) && (!s.orgId || orgOf === s.orgId);
      return (gk === k && (sameOrg || !orgOf)) || shortForm || (s.orgId && orgOf === s.orgId && (gk + ' ').startsWith(k + ' ') && s.status === first.status);
    });
    if (g) {
      g.members.push(s);
      g.orgOf ||= s.orgId;
    } else groups.push({ key: k, first: s, orgOf: s.orgId || undefined, members: [s] });
  }
  return groups
    .map(({ members: g }): Role => {
      const titles = new Map<string, number>();
      let allActing: boolean | undefined;
      // "Interim Chief of Police" seen only as a past role keeps its word too: it was not the office itself.
      const acting = (m: string) => ((allActing ??= g.every((x) => x.status === 'acting' || /^(Acting|Interim) /.test(x.title))) ? m : '');
      for (const s of g) titles.set(s.title.replace(/^(Acting|Interim) /, acting), (titles.get(s.title) ?? 0) + 1);
      const title = [...titles].sort((a, b) => b[0].length - a[0].length || b[1] - a[1])[0][0];
      const former = g.filter((s) => s.status === 'former');
      const latestCurrent = g.filter((s) => s.status !== 'former' && s.date).map((s) => s.date!).sort().pop();
      const firstFormer = former.map((s) => s.until ?? s.date).filter(Boolean).sort()[0];
      // A past sighting with no end date ("one of my first promises as Executive Director") is outweighed by the role
      // seen held in the same release or a later one; a stated end ("steps down as ... today") only by a later one.
      const formerSentences = new Set(former.map((s) => s.source.sentence));
      const heldSameDay = (d: string) => g.some((s) => s.status !== 'former' && s.date === d && !formerSentences.has(s.source.sentence));
      const outweighed = !!latestCurrent && !!firstFormer && (latestCurrent > firstFormer || (latestCurrent === firstFormer && !former.some((s) => s.until === firstFormer) && heldSameDay(firstFormer)));
      const status: Role['status'] = former.length && !outweighed ? 'former' : g.some((s) => s.status === 'acting') ? 'acting' : 'current';
      const from = g.map((s) => s.from).filter(Boolean).sort()[0];
      const until = status === 'former' ? g.map((s) => s.until).filter(Boolean).sort()[0] ?? firstFormer : undefined;
      const sources: Source[] = [];
      for (const s of g) addSourceAt(sources, s.source.doc, s.source.sentence);
      return {
        title,
        ...(g.find((s) => s.orgId) ? { organization: g.find((s) => s.orgId)!.orgId } : {}),
        status,
        ...(from ? { from } : {}),
        ...(until ? { until } : {}),
        seen: [...new Set(g.map((s) => s.date).filter((d): d is string => !!d))].sort(),
        sources,
        origin: 'learned',
      };
    })
    .sort((a, b) => (a.from ?? a.seen[0] ?? '').localeCompare(b.from ?? b.seen[0] ?? '') || a.title.localeCompare(b.title));
}

function buildProgramme(b: ProgrammeBuilder): Programme {
  const forms = [...b.forms].sort(byCountThenName);
  // The canonical name is the most used full form (with its programme noun) when there is one.
  const full = forms.filter(([f]) => f !== b.core);
  const name = (full[0] ?? forms[0])[0];
  return {
    id: slug(b.core),
    name,
    forms: forms.map(([f]) => f),
    ...(b.acronym ? { acronym: b.acronym } : {}),
    kind: b.kind,
    count: b.count,
    documents: b.docs.size,
    sources: b.sources,
    origin: 'learned',
  };
}

function buildAcronyms(definitions: ReturnType<typeof collectDefinitions>, slippedOrgs: Set<string>): AcronymDefinition[] {
  const by = new Map<string, { acronym: string; expansions: Map<string, number>; sources: Source[]; count: number }>();
  for (const { def, doc, sentence } of definitions) {
    if (slippedOrgs.has(def.expansion)) continue;
    const k = acronymLetters(def.acronym);
    let e = by.get(k);
    if (!e) by.set(k, (e = { acronym: def.acronym.replace(/s$/, ''), expansions: new Map(), sources: [], count: 0 }));
    e.expansions.set(def.expansion, (e.expansions.get(def.expansion) ?? 0) + 1);
    e.count++;
    addSourceAt(e.sources, doc, sentence);
  }
  return [...by.values()]
    .map((e): AcronymDefinition => {
      const expansion = [...e.expansions].sort(byCountThenName)[0][0];
      const c = isOrganizationDefinition(expansion, definitions) ? { kind: 'organization' as const } : classifyName(expansion.split(/\s+/), true);
      return { acronym: e.acronym, expansion, kind: c.kind, count: e.count, sources: e.sources, origin: 'learned' };
    })
    .sort((a, b) => a.acronym.localeCompare(b.acronym));
}


/** "Chief Executive of HVT": the sighting names an organization, one the corpus does not resolve; it is not another's. */
function namesAnOrganization(r: { title: string; surface: string }): boolean {
  const at = r.surface.indexOf(r.title);
  return at >= 0 && /^(?:,\s*|\s+(?:of|at|for)\s+(?:the\s+)?)\p{Lu}/u.test(r.surface.slice(at + r.title.length));
}

function styleOf(d: AnalyzedDocument): DocumentStyle {
  // The summary keeps a capitalization signal only for a word the release capitalizes somewhere after a
  // sentence's first word: scanning every other lower-case word would only build occurrences that are then
  // dropped (most of a corpus's words).
  const caseWords = new Set<string>();
  for (const s of d.sentences) for (const t of s.tokens) if (!t.sentenceStart && isCapitalized(t.base)) caseWords.add(t.lower);
  return { file: d.file, signals: summarizeStyle(findStyleOccurrences(d.text, d.sentences, { caseWords })) };
}

/** Hyphenated compounds ("cross-border", "Customs-to-Customs"), not names ("Ki-moon") or acronyms ("UNODC-WCO"). */
function learnCompounds(docs: AnalyzedDocument[]): string[] {
  const out = new Set<string>();
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const t of s.tokens) {
        if (!t.base.includes('-')) continue;
        const parts = t.base.split('-');
        if (parts.length < 2 || parts.some((p) => !/^\p{L}+$/u.test(p))) continue;
        if (parts.some((p) => p.length > 1 && p === p.toUpperCase())) continue; // acronyms
        if (parts.slice(1).some((p) => /^\p{Lu}/u.test(p)) && !parts.some((p) => /^\p{Ll}/u.test(p))) continue; // names: "Ki-Moon", "Jean-Paul"
        if (/^\p{Lu}/u.test(parts[0]) && /^\p{Ll}/u.test(parts[1]) && parts.length === 2 && !isCommonWord(parts[0])) continue; // "Ki-moon"
        out.add(t.base);
      }
    }
  }
  return [...out].sort();
}

/** Named terms whose acronym the corpus puts in the plural ("AEOs") are categories: "an Authorized Economic Operator" is fine. */
function markCountable(programmes: Programme[], docs: AnalyzedDocument[]): Programme[] {
  const plurals = new Set<string>();
  for (const d of docs) for (const s of d.sentences) for (const t of s.tokens) if (t.base.endsWith('s') && /^[A-Z]{2,}s$/.test(t.base)) plurals.add(t.base.slice(0, -1));
  return programmes.map((p) => (p.acronym && plurals.has(p.acronym) ? { ...p, countable: true } : p));
}

/** Sources in corpus order (file, then line), whatever pass found them. */
function bySourceOrder(sources: Source[]): Source[] {
  return [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/**
 * A role that starts on a date (a promotion, a new post) ends the roles the person was seen in only before it:
 * "Deputy Secretary" until the day "Secretary" began. A role also seen after that date is held alongside.
 */
function endRolesAtNewOnes(roles: Role[]): Role[] {
  for (const next of roles) {
    // An interim post is held for a while, and the holder's own post waits ("Interim Vice-Chancellor" from January,
    // Deputy Vice-Chancellor again when the new Vice-Chancellor starts).
    if (!next.from || next.status === 'acting') continue;
    for (const r of roles) {
      if (r === next || (r.from && r.from >= next.from) || sameOffice(r, next)) continue;
      const seenAfter = r.seen.some((d) => d > next.from!) && r.status !== 'former';
      if (seenAfter) continue;
      if (!r.until || r.until > next.from) {
        r.until = next.from;
        r.status = 'former';
      }
    }
  }
  return roles;
}

/** "Interim General Manager" -> "General Manager": the post an acting title stands in for. */
const withoutActingWord = (title: string): string => title.replace(/^(?:acting|interim)\s+/i, '');

/**
 * "Interim General Manager" seen until May, "General Manager and CEO" seen from August: the interim post ended when
 * the same person was first seen in the post itself (the date it began, when known, else that release's).
 */
function endActingAtSubstantive(roles: Role[]): Role[] {
  for (const acting of roles) {
    if (acting.status !== 'acting' || acting.until) continue;
    const post = titleKey(withoutActingWord(acting.title));
    if (post === titleKey(acting.title)) continue;
    const last = [acting.from ?? '', ...acting.seen].sort().pop()!;
    const starts = roles
      .filter((r) => r !== acting && r.status !== 'acting' && (titleKey(r.title) === post || titleKey(r.title).startsWith(`${post} and `)) && (!acting.organization || !r.organization || r.organization === acting.organization))
      // A post's own start date ends the interim one (the release that confirms someone names the interim title too);
      // else the first release that names the post, if the interim title is not seen after it ("confirmed ... after
      // serving as Acting Director-General" names both, and tells of the post).
      .map((r) => (r.from ? (r.from > (acting.from ?? '') ? r.from : undefined) : [...r.seen].sort()[0]))
      .filter((d): d is string => !!d && (d >= last || roles.some((r) => r.from === d)) && (!acting.from || d > acting.from))
      .sort();
    if (!starts.length) continue;
    acting.status = 'former';
    acting.until = starts[0];
  }
  return roles;
}

/** "Chair of the Board" and "Chair" (of the Board of the Institute): one office, written short and long. */
function sameOffice(a: Role, b: Role): boolean {
  if (a.organization && b.organization && a.organization !== b.organization) return false;
  const [x, y] = [a.title.toLowerCase(), b.title.toLowerCase()];
  return x.startsWith(`${y} of `) || y.startsWith(`${x} of `);
}

/**
 * A post that heads an organization has one holder: when someone takes it from a date ("elected Chair ... from 1 July
 * 2025"), a predecessor seen in it only before that date held it until then. Titles with a modifier ("Vice
 * President", "Deputy ...") and other titles can have several holders and are left alone.
 */
function endRolesAtSuccessors(people: Person[]): Person[] {
  const holders = new Map<string, { person: Person; role: Role }[]>();
  for (const person of people) {
    for (const role of person.roles) {
      if (!role.organization || role.status === 'acting' || !HEAD_OF_ORGANIZATION.test(titleKey(role.title))) continue;
      const key = `${role.organization}\u0000${titleKey(role.title)}`;
      holders.set(key, [...(holders.get(key) ?? []), { person, role }]);
    }
  }
  for (const list of holders.values()) {
    for (const { person, role } of list) {
      if (role.status === 'former' || role.until) continue;
      // The first successor from the last release showing this holder in the post (which may announce the successor).
      const last = [role.from ?? '', ...role.seen].sort().pop()!;
      const next = list
        .filter((x) => x.person !== person && x.role.from && x.role.from >= last && (!role.from || x.role.from > role.from))
        .map((x) => x.role.from!)
        .sort()[0];
      if (!next) continue;
      role.status = 'former';
      role.until = next;
    }
  }
  // An interim holder's post ends when someone else takes it for good ("Interim Vice-Chancellor" from January, a new
  // Vice-Chancellor from May). An interim title written without its organization goes with the one that has the post.
  for (const person of people) {
    for (const role of person.roles) {
      if (role.status !== 'acting' || role.until) continue;
      const key = titleKey(withoutActingWord(role.title));
      if (key === titleKey(role.title) || !HEAD_OF_ORGANIZATION.test(key)) continue;
      const successors = [...holders.entries()].filter(([k]) => k.endsWith(`\u0000${key}`) && (!role.organization || k.startsWith(`${role.organization}\u0000`)));
      if (successors.length !== 1) continue;
      const start = role.from ?? [...role.seen].sort()[0] ?? '';
      const next = successors[0][1].filter((x) => x.person !== person && x.role.from && x.role.from > start).map((x) => x.role.from!).sort()[0];
      if (!next) continue;
      role.status = 'former';
      role.until = next;
    }
  }
  return people;
}

// Titles of the one person at the head of a body.
const HEAD_OF_ORGANIZATION = /^(?:chair|chairman|chairwoman|chairperson|chair of the (?:board|management board)|president|chief executive officer|chief executive|vice chancellor|executive director|director general|secretary general|mayor|governor)$/;
