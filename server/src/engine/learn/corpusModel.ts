// One pass over each corpus document: sentences, capitalized chunks, the release's date, line numbers.
import type { CorpusDocument, Source } from '../types';
import { tokenizeSentences, lineStarts, lineOf, type Sentence } from '../text/tokenize';
import { chunksOf, trimLeadingFunctionWords, type Chunk } from '../text/chunks';
import { documentDate } from '../text/dates';

export interface AnalyzedDocument {
  file: string;
  text: string;
  date?: string;
  sentences: Sentence[];
  /** Chunks per sentence, leading sentence-initial function words trimmed ("The WCO" -> "WCO"). Empty for a
   * headline in Title Case, where every word is capitalized and capitals say nothing about names. */
  chunks: Chunk[][];
  lineStarts: number[];
}

export function analyzeDocument(doc: CorpusDocument): AnalyzedDocument {
  const sentences = tokenizeSentences(doc.text);
  return {
    file: doc.file,
    text: doc.text,
    date: documentDate(doc.text),
    sentences,
    chunks: sentences.map((s) => (isHeadline(doc.text, s) && isTitleCase(s) ? [] : chunksOf(s).map(trimLeadingFunctionWords).filter((c) => c.tokens.length > 0))),
    lineStarts: lineStarts(doc.text),
  };
}

export function sourceAt(doc: AnalyzedDocument, sentence: Sentence): Source {
  const text = sentence.text.replace(/\s+/g, ' ').trim();
  return {
    file: doc.file,
    line: lineOf(doc.lineStarts, sentence.start),
    sentence: text.length > 240 ? text.slice(0, 237) + '…' : text,
  };
}

/** Keeps the first few distinct sources (hovers and summaries show a handful). */
export function addSource(list: Source[], s: Source, max = 8): void {
  if (list.length >= max) return;
  if (!list.some((x) => x.file === s.file && x.line === s.line)) list.push(s);
}

/** The release's headline: its first non-empty line, or a repeat of it. */
function isHeadline(text: string, s: Sentence): boolean {
  const first = /^\s*([^\r\n]+)/.exec(text)?.[1].trim();
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return !!first && line === first && line.length < 200;
}

/** A line in Title Case ("Department Launches Water Smart Initiative to Cut Household Water Use"). */
export function isTitleCase(s: Sentence): boolean {
  const words = s.tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 4) return false;
  const capitalized = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return capitalized / words.length >= 0.85;
}
