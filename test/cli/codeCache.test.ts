// The command starts through a launcher that keeps V8's code cache of the CLI bundle in the cache directory.
// Whatever state that cache is in, the command's output is the same.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cli, ensureBuilt, tempProject, ROOT } from './helpers';

const DRAFT = 'The Harbour Authority met today.\n\nKunio Mikurya said the Global Shied Programme would grow.\n';

describe('CLI code cache', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  const codeFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^cli-.*\.code$/.test(f)) : []);

  it('is written on the first start, used on the next, and rewritten when damaged, with identical output', () => {
    const dir = tempProject({ 'draft.txt': DRAFT });
    const cache = path.join(dir, 'cache');
    const args = ['lint', '--corpus', path.join(ROOT, 'seeds'), '--format', 'json', 'draft.txt'];
    try {
      const first = cli(args, dir, { PRESSLINT_CACHE_DIR: cache });
      assert.equal(first.code, 1, first.stderr);
      assert.ok(JSON.parse(first.stdout).length > 0 || first.stdout.includes('Shied'), 'the draft has findings');
      const files = codeFiles(cache);
      assert.equal(files.length, 1, `one code cache file: ${files}`);
      const written = fs.statSync(path.join(cache, files[0])).mtimeMs;

      const second = cli(args, dir, { PRESSLINT_CACHE_DIR: cache });
      assert.deepEqual([second.code, second.stdout, second.stderr], [first.code, first.stdout, first.stderr]);
      assert.equal(fs.statSync(path.join(cache, files[0])).mtimeMs, written, 'a good cache is read, not rewritten');

      fs.writeFileSync(path.join(cache, files[0]), 'not V8 code cache data');
      const third = cli(args, dir, { PRESSLINT_CACHE_DIR: cache });
      assert.deepEqual([third.code, third.stdout, third.stderr], [first.code, first.stdout, first.stderr]);
      assert.ok(fs.statSync(path.join(cache, files[0])).size > 10_000, 'the damaged cache was replaced');

      // An old build's cache file is removed when this build writes its own.
      fs.writeFileSync(path.join(cache, 'cli-0000-old.code'), 'x');
      fs.rmSync(path.join(cache, files[0]));
      cli(args, dir, { PRESSLINT_CACHE_DIR: cache });
      assert.deepEqual(codeFiles(cache), files);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not written with PRESSLINT_NO_CACHE, and an unwritable cache directory changes nothing', () => {
    const dir = tempProject({ 'draft.txt': DRAFT, 'blocker': 'a file where the cache directory would be' });
    const args = ['lint', '--corpus', path.join(ROOT, 'seeds'), 'draft.txt'];
    try {
      const off = cli(args, dir, { PRESSLINT_CACHE_DIR: path.join(dir, 'cache'), PRESSLINT_NO_CACHE: '1' });
      assert.equal(off.code, 1, off.stderr);
      assert.deepEqual(codeFiles(path.join(dir, 'cache')), []);
      const blocked = cli(args, dir, { PRESSLINT_CACHE_DIR: path.join(dir, 'blocker', 'cache') });
      assert.deepEqual([blocked.code, blocked.stdout], [off.code, off.stdout]);
      assert.equal(blocked.stderr, '');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
