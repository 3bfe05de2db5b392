// Which of a programme's accepted names a draft uses, and how often ("Blue Harbour Programme" twice,
// "Project Blue Harbour" once). A misspelled name counts as the name it will be fixed to, so the counts are
// the same before a --fix pass and after it. Shared by programme-name and inconsistency.
import { draftMemoKey, memoOnDraft, type Draft } from '../draft/parseDraft';
import type { LintIndex } from '../termbase/lintIndex';
import type { Programme } from '../types';
import { matchForms, nameErrorMatches } from './formMatching';

export interface FormUse {
  start: number;
  end: number;
  misspelled: boolean;
}

export interface ProgrammeForms {
  programme: Programme;
  /** Each form used, with its uses, most used first; a shorter form inside a longer one is not counted. */
  ranked: [form: string, uses: FormUse[]][];
  /** The form used more than any other, when there is one and the draft uses two. */
  major?: string;
}

const PROGRAMME_FORMS = draftMemoKey<ProgrammeForms[]>('programme forms');

export function programmeFormsIn(draft: Draft, index: LintIndex): ProgrammeForms[] {
  return memoOnDraft(draft, PROGRAMME_FORMS, () => findProgrammeForms(draft, index));
}

function findProgrammeForms(draft: Draft, index: LintIndex): ProgrammeForms[] {
  const misspelled = new Set(nameErrorMatches(draft, index));
  const byProgramme = new Map<string, { programme: Programme; forms: Map<string, FormUse[]> }>();
  for (const m of matchForms(draft, index, ['programme'])) {
    const bad = misspelled.has(m);
    if (!bad && !m.diffs.every((d) => d === 'same')) continue;
    const p = m.form.programme!;
    if (p.forms.length < 2 || !p.forms.includes(m.form.form) || m.form.form.split(' ').length < 2) continue;
    const entry = byProgramme.get(p.id) ?? { programme: p, forms: new Map<string, FormUse[]>() };
    const use = { start: m.tokens[0].start, end: m.tokens[m.tokens.length - 1].baseEnd, misspelled: bad };
    entry.forms.set(m.form.form, [...(entry.forms.get(m.form.form) ?? []), use]);
    byProgramme.set(p.id, entry);
  }
  const out: ProgrammeForms[] = [];
  for (const { programme, forms } of byProgramme.values()) {
    // A shorter form inside a longer one ("Reef Code" in "Reef Code of Practice") is the same mention.
    const all = [...forms];
    const inLonger = (f: string, s: FormUse) => all.some(([g, l2]) => g !== f && l2.some((x) => x.start <= s.start && x.end >= s.end && x.end - x.start > s.end - s.start));
    const ranked = all.map(([f, list]) => [f, list.filter((s) => !inLonger(f, s))] as [string, FormUse[]]).filter(([, l]) => l.length);
    ranked.sort((a, b) => b[1].length - a[1].length);
    const major = ranked.length >= 2 && ranked[0][1].length > ranked[1][1].length ? ranked[0][0] : undefined;
    out.push({ programme, ranked, major });
  }
  return out;
}

/** Whether two forms are a short and a long name of one mention ("Reef Code" / "Reef Code of Practice"). */
export const nested = (a: string, b: string) => a.startsWith(b + ' ') || b.startsWith(a + ' ');

/** The form the draft prefers over `form` for programme `p`, if any. */
export function preferredOver(draft: Draft, index: LintIndex, p: Programme, form: string): string | undefined {
  const entry = programmeFormsIn(draft, index).find((e) => e.programme.id === p.id);
  return entry?.major && entry.major !== form && !nested(entry.major, form) ? entry.major : undefined;
}
