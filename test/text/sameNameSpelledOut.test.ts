// Two names that differ only in a word written as an acronym in one and spelled out in the other.
import assert from 'node:assert/strict';
import { sameNameSpelledOut } from '../../server/src/engine/learn/acronymDefinitions';

const words = (s: string) => s.split(' ');

describe('sameNameSpelledOut', () => {
  it('matches an acronym word with its words spelled out, either way round', () => {
    assert.ok(sameNameSpelledOut(words('United Nations Environment Programme'), words('UN Environment Programme')));
    assert.ok(sameNameSpelledOut(words('US Customs and Border Protection'), words('United States Customs and Border Protection')));
  });

  it('does not match other names or initials that spell something else', () => {
    assert.ok(!sameNameSpelledOut(words('United Nations Development Programme'), words('UN Environment Programme')));
    assert.ok(!sameNameSpelledOut(words('Upper Nile Environment Programme'), words('UN Environment Agency')));
    assert.ok(!sameNameSpelledOut(words('UN Environment Programme'), words('Environment Programme')));
  });
});
