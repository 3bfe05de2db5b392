// The recursive corpus watch used on Linux: one fs.watch per folder, new folders picked up, real files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DirectoryTreeWatcher } from '../../server/src/lsp/directoryTreeWatcher';

/** Resolves once `predicate` holds, polling; rejects after `ms` (a missed event, not a slow one). */
async function until(predicate: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('the change was never reported');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('DirectoryTreeWatcher', function () {
  this.timeout(30_000);
  let root: string;
  let watcher: DirectoryTreeWatcher | undefined;
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-watch-')));
    fs.mkdirSync(path.join(root, '2024', 'q1'), { recursive: true });
    fs.mkdirSync(path.join(root, '2025'));
    for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(root, '2024', 'q1', `release-${i}.txt`), 'text');
  });
  afterEach(() => {
    watcher?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('watches each folder once, not each file, and reports changes at any depth', async () => {
    const seen: string[] = [];
    watcher = new DirectoryTreeWatcher(root, (f) => seen.push(f), (err) => assert.fail(String(err)));
    assert.equal(watcher.folderCount, 4); // root, 2024, 2024/q1, 2025
    fs.writeFileSync(path.join(root, '2024', 'q1', 'release-3.txt'), 'changed');
    await until(() => seen.includes(path.join(root, '2024', 'q1', 'release-3.txt')));
    fs.writeFileSync(path.join(root, 'top.txt'), 'new');
    await until(() => seen.includes(path.join(root, 'top.txt')));
  });

  it('picks up a folder created after it started, and a release written into it', async () => {
    const seen: string[] = [];
    watcher = new DirectoryTreeWatcher(root, (f) => seen.push(f), (err) => assert.fail(String(err)));
    fs.mkdirSync(path.join(root, '2025', 'q2'));
    await until(() => watcher!.folderCount === 5);
    fs.writeFileSync(path.join(root, '2025', 'q2', 'late.txt'), 'new');
    await until(() => seen.includes(path.join(root, '2025', 'q2', 'late.txt')));
  });

  it('reports nothing after close, and follows a symlink loop only once', async () => {
    fs.symlinkSync(root, path.join(root, '2025', 'loop'));
    const seen: string[] = [];
    watcher = new DirectoryTreeWatcher(root, (f) => seen.push(f), () => {});
    assert.equal(watcher.folderCount, 4);
    watcher.close();
    fs.writeFileSync(path.join(root, 'after-close.txt'), 'x');
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(seen.filter((f) => f.endsWith('after-close.txt')), []);
  });
});
