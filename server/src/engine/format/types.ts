import type { LintDiagnostic } from '../types';

/** One linted file: its path as shown (relative, posix slashes), its text, its findings. */
export interface FileResult {
  file: string;
  text: string;
  diagnostics: LintDiagnostic[];
}

export type Formatter = (results: FileResult[]) => string;

/** A diagnostic as the CLI contract prints it (`--format json`). */
export interface DiagnosticRecord {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: LintDiagnostic['severity'];
  ruleId: LintDiagnostic['ruleId'];
  message: string;
  suggestions: string[];
}
