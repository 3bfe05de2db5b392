// A fifth invented corpus (test/fixtures/corpus-e, see its README.md), written blind by a helper: a listed
// engineering company's releases (corporate datelines with the date inside, titles joined by "and", a
// promotion "to succeed her as Chief Financial Officer effective October 1, 2021").
import assert from 'node:assert/strict';
import { corpusETermBase, roleStrings } from './corpora';

describe('learnTermBase on a fifth invented corpus (corpus-e, a company)', () => {
  const tb = corpusETermBase();

  it('learns titles joined by "and" as one title', () => {
    assert.deepEqual(roleStrings(tb, 'Wendell Pruitt'), ['President and Chief Executive Officer @OVPC current']);
    assert.deepEqual(roleStrings(tb, 'Marcus Thibodeaux'), ['Executive Vice President and General Counsel current']);
  });

  it('dates a promotion "to succeed her as Chief Financial Officer effective October 1, 2021"', () => {
    assert.deepEqual(roleStrings(tb, 'Owen Lindqvist'), ['Chief Financial Officer current from 2021-10-01', 'Vice President and Treasurer former until 2021-10-01']);
  });

  it('reads a cooperative, and a company by its legal form ("Veltrane Ltd"), as organizations', () => {
    assert.ok(tb.organizations.some((o) => o.name === 'Ohio Valley Power Cooperative' && o.acronym === 'OVPC'));
    assert.ok(tb.organizations.some((o) => o.name === 'Veltrane Ltd'));
    assert.ok(roleStrings(tb, 'Fiona Gallacher').some((r) => r.startsWith('Managing Director @')), roleStrings(tb, 'Fiona Gallacher').join('; '));
  });

  it('learns a one-word product name in camel case ("GridSense"), not its one-off slip ("GridSence")', () => {
    const products = tb.programmes.filter((p) => p.kind === 'product').map((p) => p.name);
    assert.deepEqual(products, ['GridSense']);
  });
});
