// Synthetic press releases for the bench (issue 7): deterministic, seeded, no external data.
//
// The sentence shapes are those of the seed corpus (seeds/*.txt): a headline, a date line, the
// headline again, a dateline ("Brussels, 6 January 2011"), an optional "Press Release" label, a lede
// ("Secretary General of the WCO, Kunio Mikuriya, met ..."), "Full Name (ACR)" definitions, "the
// Y Programme", "CBP Commissioner Chris Magnus", quotes with "said Secretary General Mikuriya",
// "X, the former ... of ..., and now ..." and filler prose. Every person, organization and programme
// is invented from syllables and word lists; only city names are real.
//
// Scale: release i draws its people, organizations and programmes from the first K(i) entities of
// one world, so the corpus of 100 releases is the first 100 files of the corpus of 1,000, and every
// draft (built from the first entities) names people the 10,000-release corpus knows. Drafts plant
// misspellings (names, programmes, titles, organization names, common words) so linting has work.
//
// Usage (writes under bench/out/, which git ignores):
//   npx tsx bench/generateCorpus.ts [--releases 100,1000,10000] [--seed 7] [--out bench/out]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** 32-bit FNV-1a of a string, for deriving sub-seeds ("release 17", "person 3"). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private state: number;
  constructor(seed: number | string) {
    this.state = (typeof seed === 'string' ? hash32(seed) : seed >>> 0) || 0x9e3779b9;
  }
  /** mulberry32: uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists (general English and invented syllables; no organization's canon)

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'th', 'v', 'w', 'z', 'sh', 'ch', 'j', 'y', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', '', 'n', 'l', 'r', 's', 'm', 'k', 't', 'nd', 'rs', 'lt'];
const SURNAME_ENDINGS = ['', '', '', 'son', 'ski', 'ez', 'ova', 'berg', 'ani', 'elli', 'ura', 'ovic', 'sen', 'ada', 'iya'];

const REGION_WORDS = ['International', 'Regional', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Pacific', 'Atlantic', 'Continental', 'Nordic', 'Andean', 'Sahelian', 'Caspian', 'Baltic', 'Arctic', 'Alpine', 'Coastal', 'Inland', 'Transboundary'];
const DOMAIN_WORDS = ['Customs', 'Maritime', 'Fisheries', 'Aviation', 'Water', 'Soil', 'Forestry', 'Energy', 'Migration', 'Statistics', 'Standards', 'Telecom', 'Seed', 'Mineral', 'Rail', 'Postal', 'Wetlands', 'Estuary', 'Grain', 'Livestock', 'Pharmacy', 'Textile', 'Metrology', 'Broadcast', 'Cargo'];
const FOCUS_WORDS = ['Resilience', 'Cooperation', 'Monitoring', 'Research', 'Development', 'Inspection', 'Certification', 'Compliance', 'Harmonization', 'Conservation', 'Logistics', 'Innovation', 'Integrity', 'Planning', 'Assessment'];
const ORG_KINDS = ['Agency', 'Organization', 'Council', 'Commission', 'Union', 'Authority', 'Bureau', 'Institute', 'Office', 'Federation', 'Alliance', 'Centre', 'Secretariat', 'Board'];

const HEAD_TITLES = ['Secretary General', 'Director-General', 'Director General', 'Commissioner', 'President', 'Executive Director', 'Chair', 'Executive Secretary', 'Administrator', 'Governor'];
const OTHER_TITLES = ['Chief Scientist', 'Chief Economist', 'Director of Operations', 'Director of Compliance', 'Head of Communications', 'Legal Adviser', 'Chief Financial Officer', 'Regional Coordinator', 'Senior Adviser', 'Chief Information Officer', 'Inspector General', 'Registrar'];

const PROG_ADJ = ['Blue', 'Green', 'Clear', 'Safe', 'Open', 'Silver', 'Northern', 'Bright', 'Steady', 'Common', 'Deep', 'Swift', 'Shared', 'Golden', 'Quiet', 'Rising', 'Secure', 'Living', 'Smart', 'First'];
const PROG_NOUN = ['Corridor', 'Harbour', 'Passage', 'Gateway', 'Ledger', 'Compass', 'Horizon', 'Beacon', 'Bridge', 'Lantern', 'Anchor', 'Current', 'Meridian', 'Frontier', 'Shoreline', 'Tideway', 'Keystone', 'Orchard', 'Canopy', 'Watch', 'Shield', 'Relay', 'Harvest', 'Summit'];
const PROG_KINDS = ['Programme', 'Programme', 'Programme', 'Initiative', 'Project', 'Partnership', 'Framework', 'Network'];

const CITIES = ['Brussels', 'Lisbon', 'Geneva', 'Nairobi', 'Dakar', 'Cape Town', 'Singapore', 'Montevideo', 'Tbilisi', 'Oslo', 'Hanoi', 'Lima', 'Accra', 'Manila', 'Rabat', 'Vienna', 'Santiago', 'Wellington', 'Riga', 'Abuja, Nigeria', 'Colombo', 'Tunis', 'Quito', 'Tallinn', 'Windhoek'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const NOUNS = ['risk management', 'supply chain security', 'capacity building', 'data sharing', 'border procedures', 'inspection standards', 'training programmes', 'trade facilitation', 'revenue collection', 'e-commerce', 'digital certificates', 'laboratory networks', 'early warning systems', 'field surveys', 'coastal planning', 'integrity measures', 'procurement rules', 'shipment tracking', 'audit practices', 'sampling methods', 'emergency logistics', 'port surveillance', 'water quality', 'sediment records', 'fraud trends', 'seizure statistics', 'regional offices', 'technical assistance', 'pilot projects', 'quarterly reports'];
const VERBS = ['strengthen', 'review', 'expand', 'coordinate', 'simplify', 'modernize', 'measure', 'align', 'support', 'improve', 'finance', 'evaluate', 'publish', 'share', 'extend', 'harmonize', 'monitor', 'streamline'];
const ADJECTIVES = ['practical', 'regional', 'sustainable', 'reliable', 'consistent', 'independent', 'shared', 'timely', 'transparent', 'effective', 'long-term', 'cross-border', 'national', 'technical', 'open', 'joint'];
const AUDIENCES = ['Member States', 'national administrations', 'coastal planners', 'private sector partners', 'regional bodies', 'field officers', 'donor agencies', 'research institutes', 'port operators', 'local authorities'];
const TOPICS = ['the evolving trade landscape', 'post-pandemic recovery', 'climate adaptation', 'the digitization of procedures', 'the costs of compliance', 'illicit trade', 'the security of air cargo', 'data quality', 'the next five-year plan', 'the funding of field work'];
const HEADLINE_VERBS = ['welcomes', 'meets', 'hosts', 'visits', 'signs agreement with', 'briefs'];
/** Common-word misspellings a spell checker should catch (peers) and a canon linter may leave. */
const COMMON_TYPOS: Record<string, string> = { the: 'teh', receive: 'recieve', government: 'goverment', necessary: 'neccessary', environment: 'enviroment', cooperation: 'cooperaton', standards: 'standrads', between: 'betwen', officials: 'oficials', measures: 'meaures' };

