// Organizations: from acronym definitions ("World Fisheries Organization (WCO)") and from capitalized names
// headed by an organization noun ("European Policy Centre").
import type { Source } from '../types';
import type { AnalyzedDocument } from './corpusModel';
import { addSourceAt } from './corpusModel';
import { findUnspelledDefinitions, findDefinitions, acronymLetters, type FoundDefinition } from './acronymDefinitions';
import { classifyName } from '../lexicon/classifyName';
import { isTitleHead, isTitleHeadToken, isTitleWordToken, isFieldOfWork } from '../lexicon/roleWords';
import { OrganizationIndex } from '../termbase/organizationIndex';
import { formKey } from '../text/normalize';
import { isAcronym, isAcronymToken } from '../text/chunks';
import type { Sentence } from '../text/tokenize';

export interface OrganizationBuilder {
  id: string;
  name: string;
  names: Map<string, number>;
  acronym?: string;
  variants: Set<string>;
  titleStyle: Map<string, Map<string, number>>;
  sources: Source[];
  docs: Set<string>;
  count: number;
  /** Defined with an acronym somewhere in the corpus: the strongest evidence that a name is canonical. */
  defined: number;
}

export interface DefinitionSeen {
  def: FoundDefinition;
  doc: AnalyzedDocument;
  sentence: Sentence;
}

export function collectDefinitions(docs: AnalyzedDocument[]): DefinitionSeen[] {
  const out: DefinitionSeen[] = [];
  // Definitions whose words do not spell the acronym count when two releases or more write them alike.
  const unspelled = new Map<string, DefinitionSeen[]>();
  for (const doc of docs) {
    for (const s of doc.sentences) {
      const defs = findDefinitions(doc.text, s);
      for (const def of defs) out.push({ def, doc, sentence: s });
      for (const def of findUnspelledDefinitions(doc.text, s, defs)) {
        const key = `${def.expansion}\u0000${def.acronym}`;
        const list = unspelled.get(key);
        if (list) list.push({ def, doc, sentence: s });
        else unspelled.set(key, [{ def, doc, sentence: s }]);
      }
    }
  }
  for (const seen of unspelled.values()) if (new Set(seen.map((x) => x.doc.file)).size >= 2) out.push(...seen);
  titledAcronymsOf.set(out, acronymsAfterTitles(docs));
  return out;
}

// Per list of definitions: the letters of acronyms a title belongs to somewhere in the corpus.
const titledAcronymsOf = new WeakMap<DefinitionSeen[], Set<string>>();
const titledExpansionsOf = new WeakMap<DefinitionSeen[], Set<string>>();

/**
 * "Director-General of the OVKH", "Head of the DSU": acronyms right after a title and "of (the)"; and "KHW
 * Managing Director Bronwyn Castellano": an acronym right before a title.
 */
function acronymsAfterTitles(docs: AnalyzedDocument[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    for (const s of doc.sentences) {
      const t = s.tokens;
      for (let k = 0; k < t.length; k++) {
        const c0 = t[k].base.charCodeAt(0);
        if (c0 < 65 || c0 > 90 || !isAcronymToken(t[k])) continue;
        const of = k >= 2 ? (t[k - 1].lower === 'the' ? k - 2 : k - 1) : -1;
        if (of >= 1 && t[of].lower === 'of' && isTitleHeadToken(t[of - 1])) out.add(acronymLetters(t[k].base));
        else if (t[k].after === '' && t[k].base === t[k].text && t[k + 1] && /^\p{Lu}/u.test(t[k + 1].text) && isTitleWordToken(t[k + 1])) {
          let j = k + 1;
          while (t[j + 1] && t[j].after === '' && /^\p{Lu}/u.test(t[j + 1].text) && isTitleWordToken(t[j + 1])) j++;
          if (isTitleHeadToken(t[j])) out.add(acronymLetters(t[k].base));
        }
      }
    }
  }
  return out;
}

