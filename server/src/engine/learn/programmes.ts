// Programmes, initiatives, instruments and strategies: capitalized names headed by a programme noun
// ("Container Control Programme", "Project Blue Harbour"), grouped by their core so that accepted forms
// ("Blue Harbour Programme" / "Project Blue Harbour" / "Blue Harbour") are one entry.
import type { Source, ProgrammeKind } from '../types';
import type { AnalyzedDocument } from './corpusModel';
import { addSource, addSourceAt } from './corpusModel';
import { isOrganizationDefinition, type DefinitionSeen } from './organizations';
import { classifyName } from '../lexicon/classifyName';
import { PROGRAMME_HEADS, LEADING_PROGRAMME_HEADS } from '../lexicon/entityHeads';
import { isTitleHead, isTitleHeadToken } from '../lexicon/roleWords';
import { formKey, editDistance, allowedEdits } from '../text/normalize';
import { isAcronym, isAcronymToken } from '../text/chunks';
import type { Sentence } from '../text/tokenize';

export interface ProgrammeBuilder {
  core: string;
  forms: Map<string, number>;
  formDocs: Map<string, Set<string>>;
  acronym?: string;
  kind: ProgrammeKind;
  sources: Source[];
  docs: Set<string>;
  count: number;
}

const isHead = (w: string) => PROGRAMME_HEADS.has(w.toLowerCase());
/** ", a free online platform": an appositive; one of its first four words may be a programme noun. */
const APPOSITIVE = /^,\s+(?:a|an)\s+((?:[a-z\d][a-z\d-]*\s+){0,3}[a-z]+)\b/;
/** A year or a number ending a name: "Resilient Coasts 2030", "Harbour Watch 2". */
const NAME_NUMBER = /^\d{1,4}$/;
const APPOSITIVE_STOPS = new Set(['that', 'which', 'who', 'whose', 'to', 'of', 'for', 'with', 'in', 'on', 'at', 'by', 'and', 'or', 'from', 'under', 'since']);

/** The name without its programme noun: "Blue Harbour Programme" and "Project Blue Harbour" -> "Blue Harbour". */
export function programmeCore(name: string): string {
  const words = name.split(/\s+/);
  const stop = words.findIndex((w, i) => i > 0 && /^(of|for|on|to)$/i.test(w));
  // "Strategy for Global Supply Chain Security" is headed before "for"; "Safe Streets for All Initiative" and
  // "Women in Enterprise Facility" at their end.
  const headedAtEnd = stop < 0 || (/^(?:for|in)$/i.test(words[stop]) && !isHead(words[stop - 1]));
  if (words.length > 2 && LEADING_PROGRAMME_HEADS.has(words[0].toLowerCase())) words.shift();
  else if (words.length > 2 && headedAtEnd && isHead(words[words.length - 1])) words.pop();
  return words.join(' ');
}

