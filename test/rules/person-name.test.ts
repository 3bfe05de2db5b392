// person-name: a misspelled known person. Only where the context says it is that person (the other half of the
// name, a title the person holds, the person named correctly elsewhere); look-alikes stay clean.
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { coralSeaTermBase, corpusFTermBase, corpusGTermBase, moorvaleRelease, moorvaleTermBase } from '../engine/corpora';
import { corpusBTermBase, expectClean, expectFlagAndFix, expectNoDiagnostics, release, seedTermBase } from './helpers';

const RULE = 'person-name';

describe('rules: person-name', () => {
  describe('flags a misspelled known person, with the fix', () => {
    it('a name of three words with its surnames swapped (corpus-g: "Joaquín Villalba Ortega")', () => {
      const draft = release('Partnership', '4 November 2025', 'PORTO, 4 November 2025 – “Nursery habitats matter,” said Joaquín Villalba Ortega, Executive Director of NEAEC.');
      expectFlagAndFix(draft, corpusGTermBase(), RULE, [{ text: 'Joaquín Villalba Ortega', fix: 'Joaquín Ortega Villalba' }]);
    });

    it('a full name with one particle changed (corpus-g: "Beatriz de Costa Pereira" for "da Costa Pereira")', () => {
      const draft = release('Findings shared', '4 November 2025', 'PORTO, 4 November 2025 – Beatriz de Costa Pereira, Director of Operations at NEAEC, said the findings had been shared.');
      expectFlagAndFix(draft, corpusGTermBase(), RULE, [{ text: 'de', fix: 'da' }], draft.replace('Beatriz de Costa', 'Beatriz da Costa'));
    });

    it('a family name written first, addressed by it, without its diacritics (corpus-f: "Nguyễn Thị Mai" ... "Ms. Nguyen")', () => {
      const draft = release('Council meets', '20 June 2023', 'GENEVA, 20 June 2023 – Presenting the review, Nguyễn Thị Mai, Director of the Compliance Division, said most vessels were covered. “The programme is on track,” Ms. Nguyen said.');
      expectFlagAndFix(draft, corpusFTermBase(), RULE, [{ text: 'Nguyen', fix: 'Nguyễn' }]);
    });

    it('a name of three words, in any of them (corpus-g: "Joaquin Ortega Villalba", "Joaquín Ortega Villalbo")', () => {
      const draft = release('Third call opens', '20 April 2022', 'PORTO, 20 April 2022 – "The calls work," said Joaquin Ortega Villalba, Executive Director of NEAEC. Later, Joaquín Ortega Villalbo thanked the panel.');
      expectFlagAndFix(draft, corpusGTermBase(), RULE, [{ text: 'Joaquin', fix: 'Joaquín' }, { text: 'Villalbo', fix: 'Villalba' }]);
    });

    it('surname after the given name, in an appositive ("Kunio Mikurya")', () => {
      const draft = release(
        'WCO Secretary General visits Nairobi',
        '14 May 2013',
        'Nairobi, 14 May 2013',
        'Secretary General of the WCO, Kunio Mikurya, met Kenyan Customs officials today to review progress on regional integration. The talks covered risk management and the Customs Enforcement Network.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Mikurya', fix: 'Mikuriya' }], draft.replace('Mikurya', 'Mikuriya'));
    });

    it('surname after a title the person holds ("Secretary Napolitnao")', () => {
      const draft = release(
        'Napolitano addresses European Policy Centre',
        '3 March 2011',
        'Brussels, 3 March 2011',
        'Secretary Napolitnao told the European Policy Centre that supply chain security is a shared responsibility. She said the United States will work with the WCO on air cargo screening.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Napolitnao', fix: 'Napolitano' }]);
    });

    it('surname after an organization-prefixed title ("CBP Commissioner Chris Magnes")', () => {
      const draft = release(
        'CBP hosts WCO delegation',
        '12 October 2022',
        'Washington, D.C., 12 October 2022',
        'CBP Commissioner Chris Magnes hosted a WCO delegation for talks on e-commerce. The delegation also met U.S. officials from the National Targeting Center.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Magnes', fix: 'Magnus' }]);
    });

    it('a lone surname when the person is named correctly elsewhere in the draft ("Mikuryia")', () => {
      const draft = release(
        'DHS and WCO discuss chemical precursors',
        '9 June 2011',
        'Washington, DC, 9 June 2011',
        'Janet Napolitano met Secretary General Kunio Mikuriya to discuss precursor chemicals. Later, Mikuryia told reporters that information sharing had led to several seizures.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Mikuryia', fix: 'Mikuriya' }]);
    });

    it('a misspelled given name before the surname ("Kuino Mikuriya")', () => {
      const draft = release('Customs reform talks', '4 March 2013', 'Kuino Mikuriya met officials in Brussels. Customs officers attended.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Kuino', fix: 'Kunio' }]);
    });

    it('a hyphenated name ("Ban Ki-mon")', () => {
      const draft = release(
        'WCO and UN leaders meet',
        '5 April 2012',
        'The Secretary General met UN Secretary-General Ban Ki-mon in New York to discuss illicit trade. The talks covered fake medicines and hazardous waste.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Ki-mon', fix: 'Ki-moon' }]);
    });

    it('a possessive, with a curly apostrophe ("Secretary Napolitnao’s visit")', () => {
      const draft = release('Napolitano in Brussels', '4 March 2013', 'Secretary Napolitnao’s visit to Brussels followed meetings in Dublin. She met WCO officials.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'Napolitnao', fix: 'Napolitano' }], draft.replace('Napolitnao', 'Napolitano'));
    });

    it('corpus-b: "ICRA Director-General Amaranta Veloso"', () => {
      const draft = release(
        'ICRA Director-General visits Dakar',
        '12 May 2022',
        'Dakar, 12 May 2022',
        'ICRA Director-General Amaranta Veloso visited mangrove nurseries on the Saloum Delta. She thanked the volunteers who planted the seedlings.',
      );
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'Veloso', fix: 'Velloso' }]);
    });

    it('corpus-b: "SEMO Chair Ilse Brandvolt"', () => {
      const draft = release(
        'SEMO Chair opens estuary meeting',
        '3 June 2022',
        'SEMO Chair Ilse Brandvolt opened the estuary monitoring meeting. Nkechi Abernathy presented sediment data.',
      );
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'Brandvolt', fix: 'Brandvold' }]);
    });
  });

  describe('leaves correct names and look-alikes alone', () => {
    it('a surname one letter from a known one that the draft gives someone else in full (corpus-f: "Juan Carlos Torres ... Mr. Torres" beside "Juan Pablo de la Torre")', () => {
      expectClean(
        release(
          'First field visit',
          '5 October 2022',
          'SUVA, 5 October 2022 – Executive Director Juan Pablo de la Torre was welcomed by Juan Carlos Torres, Minister of Marine Resources of Vaitele. Mr. Torres said that his Government would apply the model law.',
        ),
        corpusFTermBase(),
        RULE,
      );
    });

    it('names with particles, two surnames and initials, in full or by surname (corpus-g)', () => {
      expectNoDiagnostics(
        release(
          'Review published',
          '18 March 2026',
          'PORTO, 18 March 2026 – Joaquín Ortega Villalba, Executive Director of NEAEC, thanked Dr Helena van der Berghe, who led the Commission until 2021. Ortega Villalba said Dr J. R. Okafor and Beatriz da Costa Pereira would present the results. Dr Okafor and Dr van der Berghe agreed.',
        ),
        corpusGTermBase(),
      );
    });

    it('the known people, spelled right, with their titles', () => {
      expectNoDiagnostics(
        release(
          'Napolitano visits WCO headquarters',
          '6 January 2011',
          'Brussels, 6 January 2011',
          'Secretary of Homeland Security Janet Napolitano met Secretary General Kunio Mikuriya at WCO headquarters. Both discussed the SAFE Framework of Standards and the Global Shield Programme. Secretary Napolitano thanked the WCO.',
        ),
        seedTermBase(),
      );
    });

    it('other people with similar names: a different Kunio, "Ms Mikura", "Secretary Napoli", "Janet Napier"', () => {
      expectClean(
        release(
          'Customs reform conference',
          '7 July 2013',
          'Kunio Mikuriya opened the conference in Geneva. Professor Kunio Tanaka of Kobe University presented research on border delays. Ms Mikura, a trade economist, chaired the final panel.',
        ),
        seedTermBase(),
        RULE,
      );
      expectClean(
        release(
          'Port safety conference',
          '7 July 2013',
          'Secretary Napoli of the Italian Ministry welcomed delegates. Mayor Janet Napier spoke on port safety. The shield of the city was shown on the stage.',
        ),
        seedTermBase(),
        RULE,
      );
    });

    it('similar surnames and ordinary words: "Magnusson", "Sequin", "Morton Salt"', () => {
      expectClean(
        release('Research day', '7 July 2013', 'Mikuriya met Dr. Chris Magnusson, an economist. Seguin and Sequin both attended. Morton Salt sponsored the lunch.'),
        seedTermBase(),
        RULE,
      );
    });

    it('unknown people with their own titles (OECD, WTO)', () => {
      expectNoDiagnostics(
        release(
          'OECD and WCO discuss trade facilitation',
          '17 May 2013',
          'Paris, 17 May 2013',
          'OECD Secretary-General Angel Gurría met WCO Secretary General Kunio Mikuriya in Paris today to discuss trade facilitation indicators. “Safe and secure trade benefits everyone,” said Mr Gurría. WTO Director-General Pascal Lamy sent a message.',
        ),
        seedTermBase(),
      );
    });

    it('corpus-b: other people with similar names ("Amara Vello", "Henrik Solberg", "Ilse Brand")', () => {
      expectClean(
        release('New data on estuaries', '3 June 2022', 'Dr. Amara Vello, a marine biologist from Brazil, presented data. Henrik Solberg spoke about Norway. Ilse Brand chaired.'),
        corpusBTermBase(),
        RULE,
      );
    });

    it('corpus-b: the seed people mean nothing there ("Kunio Mikurya" is just an unknown name)', () => {
      expectClean(release('Visit', '3 June 2022', 'Kunio Mikurya and Janet Napolitnao visited the Saloum Delta. Director-General Velloso welcomed them.'), corpusBTermBase(), RULE);
    });
  });

  describe('a two-word name written family name first, addressed by its first word ("Dr. Zhang" of "Zhang Lihua")', () => {
    // An invented river commission: its director is written "Zhang Lihua" and addressed "Dr. Zhang"; "Mr. Zhang Jiabao"
    // in a quote is someone else, and no form of address.
    const river = (date: string, body: string) => `River commission news\n\n${date}\n\nNANNING, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: river('3 March 2021', 'The Pearl Basin Commission (PBC) today named Zhang Lihua as its Director. “We will share the data,” said Dr. Zhang. Staff recalled a 2003 visit by Mr. Zhang Jiabao.') },
      { file: 'b.txt', text: river('9 June 2022', 'PBC Director Zhang Lihua opened the new gauge station. Dr. Zhang said the station would report hourly.') },
    ]);

    it('learns the form of address from "Dr. Zhang", not from "Mr. Zhang Jiabao"', () => {
      assert.deepEqual(tb.people.find((p) => p.fullName === 'Zhang Lihua')?.addressForms, ['Dr. Zhang']);
    });

    it('flags a slip in it after a courtesy title when the draft names the person ("Dr. Zang")', () => {
      const draft = river('9 June 2023', 'PBC Director Zhang Lihua opened the station. “It reports hourly,” said Dr. Zang.');
      expectFlagAndFix(draft, tb, RULE, [{ text: 'Zang', fix: 'Zhang' }]);
    });

    it('stays silent on the right form, and on a look-alike when the draft does not name the person', () => {
      expectNoDiagnostics(river('9 June 2023', 'PBC Director Zhang Lihua opened the station. “It reports hourly,” said Dr. Zhang.'), tb);
      expectClean(river('9 June 2023', 'The station opened. “It reports hourly,” said Dr. Zang, a hydrologist.'), tb, RULE);
    });
  });

  describe('a surname with a particle ("Hendrik van Aarde"), and someone else\'s look-alike ("Dr Pieter van Aardt")', () => {
    const news = (date: string, body: string) => `Ministry news\n\n${date}\n\nPORT HALSEY, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2019', 'The Ministry of Harbours (MOH) said today that Dr Hendrik van Aarde, Permanent Secretary of the MOH, would open the terminal. “It is ready,” said Dr van Aarde.') },
      { file: 'b.txt', text: news('9 June 2019', 'Dr Hendrik van Aarde, Permanent Secretary of the MOH, visited the port. Dr van Aarde thanked the staff.') },
    ]);

    it('flags a slip in it after the first name or a courtesy title, past the particle', () => {
      expectFlagAndFix(news('9 June 2020', 'Dr Hendrik van Aardt, Permanent Secretary of the MOH, opened the port.'), tb, RULE, [{ text: 'Aardt', fix: 'Aarde' }]);
      expectFlagAndFix(news('9 June 2020', 'Dr Hendrik van Aarde, Permanent Secretary of the MOH, opened the port. “It is ready,” said Dr van Aardt.'), tb, RULE, [{ text: 'Aardt', fix: 'Aarde' }]);
    });

    it('leaves another person named in full with a look-alike surname alone, there and after', () => {
      expectNoDiagnostics(news('9 June 2020', 'She was accompanied by Dr Pieter van Aardt, Director-General of the Delta Works. Dr van Aardt will give a lecture.'), tb);
    });
  });

  describe('names in any script: capitals outside A-Z and letters outside Latin-1 are name letters', () => {
    // An invented harbour board whose people are named with "Á", "Ø", "É" capitals.
    const harbour = (date: string, body: string) => `Harbour board news\n\n${date}\n\nLISBON, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: harbour('3 March 2021', 'The Atlantic Harbour Board (AHB) today named Ángela Øvergaard as its Director. “We will modernise the port,” said Director Øvergaard. The AHB Chair, Émile Ødegård, welcomed the appointment.') },
      { file: 'b.txt', text: harbour('9 June 2022', 'AHB Director Ángela Øvergaard opened the new terminal. Chair Émile Ødegård thanked the staff. Ms. Øvergaard said the terminal would double capacity.') },
    ]);

    it('learns them ("Ángela Øvergaard", "Émile Ødegård") and flags a misspelling ("Øvergard")', () => {
      assert.deepEqual(tb.people.map((p) => p.fullName).sort(), ['Ángela Øvergaard', 'Émile Ødegård']);
      const draft = harbour('9 June 2023', 'AHB Director Ángela Øvergard opened the terminal. The AHB Chair, Émile Ødegård, attended.');
      expectFlagAndFix(draft, tb, RULE, [{ text: 'Øvergard', fix: 'Øvergaard' }]);
    });

    it('stays silent on them written correctly', () => {
      expectNoDiagnostics(harbour('9 June 2023', 'AHB Director Ángela Øvergaard met Chair Émile Ødegård. Ms. Øvergaard said the port was ready.'), tb);
    });
  });

  describe('a first name one letter from a known person\'s, before the same surname (an invented institute\'s Dana Kerr)', () => {
    const news = (date: string, body: string) => `Institute news\n\nDARWIN, ${date} — ${body}\n`;

    it('is someone else when the draft places them at another organization ("Dan Kerr of the University of Sydney")', () => {
      expectClean(news('3 May 2021', 'Professor Dan Kerr of the University of Sydney reviewed the results.'), coralSeaTermBase(), RULE);
    });

    it('is a slip at her own organization, or at a slip of its name', () => {
      expectFlagAndFix(news('3 May 2021', 'Dan Kerr of Reef Diagnostics reviewed the results.'), coralSeaTermBase(), RULE, [{ text: 'Dan', fix: 'Dana' }]);
      expectFlagAndFix(news('3 May 2021', 'Dan Kerr of Reef Diagnostic reviewed the results.'), coralSeaTermBase(), RULE, [{ text: 'Dan', fix: 'Dana' }]);
    });
  });

  it('two words of a known double surname hyphenated ("Lucía María del Campo-Ruiz" for "... del Campo Ruiz"), an invented agency head', () => {
    const news = (date: string, body: string) => `Agency news\n\nMADRID, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'Lucía María del Campo Ruiz, Executive Director of the Tagus River Agency (TRA), opened the forum.') },
      { file: 'b.txt', text: news('9 June 2022', 'TRA Executive Director Lucía María del Campo Ruiz signed the plan.') },
    ]);
    expectFlagAndFix(news('9 June 2023', 'Lucía María del Campo-Ruiz, Executive Director of the TRA, opened the forum.'), tb, RULE, [{ text: 'Campo-Ruiz', fix: 'Campo Ruiz' }]);
    expectClean(news('9 June 2023', 'Lucía María del Campo Ruiz, Executive Director of the TRA, opened the forum.'), tb, RULE);
  });

  describe('a first name one letter from a known person\'s, with their surname, introduced as someone else', () => {
    const news = (date: string, body: string) => `Press release\n\nAmman, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2017', 'The Alliance (TA) works with the Levant Water Consortium (LWC). Dana Khoury, Head of Delegation of the Alliance in Jordan, visited Mafraq. Ms Khoury said the drains held.') },
      { file: 'b.txt', text: news('9 June 2018', 'TA Head of Delegation Dana Khoury opened the depot.') },
    ]);

    it('with an indefinite description ("Lana Khoury, a hydraulic engineer"), or at another organization ("..., the LWC\'s chief engineer"): clean', () => {
      expectClean(news('9 June 2026', 'Lana Khoury, a hydraulic engineer who leads the winter crews, said the channels were clear.'), tb, RULE);
      expectClean(news('9 June 2026', 'Lana Khoury, the LWC\'s chief engineer in Mafraq, said the channels were clear.'), tb, RULE);
    });

    it('otherwise still a slip in the known person\'s name', () => {
      expectFlagAndFix(news('9 June 2026', 'Lana Khoury, Head of Delegation, said the channels were clear.'), tb, RULE, [{ text: 'Lana', fix: 'Dana' }]);
    });
  });

  describe('another first name before a known surname, under the title the person alone holds ("NTSA Chief Scientist George Talbot")', () => {
    const news = (date: string, body: string) => `News release\n\nWASHINGTON, ${date} — ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('Feb. 4, 2016', 'The National Tidal Survey Administration (NTSA) signed a contract. NTSA Chief Scientist Gregory Talbot said the satellite would map the coast.') },
      { file: 'b.txt', text: news('Oct. 30, 2018', 'NTSA Chief Scientist Gregory Talbot said the launch went well.') },
    ]);

    it('flags the first name, with the known one', () => {
      expectFlagAndFix(news('May 5, 2026', 'NTSA Chief Scientist George Talbot said the instrument works.'), tb, RULE, [{ text: 'George', fix: 'Gregory' }]);
    });

    it('leaves the surname\'s other bearers alone: another title, or none', () => {
      expectClean(news('May 5, 2026', 'NTSA engineer Raymond Talbot said the instrument works. Raymond Talbot joined in 2024.'), tb, RULE);
    });
  });

  describe('people who share a rank or are introduced as someone else (invented Moorvale corpus)', () => {
    it('another councillor with the known councillor\'s surname is not a slip: a council has many', () => {
      const draft = moorvaleRelease('2 March 2026', 'Councillor David Barraclough, who represents the Nidd ward, opened the clinic. Councillor Alice Barraclough sent her apologies.');
      expectClean(draft, moorvaleTermBase(), 'person-name');
    });

    it('a new person introduced with an apposition ("Helen Ashwith, a retired nurse") is not the known Helen Ashworth', () => {
      const draft = moorvaleRelease('2 March 2026', 'One patient, Helen Ashwith, a retired nurse from Ripon, said the trial changed her winter. Helen Ashworth, Chief Executive of MCH, thanked the volunteers.');
      expectClean(draft, moorvaleTermBase(), 'person-name');
    });

    it('still flags the known person\'s misspelled surname after her first name', () => {
      const draft = moorvaleRelease('2 March 2026', 'Helen Ashwith, Chief Executive of MCH, thanked the volunteers.');
      expectFlagAndFix(draft, moorvaleTermBase(), 'person-name', [{ text: 'Ashwith', fix: 'Ashworth' }]);
    });
  });
});

