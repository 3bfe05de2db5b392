// British police ranks and forces: "Chief Constable", "Detective Chief Inspector", "Kestrelmoor Constabulary",
// "Three Rivers Youth Trust". An invented force written for this test (no name of any corpus or blind set).
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';
import { roleStrings } from './corpora';

const release = (headline: string, date: string, body: string) => `${headline}\n\nDUNHOLT, ${date} – ${body}\n`;

const corpus = [
  {
    file: '2019-02-04.txt',
    text: release(
      'Kestrelmoor Police launches Operation Larkspur',
      '4 February 2019',
      'Kestrelmoor Police today launched Operation Larkspur against burglary. Assistant Chief Constable Imogen Trevail said the force would target repeat offenders.\n\nChief Constable Ewan Blackmore of Hollin Vale Constabulary said: “Our forces will share intelligence across the boundary.”\n\nDetective Chief Inspector Lowri Penhale will lead the investigation team, with the Three Rivers Youth Trust working with young people at risk.',
    ),
  },
  {
    file: '2021-06-10.txt',
    text: release(
      'Imogen Trevail appointed Deputy Chief Constable of Kestrelmoor Police',
      '10 June 2021',
      'Assistant Chief Constable Imogen Trevail has been appointed Deputy Chief Constable of Kestrelmoor Police, the Chief Constable announced today.\n\nChief Constable Ewan Blackmore of Hollin Vale Constabulary welcomed the appointment.\n\nDeputy Chief Constable Trevail said she was proud to serve the county, where the Three Rivers Youth Trust has worked with the force since 2015.',
    ),
  },
  {
    file: '2024-03-18.txt',
    text: release(
      'Operation Larkspur enters sixth year',
      '18 March 2024',
      'Deputy Chief Constable Imogen Trevail said Operation Larkspur had cut burglary by a third. Chief Constable Ewan Blackmore of Hollin Vale Constabulary said the joint approach worked.\n\nDetective Chief Inspector Lowri Penhale thanked the Three Rivers Youth Trust for its work.',
    ),
  },
];

describe('learning British police ranks and forces', () => {
  const tb = learnTermBase(corpus);

  it('a rank before a name is a title, not a first name ("Deputy Chief Constable Trevail")', () => {
    assert.ok(tb.people.some((p) => p.fullName === 'Imogen Trevail'), tb.people.map((p) => p.fullName).join(', '));
    assert.ok(!tb.people.some((p) => /^(Constable|Inspector) /.test(p.fullName)), tb.people.map((p) => p.fullName).join(', '));
    assert.ok(roleStrings(tb, 'Imogen Trevail').some((r) => r.startsWith('Deputy Chief Constable') && r.includes('current')), roleStrings(tb, 'Imogen Trevail').join('; '));
    assert.ok(roleStrings(tb, 'Lowri Penhale').some((r) => r.startsWith('Detective Chief Inspector')), roleStrings(tb, 'Lowri Penhale').join('; '));
  });

  it('a force named "... Constabulary" and a "... Trust" are organizations; the chief constable of another force keeps it', () => {
    const names = tb.organizations.map((o) => o.name);
    assert.ok(names.includes('Hollin Vale Constabulary'), names.join(', '));
    assert.ok(names.includes('Three Rivers Youth Trust'), names.join(', '));
    const force = tb.organizations.find((o) => o.name === 'Hollin Vale Constabulary')!;
    assert.deepEqual(roleStrings(tb, 'Ewan Blackmore').map((r) => r.split(' @')[1]?.split(' ')[0]), [force.id]);
  });

  it('lints a misspelled officer, an outdated rank and a misnamed trust; the right text stays clean', () => {
    const draft = release(
      'Burglary falls again',
      '2 April 2025',
      'Deputy Chief Constable Imogen Trevall said burglary had fallen. Assistant Chief Constable Imogen Trevail will speak at the launch. The Three River Youth Trust will run the sessions.',
    );
    const found = lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)} -> ${d.suggestions[0]}`);
    assert.ok(found.includes('person-name: Trevall -> Trevail'), found.join('\n'));
    assert.ok(found.some((f) => f.startsWith('wrong-title: Assistant Chief Constable')), found.join('\n'));
    assert.ok(found.includes('org-name: River -> Rivers'), found.join('\n'));
    const clean = release(
      'Burglary falls again',
      '2 April 2025',
      'Deputy Chief Constable Imogen Trevail said burglary had fallen. Chief Constable Ewan Blackmore of Hollin Vale Constabulary and Detective Chief Inspector Lowri Penhale will speak at the launch. The Three Rivers Youth Trust will run the sessions.',
    );
    assert.deepEqual(lintText(clean, tb).map((d) => `${d.ruleId}: ${clean.slice(d.start, d.end)}`), []);
  });

  it('"Commissioner X announced that Y has been appointed Chief Constable": the post is Y\'s, not X\'s', () => {
    const tb2 = learnTermBase([
      ...corpus,
      {
        file: '2025-01-20.txt',
        text: release(
          'New Chief Constable for Kestrelmoor Police',
          '20 January 2025',
          'Police and Crime Commissioner Owen Farrant today announced that Harriet Quell has been appointed Chief Constable of Kestrelmoor Police from 1 March 2025.\n\nCommissioner Owen Farrant said the panel had been unanimous.',
        ),
      },
    ]);
    const roles = roleStrings(tb2, 'Owen Farrant');
    assert.ok(roles.length > 0 && roles.every((r) => !r.startsWith('Chief Constable')), roles.join('; '));
  });
});
