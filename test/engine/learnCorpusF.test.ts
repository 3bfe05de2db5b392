// A sixth invented corpus (test/fixtures/corpus-f, see its README.md), written blind by a helper: a UN-style
// agency in Geneva with accented names, "Ms."/"Mr.", UN titles and organizational units ("Director of the
// Compliance Division, ..."). Units are not people, and "Goodwill Ambassador" is one title.
import assert from 'node:assert/strict';
import { corpusFTermBase } from './corpora';

describe('learnTermBase on a sixth invented corpus (corpus-f, a UN-style agency)', () => {
  const tb = corpusFTermBase();

  it('takes organizational units for organizations, not people ("Compliance Division", "Regional Fisheries Observatory")', () => {
    const people = tb.people.map((p) => p.fullName);
    for (const unit of ['Compliance Division', 'Fisheries Observatory']) assert.ok(!people.includes(unit), people.join(', '));
    const orgs = tb.organizations.map((o) => o.name);
    for (const unit of ['Compliance Division', 'Regional Fisheries Observatory']) assert.ok(orgs.includes(unit), orgs.join(', '));
  });

  it('learns accented names and "Goodwill Ambassador" as one title', () => {
    const ibanez = tb.people.find((p) => p.fullName === 'Marisol Ibáñez');
    assert.ok(ibanez, tb.people.map((p) => p.fullName).join(', '));
    assert.ok(ibanez.roles.some((r) => r.title === 'Goodwill Ambassador'), JSON.stringify(ibanez.roles.map((r) => r.title)));
  });

  it('learns names with particles and a family name written first, with how they are addressed ("Mr. de la Torre", "Ms. Nguyễn")', () => {
    const torre = tb.people.find((p) => p.fullName === 'Juan Pablo de la Torre');
    assert.equal(torre?.surname, 'de la Torre', tb.people.map((p) => p.fullName).join(', '));
    assert.ok(torre.addressForms.includes('Mr. de la Torre'), JSON.stringify(torre.addressForms));
    const mai = tb.people.find((p) => p.fullName === 'Nguyễn Thị Mai');
    assert.ok(mai?.addressForms.includes('Ms. Nguyễn'), JSON.stringify(mai?.addressForms));
  });

  it('takes "said Mr. Gonçalves, Chair of ..." for the person the release named in full before ("Pedro Henrique Gonçalves")', () => {
    const p = tb.people.find((x) => x.fullName === 'Pedro Henrique Gonçalves');
    assert.ok(p?.roles.some((r) => r.title.startsWith('Chair')), JSON.stringify(p?.roles.map((r) => r.title)));
    assert.ok(!tb.people.some((x) => x.fullName === 'Mr. Gonçalves'));
  });

  it('learns an acronym from the name in another language ("Regional Fisheries Observatory (ORP)") written alike in several releases', () => {
    const orp = tb.acronyms.find((a) => a.acronym === 'ORP');
    assert.equal(orp?.expansion, 'Regional Fisheries Observatory');
  });
});
