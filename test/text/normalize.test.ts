// The fast paths of the text normalizers must agree with their full versions on every input.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boundedEditDistance, editDistance, formKey, withinEdits } from '../../server/src/engine/text/normalize';
import { SpanSet } from '../../server/src/engine/text/spanSet';

const letters = fc.constantFrom('a', 'b', 'c', 'A', '-', ' ', '.', 'é');
const word = fc.string({ maxLength: 9, unit: letters });

describe('text normalization', () => {
  it('withinEdits(a, b, k) agrees with editDistance(a, b) <= k', () => {
    fc.assert(fc.property(word, word, fc.integer({ min: -1, max: 3 }), (a, b, k) => withinEdits(a, b, k) === editDistance(a, b) <= k), { numRuns: 20000 });
  });

  it('boundedEditDistance(a, b, k) is editDistance(a, b) when that is at most k, else k + 1 (longer words, calls interleaved)', () => {
    const long = fc.string({ maxLength: 16, unit: fc.constantFrom('a', 'b', 'c', 'd', 'é') });
    fc.assert(
      fc.property(long, long, fc.integer({ min: -1, max: 5 }), long, (a, b, k, c) => {
        const d = editDistance(a, b);
        const bounded = boundedEditDistance(a, b, k);
        editDistance(c, a); // shares the row buffers: no state may leak between calls
        return bounded === (d <= k ? d : k + 1) && boundedEditDistance(c, b, k) === (editDistance(c, b) <= k ? editDistance(c, b) : k + 1);
      }),
      { numRuns: 30000 },
    );
    assert.equal(boundedEditDistance('inspection', 'inspectoin', 2), 1);
    assert.equal(boundedEditDistance('cooperation', 'corporation', 2), 2);
    assert.equal(boundedEditDistance('compliance', 'complicated', 2), 3);
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

describe('SpanSet', () => {
  it('answers overlap like a scan of the spans it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 20 })), { maxLength: 60 }), (spans) => {
        const set = new SpanSet();
        const held: [number, number][] = [];
        for (const [s, len] of spans) {
          const e = s + len;
          const scan = held.some(([a, b]) => s < b && e > a);
          assert.equal(set.overlaps(s, e), scan);
          if (!scan) {
            set.add(s, e);
            held.push([s, e]);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
