// org-name: a variant of a known organization's name ("World Customs Organisation" where the corpus writes
// "Organization", "UN Office of Drugs and Crime" for "... Office on Drugs and Crime").
import type { Rule, Finding } from './ruleTypes';
import { seenIn } from './ruleTypes';
import { nameErrorMatches, replacementFor, isNameError } from './formMatching';
import { formKey } from '../text/normalize';

export const checkOrganizationNames: Rule = ({ draft, index }) => {
  const out: Finding[] = [];
  const text = draft.text;
  const known = index.formKeys;
  for (const m of nameErrorMatches(draft, index)) {
    if (m.form.kind !== 'organization') continue;
    const windowText = text.slice(m.tokens[0].start, m.tokens[m.tokens.length - 1].baseEnd);
    if (known.has(formKey(windowText)) || (index.accepted.size > 0 && index.accepted.has(formKey(windowText)))) continue;
    // A connector swap needs a long name around it to be sure ("Office of Drugs and Crime").
    if (m.diffs.every((d) => d !== 'typo') && m.tokens.length < 4) continue;
    // Case slips inside the same name are part of the same fix ("World customs Organisation").
    const r = replacementFor(text, m, (d) => isNameError(d) || d === 'case' || d === 'hyphen')!;
    const o = m.form.organization!;
    out.push({
      ruleId: 'org-name',
      start: r.start,
      end: r.end,
      message: `'${windowText}' is a variant of '${o.name}'${o.acronym ? ` (${o.acronym})` : ''}, as the corpus writes it (${seenIn(o.documents)}).`,
      suggestions: [r.replacement],
      sources: o.sources.slice(0, 3),
    });
  }
  return out;
};