/**
 * A defined name in another language ("Országos Vízi Közlekedési Hatóság (OVKH)"), with no English head to say what
 * it names, whose acronym a title belongs to ("Director-General of the OVKH"): an organization.
 */
function isTitledExpansion(expansion: string, definitions: DefinitionSeen[]): boolean {
  let set = titledExpansionsOf.get(definitions);
  if (!set) {
    const titled = titledAcronymsOf.get(definitions) ?? new Set<string>();
    set = new Set(definitions.filter((d) => titled.has(acronymLetters(d.def.acronym)) && classifyName(d.def.expansion.split(/\s+/), true).kind === 'term').map((d) => d.def.expansion));
    titledExpansionsOf.set(definitions, set);
  }
  return set.has(expansion);
}

function newBuilder(name: string, acronym?: string): OrganizationBuilder {
  return {
    id: acronym ? acronymLetters(acronym) : formKey(name).replace(/ /g, '-'),
    name,
    names: new Map(),
    acronym,
    variants: new Set(),
    titleStyle: new Map(),
    sources: [],
    docs: new Set(),
    count: 0,
    defined: 0,
  };
}

function bump(b: OrganizationBuilder, name: string | undefined, doc: AnalyzedDocument, s: Sentence): void {
  if (name) b.names.set(name, (b.names.get(name) ?? 0) + 1);
  b.count++;
  b.docs.add(doc.file);
  addSourceAt(b.sources, doc, s);
}

