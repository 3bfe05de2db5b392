// Which words are acronyms: the shapes organizations use, and the capitalized words that only look like them.
import assert from 'node:assert/strict';
import { isAcronym } from '../../server/src/engine/text/chunks';

describe('isAcronym', () => {
  it('accepts capitals, dotted capitals, plurals, capitals with a number, mixed case and a letter with a number', () => {
    for (const w of ['WCO', 'RILOs', 'U.S.', 'CBP', 'COP26', 'CoE', 'WiEF', 'MoU', 'AfDB', 'G20', 'A7', 'TRoNM', 'DfID']) assert.ok(isAcronym(w), w);
  });

  it('rejects names, courtesy titles, camel-case brands and single capitals', () => {
    for (const w of ['Customs', 'Dr', 'Mr', 'McDonald', 'DeSantis', 'KwaZulu', 'GmbH', 'iPhone', 'A', 'Seven', 'G2020x', 'BlueHarbour', 'A1234']) assert.ok(!isAcronym(w), w);
  });
});