describe('rules: person-name (a short surname two letters off, with the person\'s own title; invented)', () => {
  const statement = (file: string, date: string, body: string) => ({ file, text: `Media Statement\n\nRoads news\n\nBhisho, ${date} – ${body}\n` });
  const tb = learnTermBase([
    statement('2016-03-01-a.txt', '1 March 2016', 'The Head of Department, Kavitha Moodley, said 300 kilometres of road would be re-gravelled. Ms Moodley thanked the contractors.'),
    statement('2017-05-01-b.txt', '1 May 2017', 'Kavitha Moodley, Head of Department, opened the new depot.'),
  ]);

  it('flags "Kavitha Moodlie" under her title, before or after the name', () => {
    expectFlagAndFix(statement('x.txt', '2 March 2026', 'The Head of Department, Kavitha Moodlie, said the budget had grown.').text, tb, 'person-name', [{ text: 'Moodlie', fix: 'Moodley' }]);
    expectFlagAndFix(statement('x.txt', '2 March 2026', 'Kavitha Moodlie, Head of Department, said the budget had grown.').text, tb, 'person-name', [{ text: 'Moodlie', fix: 'Moodley' }]);
  });

  it('leaves the same two-letter difference alone without the title: another person may be called so', () => {
    expectClean(statement('x.txt', '2 March 2026', 'Kavitha Moodlie, a teacher in Mthatha, said the new bus had changed her mornings.').text, tb, 'person-name');
  });
});

