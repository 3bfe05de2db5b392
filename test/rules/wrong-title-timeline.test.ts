// wrong-title and time: a draft that announces a title itself, a draft dated before the corpus says a title began,
// a past title told as past ("who was ... from 2012 to 2020"), and the learner's reading of role changes that feed
// the rule ("was confirmed as", a past "as Executive Director" in a release that shows the title held).
// Each case is the shape of a published release linted against the releases before or after it (the
// leave-one-out runs on the invented corpora, test/engine/leaveOneOut.test.ts); names are made up.
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
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
});
