// `--format json`: one JSON array of the CLI contract's records on stdout.
import { allRecords } from './records';
import type { FileResult } from './types';

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(allRecords(results));
}
