// Australian state ministers' releases (invented portfolio, no name of any corpus or blind set): the title with its
// field before the name ("Minister for Water Lisa ..."), after a comma that closes something else ("... under Round
// 2 of the Grants, Minister for ... announced today"), a field after "Deputy Secretary," before the name, and a
// body named only by its acronym before a title ("KLW Managing Director ...").
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';

const release = (date: string, body: string) => `Media release\n\nMELBOURNE, ${date} – ${body}\n`;

const corpus = [
  {
    file: '2019-05-01.txt',
    text: release('1 May 2019', 'Forty towns will share $9 million under Round 2 of the Drought-Ready Towns Grants, Minister for Water Delia Kerrigan announced today. The Department of Rivers, Parks and Climate Action (DRPCA) will run the rounds. Kerrow Lakes Water (KLW) will help councils plan. KLW Managing Director Owen Fairlie said the grants were overdue. Deputy Secretary, Climate Adaptation Anneliese Voss said the department would visit every town. Cr Nell Budd, Mayor of the Shire of Tarrawong, welcomed the grants.'),
  },
  {
    file: '2021-06-01.txt',
    text: release('1 June 2021', 'Works have begun on the upper Kerrow River, Minister for Water Delia Kerrigan announced today. Kerrow Lakes Water Managing Director Owen Fairlie said the works would protect supply. Deputy Secretary, Climate Adaptation Anneliese Voss thanked the councils. Cr Nell Budd, Mayor of the Shire of Tarrawong, opened the works.'),
  },
];

describe('learning ministerial releases', () => {
  const tb = learnTermBase(corpus);
  const people = () => tb.people.map((p) => `${p.fullName}: ${p.roles.map((r) => r.title).join('; ')}`).sort();

  it('learns the people behind titles with fields (a councillor without her "Cr"), and no programme or river as a person', () => {
    assert.deepEqual(people(), ['Anneliese Voss: Deputy Secretary', 'Delia Kerrigan: Minister for Water', 'Nell Budd: Mayor of the Shire of Tarrawong', 'Owen Fairlie: Managing Director']);
  });

  it('a name headed by no organization noun whose acronym heads a title is an organization', () => {
    const klw = tb.organizations.find((o) => o.acronym === 'KLW');
    assert.ok(klw && klw.name === 'Kerrow Lakes Water', JSON.stringify(tb.organizations.map((o) => o.name)));
    assert.ok(!tb.programmes.some((p) => p.name === 'Kerrow Lakes Water'), 'not a programme');
  });

  it('a department named with a list ("Rivers, Parks and Climate Action") is defined with its acronym, and a swapped one is found', () => {
    const org = tb.organizations.find((o) => o.acronym === 'DRPCA');
    assert.equal(org?.name, 'Department of Rivers, Parks and Climate Action', JSON.stringify(tb.organizations.map((o) => o.name)));
    const draft = release('2 February 2026', 'The Department of Rivers, Parks and Climate Action (DRPCA) opened Round 3. Towns may write to DRCPA for advice.');
    const found = lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)} -> ${d.suggestions[0]}`);
    assert.deepEqual(found, ['acronym: DRCPA -> DRPCA']);
  });

  it('finds a slip in the minister\'s surname and in the corporation\'s name', () => {
    const draft = release('2 February 2026', 'Minister for Water Delia Kerrigen announced a third round. Kerrow Lake Water Managing Director Owen Fairlie welcomed it.');
    const found = lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)} -> ${d.suggestions[0]}`);
    assert.deepEqual(found, ['person-name: Kerrigen -> Kerrigan', 'org-name: Lake -> Lakes']);
  });
});