export function learnProgrammes(
  docs: AnalyzedDocument[],
  definitions: DefinitionSeen[],
  isOrgAcronym: (word: string) => boolean,
  isOrgName: (name: string) => boolean = () => false,
): ProgrammeBuilder[] {
  const byCore = new Map<string, ProgrammeBuilder>();
  // Most chunks of a corpus are names seen many times: each is classified once.
  const kinds = new Map<string, ReturnType<typeof classifyName>>();
  const see = (name: string, doc: AnalyzedDocument, s: Sentence, acronym?: string, bareCore = false, coreOf?: string, namedTerm = false) => {
    let kind = kinds.get(name);
    if (!kind) kinds.set(name, (kind = classifyName(name.split(/\s+/))));
    if (kind.kind !== 'programme' && !bareCore && !coreOf && !namedTerm) return;
    const core = coreOf ?? (bareCore ? name : programmeCore(name));
    const key = formKey(core);
    let b = byCore.get(key);
    if (!b) {
      b = { core, forms: new Map(), formDocs: new Map(), kind: kind.kind === 'programme' ? kind.programmeKind : 'other', sources: [], docs: new Set(), count: 0 };
      byCore.set(key, b);
    }
    b.forms.set(name, (b.forms.get(name) ?? 0) + 1);
    b.formDocs.set(name, (b.formDocs.get(name) ?? new Set()).add(doc.file));
    if (acronym) b.acronym = acronym.replace(/(?<=[A-Z])s$/, '');
    b.count++;
    b.docs.add(doc.file);
    addSourceAt(b.sources, doc, s);
  };

  // Where each document's defined expansions start: those chunks were seen with their definition already.
  const defined = new Map<string, Set<number>>();
  for (const { def, doc, sentence } of definitions) {
    if (isOrganizationDefinition(def.expansion, definitions)) continue;
    const kind = classifyName(def.expansion.split(/\s+/), true).kind;
    // A capitalized name defined with an acronym ("Coordinated Border Management (CBM)") is a named term.
    const named = kind === 'term' && def.expansion.split(/\s+/).length >= 2 && def.expansion.split(/\s+/).every((w) => /^[A-Z]/.test(w) || /^(of|for|and|the|on|to)$/.test(w));
    if (kind !== 'programme' && !named) continue;
    see(def.expansion, doc, sentence, def.acronym, false, named ? def.expansion : undefined, named);
    let starts = defined.get(doc.file);
    if (!starts) defined.set(doc.file, (starts = new Set()));
    starts.add(def.expansionStart);
  }
  for (const doc of docs) {
    const definedHere = defined.get(doc.file);
    doc.chunks.forEach((chunks, si) => {
      for (const c of chunks) {
        // A one-word chunk is never a name here (both ways out below need two words).
        if (c.tokens.length < 2 || definedHere?.has(c.start)) continue;
        let words = c.tokens.map((t) => t.base);
        // "UN Environment Programme" is an organization (UNEP), not a programme.
        if (isOrgName(words.join(' '))) continue;
        // "UNODC-WCO Container Control Programme", "US National Strategy ...": the owner is not part of the name.
        while (words.length > 2 && (isOrgAcronym(words[0]) || words[0].split('-').every((w) => isOrgAcronym(w)))) words = words.slice(1);
        if (words.length < 2 || words.some((w) => isTitleHead(w))) continue;
        // "Central Sector Scheme of the Ministry of Inland Water Transport": the owner after "of (the)" is not part of it.
        const ownerAt = words.findIndex((w, k) => k >= 2 && /^of$/i.test(w) && isOrgName(words.slice(/^the$/i.test(words[k + 1] ?? '') ? k + 2 : k + 1).join(' ')));
        if (ownerAt > 0) words = words.slice(0, ownerAt);
        // Only names whose head is in the name itself, not a lower-case "programmes" after it.
        const name = words.join(' ');
        see(name, doc, doc.sentences[si]);
      }
    });
  }
  // A name the release itself calls a programme in an appositive: "the Estuary Data Commons, a free online
  // platform that ...", "Global Pass, a trusted traveller programme".
  for (const doc of docs) {
    doc.chunks.forEach((chunks, si) => {
      for (const c of chunks) {
        if (c.tokens.length < 2 || c.tokens[0].sentenceStart) continue;
        // A name that ends in its own programme noun is found above.
        if (isHead(c.tokens[c.tokens.length - 1].base)) continue;
        // "Resilient Coasts 2030, a 14-year program": the number right after the capitalized words ends the name.
        const number = c.sentence.tokens[c.to];
        const tokens = number && c.tokens[c.tokens.length - 1].after === '' && NAME_NUMBER.test(number.text) ? [...c.tokens, number] : c.tokens;
        const m = APPOSITIVE.exec(doc.text.slice(tokens[tokens.length - 1].end, tokens[tokens.length - 1].end + 80));
        // The noun heading the appositive: its last word before a relative or a preposition ("a programme officer
        // at ..." is a person's job, "a free online platform that ..." a platform).
        const np = m?.[1].split(/\s+/) ?? [];
        const stop = np.findIndex((w) => APPOSITIVE_STOPS.has(w));
        if (!m || !isHead(np[(stop < 0 ? np.length : stop) - 1] ?? '')) continue;
        const name = tokens.map((t) => t.base).join(' ');
        if (classifyName(name.split(/\s+/)).kind === 'organization' || isOrgName(name) || c.tokens.some((t) => isTitleHeadToken(t) || isAcronymToken(t))) continue;
        see(name, doc, doc.sentences[si], undefined, true);
      }
    });
  }
  // A known core followed by a misspelled programme noun ("Mangrove Restoration Initative") is a form to weigh.
  const headsByCore = new Map([...byCore.values()].map((b) => [formKey(b.core), b]));
  for (const doc of docs) {
    doc.chunks.forEach((chunks, si) => {
      for (const c of chunks) {
        if (c.tokens.length < 3) continue;
        const words = c.tokens.map((t) => t.base);
        const b = headsByCore.get(formKey(words.slice(0, -1).join(' ')));
        const last = words[words.length - 1];
        if (!b || b.forms.has(words.join(' ')) || isHead(last)) continue;
        const nearHead = [...b.forms.keys()].map((f) => f.split(' ').pop()!).find((h) => isHead(h) && editDistance(h.toLowerCase(), last.toLowerCase()) <= allowedEdits(h.length));
        if (nearHead) see(words.join(' '), doc, doc.sentences[si], undefined, false, b.core);
      }
    });
  }
  // Bare cores used on their own ("... and Blue Harbour including ...") are forms too.
  const cores = new Map([...byCore.values()].filter((b) => b.core.split(' ').length >= 2).map((b) => [formKey(b.core), b]));
  for (const doc of docs) {
    doc.chunks.forEach((chunks, si) => {
      for (const c of chunks) {
        const name = c.tokens.map((t) => t.base).join(' ');
        const b = cores.get(formKey(name));
        if (!b || b.forms.has(name) || isAcronym(name)) continue;
        see(name, doc, doc.sentences[si], undefined, true);
      }
    });
  }
  return mergeByPrefix([...byCore.values()]).sort((a, b) => a.core.localeCompare(b.core));
}

