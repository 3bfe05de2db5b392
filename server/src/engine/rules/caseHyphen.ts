// case-hyphen: a known term with the wrong capitalization or hyphenation ("Global shield Programme"), including
// the organization-dependent title style ("UN Secretary General" where the UN writes "Secretary-General").
import type { Rule, Finding } from './ruleTypes';
import { matchForms, replacementFor } from './formMatching';
import { titleVerdicts } from './titleVerdicts';
import { parseTitlePhrase, hasTitleHead, titleKey } from '../learn/titlePhrase';
import { formKey } from '../text/normalize';
import { inQuotedTitle } from '../draft/parseDraft';

export const checkCaseAndHyphens: Rule = (ctx) => {
  const { draft, index } = ctx;
  const text = draft.text;
  const out: Finding[] = [];
  for (const m of matchForms(draft, index, ['programme', 'organization', 'person'])) {
    if (m.form.core) continue; // "Customs Enforcement" alone is ordinary prose
    const odd = (d: string) => d === 'case' || d === 'hyphen';
    if (!m.diffs.some(odd) || !m.diffs.every((d) => d === 'same' || odd(d)) || !m.diffs.includes('same')) continue;
    // A capital forced by the start of a sentence is not a style choice.
    if (m.diffs.every((d, k) => d === 'same' || (k === 0 && m.tokens[0].sentenceStart && m.tokens[0].base.slice(1) === m.form.words[0].slice(1)))) continue;
    const r = replacementFor(text, m, odd)!;
    if (inQuotedTitle(draft, r.start, r.end) || index.accepted.has(formKey(text.slice(r.start, r.end)))) continue;
    if (text.slice(r.start, r.end) === r.replacement) continue;
    out.push({
      ruleId: 'case-hyphen',
      start: r.start,
      end: r.end,
      message: `The corpus writes '${m.form.form}' (capitalization and hyphens as there).`,
      suggestions: [r.replacement],
    });
  }
  for (const v of titleVerdicts(ctx)) {
    if (v.kind !== 'style') continue;
    out.push(styleFinding(v.span.start, v.span.end, v.span.text, v.right, v.org.acronym ?? v.org.name));
  }
  // Titles with an organization but no known person: "UN Secretary General".
  draft.chunks.forEach((chunks) => {
    for (const c of chunks) {
      if (!hasTitleHead(c.tokens)) continue;
      const tp = parseTitlePhrase(text, c.tokens, index.resolver);
      if (!tp || !tp.orgId || (tp.orgFrom !== 'prefix' && tp.orgFrom !== 'suffix')) continue;
      const org = index.orgById.get(tp.orgId);
      const surface = tp.title.text.replace(/^(Acting|Interim) /, '');
      const style = org?.titleStyle[titleKey(surface)];
      if (!org || !style || style === surface || formKey(style) !== formKey(surface)) continue;
      out.push(styleFinding(tp.title.end - surface.length, tp.title.end, surface, style, org.acronym ?? org.name));
    }
  });
  return out;
};

function styleFinding(start: number, end: number, written: string, right: string, org: string): Finding {
  return {
    ruleId: 'case-hyphen',
    start,
    end,
    message: `The ${org} writes this title '${right}', not '${written}'.`,
    suggestions: [right],
  };
}
