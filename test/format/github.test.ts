import { strict as assert } from 'node:assert';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/engine/format/github';
import { sampleResults } from './fixtures';

describe('format/github', () => {
  it('prints one workflow command per diagnostic', () => {
    const lines = formatGithub(sampleResults()).trimEnd().split('\n');
    assert.equal(lines.length, 4);
    assert.equal(
      lines[0],
      "::error file=drafts/a.txt,line=2,col=7,endLine=2,endColumn=14,title=presslint person-name::Did you mean 'Mikuriya'?",
    );
    assert.equal(
      lines[1],
      "::warning file=drafts/a.txt,line=3,col=5,endLine=3,endColumn=18,title=presslint case-hyphen::Write 'Global Shield' (as in 4 releases)",
    );
    assert.match(lines[3], /^::notice file=drafts\/b c\.md,line=1,col=1,endLine=1,endColumn=6,title=presslint acronym::/);
  });

  it('escapes %, \\r and \\n in messages and also : and , in properties', () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('a:b,c%d\ne'), 'a%3Ab%2Cc%25d%0Ae');
    const out = formatGithub([
      {
        file: 'odd,name:1%.txt',
        text: 'Kunio Mikurya',
        diagnostics: [
          {
            ruleId: 'person-name', severity: 'error', message: 'Line one\nline two: 50%, really',
            start: 6, end: 13, suggestions: ['Mikuriya'], key: 'k',
          },
        ],
      },
    ]);
    assert.equal(
      out,
      '::error file=odd%2Cname%3A1%25.txt,line=1,col=7,endLine=1,endColumn=14,title=presslint person-name::Line one%0Aline two: 50%25, really\n',
    );
  });

  it('prints nothing when there is nothing', () => {
    assert.equal(formatGithub([]), '');
  });
});
