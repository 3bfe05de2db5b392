// Sharing equal strings in a loaded term base changes no value in it.
import assert from 'node:assert/strict';
import { compactTermBase } from '../../server/src/engine/termbase/compactTermBase';
import { seedTermBase } from './corpora';

describe('compactTermBase', () => {
  it('leaves the term base equal to the one learned', () => {
    const learned = seedTermBase();
    const copy = JSON.parse(JSON.stringify(learned));
    const compacted = compactTermBase(copy);
    assert.equal(compacted, copy, 'compacted in place');
    assert.deepEqual(compacted, JSON.parse(JSON.stringify(learned)));
    assert.ok(compacted.people.length > 0 && compacted.people.some((p) => p.roles.length > 0));
  });
});
