import { strict as assert } from 'node:assert';
import { renderLearnSummary } from '../../server/src/cli/learnSummary';
import type { TermBase } from '../../server/src/engine/types';

const src = (file: string, line: number) => ({ file, line, sentence: '...' });

function tinyTermBase(): TermBase {
  return {
    version: 1,
    documents: [{ file: 'c/1.txt', date: '2020-01-02' }, { file: 'c/2.txt' }],
    people: [
      {
        id: 'ada-example', fullName: 'Ada Example', givenNames: ['Ada'], surname: 'Example',
        roles: [
          { title: 'Director', organization: 'exo', status: 'former', until: '2019', seen: ['2018-05-01'], sources: [src('c/1.txt', 3)], origin: 'learned' },
          { title: 'Chair', organization: 'exo', status: 'current', seen: ['2020-01-02', '2021-03-04'], sources: [src('c/2.txt', 1)], origin: 'learned' },
        ],
        addressForms: ['Chair Example'], count: 4, documents: 2,
        sources: [src('c/1.txt', 3), src('c/2.txt', 1), src('c/2.txt', 9)], origin: 'learned',
      },
    ],
    organizations: [
      {
        id: 'exo', name: 'Example Organization', acronym: 'EXO', variants: ['Example Org'],
        titleStyle: { 'secretary general': 'Secretary-General' }, count: 7, documents: 2, sources: [src('c/1.txt', 1)], origin: 'learned',
      },
    ],
    programmes: [
      {
        id: 'p', name: 'Example Programme', forms: ['Example Programme', 'Project Example'], acronym: 'EXP', kind: 'programme',
        count: 1, documents: 1, sources: [src('c/2.txt', 5)], origin: 'config',
      },
    ],
    acronyms: [{ acronym: 'EXO', expansion: 'Example Organization', kind: 'organization', count: 2, sources: [], origin: 'learned' }],
    titles: [],
    houseStyle: [{ file: 'c/1.txt', signals: { us: { US: 3, 'U.S.': 0 }, spelling: { programme: 1, program: 2 } } }],
    suspectedErrors: [
      { kind: 'programme', form: 'Example Programe', likely: 'Example Programme', evidence: ['"Programe" is 1 edit from "Programme"'], sources: [src('c/2.txt', 7)] },
    ],
    accepted: [],
    rejected: [],
  };
}

describe('renderLearnSummary', () => {
  it('prints counts, then each kind with roles, styles, forms, evidence and sources', () => {
    const out = renderLearnSummary(tinyTermBase());
    assert.equal(
      out,
      [
        'Learned from 2 documents: 1 person, 1 organization, 1 programme, 1 acronym, 1 suspected corpus error.',
        '',
        'People (1)',
        '  Ada Example  4 mentions in 2 documents',
        '    Director, Example Organization (EXO)  (former, until 2019)',
        '    Chair, Example Organization (EXO)  (current, seen 2020-01-02 to 2021-03-04)',
        '    addressed as: Chair Example',
        '    seen at c/1.txt:3, c/2.txt:1 (+1 more)',
        '',
        'Organizations (1)',
        '  Example Organization (EXO)  7 mentions in 2 documents',
        '    title style: Secretary-General',
        '    variants: Example Org',
        '    seen at c/1.txt:1',
        '',
        'Programmes (1)',
        '  Example Programme (EXP)  programme, 1 mention in 1 document  [presslint.json]',
        '    also: Project Example',
        '    seen at c/2.txt:5',
        '',
        'Acronyms (1)',
        '  EXO = Example Organization  (organization, defined 2 times)',
        '',
        'House style per document (1)',
        '  c/1.txt  us: "US" 3; spelling: "program" 2, "programme" 1',
        '',
        'Suspected corpus errors (1)',
        '  "Example Programe" is probably "Example Programme"  (programme)',
        '    - "Programe" is 1 edit from "Programme"',
        '    seen at c/2.txt:7',
        '',
      ].join('\n'),
    );
  });

  it('says so when the corpus has no suspected errors', () => {
    const tb = { ...tinyTermBase(), suspectedErrors: [] };
    assert.match(renderLearnSummary(tb), /Suspected corpus errors \(0\)\n {2}none\n$/);
  });
});
