// Forms a user rejected in presslint.json ({ wrong, right }) and the corpus's own suspected slips: always
// flagged when a draft writes them, under the family of what they are.
import type { RuleId } from '../types';
import type { Rule, Finding } from './ruleTypes';
import { formKey } from '../text/normalize';
import { tokenHits, REJECTED_START } from '../termbase/tokenHits';

const FAMILY: Record<string, RuleId> = {
  person: 'person-name',
  programme: 'programme-name',
  organization: 'org-name',
  title: 'wrong-title',
};

export const checkRejectedForms: Rule = ({ draft, tb, index }) => {
  const out: Finding[] = [];
  for (const hit of index.rejectedPhrases.find(draft.text, draft.sentences, (t) => (tokenHits(t, index) & REJECTED_START) !== 0)) {
    const r = hit.value;
    const before = draft.text[hit.start - 1];
    if (before && /[\p{L}\p{N}]/u.test(before)) continue;
    const narrow = narrowReplacement(r.wrong, r.right);
    out.push({
      ruleId: (r.kind && FAMILY[r.kind]) || familyOf(tb, r.right),
      start: hit.start + narrow.from,
      end: hit.end - narrow.trimEnd,
      message: r.why ? `'${r.wrong}' looks like a slip for '${r.right}' (${r.why}).` : `'${r.wrong}' is rejected in presslint.json: write '${r.right}'.`,
      suggestions: [narrow.replacement],
    });
  }
  return out;
};

function familyOf(tb: Parameters<Rule>[0]['tb'], right: string): RuleId {
  const k = formKey(right);
  if (tb.people.some((p) => formKey(p.fullName) === k || formKey(p.surname) === k)) return FAMILY.person;
  if (tb.programmes.some((p) => p.forms.some((f) => formKey(f) === k))) return FAMILY.programme;
  if (tb.organizations.some((o) => formKey(o.name) === k || formKey(o.acronym ?? '') === k)) return FAMILY.organization;
  if (tb.titles.some((t) => formKey(t.form) === k)) return FAMILY.title;
  return 'case-hyphen';
}

/** Only the words that differ: "Blue Harbur Programme" -> "Blue Harbour Programme" replaces "Harbur". */
function narrowReplacement(wrong: string, right: string): { from: number; trimEnd: number; replacement: string } {
  const a = wrong.split(' ');
  const b = right.split(' ');
  let p = 0;
  while (p < a.length - 1 && p < b.length - 1 && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - 1 - p && q < b.length - 1 - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const midA = a.slice(p, a.length - q).join(' ');
  const midB = b.slice(p, b.length - q).join(' ');
  if (!midA || !midB) return { from: 0, trimEnd: 0, replacement: right };
  const from = a.slice(0, p).join(' ').length + (p ? 1 : 0);
  const trimEnd = a.slice(a.length - q).join(' ').length + (q ? 1 : 0);
  return { from, trimEnd, replacement: midB };
}
