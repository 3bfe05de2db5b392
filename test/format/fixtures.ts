// Hand-made diagnostics for the formatter tests (no learner needed).
import type { LintDiagnostic } from '../../server/src/engine/types';
import type { FileResult } from '../../server/src/engine/format/types';

export function diag(text: string, needle: string, partial: Partial<LintDiagnostic> = {}, nth = 0): LintDiagnostic {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return {
    ruleId: 'person-name',
    severity: 'error',
    message: `Unknown form "${needle}"`,
    start,
    end: start + needle.length,
    suggestions: [],
    key: `test:${needle}`,
    ...partial,
  };
}

export const TEXT_A = 'GENEVA, 3 May\nKunio Mikurya spoke.\r\nThe Global shield programme met.\rEnd 😀 Mikurya.\n';

export function sampleResults(): FileResult[] {
  return [
    {
      file: 'drafts/a.txt',
      text: TEXT_A,
      diagnostics: [
        diag(TEXT_A, 'Global shield', {
          ruleId: 'case-hyphen',
          severity: 'warning',
          message: "Write 'Global Shield' (as in 4 releases)",
          suggestions: ['Global Shield'],
        }),
        diag(TEXT_A, 'Mikurya', { message: "Did you mean 'Mikuriya'?", suggestions: ['Mikuriya'] }),
        diag(TEXT_A, 'Mikurya', { message: "Did you mean 'Mikuriya'?", suggestions: ['Mikuriya'] }, 1),
      ],
    },
    { file: 'drafts/clean.md', text: 'Nothing to see.\n', diagnostics: [] },
    {
      file: 'drafts/b c.md',
      text: 'RILOs met.\n',
      diagnostics: [
        {
          ruleId: 'acronym',
          severity: 'info',
          message: 'RILOs is used before it is spelled out',
          start: 0,
          end: 5,
          suggestions: [],
          key: 'acronym:RILOs',
        },
      ],
    },
  ];
}
