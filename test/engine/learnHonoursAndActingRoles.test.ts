// Learning people written with post-nominals and forms of address ("CSMI Chief Executive Officer Professor Ruth
// Calder AO"), retirements announced for a date, and an acting chief executive later confirmed. An invented
// Australian institute written for this test (test/engine/corpora.ts), and corpus-l (written blind for holdout-x).
import assert from 'node:assert/strict';
import { coralSeaTermBase, readFolder, roleStrings } from './corpora';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';

describe('learning people with post-nominals, forms of address and acting roles', () => {
  it('names without their post-nominals, titles without the form of address before the name', () => {
    const tb = coralSeaTermBase();
    assert.deepEqual(roleStrings(tb, 'Ruth Calder'), ['Chief Executive Officer @CSMI current']);
    assert.ok(!tb.people.some((p) => /\b(AO|PSM|FAA)$/.test(p.fullName)), tb.people.map((p) => p.fullName).join(', '));
  });

  it('a company named without its legal form ("Reef Diagnostics Chief Executive Officer Ms Dana Kerr") is that company', () => {
    const tb = coralSeaTermBase();
    const company = tb.organizations.find((o) => o.name === 'Reef Diagnostics Pty Ltd')!;
    assert.deepEqual(roleStrings(tb, 'Dana Kerr'), [`Chief Executive Officer @${company.id} current`]);
  });

  it('"its Chief Scientist, Adjunct Professor Ian Moresby PSM, will retire on 30 September 2019": the title ends then', () => {
    assert.deepEqual(roleStrings(coralSeaTermBase(), 'Ian Moresby'), ['Chief Scientist @CSMI former until 2019-09-30']);
  });

  it('an acting chief executive from a date, then "has confirmed ... as Chief Executive Officer" on the release\'s date', () => {
    const roles = roleStrings(coralSeaTermBase(), 'Tom Varga');
    assert.ok(roles.includes('Acting Chief Executive Officer former from 2019-07-01 until 2020-02-20'), roles.join('; '));
    assert.ok(roles.includes('Chief Executive Officer current from 2020-02-20'), roles.join('; '));
  });

  it('corpus-l: the chief executive, the retired chief scientist and the acting chief executive confirmed', () => {
    const tb = learnTermBase(readFolder('test/fixtures/corpus-l'));
    assert.ok(roleStrings(tb, 'Margaret Olsen').includes('Chief Scientist @NITH former until 2019-09-30'), roleStrings(tb, 'Margaret Olsen').join('; '));
    assert.ok(roleStrings(tb, 'Ravi Chandran').includes('Chief Executive Officer @NITH current from 2021-02-22'), roleStrings(tb, 'Ravi Chandran').join('; '));
  });

  describe('a chief executive who "steps down as" the title on the release\'s date, then chairs the board', () => {
    const tb = learnTermBase([
      { file: 'a.txt', text: 'Laboratory opens\n\nDARWIN, 1 March 2019 — CSMI Chief Executive Officer Professor Ruth Calder AO opened the laboratory of the Coral Sea Marine Institute (CSMI).\n' },
      { file: 'b.txt', text: 'Professor Ruth Calder AO steps down as CSMI Chief Executive Officer\n\nDARWIN, 30 June 2020 — Professor Ruth Calder AO today completes eight years as Chief Executive Officer of the Coral Sea Marine Institute (CSMI).\n' },
      { file: 'c.txt', text: 'Calder to chair the Board\n\nDARWIN, 16 August 2022 — Professor Ruth Calder AO was today appointed Chair of the Board of the Coral Sea Marine Institute (CSMI).\n\n"As Chair of the Board I will make sure we keep listening," Professor Calder said.\n' },
    ]);

    it('the title she steps down from ends that day; "As Chair of the Board I will" gives no title "... Board I"', () => {
      const roles = roleStrings(tb, 'Ruth Calder');
      assert.ok(roles.includes('Chief Executive Officer @CSMI former until 2020-06-30'), roles.join('; '));
      assert.ok(!roles.some((r) => /\bI\b/.test(r)), roles.join('; '));
    });
  });

  describe('an invented agency\'s board chairs in succession ("Prof. Dr.", a six-word name, a term that ends on a date)', () => {
    const tb = learnTermBase([
      { file: 'a.txt', text: "Board elects Chair\n\nVIENNA, 2 May 2013 — The Management Board of the Danube Locks Agency (DLA) today elected Dr Petra Kolar as its Chair. \"We will meet every quarter,\" said Dr Petra Kolar, Chair of the Management Board.\n" },
      { file: 'b.txt', text: "Board elects new Chair\n\nVIENNA, 22 June 2017 — The Management Board of the Danube Locks Agency (DLA) today elected Prof. Dr. Hans-Jörg Weiland, Director-General of the Federal Waterways Office, as Chair of the Management Board. He succeeds Dr Petra Kolar.\n" },
      { file: 'c.txt', text: "Board elects new Chair\n\nVIENNA, 26 June 2025 — The Management Board of the Danube Locks Agency (DLA) today elected Dr Ana María de la Cruz Ortiz as Chair of the Management Board for a term starting on 1 July 2025. She succeeds Prof. Dr. Hans-Jörg Weiland, whose second term as Chair ends on 30 June 2025.\n" },
    ]);

    it('learns "Prof. Dr. Hans-Jörg Weiland" and "Dr Ana María de la Cruz Ortiz" (six words)', () => {
      assert.ok(tb.people.some((p) => p.fullName === 'Hans-Jörg Weiland') && tb.people.some((p) => p.fullName === 'Ana María de la Cruz Ortiz'), tb.people.map((p) => p.fullName).join(', '));
    });

    it('"whose second term as Chair ends on 30 June 2025" ends it then; a predecessor\'s post ends when the successor takes it', () => {
      assert.ok(roleStrings(tb, 'Hans-Jörg Weiland').some((r) => /^Chair @\S+ former from 2017-06-22 until 2025-06-30$/.test(r)), roleStrings(tb, 'Hans-Jörg Weiland').join('; '));
      assert.ok(roleStrings(tb, 'Petra Kolar').some((r) => /^Chair @\S+ former from 2013-05-02 until 2017-06-22$/.test(r)), roleStrings(tb, 'Petra Kolar').join('; '));
      assert.ok(roleStrings(tb, 'Ana María de la Cruz Ortiz').some((r) => /^Chair @\S+ current from 2025-06-26$/.test(r)), roleStrings(tb, 'Ana María de la Cruz Ortiz').join('; '));
    });
  });

  it('a body named in another language ("Zemská Vodní Správa (ZVS)") is an organization when a title belongs to its acronym', () => {
    const news = (date: string, body: string) => `Waterways news\n\nBRATISLAVA, ${date} — ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'The agency signed an agreement with the Zemská Vodní Správa (ZVS). Dr Pavel Novak, Director-General of the ZVS, welcomed the agreement.') },
      { file: 'b.txt', text: news('9 June 2022', 'Experts from the Zemská Vodní Správa (ZVS) joined the forum. Dr Pavel Novak, Director-General of the ZVS, spoke first.') },
    ]);
    assert.ok(tb.organizations.some((o) => o.name === 'Zemská Vodní Správa' && o.acronym === 'ZVS'), JSON.stringify(tb.organizations.map((o) => o.name)));
    assert.ok(!tb.programmes.some((p) => p.name === 'Zemská Vodní Správa'));
    assert.deepEqual(roleStrings(tb, 'Pavel Novak'), ['Director-General @ZVS current']);
  });

  it('a name in its own language with its connectors ("Autoritatea Navală pentru Căile Navigabile Interioare (ANCNI)"), after a title and "of the"', () => {
    const news = (date: string, body: string) => `Waterways news\n\nBRATISLAVA, ${date} — ${body}\n`;
    const tb = learnTermBase([
      { file: 'a.txt', text: news('3 March 2021', 'Dr Ioana Pop, Director-General of the Autoritatea Navală pentru Căile Navigabile Interioare (ANCNI), opened the meeting.') },
      { file: 'b.txt', text: news('9 June 2022', 'Dr Ioana Pop, Director-General of the ANCNI, welcomed the forum.') },
    ]);
    assert.ok(tb.organizations.some((o) => o.name === 'Autoritatea Navală pentru Căile Navigabile Interioare' && o.acronym === 'ANCNI'), JSON.stringify(tb.organizations.map((o) => o.name)));
    assert.ok(roleStrings(tb, 'Ioana Pop').some((r) => r.startsWith('Director-General') && r.includes('@ANCNI')), roleStrings(tb, 'Ioana Pop').join('; '));
  });
});

