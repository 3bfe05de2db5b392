// US university releases in AP style: people introduced by a courtesy title with their titles in lower case
// ("said Dr. Imelda Varga, director of the program"), and a title after two names joined by "and". An invented
// college written for this test (no name of any corpus or blind set).
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes/applyFixes';

const release = (headline: string, date: string, body: string) => `${headline}\n\nDENTON, Ore., ${date} – ${body}\n`;

const corpus = [
  {
    file: '2018-04-02.txt',
    text: release(
      'Marrow College launches Field Scholars Program',
      'April 2, 2018',
      'Marrow College will launch the Field Scholars Program this fall, President Alma Tindall announced today. The program will be directed by Dr. Imelda Varga, associate dean for research. "Students learn science by doing it," said Dr. Imelda Varga. Scholars may also hold the Denton Promise Scholarship, and join the Bridges to Graduate School Program in their last year.',
    ),
  },
  {
    file: '2021-09-13.txt',
    text: release(
      'Field Scholars Program marks third year',
      'September 13, 2021',
      '"Our scholars have published 40 papers," said Dr. Imelda Varga, director of the Field Scholars Program. Marrow College President Alma Tindall thanked the donors of the Denton Promise Scholarship and of the Bridges to Graduate School Program.',
    ),
  },
  {
    file: '2023-03-20.txt',
    text: release(
      'Marrow College joins Northwest rural research compact',
      'March 20, 2023',
      'Marrow College President Alma Tindall and Fenwick University President Rolf Amberg signed the compact in Denton. Fenwick University will host the next meeting.',
    ),
  },
];

describe('learning US university releases in AP style', () => {
  const tb = learnTermBase(corpus);

  it('a full name after a courtesy title is a person, though the title after it is in lower case', () => {
    const p = tb.people.find((x) => x.fullName === 'Imelda Varga');
    assert.ok(p, tb.people.map((x) => x.fullName).join(', '));
    const draft = release('Scholars honored', 'May 1, 2024', '"This is their day," said Dr. Imelda Vargo, who directs the program.');
    const found = lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)} -> ${d.suggestions[0]}`);
    assert.deepEqual(found, ['person-name: Vargo -> Varga']);
  });

  it('"A B and Org President C D": the wrong organization is flagged without the "and", and the fix keeps it', () => {
    const draft = release('Compact renewed', 'May 1, 2024', 'Marrow College President Alma Tindall and Fenwick University President Alma Tindall renewed the compact.');
    const diags = lintText(draft, tb).filter((d) => d.ruleId === 'title-org-mismatch');
    assert.deepEqual(diags.map((d) => draft.slice(d.start, d.end)), ['Fenwick University']);
    const fixed = applyFixes(draft, diags).text;
    assert.ok(fixed.includes('Tindall and Marrow College President Alma Tindall'), fixed);
  });

  it('a scholarship is a programme, and so is a name headed across "to" ("Bridges to Graduate School Program")', () => {
    const names = tb.programmes.map((p) => p.name);
    assert.ok(names.includes('Denton Promise Scholarship') && names.includes('Bridges to Graduate School Program'), names.join(', '));
    const draft = release('Scholars honored', 'May 1, 2024', 'Ten students hold the Denton Promise Scolarship and eight joined the Bridge to Graduate School Program.');
    const found = lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)} -> ${d.suggestions[0]}`);
    assert.deepEqual(found, ['programme-name: Scolarship -> Scholarship', 'programme-name: Bridge -> Bridges']);
  });
});
