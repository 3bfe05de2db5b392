import { strict as assert } from 'node:assert';
import { formatText } from '../../server/src/engine/format/text';
import { sampleResults } from './fixtures';

describe('format/text', () => {
  it('groups by file, aligns columns and ends with a summary', () => {
    const out = formatText(sampleResults());
    assert.equal(
      out,
      [
        'drafts/a.txt',
        "  2:7  error    Did you mean 'Mikuriya'?                  person-name",
        "  3:5  warning  Write 'Global Shield' (as in 4 releases)  case-hyphen",
        "  4:8  error    Did you mean 'Mikuriya'?                  person-name",
        '',
        'drafts/b c.md',
        '  1:1  info  RILOs is used before it is spelled out  acronym',
        '',
        '\u2716 4 problems (2 errors, 1 warning, 1 info)',
        '  3 problems fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('has no ANSI codes unless asked for colour', () => {
    assert.ok(!formatText(sampleResults()).includes('\u001b['));
    assert.ok(formatText(sampleResults(), { color: true }).includes('\u001b[31m'));
  });

  it('prints nothing for clean results', () => {
    assert.equal(formatText([{ file: 'a.txt', text: 'ok', diagnostics: [] }]), '');
  });

  it('keeps one line per diagnostic even when a message has a newline', () => {
    const [first] = sampleResults();
    first.diagnostics = [{ ...first.diagnostics[0], message: 'two\nlines' }];
    const lines = formatText([first]).split('\n');
    assert.equal(lines[1], '  3:5  warning  two lines  case-hyphen');
  });
});