/** The best-attested full name: defined forms first, then frequency, then alphabetical for determinism. */
function bestName(b: OrganizationBuilder): string {
  return [...b.names.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? b.name;
}

const organizationAcronymsOf = new WeakMap<DefinitionSeen[], Set<string>>();

/**
 * The letters of every acronym defined for an organization ("World Fisheries Organization (WFO)" -> "WFO"),
 * worked out once per list of definitions (which is never changed once collected): asking the whole list for
 * each acronym-led expansion ("UN Environment Programme") was quadratic in the corpus.
 */
function organizationAcronyms(definitions: DefinitionSeen[]): Set<string> {
  let letters = organizationAcronymsOf.get(definitions);
  if (!letters) {
    letters = new Set(definitions.filter((d) => classifyName(d.def.expansion.split(/\s+/), true).kind === 'organization' || isTitledExpansion(d.def.expansion, definitions)).map((d) => acronymLetters(d.def.acronym)));
    organizationAcronymsOf.set(definitions, letters);
  }
  return letters;
}

export function isOrganizationDefinition(expansion: string, definitions: DefinitionSeen[]): boolean {
  if (classifyName(expansion.split(/\s+/), true).kind === 'organization' || isTitledExpansion(expansion, definitions)) return true;
  const first = expansion.split(/\s+/)[0];
  return isAcronym(first) && organizationAcronyms(definitions).has(acronymLetters(first));
}

export function learnOrganizations(docs: AnalyzedDocument[], definitions: DefinitionSeen[]): OrganizationBuilder[] {
  const byAcronym = new Map<string, OrganizationBuilder>();
  const byName = new Map<string, OrganizationBuilder>();

  // "UN Environment Programme (UNEP)": a body of a defined organization is an organization too.
  const definedAcronyms = organizationAcronyms(definitions);
  const ledByOrganization = (expansion: string) => {
    const first = expansion.split(/\s+/)[0];
    return isAcronym(first) && definedAcronyms.has(acronymLetters(first));
  };
  for (const { def, doc, sentence } of definitions) {
    if (classifyName(def.expansion.split(/\s+/), true).kind !== 'organization' && !ledByOrganization(def.expansion) && !isTitledExpansion(def.expansion, definitions)) continue;
    const letters = acronymLetters(def.acronym);
    let b = byAcronym.get(letters);
    if (!b) {
      b = newBuilder(def.expansion, def.acronym.replace(/s$/, ''));
      byAcronym.set(letters, b);
    }
    b.defined++;
    bump(b, def.expansion, doc, sentence);
    if (def.qualifier) {
      b.variants.add(`${def.qualifier} ${def.expansion}`);
      b.variants.add(`${def.qualifier} ${b.acronym}`);
    }
    // "NHS South Lincolnshire Integrated Care Board (ICB)": the whole name is the same organization's.
    if (def.prefix) b.variants.add(`${def.prefix} ${def.expansion}`);
  }
  for (const b of byAcronym.values()) b.name = bestName(b);

  // Names headed by an organization noun, and the tails after "of the" ("... of the UN Security Council").
  let index = new OrganizationIndex([...byAcronym.values()]);
  // A corpus repeats its chunks (the same names and bodies release after release): each distinct chunk's
  // candidates, and each candidate's match, are worked out once.
  const candidatesOf = new Map<string, string[]>();
  const matches = new Map<string, ReturnType<typeof index.resolve>>();
  for (const doc of docs) {
    doc.chunks.forEach((chunks, si) => {
      const sentence = doc.sentences[si];
      for (const c of chunks) {
        const words = c.tokens.map((t) => t.text);
        const chunkKey = words.join('\u0000');
        let candidates = candidatesOf.get(chunkKey);
        if (!candidates) candidatesOf.set(chunkKey, (candidates = orgCandidates(words)));
        for (const candidate of candidates) {
          let hit = matches.get(candidate);
          if (hit === undefined && !matches.has(candidate)) matches.set(candidate, (hit = index.resolve(candidate)));
          if (hit) {
            if (formKey(candidate) !== formKey(hit.org.name) && !isAcronym(candidate)) hit.org.variants.add(candidate);
            continue;
          }
          const key = formKey(candidate);
          let b = byName.get(key);
          if (!b) {
            b = newBuilder(candidate);
            byName.set(key, b);
          }
          bump(b, candidate, doc, sentence);
        }
      }
    });
  }
  const all = [...byAcronym.values(), ...byName.values()];
  index = new OrganizationIndex(all);

  // Count every mention of a defined organization by its acronym or name, across documents.
  for (const doc of docs) {
    doc.sentences.forEach((s) => {
      for (const t of s.tokens) {
        // isAcronym ignores dots, so an acronym starts with a capital or a dot: most words need no regex.
        const c0 = t.base.charCodeAt(0);
        if (!(c0 >= 65 && c0 <= 90) && c0 !== 46) continue;
        if (!isAcronymToken(t)) continue;
        const o = byAcronym.get(acronymLetters(t.base));
        if (o && t.base.replace(/s$/, '') === o.acronym) bump(o, undefined, doc, s);
      }
    });
  }
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

/** Organization names inside a chunk: the whole chunk, or what follows "of (the)". */
function orgCandidates(words: string[]): string[] {
  const out: string[] = [];
  const consider = (ws: string[]) => {
    const clean = ws.map((w) => w.replace(/['’]s?$/, ''));
    if (clean.length < 2) return;
    if (clean.some((w) => isTitleHead(w))) return;
    if (classifyName(clean).kind === 'organization') out.push(clean.join(' '));
  };
  consider(words);
  words.forEach((w, i) => {
    if (/^of$/i.test(w)) {
      const rest = words.slice(i + 1);
      const articled = !!rest[0] && /^the$/i.test(rest[0]);
      if (articled) rest.shift();
      // "Chief of Police of the Marlow Falls Police Department": a title's field ("of Police", no article) runs
      // to the next "of", after which the organization is; "of the Board of Commissioners of X" names a body.
      if (!articled && rest.some((x) => /^of$/i.test(x))) return;
      // "Director of Finance and Administration": English words joined by "and" after a title's "of", without "the",
      // are its field ("Vice-Chancellor of Bath University" is not).
      if (!articled && i > 0 && isTitleHead(words[i - 1]) && isFieldOfWork(rest)) return;
      consider(rest);
    }
  });
  return out;
}
