// Shared by the rule-family tests: the seed term base and the corpus-b term base, each learned once from the
// real files, and small wrappers over lintText that return what a reader checks (family, flagged text, fix).
import fs from 'node:fs';
import path from 'node:path';
import { strict as assert } from 'node:assert';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText, type LintOptions } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes/applyFixes';
import type { CorpusDocument, LintDiagnostic, RuleId, TermBase } from '../../server/src/engine/types';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');
export const CORPUS_B_DIR = path.join(ROOT, 'test', 'fixtures', 'corpus-b');

export function readCorpus(dir: string): CorpusDocument[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f) && f !== 'README.md')
    .sort()
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

let seedTb: TermBase | undefined;
let corpusBTb: TermBase | undefined;

/** The term base learned from seeds/*.txt (learned once per test run). */
export function seedTermBase(): TermBase {
  return (seedTb ??= learnTermBase(readCorpus(SEEDS_DIR)));
}

/** The term base learned from test/fixtures/corpus-b (learned once per test run). */
export function corpusBTermBase(): TermBase {
  return (corpusBTb ??= learnTermBase(readCorpus(CORPUS_B_DIR)));
}

export interface Flag {
  rule: RuleId;
  text: string;
  fix: string | undefined;
}

const toFlag = (text: string) => (d: LintDiagnostic): Flag => ({ rule: d.ruleId, text: text.slice(d.start, d.end), fix: d.suggestions[0] });

/** Every diagnostic as { rule, flagged text, suggestions[0] }, in text order. */
export function lint(text: string, tb: TermBase, opts?: LintOptions): Flag[] {
  return lintText(text, tb, opts).map(toFlag(text));
}

/** Only the diagnostics of one family. */
export function lintRule(text: string, tb: TermBase, ruleId: RuleId, opts?: LintOptions): Flag[] {
  return lint(text, tb, opts).filter((f) => f.rule === ruleId);
}

/** Applies every fix (suggestions[0] of each diagnostic) and returns the new text. */
export function fixAll(text: string, tb: TermBase, opts?: LintOptions): string {
  return applyFixes(text, lintText(text, tb, opts)).text;
}

/** A release as editors write it: headline, date line, then paragraphs (dateline, label, body), blank lines between. */
export function release(headline: string, date: string, ...paragraphs: string[]): string {
  return [headline, date, ...paragraphs].join('\n\n') + '\n';
}

/**
 * The positive-case check. The draft carries exactly the planted error(s): the whole lint is exactly `expected`,
 * all under `ruleId` (so no other family claims it and nothing else fires). Once every fix is applied, a second
 * lint finds nothing of that family, and the fixed draft equals `fixed` when given. Returns the fixed text.
 */
export function expectFlagAndFix(text: string, tb: TermBase, ruleId: RuleId, expected: { text: string; fix: string }[], fixed?: string): string {
  assert.deepEqual(lint(text, tb), expected.map((e) => ({ rule: ruleId, ...e })));
  const after = fixAll(text, tb);
  assert.deepEqual(lintRule(after, tb, ruleId), [], `after the fixes:\n${after}`);
  if (fixed !== undefined) assert.equal(after, fixed);
  return after;
}

/** The negative-case check: no diagnostic of `ruleId` (the whole list is shown on failure). */
export function expectClean(text: string, tb: TermBase, ruleId: RuleId): void {
  const all = lint(text, tb);
  assert.deepEqual(all.filter((f) => f.rule === ruleId), [], `all diagnostics: ${JSON.stringify(all)}`);
}

/** A correct draft: no diagnostic of any family. */
export function expectNoDiagnostics(text: string, tb: TermBase): void {
  assert.deepEqual(lint(text, tb), []);
}
