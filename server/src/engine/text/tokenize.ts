// Prose tokenization on unified + retext-english (nlcst). Offsets come from the tree's position data.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root, Sentence as NlcstSentence, Paragraph, Word } from 'nlcst';
import { gluedWordSplits } from './gluedWords';
import { withEnglishParser } from './englishParser';
import type { Chunk } from './chunks';
import { wordRecordOf, type WordRecord } from './wordRecords';

export interface Token {
  /** The word as written, possessive included ("WCO’s"). */
  text: string;
  start: number;
  end: number;
  /** The word without a trailing possessive ("WCO"); baseEnd is where that stops. */
  base: string;
  /** base in lower case, computed once (every rule compares case-insensitively somewhere). */
  lower: string;
  baseEnd: number;
  /** Punctuation right after the token up to the next word (",", "(", "),"), or "" . */
  after: string;
  /** Punctuation right before the token back to the previous word. */
  before: string;
  /** First word of its sentence. */
  sentenceStart: boolean;
  /** Index of the token in its sentence. */
  index: number;
  /** The record of its text, shared by every token that spells it (text/wordRecords.ts). */
  word: WordRecord;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Its chunks, once asked for (chunksOf). */
  chunks: Chunk[] | undefined;
}

// retext-english, its parser swapped for the same parser with a faster character tokenizer (englishParser.ts).
const parser = unified().use(retextEnglish).use(withEnglishParser);

export function parseProse(text: string): Root {
  return parser.parse(text) as Root;
}

/**
 * Sentences with their word tokens, in document order. A long text is parsed in blocks cut at line breaks:
 * parse-latin first tokenizes a whole text as one flat sentence and splices merged words out of that array,
 * which is quadratic in the text's length (a 1 MB draft spent most of its time there). A line break already
 * ends every sentence here, so cutting at one changes no token.
 */
export function tokenizeSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (let from = 0; from < text.length; ) {
    const to = blockEnd(text, from);
    const root = parseProse(from === 0 && to === text.length ? text : text.slice(from, to));
    for (const paragraph of root.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const s of (paragraph as Paragraph).children) {
        if (s.type !== 'SentenceNode') continue;
        for (const piece of splitRunOnSentence(text, s as NlcstSentence, from)) sentences.push(piece);
      }
    }
    from = to;
  }
  return sentences;
}

const BLOCK = 8192;
const LONGEST_BLOCK = 65536;

/** Where the block that starts at `from` ends: after the first line break past BLOCK characters. */
function blockEnd(text: string, from: number): number {
  if (text.length - from <= BLOCK) return text.length;
  const nl = text.indexOf('\n', from + BLOCK);
  if (nl >= 0 && nl < from + LONGEST_BLOCK) return nl + 1;
  // One enormous line: cut after a sentence's end (or any space) so the parse stays linear.
  const limit = Math.min(text.length, from + LONGEST_BLOCK);
  let space = -1;
  for (let i = limit - 1; i > from + BLOCK; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32) continue;
    const p = text.charCodeAt(i - 1);
    if (p === 46 || p === 33 || p === 63) return i + 1;
    if (space < 0) space = i + 1;
  }
  return space > 0 ? space : limit;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

// Offsets read straight off the nodes (no [start, end] pair allocated per node: this runs for every token).
type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };
const startOf = (node: Positioned, base: number): number => base + node.position!.start.offset!;
const endOf = (node: Positioned, base: number): number => base + node.position!.end.offset!;

/**
 * Turns a sentence node into tokens. Fixes over the raw tree: a word glued across a full stop
 * ("Strategy.Secretary", a missing space in the source) is split, and the glued part starts a new sentence;
 * two words glued without a space ("ProgrammeRegional") are two tokens of the same sentence.
 */
