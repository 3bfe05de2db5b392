// wrong-title and time: a draft that announces a title itself, a draft dated before the corpus says a title began,
// a past title told as past ("who was ... from 2012 to 2020"), and the learner's reading of role changes that feed
// the rule ("was confirmed as", a past "as Executive Director" in a release that shows the title held).
// Each case is the shape of a published release linted against the releases before or after it (the
// leave-one-out runs on the invented corpora, test/engine/leaveOneOut.test.ts); names are made up.
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';
import type { TermBase } from '../../server/src/engine/types';
import { expectClean, expectFlagAndFix, release } from './helpers';

const RULE = 'wrong-title';
const learn = (...texts: string[]): TermBase => learnTermBase(texts.map((text, i) => ({ file: `r${i}.txt`, text })));
const rolesOf = (tb: TermBase, name: string) => tb.people.find((p) => p.fullName === name)?.roles.map((r) => `${r.title}: ${r.status}`);

describe('rules: wrong-title over time', () => {
  // A water department: its undersecretary, seen in two releases.
  const department = () =>
    learn(
      release('Permits go online', '14 March 2022', 'SALTON, March 14, 2022 – The Department of Water Supply (DWS) opened its permit portal today. “Permits now take days,” said Marek Duval, Undersecretary for Water Quality at the DWS.'),
      release('River survey published', '3 October 2022', 'SALTON, October 3, 2022 – Marek Duval, Undersecretary for Water Quality at the DWS, presented the river survey to the press.'),
    );

  it('a draft that announces the title itself ("who was appointed Deputy Secretary on January 9, 2023")', () => {
    const draft = release('Drought office opens', 'February 2, 2023', 'SALTON, February 2, 2023 – The DWS opened its drought office today. Marek Duval, who was appointed Deputy Secretary on January 9, 2023, will lead it.');
    expectClean(draft, department(), RULE);
  });

  it('still flags the same title when the draft only uses it', () => {
    const draft = release('Drought office opens', 'February 2, 2023', 'SALTON, February 2, 2023 – The DWS opened its drought office today. Deputy Secretary Marek Duval will lead it.');
    expectFlagAndFix(draft, department(), RULE, [{ text: 'Deputy Secretary', fix: 'Undersecretary for Water Quality' }]);
  });

  // A city whose council member is elected mayor, and a board whose vice chair becomes chair.
  const city = () =>
    learn(
      release('Council passes budget', 'June 3, 2018', 'ASHBURN, June 3, 2018 – Councilmember Dana R. Whitfield, who chairs the Finance Committee, presented the budget.'),
      release('Parks plan adopted', 'May 9, 2019', 'ASHBURN, May 9, 2019 – “Every child should live near a park,” said Councilmember Dana R. Whitfield.'),
    );

  it('the release that announces the new title ("was sworn in today as the 54th Mayor"), and its later uses ("Mayor Whitfield")', () => {
    const draft = release('Whitfield sworn in as Mayor', 'January 6, 2020', 'ASHBURN, January 6, 2020 – Dana R. Whitfield was sworn in today as the 54th Mayor of Ashburn, succeeding Harold Ames. Mayor Whitfield thanked the voters.');
    expectClean(draft, city(), RULE);
  });

  it('the title before "who assumed office on ..." ("Chair of the Governing Board, who assumed office on January 1, 2023")', () => {
    const tb = learn(
      release('Board meets', 'March 2, 2021', 'BANGKOK, March 2, 2021 — Keiko Sato, Vice Chair of the Governing Board of the Tide Center (TCR), opened the session.'),
      release('Board meets', 'March 8, 2022', 'BANGKOK, March 8, 2022 — Keiko Sato, Vice Chair of the Governing Board of the TCR, closed the session.'),
    );
    const draft = release('Board meets', 'March 12, 2024', 'BANGKOK, March 12, 2024 — The session was chaired by Keiko Sato, Chair of the Governing Board of the TCR, who assumed office on January 1, 2023.');
    expectClean(draft, tb, RULE);
  });

  it('still flags a past title the sentence of the appointment tells of ("took office as Secretary General ..., after seven years as Deputy Secretary General")', () => {
    const tb = learn(
      release('Council meets', '26 June 2010', 'BRUSSELS, 26 June 2010 – Secretary General Haruki Tanabe of the Maritime Customs Council (MCC) opened the session.'),
      release('Council meets', '24 June 2011', 'BRUSSELS, 24 June 2011 – Haruki Tanabe, Secretary General of the MCC, closed the session.'),
    );
    const draft = release('Council meets', '26 June 2009', 'BRUSSELS, 26 June 2009 – It was the first session since Haruki Tanabe took office as Secretary General on 1 January 2009, after seven years as Deputy Secretary General. Opening it, Deputy Secretary General Haruki Tanabe set out three priorities.');
    expectFlagAndFix(draft, tb, RULE, [{ text: 'Deputy Secretary General', fix: 'Secretary General' }]);
  });

  it('"resumes his duties as Deputy Executive Director" (learned from the corpus, and said in the draft)', () => {
    const tb = learn(
      release('Deputy appointed', '5 December 2018', 'VIENNA, 5 December 2018 – The Board today appointed Luc Maes as Deputy Executive Director of the Danube Shipping Agency (DSA) with effect from 1 January 2019.'),
      release('Interim head', '30 July 2021', 'VIENNA, 30 July 2021 – The Board designated the Deputy Executive Director, Luc Maes, as Executive Director ad interim from 1 September 2021.'),
      release('New Executive Director', '1 March 2022', 'VIENNA, 1 March 2022 – Eva Horvat took office today as Executive Director of the DSA. She thanked Luc Maes, who served as Executive Director ad interim from 1 September 2021 and today resumes his duties as Deputy Executive Director.'),
    );
    expectClean(release('Forum opens', '26 June 2025', 'VIENNA, 26 June 2025 – Luc Maes, Deputy Executive Director, opened the forum.'), tb, RULE);
  });

  it('the title with a proper name after "of" that the corpus does not know as an organization ("Chief Financial Officer of Talvex")', () => {
    const tb = learn(
      release('Talvex appoints finance chief', '12 February 2019', 'PITTSBURGH, February 12, 2019 – Talvex Rail Systems Ltd (TRS) today appointed Daniel Oyelaran as Chief Financial Officer.'),
      release('Talvex results', '12 February 2020', 'PITTSBURGH, February 12, 2020 – “Our cash flow doubled,” said Daniel Oyelaran, Chief Financial Officer.'),
    );
    expectClean(release('Talvex invests', 'September 22, 2020', 'PITTSBURGH, September 22, 2020 – Daniel Oyelaran, Chief Financial Officer of Talvex, said the plan was funded.'), tb, RULE);
    // A common noun after "of" makes another title.
    expectFlagAndFix(release('Talvex invests', 'September 22, 2020', 'PITTSBURGH, September 22, 2020 – Daniel Oyelaran, Chief Officer of Operations, said the plan was funded.'), tb, RULE, [{ text: 'Chief Officer of Operations', fix: 'Chief Financial Officer' }]);
  });

  it('an appointment to a longer title is not one to its last words ("appointed Deputy Secretary" does not give "Secretary")', () => {
    const draft = release('Drought office opens', 'February 2, 2023', 'SALTON, February 2, 2023 – Marek Duval, who was appointed Deputy Secretary on January 9, 2023, will lead it. Secretary Marek Duval thanked the staff.');
    expectFlagAndFix(draft, department(), RULE, [{ text: 'Secretary', fix: 'Undersecretary' }]);
  });

  // A university's president, seen in two releases.
  const university = () =>
    learn(
      release('Library opens', 'March 3, 2015', 'ASHFORD, Ill., March 3, 2015 – “Students asked for it,” said Halloran College President Gordon Prye.'),
      release('Budget approved', 'June 9, 2016', 'ASHFORD, Ill., June 9, 2016 – President Gordon Prye thanked the Board of Trustees of Halloran College.'),
    );

  it('the honorary form of a title held ("President Emeritus Gordon Prye") and a past one in one word ("Then-President Prye")', () => {
    const draft = release('Lecture series named', 'April 2, 2026', 'ASHFORD, Ill., April 2, 2026 – President Emeritus Gordon Prye opened the lecture series. Then-President Prye had founded it in 2015.');
    expectClean(draft, university(), RULE);
  });

  it('a title to come ("President-elect Gordon Prye", "Assistant Governor-designate")', () => {
    const tb = learn(
      release('Budget approved', 'June 9, 2016', 'ASHFORD, Ill., June 9, 2016 – Provost Gordon Prye of Halloran College presented the budget.'),
      release('Library opens', 'March 3, 2017', 'ASHFORD, Ill., March 3, 2017 – “Students asked for it,” said Provost Gordon Prye.'),
    );
    expectClean(release('Board names president', 'May 5, 2018', 'ASHFORD, Ill., May 5, 2018 – President-elect Gordon Prye will take office on July 1.'), tb, RULE);
  });

  // A company that appointed its President from a stated date.
  const company = () =>
    learn(
      release('Vantor Grid appoints President', '12 February 2019', 'OSLEY, February 12, 2019 – The Board of Vantor Grid Corporation (VGC) appointed Rui Almeida as President of the VGC from January 2018, it said today.'),
      release('Vantor Grid results', '22 September 2020', 'OSLEY, September 22, 2020 – Rui Almeida, President of the VGC, presented the results.'),
    );

  it('a draft dated before every title the corpus says the person took up (a release from before the appointment)', () => {
    const draft = release('Vantor Grid opens a laboratory', 'September 5, 2017', 'OSLEY, September 5, 2017 – “The laboratory tests the grid of the next decade,” said Rui Almeida, Vice President, Engineering at VGC.');
    expectClean(draft, company(), RULE);
  });

  it('flags the same title in a draft dated after the appointment', () => {
    const draft = release('Vantor Grid opens a laboratory', 'September 5, 2021', 'OSLEY, September 5, 2021 – “The laboratory tests the grid of the next decade,” said Rui Almeida, Vice President, Engineering at VGC.');
    expectFlagAndFix(draft, company(), RULE, [{ text: 'Vice President', fix: 'President' }]);
  });

  it('a past title told as past after the name: "who was ... Chief Executive Officer from 2012 to 2020"', () => {
    const tb = learn(
      release('Institute names chief executive', '2 March 2012', 'CAIRNS, 2 March 2012 — The Board of the Tropical Fever Institute (TFI) today appointed Professor Nadia Lowe as Chief Executive Officer of the TFI.'),
      release('Professor Lowe retires', '30 June 2020', 'CAIRNS, 30 June 2020 — Professor Nadia Lowe retired today as Chief Executive Officer of the TFI.'),
      release('Lowe chairs the Board', '5 May 2021', 'CAIRNS, 5 May 2021 — Professor Nadia Lowe, Chair of the Board of the TFI, opened the new laboratory.'),
    );
    const draft = release('Board meets', '16 August 2022', 'CAIRNS, 16 August 2022 — The Board met today. Professor Lowe, who was TFI Chief Executive Officer from 2012 to 2020, chaired the meeting.');
    expectClean(draft, tb, RULE);
  });

  it('"was confirmed as Chief Executive" (undated) keeps the title after the acting one that preceded it', () => {
    const tb = learn(
      release('Agency signs partnership', '2 July 2019', 'PORT HALSEY, 2 July 2019 – Ms Lena Ormsby, Acting Chief Executive of the Tidal Works Agency (TWA), signed the agreement. Ms Ormsby became Acting Chief Executive on 1 July 2019.'),
      release('New leadership', '1 April 2020', 'PORT HALSEY, 1 April 2020 – On 1 March 2020, Ms Lena Ormsby was confirmed as Chief Executive of the Tidal Works Agency (TWA), having served as Acting Chief Executive since 1 July 2019.'),
    );
    assert.deepEqual(rolesOf(tb, 'Lena Ormsby'), ['Acting Chief Executive: former', 'Chief Executive: current']);
    const draft = release('Sea walls finished', '21 May 2024', 'PORT HALSEY, 21 May 2024 – Ms Lena Ormsby, Chief Executive of the TWA, opened the new sea walls.');
    expectClean(draft, tb, RULE);
  });

  it('a past "as Executive Director" in a release that also shows the title held does not end it', () => {
    const tb = learn(
      release('Commission appoints Executive Director', '5 July 2021', 'PORTO, 5 July 2021 – The Council of the Estuary Commission (ECN) today appointed Tomás Ferreira as Executive Director of the ECN.'),
      release('Data portal opens', '14 February 2023', 'PORTO, 14 February 2023 – “The portal opens our data to all,” said Tomás Ferreira, Executive Director of the ECN. “It was one of my first promises as Executive Director,” said Ferreira.'),
    );
    assert.deepEqual(rolesOf(tb, 'Tomás Ferreira'), ['Executive Director: current']);
    const draft = release('Ten years of restoration', '18 March 2025', 'PORTO, 18 March 2025 – “We restored 2,600 hectares,” said Tomás Ferreira, Executive Director of the ECN.');
    expectClean(draft, tb, RULE);
  });

  it('a title the corpus last saw the person designated to ("Chief Executive Designate") is theirs in a later draft; another is not', () => {
    // An invented hospital trust: its chief executive is named chief executive designate of the regional board.
    const tb = learnTermBase([
      { file: 'a.txt', text: release('New chief executive', '2 March 2018', 'LINCOLN, 2 March 2018 – Anna Trask has been appointed Chief Executive of Fenmoor Hospitals NHS Trust with effect from 1 April 2018.') },
      { file: 'b.txt', text: release('Chief executive to leave', '8 November 2021', 'LINCOLN, 8 November 2021 – Anna Trask, Chief Executive of Fenmoor Hospitals NHS Trust, has been named Chief Executive Designate of the Fenmoor Care Board. Anna Trask will leave the Trust in December.') },
    ]);
    expectClean(release('Board opens clinic', '10 March 2026', 'LINCOLN, 10 March 2026 – Anna Trask, Chief Executive of the Fenmoor Care Board, opened the clinic.'), tb, RULE);
    const draft = release('Board opens clinic', '10 March 2026', 'LINCOLN, 10 March 2026 – Anna Trask, Medical Director of the Fenmoor Care Board, opened the clinic.');
    assert.deepEqual(lintText(draft, tb).map((d) => `${d.ruleId}: ${draft.slice(d.start, d.end)}`), ['wrong-title: Medical Director']);
  });
});

