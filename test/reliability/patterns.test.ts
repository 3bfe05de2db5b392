// User-supplied patterns (presslint.json's ignore and corpus globs, accept and reject strings) are matched
// without catastrophic backtracking. picomatch, which the file walker uses, compiles
// `*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b` to a regular expression that takes seconds on a 30-character name; the
// engine (readCorpus), the CLI and the server match ignore globs with engine/corpus/safeGlob.ts instead, and
// refuse corpus globs too complex for the walker. Hangs are caught by running the work in a worker (or a child
// process) with a generous timeout: the tests assert that it returns, never how fast.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { createSafeIgnoreMatcher, matchSegment, tooComplexCorpusGlob } from '../../server/src/engine/corpus/safeGlob';
import { ensureBuilt, removeProject, tempProject } from '../cli/helpers';
import { CUSTOM_DRAFT } from '../lsp/fixtures';
import { flagged, makeWorkspace, uriOf } from '../lsp/harness';
import { SEED } from './arbitraries';
import { noticeLines, runCli } from './helpers';
import { startServer, waitForMessage } from './lsp';

const SAFE_GLOB = path.resolve(__dirname, '..', '..', 'server', 'src', 'engine', 'corpus', 'safeGlob.ts');
const EVIL_GLOBS = [
  '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b',
  '**/*a*a*a*a*a*a*a*a*a*a*a*a*b',
  '**/**/**/**/**/**/**/**/**/**/**/b',
  '?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*b',
  '*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*b',
  '{a,aa}{a,aa}{a,aa}{a,aa}{a,aa}{a,aa}*b',
];
const EVIL_NAME = 'a'.repeat(250); // a legal file name on every common file system