describe('rules: person-name (family name first; invented)', () => {
  const news = (file: string, date: string, body: string) => ({ file, text: `Press Release\n\nBoard news\n\nSINGAPORE, ${date} – ${body}\n` });
  const tb = learnTermBase([
    news('a.txt', '1 May 2018', 'Mr Tan Boon Kiat, Chairman of the Resource Board (RB), opened the plant. Mr Tan said the plant would recycle 40,000 tonnes a year.'),
    news('b.txt', '1 June 2019', 'Mr Tan Boon Kiat, Chairman, thanked the staff. Mr Tan also met the Minister.'),
  ]);

  it('"Mr Tan Boon Kiet" with another last word is someone else: the last word is a given name', () => {
    expectClean(news('c.txt', '2 March 2026', 'The award went to Tan Boon Kiet Plastics. "It saves us money," said its Managing Director, Mr Tan Boon Kiet.').text, tb, 'person-name');
  });

  it('"Dame Helen" is addressed by her first name, not her family name: "Dame Helen Marrs" is still a slip of Dame Helen Marr\'s name', () => {
    const uk = learnTermBase([
      news('a.txt', '1 May 2018', 'Professor Dame Helen Marr, Vice-Chancellor, opened the library. Dame Helen said it would open at weekends.'),
      news('b.txt', '1 June 2019', 'Professor Dame Helen Marr, Vice-Chancellor, welcomed the students. Dame Helen thanked the staff.'),
    ]);
    expectFlagAndFix(news('c.txt', '2 March 2026', 'Professor Dame Helen Marrs DBE, Vice-Chancellor, said the results were strong.').text, uk, 'person-name', [{ text: 'Marrs', fix: 'Marr' }]);
  });

  it('but under the person\'s own title it is the person misspelled', () => {
    expectFlagAndFix(news('c.txt', '2 March 2026', 'Mr Tan Boon Kiet, Chairman of the RB, opened the second plant.').text, tb, 'person-name', [{ text: 'Kiet', fix: 'Kiat' }]);
  });
});

describe('rules: person-name (a name with "æ" typed as "ae"; invented)', () => {
  const news = (file: string, date: string, body: string) => ({ file, text: `Press Release\n\nBoard news\n\nSINGAPORE, ${date} – ${body}\n` });
  const tb = learnTermBase([
    news('a.txt', '1 May 2018', 'The Board signed an agreement with the Danish Demolition Agency (DDA). Ms Astrid Kjærsholm, Director-General, DDA, said the agreement covered data standards.'),
    news('b.txt', '1 June 2019', 'Ms Astrid Kjærsholm, Director-General, DDA, visited the recycling park. Ms Kjærsholm thanked the staff.'),
  ]);

  it('"Ms Kjaersholm" for "Ms Kjærsholm", with her named in full in the draft', () => {
    expectFlagAndFix(news('c.txt', '2 March 2026', 'Ms Astrid Kjærsholm, Director-General, DDA, opened the forum. Ms Kjaersholm said Danish builders were keen to work here.').text, tb, 'person-name', [{ text: 'Kjaersholm', fix: 'Kjærsholm' }]);
  });
});
