// A listed company's wire releases in AP style (invented, no name of any corpus or blind set): titles in lower case
// after a name ("said Ravi Chandran, chief commercial officer of Tolland Power"), learned as titles; and a look-alike
// in a draft, one letter from a known person, with a title of their own at another organization ("Ravi Chandra,
// vice president of grid operations at Mesa Verde Utilities"), who is someone else.
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';

const wire = (date: string, body: string) => `Tolland Power Reports Results\n\nHARTFORD, Conn., ${date} /PRNewswire/ -- ${body}\n`;

const corpus = [
  { file: '2023-05-02.txt', text: wire('May 2, 2023', 'Tolland Power, Inc. (NASDAQ: TLPW) today reported results. "Utilities ordered more storage than ever," said Ravi Chandran, chief commercial officer of Tolland Power.') },
  { file: '2024-05-07.txt', text: wire('May 7, 2024', 'Tolland Power, Inc. (NASDAQ: TLPW) today reported results. "Cooperatives led the quarter," said Ravi Chandran, chief commercial officer of Tolland Power.') },
];

const findings = (tb: ReturnType<typeof learnTermBase>, draft: string) => lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)} -> ${d.suggestions[0]}`);

describe('learning AP-style company releases', () => {
  const tb = learnTermBase(corpus);

  it('learns a title written in lower case after the name', () => {
    const p = tb.people.find((x) => x.fullName === 'Ravi Chandran');
    assert.deepEqual(p?.roles.map((r) => r.title), ['Chief Commercial Officer'], JSON.stringify(tb.people));
  });

  it('finds a slip in the known person\'s surname, with their title', () => {
    const draft = wire('May 5, 2026', '"Orders doubled," said Ravi Chandren, chief commercial officer of Tolland Power.');
    assert.deepEqual(findings(tb, draft), ['person-name: Chandren -> Chandran']);
  });

  it('leaves alone someone else one letter away, with a title of their own at another organization', () => {
    const draft = wire('May 5, 2026', 'Ravi Chandran, chief commercial officer of Tolland Power, opened the meeting. Ravi Chandra, vice president of grid operations at Mesa Verde Utilities, said the pilot worked. "We saw fewer outages," Chandra said.');
    assert.deepEqual(findings(tb, draft), []);
  });
});

// An agency's AP-style releases (invented): appointments with the title in lower case ("has been appointed deputy
// administrator with effect from Feb. 1, 2018", "will succeed Ruiz as associate administrator for field
// operations"), read because the corpus writes those titles capitalized before names elsewhere; dated with the
// abbreviated month.
describe('learning lower-case titles in AP-style appointments', () => {
  const news = (date: string, body: string) => `News release\n\nWASHINGTON, ${date} — ${body}\n`;
  const tb = learnTermBase([
    { file: '2016-03-01.txt', text: news('March 1, 2016', 'The National Tidal Survey Administration (NTSA) opened two stations. "The data is open to all," said NTSA Associate Administrator for Field Operations Lucia Ferrante. NTSA Deputy Administrator Owen Marsh thanked the crews, and NTSA Chief Scientist Paul Okoro showed the sensors.') },
    { file: '2017-05-02.txt', text: news('May 2, 2017', 'NTSA Associate Administrator for Field Operations Lucia Ferrante and NTSA Deputy Administrator Owen Marsh visited Norfolk. NTSA Chief Scientist Paul Okoro joined them.') },
    { file: '2018-01-08.txt', text: news('Jan. 8, 2018', 'Lucia Ferrante, associate administrator for field operations since 2012, has been appointed deputy administrator with effect from Feb. 1, 2018. Paul Okoro, chief scientist since 2014, will succeed Ferrante as associate administrator for field operations with effect from Feb. 1, 2018.') },
  ]);
  const roles = (name: string) => tb.people.find((p) => p.fullName === name)?.roles.map((r) => `${r.title} ${r.status}${r.from ? ` from ${r.from}` : ''}`) ?? [];

  it('dates the new titles and ends the old ones', () => {
    assert.ok(roles('Lucia Ferrante').includes('Deputy Administrator current from 2018-02-01'), roles('Lucia Ferrante').join(' | '));
    assert.ok(roles('Paul Okoro').includes('Associate Administrator for Field Operations current from 2018-02-01'), roles('Paul Okoro').join(' | '));
  });

  it('flags a 2026 draft that gives the old title', () => {
    const draft = news('May 5, 2026', 'NTSA Associate Administrator for Field Operations Lucia Ferrante opened the station.');
    assert.deepEqual(findings(tb, draft), ['wrong-title: Associate Administrator for Field Operations -> Deputy Administrator']);
  });
});
