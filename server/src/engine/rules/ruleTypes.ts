import type { RuleId, Source, TermBase } from '../types';
import type { Draft } from '../draft/parseDraft';
import type { LintIndex } from '../termbase/lintIndex';

/** What a rule reports; lint() adds severity and the position-independent key. */
export interface Finding {
  ruleId: RuleId;
  start: number;
  end: number;
  message: string;
  suggestions: string[];
  sources?: Source[];
}

export interface RuleContext {
  draft: Draft;
  tb: TermBase;
  index: LintIndex;
}

export type Rule = (ctx: RuleContext) => Finding[];

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "seen in 3 releases" from an entry's document count. */
export const seenIn = (documents: number) => `seen in ${plural(documents, 'release')}`;

/** Keeps the case pattern of the word being replaced ("program" -> "programme", "Program" -> "Programme"). */
export function matchCase(replacement: string, original: string): string {
  if (original === original.toUpperCase() && original.length > 1 && /[A-Z]/.test(original)) return replacement;
  if (/^[A-Z]/.test(original) && /^[a-z]/.test(replacement)) return replacement[0].toUpperCase() + replacement.slice(1);
  if (/^[a-z]/.test(original) && /^[A-Z][a-z]/.test(replacement) && replacement.split(' ').length === 1) return replacement[0].toLowerCase() + replacement.slice(1);
  return replacement;
}
