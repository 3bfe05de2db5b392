// A research institute's board and leadership changes (invented, no name of any corpus or blind set): "X will
// succeed Y as Chair of ... with effect from DATE" (the title is X's from then, Y's until then); a title with its
// field after a comma, dated ("has been appointed Deputy Chief Executive, Research with effect from ..."); a
// quotation that speaks of someone else ("As Deputy Chair he will ...," Ms Y said); and a field named by a head
// noun's plural ("General Manager, Kaupapa Partnerships"), which is no person.
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';

const release = (date: string, body: string) => `Media Release\n\nHAMILTON, ${date} – ${body}\n`;

const corpus = [
  {
    file: '2016-08-15.txt',
    text: release(
      '15 August 2016',
      'The Institute for Alpine Lake Research (IALR) has appointed Rawiri Keepa as Deputy Chair of its Board. Helen Fairbrother, Chair of IALR, welcomed the appointment. “Rawiri has served the Board well. As Deputy Chair he will lead its work with iwi,” Ms Fairbrother said. Aroha Tuhiwai, General Manager, Kaupapa Partnerships at IALR, said the work would continue.',
    ),
  },
  {
    file: '2017-03-02.txt',
    text: release(
      '2 March 2017',
      'Helen Fairbrother, Chair of IALR, opened the new laboratory. Dr Simon Greaves, Principal Scientist, Lake Chemistry at IALR, led the tour. Aroha Tuhiwai, General Manager, Kaupapa Partnerships at IALR, thanked the partners. IALR Deputy Chair Rawiri Keepa also spoke.',
    ),
  },
  {
    file: '2018-01-22.txt',
    text: release(
      '22 January 2018',
      'Dr Simon Greaves, Principal Scientist, Lake Chemistry, has been appointed Deputy Chief Executive, Research with effect from 5 February 2018. Aroha Tuhiwai, General Manager, Kaupapa Partnerships at IALR, welcomed the news.',
    ),
  },
  {
    file: '2018-06-12.txt',
    text: release(
      '12 June 2018',
      'Rawiri Keepa will succeed Helen Fairbrother as Chair of the Institute for Alpine Lake Research (IALR) with effect from 1 July 2018. Ms Fairbrother, who has chaired the Board since 2010, will retire on 30 June 2018. Dr Simon Greaves, Deputy Chief Executive, Research at IALR, thanked her.',
    ),
  },
];

describe('learning successions and comma-field titles', () => {
  const tb = learnTermBase(corpus);
  const roles = (name: string) => tb.people.find((p) => p.fullName === name)?.roles.map((r) => `${r.title} ${r.status}${r.from ? ` from ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}`) ?? [];

  it('"X will succeed Y as Chair ... with effect from DATE": Chair is X\'s from that date, and Y\'s until then', () => {
    assert.ok(roles('Rawiri Keepa').includes('Chair current from 2018-07-01'), roles('Rawiri Keepa').join(' | '));
    assert.ok(roles('Helen Fairbrother').includes('Chair former until 2018-07-01'), roles('Helen Fairbrother').join(' | '));
  });

  it('a quotation speaking of someone else gives its speaker no title ("As Deputy Chair he will ...," Ms Y said)', () => {
    assert.ok(!roles('Helen Fairbrother').some((r) => r.startsWith('Deputy Chair')), roles('Helen Fairbrother').join(' | '));
  });

  it('a field named by a head noun\'s plural is no person ("General Manager, Kaupapa Partnerships")', () => {
    assert.ok(!tb.people.some((p) => /Partnerships/.test(p.fullName)), tb.people.map((p) => p.fullName).join(' | '));
    assert.ok(roles('Aroha Tuhiwai').some((r) => r.startsWith('General Manager')), roles('Aroha Tuhiwai').join(' | '));
  });

  it('a title with its field, dated "with effect from", ends the title held before', () => {
    assert.ok(roles('Simon Greaves').some((r) => r.startsWith('Deputy Chief Executive') && r.includes('from 2018-02-05')), roles('Simon Greaves').join(' | '));
  });

  it('lints a 2026 draft: the new Chair is right, the former one is flagged', () => {
    const right = release('10 March 2026', 'IALR Chair Rawiri Keepa opened the season. Aroha Tuhiwai, General Manager, Kaupapa Partnerships at IALR, spoke.');
    assert.deepEqual(lintText(right, tb).map((d) => `${d.ruleId}: ${right.slice(d.start, d.end)}`), []);
    const wrong = release('10 March 2026', 'IALR Deputy Chair Rawiri Keepa opened the season.');
    assert.deepEqual(lintText(wrong, tb).map((d) => `${d.ruleId}: ${wrong.slice(d.start, d.end)} -> ${d.suggestions[0]}`), ['wrong-title: Deputy Chair -> Chair']);
  });
});

// A federal agency's wire-service releases (invented): "OTTAWA, ON, March 8, 2018 /CNW/ - " datelines; "announced
// the appointment of X as ..., effective immediately"; "Ms. X has served as Interim ... since ..., following the
// retirement of Paul Y" (Ms. X, not Paul Y, held the interim post, though another Tremblay-Roy is named); "Élise Z, Regional Director, Prairie Region, has
// been named Vice-President, Operations, effective October 2, 2023" ("Prairie Region" is the title's field).
describe('learning a wire-service agency\'s leadership changes', () => {
  const wire = (date: string, body: string) => `News Release\n\nAgency news\n\nREGINA, SK, ${date} /CNW/ - ${body}\n`;
  const tb = learnTermBase([
    {
      file: '2017-06-22.txt',
      text: wire(
        'June 22, 2017',
        'The Board of Directors of the Prairie Lakes Fisheries Agency (PLFA) today announced that Paul Ingvarsen, President and Chief Executive Officer since 2011, will retire on June 30, 2017. Nadine Tremblay-Roy, currently Vice-President, Science and Stock Assessment, has been named Interim President and Chief Executive Officer, effective July 1, 2017.',
      ),
    },
    {
      file: '2018-03-08.txt',
      text: wire(
        'March 8, 2018',
        'The Honourable Dominique Lapointe, Minister of Fisheries, today announced the appointment of Nadine Tremblay-Roy as President and Chief Executive Officer of the Prairie Lakes Fisheries Agency (PLFA), effective immediately. Ms. Tremblay-Roy has served as Interim President and Chief Executive Officer since July 1, 2017, following the retirement of Paul Ingvarsen. Élise Carignan, Regional Director, Prairie Region, attended. Marc Tremblay-Roy, President of the Lake Fishers Cooperative, welcomed the appointment.',
      ),
    },
    {
      file: '2023-08-17.txt',
      text: wire(
        'August 17, 2023',
        'The Minister also announced that Élise Carignan, Regional Director, Prairie Region, has been named Vice-President, Operations, effective October 2, 2023. Nadine Tremblay-Roy, President and Chief Executive Officer, welcomed her.',
      ),
    },
  ]);
  const roles = (name: string) => tb.people.find((p) => p.fullName === name)?.roles.map((r) => `${r.title} ${r.status}${r.from ? ` from ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}`) ?? [];

  it('dates the appointment "effective immediately" to the release\'s date, ending the interim post then', () => {
    const r = roles('Nadine Tremblay-Roy');
    assert.ok(r.includes('President and Chief Executive Officer current from 2018-03-08'), r.join(' | '));
    assert.ok(r.includes('Interim President and Chief Executive Officer former from 2017-07-01 until 2018-03-08'), r.join(' | '));
  });

  it('gives the interim post to the person named before "as", not to the one named after it', () => {
    assert.ok(!roles('Paul Ingvarsen').some((x) => x.startsWith('Interim')), roles('Paul Ingvarsen').join(' | '));
  });

  it('reads "Regional Director, Prairie Region" as a title and its field, not a person "Prairie Region"', () => {
    assert.ok(!tb.people.some((p) => /Region/.test(p.fullName)), tb.people.map((p) => p.fullName).join(' | '));
    assert.ok(roles('Élise Carignan').includes('Vice-President current from 2023-10-02'), roles('Élise Carignan').join(' | '));
  });
});

