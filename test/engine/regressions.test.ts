// Cases found by writing the rule tests blind; each was wrong once.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/engine/lint';
import { seedTermBase } from './corpora';

const found = (text: string) => lintText(text, seedTermBase()).map((d) => `${d.ruleId}: ${text.slice(d.start, d.end)} -> ${d.suggestions[0] ?? ''}`);

describe('regressions', () => {
  it('a title from before the role started gets the title held then', () => {
    assert.deepEqual(found('WCO delegation in Accra\n\n10 April 2008\n\nSecretary General Kunio Mikuriya met officials from Ghana.'), [
      'wrong-title: Secretary General -> Deputy Secretary General',
    ]);
  });

  it('an acronym inside a quoted theme is not "used before its definition"', () => {
    assert.deepEqual(found('AEO conference in Seoul\n\n19 September 2013\n\nThe conference was held under the theme “Partnering with the AEO”. Authorized Economic Operators (AEOs) from 40 countries attended.'), []);
  });

  it('a misspelled name and a wrong organization in one phrase are both reported', () => {
    assert.deepEqual(found('Secretary General of the WTO, Kunio Mikurya, met Secretary Napolitano.'), [
      'title-org-mismatch: WTO -> WCO',
      'person-name: Mikurya -> Mikuriya',
    ]);
  });

  it('a case slip inside a misspelled organization name is part of the same fix', () => {
    assert.deepEqual(found('Delegates met at the World customs Organisation in Brussels.'), ['org-name: customs Organisation -> Customs Organization']);
  });

  it('a speaker whose surname is one letter off', () => {
    assert.deepEqual(found('“Customs must adapt,” said Mikurya.'), ['person-name: Mikurya -> Mikuriya']);
  });

  it('a short first name off by one before a known surname', () => {
    assert.deepEqual(found('Director Jon Morton of ICE briefed the delegates.'), ['person-name: Jon -> John']);
  });
});
