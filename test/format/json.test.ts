import { strict as assert } from 'node:assert';
import { formatJson } from '../../server/src/engine/format/json';
import { sampleResults } from './fixtures';

describe('format/json', () => {
  it('prints exactly the CLI contract records, sorted by position, columns in UTF-16 units', () => {
    const out = JSON.parse(formatJson(sampleResults()));
    assert.deepEqual(out, [
      {
        file: 'drafts/a.txt', line: 2, column: 7, endLine: 2, endColumn: 14,
        severity: 'error', ruleId: 'person-name', message: "Did you mean 'Mikuriya'?", suggestions: ['Mikuriya'],
      },
      {
        file: 'drafts/a.txt', line: 3, column: 5, endLine: 3, endColumn: 18,
        severity: 'warning', ruleId: 'case-hyphen', message: "Write 'Global Shield' (as in 4 releases)", suggestions: ['Global Shield'],
      },
      {
        // Line 4 follows a lone \r; the emoji before it counts two columns.
        file: 'drafts/a.txt', line: 4, column: 8, endLine: 4, endColumn: 15,
        severity: 'error', ruleId: 'person-name', message: "Did you mean 'Mikuriya'?", suggestions: ['Mikuriya'],
      },
      {
        file: 'drafts/b c.md', line: 1, column: 1, endLine: 1, endColumn: 6,
        severity: 'info', ruleId: 'acronym', message: 'RILOs is used before it is spelled out', suggestions: [],
      },
    ]);
    for (const r of out) assert.deepEqual(Object.keys(r), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', 'suggestions']);
  });

  it('prints an empty array when there is nothing', () => {
    assert.equal(formatJson([]), '[]');
    assert.equal(formatJson([{ file: 'a.txt', text: 'x', diagnostics: [] }]), '[]');
  });

  it('columns let suggestions[0] replace exactly the range', () => {
    const results = sampleResults();
    const lines = results[0].text.split(/\r\n|\r|\n/);
    for (const r of JSON.parse(formatJson(results)).filter((r: { file: string }) => r.file === 'drafts/a.txt')) {
      assert.equal(r.line, r.endLine);
      const covered = lines[r.line - 1].slice(r.column - 1, r.endColumn - 1);
      assert.ok(['Mikurya', 'Global shield'].includes(covered), covered);
    }
  });
});
