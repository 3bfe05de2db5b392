// An eighth invented corpus (test/fixtures/corpus-h, see its README.md), written blind by a helper: an
// Asia-Pacific centre with American spelling and month-day-year datelines, whose people have family names first
// ("Zhang Lirong"), initials ("V. S. Raghunathan") and single names. Its releases date appointments in ways the
// other corpora do not: "today assumed office as", "will become X at the APCRC on August 1, 2021", "has appointed
// Sione Taufa as ...".
import assert from 'node:assert/strict';
import { corpusFTermBase, corpusHTermBase, person } from './corpora';

const roles = (tb: ReturnType<typeof corpusHTermBase>, name: string) => person(tb, name).roles.map((r) => `${r.title} ${r.status}${r.from ? ` from ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}`);

describe('learnTermBase on an eighth invented corpus (corpus-h, an Asia-Pacific centre)', () => {
  const tb = corpusHTermBase();

  it('dates "Zhang Lirong today assumed office as Executive Director" by the release (July 1, 2021)', () => {
    assert.deepEqual(roles(tb, 'Zhang Lirong'), ['Director of Programs former until 2021-07-01', 'Executive Director current from 2021-07-01']);
  });

  it('dates "will become Director of Programs at APCRC on August 1, 2021" past the organization after the title', () => {
    assert.deepEqual(roles(tb, 'V. S. Raghunathan'), ['Head former until 2021-08-01', 'Director of Programs current from 2021-08-01']);
  });

  it('dates a title by the relative clause after it ("Keiko Nakamura, Chair of the Governing Board of APCRC, who assumed office on January 1, 2023")', () => {
    const roles = person(tb, 'Keiko Nakamura').roles;
    assert.equal(roles.find((r) => r.title === 'Chair')?.from, '2023-01-01', JSON.stringify(roles));
    assert.equal(roles.find((r) => r.title === 'Vice Chair' && r.from)?.from, '2019-07-01', JSON.stringify(roles));
  });

  it('learns how two-word names written family name first are addressed ("Dr. Zhang", "Dr. Park", "Mr. Kittipong" by his given name)', () => {
    assert.deepEqual(person(tb, 'Zhang Lirong').addressForms, ['Dr. Zhang']);
    assert.deepEqual(person(tb, 'Park Ji-hoon').addressForms, ['Dr. Park']);
    assert.deepEqual(person(tb, 'Kittipong Rattanawong').addressForms, ['Mr. Kittipong']);
  });

  it('learns a programme named with a year from the appositive that calls it one ("Resilient Coasts 2030, a 14-year program")', () => {
    assert.ok(tb.programmes.some((p) => p.forms.includes('Resilient Coasts 2030')), tb.programmes.map((p) => p.name).join(', '));
  });

  it('learns a person from "the Center has appointed Sione Taufa as Pacific Liaison Officer", with the field words in the title', () => {
    assert.deepEqual(person(tb, 'Sione Taufa').roles.map((r) => r.title), ['Pacific Liaison Officer']);
  });

  it('takes "Trần Thị Mai, Program Officer at APCRC" for a person and her title (a field noun before the title\'s head)', () => {
    assert.ok(person(tb, 'Trần Thị Mai').roles.some((r) => r.title === 'Program Officer'), JSON.stringify(person(tb, 'Trần Thị Mai').roles));
  });

  it('corpus-f: "today elected X as the Agency’s next Executive Director" dates the role; "served as Deputy ... since 2015, will take office on 1 September 2022" does not give the old role that date', () => {
    const torre = person(corpusFTermBase(), 'Juan Pablo de la Torre');
    const ed = torre.roles.find((r) => r.title === 'Executive Director');
    assert.equal(ed?.from, '2022-06-24', JSON.stringify(torre.roles));
    const deputy = torre.roles.find((r) => r.title === 'Deputy Executive Director');
    assert.equal(deputy?.from, undefined, JSON.stringify(torre.roles));
  });
});
