// A fourth invented corpus (test/fixtures/corpus-d, see its README.md), written blind by a helper: a regional
// development bank in British English, courtesy titles without a full stop before the name ("Dr Ruth Kavanagh,
// President of the ARDB"), hyphenated titles, and acronyms in mixed case or with a number ("CoE", "WiEF", "A7").
import assert from 'node:assert/strict';
import { corpusDTermBase, roleStrings } from './corpora';

describe('learnTermBase on a fourth invented corpus (corpus-d)', () => {
  const tb = corpusDTermBase();

  it('finds its ten people, those introduced as "Dr First Last, Title" included', () => {
    assert.deepEqual(tb.people.map((p) => p.fullName).sort(), [
      'Catriona Lindqvist', 'Fenella Quaye', 'Jonah Feldmann', 'Matthias Oduya', 'Rasmus Tolland',
      'Ruth Kavanagh', 'Stellan Brodersen', 'Teodor Vasilescu', 'Wren Adebayo', 'Yusuf Karimi',
    ]);
    const kavanagh = tb.people.find((p) => p.fullName === 'Ruth Kavanagh')!;
    assert.ok(kavanagh.roles.some((r) => r.title === 'President'), JSON.stringify(kavanagh.roles));
  });

  it('reads the organization of a title from "at the ...": "Catriona Lindqvist, Head of Operations at the ARDB"', () => {
    for (const [name, title] of [['Catriona Lindqvist', 'Head of Operations'], ['Matthias Oduya', 'Vice-President for Climate and Infrastructure']]) {
      const p = tb.people.find((x) => x.fullName === name)!;
      assert.ok(p.roles.some((r) => r.title === title && r.organization === 'ARDB'), `${name}: ${JSON.stringify(p.roles)}`);
    }
  });

  it('dates a promotion written "took up the post of Vice-President for Lending on 1 July 2022"', () => {
    assert.deepEqual(roleStrings(tb, 'Jonah Feldmann'), ['Chief Economist @ARDB former until 2022-07-01', 'Vice-President for Lending @ARDB current from 2022-07-01']);
  });

  it('learns acronyms in mixed case and with a number from their definitions', () => {
    const acronyms = Object.fromEntries(tb.acronyms.map((a) => [a.acronym, a.expansion]));
    assert.equal(acronyms.CoE, 'Centre of Excellence for Coastal Resilience');
    assert.equal(acronyms.WiEF, 'Women in Enterprise Facility');
    assert.equal(acronyms.A7, 'Aurent Seven');
  });
});