describe('one office written long and short ("Chair of the Board", "Chair" of the Board of the Institute)', () => {
  const news = (date: string, body: string) => `Media release\n\n${date}\n\nDARWIN, ${date} — ${body}\n`;
  const tb = learnTermBase([
    {
      file: '2022-08-16.txt',
      text: news(
        '16 August 2022',
        'The Minister today announced the appointment of Professor Ruth Calloway AO as Chair of the Board of the Institute for Savanna Ecology (ISE) from 1 September 2022. "As Chair of the Board I will make sure we keep listening," Professor Calloway said.',
      ),
    },
    { file: '2019-03-01.txt', text: news('1 March 2019', 'Professor Ruth Calloway AO, Chief Executive Officer of the Institute for Savanna Ecology (ISE), opened a field station in Katherine.') },
    { file: '2020-06-30.txt', text: news('30 June 2020', 'Professor Ruth Calloway AO today steps down as Chief Executive Officer of the Institute for Savanna Ecology (ISE). Professor Calloway led ISE for eight years.') },
  ]);

  it('a new dated sighting of the office does not end its long form', () => {
    const draft = news('12 February 2025', 'Chair of the Board Professor Ruth Calloway AO said the result reflected a decade of work.');
    assert.deepEqual(lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)}`), []);
  });
});

describe('a title with its place, dated ("confirmed as Head of Delegation in Mali with effect from 1 March 2018")', () => {
  const news = (date: string, body: string) => `Press release\n\nGeneva, ${date} – ${body}\n`;
  const tb = learnTermBase([
    { file: '2017-05-30.txt', text: news('30 May 2017', 'Awa Keïta, Acting Head of Delegation in Mali since February 2017, visited Mopti. Ms Keïta said the clinics were full.') },
    { file: '2018-04-17.txt', text: news('17 April 2018', 'Awa Keïta, who was confirmed as Head of Delegation in Mali with effect from 1 March 2018, having served as Acting Head of Delegation since February 2017, said stocks were ready.') },
  ]);

  it('dates the title from then', () => {
    const r = tb.people.find((p) => p.fullName === 'Awa Keïta')?.roles.map((x) => `${x.title} ${x.from ?? ''}`) ?? [];
    assert.ok(r.includes('Head of Delegation 2018-03-01'), r.join(' | '));
  });

  it('so a release from before her acting post, with her title then, is not flagged', () => {
    const draft = news('19 January 2017', 'Awa Keïta, currently Nutrition Coordinator in the Mali delegation, will serve as Acting Head of Delegation in Mali from 1 February 2017.');
    assert.deepEqual(lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)}`), []);
  });
});
