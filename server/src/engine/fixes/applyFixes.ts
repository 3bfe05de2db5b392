// Applies suggestions[0] of every diagnostic that has one, skipping any that overlap an earlier one.
import type { LintDiagnostic } from '../types';

export function applyFixes(text: string, diagnostics: LintDiagnostic[]): { text: string; applied: LintDiagnostic[] } {
  const chosen: LintDiagnostic[] = [];
  for (const d of [...diagnostics].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (!d.suggestions.length || d.end < d.start || d.end > text.length) continue;
    const last = chosen[chosen.length - 1];
    if (last && d.start < last.end) continue;
    chosen.push(d);
  }
  let out = '';
  let at = 0;
  for (const d of chosen) {
    out += text.slice(at, d.start) + d.suggestions[0];
    at = d.end;
  }
  out += text.slice(at);
  return { text: out, applied: chosen };
}
