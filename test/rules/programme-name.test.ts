// programme-name: a misspelled programme, initiative, system or instrument, or a known programme called by
// the wrong kind of name. Ordinary words and other bodies' programmes stay clean.
import assert from 'node:assert/strict';
import { cityNews, corpusETermBase } from '../engine/corpora';
import { corpusBTermBase, expectClean, expectFlagAndFix, expectNoDiagnostics, lint, release, seedTermBase } from './helpers';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';

const RULE = 'programme-name';

describe('rules: programme-name', () => {
  describe('flags a misspelled programme, with the fix', () => {
    it('a product name the corpus writes in camel case, misspelled ("GridSence")', () => {
      const draft = release('Sensors shipped', '13 November 2018', 'The first firmware update improved how GridSence tells a branch from a failing connector.');
      expectFlagAndFix(draft, corpusETermBase(), RULE, [{ text: 'GridSence', fix: 'GridSense' }]);
    });

    it('"Green Customs Initative"', () => {
      const draft = release(
        'WCO and UNEP renew environmental partnership',
        '22 April 2013',
        'Brussels, 22 April 2013',
        'The WCO and the UN Environment Programme (UNEP) today renewed their partnership under the Green Customs Initative. Training on Multilateral Environmental Agreements will be offered to Customs officers in 40 countries.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Initative', fix: 'Initiative' }], draft.replace('Initative', 'Initiative'));
    });

    it('"Container Controll Programme"', () => {
      const draft = release(
        'New port control unit in Lomé',
        '4 September 2013',
        'Lomé, 4 September 2013',
        'The WCO and UNODC opened a new port control unit in Lomé under the Container Controll Programme. The unit will profile high-risk containers.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Controll', fix: 'Control' }]);
    });

    it('the other accepted form misspelled: "Project Global Sheild"', () => {
      const draft = release(
        'DHS expands chemical precursor effort',
        '10 November 2011',
        'Washington, DC, 10 November 2011',
        'Secretary Napolitano announced that 70 nations now share information through Project Global Sheild. The effort targets chemicals used to make improvised explosive devices.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Sheild', fix: 'Shield' }]);
    });

    it('a system: "Cargo Targetting System"', () => {
      const draft = release(
        'US funds WCO targeting tools',
        '3 March 2012',
        'The US will fund the further development of the Cargo Targetting System. The system helps Customs administrations select high-risk consignments.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Targetting', fix: 'Targeting' }]);
    });

    it('an instrument: "Revised Kyoto Conventon"', () => {
      const draft = release('WCO welcomes new Members', '3 March 2012', 'The WCO presented the Revised Kyoto Conventon to new Members. Customs officers welcomed the training.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Conventon', fix: 'Convention' }]);
    });

    it('the wrong kind of name: "Green Customs Programme" for the Initiative', () => {
      const draft = release('Green Customs training', '3 March 2012', 'The WCO is a partner in the Green Customs Programme. Customs officers will be trained.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Programme', fix: 'Initiative' }], draft.replace('Green Customs Programme', 'Green Customs Initiative'));
    });

    it('corpus-b: "Living Shorline Programme"', () => {
      const draft = release(
        'Dunes restored in Portugal',
        '3 June 2022',
        'Lisbon, 3 June 2022',
        'The Living Shorline Programme restored dunes in Portugal. Director-General Velloso visited the site.',
      );
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'Shorline', fix: 'Shoreline' }]);
    });

    it('corpus-b: "Mangrove Restoraton Initiative" and "Sediment Watch Programm"', () => {
      const draft = release(
        'Mangroves and sediment',
        '3 June 2022',
        'The Mangrove Restoraton Initiative planted new seedlings in Guinea. The Sediment Watch Programm now covers 30 estuaries.',
      );
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [
        { text: 'Restoraton', fix: 'Restoration' },
        { text: 'Programm', fix: 'Programme' },
      ]);
    });
  });

  describe('leaves correct names and ordinary words alone', () => {
    it('the programmes spelled right', () => {
      expectNoDiagnostics(
        release(
          'WCO thanks donors',
          '3 March 2012',
          'The WCO thanked donors for the Global Shield Programme and the Container Control Programme. The Green Customs Initiative also reported results, and Project Global Shield partners met in Vienna.',
        ),
        seedTermBase(),
      );
    });

    it('ordinary words: "global shipping", "shield", "safe", and a sentence-initial capital', () => {
      expectNoDiagnostics(
        release(
          'Shipping volumes rise',
          '3 March 2012',
          'Global shipping volumes rose in 2011, and Customs administrations kept pace. The shield of the port authority was repainted. Safe and legal trade is the goal.',
        ),
        seedTermBase(),
      );
    });

    it('other bodies’ names: "Global Shipping Forum", "Green Building Initiative", "Kyoto Protocol"', () => {
      expectNoDiagnostics(
        release(
          'Industry forum in Hamburg',
          '3 March 2012',
          'Global Shipping Forum delegates met in Hamburg. The Green Building Initiative presented its own results, and the Kyoto Protocol was mentioned. A container control room was opened.',
        ),
        seedTermBase(),
      );
    });

    it('lower-case common nouns: "green customs", "container control"', () => {
      expectClean(
        release(
          'CBP roundtable',
          '3 March 2012',
          'Green customs, data analytics and e-commerce were discussed. Container control is a daily task for customs officers.',
        ),
        seedTermBase(),
        RULE,
      );
    });

    it('corpus-b: ordinary words and another group ("living shorelines", "Mangrove Alliance", "sediment watch")', () => {
      expectNoDiagnostics(
        release(
          'Volunteers count samples',
          '3 June 2022',
          'Living shorelines are cheaper than sea walls. The Mangrove Alliance, a separate group, planted trees. Sediment watch volunteers counted samples.',
        ),
        corpusBTermBase(),
      );
    });

    it('corpus-b: the seed programmes are unknown there ("Green Customs Initative" is not flagged)', () => {
      expectClean(release('Elsewhere', '3 June 2022', 'The Green Customs Initative and the Container Controll Programme were mentioned. ICRA staff listened.'), corpusBTermBase(), RULE);
    });

    it('a programme\'s name without its noun, ending in another English word of the same stem ("Future Grid Apprentices")', () => {
      const draft = 'First Future Grid Apprentices Begin Training\n\nCOLUMBUS, Ohio, September 17, 2019 – The first 40 apprentices in the Future Grid Apprenticeship Program began their training.';
      expectClean(draft, corpusETermBase(), RULE);
    });
  });

  it('a fund an organization sets up is a programme ("the Harbour Relief Fund"), not an organization', () => {
    const news = (date: string, body: string) => `Ministry news\n\n${date}\n\nPORT HALSEY, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2019', 'The Ministry of Harbours (MOH) today launched the Harbour Relief Fund to repair storm damage. The Harbour Relief Fund will pay for 40 projects.') },
      { file: 'b.txt', text: news('9 June 2020', 'The second round of the Harbour Relief Fund opened today.') },
    ]);
    expectFlagAndFix(news('9 June 2021', 'The third round of the Harbour Releif Fund opened today.'), tb, RULE, [{ text: 'Releif', fix: 'Relief' }]);
  });

  describe('a grant programme ("the Riverbank Communities Grants") is a programme, and a surname "Grant" is no programme', () => {
    const news = (date: string, body: string) => `Media release\n\n${date}\n\nHALSEY, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2019', 'The Department of Rivers (DOR) today opened the Riverbank Communities Grants to councils. Director of Programs Martin Grant said 40 projects would be funded under the Riverbank Communities Grants.') },
      { file: 'b.txt', text: news('9 June 2020', 'Round 2 of the Riverbank Communities Grants opened today, Director of Programs Martin Grant said.') },
    ]);

    it('learns it, and flags it called a "Fund"', () => {
      assert.ok(tb.programmes.some((p) => p.name === 'Riverbank Communities Grants'), tb.programmes.map((p) => p.name).join(' | '));
      expectFlagAndFix(news('9 June 2021', 'Round 3 of the Riverbank Communities Fund opened today.'), tb, RULE, [{ text: 'Fund', fix: 'Grants' }]);
    });

    it('keeps "Martin Grant" a person', () => {
      assert.ok(!tb.programmes.some((p) => /Martin/.test(p.name)), tb.programmes.map((p) => p.name).join(' | '));
      assert.ok(tb.people.some((p) => p.fullName === 'Martin Grant'), tb.people.map((p) => p.fullName).join(' | '));
      expectNoDiagnostics(news('9 June 2021', 'Director of Programs Martin Grant said Round 3 of the Riverbank Communities Grants opened today.'), tb);
    });
  });

  it('the holders of a fellowship programme ("Te Awa Fellows", "a Te Awa Fellow") are not its misspelled name', () => {
    const news = (date: string, body: string) => `Media Release\n\nHAMILTON, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('15 August 2016', 'The institute today named the first recipients of the Te Awa Fellowships, run with the university.') },
      { file: 'b.txt', text: news('9 June 2017', 'Applications for the Te Awa Fellowships open today.') },
    ]);
    expectClean(news('3 March 2026', 'Several of them began as Te Awa Fellows. Aroha Moeke, a Te Awa Fellow at the university, spoke.'), tb, RULE);
    expectFlagAndFix(news('3 March 2026', 'Applications for the Te Awa Felowships open today.'), tb, RULE, [{ text: 'Felowships', fix: 'Fellowships' }]);
  });

  it('a programme\'s name without the accent the corpus always gives it ("Koura Recovery Initiative")', () => {
    const news = (date: string, body: string) => `Media Release\n\nROTORUA, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('9 November 2016', 'The institute today launched the Kōura Recovery Initiative with the council. The Kōura Recovery Initiative will restock ten lakes.') },
      { file: 'b.txt', text: news('22 January 2018', 'The Kōura Recovery Initiative restocked four lakes last year.') },
    ]);
    expectFlagAndFix(news('3 March 2026', 'The Board funded the Koura Recovery Initiative again.'), tb, RULE, [{ text: 'Koura', fix: 'Kōura' }]);
    expectClean(news('3 March 2026', 'The Board funded the Kōura Recovery Initiative again.'), tb, RULE);
  });

  it('a head noun inside a programme\'s name in the other number ("Community Fisheries Partnerships Program")', () => {
    const news = (date: string, body: string) => `News release\n\nWINNIPEG, ${date} - ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('October 18, 2018', 'The Agency today launched the Lake Fisheries Partnership Program with ten First Nations.') },
      { file: 'b.txt', text: news('May 19, 2022', 'The Lake Fisheries Partnership Program funded 12 projects this year.') },
    ]);
    expectFlagAndFix(news('June 3, 2026', 'The Lake Fisheries Partnerships Program funded 15 projects.'), tb, RULE, [{ text: 'Partnerships', fix: 'Partnership' }]);
  });

  describe('a programme numbered in one style ("Harbour Dredging Scheme Phase II")', () => {
    const news = (date: string, body: string) => `Ministry news\n\n${date}\n\nPORT HALSEY, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2019', 'The Ministry of Harbours (MOH) today approved the Harbour Dredging Scheme Phase II. The Harbour Dredging Scheme Phase II will deepen four ports.') },
      { file: 'b.txt', text: news('9 June 2020', 'Work on the Harbour Dredging Scheme Phase II began today.') },
    ]);

    it('learns it with its phase, and flags the same number written in digits', () => {
      assert.ok(tb.programmes.some((p) => p.forms.includes('Harbour Dredging Scheme Phase II')), JSON.stringify(tb.programmes.map((p) => p.forms)));
      expectFlagAndFix(news('9 June 2021', 'The last port of the Harbour Dredging Scheme Phase 2 was finished today.'), tb, RULE, [{ text: '2', fix: 'II' }]);
    });

    it('leaves another phase alone ("Phase III" is not "Phase II" written otherwise)', () => {
      expectClean(news('9 June 2021', 'The Ministry proposed a Harbour Dredging Scheme Phase III for 2025.'), tb, RULE);
    });
  });

  describe('a programme headed at its end across "for" (an invented city\'s "Safe Routes for Every Child Initiative")', () => {
    const tb = learnTermBase([
      { file: 'a.txt', text: cityNews('City Launches Safe Routes Plan', 'May 3, 2017', 'Mayor Helen V. Brandt today launched the Safe Routes for Every Child Initiative, a citywide plan to make walking to school safer.') },
      { file: 'b.txt', text: cityNews('Safe Routes Expands', 'May 3, 2019', 'The Safe Routes for Every Child Initiative added 20 crossings this year.') },
    ]);

    it('across "in" too ("Women in Farming Facility (WiFF)" called a "Fund")', () => {
      const bank = (date: string, body: string) => `Bank news\n\n${date}\n\nLISBON, ${date} – ${body}\n`;
      const tb2 = learnTermBase([
        { file: 'a.txt', text: bank('3 March 2020', 'The Bank today launched the Women in Farming Facility (WiFF), a EUR 50 million programme of loans.') },
        { file: 'b.txt', text: bank('9 June 2022', 'The Women in Farming Facility (WiFF) reached 900 farms this year.') },
      ]);
      expectFlagAndFix(bank('9 June 2023', 'Loans under the Women in Farming Fund reached 1,200 farms.'), tb2, RULE, [{ text: 'Fund', fix: 'Facility' }]);
    });

    it('learns it as a programme, and flags it called a "Program"', () => {
      assert.ok(tb.programmes.some((p) => p.name === 'Safe Routes for Every Child Initiative'), tb.programmes.map((p) => p.name).join(' | '));
      expectFlagAndFix(cityNews('Crossings', 'May 3, 2023', 'The Safe Routes for Every Child Program added 12 crossings.'), tb, RULE, [{ text: 'Program', fix: 'Initiative' }]);
    });
  });

  describe('one word swapped inside a long programme name (an invented port authority\'s "Clean Harbour Sediment Testing Programme")', () => {
    const news = (date: string, body: string) => `Port news\n\n${date}\n\nHALSEY, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'The port authority today launched the Clean Harbour Sediment Testing Programme and the Harbour Dredging Programme.') },
      { file: 'b.txt', text: news('9 June 2022', 'The Clean Harbour Sediment Testing Programme sampled 40 berths; the Harbour Dredging Programme cleared two.') },
    ]);

    it('flags a middle word with the same initial in a name of four words or more, not in a shorter name', () => {
      expectFlagAndFix(news('9 June 2023', 'The Clean Harbour Sediment Tracking Programme sampled 60 berths.'), tb, RULE, [{ text: 'Tracking', fix: 'Testing' }]);
      expectClean(news('9 June 2023', 'The Harbour Drainage Programme is a city scheme.'), tb, RULE);
    });
  });
});

describe('rules: programme-name (a document of a programme\'s, named with its words; invented)', () => {
  const news = (file: string, date: string, body: string) => ({ file, text: `Press Release\n\nBoard news\n\nSINGAPORE, ${date} – ${body}\n` });
  const tb = learnTermBase([
    news('a.txt', '1 May 2018', 'The Board launched the Building Passport Initiative, which records the materials in each new building. The Building Passport Initiative starts with 20 sites.'),
    news('b.txt', '1 June 2019', 'The Building Passport Initiative now covers 80 sites.'),
  ]);

  it('"the Building Passport Standards" is the initiative\'s standards, not the initiative misnamed', () => {
    expectClean(news('c.txt', '2 March 2026', 'The Board published the Building Passport Standards, which say what each passport must record.').text, tb, 'programme-name');
  });

  it('"the Building Passport Programme" is still the initiative called by the wrong kind of noun', () => {
    const flags = lint(news('c.txt', '2 March 2026', 'The Building Passport Programme now covers 120 sites.').text, tb).filter((f) => f.rule === 'programme-name');
    assert.deepEqual(flags.map((f) => [f.text, f.fix]), [['Programme', 'Initiative']]);
  });
});
