// Partners' titles in an invented university's releases (test/engine/corpora.ts, moorvaleTermBase): a hospital
// trust defined with the acronym of its first words ("Moorvale Community Hospitals NHS Foundation Trust (MCH)"),
// and a chief operating officer of a body the corpus names only by an undefined acronym ("Chief Operating Officer
// of DRT"), who is not given the one other organization that has a Chief Operating Officer.
import assert from 'node:assert/strict';
import { moorvaleTermBase, roleStrings } from './corpora';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';

describe('learning partners\' titles (invented Moorvale corpus)', () => {
  it('defines an acronym spelled by the first words of a name that ends in a national body\'s acronym and its kind ("... NHS Foundation Trust (MCH)")', () => {
    const tb = moorvaleTermBase();
    const mch = tb.organizations.find((o) => o.acronym === 'MCH');
    assert.equal(mch?.name, 'Moorvale Community Hospitals NHS Foundation Trust');
    assert.deepEqual(roleStrings(tb, 'Helen Ashworth'), ['Chief Executive @MCH current']);
  });

  it('gives "Chief Operating Officer of DRT" no organization rather than the only other one with that title', () => {
    const tb = moorvaleTermBase();
    assert.deepEqual(roleStrings(tb, 'Grace Ibe'), ['Chief Operating Officer @MCH current']);
    assert.deepEqual(roleStrings(tb, 'Tariq Osman'), ['Chief Operating Officer current']);
    assert.deepEqual(roleStrings(tb, 'Martin Cole'), ['Chief Executive @DLT current']);
  });
});

// An invented provincial department's releases (made up here): a national department named after a lower-case
// word of level ("the national Department of Rail and Ports"), municipalities, and an office named after its head.
const province = (file: string, date: string, body: string) => ({ file, text: `Media Statement\n\nDepartment of Public Works news\n\nBhisho, ${date} – ${body}\n` });
const provinceCorpus = [
  province('2016-02-01-a.txt', '1 February 2016', 'The national Department of Rail and Ports (DRP) has contributed R30 million. The Acting Director-General of the DRP, Lerato Sibiya, said the grant was the first of three. The Executive Mayor of the Qumbu Local Municipality (QLM), Andile Nqweni, welcomed the grant. The Office of the Premier (OTP) will co-ordinate the work.'),
  province('2017-06-12-b.txt', '12 June 2017', 'The Director-General of the national Department of Rail and Ports (DRP), Lerato Sibiya, visited the site. The Executive Mayor of the Qumbu Local Municipality, Andile Nqweni, said the road was ready. The Director-General in the Office of the Premier, Sipho Dlamini, attended.'),
];

describe('learning titles in a provincial government\'s releases (invented)', () => {
  const tb = learnTermBase(provinceCorpus);

  it('reads "The Director-General of the national Department of ... (DRP), Lerato Sibiya" as her title at that department', () => {
    assert.ok(roleStrings(tb, 'Lerato Sibiya').includes('Director-General @DRP current'), roleStrings(tb, 'Lerato Sibiya').join('; '));
  });

  it('takes a municipality for an organization, not for a person', () => {
    assert.ok(tb.organizations.some((o) => o.name === 'Qumbu Local Municipality' && o.acronym === 'QLM'));
    assert.ok(!tb.people.some((p) => /Municipality/.test(p.fullName)), tb.people.map((p) => p.fullName).join(', '));
    assert.deepEqual(roleStrings(tb, 'Andile Nqweni'), ['Executive Mayor @QLM current']);
  });

  it('learns no title "Premier" from "the Office of the Premier"', () => {
    assert.ok(!tb.titles.some((t) => t.form === 'Premier'), tb.titles.map((t) => t.form).join(', '));
    assert.ok(!tb.people.some((p) => p.roles.some((r) => r.title === 'Premier')));
  });
});

// An interim head and the head who follows (invented): the interim holder's own post waits for her, and the interim
// post ends when the new head starts.
const uni = (file: string, date: string, body: string) => ({ file, text: `Press Release\n\nMoorvale University news\n\nHarrogate, ${date} – ${body}\n` });
const interimCorpus = [
  uni('2015-05-01-a.txt', '1 May 2015', 'Moorvale University (MU) opened a new library. Professor Jane Odell, Deputy Vice-Chancellor, said the library would open at weekends.'),
  uni('2016-12-01-b.txt', '1 December 2016', 'Professor Jane Odell has been appointed Interim Vice-Chancellor with effect from 1 January 2017, while the University searches for a new Vice-Chancellor.'),
  uni('2017-04-01-c.txt', '1 April 2017', 'Dame Ruth Kellaway has been appointed Vice-Chancellor of Moorvale University (MU) with effect from 1 May 2017. Professor Jane Odell, Interim Vice-Chancellor, welcomed the appointment.'),
  uni('2017-09-20-d.txt', '20 September 2017', 'Dame Ruth Kellaway, Vice-Chancellor of Moorvale University, welcomed 4,000 new students.'),
];

