// LintDiagnostic (offsets) → DiagnosticRecord (1-based line/column, end exclusive), in file order.
import { createLineIndex } from './position';
import type { LintDiagnostic } from '../types';
import type { DiagnosticRecord, FileResult } from './types';

/** Each diagnostic (in file order) with its record. */
export function toRecordPairs(result: FileResult): { record: DiagnosticRecord; diagnostic: LintDiagnostic }[] {
  const index = createLineIndex(result.text);
  return [...result.diagnostics]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((d) => {
      const start = index.position(d.start);
      const end = index.position(d.end);
      const record: DiagnosticRecord = {
        file: result.file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        severity: d.severity,
        ruleId: d.ruleId,
        message: d.message,
        suggestions: [...d.suggestions],
      };
      return { record, diagnostic: d };
    });
}

export function toRecords(result: FileResult): DiagnosticRecord[] {
  return toRecordPairs(result).map((p) => p.record);
}

export function allRecords(results: FileResult[]): DiagnosticRecord[] {
  return results.flatMap(toRecords);
}
