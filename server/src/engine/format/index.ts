// The output formats of the CLI, one file each; `formatResults` picks one by name.
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText, type TextFormatOptions } from './text';
import type { FileResult } from './types';

export const FORMAT_NAMES = ['text', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function formatResults(name: FormatName, results: FileResult[], options: TextFormatOptions = {}): string {
  switch (name) {
    case 'text':
      return formatText(results, options);
    case 'json':
      return formatJson(results) + '\n';
    case 'sarif':
      return formatSarif(results);
    case 'github':
      return formatGithub(results);
  }
}

export { formatGithub, formatJson, formatSarif, formatText };
export { createLineIndex, lineStarts, type LineIndex, type Position } from './position';
export { toRecords, allRecords } from './records';
export type { DiagnosticRecord, FileResult, Formatter } from './types';
export type { TextFormatOptions } from './text';