/** Runs `body` (CommonJS, with `safeGlob` in scope) in a worker; rejects only if it has not returned after 60 s. */
async function inWorker(body: string, data: unknown): Promise<unknown> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     require('tsx/cjs/api').register();
     const safeGlob = require(workerData.safeGlob);
     const run = () => { ${body} };
     parentPort.postMessage(run());`,
    { eval: true, workerData: { safeGlob: SAFE_GLOB, data } },
  );
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the matcher did not return within 60 s: catastrophic backtracking')), 60_000);
      worker.once('message', (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      worker.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  } finally {
    await worker.terminate();
  }
}

describe('user-supplied patterns', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('the ignore matcher returns on pathological globs and long names (in a worker: a hang fails the test)', async () => {
    const results = await inWorker(
      `const { globs, name } = workerData.data;
       return globs.map((g) => {
         const m = safeGlob.createSafeIgnoreMatcher([g], '/ws');
         return [m('/ws/' + name), m('/ws/' + name + 'b'), m('/ws/' + name.split('').join('/') + '/b'), safeGlob.matchSegment(g, name)];
       });`,
      { globs: EVIL_GLOBS, name: EVIL_NAME },
    );
    // What they match is ordinary glob semantics: names ending in b match, the others do not.
    assert.deepEqual(results, [
      [false, true, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, true, false, false],
      [false, true, false, false],
      [false, true, false, false],
    ]);
  });

  it('the ignore matcher agrees with glob semantics on ordinary patterns', () => {
    const m = (patterns: string[]) => createSafeIgnoreMatcher(patterns, '/ws');
    const rows: [string[], string, boolean][] = [
      [['archive/**'], '/ws/archive/2019/a.txt', true],
      [['archive/**'], '/ws/archive', true],
      [['archive/**'], '/ws/drafts/archive/a.txt', false],
      [['archive'], '/ws/drafts/archive/a.txt', true], // a name without a slash matches at any depth
      [['*.bak.md'], '/ws/x/y/z.bak.md', true],
      [['*.bak.md'], '/ws/x/y/z.md', false],
      [['drafts/old-*.txt'], '/ws/drafts/old-1.txt', true],
      [['drafts/old-*.txt'], '/ws/drafts/new.txt', false],
      [['notes/**/*.md'], '/ws/notes/a.md', true],
      [['notes/**/*.md'], '/ws/notes/x/y/b.md', true],
      [['notes/**/*.md'], '/ws/notes/x/y/b.txt', false],
      [['{a,b}/c.txt'], '/ws/b/c.txt', true],
      [['[a-c]?.txt'], '/ws/b1.txt', true],
      [['[!a-c]?.txt'], '/ws/b1.txt', false],
      [['*'], '/ws/.hidden', true],
      [['./drafts/'], '/ws/drafts/a.txt', true],
      [['drafts\\a.txt'], '/ws/drafts/a.txt', true], // backslashes are folder separators, as on Windows
      [['!keep.txt'], '/ws/other.txt', true],
      [['!keep.txt'], '/ws/keep.txt', false],
      [['/abs/out/*.txt'], '/abs/out/x.txt', true],
      [['drafts/**'], '/elsewhere/drafts/a.txt', false],
    ];
    for (const [patterns, file, expected] of rows) assert.equal(m(patterns)(file), expected, `${JSON.stringify(patterns)} on ${file}`);
  });

  it('segment matching agrees with a reference on random patterns and names (fast-check)', () => {
    // Reference: the same glob as a regular expression, on inputs small enough for backtracking to finish.
    const toRegExp = (g: string) =>
      new RegExp(`^${g.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'su');
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab*?.]{0,8}$/),
        fc.string({ unit: fc.constantFrom('a', 'b', '.', '😀'), maxLength: 10 }),
        (glob, name) => assert.equal(matchSegment(glob, name), toRegExp(glob).test(name), `${glob} on ${name}`),
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('corpus globs too complex for the file walker are refused; ordinary ones pass', () => {
    for (const g of EVIL_GLOBS.slice(0, 5)) assert.ok(tooComplexCorpusGlob(g), g);
    assert.ok(tooComplexCorpusGlob('+(a|aa)+(a|aa)c'));
    assert.ok(tooComplexCorpusGlob('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}.txt'), 'more than 64 alternatives');
    for (const g of ['releases/**/*.txt', 'releases/*.md', '{2019,2020}/*.txt', 'archive/**/press-*.{txt,md}', '*_*.txt']) {
      assert.equal(tooComplexCorpusGlob(g), undefined, g);
    }
  });

  describe('through the CLI', () => {
    let dir: string;
    afterEach(() => removeProject(dir));

    it('a pathological ignore glob and a long file name: lint returns, the glob works', () => {
      dir = tempProject({
        'presslint.json': JSON.stringify({ ignore: [`${EVIL_GLOBS[0]}.txt`, '+(a|aa)*.txt'] }),
        [`drafts/${EVIL_NAME}.txt`]: 'Kunio Mikurya spoke.\n', // no "b": the worst case for a backtracking matcher
        [`drafts/${EVIL_NAME}b.txt`]: 'Kunio Mikurya spoke.\n',
      });
      const r = runCli(['lint', '--format', 'json', 'drafts'], dir, { timeoutMs: 60_000 });
      assert.equal(r.signal, null, 'the CLI hung');
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(noticeLines(r.stderr), ['presslint: presslint.json: ignore pattern "+(a|aa)*.txt" is left out: extended globs like +(a|b) are not supported']);
      const files = new Set((JSON.parse(r.stdout) as { file: string }[]).map((d) => d.file));
      assert.deepEqual([...files], [`drafts/${EVIL_NAME}.txt`], 'the name with a "b" is ignored, the other linted');
    });

    it('a pathological corpus glob in presslint.json: exit 2, one line', () => {
      dir = tempProject({ 'presslint.json': JSON.stringify({ corpus: [`releases/${EVIL_GLOBS[0]}.txt`] }), 'a.txt': 'Plain text.\n' });
      const r = runCli(['lint', 'a.txt'], dir, { timeoutMs: 60_000 });
      assert.equal(r.signal, null, 'the CLI hung');
      assert.equal(r.code, 2);
      assert.deepEqual(noticeLines(r.stderr), [
        `presslint: presslint.json: corpus glob "releases/${EVIL_GLOBS[0]}.txt" is too complex to match safely: at most two * or ? are allowed in one path segment`,
      ]);
    });

    it('accept and reject strings are literal text, never patterns: regex syntax and very long forms on a long draft', () => {
      const longForm = Array.from({ length: 400 }, () => 'a').join(' ') + ' b';
      dir = tempProject({
        'presslint.json': JSON.stringify({
          accept: ['(a+)+$', '.*', '[', '\\', 'a '.repeat(500)],
          reject: [
            { wrong: longForm, right: 'c' },
            { wrong: 'Alpha.*Beta', right: 'Alpha Beta' },
            { wrong: '(x+x+)+y', right: 'z' },
            { wrong: 'Frobnicated Outreach Scheme', right: 'Frobnication Outreach Scheme' },
          ],
        }),
        'a.txt': `${'a '.repeat(20_000)}b\nAlpha Gamma Beta met. ${'x'.repeat(5_000)}y. The Frobnicated Outreach Scheme starts.\n`,
      });
      const r = runCli(['lint', '--format', 'json', 'a.txt'], dir, { timeoutMs: 120_000 });
      assert.equal(r.signal, null, 'the CLI hung');
      const found = (JSON.parse(r.stdout) as { suggestions: string[] }[]).map((d) => d.suggestions[0]);
      assert.ok(found.includes('Frobnication'), `an ordinary reject still works: ${JSON.stringify(found)}`);
      assert.ok(found.includes('c'), `the 401-word form is found at the end of 20,000 words: ${JSON.stringify(found)}`);
      assert.ok(!found.includes('Alpha Beta') && !found.includes('z'), `nothing matched as a regular expression: ${JSON.stringify(found)}`);
    });
  });

  it('the server: a pathological ignore glob and corpus glob neither hang nor stop it', async () => {
    const dir = makeWorkspace({
      'presslint.json': JSON.stringify({ ignore: [`${EVIL_GLOBS[0]}.txt`, '+(a|aa)*.txt'], corpus: [`releases/${EVIL_GLOBS[1]}`] }),
    });
    const client = await startServer({ workspace: dir });
    try {
      await waitForMessage(client, /the corpus glob ".*" is left out: it is too complex to match safely/);
      const uri = uriOf(path.join(dir, `${EVIL_NAME}.txt`));
      const doc = await client.open(uri, 'Kunio Mikurya, Secretary General of the World Customs Organization (WCO), spoke.\n');
      await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d) === 'Mikurya'));
      const other = uriOf(path.join(dir, 'draft.txt'));
      await client.open(other, CUSTOM_DRAFT);
      await client.diagnostics(other);
      await waitForMessage(client, /presslint: presslint\.json: ignore pattern "\+\(a\|aa\)\*\.txt" is left out: extended globs/);
      assert.equal(client.proc.exitCode, null);
    } finally {
      await client.shutdown();
    }
  });
});
