// acronym: used in the body before its expansion later in the same draft; an expansion that contradicts the
// corpus; the wrong acronym for a known name. Headline, date and dateline lines are exempt, acronyms a draft
// never spells out are fine, and so are "UN" and "US".
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { corpusBTermBase, expectClean, expectFlagAndFix, expectNoDiagnostics, lint, release, seedTermBase } from './helpers';

const RULE = 'acronym';

describe('rules: acronym', () => {
  describe('flags acronym errors, with the fix', () => {
    it('"RILOs" used before "Regional Intelligence Liaison Offices (RILOs)" later in the draft', () => {
      const draft = release(
        'WCO strengthens intelligence network',
        '19 September 2013',
        'Brussels, 19 September 2013',
        'The WCO today announced that its RILOs will share seizure data in real time. The Regional Intelligence Liaison Offices (RILOs) cover every region of the world. Customs administrations welcomed the decision.',
      );
      expectFlagAndFix(
        draft,
        seedTermBase(),
        RULE,
        [{ text: 'RILOs', fix: 'Regional Intelligence Liaison Offices (RILOs)' }],
        draft.replace('its RILOs will', 'its Regional Intelligence Liaison Offices (RILOs) will'),
      );
    });

    it('"CBM" at the start of the body, spelled out in the next sentence', () => {
      const draft = release(
        'New border management guidelines',
        '19 September 2013',
        'CBM is at the heart of the new guidelines. Coordinated Border Management (CBM) helps agencies share facilities.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'CBM', fix: 'Coordinated Border Management (CBM)' }]);
    });

    it('the fix keeps the country qualifier of the later definition ("U.S. Immigration and Customs Enforcement (ICE)")', () => {
      const draft = release(
        'Counterfeit goods seized',
        '19 September 2013',
        'Officers of ICE seized counterfeit goods worth millions. U.S. Immigration and Customs Enforcement (ICE) said the seizures followed a tip.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'ICE', fix: 'U.S. Immigration and Customs Enforcement (ICE)' }]);
    });

    it('"WCO" used before "World Customs Organization (WCO)" in the next sentence', () => {
      const draft = release('New training centre', '4 March 2013', 'The WCO opened its new training centre today. The World Customs Organization (WCO) has 179 Members.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'WCO', fix: 'World Customs Organization (WCO)' }]);
    });

    it('the wrong acronym: "World Customs Organization (WTO)"', () => {
      const draft = release(
        'WCO and UNEP sign agreement',
        '19 September 2013',
        'The World Customs Organization (WTO) signed an agreement with UNEP. The agreement covers the Green Customs Initiative.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'WTO', fix: 'WCO' }], draft.replace('(WTO)', '(WCO)'));
    });

    it('the wrong acronym of a plural keeps its "s": "Joint Airport Interdiction Task Forces (JIATFs)"', () => {
      const draft = release('Task forces meet', '19 September 2013', 'The WCO and UNODC have set up Joint Airport Interdiction Task Forces (JIATFs). The task forces met in Dakar.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'JIATFs', fix: 'JAITFs' }]);
    });

    it('the wrong acronym with swapped letters: "International Civil Aviation Organization (IACO)"', () => {
      const draft = release('Air cargo experts meet', '19 September 2013', 'Officials from the International Civil Aviation Organization (IACO) met WCO experts. They discussed air cargo.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'IACO', fix: 'ICAO' }]);
    });

    it('a wrong expansion: "Customs Exchange Network (CEN)"', () => {
      const draft = release('Enforcement network upgraded', '19 September 2013', 'The Customs Exchange Network (CEN) is used by officials worldwide. It was upgraded in 2013.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Customs Exchange Network', fix: 'Customs Enforcement Network' }]);
    });

    it('a wrong expansion of a plural: "Approved Economic Operators (AEOs)"', () => {
      const draft = release('AEO forum in Seoul', '19 September 2013', 'Approved Economic Operators (AEOs) attended the forum. They discussed mutual recognition.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Approved Economic Operators', fix: 'Authorized Economic Operators' }]);
    });

    it('corpus-b: "CRIS" used before "Coastal Risk Information System (CRIS)"', () => {
      const draft = release(
        'Planners compare restored sites',
        '3 June 2022',
        'Planners use CRIS to compare sites. The Coastal Risk Information System (CRIS) maps erosion risk. Member States welcomed it.',
      );
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'CRIS', fix: 'Coastal Risk Information System (CRIS)' }]);
    });

    it('corpus-b: the wrong acronym "Southern Estuaries Monitoring Organisation (SEMA)"', () => {
      const draft = release('Sediment data released', '3 June 2022', 'The Southern Estuaries Monitoring Organisation (SEMA) released data. The figures cover 2021.');
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'SEMA', fix: 'SEMO' }]);
    });
  });

  describe('leaves correct use alone', () => {
    it('a definition that leaves out the programme nouns ending the corpus\'s expansion ("Air Cargo Advanced Screening (ACAS) pilot" for "... Screening Pilot Project (ACAS)")', () => {
      expectClean(
        release('US delegation', '19 March 2012', 'Brussels, 19 March 2012', 'The talks covered the lessons learned from the Air Cargo Advanced Screening (ACAS) pilot.'),
        seedTermBase(),
        RULE,
      );
    });

    it('acronyms the draft never spells out', () => {
      expectNoDiagnostics(
        release('Montreal talks', '19 September 2013', 'The WCO and ICAO met in Montreal. The WCO welcomed IATA’s support, and RILOs will share data.'),
        seedTermBase(),
      );
    });

    it('an acronym in the headline before the body spells it out', () => {
      expectNoDiagnostics(
        release(
          'RILOs report record seizures',
          '19 September 2013',
          'Brussels, 19 September 2013',
          'Press Release',
          'The Regional Intelligence Liaison Offices (RILOs) of the WCO reported record seizures. Officials in every RILO welcomed the results.',
        ),
        seedTermBase(),
      );
    });

    it('"UN" and "US" before "United Nations (UN)", and definitions at first use', () => {
      expectNoDiagnostics(
        release(
          'WCO and UNODC sign agreement',
          '19 September 2013',
          'The UN and the US welcomed the agreement. The World Customs Organization (WCO) and the United Nations Office on Drugs and Crime (UNODC) signed it, and the United Nations (UN) will host the next meeting. The WCO will report to the UNODC.',
        ),
        seedTermBase(),
      );
    });

    it('unknown acronyms, and a known one used after its definition', () => {
      expectNoDiagnostics(
        release('Paris meeting', '19 September 2013', 'The OECD and the WTO met in Paris. The Regional Intelligence Liaison Offices (RILOs) reported. RILOs share data.'),
        seedTermBase(),
      );
    });

    it('corpus-b: a headline acronym and one never spelled out', () => {
      expectNoDiagnostics(
        release('ICRA and SEMO publish estuary data', '3 June 2022', 'The International Coastal Resilience Agency (ICRA) and SEMO published data. CRIS maps erosion risk.'),
        corpusBTermBase(),
      );
    });

    it('corpus-b: the seed acronyms are unknown there ("World Customs Organization (WTO)" is not checked)', () => {
      expectClean(release('Elsewhere', '3 June 2022', 'The World Customs Organization (WTO) sent a message. ICRA staff listened.'), corpusBTermBase(), RULE);
    });
  });

  describe('an acronym one letter off a known one that the draft writes rightly too ("CTTS" beside "CTSS")', () => {
    const news = (date: string, body: string) => `News release\n\nWASHINGTON, ${date} — ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('April 18, 2017', 'The agency signed an agreement with the Coastal Tide Survey Service (CTSS). CTSS ships will recover gliders.') },
      { file: 'b.txt', text: news('July 24, 2018', 'The Coastal Tide Survey Service (CTSS) joined the fellowship program.') },
    ]);

    it('is flagged, with the fix', () => {
      expectFlagAndFix(news('May 5, 2026', 'The CTTS ships will work off the Carolinas. Crews have trained 12 CTSS members since 2023.'), tb, RULE, [{ text: 'CTTS', fix: 'CTSS' }]);
    });

    it('alone, it may be another body: clean', () => {
      expectClean(news('May 5, 2026', 'The CTTS ships will work off the Carolinas.'), tb, RULE);
    });
  });
});

describe('rules: acronym (a name with a plural possessive, defined once; invented)', () => {
  const statement = (file: string, date: string, body: string) => ({ file, text: `Media Statement\n\nRoads news\n\nBhisho, ${date} – ${body}\n` });
  const tb = learnTermBase([
    statement('2016-03-01-a.txt', '1 March 2016', 'The Department signed a wage agreement with the Road Maintenance Workers\u2019 Union (RMWU) on Monday. The RMWU represents 4 000 workers.'),
    statement('2017-05-01-b.txt', '1 May 2017', 'The Road Maintenance Workers\u2019 Union (RMWU) welcomed the new depots.'),
  ]);

  it('learns "Road Maintenance Workers\u2019 Union (RMWU)", so a draft using RMWU before spelling it out is flagged', () => {
    assert.ok(tb.acronyms.some((a) => a.acronym === 'RMWU' && a.expansion === 'Road Maintenance Workers\u2019 Union'), JSON.stringify(tb.acronyms));
    const draft = statement('x.txt', '2 March 2026', 'The stipend rise follows an agreement with RMWU in April. The Road Maintenance Workers\u2019 Union (RMWU) said members would vote.').text;
    assert.deepEqual(lint(draft, tb).filter((f) => f.rule === RULE).map((f) => f.text), ['RMWU']);
  });
});

describe('rules: acronym (a universally known abbreviation one swap from a known acronym)', () => {
  const news = (file: string, date: string, body: string) => ({ file, text: `Press Release\n\nBoard news\n\nSINGAPORE, ${date} – ${body}\n` });
  const tb = learnTermBase([
    news('a.txt', '1 May 2018', 'The Ministry of Sustainability and the Environment (MSE) announced a new grant. The MSE will fund ten projects.'),
    news('b.txt', '1 June 2019', 'The MSE opened a second round of the grant.'),
  ]);

  it('"SMEs" is small and medium-sized enterprises, not "MSE" with two letters swapped', () => {
    expectClean(news('c.txt', '2 March 2026', 'The MSE said the grant would help SMEs adopt recycling systems. More than 200 SMEs applied.').text, tb, RULE);
  });
});