describe('learning an interim head\'s post (invented)', () => {
  it('ends the interim post when the new head starts, and keeps the holder\'s own post', () => {
    const tb = learnTermBase(interimCorpus);
    const roles = roleStrings(tb, 'Jane Odell');
    assert.ok(roles.includes('Interim Vice-Chancellor former from 2017-01-01 until 2017-05-01'), roles.join('; '));
    assert.ok(roles.some((r) => r.startsWith('Deputy Vice-Chancellor') && r.includes('current')), roles.join('; '));
  });

  it('so a later release with her own title again is not a wrong title', () => {
    const tb = learnTermBase(interimCorpus);
    const draft = uni('2018-03-01-d.txt', '1 March 2018', 'Professor Jane Odell, Deputy Vice-Chancellor, opened the new laboratory.').text;
    assert.deepEqual(lintText(draft, tb).map((d) => d.ruleId), []);
  });
});

// AP-style releases of an invented transit agency: the date in parentheses after the dateline, "General Manager and
// CEO" as one title, an interim general manager later seen in the post itself.
const transit = (file: string, date: string, body: string) => ({ file, text: `News Release\n\nCedar Valley Transit news\n\nCEDAR FALLS, Iowa (${date}) — ${body}\n` });
const transitCorpus = [
  transit('2016-03-01-a.txt', 'March 1, 2016', 'The Cedar Valley Transit Authority (CVTA) opened a new garage. "Our riders deserve better buses," said General Manager and CEO Ruth Alder. Chief Operating Officer Marco Vance said the garage would hold 80 buses.'),
  transit('2017-02-01-b.txt', 'Feb. 1, 2017', 'Interim General Manager Marco Vance said ridership rose 4 percent in 2016. Ruth Alder retired in December.'),
  transit('2017-09-05-c.txt', 'Sept. 5, 2017', 'General Manager and CEO Marco Vance said the new routes would start in January. "We listened to riders," Vance said.'),
];

describe('learning an AP-style agency\'s titles (invented)', () => {
  const tb = learnTermBase(transitCorpus);

  it('dates each release from its dateline, and reads "General Manager and CEO" as one title', () => {
    assert.deepEqual(tb.documents.map((d) => d.date), ['2016-03-01', '2017-02-01', '2017-09-05']);
    assert.ok(roleStrings(tb, 'Ruth Alder').some((r) => r.startsWith('General Manager and CEO')), roleStrings(tb, 'Ruth Alder').join('; '));
  });

  it('ends the interim post when the person is first seen in the post itself', () => {
    const roles = roleStrings(tb, 'Marco Vance');
    assert.ok(roles.includes('Interim General Manager former until 2017-09-05'), roles.join('; '));
    const draft = transit('2026-03-02-d.txt', 'March 2, 2026', '"Ridership is back," said Interim General Manager Marco Vance.').text;
    assert.deepEqual(lintText(draft, tb).map((d) => [d.ruleId, draft.slice(d.start, d.end)]), [['wrong-title', 'Interim General Manager']]);
  });

  it('leaves the title in lower case with its acronym ("general manager and CEO") to AP style', () => {
    const draft = transit('2026-03-02-d.txt', 'March 2, 2026', 'Ruth Alder, who served as general manager and CEO until 2016, cut the ribbon.').text;
    assert.deepEqual(lintText(draft, tb).map((d) => d.ruleId), []);
  });
});

// South African government style (invented): a title's field after a colon ("Chief Director: Road Safety").
const colonCorpus = [
  province('2016-03-01-c.txt', '1 March 2016', 'The Chief Director: Road Safety, Thandeka Mthembu, said 40 crossings would be lit. Sibusiso Ngcobo, currently Chief Director: Bridge Works, has been appointed Deputy Director-General with effect from 1 April 2016.'),
  province('2017-04-10-d.txt', '10 April 2017', 'The Chief Director: Road Safety, Thandeka Mthembu, said the Easter death toll had fallen. Ms Mthembu thanked the traffic officers.'),
];

