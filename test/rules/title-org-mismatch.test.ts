// title-org-mismatch: the right title with the wrong organization, before the title ("ICAO Secretary General")
// or after it ("Secretary General of the WTO"). The fix replaces only the organization.
import assert from 'node:assert/strict';
import { coralSeaTermBase, corpusGTermBase, corpusITermBase } from '../engine/corpora';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { corpusBTermBase, expectClean, expectFlagAndFix, expectNoDiagnostics, release, seedTermBase } from './helpers';

const RULE = 'title-org-mismatch';

describe('rules: title-org-mismatch', () => {
  describe('flags the wrong organization, with the fix', () => {
    it('after a name of three words or with particles (corpus-g: "Jan Willem Hoekstra, Director of CSPA"; "Beatriz da Costa Pereira, Director of Operations at NDRF")', () => {
      const draft = release(
        'Sediment reuse expands',
        '8 October 2024',
        'BREST, 8 October 2024 – "Contaminated sediment will never be used," said Jan Willem Hoekstra, Director of CSPA. Beatriz da Costa Pereira, Director of Operations at NDRF, said the ports were ready.',
      );
      expectFlagAndFix(draft, corpusGTermBase(), RULE, [{ text: 'CSPA', fix: 'NDRF' }, { text: 'NDRF', fix: 'NEAEC' }]);
    });

    it('for a role the corpus writes without its organization, held at the one organization it shows with that title ("Dr Ingrid Sæther, Head of Science at ECSO")', () => {
      const draft = release('Salt front moves inland', '17 June 2025', 'PORTO, 17 June 2025 – "The record is now long enough," said Dr Ingrid Sæther, Head of Science at ECSO.');
      expectFlagAndFix(draft, corpusGTermBase(), RULE, [{ text: 'ECSO', fix: 'NEAEC' }]);
    });

    it('"ICAO Secretary General Kunio Mikuriya"', () => {
      const draft = release(
        'Aviation and Customs leaders meet',
        '11 May 2012',
        'Montreal, 11 May 2012',
        'ICAO Secretary General Kunio Mikuriya addressed the air cargo security symposium. He called for closer cooperation between aviation and Customs authorities.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'ICAO', fix: 'WCO' }], draft.replace('ICAO Secretary', 'WCO Secretary'));
    });

    it('"Secretary General of the WTO, Kunio Mikuriya"', () => {
      const draft = release(
        'Trade facilitation workshop',
        '11 May 2012',
        'Secretary General of the WTO, Kunio Mikuriya, opened the workshop on trade facilitation. Customs experts from 30 countries attended.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'WTO', fix: 'WCO' }], draft.replace('WTO', 'WCO'));
    });

    it('"ICE Commissioner Chris Magnus" (CBP)', () => {
      const draft = release('E-commerce talks', '11 May 2022', 'ICE Commissioner Chris Magnus met WCO officials. They discussed e-commerce.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'ICE', fix: 'CBP' }]);
    });

    it('"CBP Secretary Janet Napolitano" (DHS)', () => {
      const draft = release('Supply chain talks', '11 May 2012', 'CBP Secretary Janet Napolitano met WCO officials. They discussed supply chain security.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'CBP', fix: 'DHS' }]);
    });

    it('a full name after the title, with the country qualifier kept: "Director of US Customs and Border Protection"', () => {
      const draft = release(
        'Intellectual property talks',
        '11 May 2012',
        'John Morton, Director of US Customs and Border Protection, met WCO officials. They discussed intellectual property.',
      );
      expectFlagAndFix(
        draft,
        seedTermBase(),
        RULE,
        [{ text: 'Customs and Border Protection', fix: 'Immigration and Customs Enforcement' }],
        draft.replace('US Customs and Border Protection', 'US Immigration and Customs Enforcement'),
      );
    });

    it('an appositive after the name: "Chris Magnus, Commissioner of ICE"', () => {
      const draft = release('E-commerce talks', '4 March 2022', 'Chris Magnus, Commissioner of ICE, met WCO officials. They discussed e-commerce.');
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'ICE', fix: 'CBP' }]);
    });

    it('a full organization name after the title: "Secretary General of the World Trade Organization"', () => {
      const draft = release(
        'Valuation session opens',
        '4 March 2013',
        'Kunio Mikuriya, Secretary General of the World Trade Organization, opened the session. Customs officers attended.',
      );
      expectFlagAndFix(draft, seedTermBase(), RULE, [{ text: 'World Trade Organization', fix: 'World Customs Organization' }]);
    });

    it('corpus-b: "SEMO Director-General Amaranta Velloso" (ICRA)', () => {
      const draft = release('Estuary workshop', '3 June 2022', 'SEMO Director-General Amaranta Velloso opened the workshop. Member States attended.');
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'SEMO', fix: 'ICRA' }]);
    });

    it('corpus-b: "ICRA Chair Ilse Brandvold" (SEMO)', () => {
      const draft = release('Estuary workshop', '3 June 2022', 'ICRA Chair Ilse Brandvold opened the workshop. Member States attended.');
      expectFlagAndFix(draft, corpusBTermBase(), RULE, [{ text: 'ICRA', fix: 'SEMO' }]);
    });
  });

  describe('leaves the right organizations and other people alone', () => {
    it('an acronym that spells the organization, though the corpus never defined it ("WCO Secretary General" for the World Customs Organization)', () => {
      const tb = learnTermBase([
        { file: 'a.txt', text: release('Council meets', '6 January 2011', 'BRUSSELS, 6 January 2011 – Ryo Tanabe, Secretary General of the World Maritime Customs Organization, opened the session.') },
        { file: 'b.txt', text: release('Council closes', '27 February 2012', 'BRUSSELS, 27 February 2012 – “We agreed a plan,” said Ryo Tanabe, Secretary General of the World Maritime Customs Organization.') },
      ]);
      expectClean(release('Training plan', '4 March 2013', 'BRUSSELS, 4 March 2013 – “The plan is working,” said WMCO Secretary General Ryo Tanabe.'), tb, RULE);
      // ... while another body's acronym is still the wrong organization.
      expectFlagAndFix(release('Training plan', '4 March 2013', 'BRUSSELS, 4 March 2013 – “The plan is working,” said IMO Secretary General Ryo Tanabe.'), tb, RULE, [{ text: 'IMO', fix: 'World Maritime Customs Organization' }]);
    });

    it('the right organization before and after the title', () => {
      expectNoDiagnostics(
        release(
          'WCO and ICAO',
          '11 May 2012',
          'WCO Secretary General Kunio Mikuriya met ICAO officials. Secretary General of the WCO, Kunio Mikuriya, then spoke. ICE Director John Morton joined.',
        ),
        seedTermBase(),
      );
    });

    it('other organizations’ own leaders with the same titles (ICAO, WTO, UN)', () => {
      expectNoDiagnostics(
        release(
          'Geneva meeting',
          '11 May 2012',
          'ICAO Secretary General Raymond Benjamin met Kunio Mikuriya. WTO Director-General Pascal Lamy also attended. UN Secretary-General Ban Ki-moon sent a message.',
        ),
        seedTermBase(),
      );
    });

    it('the US qualifier and a DHS-style draft', () => {
      expectNoDiagnostics(
        release(
          'CBP and DHS leaders meet',
          '11 May 2012',
          'U.S. Customs and Border Protection Commissioner Chris Magnus and DHS Secretary Janet Napolitano met. ICE Director John Morton joined.',
        ),
        seedTermBase(),
      );
    });

    it('a title of an unknown organization for an unknown person', () => {
      expectClean(
        release('Port visit', '11 May 2012', 'Commissioner Anna Berg of Swedish Customs met WCO officials. Secretary General Mikuriya thanked her.'),
        seedTermBase(),
        RULE,
      );
    });

    it('corpus-b: each person with their own organization', () => {
      expectNoDiagnostics(
        release(
          'Estuary workshop',
          '3 June 2022',
          'ICRA Director-General Amaranta Velloso and SEMO Chair Ilse Brandvold opened the workshop. SEMO Executive Secretary Rutger Vandermolen spoke.',
        ),
        corpusBTermBase(),
      );
    });

    it('corpus-b: "ICAO Secretary General Kunio Mikuriya" means nothing there', () => {
      expectClean(release('Elsewhere', '3 June 2022', 'ICAO Secretary General Kunio Mikuriya sent a message. ICRA staff listened.'), corpusBTermBase(), RULE);
    });
  });

  describe('a body named with what it belongs to ("Chair of the Board of Directors of Kestrel")', () => {
    // An invented company: the corpus names its Chair "Chair of the Board of Directors".
    const news = (date: string, body: string) => `Kestrel news\n\n${date}\n\nPITTSBURGH, ${date} – ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'Kestrel Group today said that Ruth Adler, Chair of the Board of Directors, would open the plant. “We are ready,” said Ms. Adler.') },
      { file: 'b.txt', text: news('9 June 2022', 'Ruth Adler, Chair of the Board of Directors, opened the plant. Ms. Adler thanked the staff.') },
    ]);

    it('is the same body, not another organization', () => {
      assert.ok(tb.people.some((p) => p.fullName === 'Ruth Adler' && p.roles.some((r) => r.title === 'Chair' && r.organization)), JSON.stringify(tb.people));
      expectNoDiagnostics(news('9 June 2023', 'Ruth Adler, Chair of the Board of Directors of Kestrel, opened the new plant.'), tb);
    });

    it('... and the body named with it in the corpus, written without it in the draft, is that body too', () => {
      // The corpus names the board with its company ("Board of Directors of the Kestrel Group"); the draft, the
      // company's own release, leaves the company out.
      const tb2 = learnTermBase([
        { file: 'a.txt', text: news('3 March 2021', 'Ruth Adler, Chair of the Board of Directors of the Kestrel Group, opened the plant. Kestrel Group thanked the Board of Directors.') },
        { file: 'b.txt', text: news('9 June 2022', 'Ruth Adler, Chair of the Board of Directors of the Kestrel Group, opened the second plant.') },
      ]);
      expectNoDiagnostics(news('9 June 2023', 'Ruth Adler, Chair of the Board of Directors, opened the new plant.'), tb2);
    });
  });

  it('corpus-i: a company defined with its legal form is an organization a title can be checked against', () => {
    const draft = release('Plant news', 'June 3, 2025', 'PITTSBURGH, June 3, 2025 – Halloran & Vesk Controls, Inc. (HVC) will build the plant. Ingrid Solheim, Chief Executive Officer of HVC, said it was ready.');
    expectFlagAndFix(draft, corpusITermBase(), RULE, [{ text: 'HVC', fix: 'KTH' }]);
  });

  it('a company written as the other organization before the title: its name without the legal form as the fix ("CSMI Chief Executive Officer Ms Dana Kerr")', () => {
    const draft = 'Institute news\n\nDARWIN, 3 May 2021 — CSMI Chief Executive Officer Ms Dana Kerr said the new tests had worked.\n';
    expectFlagAndFix(draft, coralSeaTermBase(), RULE, [{ text: 'CSMI', fix: 'Reef Diagnostics' }]);
  });
});

