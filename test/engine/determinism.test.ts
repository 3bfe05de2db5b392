// learnTermBase is pure and deterministic: the same documents in any order give the same term base.
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { readFolder } from './corpora';

function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('learnTermBase determinism', () => {
  for (const folder of ['seeds', 'test/fixtures/corpus-b']) {
    it(`gives the same term base for every order of ${folder}`, () => {
      const docs = readFolder(folder);
      const reference = JSON.stringify(learnTermBase(docs));
      for (const seed of [1, 7, 42, 1234]) assert.equal(JSON.stringify(learnTermBase(shuffled(docs, seed))), reference);
      assert.equal(JSON.stringify(learnTermBase([...docs].reverse())), reference);
    });
  }

  it('does not modify its input and survives empty and odd documents', () => {
    const docs = [
      { file: 'a.txt', text: '' },
      { file: 'b.txt', text: '\u0000\u0001 ☃ 🚀 (( )) ,,, — “”' },
      { file: 'c.txt', text: 'WCO Secretary General\r\nKunio Mikuriya\rsaid.' },
    ];
    const copy = JSON.stringify(docs);
    const tb = learnTermBase(docs);
    assert.equal(JSON.stringify(docs), copy);
    assert.equal(tb.documents.length, 3);
  });
});