/** "SAFE Framework" and "SAFE Framework of Standards" are one instrument: a form ending in its head word is a prefix of the other. */
function mergeByPrefix(list: ProgrammeBuilder[]): ProgrammeBuilder[] {
  const out: ProgrammeBuilder[] = [];
  // Forms of kept entries that end in their programme noun, by text: a longer form starting with one joins it.
  const hosts = new Map<string, ProgrammeBuilder>();
  const sorted = [...list].sort((a, b) => a.core.length - b.core.length || a.core.localeCompare(b.core));
  for (const b of sorted) {
    let host: ProgrammeBuilder | undefined;
    for (const g of b.forms.keys()) {
      const words = g.split(' ');
      for (let k = 1; k < words.length && !host; k++) host = hosts.get(words.slice(0, k).join(' '));
      if (host) break;
    }
    if (!host) {
      out.push(b);
      for (const f of b.forms.keys()) if (isHead(f.split(' ').pop()!)) hosts.set(f, b);
      continue;
    }
    for (const [f, n] of b.forms) host.forms.set(f, (host.forms.get(f) ?? 0) + n);
    for (const [f, d] of b.formDocs) host.formDocs.set(f, new Set([...(host.formDocs.get(f) ?? []), ...d]));
    host.count += b.count;
    for (const d of b.docs) host.docs.add(d);
    for (const s of b.sources) addSource(host.sources, s);
    host.acronym ??= b.acronym;
    for (const f of b.forms.keys()) if (isHead(f.split(' ').pop()!)) hosts.set(f, host);
  }
  return out;
}
