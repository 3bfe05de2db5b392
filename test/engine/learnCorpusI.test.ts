// A ninth invented corpus (test/fixtures/corpus-i, see its README.md), written blind by a helper: a listed
// engineering group's releases, whose titles carry their field after a comma ("Vice President, Corporate
// Finance") and whose subsidiaries have legal forms and ampersands ("Halloran & Vesk Controls, Inc.").
import assert from 'node:assert/strict';
import { corpusETermBase, corpusITermBase, person } from './corpora';

describe('learnTermBase on a ninth invented corpus (corpus-i, a company group)', () => {
  it('does not take a title\'s field after a comma for a person ("Vice President, Corporate Finance, will serve as ...")', () => {
    const names = corpusITermBase().people.map((p) => p.fullName);
    assert.ok(!names.includes('Corporate Finance'), names.join(', '));
    assert.ok(names.includes('Priya Raman') && names.includes('Daniel Okonkwo-Reyes'), names.join(', '));
  });

  it('corpus-e: nor "Senior Vice President, Global Operations" or "Director, Corporate Communications"', () => {
    const names = corpusETermBase().people.map((p) => p.fullName);
    assert.ok(!names.includes('Global Operations') && !names.includes('Corporate Communications'), names.join(', '));
  });

  it('learns companies defined with their legal form after a comma ("Halloran & Vesk Controls, Inc. (HVC)", "..., LLC (KTH)")', () => {
    const orgs = corpusITermBase().organizations.map((o) => `${o.name} (${o.acronym ?? ''})`);
    assert.ok(orgs.includes('Halloran & Vesk Controls, Inc. (HVC)'), orgs.join('; '));
    assert.ok(orgs.includes('Kessory Talvern Hydrogen, LLC (KTH)'), orgs.join('; '));
    // "... Controls, Inc. and Talvern Rail Technologies Ltd": no organization opens with a legal form.
    assert.ok(!orgs.some((o) => /^Inc\b/.test(o)), orgs.join('; '));
  });

  it('corpus-e: "Quillon & Hatch Engineering, Inc. (QHE)" too', () => {
    const orgs = corpusETermBase().organizations.map((o) => `${o.name} (${o.acronym ?? ''})`);
    assert.ok(orgs.includes('Quillon & Hatch Engineering, Inc. (QHE)'), orgs.join('; '));
  });

  it('ends the group chief executive\'s role when she retires, and does not give it to the joint venture whose chief executive is the only other one ("Chief Executive Officer of Talvern")', () => {
    const roles = person(corpusITermBase(), 'Margaret L. Whitcombe').roles;
    assert.deepEqual(roles.map((r) => [r.title, r.organization, r.until]), [['Chief Executive Officer of Talvern', undefined, '2021-06-30']]);
  });
});