describe('learning titles with a field after a colon (invented)', () => {
  const tb = learnTermBase(colonCorpus);

  it('reads "The Chief Director: Road Safety, Thandeka Mthembu," as her title, and takes no field for a person', () => {
    assert.ok(roleStrings(tb, 'Thandeka Mthembu').some((r) => r.startsWith('Chief Director')), tb.people.map((p) => p.fullName).join(', '));
    assert.ok(!tb.people.some((p) => /Road Safety|Bridge Works/.test(p.fullName)), tb.people.map((p) => p.fullName).join(', '));
  });

  it('so her name misspelled is found, and a traffic inspector with a near name is someone else', () => {
    const slip = province('2026-03-02-e.txt', '2 March 2026', 'The Chief Director: Road Safety, Thandeka Mthembo, said the N2 would get 12 new cameras.').text;
    assert.deepEqual(lintText(slip, tb).map((d) => [d.ruleId, slip.slice(d.start, d.end)]), [['person-name', 'Mthembo']]);
    const other = province('2026-03-02-f.txt', '2 March 2026', 'Provincial Traffic Inspector Thandiwe Mthembu, who has patrolled the N2 for 14 years, said most crashes happen at night.').text;
    assert.deepEqual(lintText(other, tb).map((d) => d.ruleId), []);
  });
});

describe('an acting head of department confirmed in the post (invented)', () => {
  const tb = learnTermBase([
    province('2015-08-20-g.txt', '20 August 2015', 'Lindiwe Zungu, currently Chief Director: Planning, has been appointed Acting Head of Department with effect from 1 September 2015.'),
    province('2016-03-03-h.txt', '3 March 2016', 'Lindiwe Zungu, who has been Acting Head of Department since September 2015, has been appointed Head of Department with effect from 1 March 2016.'),
    province('2017-05-01-i.txt', '1 May 2017', 'The Head of Department, Lindiwe Zungu, opened the new testing station.'),
  ]);

  it('ends the acting title on the day the post itself began, though the release that says so names both', () => {
    const roles = roleStrings(tb, 'Lindiwe Zungu');
    assert.ok(roles.some((r) => r.startsWith('Acting Head of Department former') && r.endsWith('until 2016-03-01')), roles.join('; '));
    const draft = province('2026-03-02-j.txt', '2 March 2026', 'Acting Head of Department Lindiwe Zungu said the roads budget had grown.').text;
    assert.deepEqual(lintText(draft, tb).map((d) => [d.ruleId, draft.slice(d.start, d.end)]), [['wrong-title', 'Acting Head of Department']]);
  });
});

// An invented Crown corporation (CNW datelines): a successor named with the predecessor's courtesy title, a programme's
// slip in a release of its own.
const crown = (file: string, date: string, body: string) => ({ file, text: `News Release\n\nCorporation news\n\nOTTAWA, ${date} /CNW/ - ${body}\n` });
const crownCorpus = [
  crown('2018-05-01-a.txt', 'May 1, 2018', 'The Canadian Grid Renewal Corporation (CGRC) today launched the Northern Microgrid Deployment Project. Omar Siddiqui, Director, Grid Programs, said the Northern Microgrid Deployment Project would reach 12 communities. Ms. Alicia Ferrand, Vice-President, Operations, welcomed the launch. The Northern Microgrid Deployment Project is funded for five years.'),
  crown('2019-11-26-b.txt', 'November 26, 2019', 'Ms. Alicia Ferrand has been appointed Executive Vice-President and Chief Operating Officer with effect from January 1, 2020. Omar Siddiqui, Director, Grid Programs, will succeed Ms. Ferrand as Vice-President, Operations, also with effect from January 1, 2020.'),
  crown('2021-03-01-c.txt', 'March 1, 2021', 'The Northern Microgrid Deployment Projet completed its first phase. Omar Siddiqui, Vice-President, Operations, thanked the communities.'),
];

describe('learning an invented Crown corporation', () => {
  const tb = learnTermBase(crownCorpus);

  it('"will succeed Ms. Ferrand as Vice-President, Operations, also with effect from ..." gives the successor the title from that date', () => {
    assert.ok(roleStrings(tb, 'Omar Siddiqui').some((r) => r.startsWith('Vice-President') && r.includes('from 2020-01-01')), roleStrings(tb, 'Omar Siddiqui').join('; '));
  });

  it('a programme\'s name written once otherwise, in as many releases as the name, is a slip ("Projet"), not another name', () => {
    assert.ok(tb.suspectedErrors.some((e) => e.form === 'Northern Microgrid Deployment Projet'), JSON.stringify(tb.suspectedErrors.map((e) => e.form)));
    assert.ok(!tb.programmes.some((p) => p.forms.includes('Northern Microgrid Deployment Projet')));
  });
});
