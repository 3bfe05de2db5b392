// lintText: a draft and a term base in, diagnostics out. Runs every enabled rule family, settles overlaps
// (one diagnostic per error), applies the user's severities and gives each diagnostic a position-free key.
import type { LintDiagnostic, RuleId, Severity, TermBase } from './types';
import { parseDraft } from './draft/parseDraft';
import { lintIndexOf } from './termbase/lintIndex';
import { RULE_FAMILIES } from './rules/registry';
import type { Finding } from './rules/ruleTypes';
import { checkRejectedForms } from './rules/rejectedForms';
import { diagnosticKeys } from './fixes/diagnosticKey';
import { spellOutEarlyAcronyms } from './fixes/spellOutAcronyms';
import { formKey } from './text/normalize';
import { SpanSet } from './text/spanSet';
import { acceptedSpans, insideAny } from './termbase/acceptedSpans';
import { webAddressSpans } from './text/webAddresses';

export interface LintOptions {
  file?: string;
  markdown?: boolean;
  rules?: Partial<Record<RuleId, Severity | 'off'>>;
  /** Keys of diagnostics the user chose to ignore ("Ignore here"). */
  ignoredKeys?: Iterable<string>;
}

export function lintText(text: string, tb: TermBase, options: LintOptions = {}): LintDiagnostic[] {
  if (!text.trim()) return [];
  const draft = parseDraft(text, { markdown: options.markdown ?? /\.(md|markdown)$/i.test(options.file ?? '') });
  const index = lintIndexOf(tb);
  const ctx = { draft, tb, index };
  const findings: { f: Finding; priority: number }[] = [];
  // presslint.json's rejections win over everything; the corpus's own slips come after the rules' own findings.
  checkRejectedForms(ctx).forEach((f) => findings.push({ f, priority: f.message.includes('presslint.json') ? -1 : RULE_FAMILIES.length }));
  RULE_FAMILIES.forEach((family, priority) => {
    if (options.rules?.[family.id] === 'off') return;
    for (const f of family.check(ctx)) findings.push({ f, priority });
  });
  const ignored = new Set(options.ignoredKeys ?? []);
  const kept: Finding[] = [];
  const taken = new SpanSet();
  const acceptedHere = tb.accepted.length ? acceptedSpans(text, tb.accepted) : [];
  const addresses = webAddressSpans(text);
  for (const { f } of findings.sort((a, b) => a.priority - b.priority || a.f.start - b.f.start || b.f.end - a.f.end)) {
    if (f.end <= f.start || taken.overlaps(f.start, f.end)) continue;
    if (options.rules?.[f.ruleId] === 'off') continue;
    // An accepted form is never flagged, whichever rule found it, in whole or in part.
    if (index.accepted.size && index.accepted.has(formKey(text.slice(f.start, f.end)))) continue;
    if (insideAny(acceptedHere, f.start, f.end)) continue;
    if (addresses.length && addresses.some((a) => f.start < a.end && f.end > a.start)) continue;
    kept.push(f);
    taken.add(f.start, f.end);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  const keys = diagnosticKeys(text, kept);
  const diagnostics = kept
    .map((f, i): LintDiagnostic => ({
      ruleId: f.ruleId,
      severity: (options.rules?.[f.ruleId] as Severity | undefined) ?? RULE_FAMILIES.find((r) => r.id === f.ruleId)!.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      suggestions: f.suggestions,
      ...(f.sources?.length ? { sources: f.sources } : {}),
      key: keys[i],
    }))
    .filter((d) => !ignored.has(d.key));
  return spellOutEarlyAcronyms(draft, diagnostics);
}
