// org-name: a variant of a known organization's name (spelling, a connector swapped, a word of another form).
// Other organizations with similar names stay clean; so does each corpus's own spelling of its names.
import assert from 'node:assert/strict';
import { corpusDTermBase, corpusITermBase } from '../engine/corpora';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { corpusBTermBase, expectClean, expectFlagAndFix, expectNoDiagnostics, release, seedTermBase } from './helpers';

const RULE = 'org-name';

describe('rules: org-name', () => {
  describe('flags a variant of a known organization, with the fix', () => {
    it('a word of the name in the other spelling, the country qualifier left out ("National Targeting Centre")', () => {
      const draft = release('Visit', '24 February 2012', 'The delegation toured the National Targeting Centre in Virginia.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Centre', fix: 'Center' }]);
    });

    it('a name of four words with a "the" put in: "Committee of the Permanent Representatives"', () => {
      // An invented regional body: the corpus always writes "Committee of Permanent Representatives".
      const tb = learnTermBase([
        { file: 'a.txt', text: release('Council meets', '3 March 2021', 'Velm, 3 March 2021 – The Governing Council asked the Committee of Permanent Representatives (CPR) to review the plan.') },
        { file: 'b.txt', text: release('Plan reviewed', '9 June 2022', 'Velm, 9 June 2022 – The Committee of Permanent Representatives (CPR) reviewed the plan and thanked the Office of the Registrar.') },
      ]);
      const draft = release('Plan adopted', '1 May 2024', 'Velm, 1 May 2024 – The plan will go to the Committee of the Permanent Representatives in June, and then to the Office of the Registrar.');
      expectFlagAndFix(draft, tb, RULE, [{ text: 'Committee of the Permanent Representatives', fix: 'Committee of Permanent Representatives' }]);
    });

    it('a name of four words with an inner word left out: "Aurent Development Bank"', () => {
      const draft = release('Loans signed', '18 June 2019', 'The Aurent Development Bank was established in 1991 by the seven states of the region. The Development Bank of Velm is another lender.');
      expectFlagAndFix(draft, corpusDTermBase(), RULE, [{ text: 'Aurent Development Bank', fix: 'Aurent Regional Development Bank' }]);
    });

    it('a short word of the name made plural: "Aurent Seas Commission"', () => {
      const draft = release('Fund invests', '24 March 2020', 'The fund was set up by the ARDB together with the Aurent Seas Commission, which pays for technical assistance.');
      expectFlagAndFix(draft, corpusDTermBase(), RULE, [{ text: 'Seas', fix: 'Sea' }]);
    });

    it('"World Customs Organisation" (the corpus writes Organization)', () => {
      const draft = release(
        'Customs leaders meet in Brussels',
        '28 June 2013',
        'Brussels, 28 June 2013',
        'Delegates from 179 countries attended the annual Council sessions of the World Customs Organisation in Brussels. The sessions adopted a new strategic plan.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Organisation', fix: 'Organization' }], draft.replace('Organisation', 'Organization'));
    });

    it('"UN Office of Drugs and Crime" (on, not of)', () => {
      const draft = release(
        'Precursor chemicals effort grows',
        '2 February 2012',
        'Project Global Shield was launched by DHS, INTERPOL and the UN Office of Drugs and Crime in 2010. Sixty nations now share information.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'of', fix: 'on' }], draft.replace('Office of Drugs', 'Office on Drugs'));
    });

    it('"International Civil Aviaton Organization"', () => {
      const draft = release('Air cargo talks in Montreal', '2 February 2012', 'The WCO is working with the International Civil Aviaton Organization on air cargo. Officials met in Montreal.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Aviaton', fix: 'Aviation' }]);
    });

    it('"US Customs and Boarder Protection" (a variant with the country qualifier)', () => {
      const draft = release('Training in Ghana', '2 February 2012', 'Officers from US Customs and Boarder Protection trained Customs staff in Ghana. The training covered risk management.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Boarder', fix: 'Border' }]);
    });

    it('another form of a word: "International Air Transportation Association"', () => {
      const draft = release('Airlines join talks', '2 February 2012', 'The International Air Transportation Association joined the talks on air cargo. The WCO welcomed the move.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Transportation', fix: 'Transport' }]);
    });

    it('"Immigration and Custom Enforcement"', () => {
      const draft = release('Fake medicines seized', '2 February 2012', 'Agents of Immigration and Custom Enforcement seized fake medicines. The WCO welcomed the results.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Custom', fix: 'Customs' }]);
    });

    it('corpus-b: "Southern Estuaries Monitoring Organization" (that corpus writes Organisation)', () => {
      const draft = release('Sediment data released', '3 June 2022', 'The Southern Estuaries Monitoring Organization released new data on sediment flows. The figures cover 2021.');
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'Organization', fix: 'Organisation' }]);
    });

    it('corpus-b: "International Coastal Resilience Agencey"', () => {
      const draft = release('Donors meet ICRA staff', '3 June 2022', 'Staff of the International Coastal Resilience Agencey met donors. Director-General Velloso thanked them.');
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'Agencey', fix: 'Agency' }]);
    });
  });

  describe('leaves correct names and other organizations alone', () => {
    it('a company named without its legal form before a headline verb ("Talvern Rail Technologies Launches ...", corpus-i)', () => {
      const draft = release('Talvern Rail Technologies Launches TrackSense Monitoring Service for Regional Lines', 'October 8, 2026', 'PITTSBURGH, October 8, 2026 – The new service reads track sensors every second.');
      expectClean(draft, corpusITermBase(), 'org-name');
    });

    it('a head in the plural before "of" naming several bodies ("the Departments of Homeland Security, Justice and State")', () => {
      expectClean(release('Counternarcotics strategy', 'June 5, 2009', 'WASHINGTON, D.C. – The strategy was developed with the Departments of Homeland Security, Justice and State.'), seedTermBase(), RULE);
    });

    it('one office of a network named in the singular with where it is ("Regional Intelligence Liaison Office for Asia and the Pacific (RILO A/P)")', () => {
      expectClean(
        release('Visit to Beijing', '20 October 2011', 'Beijing, 20 October 2011', 'Information is exchanged through the Regional Intelligence Liaison Office for Asia and the Pacific (RILO A/P).'),
        seedTermBase(),
        RULE,
      );
    });

    it('the known organizations spelled as the corpus does', () => {
      expectNoDiagnostics(
        release(
          'UNODC and WCO meet',
          '2 February 2012',
          'The Department of Homeland Security and the Department of Agriculture signed an agreement. The United Nations Office on Drugs and Crime (UNODC) attended, and the World Customs Organization welcomed the talks.',
        ),
        seedTermBase(),
      );
    });

    it('other "World ... Organization"s: WTO, WHO, IMO', () => {
      expectNoDiagnostics(
        release(
          'Geneva meeting',
          '2 February 2012',
          'The World Trade Organization and the World Health Organization met in Geneva. The International Maritime Organization sent observers.',
        ),
        seedTermBase(),
      );
    });

    it('another body spelled the British way: "Oceania Customs Organisation"', () => {
      expectNoDiagnostics(
        release(
          'Pacific Customs meeting',
          '17 May 2013',
          'Suva, 17 May 2013',
          'The Oceania Customs Organisation held its annual conference in Suva. Secretary General Kunio Mikuriya addressed the delegates by video.',
        ),
        seedTermBase(),
      );
    });

    it('lower-case prose that shares words with a name ("customs and border officials")', () => {
      expectClean(
        release('Border meeting', '2 February 2012', 'Customs and border officials met in Accra. Immigration and customs enforcement were discussed.'),
        seedTermBase(),
        RULE,
      );
    });

    it('corpus-b: other coastal bodies ("International Coastal Research Institute", "Northern Estuaries Council")', () => {
      expectNoDiagnostics(
        release(
          'Coastal research meeting',
          '3 June 2022',
          'The International Coastal Research Institute and the Northern Estuaries Council met in Oslo. The International Coastal Resilience Agency (ICRA) sent observers.',
        ),
        corpusBTermBase(),
      );
    });

    it('corpus-b: "World Customs Organisation" is unknown there', () => {
      expectClean(release('Elsewhere', '3 June 2022', 'The World Customs Organisation sent a message. ICRA staff listened.'), corpusBTermBase(), RULE);
    });
  });

  describe('corpus-i: a company named with "&" and a legal form ("Halloran & Vesk Controls, Inc.")', () => {
    const news = (body: string) => release('Plant news', 'June 3, 2025', `PITTSBURGH, June 3, 2025 – ${body}`);

    it('flags a misspelling in it, written with or without the legal form', () => {
      expectFlagAndFix(news('Halloran & Vesk Controls, Inc. (HVC) will build the plant. Halloran & Vesk Control will hire 40 people.'), corpusITermBase(), RULE, [{ text: 'Control', fix: 'Controls' }]);
    });

    it('flags "and" for its "&", and a misspelled word before its legal form, with fixes that keep the comma', () => {
      expectFlagAndFix(news('Halloran and Vesk Controls, Inc. (HVC) will build the plant.'), corpusITermBase(), RULE, [{ text: 'and', fix: '&' }]);
      expectFlagAndFix(news('Halloran & Vesk Controls, Inc. (HVC) will build the plant. Halloran & Vesk Control, Inc. will hire.'), corpusITermBase(), RULE, [{ text: 'Control', fix: 'Controls' }]);
    });

    it('stays silent on it written as the corpus writes it, with or without the legal form', () => {
      expectNoDiagnostics(news('Halloran & Vesk Controls, Inc. (HVC) will build the plant. Halloran & Vesk Controls will hire 40 people.'), corpusITermBase());
    });
  });

  describe('a company\'s legal form written another way (an invented pump maker, "Brightwater Pumps Ltd")', () => {
    const news = (date: string, body: string) => `Company news\n\n${date}\n\nLEEDS, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'Harlow Engineering Group today completed its purchase of Brightwater Pumps Ltd, a maker of irrigation pumps.') },
      { file: 'b.txt', text: news('9 June 2022', 'Brightwater Pumps Ltd opened a second factory in Leeds this year.') },
    ]);

    it('flags "Limited" for the corpus\'s "Ltd", and leaves the corpus\'s form and the ordinary word alone', () => {
      expectFlagAndFix(news('9 June 2023', 'Harlow Engineering Group said Brightwater Pumps Limited had a record year.'), tb, RULE, [{ text: 'Limited', fix: 'Ltd' }]);
      expectClean(news('9 June 2023', 'Brightwater Pumps Ltd had a record year, though supplies were limited.'), tb, RULE);
    });
  });

  describe('names in other languages, their head noun first ("Agence Nationale de Gestion des Lacs", "Croissant-Rouge du Sahel Oriental")', () => {
    const news = (date: string, body: string) => `Press release\n\nGeneva, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2019', 'The Alliance signed an agreement with the Agence Nationale de Gestion des Lacs (ANGL) and the Croissant-Rouge du Sahel Oriental (CRSO). The ANGL will map the lakes.') },
      { file: 'b.txt', text: news('9 June 2020', 'Volunteers of the Croissant-Rouge du Sahel Oriental (CRSO) and staff of the Agence Nationale de Gestion des Lacs (ANGL) met in Niamey.') },
    ]);

    it('learns them as organizations', () => {
      assert.deepEqual(tb.acronyms.map((a) => `${a.acronym} ${a.kind}`).sort(), ['ANGL organization', 'CRSO organization']);
    });

    it('flags a wrong word in one, with the fix', () => {
      expectFlagAndFix(news('9 June 2026', 'Volunteers of the Croix-Rouge du Sahel Oriental (CRSO) met.'), tb, RULE, [{ text: 'Croix-Rouge', fix: 'Croissant-Rouge' }]);
      expectFlagAndFix(news('9 June 2026', 'The Croissant-Rouge du Sahel Orientale opened a clinic.'), tb, RULE, [{ text: 'Orientale', fix: 'Oriental' }]);
    });
  });

  it('a slip in the number of a name\'s last word, its own acronym after it ("Department of Inland Water (DIW)")', () => {
    const news = (date: string, body: string) => `Media Release\n\nROTORUA, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('20 April 2016', 'The Department of Inland Lakes (DIL) backs the fund. The Department of Inland Lakes will report yearly.') },
      { file: 'b.txt', text: news('30 October 2018', 'Funding from the Department of Inland Lakes (DIL) continues.') },
    ]);
    expectFlagAndFix(news('3 March 2026', 'The work is funded by the Department of Inland Lake (DIL) and the council.'), tb, RULE, [{ text: 'Lake', fix: 'Lakes' }]);
  });
});

describe('rules: org-name (a two-word name read once, without an acronym; invented)', () => {
  const news = (file: string, date: string, body: string) => ({ file, text: `News Release\n\nCorporation news\n\nOTTAWA, ${date} /CNW/ - ${body}\n` });
  const tb = learnTermBase([
    news('a.txt', 'May 1, 2018', 'The initiative will help First Nations, Inuit and Métis communities plan their own energy projects.'),
    news('b.txt', 'June 1, 2019', 'The Canadian Grid Renewal Corporation (CGRC) opened an office in Winnipeg.'),
  ]);

  it('is too thin a canon to call "Kinosao Lake First Nation" a slip of', () => {
    expectClean(news('c.txt', 'March 2, 2026', 'The first loan goes to Kinosao Lake First Nation, which will own half of the solar farm.').text, tb, RULE);
  });
});
