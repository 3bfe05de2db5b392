// inconsistency: two forms of one term in one draft, each fine alone; the minority form is flagged and fixed to
// the majority. House style is a property of the draft: either style used consistently is clean, a tie is left
// alone, official names keep their own spelling and a sentence-initial capital is not a choice.
import { corpusDTermBase, corpusETermBase, corpusHTermBase, corpusITermBase, moorvaleRelease, moorvaleTermBase } from '../engine/corpora';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { corpusBTermBase, expectClean, expectFlagAndFix, expectNoDiagnostics, release, seedTermBase } from './helpers';

const RULE = 'inconsistency';

describe('rules: inconsistency', () => {
  describe('flags the minority form, with the fix', () => {
    it('a tie in spelling, settled by the form the corpus always writes (corpus-h: "organisation" once, "organization" once)', () => {
      const draft = release('Board meets', 'March 12, 2024', 'BANGKOK, March 12, 2024 — Each member organization sends one official, and no organisation outside the Center has a vote.');
      expectFlagAndFix(draft, corpusHTermBase(), RULE, [{ text: 'organisation', fix: 'organization' }]);
    });

    it('"U.S." once in a draft that writes "US" three times', () => {
      const draft = release(
        'WCO and US agree on training plan',
        '4 December 2012',
        'Brussels, 4 December 2012',
        'The WCO and the US today agreed a training plan for Customs officers in Africa. The US will fund ten regional courses, and the US Government will send trainers. Officials from the U.S. Department of Homeland Security will also attend.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'U.S.', fix: 'US' }], draft.replace('the U.S. Department', 'the US Department'));
    });

    it('"US" once in a draft that writes "U.S." three times', () => {
      const draft = release(
        'CBP hosts WCO delegation',
        '4 December 2012',
        'The U.S. delegation met the WCO. U.S. officials and U.S. businesses attended. The US Government funded the meeting.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'US', fix: 'U.S.' }]);
    });

    it('"programme" three times and "program" once', () => {
      const draft = release(
        'WCO capacity building',
        '4 December 2012',
        'The WCO runs a capacity building programme for new Members. The programme covers risk management. A second programme covers valuation, and a new program on e-commerce starts next year.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'program', fix: 'programme' }], draft.replace('new program', 'new programme'));
    });

    it('"organise" in an -ize draft', () => {
      const draft = release(
        'WCO plans enforcement workshop',
        '4 December 2012',
        'The WCO will organize a workshop on risk management and will prioritize air cargo. Members recognize the need to modernize, and the Secretariat will organise a follow-up meeting.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'organise', fix: 'organize' }]);
    });

    it('"customs" in a "Customs" draft (sentence-initial capitals not counted)', () => {
      const draft = release(
        'WCO launches reform guide',
        '4 December 2012',
        'Brussels, 4 December 2012',
        'The WCO today published a guide for Customs administrations in Africa. It helps Customs officers plan reforms and explains how Customs data can be shared. The guide was written with customs experts from 12 countries.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'customs', fix: 'Customs' }], draft.replace('with customs experts', 'with Customs experts'));
    });

    it('"Customs" in a "customs" draft', () => {
      const draft = release(
        'DHS meets Asian customs agencies',
        '4 December 2012',
        'DHS officials met customs agencies from Asia. The program will help customs officers share data with customs agencies abroad. The U.S. delegation praised Customs reform in Asia.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Customs', fix: 'customs' }]);
    });

    it('two accepted names of one programme: "Project Global Shield" in a "Global Shield Programme" draft', () => {
      const draft = release(
        'Global Shield grows',
        '4 December 2012',
        'The Global Shield Programme has grown. Partners in the Global Shield Programme met in Vienna. Project Global Shield was praised by the WCO.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Project Global Shield', fix: 'Global Shield Programme' }]);
    });

    it('corpus-b: "organize" in an -ise draft', () => {
      const draft = release(
        'ICRA plans financing workshop',
        '3 June 2022',
        'ICRA will organise a workshop and prioritise financing. Member States recognised the need to act, and the Secretariat will organize the venue.',
      );
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'organize', fix: 'organise' }]);
    });

    it('corpus-b: "Project Living Shoreline" in a "Living Shoreline Programme" draft', () => {
      const draft = release(
        'Dunes restored',
        '3 June 2022',
        'The Living Shoreline Programme restored dunes. Partners of the Living Shoreline Programme met in Lisbon. Project Living Shoreline was praised.',
      );
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'Project Living Shoreline', fix: 'Living Shoreline Programme' }]);
    });
  });

  describe('leaves consistent drafts alone', () => {
    it('a compound hyphenated before its noun and open elsewhere ("a real-time feed", "in real time")', () => {
      const draft = release('Tide data shared', 'September 17, 2019', 'BANGKOK, September 17, 2019 — The Center will host the real-time feed for the region. "By sharing the data in real time, we help every port," said the Director. The feed shows levels in real time.');
      expectClean(draft, corpusHTermBase(), RULE);
    });

    it('a compound before its noun at a sentence\'s start, open before a participle ("the second quarter ended June 30")', () => {
      const draft = release('Results', 'August 6, 2019', 'BANGKOK, August 6, 2019 — The Center reported results for the second quarter ended June 30, 2019. Second-quarter revenue was $17 million, up from the second quarter of 2018.');
      expectClean(draft, corpusHTermBase(), RULE);
    });

    it('a compound capitalized in a new programme\'s name and open in prose ("the Flood-Gauge Renewal Initiative", "a flood gauge is")', () => {
      const draft = release('Flood gauges renewed', 'September 17, 2019', 'BANGKOK, September 17, 2019 — The Center today launched the Flood-Gauge Renewal Initiative. "The first reading from a flood gauge is what warns a town," said the Director. The Flood-Gauge Renewal Initiative will replace 40 stations, and a flood gauge in Phuket will be first. The Flood-Gauge Renewal Initiative ends in 2022.');
      expectClean(draft, corpusHTermBase(), RULE);
    });

    it('an accented word of a name in another language ("Observatoire régional des pêches") beside "Regional"', () => {
      const draft = release('Observatory joins the network', '3 October 2019', 'DAKAR, 3 October 2019 – The Regional Fisheries Observatory joined the Regional Compliance Network. The observatory, whose name comes from its French title, Observatoire régional des pêches, watches the Regional waters.');
      expectClean(draft, corpusBTermBase(), RULE);
    });

    it('the word after a list number opens its item ("4. Applications open ..." beside "applications")', () => {
      const tb = learnTermBase([
        { file: 'a.txt', text: release('Grants', '2 May 2012', 'WELLINGTON, 2 May 2012 – The Ministry received 40 Applications for the grants, and councils sent most of them.') },
        { file: 'b.txt', text: release('Grants', '9 May 2013', 'WELLINGTON, 9 May 2013 – The Ministry approved 12 applications from councils.') },
      ]);
      const draft = release('Fund opens', '16 September 2014', 'WELLINGTON, 16 September 2014 – The fund will help towns prepare applications. Officials will assess applications within twelve weeks.\n\nNotes\n\n4. Applications to the first round open on 1 October 2014.');
      expectClean(draft, tb, RULE);
    });

    it('the word after a number that ends a sentence ("call 101. In an emergency" beside "in")', () => {
      const tb = learnTermBase([
        { file: 'a.txt', text: release('Patrols', '2 May 2012', 'TAUNTON, 2 May 2012 – Officers said crime fell In Rural areas, and patrols continue in the villages.') },
        { file: 'b.txt', text: release('Patrols', '9 May 2013', 'TAUNTON, 9 May 2013 – Patrols continue in the villages in the spring.') },
      ]);
      expectClean(release('Harvest patrols', '3 March 2026', 'TAUNTON, 3 March 2026 – Patrols run in the villages in August.\n\n- Report rural crime by calling 101. In an emergency, call 999.'), tb, RULE);
    });

    it('still flags a compound open before its noun in a draft that hyphenates it there ("real time data" beside "real-time feed")', () => {
      const draft = release('Tide data shared', 'September 17, 2019', 'BANGKOK, September 17, 2019 — The Center will host the real-time feed and the real-time archive. Ports can read real time data from the feed.');
      expectFlagAndFix(draft, corpusHTermBase(), RULE, [{ text: 'real time', fix: 'real-time' }]);
    });

    it('a word the corpus writes both ways within its releases ("the City" is the government, "the city" the place)', () => {
      const city = (date: string, body: string) => release('City news', date, `ASHBURN, ${date} – ${body}`);
      const tb = learnTermBase([
        { file: 'a.txt', text: city('March 3, 2020', 'Mayor Ames said the City will repave 40 miles of streets across the city this year, and that the City expects the work to finish in October.') },
        { file: 'b.txt', text: city('June 9, 2021', 'Three parks opened on the north side of the city, and the Mayor thanked the City staff who planned them.') },
        { file: 'c.txt', text: city('May 2, 2022', 'Council approved the City budget for the libraries of the city. Under it the City will hire twelve librarians.') },
      ]);
      const draft = city('April 4, 2024', 'Mayor Ames said the City will plant 2,000 trees in the city this spring, and that the City asks residents to water them.');
      expectClean(draft, tb, RULE);
    });

    it('another organization\'s own spelling after a title and "of the" ("Secretary-General of the Organisation for Economic Co-operation and Development")', () => {
      expectClean(
        release('Ministers meet', '3 June 2012', 'The organizations agreed on cooperation. The Secretary-General of the Organisation for Economic Co-operation and Development (OECD) spoke on cooperation between organizations.'),
        seedTermBase(),
        RULE,
      );
    });

    it('corpus-i (a company that writes "Dean of Engineering"): a title\'s field after a comma ("Vice President, Engineering") is not a capitalized common noun', () => {
      expectClean(
        release('Plant opens', 'June 3, 2025', 'Lucas Moreau, Vice President, Engineering at the plant, said the engineering teams had finished early. Our engineering staff grew.'),
        corpusITermBase(),
        RULE,
      );
    });

    it('a tie the corpus would settle, where the minority form is a name\'s own ("recognized" and the "Organisation for Economic Co-operation and Development")', () => {
      expectClean(
        release('WCO and OECD', '12 May 2016', 'Brussels, 12 May 2016', 'The Secretary-General of the Organisation for Economic Co-operation and Development (OECD) agreed to deepen cooperation. Both bodies are recognized experts.'),
        seedTermBase(),
        RULE,
      );
    });

    it('a known programme\'s hyphen says nothing about the same words in prose (corpus-h: "Last-Mile Alert Program" and "the last mile")', () => {
      expectClean(
        release('Alerts reach more villages', 'May 24, 2023', 'BANGKOK, May 24, 2023 — The Last-Mile Alert Program now reaches 300 communities. The Last-Mile Alert Program trains volunteers. "Reaching the last mile is never finished," said Mr. Taufa.'),
        corpusHTermBase(),
        RULE,
      );
    });

    it('a word followed by a one-letter word is not a compound written apart ("are a" beside "area")', () => {
      expectClean(
        release('Campaign expands', '2 July 2010', 'Washington, DC, 2 July 2010', 'The campaign covers a wide area. Each area has a coordinator. "Our partners are a vital part of this effort," said the coordinator.'),
        seedTermBase(),
        RULE,
      );
    });

    it('WCO house style used throughout ("Customs", "programme", "US", -ize)', () => {
      expectNoDiagnostics(
        release(
          'WCO programme for new Members',
          '4 December 2012',
          'The WCO programme helps Customs administrations in the US and Europe. The programme will organize training. Customs officers recognize its value.',
        ),
        seedTermBase(),
      );
    });

    it('DHS house style used throughout ("customs", "program", "U.S.")', () => {
      expectNoDiagnostics(
        release('U.S. program for customs agencies', '4 December 2012', 'The U.S. program helps customs agencies. The program will organize training. U.S. officials said customs cooperation is vital.'),
        seedTermBase(),
      );
    });

    it('a tie is left alone', () => {
      expectClean(release('Mixed notes', '4 December 2012', 'The US and the U.S. Government met. The programme and the program were both discussed.'), seedTermBase(), RULE);
    });

    it('official names keep their own spelling ("UN Environment Programme" in a "program" draft)', () => {
      expectNoDiagnostics(
        release(
          'New program on hazardous waste',
          '4 December 2012',
          'The program was funded by the UN Environment Programme. The program will recognize Customs officers. Another program is planned.',
        ),
        seedTermBase(),
      );
    });

    it('a quoted theme keeps its own spelling ("Programme" in a "program" draft)', () => {
      expectNoDiagnostics(
        release(
          'U.S. program for customs agencies',
          '4 March 2013',
          'The U.S. program helps customs agencies. The program will organize training under the theme “A Programme for Change”. U.S. officials said customs cooperation is vital.',
        ),
        seedTermBase(),
      );
    });

    it('a sentence-initial "Customs" in a "customs" draft', () => {
      expectNoDiagnostics(
        release(
          'DHS meets Asian customs agencies',
          '4 December 2012',
          'DHS officials met customs agencies from Asia. The program will help customs officers share data. Customs reform is a priority, said the U.S. delegation.',
        ),
        seedTermBase(),
      );
    });

    it('corpus-b: its -ise style and "programme of work" used consistently', () => {
      expectNoDiagnostics(
        release(
          'ICRA plans financing workshop',
          '3 June 2022',
          'ICRA will organise a workshop and prioritise financing. Member States recognised the need to act. The programme of work was adopted.',
        ),
        corpusBTermBase(),
      );
    });

    it('"the Bank" (the organization, head of its corpus name) next to "a bank" and "partner banks"', () => {
      const draft = release(
        'ARDB lends to small firms',
        '17 November 2020',
        'The Aurent Regional Development Bank (ARDB) today approved new loans. The Bank said each loan goes through a partner bank. A local bank can apply, and the Bank will check its books. Most banks in the region already lend to small firms.',
      );
      expectClean(draft, corpusDTermBase(), RULE);
    });

    it('a capital right after an inline dateline\'s dash opens a sentence: "Ohio, May 7, 2019 – The ..."', () => {
      const draft = 'Apprentices begin\n\nCOLUMBUS, Ohio, September 17, 2019 – The first apprentices began training. Most of the apprentices live in the state, and the university hosts the classes in the evenings.';
      // corpus-e's releases all open so: its house style must not learn "The" as a capitalized word either.
      expectClean(draft, corpusETermBase(), RULE);
    });

    it('a headline\'s own capitals and hyphens ("Reports First-Quarter 2022 Results" over "the first quarter")', () => {
      const draft = 'Quillon & Hatch Reports First-Quarter 2022 Results\n\nCOLUMBUS, Ohio, May 3, 2022 – Sales rose in the first quarter. In the first quarter of last year they fell, and the first quarter is often slow.';
      expectClean(draft, corpusETermBase(), RULE);
    });

    it('"the Company" (the house itself) next to "another company" and "a company"', () => {
      const draft = release('Contract signed', '10 March 2020', 'Pennine Power, a company based in Leeds, signed the contract. The deal fits the Company’s plans, and another company bid too. The Company expects more orders, said a company spokesperson.');
      expectClean(draft, corpusETermBase(), RULE);
    });

    it('but "the company" once where the draft calls the house "the Company" three times is flagged', () => {
      const draft = release('Standard published', '8 October 2024', 'Today the Company published the standard. Its counsel said the Company will not assert its patents. Utilities can join, the Company said, and the company will host a workshop.');
      expectFlagAndFix(draft, corpusETermBase(), RULE, [{ text: 'company', fix: 'Company' }]);
    });

    it('a country\'s abbreviation that ends another body\'s name ("Innovate UK") in a "U.K." draft', () => {
      const draft = release('Plant expands', '18 March 2025', 'Sales in the U.K. grew, and the U.K. plant will expand. The partners received a grant from Innovate UK for the research.');
      expectClean(draft, seedTermBase(), RULE);
    });

    it('but "the UK" once in a draft that writes "the U.K." twice is flagged', () => {
      const draft = release('Plant expands', '18 March 2025', 'Sales in the U.K. grew, and the U.K. plant will expand. Exports from the UK rose.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'UK', fix: 'U.K.' }]);
    });
  });

  it('a one-word compound written once joined and once hyphenated: the form the corpus always writes joined wins the tie', () => {
    // An invented grid company: "cybersecurity" in two releases, never hyphenated.
    const news = (date: string, body: string) => `Grid company news\n\n${date}\n\nDENVER, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'The platform meets federal cybersecurity rules.') },
      { file: 'b.txt', text: news('9 June 2022', 'New cybersecurity features shipped to utilities this year.') },
    ]);
    expectFlagAndFix(news('9 June 2023', 'Cybersecurity matters; cyber-security staff met.'), tb, RULE, [{ text: 'cyber-security', fix: 'cybersecurity' }]);
  });

  it('a percentage written with the sign in a draft that writes "per cent": the number and the draft\'s words as the fix', () => {
    const draft = release('Dengue cases fall', '3 May 2021', 'Cases fell 78 per cent in two years and admissions by 12 per cent. Deaths fell by 91%.');
    expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: '91%', fix: '91 per cent' }]);
    expectClean(release('Dengue cases fall', '3 May 2021', 'Cases fell 78% and admissions 12 percent.'), seedTermBase(), RULE);
  });

  it('"Prof. Dr." before a name is that person\'s own style, not a "Dr." against the draft\'s "Dr"', () => {
    expectClean(release('Forum opens', '3 May 2021', 'Dr Anna Berg opened the forum with Prof. Dr. Hans Weber. Dr Tom Lee spoke last.'), seedTermBase(), RULE);
  });

  it('"3.00 per cent. The decision": a function word\'s capital, missed as a sentence start, is no house style', () => {
    // An invented central bank whose releases write "per cent. The ..." (the parser does not end a sentence after
    // "cent."), so "The" stands mid-sentence in the corpus as in the draft.
    const bank = (date: string, body: string) => release('Rate decision', date, `KELSO BAY, ${date} – ${body}`);
    const tb = learnTermBase([
      { file: 'a.txt', text: bank('4 March 2024', 'The Bank left its policy rate at 3.25 per cent. The decision was unanimous. The Bank will meet again in May.') },
      { file: 'b.txt', text: bank('6 May 2024', 'The Bank cut its policy rate to 3.00 per cent. The committee voted five to two, and the Governor explained the vote.') },
    ]);
    const draft = bank('1 July 2024', 'The Bank left the rate at 3.00 per cent. The decision followed the May cut, and the committee said the outlook for the economy and the labour market was stable.');
    expectClean(draft, tb, RULE);
  });

  it('"Québec" (the city) beside "Quebec" (the province): both right where the corpus writes both in one release', () => {
    // An invented agency's releases: the city with its accent, the province without (as the federal style writes it).
    const news = (date: string, body: string) => release('Agency news', date, `OTTAWA, ${date} – ${body}`);
    const tb = learnTermBase([
      { file: 'a.txt', text: news('4 March 2024', 'The Agency opened an office in Québec City to serve fishers across Quebec. Quebec has 40 inland fisheries.') },
      { file: 'b.txt', text: news('6 May 2024', 'Crews from Quebec and Ontario met in Montréal.') },
    ]);
    const draft = news('1 July 2024', 'The Agency will hire ten staff in Quebec: six in Québec City and four in the regions of Quebec and the north of Quebec.');
    expectClean(draft, tb, RULE);
  });

  describe('words that only look like a spelling choice (invented Moorvale corpus)', () => {
    it('"a computer program" in a draft that writes "programme": British English writes software that way', () => {
      const draft = moorvaleRelease('2 March 2026', 'The programme trains nurses. A second programme starts in May, and a third programme in June. A computer program will record every session.');
      expectClean(draft, moorvaleTermBase(), RULE);
    });

    it('still flags a "program" for the house\'s "programme" elsewhere', () => {
      const draft = moorvaleRelease('2 March 2026', 'The programme trains nurses. A second programme starts in May, and a third program in June.');
      expectFlagAndFix(draft, moorvaleTermBase(), RULE, [{ text: 'program', fix: 'programme' }]);
    });

    it('a name ending in -ize ("Sipho Mkhize") is no -ize spelling against "stabilised"', () => {
      const draft = moorvaleRelease('2 March 2026', 'Prices stabilised in May. Sipho Mkhize, who chairs the board, said Mr Mkhize and his team had checked the audit.');
      expectClean(draft, moorvaleTermBase(), RULE);
    });

    it('a name ending in -ise ("Denise") is no -ise spelling against "recognized"', () => {
      const draft = moorvaleRelease('2 March 2026', 'The centre recognized 12 volunteers. Denise Okoro, who has volunteered since 2016, was recognized for her work with patients.');
      expectClean(draft, moorvaleTermBase(), RULE);
    });
  });
});

describe('rules: inconsistency (a tie settled by the corpus\'s spelling at large; invented American transit agency)', () => {
  const news = (file: string, date: string, body: string) => ({ file, text: `News Release\n\nMetro news\n\nDALTON, Ga. (${date}) — ${body}\n` });
  const tb = learnTermBase([
    news('a.txt', 'May 3, 2018', 'The Dalton Area Transit Agency (DATA) will expand its fare program and modernize its fleet. The program will prioritize routes that serve hospitals.'),
    news('b.txt', 'June 5, 2019', 'DATA recognized 12 drivers and launched a youth pass program. The agency will organize six public meetings on the program.'),
  ]);

  it('"a town centre" beside "a health center": the corpus writes American English, so "centre" is the one out of line', () => {
    const draft = news('c.txt', 'March 2, 2026', 'The new station sits in a growing town centre. A health center will open next to it.').text;
    expectFlagAndFix(draft, tb, RULE, [{ text: 'centre', fix: 'center' }]);
  });

  it('"neighbourhood" beside "neighborhood" is a spelling pair too', () => {
    const draft = news('c.txt', 'March 2, 2026', 'Riders in the neighborhood asked for later buses. A neighbourhood meeting is set for April.').text;
    expectFlagAndFix(draft, tb, RULE, [{ text: 'neighbourhood', fix: 'neighborhood' }]);
  });
});

describe('rules: inconsistency (a programme named short by its head noun; invented)', () => {
  const news = (file: string, date: string, body: string) => ({ file, text: `News Release\n\nCorporation news\n\nOTTAWA, ${date} /CNW/ - ${body}\n` });
  const tb = learnTermBase([
    news('a.txt', 'May 1, 2018', 'The Clean Heat Futures Fund opened today. The Fund will lend to municipalities. Loans from the Fund are repaid over 20 years.'),
    news('b.txt', 'June 1, 2019', 'The Clean Heat Futures Fund made its 50th loan. The Fund has now lent $80 million.'),
  ]);

  it('"the Fund" for the programme and "the fund we built" in a quotation are two uses, not one word written two ways', () => {
    const draft = news('c.txt', 'March 2, 2026', 'The Clean Heat Futures Fund was recapitalized today. It will lend another $200 million, and the Fund\'s design is unchanged: loans from the Fund are repaid over 20 years. "The fund we built in 2018 can keep lending," said the chair.').text;
    expectClean(draft, tb, RULE);
  });
});
