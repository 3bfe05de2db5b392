// The fast paths of the text normalizers must agree with their full versions on every input.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance, formKey, withinEdits } from '../../server/src/engine/text/normalize';

const letters = fc.constantFrom('a', 'b', 'c', 'A', '-', ' ', '.', 'é');
const word = fc.string({ maxLength: 9, unit: letters });

describe('text normalization', () => {
  it('withinEdits(a, b, k) agrees with editDistance(a, b) <= k', () => {
    fc.assert(fc.property(word, word, fc.integer({ min: -1, max: 3 }), (a, b, k) => withinEdits(a, b, k) === editDistance(a, b) <= k), { numRuns: 20000 });
  });

  it('withinEdits counts one swap of adjacent letters as one edit', () => {
    assert.equal(withinEdits('velloso', 'vellsoo', 1), true);
    assert.equal(withinEdits('velloso', 'vlelsoo', 1), false);
    assert.equal(withinEdits('shield', 'shied', 1), true);
  });

  it('formKey of plain words is their lower case; other keys drop case, hyphens, dots and accents', () => {
    assert.equal(formKey('Green Customs Initiative'), 'green customs initiative');
    assert.equal(formKey('U.S.'), 'us');
    assert.equal(formKey('Secretary-General'), 'secretary general');
    assert.equal(formKey('Communiqué'), 'communique');
    assert.equal(formKey('  two  spaces '), 'two spaces');
    assert.equal(formKey('Dana’s'), "dana's");
  });
});
