// presslint.json over the learned term base: accept, reject (and rename), people, organizations, programmes.
import assert from 'node:assert/strict';
import { applyOverrides } from '../../server/src/engine/termbase/applyOverrides';
import { lintText } from '../../server/src/engine/lint';
import { seedTermBase, corpusBTermBase, roleStrings, person } from './corpora';

describe('applyOverrides', () => {
  it('returns a new term base and leaves the learned one untouched', () => {
    const learned = seedTermBase();
    const before = JSON.stringify(learned);
    const tb = applyOverrides(learned, { accept: ['Global Shied'] });
    assert.equal(JSON.stringify(learned), before);
    assert.notEqual(tb, learned);
  });

  it('an accepted form is never flagged and is no longer a suspected corpus error', () => {
    const draft = 'Partners discussed the Global Shied Programme today.';
    assert.equal(lintText(draft, seedTermBase()).length, 1);
    const tb = applyOverrides(seedTermBase(), { accept: ['Shied'] });
    assert.deepEqual(lintText(draft, tb), []);
  });

  it('an accepted form suppresses a diagnostic on any part of it, only where the form is written in full', () => {
    const draft = 'Visit\n\n14 March 2012\n\nKunio Mikurya said the WCO would help. “Customs must adapt,” said Mikurya.';
    const flagged = (tb: ReturnType<typeof seedTermBase>) => lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)}@${d.start}`);
    const second = draft.lastIndexOf('Mikurya');
    assert.deepEqual(flagged(seedTermBase()), [`person-name: Mikurya@${draft.indexOf('Mikurya')}`, `person-name: Mikurya@${second}`]);
    // "Mikurya" inside "Kunio Mikurya" is accepted; the surname alone elsewhere is still a misspelling.
    assert.deepEqual(flagged(applyOverrides(seedTermBase(), { accept: ['Kunio Mikurya'] })), [`person-name: Mikurya@${second}`]);
    // Case-sensitive, and on word boundaries: neither of these is "Kunio Mikurya" as written.
    assert.equal(flagged(applyOverrides(seedTermBase(), { accept: ['KUNIO MIKURYA'] })).length, 2);
    assert.equal(flagged(applyOverrides(seedTermBase(), { accept: ['Kunio Mikury'] })).length, 2);
  });

  it('an accepted form covers a fix on one of its words inside a longer name', () => {
    const draft = 'Partners discussed the Global Shied Programme today.';
    assert.deepEqual(lintText(draft, applyOverrides(seedTermBase(), { accept: ['Global Shied'] })), []);
    assert.equal(lintText(draft, applyOverrides(seedTermBase(), { accept: ['Global shied'] })).length, 1);
  });

  it('a rejected form is always flagged and replaced, under the family of what it names', () => {
    const tb = applyOverrides(seedTermBase(), { reject: [{ wrong: 'Global Shield Initiative', right: 'Global Shield Programme' }] });
    const d = lintText('The Global Shield Initiative grew in 2011.', tb);
    assert.equal(d.length, 1);
    assert.equal(d[0].ruleId, 'programme-name');
    assert.equal(d[0].suggestions[0], 'Programme');
    assert.match(d[0].message, /presslint\.json/);
  });

  it('renames a learned person when the learned name is rejected', () => {
    const tb = applyOverrides(seedTermBase(), { reject: [{ wrong: 'David Aguilera', right: 'David Aguilar' }] });
    const p = person(tb, 'David Aguilar');
    assert.equal(p.origin, 'config');
    assert.equal(p.surname, 'Aguilar');
    assert.deepEqual(roleStrings(tb, 'David Aguilar'), ['Acting Commissioner @CBP acting']);
  });

  it('adds and corrects people with dated roles, marked as set by hand', () => {
    const tb = applyOverrides(corpusBTermBase(), {
      people: [
        { fullName: 'Amaranta Velloso', roles: [{ title: 'Director-General', organization: 'ICRA', until: '2024-02-28', status: 'former' }] },
        { fullName: 'Tomasz Wierzbicki', roles: [{ title: 'Director-General', organization: 'International Coastal Resilience Agency', from: '2024-03-01' }], addressForms: ['Director-General Wierzbicki'] },
      ],
    });
    assert.deepEqual(roleStrings(tb, 'Amaranta Velloso'), ['Director-General @ICRA former until 2024-02-28']);
    assert.deepEqual(roleStrings(tb, 'Tomasz Wierzbicki'), ['Director-General @ICRA current from 2024-03-01']);
    const role = person(tb, 'Tomasz Wierzbicki').roles[0];
    assert.equal(role.origin, 'config');
    assert.equal(role.sources[0].file, 'presslint.json');
    // The corrected dates drive the title rules: in 2025 Velloso is no longer Director-General.
    const d = lintText('Headline\n\n3 March 2025\n\nDirector-General Amaranta Velloso opened the meeting.', tb);
    assert.deepEqual(d.map((x) => x.ruleId), ['wrong-title']);
  });

  it('adds organizations and programmes with their forms', () => {
    const tb = applyOverrides(corpusBTermBase(), {
      organizations: [{ name: 'Pacific Reef Council', acronym: 'PRC', titleStyle: { 'secretary general': 'Secretary-General' } }],
      programmes: [{ name: 'Reef Guardians Programme', forms: ['Project Reef Guardians'] }],
    });
    const prc = tb.organizations.find((o) => o.acronym === 'PRC')!;
    assert.equal(prc.origin, 'config');
    assert.equal(prc.titleStyle['secretary general'], 'Secretary-General');
    const d = lintText('The Reef Guardans Programme expanded to 12 islands.', tb);
    assert.deepEqual(d.map((x) => [x.ruleId, x.suggestions[0]]), [['programme-name', 'Guardians']]);
  });
});
