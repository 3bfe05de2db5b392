// The draft model: parts of a release, its date, Markdown masking, and the offsets the rules rely on.
import assert from 'node:assert/strict';
import { parseDraft, lineKindAt, isExemptLine, inQuotedTitle } from '../../server/src/engine/draft/parseDraft';
import fc from 'fast-check';
import { maskMarkdown } from '../../server/src/engine/draft/maskMarkdown';
import { lintText } from '../../server/src/engine/lint';
import { seedTermBase } from './corpora';

const release = [
  'WCO and partners review the CEN network',
  '',
  '6 January 2011',
  '',
  'Brussels, 6 January 2011',
  '',
  'Press Release',
  '',
  'The WCO met partners today to review the Customs Enforcement Network (CEN).',
  '',
  'About the WCO',
  'The World Customs Organization (WCO) is an intergovernmental organization.',
].join('\n');

describe('parseDraft', () => {
  it('a kind line above the headline ("MEDIA ADVISORY"): the next line is the headline', () => {
    const advisory = ['MEDIA ADVISORY', '', 'HDO Director to Open Archive', '', 'ROME, 3 March 2023 – The Harbour Data Office (HDO) will open its archive.'].join('\n');
    const a = parseDraft(advisory);
    assert.equal(lineKindAt(a, 0), 'kind');
    assert.equal(lineKindAt(a, advisory.indexOf('HDO Director')), 'headline');
    assert.ok(isExemptLine(a, advisory.indexOf('HDO Director')));
  });

  const d = parseDraft(release);
  const kindOf = (needle: string) => lineKindAt(d, release.indexOf(needle));

  it('recognises headline, date line, dateline, kind line, body and boilerplate', () => {
    assert.equal(kindOf('WCO and partners'), 'headline');
    assert.equal(kindOf('6 January 2011\n\nBrussels'), 'date');
    assert.equal(kindOf('Brussels,'), 'dateline');
    assert.equal(kindOf('Press Release'), 'kind');
    assert.equal(kindOf('The WCO met'), 'body');
    assert.equal(kindOf('About the WCO'), 'boilerplate');
    assert.equal(kindOf('The World Customs'), 'boilerplate');
  });

  it('reads the release date', () => {
    assert.equal(d.date, '2011-01-06');
    assert.equal(parseDraft('Headline\n\nWASHINGTON — On September 23, 2022, the commissioner met partners.').date, '2022-09-23');
    assert.equal(parseDraft('No date here at all.').date, undefined);
  });

  it('treats an inline dateline as exempt and the rest of its line as body', () => {
    const text = 'Headline\n\nWASHINGTON, D.C. – The CBP team met partners.';
    const p = parseDraft(text);
    assert.ok(isExemptLine(p, text.indexOf('WASHINGTON')));
    assert.ok(!isExemptLine(p, text.indexOf('CBP')));
  });

  it('exempts acronyms on the headline but not in the body', () => {
    const tb = seedTermBase();
    const text = 'CEN gets an upgrade\n\n6 January 2011\n\nThe CEN now links 170 administrations through the Customs Enforcement Network (CEN).';
    const d2 = lintText(text, tb);
    assert.equal(d2.length, 1);
    assert.equal(d2[0].ruleId, 'acronym');
    assert.equal(d2[0].start, text.indexOf('The CEN') + 4);
  });
});

describe('Markdown drafts', () => {
  it('blanks code, URLs and link targets without moving offsets', () => {
    const md = '# Title\n\nSee [the Global Shied page](https://example.org/Global-Shied) and `Global Shied`.\n\n```\nGlobal Shied\n```\n';
    const masked = maskMarkdown(md);
    assert.equal(masked.length, md.length);
    assert.ok(!masked.includes('example.org'));
    assert.equal(masked.split('Global Shied').length - 1, 1); // only the link text is prose
    const diags = lintText(md, seedTermBase(), { markdown: true });
    assert.deepEqual(diags.map((x) => md.slice(x.start, x.end)), ['Shied']);
    assert.equal(diags[0].start, md.indexOf('Shied'));
  });

  it('is chosen by file extension', () => {
    const md = 'Visit `Global Shied` docs.';
    assert.equal(lintText(md, seedTermBase(), { file: 'notes.md' }).length, 0);
    assert.equal(lintText(md, seedTermBase(), { file: 'notes.txt' }).length, 1);
  });
});

describe('offsets', () => {
  it('are UTF-16 code units, right after emoji and combining marks', () => {
    const text = 'Emoji 🚀🚀 and café then the Global Shied Programme.';
    const [d] = lintText(text, seedTermBase());
    assert.equal(text.slice(d.start, d.end), 'Shied');
  });

  it('survive CRLF line endings', () => {
    const text = 'Headline\r\n\r\n6 January 2011\r\n\r\nThe Global Shied Programme grew.\r\n';
    const [d] = lintText(text, seedTermBase());
    assert.equal(text.slice(d.start, d.end), 'Shied');
  });
});

describe('quoted titles', () => {
  it('inQuotedTitle agrees with checking every quote of the draft', () => {
    const piece = fc.constantFrom('the ', 'Blue Harbour ', '“', '”', '"', 'Plan', '. ', ', ', 'said ', 'and\n', 'Week ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(300), fc.nat(40), (pieces, at, len) => {
        const draft = parseDraft(pieces.join(''));
        const start = Math.min(at, draft.text.length);
        const end = Math.min(draft.text.length, start + len);
        const scan = draft.quotes.some((q) => {
          const quoted = draft.text.slice(q.start, q.end);
          return start >= q.start && end <= q.end && quoted.split(/\s+/).length <= 12 && !/[.!?,]["”’]$/.test(quoted);
        });
        assert.equal(inQuotedTitle(draft, start, end), scan);
      }),
      { numRuns: 3000 },
    );
  });
});
