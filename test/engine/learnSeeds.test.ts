// The complete term base of the five seed releases, read off the files by hand.
import assert from 'node:assert/strict';
import { seedTermBase, roleStrings, person } from './corpora';

describe('learnTermBase on the seed corpus', () => {
  const tb = seedTermBase();

  it('finds exactly the eight people the releases name', () => {
    assert.deepEqual(tb.people.map((p) => p.fullName).sort(), [
      'Alan Bersin', 'Ban Ki-moon', 'Chris Magnus', 'David Aguilera', 'Debbie Seguin', 'Janet Napolitano', 'John Morton', 'Kunio Mikuriya',
    ]);
  });

  it('gives every person their titles, organizations, status and dates', () => {
    assert.deepEqual(roleStrings(tb, 'Kunio Mikuriya'), [
      'Deputy Secretary General @WCO former until 2009-01-01',
      'Secretary General @WCO current from 2009-01-01',
    ]);
    assert.deepEqual(roleStrings(tb, 'Janet Napolitano'), ['Secretary of Homeland Security @DHS current']);
    assert.deepEqual(roleStrings(tb, 'Alan Bersin'), [
      'Assistant Secretary of International Affairs & Chief Diplomatic Officer @DHS current',
      'Commissioner @CBP former until 2012-02-27',
    ]);
    assert.deepEqual(roleStrings(tb, 'David Aguilera'), ['Acting Commissioner @CBP acting']);
    assert.deepEqual(roleStrings(tb, 'John Morton'), ['Director @ICE current']);
    assert.deepEqual(roleStrings(tb, 'Chris Magnus'), ['Commissioner @CBP current']);
    assert.deepEqual(roleStrings(tb, 'Debbie Seguin'), ['Assistant Commissioner for International Affairs @CBP current']);
    assert.deepEqual(roleStrings(tb, 'Ban Ki-moon'), ['Secretary-General @UN current']);
  });

  it('splits names and records forms of address', () => {
    const m = person(tb, 'Kunio Mikuriya');
    assert.deepEqual([m.givenNames, m.surname], [['Kunio'], 'Mikuriya']);
    assert.ok(m.addressForms.includes('Secretary General Mikuriya'));
    assert.ok(person(tb, 'Janet Napolitano').addressForms.includes('Secretary Napolitano'));
    assert.equal(person(tb, 'Ban Ki-moon').surname, 'Ki-moon');
    assert.equal(m.documents, 5);
  });

  it('keeps the sources of every person, with file, line and sentence', () => {
    for (const p of tb.people) {
      assert.ok(p.sources.length > 0, p.fullName);
      for (const s of p.sources) {
        assert.match(s.file, /^seeds\/00\d_/);
        assert.ok(s.line >= 1);
        assert.ok(s.sentence.includes(p.surname) || s.sentence.length > 0);
      }
    }
    const first = person(tb, 'Chris Magnus').sources[0];
    assert.equal(first.file, 'seeds/003_c5431c8f04445fd9.txt');
    assert.equal(first.line, 1);
  });

  it('learns every defined organization with its acronym', () => {
    const withAcronym = Object.fromEntries(tb.organizations.filter((o) => o.acronym).map((o) => [o.acronym, o.name]));
    assert.deepEqual(withAcronym, {
      CBP: 'Customs and Border Protection',
      DHS: 'Department of Homeland Security',
      IATA: 'International Air Transport Association',
      ICAO: 'International Civil Aviation Organization',
      ICE: 'Immigration and Customs Enforcement',
      JAITF: 'Joint Airport Interdiction Task Forces',
      PSCG: 'Private Sector Consultative Group',
      RILO: 'Regional Intelligence Liaison Offices',
      UN: 'United Nations',
      UNEP: 'UN Environment Programme',
      UNODC: 'United Nations Office on Drugs and Crime',
      WCO: 'World Customs Organization',
    });
    const cbp = tb.organizations.find((o) => o.acronym === 'CBP')!;
    assert.deepEqual(cbp.variants, ['US CBP', 'US Customs and Border Protection']);
  });

  it('learns each organization\'s own title style', () => {
    const style = (acr: string) => tb.organizations.find((o) => o.acronym === acr)!.titleStyle['secretary general'];
    assert.equal(style('WCO'), 'Secretary General');
    assert.equal(style('UN'), 'Secretary-General');
  });

  it('learns programmes, initiatives and instruments with their accepted forms', () => {
    const byName = Object.fromEntries(tb.programmes.map((p) => [p.name, p.forms.slice().sort()]));
    assert.deepEqual(byName['Global Shield Programme'], ['Global Shield Programme', 'Project Global Shield']);
    assert.deepEqual(byName['SAFE Framework of Standards'], ['SAFE Framework', 'SAFE Framework of Standards', 'SAFE Framework of Standards to Secure and Facilitate Global Trade']);
    for (const name of ['Container Control Programme', 'Green Customs Initiative', 'Cargo Targeting System', 'Revised Kyoto Convention', 'Customs Enforcement Network', 'Air Cargo Advanced Screening Pilot Project', 'National Strategy for Global Supply Chain Security', 'SAFE Package']) {
      assert.ok(byName[name], `missing programme ${name}`);
    }
    const acr = (n: string) => tb.programmes.find((p) => p.name === n)!.acronym;
    assert.equal(acr('Customs Enforcement Network'), 'CEN');
    assert.equal(acr('Air Cargo Advanced Screening Pilot Project'), 'ACAS');
    assert.equal(tb.programmes.find((p) => p.name === 'Green Customs Initiative')!.kind, 'initiative');
  });

  it('learns acronym definitions in both orders', () => {
    const acr = Object.fromEntries(tb.acronyms.map((a) => [a.acronym, a.expansion]));
    assert.equal(acr.IPM, 'Interface Public-Members'); // acronym first
    assert.equal(acr.CEN, 'Customs Enforcement Network'); // expansion first
    assert.equal(acr.ICAO, 'International Civil Aviation Organization');
    assert.equal(acr.AEO, 'Authorized Economic Operators');
    assert.equal(acr.CBM, 'Coordinated Border Management');
  });

  it('reports the corpus\'s own errors as suspected, never as canon', () => {
    const suspected = tb.suspectedErrors.map((s) => `${s.kind}: ${s.form} -> ${s.likely}`).sort();
    assert.deepEqual(suspected, [
      'organization: UN Office of Drugs and Crime -> United Nations Office on Drugs and Crime',
      'programme: Global Shied -> Global Shield',
      'programme: Global Shied Programme -> Global Shield Programme',
      'title: Secretary Genera of the WCO -> Secretary General of the WCO',
      'title: US Secretary of US Homeland Security -> US Secretary of Homeland Security',
    ]);
    for (const s of tb.suspectedErrors) assert.ok(s.evidence.length >= 2 && s.sources.length >= 1, s.form);
    const names = (x: unknown) => JSON.stringify(x, (k, v) => (k === 'sources' ? undefined : v));
    const canon = names([tb.people, tb.organizations, tb.programmes, tb.titles]);
    for (const bad of ['Shied', 'Secretary Genera"', 'Office of Drugs', 'of US Homeland']) assert.ok(!canon.includes(bad), bad);
  });

  it('records house style per release', () => {
    const style = (file: string) => tb.houseStyle.find((d) => d.file.includes(file))!.signals;
    assert.deepEqual(style('003_')['dots:US'], { dotted: 3 });
    assert.ok(style('000_')['dots:US'].plain >= 5);
    assert.ok(style('004_')['spelling:programme'].british >= 3);
    assert.ok(style('003_')['hyphen:ecommerce'].hyphenated >= 1);
    assert.ok(style('000_')['case:customs'].capitalized >= 2);
  });

  it('dates the releases that state a date', () => {
    assert.deepEqual(tb.documents.map((d) => d.date ?? null), ['2012-02-27', '2011-01-06', null, '2022-09-23', null]);
  });
});