function splitRunOnSentence(text: string, node: NlcstSentence, base: number): Sentence[] {
  const sStart = startOf(node, base);
  const sEnd = endOf(node, base);
  const out: Sentence[] = [];
  let current: Sentence = { start: sStart, end: sEnd, text: '', tokens: [], chunks: undefined };
  let pendingBefore = '';
  const push = (start: number, end: number, written?: string) => {
    // The word's strings are its record's, shared by every token that spells it (in a large corpus, hundreds of
    // thousands of tokens): the slice here is only the key.
    const word = wordRecordOf(written ?? text.slice(start, end));
    current.tokens.push({
      text: word.text,
      start,
      end,
      base: word.base,
      lower: word.lower,
      baseEnd: end - (word.text.length - word.base.length),
      after: '',
      before: pendingBefore,
      sentenceStart: current.tokens.length === 0,
      index: current.tokens.length,
      word,
    });
    pendingBefore = '';
  };
  const children = node.children;
  for (let c = 0; c < children.length; c++) {
    const child = children[c];
    if (child.type === 'WordNode') {
      const start = startOf(child, base);
      const end = endOf(child, base);
      // A word of one part: its text node's string is the word (no second copy of it).
      const parts = child.children;
      const raw = parts.length === 1 && parts[0].type === 'TextNode' ? parts[0].value : text.slice(start, end);
      const hasDot = raw.includes('.');
      // "Strategy.Secretary": a lowercase letter, a full stop, a capital, with no space.
      const glued = hasDot ? /^(.*?[a-z\d])\.([A-Z][a-z].*)$/.exec(raw) : null;
      if (glued && glued[1].length >= 2 && !/\./.test(glued[2])) {
        push(start, start + glued[1].length);
        current.end = start + glued[1].length + 1;
        current.text = text.slice(current.start, current.end);
        out.push(current);
        current = { start: start + glued[1].length + 1, end: sEnd, text: '', tokens: [], chunks: undefined };
        push(start + glued[1].length + 1, end);
        continue;
      }
      // A trailing full stop glued to a word by the parser ("today." after "D.C.") is not part of the word; nor to a
      // number with thousands separators ("1,200. The guide"), after which the parser also misses the sentence end.
      const numberEnd = hasDot && raw.endsWith('.') && /^\d[\d,]*\.$/.test(raw) && current.tokens[current.tokens.length - 1]?.after === ',' && nextWordIsCapitalized(children, c);
      const trail = numberEnd || (hasDot && raw.endsWith('.') ? /^(.*[a-z]{2,})\.$/.exec(raw) : null);
      // "ProgrammeRegional": two words with the space missing are two tokens.
      let from = start;
      const gluedAt = gluedWordSplits(raw);
      const splits = gluedAt.length && !isGluedName(text, raw, current.tokens[current.tokens.length - 1], children, c) ? gluedAt : NO_SPLITS;
      for (let k = 0; k < splits.length; k++) {
        push(from, start + splits[k]);
        from = start + splits[k];
      }
      push(from, trail ? end - 1 : end, from === start && !trail ? raw : undefined);
      if (numberEnd) {
        current.tokens[current.tokens.length - 1].after = '.';
        pendingBefore = '.';
        current.end = end;
        current.text = text.slice(current.start, current.end);
        out.push(current);
        current = { start: endOf(children[c + 1], base), end: sEnd, text: '', tokens: [], chunks: undefined };
      }
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      const v = (child as { value: string }).value;
      const last = current.tokens[current.tokens.length - 1];
      if (last) last.after += v;
      pendingBefore += v;
    } else if (child.type === 'WhiteSpaceNode') {
      // A line break inside a "sentence" ends it: press releases put headline, dateline and body on separate lines.
      const ws = startOf(child, base);
      const we = endOf(child, base);
      if (current.tokens.length && hasLineBreak(text, ws, we)) {
        current.end = ws;
        current.text = text.slice(current.start, current.end);
        out.push(current);
        current = { start: we, end: sEnd, text: '', tokens: [], chunks: undefined };
        pendingBefore = '';
      }
    }
  }
  current.text = text.slice(current.start, current.end);
  if (current.tokens.length) out.push(current);
  return out;
}

const NO_SPLITS: readonly number[] = [];

/** Whether the next child after white space is a word with a capital ("1,200. The"). */
function nextWordIsCapitalized(children: NlcstSentence['children'], c: number): boolean {
  const ws = children[c + 1];
  const w = children[c + 2];
  if (!ws || ws.type !== 'WhiteSpaceNode' || !w || w.type !== 'WordNode') return false;
  const first = (w.children[0] as { value?: string } | undefined)?.value ?? '';
  return first !== '' && first[0] !== first[0].toLowerCase();
}

/**
 * A camel-case word that is a name, not two words glued by a slip: written that way more than once in the text,
 * or opening a capitalized name ("the BlueHarbour Fund"). A slip joins a word to the next sentence or name
 * ("Blue Harbour ProgrammeRegional offices").
 */
function isGluedName(text: string, raw: string, previous: Token | undefined, children: NlcstSentence['children'], c: number): boolean {
  if (text.indexOf(raw) !== text.lastIndexOf(raw)) return true;
  if (previous && !previous.sentenceStart && /^\p{Lu}/u.test(previous.text)) return false;
  const space = children[c + 1];
  const next = children[c + 2];
  return space?.type === 'WhiteSpaceNode' && next?.type === 'WordNode' && /^\p{Lu}/u.test((next.children[0] as { value: string }).value);
}

/** 1-based line number of every offset, computed once per text. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function lineOf(starts: number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
