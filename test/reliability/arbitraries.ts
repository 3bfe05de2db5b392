// Generators shared by the property tests: drafts made of hostile text (any Unicode, astral characters,
// combining marks, right-to-left text, NUL, CRLF and lone CR, tabs, BOMs, lone surrogates, very long
// lines) mixed with phrases the seed corpus knows, right and wrong, so that rules fire and fixes apply.
import fc from 'fast-check';

/** Fixed, so a failure reproduces; override with PRESSLINT_FC_SEED to explore. */
export const SEED = Number(process.env.PRESSLINT_FC_SEED ?? 20240601);

/** Phrases with planted errors (each rule family) and their correct forms, from the seed corpus. */
export const KNOWN_PHRASES = [
  'Kunio Mikurya',
  'Kunio Mikuriya',
  'Secretary General Mikurya',
  'the Global Shied Programme',
  'the Global Shield Programme',
  'Green Customs Initative',
  'Green Customs Initiative',
  'Director Napolitano',
  'Secretary of Homeland Security Janet Napolitano',
  'World Customs Organisation',
  'World Customs Organization (WCO)',
  'ICAO Secretary General Kunio Mikuriya',
  'UN Secretary General Ban Ki-moon',
  'The RILOs will help.',
  'Regional Intelligence Liaison Offices (RILOs)',
  'US',
  'U.S.',
  'programme',
  'program',
  'Global shield',
  'Frobnicated Outreach Scheme',
  'said Secretary General Mikuriya.',
  '14 March 2012',
  'Brussels, 14 March 2012 –',
  '###',
  '# Heading\n\n',
  '[Global Shied](https://example.org/Global%20Shied)',
  '`Kunio Mikurya`',
];

const ODD = [
  '\u0000', '\r', '\r\n', '\n', '\n\n', '\t', '\uFEFF', '\u00A0', '\u2028', '\u200B', '\u200F', '\u202E',
  'e\u0301', 'a\u0300\u0301\u0302', '\u0301', // combining marks, one stranded
  '😀', '👩‍👩‍👧', '🇺🇳', '𝔘𝔑', '𠀀', // astral, ZWJ sequence, flag, math letters, CJK extension B
  '\uD83D', '\uDE00', // lone surrogates (an editor buffer can hold them mid-edit)
  'مرحبا بالعالم', 'שלום עולם', 'Ελληνικά', 'Кунио Микурия', '日本語のテキスト',
  '"', '“', '”', '(', ')', '((', '))', '—', '–', '-', '.', ',', ';', ':', '!', '?', "'", '’', '…',
  ' ', '  ', '',
];

/** A very long line (no line break), sometimes with a known phrase inside it. */
const longLine = fc
  .tuple(fc.integer({ min: 2_000, max: 12_000 }), fc.constantFrom(...KNOWN_PHRASES), fc.constantFrom('word ', 'x', '😀', 'a\u0301 ', 'Customs '))
  .map(([n, phrase, unit]) => {
    const half = unit.repeat(Math.ceil(n / unit.length / 2));
    return `${half}${phrase} ${half}`;
  });

const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KNOWN_PHRASES) },
  { weight: 4, arbitrary: fc.constantFrom(...ODD) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }, // any code point, astral included
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 6 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\r\n', '\r', '\t', '', '. ', ', ', '\n\n', '\u0000', ' 😀 ');

/** A draft: fragments joined by separators; now and then one very long line; sometimes empty. */
export const draftText: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.array(fc.tuple(fragment, separator), { maxLength: 40 }).map((parts) => parts.map(([f, s]) => f + s).join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.array(fragment, { maxLength: 5 }), longLine).map(([parts, line]) => `${parts.join(' ')}\n${line}\n`) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\r\n', '\uFEFF', '\u0000', '\r\r\r') },
);

/** A small corpus document: a release-like text built the same way. */
export const corpusText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KNOWN_PHRASES) }, { weight: 2, arbitrary: fragment }), separator), { maxLength: 25 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

/** Whether offset `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
