// The per-word memos (text/wordMemo.ts): bounded, and emptied when a corpus has been learned, so the lints that
// follow look their words up in tables of their own words, not the corpus's. Forgetting changes no result.
import assert from 'node:assert/strict';
import { WordMemo, forgetWordMemos } from '../../server/src/engine/text/wordMemo';
import { wordRecordOf } from '../../server/src/engine/text/wordRecords';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';
import type { CorpusDocument } from '../../server/src/engine/types';

const release = (file: string, text: string): CorpusDocument => ({ file, text });

const corpus = [
  release('2025-03-01.txt', 'Harbourline Authority opens Tidewater Skills Fund\n\nPORT ELLAN, 1 March 2025 – Chief Executive Officer Marisol Quenneville said the Tidewater Skills Fund will train 400 pilots.'),
  release('2025-04-02.txt', 'Tidewater Skills Fund reaches its first graduates\n\nPORT ELLAN, 2 April 2025 – Chief Executive Officer Marisol Quenneville thanked the Harbourline Authority board.'),
];

describe('word memos', () => {
  it('clears a memo that reaches its bound, then keeps the new word', () => {
    const memo = new WordMemo<number>(3);
    for (const [k, w] of ['alpha', 'beta', 'gamma'].entries()) memo.set(w, k);
    assert.equal(memo.size, 3);
    assert.equal(memo.get('beta'), 1);
    memo.set('delta', 9);
    assert.equal(memo.size, 1);
    assert.equal(memo.get('beta'), undefined);
    assert.equal(memo.get('delta'), 9);
  });

  it('forgetWordMemos empties every memo, the word records among them', () => {
    const memo = new WordMemo<string>();
    memo.set('Quenneville', 'x');
    const before = wordRecordOf('Quenneville');
    assert.equal(wordRecordOf('Quenneville'), before, 'a record is kept between asks');
    forgetWordMemos();
    assert.equal(memo.size, 0);
    assert.notEqual(wordRecordOf('Quenneville'), before, 'a new record after forgetting');
  });

  it('learning a corpus leaves the memos empty, and the lints after it find the same', () => {
    const memo = new WordMemo<boolean>();
    memo.set('Harbourline', true);
    const record = wordRecordOf('Tidewater');
    const tb = learnTermBase(corpus);
    assert.equal(memo.size, 0, 'learnTermBase forgets the words it asked about');
    assert.notEqual(wordRecordOf('Tidewater'), record);
    const draft = 'Tidewater Skils Fund expands\n\nPORT ELLAN, 3 May 2025 – Chief Executive Officer Marisol Quenneville said the Tidewater Skils Fund will grow.';
    const first = lintText(draft, tb);
    assert.ok(first.some((d) => d.ruleId === 'programme-name' && d.suggestions?.[0] === 'Skills'), JSON.stringify(first));
    forgetWordMemos();
    assert.deepEqual(lintText(draft, tb), first, 'a lint after forgetting finds the same');
  });
});
