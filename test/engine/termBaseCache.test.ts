// The on-disk cache of learned term bases: a warm start reads it, a changed corpus misses it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { learnTermBaseCached, corpusKey } from '../../server/src/engine/learn/termBaseCache';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { readFolder } from './corpora';

describe('learnTermBaseCached', () => {
  const docs = readFolder('test/fixtures/corpus-b');
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('learns once, then answers from the cache with the same term base', () => {
    const first = learnTermBaseCached(docs, { cacheDir: dir, build: 'test' });
    assert.equal(first.fromCache, false);
    assert.equal(fs.readdirSync(dir).filter((f) => f.endsWith('.json')).length, 1);
    const second = learnTermBaseCached([...docs].reverse(), { cacheDir: dir, build: 'test' });
    assert.equal(second.fromCache, true);
    assert.deepEqual(second.termBase, JSON.parse(JSON.stringify(learnTermBase(docs))));
  });

  it('misses when a corpus file changes, or the engine build does', () => {
    learnTermBaseCached(docs, { cacheDir: dir, build: 'test' });
    const edited = docs.map((d, i) => (i === 0 ? { ...d, text: d.text + '\nThe Reef Guardians Programme began.' } : d));
    assert.notEqual(corpusKey(edited, 'test'), corpusKey(docs, 'test'));
    assert.equal(learnTermBaseCached(edited, { cacheDir: dir, build: 'test' }).fromCache, false);
    assert.equal(learnTermBaseCached(docs, { cacheDir: dir, build: 'other' }).fromCache, false);
  });

  it('survives a damaged cache file by learning again', () => {
    learnTermBaseCached(docs, { cacheDir: dir, build: 'test' });
    for (const f of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, f), '{ damaged');
    const again = learnTermBaseCached(docs, { cacheDir: dir, build: 'test' });
    assert.equal(again.fromCache, false);
    assert.equal(again.termBase.people.length, 5);
  });

  it('is off when running from source without a build id', () => {
    assert.equal(learnTermBaseCached(docs).fromCache, false);
  });
});
