// End to end on the bundled corpus: the design's own examples through the real CLI.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { cli, ensureBuilt, removeProject, tempProject } from './helpers';

describe('CLI on the bundled corpus', () => {
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => {
    dir = tempProject({
      'drafts/a.txt': 'GENEVA, 3 May 2012\r\n\r\nKunio Mikurya met officials in Brussels.\r\n',
    });
  });
  afterEach(() => removeProject(dir));

  it('flags a misspelled known person as person-name with the fix', () => {
    const r = cli(['lint', '--format', 'json', 'drafts'], dir);
    assert.equal(r.code, 1, r.stderr);
    const records = JSON.parse(r.stdout);
    const d = records.find((x: { ruleId: string }) => x.ruleId === 'person-name');
    assert.ok(d, r.stdout);
    assert.deepEqual(
      { file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, severity: d.severity, fix: d.suggestions[0] },
      { file: 'drafts/a.txt', line: 3, column: 7, endLine: 3, endColumn: 14, severity: 'error', fix: 'Mikuriya' },
    );
  });

  it('--fix writes the fix and then reports the draft clean', () => {
    const r = cli(['lint', '--fix', 'drafts/a.txt'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'drafts/a.txt'), 'utf8'), 'GENEVA, 3 May 2012\r\n\r\nKunio Mikuriya met officials in Brussels.\r\n');
    assert.match(r.stderr, /^ {2}3:7 {2}person-name {2}"Mikurya" -> "Mikuriya"$/m);
    assert.equal(r.stdout, '');
  });
});
