// One pass over each corpus document: sentences, capitalized chunks, the release's date, line numbers.
import type { CorpusDocument, Source } from '../types';
import { tokenizeSentences, lineStarts, lineOf, type Sentence } from '../text/tokenize';
import { chunksOf, type Chunk } from '../text/chunks';
import { documentDate } from '../text/dates';
import { FUNCTION_WORDS } from '../lexicon/functionWords';

export interface AnalyzedDocument {
  file: string;
  text: string;
  date?: string;
  sentences: Sentence[];
  /** Chunks per sentence, leading sentence-initial function words trimmed ("The WCO" -> "WCO"). */
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
    chunks: sentences.map((s) => chunksOf(s).map(trimLeadingFunctionWords).filter((c) => c.tokens.length > 0)),
    lineStarts: lineStarts(doc.text),
  };
}

function trimLeadingFunctionWords(c: Chunk): Chunk {
  // Only a sentence's first word is capitalized for grammar's sake; drop it (and any connector after it).
  const first = c.tokens[0];
  if (!first.sentenceStart || !FUNCTION_WORDS.has(first.text.toLowerCase())) return c;
  let k = 1;
  while (k < c.tokens.length && !/^[A-Z]/.test(c.tokens[k].text)) k++;
  const tokens = c.tokens.slice(k);
  return { ...c, from: c.from + k, tokens, start: tokens[0]?.start ?? c.end };
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
