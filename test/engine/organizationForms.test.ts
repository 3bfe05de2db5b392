// How organizations are named around titles, in an invented hospital group's releases (no name of any corpus or
// blind set): a qualified name before an acronym that spells only its end ("NHS North Fenland Integrated Care
// Board (ICB)") is one organization; a known title "of" another known body is the wrong organization, not the
// wrong title; a known name with its head noun moved ("University of Brindle") is that name misnamed.
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';
import { roleStrings } from './corpora';

const release = (headline: string, date: string, body: string) => `${headline}\n\nFENCHURCH, ${date} – ${body}\n`;

const corpus = [
  {
    file: '2022-03-14.txt',
    text: release(
      'Fenchurch Hospitals opens day surgery unit',
      '14 March 2022',
      'Fenchurch Hospitals NHS Foundation Trust opened its day surgery unit today. Dr Odile Marchbank, Medical Director of NHS North Fenland Integrated Care Board (ICB), said the unit would shorten waits. Professor Hollis Carrow, Vice-Chancellor of Brindle University, said nursing students would train there. Gemma Tallis, Chief Executive of Fenland Cancer Relief (FCR), thanked donors.',
    ),
  },
  {
    file: '2023-05-02.txt',
    text: release(
      'Day surgery unit treats 5,000th patient',
      '2 May 2023',
      'The day surgery unit at Fenchurch Hospitals NHS Foundation Trust has treated its 5,000th patient. Dr Odile Marchbank, Medical Director of the ICB, said the ICB would fund a second theatre. Professor Hollis Carrow, Vice-Chancellor of Brindle University, opened a training suite. Gemma Tallis, Chief Executive of FCR, said: "Our volunteers are there every day." Fenchurch Hospitals Charity paid for the new chairs.',
    ),
  },
];

const findings = (tb: ReturnType<typeof learnTermBase>, draft: string) => lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)} -> ${d.suggestions[0] ?? ''}`);

describe('organization names around titles', () => {
  const tb = learnTermBase(corpus);
  const icb = () => tb.organizations.find((o) => o.acronym === 'ICB')!;

  it('learns "NHS North Fenland Integrated Care Board (ICB)" as one organization, the acronym spelling its end', () => {
    assert.ok(icb(), tb.organizations.map((o) => o.name).join(', '));
    assert.ok(icb().variants.includes('NHS North Fenland Integrated Care Board'), JSON.stringify(icb()));
    assert.ok(!tb.organizations.some((o) => o.name === 'NHS North Fenland Integrated Care Board'), 'not a second organization');
    assert.deepEqual(roleStrings(tb, 'Odile Marchbank').map((r) => r.split(' ').slice(0, 3).join(' ')), [`Medical Director @${icb().id}`]);
  });

  it('the full name and the acronym are both the role\'s organization', () => {
    const draft = release('Second theatre opens', '9 February 2026', 'Dr Odile Marchbank, Medical Director of NHS North Fenland Integrated Care Board (ICB), opened the second theatre. The ICB paid for it.');
    assert.deepEqual(findings(tb, draft), []);
  });

  it('a known title "of" another known body: the organization is wrong, not the title', () => {
    const trust = release('Second theatre opens', '9 February 2026', 'Fenchurch Hospitals NHS Foundation Trust opened a second theatre. Dr Odile Marchbank, Medical Director of the Trust, cut the ribbon.');
    assert.deepEqual(findings(tb, trust), ['title-org-mismatch: Trust -> ICB']);
    const charity = release('Volunteers honoured', '9 February 2026', 'Gemma Tallis, Chief Executive of Fenchurch Hospitals Charity, thanked the volunteers.');
    assert.deepEqual(findings(tb, charity), ['title-org-mismatch: Fenchurch Hospitals Charity -> Fenland Cancer Relief']);
  });

  it('the role\'s own organization by its head noun alone ("Chair of the Trust") is no other body', () => {
    const trustTb = learnTermBase([
      { file: '2022-03-14.txt', text: release('Trust opens unit', '14 March 2022', 'Maureen Alcott, Chair of Fenchurch Hospitals NHS Foundation Trust, opened the unit.') },
      { file: '2023-05-02.txt', text: release('Trust thanks staff', '2 May 2023', 'Maureen Alcott, Chair of Fenchurch Hospitals NHS Foundation Trust, thanked the staff.') },
    ]);
    const own = release('Volunteers honoured', '9 February 2026', 'Maureen Alcott, Chair of the Trust, thanked the volunteers.');
    assert.deepEqual(findings(trustTb, own), []);
  });

  it('"University of Brindle" is "Brindle University" misnamed, and the title keeps its own style check', () => {
    const draft = release('Training suite expands', '9 February 2026', 'Professor Hollis Carrow, Vice Chancellor of University of Brindle, opened the suite.');
    assert.deepEqual(findings(tb, draft).sort(), ['case-hyphen: Vice Chancellor -> Vice-Chancellor', 'org-name: University of Brindle -> Brindle University']);
    const right = release('Training suite expands', '9 February 2026', 'Professor Hollis Carrow, Vice-Chancellor of Brindle University, opened the suite. The University of Kent sent observers.');
    assert.deepEqual(findings(tb, right), []);
  });
});

describe('a body renamed, and a post named by its profession', () => {
  const notice = (headline: string, date: string, body: string, body2: string) => `${headline}\n\nFENCHURCH, ${date} – ${body}\n\nMedia enquiries: Ms. Lorna Beddoe, Press Officer, ${body2} Secretariat, Fenchurch.\n`;
  const tb = learnTermBase([
    { file: '2019-04-01.txt', text: notice('Partnership publishes waiting-time audit', '1 April 2019', 'The Fenland Health Partnership (FHP) published its audit today. Chief Scientist Petra Vance said the data were complete.', 'FHP') },
    { file: '2020-04-01.txt', text: notice('Partnership audit shows shorter waits', '1 April 2020', 'The FHP published its second audit. Chief Scientist Petra Vance presented it to member hospitals.', 'FHP') },
    { file: '2021-04-01.txt', text: notice('Partnership becomes Fenland Health Board', '1 April 2021', 'The Fenland Health Partnership is now the Fenland Health Board (FHB). Chief Scientist Petra Vance will lead its research unit.', 'FHB') },
    { file: '2022-04-01.txt', text: notice('Board publishes its first audit', '1 April 2022', 'The Fenland Health Board (FHB) published its first audit. Chief Scientist Petra Vance said waits fell again.', 'FHB') },
  ]);

  it('learns "Chief Scientist" as a title', () => {
    assert.ok(tb.people.some((p) => p.fullName === 'Petra Vance' && p.roles.some((r) => r.title === 'Chief Scientist')), JSON.stringify(tb.people.map((p) => [p.fullName, p.roles.map((r) => r.title)])));
  });

  it('the same title at the body before and after its renaming: the one written is the role\'s, and "Secretariat of the FHB" is no other name', () => {
    const draft = notice('Board publishes 2026 audit', '1 April 2026', 'The Fenland Health Board (FHB) published its audit. Chief Scientist Petra Vance thanked the Secretariat of the FHB.', 'FHB');
    assert.deepEqual(findings(tb, draft), []);
  });
});
