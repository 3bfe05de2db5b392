// Token hits (termbase/tokenHits.ts) stand in for lookups in the lint index's word maps: each bit must say exactly
// what the lookup it replaces would say, for every token, whichever index the word was last asked about.
import assert from 'node:assert/strict';
import { parseDraft } from '../../server/src/engine/draft/parseDraft';
import { lintIndexOf, type LintIndex } from '../../server/src/engine/termbase/lintIndex';
import { tokenHits, GIVEN_NAME, GIVEN_NAME_BASE, SURNAME, ANCHOR, PROGRAMME_CORE_START, KNOWN_WORD, HYPHENATED_BY_JOINED, SPACED_COMPOUND_START, REJECTED_START, ONE_WORD_TITLE_START } from '../../server/src/engine/termbase/tokenHits';
import { wordRecordOf } from '../../server/src/engine/text/wordRecords';
import { isTitleWordToken, isTitleHeadToken, isTitleWord, isTitleHead } from '../../server/src/engine/lexicon/roleWords';
import { isNameToken, isNameLike } from '../../server/src/engine/learn/nameLike';
import { isAcronymToken, isAcronym } from '../../server/src/engine/text/chunks';
import { lintText } from '../../server/src/engine/lint';
import { applyOverrides } from '../../server/src/engine/termbase/applyOverrides';
import type { Token } from '../../server/src/engine/text/tokenize';
import { readFolder, seedTermBase, corpusBTermBase, corpusGTermBase } from './corpora';

function expectedHits(t: Token, index: LintIndex): number {
  return (
    (index.byGivenName.has(t.text) ? GIVEN_NAME : 0) |
    (index.byGivenName.has(t.base) ? GIVEN_NAME_BASE : 0) |
    (index.bySurname.has(t.base) ? SURNAME : 0) |
    (index.anchorGroupsByWord.has(t.lower) ? ANCHOR : 0) |
    (index.programmesByCoreStart.has(t.base) ? PROGRAMME_CORE_START : 0) |
    (index.knownWords.has(t.base) ? KNOWN_WORD : 0) |
    (index.hyphenatedByJoined.has(t.lower) ? HYPHENATED_BY_JOINED : 0) |
    (index.spacedCompounds.startsAt(t) ? SPACED_COMPOUND_START : 0) |
    (index.rejectedPhrases.startsAt(t) ? REJECTED_START : 0) |
    (index.oneWordTitles.starts.has(t.lower) ? ONE_WORD_TITLE_START : 0)
  );
}

const tokensOf = (text: string) => parseDraft(text).sentences.flatMap((s) => s.tokens);

describe('token hits and word records', () => {
  // Drafts written for other corpora: many words are in one index's maps and not in the other's.
  const drafts = ['devset', 'holdout-b', 'holdout-m'].flatMap((set) => [...readFolder(`test/fixtures/${set}/drafts`), ...readFolder(`test/fixtures/${set}/clean`)]).map((d) => d.text);
  assert.ok(drafts.length > 20, `${drafts.length} drafts`);

  it("agree with the index's own maps for every token, asked of three indexes in turn", () => {
    const indexes = [lintIndexOf(seedTermBase()), lintIndexOf(corpusBTermBase()), lintIndexOf(corpusGTermBase())];
    let checked = 0;
    let set = 0;
    // The same words asked of one index, then another, then the first again: a bit kept for another index is never read.
    for (const round of [0, 1, 2, 0, 2, 1]) {
      const index = indexes[round];
      for (const text of drafts) {
        for (const t of tokensOf(text)) {
          const want = expectedHits(t, index);
          assert.equal(tokenHits(t, index), want, `${t.text} in index ${round}`);
          checked++;
          if (want) set++;
        }
      }
    }
    assert.ok(checked > 10000, `${checked} tokens checked`);
    assert.ok(set > 500, `${set} tokens with a bit set`);
  });

  it('gives an index built from the same term base with overrides its own hits', () => {
    const tb = seedTermBase();
    const index = lintIndexOf(tb);
    const overridden = lintIndexOf(applyOverrides(tb, { reject: [{ wrong: 'Brusels office', right: 'Brussels office' }] }));
    assert.notEqual(overridden.serial, index.serial);
    const [t] = tokensOf('Brusels office');
    assert.equal(tokenHits(t, index) & REJECTED_START, 0);
    assert.equal(tokenHits(t, overridden) & REJECTED_START, REJECTED_START);
    assert.equal(tokenHits(t, index) & REJECTED_START, 0);
  });

  it('shares one record between tokens that spell the same word, in any draft', () => {
    const [a] = tokensOf('Director Ruiz spoke.');
    const [b] = tokensOf('Director of the office.');
    isTitleWordToken(a);
    isTitleWordToken(b);
    assert.ok(a.word && a.word === b.word);
    assert.equal(wordRecordOf('Director'), a.word);
    assert.notEqual(wordRecordOf('director'), a.word);
  });

  it("answers a token's title class, name shape and acronym shape as the word functions do for its base", () => {
    for (const t of drafts.flatMap(tokensOf)) {
      assert.equal(isTitleWordToken(t), isTitleWord(t.base), t.text);
      assert.equal(isTitleHeadToken(t), isTitleHead(t.base), t.text);
      assert.equal(isNameToken(t), isNameLike(t.base), t.text);
      assert.equal(isAcronymToken(t), isAcronym(t.base), t.text);
    }
  });

  it('lints a draft the same after the same words were asked of another index', () => {
    const text = readFolder('test/fixtures/holdout-b/drafts')[0].text;
    const seeds = seedTermBase();
    const b = corpusBTermBase();
    const first = JSON.stringify(lintText(text, b));
    assert.ok(JSON.parse(first).length > 0, 'the draft has findings against its own corpus');
    lintText(text, seeds);
    assert.equal(JSON.stringify(lintText(text, b)), first);
  });
});
