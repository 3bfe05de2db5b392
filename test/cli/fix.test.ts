// `presslint lint --fix`: atomic write-back that keeps CRLF, BOM and encoding.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { REJECTED, cli, configWith, ensureBuilt, removeProject, tempProject } from './helpers';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('CLI lint --fix', () => {
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => {
    dir = tempProject({ 'presslint.json': configWith('error') });
  });
  afterEach(() => removeProject(dir));

  it('fixes a CRLF file with a BOM, keeping both, and reports the change on stderr', () => {
    const original = `HEADLINE\r\n\r\nThe ${REJECTED.wrong} starts.\r\nAgain: ${REJECTED.wrong}.\r\n`;
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, Buffer.concat([BOM, Buffer.from(original, 'utf8')]));
    fs.chmodSync(file, 0o640);

    const r = cli(['lint', '--fix', 'draft.txt'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const bytes = fs.readFileSync(file);
    assert.ok(bytes.subarray(0, 3).equals(BOM), 'BOM kept');
    const text = bytes.subarray(3).toString('utf8');
    assert.equal(text, original.split(REJECTED.wrong).join(REJECTED.right));
    assert.equal(text.split('\r\n').length, original.split('\r\n').length, 'CRLF kept');
    assert.ok(!/(^|[^\r])\n/.test(text), 'no bare LF introduced');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640, 'mode kept');
    assert.match(r.stderr, /^presslint: fixed 2 problems in draft\.txt$/m);
    // One line per change: position in the original text, rule, old and new text.
    assert.match(r.stderr, /^ {2}3:5 {2}[a-z-]+ {2}"[^"]+" -> "[^"]+"$/m);
    assert.match(r.stderr, /^ {2}4:8 {2}[a-z-]+ {2}"[^"]+" -> "[^"]+"$/m);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['draft.txt', 'presslint.json'], 'no temporary file left');
  });

  it('fixes a UTF-16 LE file in place', () => {
    const original = `The ${REJECTED.wrong}.\r\n`;
    const file = path.join(dir, 'wide.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]));
    const r = cli(['lint', '--fix', 'wide.txt'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(bytes.subarray(2).toString('utf16le'), `The ${REJECTED.right}.\r\n`);
  });

  it('reports what remains after fixing, with positions in the fixed text', () => {
    // Rejected form fixed; the remaining diagnostics are those of the new text (here: none).
    fs.writeFileSync(path.join(dir, 'a.txt'), `${REJECTED.wrong}\n`);
    const r = cli(['lint', '--fix', '--format', 'json', 'a.txt'], dir);
    assert.equal(r.code, 0, r.stderr);
    const remaining = JSON.parse(r.stdout);
    assert.ok(!remaining.some((d: { suggestions: string[] }) => d.suggestions[0] === REJECTED.right));
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), `${REJECTED.right}\n`);
  });

  it('leaves files without fixes untouched (same bytes, same mtime)', () => {
    const file = path.join(dir, 'clean.txt');
    fs.writeFileSync(file, 'Nothing to fix here.\r\n');
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(file, past, past);
    const before = fs.statSync(file).mtimeMs;
    const r = cli(['lint', '--fix', 'clean.txt'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.statSync(file).mtimeMs, before);
    assert.equal(r.stderr, '');
  });

  it('does not write files whose bytes are not valid UTF-8', () => {
    const file = path.join(dir, 'latin1.txt');
    const bytes = Buffer.from(`Caf\xe9: the ${REJECTED.wrong}.\n`, 'latin1');
    fs.writeFileSync(file, bytes);
    const r = cli(['lint', '--fix', 'latin1.txt'], dir);
    assert.equal(r.code, 1);
    assert.ok(fs.readFileSync(file).equals(bytes));
    assert.match(r.stderr, /latin1\.txt: not fixed/);
  });
});
