// `presslint lint --fix` never loses data. test/cli/fix.test.ts and writeFixes.test.ts already pin: CRLF and
// BOM kept, UTF-16 LE, mode kept, no temporary file left, untouched files keep their mtime, invalid UTF-8
// never written, and (as a unit) the changed-on-disk refusal. Added here, each with the real CLI:
// - a file saved by someone else between presslint's read and its write is not overwritten: reported, exit 2;
// - the write is a rename (a new inode; a reader never sees half a file; a hard link keeps the old text);
// - through a symlink the target is fixed and the link stays a link;
// - lone CR and mixed line endings, UTF-16 BE, a file with no final newline: every byte outside the fixed
//   ranges is as it was;
// - a second --fix changes nothing, also where one fix used to set up the next: a title-org-mismatch fix that
//   writes an acronym the draft spells out only later, a misspelled programme counted in the house-style majority,
//   an acronym-swap fix before the acronym's definition, a misspelled programme between two of its accepted
//   names, and the bundled example draft.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { REJECTED, configWith, ensureBuilt, removeProject, tempProject } from '../cli/helpers';
import { FIXTURES, noticeLines, runCli } from './helpers';

const HOOK = path.join(FIXTURES, 'edit-during-fix.cjs');
const W = REJECTED.wrong;
const R = REJECTED.right;

