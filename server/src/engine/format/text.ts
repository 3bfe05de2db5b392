// `--format text` (the default): stylish-like, grouped by file.
//
//   drafts/a.txt
//     3:17  error    Did you mean 'Velloso'?  person-name
//
//   ✖ 1 problem (1 error, 0 warnings)
//     1 problem fixable with --fix
import { toRecords } from './records';
import type { FileResult } from './types';

export interface TextFormatOptions {
  /** ANSI colours (the CLI turns them on only for a TTY without NO_COLOR). */
  color?: boolean;
}

const ANSI = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
} as const;

type Style = keyof typeof ANSI;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatText(results: FileResult[], options: TextFormatOptions = {}): string {
  const paint = (style: Style, s: string) =>
    options.color ? `\u001b[${ANSI[style][0]}m${s}\u001b[${ANSI[style][1]}m` : s;
  const severityStyle = { error: 'red', warning: 'yellow', info: 'blue' } as const;

  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  const out: string[] = [];

  for (const result of results) {
    const records = toRecords(result);
    if (!records.length) continue;
    const rows = records.map((r) => ({
      pos: `${r.line}:${r.column}`,
      sev: r.severity,
      msg: r.message.replace(/\s*[\r\n]+\s*/g, ' '),
      rule: r.ruleId,
    }));
    const wPos = Math.max(...rows.map((r) => r.pos.length));
    const wSev = Math.max(...rows.map((r) => r.sev.length));
    const wMsg = Math.max(...rows.map((r) => r.msg.length));
    out.push(paint('underline', result.file));
    for (const [i, row] of rows.entries()) {
      const r = records[i];
      if (r.severity === 'error') errors++;
      else if (r.severity === 'warning') warnings++;
      else infos++;
      if (r.suggestions.length) fixable++;
      out.push(
        `  ${paint('dim', row.pos.padEnd(wPos))}  ${paint(severityStyle[row.sev], row.sev.padEnd(wSev))}  ${row.msg.padEnd(wMsg)}  ${paint('dim', row.rule)}`,
      );
    }
    out.push('');
  }

  const total = errors + warnings + infos;
  if (!total) return '';
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos) counts.push(`${infos} info`);
  const style: Style = errors ? 'red' : warnings ? 'yellow' : 'blue';
  out.push(paint(style, paint('bold', `\u2716 ${plural(total, 'problem')} (${counts.join(', ')})`)));
  if (fixable) out.push(paint(style, `  ${plural(fixable, 'problem')} fixable with --fix`));
  return out.join('\n') + '\n';
}
