// acronym: used in the body before its expansion appears later in the same draft; an expansion that contradicts
// the corpus; a wrong acronym for a known expansion. Headline, date and dateline lines are exempt; acronyms a draft
// never spells out are not errors; universally known abbreviations ("UN", "US") are always fine.
import type { Rule, Finding } from './ruleTypes';
import { seenIn } from './ruleTypes';
import { findDefinitions, acronymLetters, type FoundDefinition } from '../learn/acronymDefinitions';
import { isExemptLine } from '../draft/parseDraft';
import { isAcronym } from '../text/chunks';
import { UNIVERSAL_ABBREVIATIONS } from '../lexicon/entityHeads';
import { formKey } from '../text/normalize';
import { slipBetween } from '../learn/suspectedErrors';

export const checkAcronyms: Rule = ({ draft, index }) => {
  const out: Finding[] = [];
  const text = draft.text;
  const defs: FoundDefinition[] = draft.sentences.flatMap((s) => findDefinitions(text, s));
  const firstDef = new Map<string, FoundDefinition>();
  for (const d of defs) if (!firstDef.has(acronymLetters(d.acronym))) firstDef.set(acronymLetters(d.acronym), d);

  for (const d of defs) {
    if (UNIVERSAL_ABBREVIATIONS.has(d.acronym)) continue;
    const letters = acronymLetters(d.acronym);
    const byExpansion = index.acronymByExpansion.get(formKey(d.expansion));
    if (byExpansion && acronymLetters(byExpansion.acronym) !== letters) {
      const right = byExpansion.acronym + (/s$/.test(d.acronym) && !/s$/.test(byExpansion.acronym) ? 's' : '');
      out.push({
        ruleId: 'acronym',
        start: d.acronymStart,
        end: d.acronymEnd,
        message: `'${d.expansion}' is abbreviated '${byExpansion.acronym}' in the corpus (${seenIn(byExpansion.sources.length)}), not '${d.acronym}'.`,
        suggestions: [right],
        sources: byExpansion.sources.slice(0, 3),
      });
      continue;
    }
    const byLetters = index.acronymByLetters.get(letters);
    if (byLetters && !byExpansion && byLetters.kind !== 'term' && formKey(byLetters.expansion) !== formKey(d.expansion)) {
      // A misspelled expansion is the name rules' finding; here only a different name altogether.
      if (slipBetween(d.expansion, byLetters.expansion) || sameWordsLoosely(d.expansion, byLetters.expansion)) continue;
      out.push({
        ruleId: 'acronym',
        start: d.expansionStart,
        end: d.expansionEnd,
        message: `In the corpus '${byLetters.acronym}' stands for '${byLetters.expansion}', not '${d.expansion}'.`,
        suggestions: [byLetters.expansion],
        sources: byLetters.sources.slice(0, 3),
      });
    }
  }

  // Used before it is spelled out.
  const flagged = new Set<string>();
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      const word = t.base;
      if (!isAcronym(word) || UNIVERSAL_ABBREVIATIONS.has(word)) continue;
      const letters = acronymLetters(word);
      const def = firstDef.get(letters);
      const definedAt = Math.min(def?.expansionStart ?? Infinity, def?.acronymStart ?? Infinity);
      if (!def || flagged.has(letters) || t.start >= definedAt) continue;
      if (isExemptLine(draft, t.start)) continue;
      flagged.add(letters);
      out.push({
        ruleId: 'acronym',
        start: t.start,
        end: t.baseEnd,
        message: `'${word}' is used before it is spelled out later in this draft ('${def.expansion} (${def.acronym})'): spell it out at first use.`,
        suggestions: [`${def.expansion} (${word})`],
      });
    }
  }
  return out;
};

/** Same words apart from a leading qualifier or the order of "of"-phrases: not a contradiction. */
function sameWordsLoosely(a: string, b: string): boolean {
  const wa = new Set(formKey(a).split(' '));
  const wb = new Set(formKey(b).split(' '));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= Math.min(wa.size, wb.size) - 1 && Math.abs(wa.size - wb.size) <= 1 && shared >= 2;
}
