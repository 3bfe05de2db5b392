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
