// Known entities mentioned in a draft, with their spans: what a hover is about.
import type { TermBase } from '../types';
import { parseDraft } from '../draft/parseDraft';
import { lintIndexOf } from './lintIndex';
import { findPersonMentions } from './personMentions';
import { matchForms } from '../rules/formMatching';
import { isAcronym, isAcronymToken } from '../text/chunks';
import { acronymLetters } from '../learn/acronymDefinitions';

export interface KnownMention {
  start: number;
  end: number;
  kind: 'person' | 'organization' | 'programme';
  id: string;
}

export function findKnownMentions(text: string, tb: TermBase, options: { markdown?: boolean } = {}): KnownMention[] {
  const draft = parseDraft(text, options);
  const index = lintIndexOf(tb);
  const out: KnownMention[] = [];
  for (const m of findPersonMentions(draft, index)) out.push({ start: m.start, end: m.end, kind: 'person', id: m.person.id });
  for (const m of matchForms(draft, index, ['programme', 'organization'])) {
    if (!m.diffs.every((d) => d === 'same' || d === 'style' || d === 'case')) continue;
    const start = m.tokens[0].start;
    const end = m.tokens[m.tokens.length - 1].baseEnd;
    out.push({ start, end, kind: m.form.kind as 'programme' | 'organization', id: (m.form.programme ?? m.form.organization)!.id });
  }
  const orgByAcronym = new Map(tb.organizations.filter((o) => o.acronym).map((o) => [acronymLetters(o.acronym!), o]));
  const progByAcronym = new Map(tb.programmes.filter((p) => p.acronym).map((p) => [acronymLetters(p.acronym!), p]));
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      if (!isAcronymToken(t)) continue;
      const o = orgByAcronym.get(acronymLetters(t.base));
      const p = progByAcronym.get(acronymLetters(t.base));
      if (o) out.push({ start: t.start, end: t.baseEnd, kind: 'organization', id: o.id });
      else if (p) out.push({ start: t.start, end: t.baseEnd, kind: 'programme', id: p.id });
    }
  }
  // Longest first, then drop mentions inside a longer one.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((m, i) => !out.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}
