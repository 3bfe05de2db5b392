// A regional commission's secretariat releases (invented, no name of any corpus or blind set): "The Director of
// Finance and Administration, Mr. Kelvin ..., presented" (a courtesy title after the comma, a field of English words
// after "of", which names no organization); "who has served as ... since" (held still); and a dateline with the
// city written as a name ("Mbala, 10 September 2026 – "), which dates the draft.
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';
import { documentDate } from '../../server/src/engine/text/dates';

const release = (date: string, body: string) => `Press Release\n\nMbala, ${date} – ${body}\n`;

const corpus = [
  {
    file: '2019-11-20.txt',
    text: release('20 November 2019', 'The Council of Ministers of the Lake Mweru Basin Commission (LMBC) approved the budget for 2020. The Director of Finance and Administration, Ms. Odile Kabwe, presented it. Ms. Loveness Tembo, who has served as Deputy Executive Secretary since March 2016, reported on the programmes.'),
  },
  {
    file: '2022-11-22.txt',
    text: release('22 November 2022', 'The Council appointed Ms. Odile Kabwe as Executive Secretary of the LMBC, effective 1 January 2023. The Director of Finance and Administration, Mr. Kelvin Mwamba Sikazwe, presented the budget for 2023. The Deputy Executive Secretary, Ms. Loveness Tembo, reported on the programmes.'),
  },
];

describe('learning secretariat releases', () => {
  const tb = learnTermBase(corpus);
  const roles = (name: string) => tb.people.find((p) => p.fullName === name)?.roles.map((r) => `${r.title} ${r.status}`) ?? [];

  it('"The Director of Finance and Administration, Mr. Kelvin ...": the whole name, and a title with its field', () => {
    assert.deepEqual(roles('Kelvin Mwamba Sikazwe'), ['Director of Finance and Administration current']);
    assert.ok(!tb.organizations.some((o) => o.name === 'Finance and Administration'), JSON.stringify(tb.organizations.map((o) => o.name)));
  });

  it('"who has served as ... since March 2016": the title is held still', () => {
    assert.deepEqual(roles('Loveness Tembo'), ['Deputy Executive Secretary current']);
  });

  it('a dateline with the city as a name dates the draft, and a title held before that date is flagged', () => {
    const draft = release('10 September 2026', 'The agreements were signed by Ms. Odile Kabwe, Director of Finance and Administration, and by the Deputy Executive Secretary, Ms. Loveness Tembo.');
    assert.equal(documentDate(draft), '2026-09-10');
    const found = lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)} -> ${d.suggestions[0]}`);
    assert.deepEqual(found, ['wrong-title: Director of Finance and Administration -> Executive Secretary']);
  });
});
