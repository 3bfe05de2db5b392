// Results derived from a draft are kept on the draft (memoOnDraft), computed once per draft, and never in a
// WeakMap keyed by a draft or a sentence: V8's young-generation collector keeps a weak map's values alive, so a
// lint's results were promoted to the old generation and every scavenge copied them (see parseDraft.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseDraft, memoOnDraft, draftMemoKey } from '../../server/src/engine/draft/parseDraft';
import { chunksOf } from '../../server/src/engine/text/chunks';
import { matchForms } from '../../server/src/engine/rules/formMatching';
import { lintIndexOf } from '../../server/src/engine/termbase/lintIndex';
import { seedTermBase } from './corpora';

const engineDir = path.join(__dirname, '..', '..', 'server', 'src', 'engine');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('per-draft memo', () => {
  it('computes a result once per draft and key, and again for another draft', () => {
    const key = draftMemoKey<number[]>('test');
    const other = draftMemoKey<number[]>('other');
    let calls = 0;
    const a = parseDraft('The Director met the Minister today.');
    const first = memoOnDraft(a, key, () => [++calls]);
    assert.equal(memoOnDraft(a, key, () => [++calls]), first);
    assert.deepEqual(memoOnDraft(a, other, () => [++calls]), [2]);
    const b = parseDraft('The Director met the Minister today.');
    assert.deepEqual(memoOnDraft(b, key, () => [++calls]), [3]);
    assert.equal(calls, 3);
  });

  it('keeps form matches on the draft: asked twice, one answer; a new draft of the same text, a new one', async () => {
    const index = lintIndexOf(await seedTermBase());
    const text = 'The Global Shield Programme and the World Customs Organization met in Brussels.';
    const d = parseDraft(text);
    const one = matchForms(d, index, ['programme', 'organization']);
    assert.ok(one.length >= 2, 'both names are found');
    assert.deepEqual(matchForms(d, index, ['programme', 'organization']).map((m) => m.tokens[0]), one.map((m) => m.tokens[0]));
    const again = matchForms(parseDraft(text), index, ['programme', 'organization']);
    assert.deepEqual(again.map((m) => m.form.form), one.map((m) => m.form.form));
    assert.notEqual(again[0].tokens[0], one[0].tokens[0], "another draft's tokens");
  });

  it("keeps a sentence's chunks on the sentence", () => {
    const s = parseDraft('Director General Ana Ruiz met the Board of Trade.').sentences[0];
    const chunks = chunksOf(s);
    assert.ok(chunks.length > 0);
    assert.equal(chunksOf(s), chunks);
    assert.equal(s.chunks, chunks);
  });

  it('no engine source keeps results in a WeakMap keyed by a draft or a sentence', () => {
    const offenders = sourceFiles(engineDir).filter((f) => /WeakMap<\s*(Draft|Sentence|Token)\b/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(engineDir, f)), []);
  });
});
