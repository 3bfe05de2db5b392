// wrong-title: a title that belongs to someone else, or to another time (checked against the draft's date).
// A person's own titles, former titles said to be former, and unknown people's titles stay clean.
import { corpusDTermBase, corpusETermBase, corpusGTermBase } from '../engine/corpora';
import { cityNews, coralSeaTermBase, portArdentTermBase } from '../engine/corpora';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import assert from 'node:assert/strict';
import { corpusBTermBase, expectClean, expectFlagAndFix, expectNoDiagnostics, lint, release, seedTermBase } from './helpers';

const RULE = 'wrong-title';

describe('rules: wrong-title', () => {
  describe('flags a title the person does not hold, with the fix', () => {
    it('with a middle initial the corpus does not write ("Commissioner Alan D. Bersin" after he left the post)', () => {
      const draft = release('DHS officials meet the WCO', '12 March 2012', 'Washington, DC, 12 March 2012', 'Commissioner Alan D. Bersin met WCO Secretary General Kunio Mikuriya today to discuss supply chain security.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Commissioner', fix: 'Assistant Secretary' }]);
    });

    it('a name with initials, before the date its holder took the title ("Dr J. R. Okafor, Deputy Executive Director" in 2022, corpus-g)', () => {
      const draft = release('Third call opens', '20 April 2022', 'PORTO, 20 April 2022 – The panel will meet in June, said Dr J. R. Okafor, Deputy Executive Director.');
      expectFlagAndFix(draft, corpusGTermBase(), RULE, [{ text: 'Deputy Executive Director', fix: 'Head of Science' }]);
    });

    it('a title with a field and its organization after it: only the title is replaced ("... for Lending of the ARDB")', () => {
      const draft = release('Report on coastal firms', '9 February 2021', 'Dr Jonah Feldmann, Vice-President for Lending of the ARDB, led the analysis.');
      expectFlagAndFix(draft, corpusDTermBase(), RULE, [{ text: 'Vice-President for Lending', fix: 'Chief Economist' }]);
    });

    it('"Head of Lending" for the Head of Operations: another title, not another organization after "of"', () => {
      const draft = release('Fund invests', '24 March 2020', '“We said we would invest,” said Ms Catriona Lindqvist, Head of Lending at the ARDB, whose team manages the fund.');
      expectFlagAndFix(draft, corpusDTermBase(), RULE, [{ text: 'Head of Lending', fix: 'Head of Operations' }]);
    });

    it('"Director Napolitano" (she is Secretary)', () => {
      const draft = release(
        'DHS chief addresses Customs leaders',
        '15 March 2011',
        'Brussels, 15 March 2011',
        'Director Napolitano told Customs leaders that cargo security depends on shared data. The WCO welcomed her remarks.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Director', fix: 'Secretary' }], draft.replace('Director Napolitano', 'Secretary Napolitano'));
    });

    it('"Deputy Secretary General Kunio Mikuriya" in a 2012 draft (Secretary General since 2009)', () => {
      const draft = release(
        'WCO Secretary General in Tokyo',
        '8 October 2012',
        'Tokyo, 8 October 2012',
        'Deputy Secretary General Kunio Mikuriya met officials of Japan’s Ministry of Finance. The talks covered revenue collection and trade facilitation.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Deputy Secretary General', fix: 'Secretary General' }]);
    });

    it('"Secretary Chris Magnus" (he is Commissioner)', () => {
      const draft = release('CBP hosts WCO', '10 October 2022', 'Secretary Chris Magnus met the WCO Secretary General. They discussed e-commerce.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Secretary', fix: 'Commissioner' }]);
    });

    it('"Commissioner John Morton of ICE" (he is Director)', () => {
      const draft = release('ICE on intellectual property', '10 April 2012', 'Commissioner John Morton of ICE spoke on intellectual property. The WCO welcomed his remarks.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Commissioner', fix: 'Director' }]);
    });

    it('"Commissioner Debbie Seguin" (she is Assistant Commissioner)', () => {
      const draft = release('CBP hosts WCO delegation', '10 October 2022', 'Commissioner Debbie Seguin hosted a WCO delegation. The delegation visited a port of entry.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Commissioner', fix: 'Assistant Commissioner' }]);
    });

    it('"Secretary General Napolitano" (the title of the other person in the story)', () => {
      const draft = release('Napolitano in Brussels', '4 March 2013', 'Secretary General Napolitano met WCO officials in Brussels. They discussed air cargo.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Secretary General', fix: 'Secretary' }]);
    });

    it('corpus-b: "Deputy Director-General Rutger Vandermolen" in a 2022 draft (Executive Secretary of SEMO by then)', () => {
      const draft = release(
        'ICRA assembly opens',
        '3 June 2022',
        'Dakar, 3 June 2022',
        'Deputy Director-General Rutger Vandermolen opened the annual assembly. Member States approved the budget.',
      );
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'Deputy Director-General', fix: 'Executive Secretary' }]);
    });

    it('corpus-b: "Chief Scientist Amaranta Velloso" (she is Director-General)', () => {
      const draft = release('Sediment data presented', '3 June 2022', 'Chief Scientist Amaranta Velloso presented the sediment data. Member States welcomed it.');
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'Chief Scientist', fix: 'Director-General' }]);
    });
  });

  describe('leaves right titles and other people alone', () => {
    it('an acting title written before the organization ("Acting CBP Commissioner David Aguilera")', () => {
      expectClean(release('Supply chain partners', 'February 28, 2012', 'WASHINGTON, D.C. – Acting CBP Commissioner David Aguilera briefed participants on the National Targeting Center.'), seedTermBase(), RULE);
    });

    it('a past role the corpus does not show, told in a fronted "As ..." clause ("As Deputy Commissioner, Aguilera oversaw ...")', () => {
      expectClean(release('Acting Commissioner named', 'February 28, 2012', 'WASHINGTON, D.C. – As Deputy Commissioner, Aguilera oversaw the day-to-day operations of CBP.'), seedTermBase(), RULE);
    });

    it('two titles joined by "and" that make one title the person holds ("Assistant Secretary of International Affairs and Chief Diplomatic Officer Alan D. Bersin")', () => {
      expectNoDiagnostics(
        release('Customs roundtable', 'June 12, 2012', 'WASHINGTON, D.C. – Secretary Napolitano was joined by Assistant Secretary of International Affairs and Chief Diplomatic Officer Alan D. Bersin.'),
        seedTermBase(),
      );
    });

    it('a past title in one word ("under then-Commissioner Alan D. Bersin", "then-Acting Commissioner David V. Aguilera")', () => {
      expectClean(
        release('Entry-exit pilot', 'June 20, 2013', 'WASHINGTON, D.C. – Negotiations advanced in 2011 under then-Commissioner Alan D. Bersin. The pilot, launched under then-Acting Commissioner David V. Aguilera, worked.'),
        seedTermBase(),
        RULE,
      );
    });

    it('a title said to be held then ("under Alan Bersin, then Commissioner of CBP"; "Mr Mikuriya, then Deputy Secretary General")', () => {
      expectClean(
        release(
          'Air cargo screening',
          '4 December 2012',
          'Washington, DC, 4 December 2012',
          'In December 2010, under Alan Bersin, then Commissioner of CBP, CBP began a pilot with express carriers. In 2004 it was Mr Mikuriya, then Deputy Secretary General, who led the work.',
        ),
        seedTermBase(),
        RULE,
      );
    });

    it('but "Since then," is not such a "then": "Since then, WCO Deputy Secretary General Kunio Mikuriya" in 2012 is still flagged', () => {
      const draft = release('Supply chain', '25 January 2012', 'Washington, DC, 25 January 2012', 'Since then, WCO Deputy Secretary General Kunio Mikuriya and DHS have worked together.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Deputy Secretary General', fix: 'Secretary General' }]);
    });

    it('a full name with a middle initial and the right title ("Assistant Secretary Alan D. Bersin")', () => {
      expectNoDiagnostics(release('DHS officials meet the WCO', '12 March 2012', 'Washington, DC, 12 March 2012', 'DHS Assistant Secretary Alan D. Bersin met WCO Secretary General Kunio Mikuriya today.'), seedTermBase());
    });

    it('a right title with a lower-case last word is not cut short into a wrong one ("Chief Technology officer of ...")', () => {
      const draft = release('Storm pilot', '30 March 2021', '“Storms ignore those boundaries,” said Keiko Vandermeer, Chief Technology officer of Quillon & Hatch.');
      expectClean(draft, corpusETermBase(), RULE);
    });

    it('two titles joined by "and" before the name, right for the date ("Vice President and Treasurer Owen Lindqvist")', () => {
      const draft = release('Deliveries begin', '20 July 2021', 'Vice President and Treasurer Owen Lindqvist said the Company would fund the expansion from cash flow.');
      expectClean(draft, corpusETermBase(), RULE);
    });

    it('a title "of" a firm named with "&" or a legal form: the firm is the organization, not part of the title', () => {
      const draft = release('Laboratory opens', '12 September 2023', '“Every dollar will come back to us,” said Owen Lindqvist, Chief Financial Officer of Quillon & Hatch. Fiona Gallacher, Managing Director of Veltrane Ltd, attended.');
      expectClean(draft, corpusETermBase(), RULE);
    });

    it('each person with their own title, in a 2012 draft', () => {
      expectNoDiagnostics(
        release(
          'WCO Secretary General in Washington',
          '10 April 2012',
          'Secretary General Kunio Mikuriya met Secretary Napolitano in Washington. Director John Morton of ICE joined them. Acting Commissioner David Aguilera welcomed the delegation.',
        ),
        seedTermBase(),
      );
    });

    it('a former title said to be former, and the current one', () => {
      expectNoDiagnostics(
        release(
          'DHS international affairs',
          '10 April 2012',
          'The former Commissioner Alan Bersin spoke. Alan Bersin, DHS Assistant Secretary of International Affairs, welcomed the WCO.',
        ),
        seedTermBase(),
      );
    });

    it('"Deputy Secretary General Kunio Mikuriya" in a 2008 draft (before he took up the top post)', () => {
      expectNoDiagnostics(release('WCO delegation in Accra', '10 April 2008', 'Deputy Secretary General Kunio Mikuriya met officials from Ghana. The talks covered valuation.'), seedTermBase());
    });

    it('a former title marked as former ("The former Deputy Secretary General Kunio Mikuriya")', () => {
      expectNoDiagnostics(release('Alumni evening', '4 March 2013', 'The former Deputy Secretary General Kunio Mikuriya spoke. Customs officers attended.'), seedTermBase());
    });

    it('unknown people with titles: OECD, a port authority, New Zealand Customs', () => {
      expectClean(
        release(
          'Trade facilitation meeting',
          '10 April 2012',
          'OECD Secretary-General Angel Gurria met Kunio Mikuriya. Director Maria Lopez of the Port Authority also attended. Commissioner Ruth Baker of the New Zealand Customs Service spoke.',
        ),
        seedTermBase(),
        RULE,
      );
    });

    it('a title with no person, and the title of a different Kunio', () => {
      expectNoDiagnostics(
        release('Japan Customs', '10 April 2012', 'The Director of Japan Customs, Kunio Sato, met WCO officials. The Secretary General thanked him.'),
        seedTermBase(),
      );
    });

    it('corpus-b: the 2019 team with their 2019 titles', () => {
      expectNoDiagnostics(
        release('ICRA assembly', '10 May 2019', 'Deputy Director-General Rutger Vandermolen opened the annual assembly. Director-General Velloso thanked Member States.'),
        corpusBTermBase(),
      );
    });

    it('corpus-b: the 2022 team with their 2022 titles', () => {
      expectNoDiagnostics(
        release(
          'ICRA assembly',
          '10 May 2022',
          'Executive Secretary Rutger Vandermolen and Deputy Director-General Henrik Solberg-Maas opened the assembly. Chief Scientist Nkechi Abernathy presented data.',
        ),
        corpusBTermBase(),
      );
    });
  });

  describe('an invented data office\'s Director Anna Neri: her surname given to someone else ("President Giorgio Neri"), two titles joined by "and"', () => {
    // An invented data office: its Director is Anna Neri; a head of state with her surname visits in the drafts.
    const news = (date: string, body: string) => `Data office news\n\n${date}\n\nROME, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'The Harbour Data Office (HDO) today named Anna Neri as its Director. “The office will share data,” said Director Neri.') },
      { file: 'b.txt', text: news('9 June 2022', 'HDO Director Anna Neri visited Genoa. Director Neri met the port staff.') },
    ]);

    it('learns her, and flags "President Neri" in a draft that names only her', () => {
      const draft = news('9 June 2023', 'HDO Director Anna Neri visited Genoa. “Ports matter,” said President Neri.');
      expectFlagAndFix(draft, tb, RULE, [{ text: 'President', fix: 'Director' }]);
    });

    it('leaves the other person’s title alone when the surname stands alone ("President Neri")', () => {
      expectNoDiagnostics(news('9 June 2023', 'HDO Director Anna Neri met President Giorgio Neri in Rome. President Neri and the director discussed ports. Director Neri thanked him.'), tb);
    });

    it('still checks her when the other first name is a slip of hers ("Ana Neri", then "President Neri")', () => {
      const draft = news('9 June 2023', 'HDO Director Ana Neri visited Genoa. “Ports matter,” said President Neri.');
      const all = lint(draft, tb);
      assert.ok(all.some((d) => d.rule === RULE && d.text === 'President' && d.fix === 'Director'), JSON.stringify(all));
    });

    it('"the Chair and Director Anna Neri": "the" makes the Chair someone else when she holds only the second title', () => {
      expectNoDiagnostics(news('9 June 2023', 'The board met in Genoa, where the Chair and Director Anna Neri discussed the archive.'), tb);
      expectFlagAndFix(news('9 June 2023', 'The board met in Genoa, where Chair and Director Anna Neri discussed the archive.'), tb, RULE, [{ text: 'Chair and Director', fix: 'Director' }]);
    });
  });

  describe('an invented water agency\'s Director Hendrik van Oort: a particle surname given to someone else ("Dr Pieter van Oort")', () => {
    const news = (date: string, body: string) => `Water agency news\n\n${date}\n\nPORT HALSEY, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'The Coastal Water Agency (CWA) today named Dr Hendrik van Oort as its Director. “We will share data,” said Director van Oort.') },
      { file: 'b.txt', text: news('9 June 2022', 'CWA Director Hendrik van Oort visited the delta. Dr van Oort met the port staff.') },
    ]);

    it('leaves the other person\'s title alone when the surname stands alone ("Director-General van Oort")', () => {
      expectNoDiagnostics(news('9 June 2023', 'The CWA signed an accord with Dr Pieter van Oort, Director-General of the Aldmark water board. Director-General van Oort said it would help both countries.'), tb);
    });

    it('still checks the known person in a draft that names only him', () => {
      const draft = news('9 June 2023', 'CWA Director Hendrik van Oort visited the delta. “Water matters,” said Director-General van Oort.');
      expectFlagAndFix(draft, tb, RULE, [{ text: 'Director-General', fix: 'Director' }]);
    });
  });

  it('a title with "of" in it, then "of" and an organization whose own name has an "of" (an invented department)', () => {
    const news = (date: string, body: string) => `Department news\n\n${date}\n\nLISBON, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'The Department of Harbour Security (DHS) today named Anna Neri as its Director of Coastal Affairs. “We will share data,” said Ms. Neri.') },
      { file: 'b.txt', text: news('9 June 2022', 'Anna Neri, Director of Coastal Affairs at DHS, visited Genoa. Ms. Neri met the port staff.') },
    ]);
    assert.equal(tb.people.find((p) => p.fullName === 'Anna Neri')?.roles[0]?.title, 'Director of Coastal Affairs');
    expectNoDiagnostics(news('9 June 2023', 'Anna Neri, Director of Coastal Affairs of the Department of Harbour Security (DHS), visited Porto.'), tb);
  });

  describe('a role the corpus says will end ("Anna Neri will retire as Director on 30 June 2021")', () => {
    const news = (date: string, body: string) => `Harbour news\n\n${date}\n\nLISBON, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2020', 'The Harbour Data Office (HDO) today said that Director Anna Neri would open the archive. “We will share data,” said Ms. Neri.') },
      { file: 'b.txt', text: news('9 February 2021', 'The Harbour Data Office (HDO) announced today that Anna Neri will retire as Director on 30 June 2021. Ms. Neri has led the office since 2015.') },
    ]);

    it('is hers until that date, and "former" after it', () => {
      assert.deepEqual(tb.people.find((p) => p.fullName === 'Anna Neri')?.roles.map((r) => [r.title, r.until]), [['Director', '2021-06-30']]);
      expectNoDiagnostics(news('9 May 2021', 'HDO Director Anna Neri opened the archive.'), tb);
      expectFlagAndFix(news('9 June 2023', 'HDO Director Anna Neri opened the archive.'), tb, RULE, [{ text: 'Director', fix: 'former Director' }]);
    });
  });

  it('a role told of in the past after the name: "Anna Neri, who as Director visited 80 sites" after she left it', () => {
    const news = (date: string, body: string) => `Data office news\n\n${date}\n\nROME, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'The Harbour Data Office (HDO) today named Anna Neri as its Director. “The office will share data,” said Director Neri.') },
      { file: 'b.txt', text: news('9 February 2022', 'The Harbour Data Office (HDO) announced today that Anna Neri will retire as Director on 30 June 2022. Ms Neri thanked the staff.') },
    ]);
    expectNoDiagnostics(news('9 June 2024', 'The review credits the consultation led by Ms Anna Neri, who as Director visited more than 80 ports.'), tb);
    expectFlagAndFix(news('9 June 2024', 'The review was presented by Ms Anna Neri, Director of the HDO.'), tb, RULE, [{ text: 'Director', fix: 'former Director' }]);
  });

  it('another person\'s title of its own with "of" in it ("Minister of State for Ports"), not the person\'s office with another department', () => {
    const news = (date: string, body: string) => `Ministry news\n\n${date}\n\nPORT HALSEY, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2022', 'The Ministry of Harbours and Fisheries (MHF) said today that Hon. Ravi Menon, Minister of Harbours and Fisheries, and Hon. Mele Taufa, Minister of State for Ports, opened the terminal. “It is ready,” said Mr Menon.') },
      { file: 'b.txt', text: news('9 June 2022', 'The Ministry of Harbours and Fisheries (MHF) said Hon. Ravi Menon, Minister of Harbours and Fisheries, visited the port with Hon. Mele Taufa, Minister of State for Ports.') },
    ]);
    expectFlagAndFix(news('9 June 2023', 'The centre was opened by Hon. Ravi Menon, Minister of State for Ports.'), tb, RULE, [{ text: 'Minister of State for Ports', fix: 'Minister of Harbours and Fisheries' }]);
  });

  describe('an invented city\'s people (Port Ardent): a generational suffix, a former title opening a bullet, a sentence set in a past year', () => {
    it('"Council President Felix Moreau Jr." is his title; "Councilmember Felix Moreau Jr." in 2023 is not', () => {
      expectNoDiagnostics(cityNews('Budget Hearing', 'March 3, 2023', 'Council President Felix Moreau Jr. opened the hearing. Mayor Joanna Pike spoke next.'), portArdentTermBase());
      expectFlagAndFix(cityNews('Budget Hearing', 'March 3, 2023', 'Councilmember Felix Moreau Jr. opened the hearing.'), portArdentTermBase(), RULE, [{ text: 'Councilmember', fix: 'Council President' }]);
    });

    it('"- Former Mayor Helen V. Brandt will testify": the former word capitalized at the start of a bullet', () => {
      expectNoDiagnostics(cityNews('Hearing Witnesses', 'October 16, 2025', 'The witnesses:\n\n- Former Mayor Helen V. Brandt will testify on the bond.\n- Council President Felix Moreau Jr. will chair the hearing.'), portArdentTermBase());
    });

    it('"2018: Voters approve the bond under Mayor Helen V. Brandt": a sentence set in a year she held the title; today\'s sentence is still checked', () => {
      expectNoDiagnostics(cityNews('Bond Timeline', 'December 2, 2025', 'Timeline:\n\n- 2018: Voters approve the bond under Mayor Helen V. Brandt.\n- In 2019, Mayor Helen V. Brandt signed the first contracts.'), portArdentTermBase());
      expectFlagAndFix(cityNews('Bond Timeline', 'December 2, 2025', 'Mayor Helen V. Brandt said today that the bond had done its work.'), portArdentTermBase(), RULE, [{ text: 'Mayor', fix: 'former Mayor' }]);
    });
  });

  describe('a qualifier before a title the person holds (an invented engineering group\'s Chair, Eleni Markos)', () => {
    const news = (date: string, body: string) => `Group news\n\n${date}\n\nLEEDS, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'Harlow Engineering Group (HEG) today named Eleni Markos as Chair of the Board.') },
      { file: 'b.txt', text: news('9 June 2022', '“We had a strong year,” said Eleni Markos, Chair of the Board of HEG.') },
    ]);

    it('"Non-Executive Chair", "Independent Chair" are her title; "Chief Executive Officer" is not', () => {
      expectClean(news('9 June 2023', 'Eleni Markos, Non-Executive Chair of the Board of HEG, opened the plant. Independent Chair Eleni Markos spoke.'), tb, RULE);
      const all = lint(news('9 June 2023', 'Eleni Markos, Chief Executive Officer of HEG, opened the plant.'), tb);
      assert.ok(all.some((d) => d.rule === RULE && d.text === 'Chief Executive Officer'), JSON.stringify(all));
    });
  });

  describe('an invented Australian institute: post-nominals, a form of address after the title, an acting role since confirmed', () => {
    const news = (date: string, body: string) => `Institute news\n\nDARWIN, ${date} — ${body}\n`;

    it('"CSMI Chief Executive Officer Dr Tom Varga FAA" is his title now; "Acting Chief Executive Officer" is not', () => {
      expectNoDiagnostics(news('3 May 2021', 'CSMI Chief Executive Officer Dr Tom Varga FAA said the laboratory had tested 9,000 samples.'), coralSeaTermBase());
      expectFlagAndFix(news('3 May 2021', 'Acting Chief Executive Officer Dr Tom Varga FAA said the laboratory had tested 9,000 samples.'), coralSeaTermBase(), RULE, [{ text: 'Acting Chief Executive Officer', fix: 'Chief Executive Officer' }]);
    });

    it('"Chief Scientist Adjunct Professor Ian Moresby PSM" after his retirement: a former title', () => {
      expectFlagAndFix(news('3 May 2021', 'Chief Scientist Adjunct Professor Ian Moresby PSM said the reef had recovered.'), coralSeaTermBase(), RULE, [{ text: 'Chief Scientist', fix: 'former Chief Scientist' }]);
    });
  });

  it('a known surname after another first name at the start of a sentence is someone else ("Anna Calder, Chair of the DPA, said")', () => {
    const news = (date: string, body: string) => `Institute news\n\nDARWIN, ${date} — ${body}\n`;
    expectNoDiagnostics(news('3 May 2021', 'The ports signed the statement.\n\nAnna Calder, Chair of the DPA, said the ports had agreed on a common standard.'), coralSeaTermBase());
  });

  it('a known surname that is someone else\'s first name ("the Governor of Tahoua, Keita Boubacar") is no mention of its bearer', () => {
    const news = (date: string, body: string) => `Press release\n\nGeneva, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2019', 'Dr Aminata Keita, Director General of the Agence Nationale de Gestion des Lacs (ANGL), signed the agreement. Dr Keita said the lakes would be mapped.') },
      { file: 'b.txt', text: news('9 June 2020', 'ANGL Director General Dr Aminata Keita opened the station.') },
    ]);
    expectNoDiagnostics(news('9 June 2026', 'The Governor of Tahoua, Keita Boubacar, has agreed that regional services will check the data.'), tb);
  });

  it('suggests the title without the organization named back by its head noun ("Secretary General of the Alliance")', () => {
    const news = (date: string, body: string) => `Press release\n\nGeneva, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2016', 'The Northern Relief Alliance (NRA) opened an office. Director of Operations Karim Benali said it would serve 40 villages.') },
      { file: 'b.txt', text: news('12 October 2017', 'The Northern Relief Alliance (NRA) today appointed Karim Benali as Secretary General of the Alliance with effect from 1 January 2018.') },
      { file: 'c.txt', text: news('9 June 2018', 'NRA Secretary General Karim Benali visited the camps.') },
    ]);
    expectFlagAndFix(news('9 June 2026', '"Ten years ago this was an experiment," said Director of Operations Karim Benali.'), tb, 'wrong-title', [{ text: 'Director of Operations', fix: 'Secretary General' }]);
  });
});

describe('rules: wrong-title (a unit\'s head who became a faculty\'s dean; invented)', () => {
  const uni = (file: string, date: string, body: string) => ({ file, text: `Press Release\n\nHolmfirth University news\n\nHuddersfield, ${date} – ${body}\n` });
  const tb = learnTermBase([
    uni('2015-03-01-a.txt', '1 March 2015', 'Professor Nora Quill, Head of the School of Physics, said the new telescope would be ready in May.'),
    uni('2017-05-10-b.txt', '10 May 2017', 'Professor Amos Tey, Dean of the Faculty of Science since 2010, has been appointed Provost with effect from 1 August 2017. Professor Nora Quill, Head of the School of Physics, will succeed him as Dean of the Faculty of Science, also with effect from 1 August 2017.'),
    uni('2018-02-01-c.txt', '1 February 2018', 'Professor Nora Quill, Dean of the Faculty of Science, opened the new laboratory.'),
  ]);

  it('learns the new title from the date in ", also with effect from ..." after "will succeed him as"', () => {
    const quill = tb.people.find((p) => p.fullName === 'Nora Quill')!;
    assert.ok(quill.roles.some((r) => r.title === 'Dean of the Faculty of Science' && r.from === '2017-08-01' && r.status === 'current'), JSON.stringify(quill.roles));
    assert.ok(quill.roles.some((r) => /^Head/.test(r.title) && r.until === '2017-08-01'), JSON.stringify(quill.roles));
  });

  it('replaces the old title with its unit as a whole, not only its head word', () => {
    const draft = uni('2026-03-02-d.txt', '2 March 2026', 'Professor Nora Quill, Head of the School of Physics, said the faculty would hire ten lecturers.').text;
    expectFlagAndFix(draft, tb, RULE, [{ text: 'Head of the School of Physics', fix: 'Dean of the Faculty of Science' }]);
  });
});

describe('rules: wrong-title (a first or founding holder named so; invented)', () => {
  const news = (file: string, date: string, body: string) => ({ file, text: `Press Release\n\nBoard news\n\nSINGAPORE, ${date} – ${body}\n` });
  const tb = learnTermBase([
    news('a.txt', '1 May 2016', 'The Resource Board (RB) began operations. Mr Lim Boon Heng, Chief Executive, said the Board would publish its plan in June.'),
    news('b.txt', '1 June 2020', 'Mr Lim Boon Heng, Chief Executive, opened the new laboratory.'),
    news('c.txt', '1 July 2022', 'Mr Lim Boon Heng retired as Chief Executive on 30 June 2022. Ms Ho Siew Lan has been appointed Chief Executive with effect from 1 July 2022.'),
  ]);

  it('"Mr Lim Boon Heng, its first Chief Executive" is a title he held, not one he holds', () => {
    expectClean(news('d.txt', '2 March 2026', 'The Board thanked Mr Lim Boon Heng, its first Chief Executive, for building its laboratories.').text, tb, RULE);
  });
});

describe('rules: wrong-title ("Country Director" is one title; invented)', () => {
  const news = (file: string, date: string, body: string) => ({ file, text: `Press Release\n\nCounty news\n\nNDOROKO, ${date} – ${body}\n` });
  const tb = learnTermBase([
    news('a.txt', '16 March 2016', 'The Arid Lands Development Partnership (ALDP) signed a grant with the County. The Country Director of the ALDP, Ingrid Solberg, said the grant would run for five years.'),
    news('b.txt', '10 May 2017', 'ALDP Country Director Ingrid Solberg visited the boreholes.'),
  ]);

  it('learns "Country Director" whole, so a draft that writes it is right', () => {
    expectClean(news('c.txt', '2 March 2026', '"The wells will last," said Ms. Ingrid Solberg, the Country Director of ALDP. Country Director Ingrid Solberg said the second phase would start in June.').text, tb, RULE);
  });
});
