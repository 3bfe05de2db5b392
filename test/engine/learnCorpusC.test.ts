// A third invented corpus (test/fixtures/corpus-c, see its README.md), unlike the other two: a national
// department in American English, Title Case headlines, datelines inside the first paragraph, promotions
// between releases ("who was sworn in as ... on January 9, 2023").
import assert from 'node:assert/strict';
import { corpusCTermBase, roleStrings } from './corpora';

describe('learnTermBase on a third invented corpus (corpus-c)', () => {
  const tb = corpusCTermBase();

  it('finds its six people', () => {
    assert.deepEqual(tb.people.map((p) => p.fullName).sort(), ['Dalton Whitcombe', 'Ifeoma Castellanos', 'Marguerite Achterberg', 'Priya Raghunathan', 'Rupert Kalnins', 'Tomasz Brannigan']);
  });

  it('follows promotions and retirements with their dates', () => {
    assert.deepEqual(roleStrings(tb, 'Priya Raghunathan'), [
      'Deputy Secretary of Water Resources @DWR former from 2018-03 until 2023-01-09',
      'Secretary of Water Resources @DWR current from 2023-01-09',
    ]);
    assert.deepEqual(roleStrings(tb, 'Tomasz Brannigan'), ['Deputy Secretary @DWR current from 2023-01-09', 'Undersecretary for Water Quality @DWR former until 2023-01-09']);
    assert.deepEqual(roleStrings(tb, 'Dalton Whitcombe'), ['Chair @NWA current from 2023-04-01', 'Secretary of Water Resources @DWR former until 2023-01-12']);
    assert.deepEqual(roleStrings(tb, 'Marguerite Achterberg'), ['Minister of Agriculture and Fisheries current']);
  });

  it('learns names only from prose, never from a Title Case headline', () => {
    assert.deepEqual(tb.programmes.map((p) => p.name).sort(), ['Clean Rivers Act', 'Drought Resilience Program', 'Project Blue Valley', 'Water Smart Initiative']);
    assert.deepEqual(tb.programmes.find((p) => p.name === 'Project Blue Valley')!.forms.sort(), ['Blue Valley Project', 'Project Blue Valley']);
    assert.ok(!tb.organizations.some((o) => /^The /.test(o.name) || o.variants.some((v) => /^The /.test(v))));
  });

  it('reports its two slips: a programme and a surname after a title', () => {
    assert.deepEqual(tb.suspectedErrors.map((s) => `${s.kind}: ${s.form} -> ${s.likely}`).sort(), [
      'person: Ragunathan -> Raghunathan',
      'programme: Project Blue Valey -> Project Blue Valley',
    ]);
  });
});
