// A second, invented corpus (test/fixtures/corpus-b, see its README.md): the proof that nothing the
// learner knows is written into the source.
import assert from 'node:assert/strict';
import { corpusBTermBase, roleStrings, person } from './corpora';

describe('learnTermBase on an invented corpus (corpus-b)', () => {
  const tb = corpusBTermBase();

  it('finds its five people and none from the seeds', () => {
    assert.deepEqual(tb.people.map((p) => p.fullName).sort(), ['Amaranta Velloso', 'Henrik Solberg-Maas', 'Ilse Brandvold', 'Nkechi Abernathy', 'Rutger Vandermolen']);
  });

  it('learns roles with organizations, former/now and start dates', () => {
    assert.deepEqual(roleStrings(tb, 'Amaranta Velloso'), ['Director-General @ICRA current from 2019-03-01']);
    assert.deepEqual(roleStrings(tb, 'Henrik Solberg-Maas'), ['Deputy Director-General @ICRA current from 2021-01']);
    assert.deepEqual(roleStrings(tb, 'Rutger Vandermolen'), ['Deputy Director-General @ICRA former until 2021-09-22', 'Executive Secretary @SEMO current']);
    assert.deepEqual(roleStrings(tb, 'Nkechi Abernathy'), ['Chief Scientist @ICRA current']);
    assert.deepEqual(roleStrings(tb, 'Ilse Brandvold'), ['Chair @SEMO current']);
    assert.ok(person(tb, 'Amaranta Velloso').addressForms.includes('Director-General Velloso'));
    assert.equal(person(tb, 'Henrik Solberg-Maas').surname, 'Solberg-Maas');
  });

  it('learns both organizations, their acronyms and ICRA\'s hyphenated title style', () => {
    const orgs = Object.fromEntries(tb.organizations.filter((o) => o.acronym).map((o) => [o.acronym, o.name]));
    assert.deepEqual(orgs, { ICRA: 'International Coastal Resilience Agency', SEMO: 'Southern Estuaries Monitoring Organisation' });
    const icra = tb.organizations.find((o) => o.acronym === 'ICRA')!;
    assert.equal(icra.titleStyle['director general'], 'Director-General');
    assert.equal(icra.titleStyle['deputy director general'], 'Deputy Director-General');
  });

  it('learns the programmes, the two forms of one, and the reverse-order acronym', () => {
    const byName = Object.fromEntries(tb.programmes.map((p) => [p.name, p.forms.slice().sort()]));
    assert.deepEqual(byName, {
      'Coastal Risk Information System': ['Coastal Risk Information System'],
      'Living Shoreline Programme': ['Living Shoreline Programme', 'Project Living Shoreline'],
      'Mangrove Restoration Initiative': ['Mangrove Restoration Initiative'],
      'Sediment Watch Programme': ['Sediment Watch Programme'],
    });
    assert.equal(tb.programmes.find((p) => p.name === 'Coastal Risk Information System')!.acronym, 'CRIS');
    assert.deepEqual(tb.acronyms.map((a) => a.acronym).sort(), ['CRIS', 'ICRA', 'SEMO']);
  });

  it('reports its two planted slips and makes neither canonical', () => {
    assert.deepEqual(tb.suspectedErrors.map((s) => `${s.kind}: ${s.form} -> ${s.likely}`).sort(), [
      'programme: Mangrove Restoration Initative -> Mangrove Restoration Initiative',
      'title: ICRA Director-Genral -> ICRA Director-General',
    ]);
    const canon = JSON.stringify([tb.people, tb.organizations, tb.programmes, tb.titles], (k, v) => (k === 'sources' ? undefined : v));
    assert.ok(!canon.includes('Initative') && !canon.includes('Genral'));
  });

  it('records the -ise house style', () => {
    const ise = tb.houseStyle.map((d) => d.signals['spelling:ize']).filter(Boolean);
    assert.ok(ise.length >= 2);
    for (const s of ise) assert.deepEqual(Object.keys(s), ['british']);
  });
});
