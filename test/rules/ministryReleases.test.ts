// Releases in the style of an Indian government ministry (an invented one, test/engine/corpora.ts): the ministry's
// name above the headline, bodies named in the plural, lower-case descriptions of titles, two ministers in a row.
import assert from 'node:assert/strict';
import { coastalShippingTermBase } from '../engine/corpora';
import { parseDraft, lineKindAt } from '../../server/src/engine/draft/parseDraft';
import { expectClean, expectFlagAndFix, expectNoDiagnostics, lint } from './helpers';

const news = (headline: string, body: string) => `Ministry of Coastal Shipping\n\n${headline}\n\nNew Delhi, 3 March 2023\n\n${body}\n`;

describe('releases of an invented ministry (Indian government style)', () => {
  it('the ministry\'s name above the headline: both lines are top matter, the headline exempt', () => {
    const text = news('MoCS and Ministry of Tourism sign MoU on river cruises', 'The Ministry of Coastal Shipping (MoCS) and the Ministry of Tourism signed a Memorandum of Understanding (MoU).');
    const d = parseDraft(text);
    assert.equal(lineKindAt(d, text.indexOf('MoCS and')), 'headline');
    expectNoDiagnostics(text, coastalShippingTermBase());
  });

  it('learns the public-sector company as an organization, not a person, and the scheme without its owner', () => {
    const tb = coastalShippingTermBase();
    assert.ok(!tb.people.some((p) => /Limited$/.test(p.fullName)), tb.people.map((p) => p.fullName).join(', '));
    assert.ok(tb.programmes.some((p) => p.name === 'Central Sector Scheme'), tb.programmes.map((p) => p.name).join(' | '));
  });

  it('bodies in the plural and a name\'s words in lower case are not variants of the ministry\'s name; a slip still is', () => {
    expectClean(news('Ministries of Coastal Shipping and Tourism sign pact', 'State Ministers on coastal shipping met in Kochi.'), coastalShippingTermBase(), 'org-name');
    expectFlagAndFix(news('Pact signed', 'The Ministry of Coastal Shiping signed the pact.'), coastalShippingTermBase(), 'org-name', [{ text: 'Shiping', fix: 'Shipping' }]);
  });

  it('"X, and the Union Minister of Tourism, Y": the second title is the second person\'s', () => {
    const all = lint(news('Pact signed', 'The pact was signed in the presence of the Union Minister of Coastal Shipping, Shri Arvind Rao, and the Union Minister of Tourism, Shri Mahesh Verma.'), coastalShippingTermBase());
    assert.deepEqual(all.filter((d) => d.rule === 'title-org-mismatch' || d.rule === 'wrong-title'), []);
  });

  it('a title described in lower case ("as secretary of the ministry") next to the capitalized title before names', () => {
    const text = news('Scheme review', 'The Secretary of the Ministry, Smt. Meera Iyer, opened the review. Secretary Meera Iyer said the scheme had worked. As secretary of the ministry at the time, Shri Arvind Rao had insisted on audits.');
    expectClean(text, coastalShippingTermBase(), 'case-hyphen');
    expectClean(text, coastalShippingTermBase(), 'inconsistency');
  });
});
