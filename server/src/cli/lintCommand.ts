// presslint lint [targets...] [--corpus DIR...] [--config FILE] [--format F] [--fix] [--max-warnings N] [--quiet]
import path from 'node:path';
import { displayPath } from '../engine/corpus/displayPath';
import { readTextFile, type TextFile } from '../engine/corpus/readTextFile';
import { PresslintInputError } from '../engine/errors';
import { formatResults, FORMAT_NAMES, type FormatName } from '../engine/format';
import { createLineIndex } from '../engine/format/position';
import type { FileResult } from '../engine/format/types';
import type { LintDiagnostic, TermBase } from '../engine/types';
import type { PresslintConfig } from '../engine/config/schema';
import { readIgnoredFindings, ignoredKeysFor } from '../engine/corpus/ignoredFindings';
import { collectFiles } from './collectFiles';
import { createSafeIgnoreMatcher } from '../engine/corpus/safeGlob';
import { applyFixes, lintText } from './engine';
import { LINT_HELP } from './help';
import { loadCliConfig, loadContext } from './loadTermBase';
import { CORPUS_OPTIONS, parseCommandArgs } from './parseCommandArgs';
import type { Io } from './io';
import { UsageError } from './usageError';
import { writeFixedFile } from './writeFixes';

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...CORPUS_OPTIONS,
    format: { type: 'string' },
    fix: { type: 'boolean' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean' },
  });
  if (values.help) {
    io.out(LINT_HELP);
    return 0;
  }
  const format = (values.format ?? 'text') as FormatName;
  if (!FORMAT_NAMES.includes(format)) {
    throw new UsageError(`unknown format "${values.format}": use one of ${FORMAT_NAMES.join(', ')}`);
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError('--max-warnings needs a whole number (0 or more)');
    maxWarnings = Number(values['max-warnings']);
  }

  // Config and drafts first (cheap, and their errors are the likeliest), then the corpus.
  const loaded = loadCliConfig({ config: values.config }, io.cwd);
  const config = loaded?.config;
  // presslint.json's ignore globs are matched without backtracking regular expressions (see engine/corpus/safeGlob.ts).
  const ignore = createSafeIgnoreMatcher(config?.ignore, loaded?.dir ?? io.cwd, (m) => io.notice(`presslint.json: ${m}`));
  const targets = positionals.length ? positionals : ['.'];
  const collected = await collectFiles(targets, { cwd: io.cwd, ignore });
  for (const f of collected.ignored) io.notice(`ignored ${displayPath(f, io.cwd)} (matches an ignore glob in presslint.json)`);
  const ctx = await loadContext({ corpus: values.corpus, config: values.config }, io.notice, io.cwd, loaded);

  const results: FileResult[] = [];
  let conflicts = 0;
  // Findings dismissed with "Ignore here" in the editor stay dismissed in CI.
  const folder = loaded?.dir ?? io.cwd;
  const ignoredFindings = readIgnoredFindings(folder);
  for (const file of collected.files) {
    const shown = displayPath(file, io.cwd);
    const read = readTextFile(file, { maxFileSize: config?.maxFileSize });
    if (!read.ok) {
      if (collected.explicit.has(file)) throw new PresslintInputError(`cannot lint ${shown}: ${read.message}`);
      io.notice(`skipped ${shown}: ${read.message}`);
      continue;
    }
    if (read.notice) io.notice(`${shown}: ${read.notice}`);
    const ignoredKeys = ignoredKeysFor(ignoredFindings, folder, file);
    const lint = (text: string) => lintFile(text, ctx.termBase, shown, config, ignoredKeys);
    let text = read.text;
    let diagnostics = lint(text);

    if (values.fix && diagnostics.some((d) => d.suggestions.length)) {
      const fixed = fixFile(file, shown, read, diagnostics, io);
      if (fixed === 'conflict') conflicts++;
      else if (fixed !== undefined) {
        text = fixed;
        diagnostics = lint(text);
      }
    }
    if (values.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error');
    results.push({ file: shown, text, diagnostics });
  }

  io.out(formatResults(format, results, { color: io.color }));

  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (conflicts) return 2;
  if (errors) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.err(`presslint: too many warnings (${warnings}; --max-warnings is ${maxWarnings})\n`);
    return 1;
  }
  return 0;
}

function lintFile(text: string, tb: TermBase, file: string, config: PresslintConfig | undefined, ignoredKeys: Set<string>): LintDiagnostic[] {
  const markdown = ['.md', '.markdown'].includes(path.extname(file).toLowerCase());
  return lintText(text, tb, { file, markdown, rules: config?.rules, ignoredKeys });
}

/** Applies the fixes to one file; the new text, 'conflict', or undefined when nothing was written. */
function fixFile(
  file: string,
  shown: string,
  read: TextFile,
  diagnostics: LintDiagnostic[],
  io: Io,
): string | 'conflict' | undefined {
  if (read.lossy) {
    io.notice(`${shown}: not fixed (it is not valid UTF-8, and writing it back would lose bytes)`);
    return undefined;
  }
  const { text, applied } = applyFixes(read.text, diagnostics);
  if (!applied.length || text === read.text) return undefined;
  let outcome: ReturnType<typeof writeFixedFile>;
  try {
    outcome = writeFixedFile(file, read, text);
  } catch (err) {
    // The original is untouched (the temporary file is removed); the other files are still linted.
    const e = err as NodeJS.ErrnoException;
    io.notice(`${shown}: not fixed: cannot write (${e.code ?? e.message})`);
    return 'conflict';
  }
  if (outcome === 'changed-on-disk') {
    io.notice(`${shown}: not fixed: the file changed on disk since it was read`);
    return 'conflict';
  }
  const index = createLineIndex(read.text);
  io.err(`presslint: fixed ${applied.length} problem${applied.length === 1 ? '' : 's'} in ${shown}\n`);
  for (const d of [...applied].sort((a, b) => a.start - b.start)) {
    const p = index.position(d.start);
    io.err(`  ${p.line}:${p.column}  ${d.ruleId}  "${read.text.slice(d.start, d.end)}" -> "${d.suggestions[0]}"\n`);
  }
  return text;
}
