// A fix that writes an acronym the draft spells out only later ("XWA" -> "DWA" before "Dry Weather
// Authority (DWA)") writes the spelled-out form instead, as the acronym rule would ask on the next pass; the
// acronym rule's own "spell it out" for a later use of that acronym is then moot and dropped.
import type { Draft } from '../draft/parseDraft';
import { definitionAfter, spelledOut } from '../rules/acronymFirstUse';
import { acronymLetters } from '../learn/acronymDefinitions';
import { isAcronym } from '../text/chunks';

interface Fixable {
  ruleId: string;
  start: number;
  end: number;
  suggestions: string[];
}

/** `findings` in text order, with such suggestions spelled out (only the first use of each acronym). */
export function spellOutEarlyAcronyms<T extends Fixable>(draft: Draft, findings: T[]): T[] {
  const spelled = new Set<string>();
  const out: T[] = [];
  for (const f of findings) {
    const s = f.suggestions[0];
    if (s !== undefined && f.ruleId === 'acronym' && alreadySpelledOut(draft.text, f, spelled)) continue;
    if (s === undefined || !isAcronym(s) || spelled.has(acronymLetters(s))) {
      out.push(f);
      continue;
    }
    const def = definitionAfter(draft, s, f.start, f.end);
    if (def) spelled.add(acronymLetters(s));
    out.push(def ? { ...f, suggestions: [spelledOut(draft.text, def, s), ...f.suggestions.slice(1)] } : f);
  }
  return out;
}

/** Whether `f` spells out the acronym it covers where an earlier fix already did (else it now has). */
function alreadySpelledOut(text: string, f: Fixable, spelled: Set<string>): boolean {
  const written = text.slice(f.start, f.end);
  if (!isAcronym(written) || !f.suggestions[0].endsWith(`(${written})`)) return false;
  const letters = acronymLetters(written);
  if (spelled.has(letters)) return true;
  spelled.add(letters);
  return false;
}
