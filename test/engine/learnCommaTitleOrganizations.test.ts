// "Name, Title, Organization," (the style of Indian government releases): the organization after the title's comma
// is the title's, in the corpus and in a draft. An invented ministry written for this test (no name of any corpus
// or blind set).
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';
import { roleStrings } from './corpora';

const pib = (headline: string, date: string, body: string) => `${headline}\n\nPosted On: ${date}\n\nNew Delhi, ${date}\n\n${body}\n`;

const corpus = [
  {
    file: '2024-02-12.txt',
    text: pib(
      'Ministry of River Transport launches ferry modernisation drive',
      '12 February 2024',
      'The Ministry of River Transport today launched a drive to modernise passenger ferries. Shri Arjun Mehra, Managing Director, Kaveri Ferry Corporation Limited (KFCL), said that 40 new vessels would be inducted. Dr. Leela Iyer, Chairperson, River Transport Authority of India (RTAI), said that terminals would be upgraded.',
    ),
  },
  {
    file: '2025-01-20.txt',
    text: pib(
      'Ferry modernisation drive completes first year',
      '20 January 2025',
      'Shri Arjun Mehra, Managing Director, KFCL, informed the Minister that 12 vessels had been inducted. Dr. Leela Iyer, Chairperson, RTAI, said that six terminals had been upgraded and that KFCL and RTAI would publish a joint safety code.',
    ),
  },
];

describe('learning "Name, Title, Organization," and linting it', () => {
  const tb = learnTermBase(corpus);
  const kfcl = () => tb.organizations.find((o) => o.acronym === 'KFCL')!;
  const rtai = () => tb.organizations.find((o) => o.acronym === 'RTAI')!;

  it('the organization after the title is the title\'s', () => {
    assert.ok(kfcl() && rtai(), tb.organizations.map((o) => o.name).join(', '));
    assert.deepEqual(roleStrings(tb, 'Arjun Mehra').map((r) => r.split(' ').slice(0, 3).join(' ')), [`Managing Director @${kfcl().id}`]);
    assert.deepEqual(roleStrings(tb, 'Leela Iyer').map((r) => r.split(' ').slice(0, 2).join(' ')), [`Chairperson @${rtai().id}`]);
  });

  it('flags the other organization after a known person\'s title, and leaves the right one alone', () => {
    const wrong = pib('Ferries inspected', '3 March 2025', 'Shri Arjun Mehra, Managing Director, RTAI, said that all ferries had been inspected.');
    const found = lintText(wrong, tb).map((d) => `${d.ruleId}: ${wrong.slice(d.start, d.end)} -> ${d.suggestions[0]}`);
    assert.deepEqual(found, ['title-org-mismatch: RTAI -> KFCL']);
    const right = pib('Ferries inspected', '3 March 2025', 'Shri Arjun Mehra, Managing Director, KFCL, said that all ferries had been inspected. Dr. Leela Iyer, Chairperson, RTAI, thanked the crews.');
    assert.deepEqual(lintText(right, tb).map((d) => `${d.ruleId}: ${right.slice(d.start, d.end)}`), []);
  });

  it('"Dr. Leela Iyer, and the Managing Director of ... (KFCL), Shri Arjun Mehra": the title after "and" is the next person\'s', () => {
    const draft = pib(
      'Minister reviews ferry drive',
      '3 March 2025',
      'The Minister reviewed the drive with the Chairperson of the River Transport Authority of India (RTAI), Dr. Leela Iyer, and the Managing Director of Kaveri Ferry Corporation Limited (KFCL), Shri Arjun Mehra.',
    );
    assert.deepEqual(lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)}`), []);
  });

  it('"Shri Arjun Mehra, the Chairperson, ... (RTAI), Dr. Leela Iyer": "the" title with a name after it is that person\'s', () => {
    const draft = pib(
      'Minister reviews ferry drive',
      '3 March 2025',
      'The meeting was attended by the Managing Director, KFCL, Shri Arjun Mehra, the Chairperson, River Transport Authority of India (RTAI), Dr. Leela Iyer, and senior officers.',
    );
    assert.deepEqual(lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)}`), []);
  });
});

