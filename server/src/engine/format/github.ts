// `--format github`: GitHub Actions workflow commands, one line per diagnostic:
// ::error file=a.txt,line=3,col=17,endLine=3,endColumn=23,title=presslint person-name::message
import { toRecords } from './records';
import type { FileResult } from './types';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping of a command's message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property values: data escaping plus ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const r of toRecords(result)) {
      const props = [
        `file=${escapeProperty(r.file)}`,
        `line=${r.line}`,
        `col=${r.column}`,
        `endLine=${r.endLine}`,
        `endColumn=${r.endColumn}`,
        `title=${escapeProperty(`presslint ${r.ruleId}`)}`,
      ].join(',');
      lines.push(`::${COMMAND[r.severity]} ${props}::${escapeData(r.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
