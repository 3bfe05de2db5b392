// When an acronym must be spelled out: the draft spells it out only later. Shared by the acronym rule (an
// acronym the draft writes too early) and by lint() for any fix that writes an acronym before that point
// (a title-org-mismatch fix writing "DWA" where "Dry Weather Authority (DWA)" comes later), so one --fix pass
// leaves nothing for a second.
import { isExemptLine, inQuotedTitle, draftMemoKey, memoOnDraft, type Draft } from '../draft/parseDraft';
import { findDefinitions, acronymLetters, type FoundDefinition } from '../learn/acronymDefinitions';
import { isAcronym } from '../text/chunks';
import { UNIVERSAL_ABBREVIATIONS } from '../lexicon/entityHeads';

const DEFINITIONS = draftMemoKey<{ defs: FoundDefinition[]; first: Map<string, FoundDefinition> }>('acronym definitions');

/** Every acronym definition in the draft, and the first one for each set of letters. */
export function draftDefinitions(draft: Draft): { defs: FoundDefinition[]; first: Map<string, FoundDefinition> } {
  return memoOnDraft(draft, DEFINITIONS, () => {
    const defs = draft.sentences.flatMap((s) => findDefinitions(draft.text, s));
    const first = new Map<string, FoundDefinition>();
    for (const d of defs) if (!first.has(acronymLetters(d.acronym))) first.set(acronymLetters(d.acronym), d);
    return { defs, first };
  });
}

/**
 * The draft's later definition of `acronym` when writing it at [start, end) would use it before it is spelled
 * out (body text, outside a quoted title); undefined when that is fine.
 */
export function definitionAfter(draft: Draft, acronym: string, start: number, end: number): FoundDefinition | undefined {
  if (!isAcronym(acronym) || UNIVERSAL_ABBREVIATIONS.has(acronym)) return undefined;
  const def = draftDefinitions(draft).first.get(acronymLetters(acronym));
  if (!def || start >= Math.min(def.expansionStart, def.acronymStart)) return undefined;
  if (isExemptLine(draft, start) || inQuotedTitle(draft, start, end)) return undefined;
  return def;
}

/** "Dry Weather Authority (DWA)": the spelled-out form to write at first use. */
export function spelledOut(text: string, def: FoundDefinition, acronym: string): string {
  return `${qualifiedExpansion(text, def)} (${acronym})`;
}

/** The expansion with a country qualifier written before it ("U.S. Dry Weather Authority"). */
function qualifiedExpansion(text: string, def: FoundDefinition): string {
  const before = text.slice(Math.max(0, def.expansionStart - 6), def.expansionStart);
  const q = /(\S+) $/.exec(before);
  return q && UNIVERSAL_ABBREVIATIONS.has(q[1]) ? `${q[1]} ${def.expansion}` : def.expansion;
}
