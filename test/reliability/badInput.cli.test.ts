// Bad input for the CLI, beyond what test/cli already pins (missing corpus, empty corpus, malformed
// presslint.json, unknown key, bad rule level, glob matching nothing, binary drafts and corpus files, invalid
// UTF-8 not written back): each case is a real process on real files, gets one clear line per problem on
// stderr and never a stack trace, and leaves every file of the project exactly as it was.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLEAN_DRAFT, DRAFT_WITH_REJECTED, REJECTED, configWith, ensureBuilt, removeProject, tempProject } from '../cli/helpers';
import { canTestPermissions, noticeLines, runCli, snapshot } from './helpers';

const SEED_ERROR_DRAFT = 'Kunio Mikurya, Secretary General of the World Customs Organization (WCO), spoke.\n';
const MB = 1024 * 1024;

describe('bad input: CLI', function () {
  this.timeout(60_000);
  let dir: string;
  before(ensureBuilt);
  afterEach(() => {
    if (!dir) return;
    // Undo permission changes so the folder can be removed.
    spawnSync('chmod', ['-R', 'u+rwX', dir]);
    removeProject(dir);
  });

  /** Runs the CLI and checks that no file of the project changed (bytes, mode, links). */
  function runUnchanged(args: string[], opts: Parameters<typeof runCli>[2] = {}) {
    const before = snapshot(dir);
    const r = runCli(args, dir, opts);
    assert.equal(r.signal, null, `the CLI was killed (${r.signal}): it hung`);
    assert.deepEqual(snapshot(dir), before, 'no file changed');
    return { ...r, notices: noticeLines(r.stderr) };
  }

  describe('unreadable files (a permission denied; run as nobody when the tests run as root)', () => {
    beforeEach(function () {
      if (!canTestPermissions) this.skip(); // file modes cannot deny a read here (root without setpriv, or Windows)
      dir = tempProject({ 'drafts/ok.txt': SEED_ERROR_DRAFT, 'drafts/secret.txt': SEED_ERROR_DRAFT, 'corpus/r1.txt': fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', fs.readdirSync(path.join(__dirname, '..', '..', 'seeds'))[0])) });
      fs.copyFileSync(path.join(dir, 'corpus/r1.txt'), path.join(dir, 'corpus/r2.txt'));
      fs.chmodSync(dir, 0o755);
      fs.chmodSync(path.join(dir, 'drafts/secret.txt'), 0o000);
    });

    it('named on the command line: exit 2, one line', () => {
      const r = runUnchanged(['lint', 'drafts/secret.txt'], { unprivileged: true });
      assert.equal(r.code, 2, r.stderr);
      assert.deepEqual(r.notices, ['presslint: cannot lint drafts/secret.txt: cannot read (EACCES)']);
      assert.equal(r.stdout, '');
    });

    it('found in a folder: skipped with a notice, the other drafts still linted', () => {
      const r = runUnchanged(['lint', '--format', 'json', 'drafts'], { unprivileged: true });
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(r.notices, ['presslint: skipped drafts/secret.txt: cannot read (EACCES)']);
      const results = JSON.parse(r.stdout) as { file: string }[];
      assert.ok(results.length > 0 && results.every((d) => d.file === 'drafts/ok.txt'), r.stdout);
    });

    it('in the corpus: skipped with a notice, the rest learned', () => {
      fs.chmodSync(path.join(dir, 'corpus/r2.txt'), 0o000);
      const r = runUnchanged(['learn', '--corpus', 'corpus'], { unprivileged: true });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(r.notices, ['presslint: skipped corpus/r2.txt: cannot read (EACCES)']);
      assert.match(r.stdout, /^Learned from 1 document:/m);
    });

    it('--fix in a folder it may not write: not fixed, exit 2, the draft and the folder untouched', () => {
      fs.writeFileSync(path.join(dir, 'presslint.json'), configWith('error'));
      fs.writeFileSync(path.join(dir, 'drafts/ok.txt'), DRAFT_WITH_REJECTED);
      fs.chmodSync(path.join(dir, 'drafts'), 0o555);
      const r = runUnchanged(['lint', '--fix', 'drafts/ok.txt'], { unprivileged: true });
      assert.equal(r.code, 2, r.stderr);
      assert.deepEqual(r.notices, ['presslint: drafts/ok.txt: not fixed: cannot write (EACCES)']);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'drafts')).sort(), ['ok.txt', 'secret.txt'], 'no temporary file left');
    });
  });

  describe('things that are not regular files', () => {
    it('a FIFO named as a draft is refused at once (reading it would block)', function () {
      if (process.platform === 'win32') this.skip(); // POSIX file semantics (inodes, FIFOs, symlinks) not available on Windows
      dir = tempProject({ 'a.txt': CLEAN_DRAFT });
      spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
      const r = runUnchanged(['lint', 'pipe.txt'], { timeoutMs: 30_000 });
      assert.equal(r.code, 2, r.stderr);
      assert.deepEqual(r.notices, ['presslint: not a regular file: pipe.txt']);
    });

    it('FIFOs, sockets-to-be and folders named *.txt inside corpus and draft folders are passed over', function () {
      if (process.platform === 'win32') this.skip(); // POSIX file semantics (inodes, FIFOs, symlinks) not available on Windows
      dir = tempProject({ 'drafts/a.txt': SEED_ERROR_DRAFT, 'corpus/r1.txt': CLEAN_DRAFT.repeat(3), 'corpus/folder.txt/r2.txt': CLEAN_DRAFT });
      spawnSync('mkfifo', [path.join(dir, 'drafts/pipe.txt')]);
      spawnSync('mkfifo', [path.join(dir, 'corpus/pipe.txt')]);
      const lint = runUnchanged(['lint', '--format', 'json', 'drafts'], { timeoutMs: 30_000 });
      assert.equal(lint.code, 1, lint.stderr);
      assert.deepEqual(lint.notices, []);
      const learn = runUnchanged(['learn', '--corpus', 'corpus'], { timeoutMs: 30_000 });
      assert.equal(learn.code, 0, learn.stderr);
      assert.match(learn.stdout, /^Learned from 2 documents:/m, 'the folder named folder.txt is searched like any folder');
    });

    it('a folder where presslint.json is expected: exit 2, one line', () => {
      dir = tempProject({ 'a.txt': CLEAN_DRAFT, 'conf/x': '' });
      const r = runUnchanged(['lint', '--config', 'conf', 'a.txt']);
      assert.equal(r.code, 2);
      assert.deepEqual(r.notices, ['presslint: config file is a folder: conf']);
      fs.mkdirSync(path.join(dir, 'presslint.json'));
      const implicit = runUnchanged(['lint', 'a.txt']);
      assert.equal(implicit.code, 2);
      assert.deepEqual(implicit.notices, ['presslint: config file is a folder: presslint.json']);
    });
  });

  describe('symlinks', () => {
    it('a corpus with a folder loop, a self-link and a two-link cycle is learned without hanging', function () {
      if (process.platform === 'win32') this.skip(); // POSIX file semantics (inodes, FIFOs, symlinks) not available on Windows
      dir = tempProject({ 'corpus/sub/r1.txt': fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', fs.readdirSync(path.join(__dirname, '..', '..', 'seeds'))[0])) });
      fs.symlinkSync('..', path.join(dir, 'corpus/sub/up')); // corpus/sub/up -> corpus
      fs.symlinkSync('.', path.join(dir, 'corpus/here'));
      fs.symlinkSync('self.txt', path.join(dir, 'corpus/self.txt'));
      fs.symlinkSync('b.txt', path.join(dir, 'corpus/a.txt'));
      fs.symlinkSync('a.txt', path.join(dir, 'corpus/b.txt'));
      const r = runUnchanged(['learn', '--corpus', 'corpus'], { timeoutMs: 30_000 });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Learned from 1 document:/m, 'r1.txt once, however many ways it can be reached');
      const glob = runUnchanged(['learn', '--corpus', 'corpus/**/*.txt'], { timeoutMs: 30_000 });
      assert.equal(glob.code, 0, glob.stderr);
      assert.match(glob.stdout, /^Learned from 1 document:/m);
    });

    it('a draft in a symlink loop folder is linted once', function () {
      if (process.platform === 'win32') this.skip(); // POSIX file semantics (inodes, FIFOs, symlinks) not available on Windows
      dir = tempProject({ 'drafts/a.txt': SEED_ERROR_DRAFT });
      fs.symlinkSync('.', path.join(dir, 'drafts/again'));
      const r = runUnchanged(['lint', '--format', 'json', 'drafts'], { timeoutMs: 30_000 });
      assert.equal(r.code, 1);
      const files = new Set((JSON.parse(r.stdout) as { file: string }[]).map((d) => d.file));
      assert.deepEqual([...files], ['drafts/a.txt']);
    });
  });

  describe('encodings and sizes', () => {
    it('invalid UTF-8 in a draft: a notice, still linted, never written back by --fix', () => {
      const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0xff]), Buffer.from(`: ${SEED_ERROR_DRAFT}`)]);
      dir = tempProject({ 'a.txt': bytes });
      const r = runUnchanged(['lint', '--fix', '--format', 'json', 'a.txt']);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(r.notices, [
        'presslint: a.txt: invalid UTF-8 (decoded with replacement characters)',
        'presslint: a.txt: not fixed (it is not valid UTF-8, and writing it back would lose bytes)',
      ]);
      const [d] = JSON.parse(r.stdout) as { ruleId: string; column: number }[];
      assert.equal(d.ruleId, 'person-name');
    });

    it('invalid UTF-8 in the corpus: a notice, the file still learned', () => {
      const seed = fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', fs.readdirSync(path.join(__dirname, '..', '..', 'seeds'))[0]));
      dir = tempProject({ 'corpus/r1.txt': Buffer.concat([seed, Buffer.from([0xc3, 0x28, 0x0a])]) });
      const r = runUnchanged(['learn', '--corpus', 'corpus']);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(r.notices, ['presslint: corpus/r1.txt: invalid UTF-8 (decoded with replacement characters)']);
      assert.match(r.stdout, /^Learned from 1 document:/m);
    });

    it('a 20 MB draft is refused above the default limit (5 MB) with a message: named, exit 2; in a folder, skipped', () => {
      dir = tempProject({ 'drafts/ok.txt': SEED_ERROR_DRAFT });
      const big = Buffer.alloc(20 * MB, 'The committee met on Tuesday to discuss the annual report. ');
      fs.writeFileSync(path.join(dir, 'drafts/big.txt'), big);
      const named = runUnchanged(['lint', 'drafts/big.txt']);
      assert.equal(named.code, 2);
      assert.deepEqual(named.notices, [`presslint: cannot lint drafts/big.txt: file too large (${20 * MB} bytes; the limit is ${5 * MB})`]);
      const folder = runUnchanged(['lint', '--format', 'json', 'drafts']);
      assert.equal(folder.code, 1, 'the other draft is still linted');
      assert.ok(folder.notices.includes(`presslint: skipped drafts/big.txt: file too large (${20 * MB} bytes; the limit is ${5 * MB})`), folder.stderr);
    });

    it('the limit is configurable: maxFileSize in presslint.json, for drafts and corpus files alike', () => {
      dir = tempProject({
        'presslint.json': JSON.stringify({ maxFileSize: 4096, corpus: ['corpus'] }),
        'a.txt': SEED_ERROR_DRAFT.repeat(60),
        'corpus/small.txt': CLEAN_DRAFT,
        'corpus/large.txt': CLEAN_DRAFT.repeat(100),
      });
      const r = runUnchanged(['lint', 'a.txt']);
      assert.equal(r.code, 2);
      assert.deepEqual(r.notices, [
        `presslint: skipped corpus/large.txt: file too large (${CLEAN_DRAFT.length * 100} bytes; the limit is 4096)`,
        `presslint: cannot lint a.txt: file too large (${SEED_ERROR_DRAFT.length * 60} bytes; the limit is 4096)`,
      ]);
      const learn = runUnchanged(['learn']);
      assert.equal(learn.code, 0, learn.stderr);
      assert.deepEqual(learn.notices, [`presslint: skipped corpus/large.txt: file too large (${CLEAN_DRAFT.length * 100} bytes; the limit is 4096)`]);
    });

    it('a 1 MB draft under a raised limit is linted, and the process stays within 1 GB resident', () => {
      // 1 MB of clean prose: the engine takes seconds per megabyte (over the 1 s/MB budget, and far more with
      // thousands of findings; see issue 8's report), so a 20 MB lint stays out of npm test.
      const para = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'dhs-global-shield-clean.txt'), 'utf8').split('\n\n').slice(1).join('\n\n');
      dir = tempProject({ 'presslint.json': JSON.stringify({ maxFileSize: 2 * MB }) });
      fs.writeFileSync(path.join(dir, 'big.txt'), para.repeat(Math.ceil(MB / Buffer.byteLength(para))));
      const hook = path.join(dir, '..', `${path.basename(dir)}-rss.cjs`);
      fs.writeFileSync(hook, "process.on('exit', () => require('fs').writeSync(2, `rss-max-kb ${process.resourceUsage().maxRSS}\\n`));\n");
      try {
        const r = runCli(['lint', '--format', 'json', 'big.txt'], dir, { nodeArgs: ['--require', hook], timeoutMs: 300_000 });
        assert.equal(r.signal, null, 'hung');
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(JSON.parse(r.stdout), []);
        const kb = Number(/rss-max-kb (\d+)/.exec(r.stderr)?.[1]);
        assert.ok(kb > 0 && kb < 1024 * 1024, `peak resident memory ${Math.round(kb / 1024)} MB for a 1 MB draft`);
      } finally {
        fs.rmSync(hook, { force: true });
      }
    });
  });

  describe('presslint.json', () => {
    const rows: { name: string; config: string | Buffer; line: string | RegExp }[] = [
      { name: 'a wrong type (a string for a list)', config: '{\n  "accept": "Global Shield"\n}\n', line: 'presslint: presslint.json:2:3: accept: expected an array, got a string' },
      { name: 'a wrong type (a string for a number)', config: '{ "maxFileSize": "20MB" }', line: 'presslint: presslint.json:1:3: maxFileSize: expected a number, got a string' },
      { name: 'a wrong type inside a list', config: '{\n  "reject": [\n    { "wrong": "A", "right": 7 }\n  ]\n}\n', line: 'presslint: presslint.json:3:21: reject[0].right: expected a string, got a number' },
      { name: 'an unknown key, nested', config: '{\n  "people": [{ "fullName": "Jane Doe", "title": "Director" }]\n}\n', line: 'presslint: presslint.json:2:40: people[0]: unknown key "title"' },
      { name: 'a key that would run something', config: '{\n  "plugins": ["./evil.js"],\n  "command": "rm -rf /"\n}\n', line: 'presslint: presslint.json:2:3: unknown key "plugins"' },
      { name: 'an empty file', config: '', line: 'presslint: presslint.json:1:1: syntax error: value expected' },
      { name: 'binary bytes', config: Buffer.from([0x00, 0x01, 0x02, 0xff]), line: 'presslint: presslint.json:1:1: syntax error: invalid symbol' },
      { name: 'nested 100,000 deep', config: '['.repeat(100_000), line: 'presslint: presslint.json:1:101: nesting too deep (more than 100 levels of brackets)' },
    ];
    for (const row of rows) {
      it(`${row.name}: exit 2, one line naming the line and the key`, () => {
        dir = tempProject({ 'presslint.json': row.config, 'a.txt': CLEAN_DRAFT });
        const r = runUnchanged(['lint', 'a.txt']);
        assert.equal(r.code, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.equal(r.notices.length, 1, r.stderr);
        if (typeof row.line === 'string') assert.equal(r.notices[0], row.line);
        else assert.match(r.notices[0], row.line);
      });
    }

    it('a corpus glob in presslint.json that matches nothing: exit 2, one line', () => {
      dir = tempProject({ 'presslint.json': '{ "corpus": ["releases/**/*.txt"] }', 'a.txt': CLEAN_DRAFT });
      const r = runUnchanged(['lint', 'a.txt']);
      assert.equal(r.code, 2);
      assert.deepEqual(r.notices, ['presslint: corpus is empty: releases/**/*.txt']);
    });
  });

  describe('conflicting overrides in presslint.json', () => {
    it('a form both accepted and rejected is accepted: the reject entry is ignored with a warning naming its line', () => {
      const config = `{
  "accept": ["${REJECTED.wrong}"],
  "reject": [
    { "wrong": "${REJECTED.wrong}", "right": "${REJECTED.right}" }
  ]
}
`;
      dir = tempProject({ 'presslint.json': config, 'a.txt': DRAFT_WITH_REJECTED });
      const r = runUnchanged(['lint', '--fix', '--format', 'json', 'a.txt']);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), [], 'accepted: not flagged, not rewritten');
      assert.deepEqual(r.notices, [
        `presslint: presslint.json:4:16: reject[0].wrong: "${REJECTED.wrong}" is also accepted (accept[0] on line 2): accepted forms win, this reject entry is ignored`,
      ]);
    });

    it('a reject entry that undoes another is ignored (--fix would flip the text back and forth); one that changes nothing too', () => {
      const config = `{
  "reject": [
    { "wrong": "Alpha Beta Scheme", "right": "Alpha Beta Plan" },
    { "wrong": "Alpha Beta Plan", "right": "Alpha Beta Scheme" },
    { "wrong": "Gamma Scheme", "right": "Gamma Scheme" }
  ]
}
`;
      dir = tempProject({ 'presslint.json': config, 'a.txt': 'The Alpha Beta Scheme and the Gamma Scheme.\n' });
      const before = fs.readFileSync(path.join(dir, 'a.txt'), 'utf8');
      const r = runCli(['lint', '--fix', 'a.txt'], dir);
      assert.equal(r.code, 0, r.stderr);
      const notices = noticeLines(r.stderr);
      assert.deepEqual(notices.slice(0, 2), [
        'presslint: presslint.json:4:16: reject[1]: undoes reject[0] on line 3 ("Alpha Beta Plan" → "Alpha Beta Scheme" after "Alpha Beta Scheme" → "Alpha Beta Plan"): --fix would flip them back and forth, this entry is ignored',
        'presslint: presslint.json:5:41: reject[2].right: the same as its "wrong" ("Gamma Scheme"): this reject entry is ignored',
      ]);
      // The first entry holds, so one pass fixes and a second changes nothing.
      assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), before.replace('Alpha Beta Scheme', 'Alpha Beta Plan'));
      const again = runUnchanged(['lint', '--fix', 'a.txt']);
      assert.equal(again.code, 0, again.stderr);
      assert.ok(!again.notices.some((l) => / fixed /.test(l)), again.stderr);
    });

    it('a case-only correction is not a conflict with accepting the right form', () => {
      const config = '{ "accept": ["Alpha Beta Scheme"], "reject": [{ "wrong": "alpha beta Scheme", "right": "Alpha Beta Scheme" }] }';
      dir = tempProject({ 'presslint.json': config, 'a.txt': 'The Alpha Beta Scheme.\n' });
      const r = runUnchanged(['lint', 'a.txt']);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(r.notices, []);
    });
  });
});