describe('--fix never loses data', function () {
  this.timeout(60_000);
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => {
    dir = tempProject({ 'presslint.json': configWith('error') });
  });
  afterEach(() => removeProject(dir));

  it('does not overwrite a file saved by someone else between read and write: reported, exit 2, their text kept', () => {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, `The ${W} starts.\n`);
    fs.writeFileSync(path.join(dir, 'other.txt'), `Also the ${W}.\n`);
    const theirs = 'Their newer text, saved while presslint was fixing.\n';
    const r = runCli(['lint', '--fix', 'draft.txt', 'other.txt'], dir, {
      nodeArgs: ['--require', HOOK],
      env: { PRESSLINT_TEST_EDIT_FILE: file, PRESSLINT_TEST_EDIT_TEXT: theirs },
    });
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), theirs, 'the other writer wins');
    assert.ok(noticeLines(r.stderr).includes('presslint: draft.txt: not fixed: the file changed on disk since it was read'), r.stderr);
    // The other file is still fixed, and nothing is left behind.
    assert.equal(fs.readFileSync(path.join(dir, 'other.txt'), 'utf8'), `Also the ${R}.\n`);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['draft.txt', 'other.txt', 'presslint.json']);
  });

  it('writes through a temporary file and a rename: a new inode, and a hard link keeps the old text', function () {
    if (process.platform === 'win32') this.skip(); // POSIX file semantics (inodes, FIFOs, symlinks) not available on Windows
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, `The ${W} starts.\n`);
    fs.linkSync(file, path.join(dir, 'snapshot.txt'));
    const inode = fs.statSync(file).ino;
    const r = runCli(['lint', '--fix', 'draft.txt'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), `The ${R} starts.\n`);
    assert.notEqual(fs.statSync(file).ino, inode, 'replaced by rename, not rewritten in place');
    assert.equal(fs.readFileSync(path.join(dir, 'snapshot.txt'), 'utf8'), `The ${W} starts.\n`);
  });

  it('through a symlink, fixes the file it points to and keeps the link', function () {
    if (process.platform === 'win32') this.skip(); // POSIX file semantics (inodes, FIFOs, symlinks) not available on Windows
    fs.mkdirSync(path.join(dir, 'real'));
    const target = path.join(dir, 'real', 'draft.txt');
    fs.writeFileSync(target, `The ${W} starts.\n`);
    fs.symlinkSync(path.join('real', 'draft.txt'), path.join(dir, 'link.txt'));
    const r = runCli(['lint', '--fix', 'link.txt'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink(), 'still a link');
    assert.equal(fs.readFileSync(target, 'utf8'), `The ${R} starts.\n`);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'real')), ['draft.txt'], 'no temporary file left');
  });

  const bytesCases: { name: string; bytes: (text: string) => Buffer; text: string }[] = [
    { name: 'lone CR line endings', text: `HEADLINE\r\r${W} one.\rTwo: ${W}.\r`, bytes: (t) => Buffer.from(t, 'utf8') },
    { name: 'mixed LF, CRLF and CR', text: `A\n${W}\r\nB\r${W}\n\tC ${W}`, bytes: (t) => Buffer.from(t, 'utf8') },
    { name: 'no final newline, emoji and NUL-free astral text', text: `😀 𝔘𝔑 e\u0301 ${W}`, bytes: (t) => Buffer.from(t, 'utf8') },
    { name: 'UTF-16 BE with BOM and CRLF', text: `Title\r\n${W}.\r\n`, bytes: (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]) },
    { name: 'UTF-8 BOM, tabs and trailing spaces', text: `\t${W}  \n  \n`, bytes: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]) },
  ];
  for (const c of bytesCases) {
    it(`keeps every byte outside the fixed ranges: ${c.name}; a second --fix changes nothing`, () => {
      const file = path.join(dir, 'draft.txt');
      fs.writeFileSync(file, c.bytes(c.text));
      const r = runCli(['lint', '--fix', 'draft.txt'], dir);
      assert.equal(r.code, 0, r.stderr);
      const expected = c.bytes(c.text.split(W).join(R));
      assert.ok(fs.readFileSync(file).equals(expected), `bytes:\n${fs.readFileSync(file).toString('hex')}\nexpected:\n${expected.toString('hex')}`);
      const mtime = fs.statSync(file).mtimeMs;
      const again = runCli(['lint', '--fix', 'draft.txt'], dir);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(again.stderr, '');
      assert.equal(fs.statSync(file).mtimeMs, mtime, 'not written again');
    });
  }

  const HEAD = 'Air cargo talks\n\n14 March 2012\n\n';
  const twoPassCases: { name: string; text: string; fixed: string }[] = [
    {
      name: 'a title-org-mismatch fix writes an acronym spelled out later in the draft',
      text: `${HEAD}Kunio Mikuriya, Secretary General of the ICAO, met delegates. The World Customs Organization (WCO) and its partners agreed a plan.\n`,
      fixed: `${HEAD}Kunio Mikuriya, Secretary General of the World Customs Organization (WCO), met delegates. The World Customs Organization (WCO) and its partners agreed a plan.\n`,
    },
    {
      name: 'the same before the name, with the acronym used bare in between',
      text: `${HEAD}ICAO Secretary General Kunio Mikuriya met delegates. The WCO hosted them. The World Customs Organization (WCO) agreed a plan.\n`,
      fixed: `${HEAD}World Customs Organization (WCO) Secretary General Kunio Mikuriya met delegates. The WCO hosted them. The World Customs Organization (WCO) agreed a plan.\n`,
    },
    {
      name: 'an acronym-swap fix before the definition',
      text: `${HEAD}UNDOC will contribute. The United Nations Office on Drugs and Crime (UNODC) joined.\n`,
      fixed: `${HEAD}United Nations Office on Drugs and Crime (UNODC) will contribute. The United Nations Office on Drugs and Crime (UNODC) joined.\n`,
    },
    {
      name: 'a misspelled programme name is not counted in the programme/program majority',
      text: 'Global Shied Programme update\n\n14 March 2012\n\nThe programme grew. The program covers 90 countries and the program trains officers.\n',
      fixed: 'Global Shield Programme update\n\n14 March 2012\n\nThe program grew. The program covers 90 countries and the program trains officers.\n',
    },
    {
      name: 'a misspelled programme name counts as the name it is fixed to between two accepted names (a tie stays)',
      text: `${HEAD}The Global Shield Programme grew. Project Global Shield covers 90 countries and the Global Shied Programme shares data. Project Global Shield trains officers.\n`,
      fixed: `${HEAD}The Global Shield Programme grew. Project Global Shield covers 90 countries and the Global Shield Programme shares data. Project Global Shield trains officers.\n`,
    },
    {
      name: 'a misspelled programme name in the minority becomes the name the draft prefers',
      text: `${HEAD}Project Global Shield grew. Project Global Shield covers 90 countries. The Global Shield Programme trains officers, Project Global Shield helps and the Global Shied Programme shares data.\n`,
      fixed: `${HEAD}Project Global Shield grew. Project Global Shield covers 90 countries. The Project Global Shield trains officers, Project Global Shield helps and the Project Global Shield shares data.\n`,
    },
  ];
  for (const c of twoPassCases) {
    it(`reaches a fixed point in one pass: ${c.name}`, () => {
      const file = path.join(dir, 'draft.txt');
      fs.writeFileSync(file, c.text);
      const r = runCli(['lint', '--fix', 'draft.txt'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(fs.readFileSync(file, 'utf8'), c.fixed);
      const again = runCli(['lint', '--fix', 'draft.txt'], dir);
      assert.equal(again.code, 0, again.stdout + again.stderr);
      assert.equal(again.stderr, '', 'the second pass fixes nothing');
      assert.equal(fs.readFileSync(file, 'utf8'), c.fixed);
    });
  }

  it('reaches a fixed point in one pass: the bundled example draft with planted errors', () => {
    const file = path.join(dir, 'draft.txt');
    fs.copyFileSync(path.join(__dirname, '..', '..', 'examples', 'wco-air-cargo-draft.txt'), file);
    const r = runCli(['lint', '--fix', 'draft.txt'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const once = fs.readFileSync(file, 'utf8');
    const again = runCli(['lint', '--fix', 'draft.txt'], dir);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.equal(again.stderr, '');
    assert.equal(fs.readFileSync(file, 'utf8'), once);
  });
});
