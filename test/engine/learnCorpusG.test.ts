// A seventh invented corpus (test/fixtures/corpus-g, see its README.md), written blind by a helper: an estuaries
// commission whose people have names of every shape: particles ("Helena van der Berghe", "Beatriz da Costa
// Pereira"), two surnames ("Joaquín Ortega Villalba"), a given name of two words ("Jan Willem Hoekstra"), initials
// ("Dr J. R. Okafor"). Each is one person, with the roles and dates the releases give.
import assert from 'node:assert/strict';
import { corpusGTermBase, person } from './corpora';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';

describe('learnTermBase on a seventh invented corpus (corpus-g, names with particles, initials and two surnames)', () => {
  const tb = corpusGTermBase();

  it('learns every name whole, with its particles and initials, and no part of one as a person', () => {
    const names = tb.people.map((p) => p.fullName);
    for (const n of ['Helena van der Berghe', 'Beatriz da Costa Pereira', 'Joaquín Ortega Villalba', 'Jan Willem Hoekstra', 'J. R. Okafor', 'Friedrich von Ahlenstein']) assert.ok(names.includes(n), names.join(', '));
    for (const part of ['Costa Pereira', 'Ortega Villalba', 'Willem Hoekstra', 'R. Okafor']) assert.ok(!names.includes(part), names.join(', '));
  });

  it('keeps the particles with the surname ("van der Berghe") and finds the person addressed by it', () => {
    const p = person(tb, 'Helena van der Berghe');
    assert.equal(p.surname, 'van der Berghe');
    assert.deepEqual(p.givenNames, ['Helena']);
    assert.ok(p.addressForms.includes('Dr van der Berghe'), JSON.stringify(p.addressForms));
  });

  it('dates a role from "will become its first Deputy Executive Director on 1 March 2023", and ends the one before', () => {
    const p = person(tb, 'J. R. Okafor');
    const deputy = p.roles.find((r) => r.title === 'Deputy Executive Director');
    assert.equal(deputy?.from, '2023-03-01', JSON.stringify(p.roles));
    const head = p.roles.find((r) => r.title === 'Head of Science');
    assert.equal(head?.until, '2023-03-01', JSON.stringify(p.roles));
  });

  it('gives a title written without its organization the one organization the corpus shows with it ("Dr Ingrid Sæther, Head of Science")', () => {
    const p = person(tb, 'Ingrid Sæther');
    const neaec = tb.organizations.find((o) => o.acronym === 'NEAEC')!;
    assert.ok(p.roles.some((r) => r.title === 'Head of Science' && r.organization === neaec.id), JSON.stringify(p.roles));
  });

  it('does not take a title word for a first name: "Chief Scientist Amara Okonkwo" is Amara Okonkwo', () => {
    const rel = (date: string, body: string) => `Lab news\n\n${date}\n\nACCRA, ${date} – ${body}\n`;
    const tb2 = learnTermBase([
      { file: 'a.txt', text: rel('3 March 2021', 'The Coastal Research Institute (CRI) will survey the lagoon. Amara Okonkwo, Chief Scientist of the CRI, will lead it.') },
      { file: 'b.txt', text: rel('9 June 2022', 'CRI Chief Scientist Amara Okonkwo presented the results.') },
    ]);
    assert.deepEqual(tb2.people.map((p) => p.fullName), ['Amara Okonkwo']);
  });

  it('but takes a whole chunk that is a name, whatever its words ("Maria Corazon D. Villanueva, Chair of ...", "maria" being a noun too)', () => {
    const rel = (date: string, body: string) => `Board news\n\n${date}\n\nBANGKOK, ${date} — ${body}\n`;
    const tb2 = learnTermBase([{ file: 'a.txt', text: rel('March 3, 2018', 'The Board met. Maria Corazon D. Villanueva, Chair of the Governing Board of the Coastal Center, said the Board had made school safety a priority.') }]);
    assert.deepEqual(tb2.people.map((p) => p.fullName), ['Maria Corazon D. Villanueva']);
  });

  it('learns a name the release calls a programme in an appositive ("the Estuary Data Commons, a free online platform that ...")', () => {
    const names = tb.programmes.map((p) => p.name);
    assert.ok(names.includes('Estuary Data Commons'), names.join(', '));
    assert.equal(names.filter((n) => n === 'SaltWatch Monitoring Programme').length, 1, names.join(', '));
    const rel = (date: string, body: string) => `Lab news\n\n${date}\n\nACCRA, ${date} – ${body}\n`;
    const tb2 = learnTermBase([{ file: 'a.txt', text: rel('3 March 2021', 'The Coastal Research Institute said that Amara Okonkwo, a programme officer at the institute, and the Harbour Data Hub, a shared data platform, will support the survey.') }]);
    assert.deepEqual(tb2.programmes.map((p) => p.name), ['Harbour Data Hub']);
  });
});
