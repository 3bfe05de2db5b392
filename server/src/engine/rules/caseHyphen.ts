// case-hyphen: a known term with the wrong capitalization or hyphenation ("Global shield Programme"), including
// the organization-dependent title style ("UN Secretary General" where the UN writes "Secretary-General").
import type { Rule, Finding, RuleContext } from './ruleTypes';
import { matchForms, replacementFor } from './formMatching';
import { titleVerdicts } from './titleVerdicts';
import { parseTitlePhrase, hasTitleHead, titleKey } from '../learn/titlePhrase';
import { formKey } from '../text/normalize';
import { inQuotedTitle } from '../draft/parseDraft';

export const checkCaseAndHyphens: Rule = (ctx) => {
  const { draft, index } = ctx;
  const text = draft.text;
  const out: Finding[] = [];
  for (const m of matchForms(draft, index, ['programme', 'organization', 'person', 'title'])) {
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
  out.push(...splitCompounds(ctx), ...titleHyphenation(ctx));
  return out;
};

/** "Interface Public Members" for "Interface Public-Members", "Customs to Customs" for "Customs-to-Customs". */
function splitCompounds({ draft, index, tb }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const text = draft.text;
  const known = index.forms.filter((f) => f.kind !== 'title' && f.form.includes('-')).map((f) => f.form);
  const compounds = (tb.compounds ?? []).filter((c) => /\p{Lu}/u.test(c));
  for (const form of new Set([...known, ...compounds])) {
    const spaced = form.replace(/-/g, ' ');
    for (let i = text.indexOf(spaced); i >= 0; i = text.indexOf(spaced, i + 1)) {
      const before = text[i - 1];
      const after = text[i + spaced.length];
      if ((before && /[\p{L}\p{N}-]/u.test(before)) || (after && /[\p{L}\p{N}-]/u.test(after))) continue;
      if (inQuotedTitle(draft, i, i + spaced.length)) continue;
      out.push({ ruleId: 'case-hyphen', start: i, end: i + spaced.length, message: `The corpus writes '${form}' with hyphens.`, suggestions: [form] });
    }
  }
  return out;
}

/** A title written with other hyphens than the only form the corpus knows ("Deputy Secretary-General"). */
function titleHyphenation({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const surfaces = index.titleSurfaces;
  for (const chunks of draft.chunks) {
    for (const c of chunks) {
      if (!hasTitleHead(c.tokens)) continue;
      const tp = parseTitlePhrase(draft.text, c.tokens, index.resolver);
      // With an organization written, its own style decides (another organization may hyphenate).
      if (!tp || tp.orgFrom === 'prefix' || tp.orgFrom === 'suffix' || (tp.prefix && /\b[A-Z]{2,}\b/.test(tp.prefix.text))) continue;
      const known = surfaces.get(formKey(tp.title.text));
      if (!known || known.size !== 1 || known.has(tp.title.text)) continue;
      const [right] = known;
      if (right.replace(/-/g, ' ').toLowerCase() !== tp.title.text.replace(/-/g, ' ').toLowerCase()) continue;
      out.push({ ruleId: 'case-hyphen', start: tp.title.start, end: tp.title.end, message: `The corpus writes this title '${right}'.`, suggestions: [right] });
    }
  }
  return out;
}

function styleFinding(start: number, end: number, written: string, right: string, org: string): Finding {
  return {
    ruleId: 'case-hyphen',
    start,
    end,
    message: `The ${org} writes this title '${right}', not '${written}'.`,
    suggestions: [right],
  };
}
