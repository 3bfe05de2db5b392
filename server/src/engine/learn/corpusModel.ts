// One pass over each corpus document: sentences, capitalized chunks, the release's date, line numbers.
import type { CorpusDocument, Source } from '../types';
import { tokenizeSentences, lineStarts, lineOf, type Sentence } from '../text/tokenize';
import { findChunks, trimLeadingFunctionWords, type Chunk } from '../text/chunks';
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
  /** Sources made for this document's sentences, by sentence (see sourceAt). */
  sources?: Map<Sentence, Source>;
}

/**
 * One string per distinct word across a corpus. Every analyzed release is kept until learning ends, and a corpus of
 * thousands holds millions of tokens whose words repeat: sharing their strings keeps the heap, and the time the
 * garbage collector spends walking it, small.
 */
export class WordPool {
  private words = new Map<string, string>();

  intern(word: string): string {
    const known = this.words.get(word);
    if (known !== undefined) return known;
    this.words.set(word, word);
    return word;
  }

  internTokens(sentences: Sentence[]): void {
    for (const s of sentences) {
      for (const t of s.tokens) {
        const text = this.intern(t.text);
        const base = t.base === t.text ? text : this.intern(t.base);
        t.text = text;
        t.base = base;
        t.lower = t.lower === base ? base : this.intern(t.lower);
        if (t.after.length > 1) t.after = this.intern(t.after);
        if (t.before.length > 1) t.before = this.intern(t.before);
      }
    }
  }
}

export function analyzeDocument(doc: CorpusDocument, pool?: WordPool): AnalyzedDocument {
  const sentences = tokenizeSentences(doc.text);
  pool?.internTokens(sentences);
  const headline = headlineOf(doc.text);
  return {
    file: doc.file,
    text: doc.text,
    date: documentDate(doc.text),
    sentences,
    chunks: sentences.map((s) => (isHeadline(doc.text, headline, s) && isTitleCase(s) ? [] : findChunks(s).map(trimLeadingFunctionWords).filter((c) => c.tokens.length > 0))),
    lineStarts: lineStarts(doc.text),
  };
}

/**
 * The source for a sentence, made once: the people, titles and organizations of one sentence share it in the
 * term base (a 10,000-release term base cites about 15,000 sentences 35,000 times), which keeps the language
 * server's copy small. Sources are never modified once made.
 */
export function sourceAt(doc: AnalyzedDocument, sentence: Sentence): Source {
  let source = doc.sources?.get(sentence);
  if (source) return source;
  const text = sentence.text.replace(/\s+/g, ' ').trim();
  source = {
    file: doc.file,
    line: lineOf(doc.lineStarts, sentence.start),
    sentence: text.length > 240 ? text.slice(0, 237) + '…' : text,
  };
  (doc.sources ??= new Map()).set(sentence, source);
  return source;
}

/** Keeps the first few distinct sources (hovers and summaries show a handful). */
export function addSource(list: Source[], s: Source, max = 8): void {
  if (list.length >= max) return;
  if (!list.some((x) => x.file === s.file && x.line === s.line)) list.push(s);
}

/** A sentence where something was seen, made into a Source only if it is kept: most sightings are not. */
export interface SeenAt {
  doc: AnalyzedDocument;
  sentence: Sentence;
}

/** addSource(list, sourceAt(doc, sentence)) without building a source that would be dropped. */
export function addSourceAt(list: Source[], doc: AnalyzedDocument, sentence: Sentence, max = 8): void {
  if (list.length >= max) return;
  const line = lineOf(doc.lineStarts, sentence.start);
  if (!list.some((x) => x.file === doc.file && x.line === line)) list.push(sourceAt(doc, sentence));
}

/** The release's first non-empty line, trimmed. */
function headlineOf(text: string): string | undefined {
  return /^\s*([^\r\n]+)/.exec(text)?.[1].trim();
}

/** The release's headline: its first non-empty line, or a repeat of it. */
function isHeadline(text: string, first: string | undefined, s: Sentence): boolean {
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
