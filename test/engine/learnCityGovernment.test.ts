// Learning a city government's releases: a mayor swearing in someone else, a "41st Mayor", a generational suffix
// ("Jr."), local titles ("Councilmember"), "Chief of Police of the ... Police Department". An invented city written
// for this test, and corpus-k (an invented city's eight releases, written blind for holdout-v).
import assert from 'node:assert/strict';
import { cityNews, corpusKTermBase, portArdentTermBase, roleStrings } from './corpora';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';

describe('learning a city government\'s releases', () => {
  describe('an invented city (Port Ardent)', () => {
    it('"Mayor X today swore in Y as Chief of Police of the ... Police Department (PAPD)": the role is Y\'s, at the department', () => {
      const tb = portArdentTermBase();
      assert.deepEqual(roleStrings(tb, 'Oscar Lindahl'), ['Chief of Police @PAPD current from 2016-03-01']);
      assert.deepEqual(roleStrings(tb, 'Helen V. Brandt'), ['Mayor former until 2020-01-06']);
      assert.ok(!tb.organizations.some((o) => /^Police of/.test(o.name)), tb.organizations.map((o) => o.name).join(' | '));
    });

    it('"elected Councilmember Felix Moreau Jr. as Council President": learned without the suffix, the new title dated, the old one ended', () => {
      assert.deepEqual(roleStrings(portArdentTermBase(), 'Felix Moreau'), ['Council President current from 2022-01-10', 'Councilmember former until 2022-01-10']);
    });

    it('"sworn in today as the 41st Mayor of Port Ardent": dated from the release', () => {
      const roles = roleStrings(portArdentTermBase(), 'Joanna Pike');
      assert.ok(roles.some((r) => /^Mayor\b.* current from 2020-01-06$/.test(r)), roles.join('; '));
    });
  });

  describe('an invented housing authority: a successor named without "as", a predecessor called former by surname', () => {
    const tb = learnTermBase([
      { file: 'd.txt', text: cityNews('New Homes Open', 'May 1, 2019', 'The Port Ardent Housing Authority (PAHA) today opened 40 new homes. "Every family deserves a safe home," said PAHA Executive Director Kenneth Obi.') },
      { file: 'e.txt', text: cityNews('Tallis to Lead Housing Authority', 'January 10, 2022', 'The Board of Commissioners of the Port Ardent Housing Authority (PAHA) today named Rosa Tallis the authority\'s Executive Director.\n\n"Rosa Tallis knows every building we own," said Mayor Joanna Pike. "She will build on the strong foundation left by former Executive Director Obi."') },
    ]);

    it('"named Rosa Tallis the authority\'s Executive Director": learned with the title', () => {
      assert.ok(roleStrings(tb, 'Rosa Tallis').some((r) => /^Executive Director\b.* current/.test(r)), roleStrings(tb, 'Rosa Tallis').join('; '));
    });

    it('"former Executive Director Obi": his title ended by that release', () => {
      assert.deepEqual(roleStrings(tb, 'Kenneth Obi'), ['Executive Director @PAHA former until 2022-01-10']);
    });
  });

  describe('corpus-k (the City of Marlow Falls)', () => {
    it('the police chief confirmed in 2025 holds the title; the mayor who swore in her predecessor never did', () => {
      const tb = corpusKTermBase();
      assert.ok(roleStrings(tb, 'Andrea M. Kowalczyk').includes('Chief of Police @MFPD current from 2025-02-11'), roleStrings(tb, 'Andrea M. Kowalczyk').join('; '));
      assert.deepEqual(roleStrings(tb, 'Harold T. Ames'), ['Mayor former until 2020-01-06']);
    });

    it('councilmembers are learned with their title', () => {
      const tb = corpusKTermBase();
      assert.deepEqual(roleStrings(tb, 'Tomás Ibarra'), ['Councilmember current']);
      assert.ok(roleStrings(tb, 'Marcus Bell').includes('Council President current from 2022-01-10'), roleStrings(tb, 'Marcus Bell').join('; '));
    });
  });
});