// ---------------------------------------------------------------------------------------------
// The world: organizations, people, programmes

export interface Org {
  name: string;
  acronym: string;
  headTitle: string;
  deputyTitle: string;
  otherTitles: string[];
}

export interface Role {
  title: string;
  org: number;
  /** First release index from which this role is held. */
  fromRelease: number;
}

export interface Person {
  given: string;
  surname: string;
  roles: Role[];
}

export interface Programme {
  name: string;
  /** Defined with an acronym in the corpus ("the Clear Harbour Initiative (CHI)"). */
  acronym?: string;
  org: number;
}

export interface World {
  seed: number;
  orgs: Org[];
  people: Person[];
  programmes: Programme[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function syllable(r: Rng): string {
  return r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS);
}

function inventName(r: Rng, minSyl: number, maxSyl: number, endings?: readonly string[]): string {
  let s = '';
  const n = r.range(minSyl, maxSyl);
  for (let i = 0; i < n; i++) s += syllable(r);
  if (endings) s += r.pick(endings);
  s = s.replace(/(.)\1\1+/g, '$1$1');
  return cap(s.length < 3 ? s + 'ra' : s);
}

const acronymOf = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => !/^(of|and|the|for|on)$/i.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();

/** The number of entities of each kind that releases up to index i draw from. */
export function entitiesFor(releases: number): { orgs: number; people: number; programmes: number } {
  const n = Math.max(1, releases);
  return {
    orgs: Math.min(400, 8 + Math.ceil(n / 30)),
    people: Math.min(4000, 20 + Math.ceil(n / 3)),
    programmes: Math.min(600, 6 + Math.ceil(n / 20)),
  };
}

/** The world of the largest corpus; smaller corpora and drafts use its first entities. */
export function makeWorld(seed = 7, maxReleases = 10_000): World {
  const size = entitiesFor(maxReleases);
  const r = new Rng(hash32(`world:${seed}`));
  const orgs: Org[] = [];
  const orgNames = new Set<string>();
  const acronyms = new Set<string>(['WCO', 'UN', 'DHS', 'CBP', 'ICE', 'US', 'EU', 'IMF', 'WTO', 'ICAO', 'IATA']);
  while (orgs.length < size.orgs) {
    const words = [r.pick(REGION_WORDS), r.pick(DOMAIN_WORDS), ...(r.chance(0.6) ? [r.pick(FOCUS_WORDS)] : []), r.pick(ORG_KINDS)];
    const name = r.chance(0.25) ? `${words.slice(0, -1).join(' ')} ${words.at(-1)} for ${r.pick(FOCUS_WORDS)}` : words.join(' ');
    const acronym = acronymOf(name);
    if (orgNames.has(name) || acronyms.has(acronym) || acronym.length < 3) continue;
    orgNames.add(name);
    acronyms.add(acronym);
    const headTitle = r.pick(HEAD_TITLES);
    const otherTitles = [...new Set([r.pick(OTHER_TITLES), r.pick(OTHER_TITLES), r.pick(OTHER_TITLES)])];
    orgs.push({ name, acronym, headTitle, deputyTitle: `Deputy ${headTitle}`, otherTitles });
  }

  const people: Person[] = [];
  const fullNames = new Set<string>();
  while (people.length < size.people) {
    const given = inventName(r, 1, 2);
    const surname = inventName(r, 2, r.chance(0.2) ? 3 : 2, SURNAME_ENDINGS);
    const full = `${given} ${surname}`;
    if (fullNames.has(full) || given === surname) continue;
    fullNames.add(full);
    const i = people.length;
    // Person i appears once the corpus has grown to hold them; their organization is one of those
    // already in use at that point.
    const firstRelease = releaseWherePersonAppears(i);
    const orgCount = entitiesFor(firstRelease + 1).orgs;
    const org = r.int(orgCount);
    const o = orgs[org];
    // The first people of each organization hold its head and deputy titles.
    const title = i < size.orgs * 2 && i % 2 === 0 ? o.headTitle : r.chance(0.3) ? o.deputyTitle : r.pick(o.otherTitles);
    const roles: Role[] = [{ title, org, fromRelease: firstRelease }];
    // One in eight moves on later: a new title, maybe at another organization.
    if (r.chance(0.125)) {
      const later = firstRelease + r.range(20, 400);
      const org2 = r.chance(0.5) ? org : r.int(orgCount);
      roles.push({ title: r.chance(0.5) ? orgs[org2].deputyTitle : r.pick(orgs[org2].otherTitles), org: org2, fromRelease: later });
    }
    people.push({ given, surname, roles });
  }

  const programmes: Programme[] = [];
  const progNames = new Set<string>();
  while (programmes.length < size.programmes) {
    const name = `${r.pick(PROG_ADJ)} ${r.pick(PROG_NOUN)} ${r.pick(PROG_KINDS)}`;
    if (progNames.has(name)) continue;
    progNames.add(name);
    const acronym = acronymOf(name);
    const i = programmes.length;
    const orgCount = entitiesFor(releaseWhereProgrammeAppears(i) + 1).orgs;
    programmes.push({ name, acronym: r.chance(0.3) && !acronyms.has(acronym) ? acronym : undefined, org: r.int(orgCount) });
    if (programmes[i].acronym) acronyms.add(acronym);
  }
  return { seed, orgs, people, programmes };
}

/** Inverse of entitiesFor: the first release whose pool includes person i / programme i. */
function releaseWherePersonAppears(i: number): number {
  return i < 20 ? 0 : (i - 20) * 3;
}
function releaseWhereProgrammeAppears(i: number): number {
  return i < 6 ? 0 : (i - 6) * 20;
}

// ---------------------------------------------------------------------------------------------
// Text pieces

interface Ctx {
  w: World;
  r: Rng;
  /** Release index: decides who holds which title. */
  at: number;
  pool: { orgs: number; people: number; programmes: number };
  /** Organizations already written out in full in this text (later mentions use the acronym). */
  defined: Set<number>;
  programmesDefined: Set<number>;
  /** People already introduced (later mentions: title and surname). */
  introduced: Set<number>;
  /** Misspellings to plant per mention, 0 for corpus text. */
  slipRate: number;
  planted: PlantedError[];
  out: string[];
}

export interface PlantedError {
  kind: 'person' | 'programme' | 'title' | 'organization' | 'common';
  written: string;
  correct: string;
}

function roleAt(p: Person, at: number): Role {
  let role = p.roles[0];
  for (const x of p.roles) if (x.fromRelease <= at) role = x;
  return role;
}

/** Drop, double or swap one letter after the first. */
function misspell(r: Rng, word: string): string {
  if (word.length < 4) return word + word.at(-1);
  const i = r.range(1, word.length - 2);
  const k = r.int(3);
  if (k === 0) return word.slice(0, i) + word.slice(i + 1);
  if (k === 1) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function slip(c: Ctx, kind: PlantedError['kind'], correct: string, make: () => string): string {
  if (!c.slipRate || !c.r.chance(c.slipRate)) return correct;
  const written = make();
  if (written !== correct) c.planted.push({ kind, written, correct });
  return written;
}

function orgRef(c: Ctx, i: number, allowFull = true): string {
  const o = c.w.orgs[i];
  if (!c.defined.has(i) && allowFull) {
    c.defined.add(i);
    const name = slip(c, 'organization', o.name, () => o.name.replace(/ for /, ' of ').replace(/Organization$/, 'Organisation').replace(/Centre$/, 'Center'));
    return `the ${name} (${o.acronym})`;
  }
  return `the ${o.acronym}`;
}

function surnameOf(c: Ctx, p: Person): string {
  return slip(c, 'person', p.surname, () => misspell(c.r, p.surname));
}

function titleOf(c: Ctx, title: string): string {
  return slip(c, 'title', title, () => {
    if (title.includes('-')) return title.replace('-', ' ');
    if (/ General$/.test(title)) return title.replace(/General$/, 'Genera');
    const words = title.split(' ');
    const last = words.length - 1;
    words[last] = misspell(c.r, words[last]);
    return words.join(' ');
  });
}

function programmeRef(c: Ctx, i: number): string {
  const p = c.w.programmes[i];
  const words = p.name.split(' ');
  const name = slip(c, 'programme', p.name, () => {
    const k = c.r.int(words.length - 1);
    return words.map((w, j) => (j === k ? misspell(c.r, w) : w)).join(' ');
  });
  if (p.acronym && !c.programmesDefined.has(i)) {
    c.programmesDefined.add(i);
    return `the ${name} (${p.acronym})`;
  }
  if (p.acronym && c.r.chance(0.5)) return p.acronym;
  return `the ${name}`;
}

/** A person the first time (title and full name) or later (title and surname). */
function personRef(c: Ctx, pi: number, shape: 'titleFirst' | 'appositive' | 'orgTitle'): string {
  const p = c.w.people[pi];
  const role = roleAt(p, c.at);
  const o = c.w.orgs[role.org];
  const title = titleOf(c, role.title);
  if (c.introduced.has(pi)) return `${title} ${surnameOf(c, p)}`;
  c.introduced.add(pi);
  const full = `${p.given} ${surnameOf(c, p)}`;
  if (shape === 'appositive') return `${title} of ${orgRef(c, role.org)}, ${full},`;
  if (shape === 'orgTitle' && c.defined.has(role.org)) return `${o.acronym} ${title} ${full}`;
  return `${title} ${full} of ${orgRef(c, role.org)}`;
}

const ucfirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function filler(c: Ctx): string {
  const r = c.r;
  const n = r.pick(NOUNS);
  const forms = [
    () => `Participants reviewed ${r.pick(NOUNS)} and agreed on ${r.range(2, 9)} steps to ${r.pick(VERBS)} ${n} across the region.`,
    () => `The discussions also covered ${r.pick(TOPICS)}, with a view to ${r.pick(ADJECTIVES)} work on ${n} in ${2000 + r.int(25)}.`,
    () => `${ucfirst(r.pick(AUDIENCES))} will be invited to ${r.pick(VERBS)} ${n} and to report on progress every quarter.`,
    () => `Both parties acknowledged the need to ${r.pick(VERBS)} ${n} while keeping the costs of trade low for ${r.pick(AUDIENCES)}.`,
    () => `A ${r.pick(ADJECTIVES)} review of ${n} is planned for later this year, and its findings will be shared with ${r.pick(AUDIENCES)}.`,
    () => `In this context, officials stressed that ${r.pick(ADJECTIVES)} ${n} depends on ${r.pick(ADJECTIVES)} cooperation between ${r.pick(AUDIENCES)} and ${r.pick(AUDIENCES)}.`,
    () => `Further meetings will take place on ${r.pick(TOPICS)} and on how best to ${r.pick(VERBS)} ${r.pick(NOUNS)}.`,
    () => `More than ${r.range(12, 190)} delegates from ${r.range(5, 60)} countries took part in the sessions on ${n}.`,
  ];
  let s = r.pick(forms)();
  if (c.slipRate && r.chance(c.slipRate * 3)) {
    const words = Object.keys(COMMON_TYPOS).filter((w) => new RegExp(`\\b${w}\\b`).test(s));
    if (words.length) {
      const w = r.pick(words);
      s = s.replace(new RegExp(`\\b${w}\\b`), COMMON_TYPOS[w]);
      c.planted.push({ kind: 'common', written: COMMON_TYPOS[w], correct: w });
    }
  }
  return s;
}

function pickPerson(c: Ctx, notIn: number[] = []): number {
  for (let k = 0; k < 8; k++) {
    // Favour the first entities (heads of the big organizations), as real archives do.
    const i = c.r.chance(0.5) ? c.r.int(Math.min(c.pool.people, 30)) : c.r.int(c.pool.people);
    if (!notIn.includes(i)) return i;
  }
  return c.r.int(c.pool.people);
}

function dateOf(at: number, r: Rng): { day: number; month: number; year: number } {
  // Releases are chronological: about 2005 to 2024 for the largest corpus.
  const dayIndex = Math.floor(at * 0.7) + r.int(2);
  const year = 2005 + Math.floor(dayIndex / 365) % 20;
  const yday = dayIndex % 365;
  const month = Math.min(11, Math.floor(yday / 30.5));
  const day = 1 + Math.min(27, yday - Math.floor(month * 30.5));
  return { day, month, year };
}

const longDate = (d: { day: number; month: number; year: number }, pad = false) =>
  `${pad && d.day < 10 ? '0' : ''}${d.day} ${MONTH_NAMES[d.month]} ${d.year}`;

function paragraph(c: Ctx, kind: number, speakers: number[]): string {
  const r = c.r;
  const [a, b] = speakers;
  switch (kind % 6) {
    case 0: {
      const q1 = `${ucfirst(r.pick(NOUNS))} is the foundation of ${r.pick(ADJECTIVES)} trade, and we must ${r.pick(VERBS)} it together`;
      const q2 = `The ${programmeName(c)} will give ${r.pick(AUDIENCES)} the evidence they need to act.`;
      return `“${q1},” said ${personRef(c, a, 'titleFirst')}. “${q2}”`;
    }
    case 1: {
      const p = c.r.int(c.pool.programmes);
      return `${ucfirst(programmeRef(c, p))} will also ${r.pick(VERBS)} ${r.pick(NOUNS)} with ${orgRef(c, c.w.programmes[p].org)}, so that ${r.pick(AUDIENCES)} can ${r.pick(VERBS)} ${r.pick(NOUNS)}. ${filler(c)}`;
    }
    case 2: {
      const p = c.w.people[b];
      const role = roleAt(p, c.at);
      if (p.roles.length > 1 && role === p.roles[1] && !c.introduced.has(b)) {
        c.introduced.add(b);
        const first = p.roles[0];
        return `The meeting was also attended by ${p.given} ${surnameOf(c, p)}, the former ${first.title} of ${orgRef(c, first.org)}, and now ${role.title} of ${orgRef(c, role.org)}. ${filler(c)}`;
      }
      return `${ucfirst(personRef(c, b, 'orgTitle'))} said that the ${r.pick(ADJECTIVES)} work on ${r.pick(NOUNS)} would draw on ${orgRef(c, role.org)}’s network of ${r.range(10, 400)} offices. ${filler(c)}`;
    }
    case 3:
      return `${filler(c)} ${filler(c)} ${filler(c)}`;
    case 4:
      return `“We have worked on ${r.pick(NOUNS)} for decades,” added ${personRef(c, a, 'orgTitle')}. ${filler(c)} ${filler(c)}`;
    default:
      return `${filler(c)} ${filler(c)}`;
  }
}

function programmeName(c: Ctx): string {
  const p = c.w.programmes[c.r.int(c.pool.programmes)];
  return slip(c, 'programme', p.name, () => {
    const words = p.name.split(' ');
    const k = c.r.int(words.length - 1);
    return words.map((w, j) => (j === k ? misspell(c.r, w) : w)).join(' ');
  });
}

function newCtx(w: World, at: number, r: Rng, slipRate: number, pool = entitiesFor(at + 1)): Ctx {
  return { w, r, at, pool, defined: new Set(), programmesDefined: new Set(), introduced: new Set(), slipRate, planted: [], out: [] };
}

/** The opening: headline, date, headline again, dateline, label, lede. */
function opening(c: Ctx, a: number, b: number): string[] {
  const r = c.r;
  const pa = c.w.people[a];
  const pb = c.w.people[b];
  const ra = roleAt(pa, c.at);
  const rb = roleAt(pb, c.at);
  const oa = c.w.orgs[ra.org];
  const ob = c.w.orgs[rb.org];
  const d = dateOf(c.at, r);
  const headline =
    r.chance(0.7)
      ? `${oa.acronym} ${ra.title} ${r.pick(HEADLINE_VERBS)} ${ob.acronym} ${rb.title}`
      : `${oa.acronym} and ${ob.acronym} launch ${c.w.programmes[r.int(c.pool.programmes)].name}`;
  const lines = [headline, '', longDate(d, r.chance(0.5)), '', headline, '', `${r.pick(CITIES)}, ${longDate(d)}`, ''];
  if (r.chance(0.5)) lines.push(r.pick(['Press Release', 'Report', 'News']), '');
  const lede = r.chance(0.6)
    ? `${personRef(c, a, 'appositive')} met ${personRef(c, b, 'titleFirst')} on ${longDate(d)} in ${r.pick(CITIES).split(',')[0]} to discuss ${r.pick(TOPICS)} and ${r.pick(NOUNS)}.`
    : `${ucfirst(orgRef(c, ra.org))} and ${orgRef(c, rb.org)} today launched ${programmeRef(c, r.int(c.pool.programmes))}, a ${r.range(2, 10)}-year effort to ${r.pick(VERBS)} ${r.pick(NOUNS)} for ${r.pick(AUDIENCES)}.`;
  lines.push(lede, '');
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Releases, corpora, drafts

export interface Release {
  file: string;
  text: string;
}

const slugOf = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

/** Release number `at` of the world's archive: the same text whichever corpus size asks for it. */
export function generateRelease(w: World, at: number): Release {
  const r = new Rng(hash32(`release:${w.seed}:${at}`));
  // A corpus has its own slips too (about one mention in 500), for the learner's suspected errors.
  const c = newCtx(w, at, r, 0.002);
  const a = pickPerson(c);
  const b = pickPerson(c, [a]);
  const lines = opening(c, a, b);
  const paragraphs = r.range(4, 8);
  for (let k = 0; k < paragraphs; k++) {
    lines.push(paragraph(c, r.int(6), [r.chance(0.7) ? a : pickPerson(c), r.chance(0.5) ? b : pickPerson(c, [a])]), '');
  }
  const d = dateOf(at, new Rng(hash32(`release:${w.seed}:${at}`)));
  const head = lines[0];
  const file = `${d.year}-${String(d.month + 1).padStart(2, '0')}-${String(d.day).padStart(2, '0')}-${String(at).padStart(5, '0')}-${slugOf(head)}.txt`;
  return { file, text: lines.join('\n').trimEnd() + '\n' };
}

export function generateCorpus(n: number, w: World = makeWorld()): Release[] {
  const out: Release[] = [];
  for (let i = 0; i < n; i++) out.push(generateRelease(w, i));
  return out;
}

/** Writes the corpus to `dir` (emptied first); returns the files' total size in bytes. */
export function writeCorpus(dir: string, releases: Release[]): number {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const r of releases) {
    fs.writeFileSync(path.join(dir, r.file), r.text);
    bytes += Buffer.byteLength(r.text);
  }
  return bytes;
}

export interface Draft {
  name: string;
  text: string;
  words: number;
  planted: PlantedError[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words as the bench counts them (letters or digits, with inner apostrophes, dots and hyphens). */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Seed-corpus mentions, some misspelled, so drafts have work against the seed term base too. */
const SEED_SENTENCES = [
  'Secretary General of the WCO, Kunio Mikuriya, met US Secretary of Homeland Security Janet Napolitano to discuss the Global Shield Programme.',
  'Secretary General Mikurya welcomed the support of the Department of Homeland Security (DHS) for the Global Shied Programme.',
  'CBP Commissioner Chris Magnus said that the SAFE Framework of Standards remains the reference for WCO Members.',
  'The UNODC-WCO Container Control Programme will work with the United Nations Office of Drugs and Crime on port surveillance.',
  'Secretary Genera Mikuriya thanked Secretary Napolitano for the funding of the Cargo Targetting System.',
];

export interface DraftOptions {
  /** Target size: words, or bytes (UTF-8) when `bytes` is set. */
  words?: number;
  bytes?: number;
  seed?: number;
  /** Share of mentions written wrong (default 0.08). */
  slipRate?: number;
  /** Entities drawn from the pool of a corpus this large (default 100, known to every corpus). */
  poolOf?: number;
}

/**
 * A draft of about `words` words (exactly, when the last paragraph is cut) or `bytes` bytes, built
 * like a release and continued with more paragraphs, with planted misspellings.
 */
export function generateDraft(w: World, name: string, opts: DraftOptions): Draft {
  const seed = opts.seed ?? 1;
  const r = new Rng(hash32(`draft:${w.seed}:${name}:${seed}`));
  const pool = entitiesFor(opts.poolOf ?? 100);
  // Drafts are written "today": after the whole archive, so titles are the latest ones.
  const c = newCtx(w, 1_000_000, r, opts.slipRate ?? 0.08, pool);
  const a = pickPerson(c);
  const b = pickPerson(c, [a]);
  const parts: string[] = [opening(c, a, b).join('\n')];
  let words = countWords(parts[0]);
  let bytes = Buffer.byteLength(parts[0]);
  const wantWords = opts.words ?? Infinity;
  const wantBytes = opts.bytes ?? Infinity;
  let k = 0;
  while (words < wantWords && bytes < wantBytes) {
    // A new section every 40 paragraphs: new speakers, organizations written out again.
    if (++k % 40 === 0) {
      c.introduced.clear();
      c.defined.clear();
    }
    let p = r.chance(0.08) ? r.pick(SEED_SENTENCES) : paragraph(c, r.int(6), [r.chance(0.6) ? a : pickPerson(c), pickPerson(c, [a])]);
    const pw = countWords(p);
    if (words + pw > wantWords) p = cutToWords(p, wantWords - words);
    const pb = Buffer.byteLength(p) + 2;
    if (bytes + pb > wantBytes) p = cutToBytes(p, wantBytes - bytes - 2);
    parts.push(p);
    words += countWords(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  let text = parts.join('\n\n') + '\n';
  if (opts.bytes) {
    // Pad (or trim) to the exact byte count with spaces at the end of the last paragraph.
    const diff = opts.bytes - Buffer.byteLength(text);
    if (diff > 0) text = text.slice(0, -1) + ' '.repeat(diff) + '\n';
  }
  return { name, text, words: countWords(text), planted: c.planted };
}

function cutToWords(p: string, n: number): string {
  if (n <= 0) return '';
  let count = 0;
  for (const m of p.matchAll(WORD)) {
    if (++count === n) return p.slice(0, m.index! + m[0].length).replace(/[,;:]$/, '') + '.';
  }
  return p;
}

function cutToBytes(p: string, n: number): string {
  if (n <= 1) return '';
  let s = p;
  while (Buffer.byteLength(s) > n - 1) s = s.slice(0, s.lastIndexOf(' ') > 0 ? s.lastIndexOf(' ') : 0);
  return s ? s.replace(/[,;:]$/, '') + '.' : '';
}

/** The bench's drafts: 300 and 2,000 words, 200,000 words, and a 1 MB file. */
export function standardDrafts(w: World): Draft[] {
  return [
    generateDraft(w, 'draft-300', { words: 300 }),
    generateDraft(w, 'draft-2000', { words: 2000 }),
    generateDraft(w, 'draft-200k', { words: 200_000 }),
    generateDraft(w, 'draft-1mb', { bytes: 1024 * 1024 }),
  ];
}

/** Short drafts (about 150 to 400 words) for the CLI folder run. */
export function shortDrafts(w: World, n: number): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < n; i++) {
    const r = new Rng(hash32(`short:${w.seed}:${i}`));
    out.push(generateDraft(w, `short-${String(i + 1).padStart(2, '0')}`, { words: r.range(150, 400), seed: i + 100 }));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CLI

function main(argv: string[]): void {
  const arg = (name: string, dflt: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
  };
  const sizes = arg('--releases', '100,1000,10000').split(',').map(Number);
  const seed = Number(arg('--seed', '7'));
  const out = path.resolve(arg('--out', path.join(path.dirname(fileURLToPath(import.meta.url)), 'out')));
  const w = makeWorld(seed, Math.max(10_000, ...sizes));
  const largest = generateCorpus(Math.max(...sizes), w);
  for (const n of sizes) {
    const dir = path.join(out, `corpus-${n}`);
    const bytes = writeCorpus(dir, largest.slice(0, n));
    console.log(`${dir}: ${n} releases, ${(bytes / 1e6).toFixed(1)} MB`);
  }
  const draftsDir = path.join(out, 'drafts');
  fs.mkdirSync(draftsDir, { recursive: true });
  for (const d of standardDrafts(w)) {
    fs.writeFileSync(path.join(draftsDir, `${d.name}.txt`), d.text);
    console.log(`${draftsDir}/${d.name}.txt: ${d.words} words, ${Buffer.byteLength(d.text)} bytes, ${d.planted.length} planted errors`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
