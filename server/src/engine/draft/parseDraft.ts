// The draft model: its prose tokenized, its lines classified (headline, date line, dateline, kind line, body,
// closing boilerplate), its date, and where its quotations are.
import { tokenizeSentences, lineStarts, lineOf, type Sentence } from '../text/tokenize';
import { chunksOf, trimLeadingFunctionWords, type Chunk } from '../text/chunks';
import { findDates, documentDate } from '../text/dates';
import { maskMarkdown } from './maskMarkdown';

export type LineKind = 'headline' | 'date' | 'dateline' | 'kind' | 'body' | 'boilerplate' | 'blank';

export interface Draft {
  /** The text the rules read (Markdown masked); offsets equal the original's. */
  text: string;
  sentences: Sentence[];
  chunks: Chunk[][];
  lineStarts: number[];
  lineKinds: LineKind[];
  /** Where the dateline ends on its line ("WASHINGTON, D.C. –" is exempt, the rest of the line is body). */
  datelineEnds: Map<number, number>;
  date?: string;
  quotes: { start: number; end: number }[];
  /** What the rules derive from this draft, once per lint (see memoOnDraft). */
  memo: Map<DraftMemoKey<unknown>, unknown>;
}

/** Names one kind of result derived from a draft; `T` is its type. */
export interface DraftMemoKey<T> {
  readonly name: string;
  /** Never set: carries the type. */
  readonly value?: T;
}

export const draftMemoKey = <T>(name: string): DraftMemoKey<T> => ({ name });

/**
 * A result derived from the draft (matched forms, person mentions, title verdicts), computed once and kept on
 * the draft itself, so it dies with the draft. Not a WeakMap keyed by the draft: V8's young-generation collector
 * keeps a weak map's values alive, so each lint's results were copied, then promoted to the old generation
 * (a 600-word lint: ~0.8 MB promoted per scavenge, scavenges of 3.6 ms every ~17 ms of linting).
 */
export function memoOnDraft<T>(draft: Draft, key: DraftMemoKey<T>, compute: () => T): T {
  let value = draft.memo.get(key) as T | undefined;
  if (value === undefined) {
    value = compute();
    draft.memo.set(key, value);
  }
  return value;
}

const KIND_LINE = /^(press release|news release|media release|report|statement|media advisory|for immediate release|release date:.*|contact:.*|embargoed.*|interview|speech|remarks|fact sheet|news)$/i;
const DATELINE = /^([A-Z][A-Za-z.]+(?:[ ,]+[A-Z][A-Za-z.]+)*,?\s*(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|[A-Z][a-z]+\.? \d{1,2})?\s*[–—-]{1,2}|[A-Z][A-Za-z.]+(?:,? [A-Z][A-Za-z.]+)*, (?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}))/;
const END_MARK = /^\s*(#{3}|-+\s*ends\s*-+|end|\*\*\*)\s*$/i;
const BOILERPLATE_START = /^(about (the )?[A-Z]|notes to editors|media contact|for more information)/i;

export function parseDraft(original: string, options: { markdown?: boolean } = {}): Draft {
  const text = options.markdown ? maskMarkdown(original) : original;
  const sentences = tokenizeSentences(text);
  const starts = lineStarts(text);
  const lines = starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : text.length).replace(/[\r\n]+$/, ''));
  const kinds: LineKind[] = [];
  const datelineEnds = new Map<number, number>();
  let headline: string | undefined;
  let inBoilerplate = false;
  let seenBody = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return kinds.push('blank');
    if (END_MARK.test(line)) {
      inBoilerplate = true;
      return kinds.push('boilerplate');
    }
    if (inBoilerplate || (seenBody && BOILERPLATE_START.test(line) && line.length < 80)) {
      inBoilerplate = true;
      return kinds.push('boilerplate');
    }
    // "MEDIA ADVISORY" (or "PRESS RELEASE") above the headline: the headline is the next line.
    if (headline === undefined && KIND_LINE.test(line)) return kinds.push('kind');
    if (headline === undefined) {
      headline = line;
      return kinds.push('headline');
    }
    if (line === headline) return kinds.push('headline');
    // Dates only classify short lines and the lines before the body: a body paragraph is not scanned here.
    const dates = !seenBody || line.length < 60 ? findDates(line) : [];
    // "Brussels, 6 January 2011" is a dateline: a place before the date.
    const placeFirst = dates.length && /^[A-Z][A-Za-z.]+/.test(line) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Release|Date|Dated|Updated|Published)\b/i.test(line) && dates[0].start > 0;
    if (placeFirst && !seenBody && DATELINE.test(line) && DATELINE.exec(line)![0].length >= line.length - 2) return kinds.push('dateline');
    if (dates.length && line.replace(/[\s,.:–—-]/g, '').length - dates.reduce((n, d) => n + (d.end - d.start), 0) <= 12 && line.length < 60) {
      return kinds.push(seenBody ? 'body' : 'date');
    }
    if (!seenBody && KIND_LINE.test(line)) return kinds.push('kind');
    const d = seenBody ? null : DATELINE.exec(line);
    if (d) {
      const lead = raw.length - raw.trimStart().length;
      if (d[0].length >= line.length - 2) return kinds.push('dateline');
      datelineEnds.set(i, starts[i] + lead + d[0].length);
    }
    // "Ministry of Inland Water Transport" above the headline: top matter runs to the date line or dateline.
    if (!seenBody && !d && line.length < 200 && !/[.!?]["”’]?$/.test(line) && datedLineFollows(lines, i)) return kinds.push('headline');
    seenBody = true;
    return kinds.push('body');
  });
  return {
    text,
    sentences,
    chunks: sentences.map((s) => chunksOf(s).map(trimLeadingFunctionWords).filter((c) => c.tokens.length > 0)),
    lineStarts: starts,
    lineKinds: kinds,
    datelineEnds,
    date: documentDate(text),
    quotes: findQuotes(text),
    memo: new Map(),
  };
}

/** Whether the next non-blank line after line i is only a date or a place and a date ("New Delhi, 22 January 2026"). */
function datedLineFollows(lines: string[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && !lines[j].trim()) j++;
  const next = lines[j]?.trim();
  if (!next || next.length >= 60) return false;
  const dates = findDates(next);
  return dates.length > 0 && next.replace(/[\s,.:–—-]/g, '').length - dates.reduce((n, x) => n + (x.end - x.start), 0) <= 25;
}

/** The kind of line an offset is on; the dateline part of a body line counts as dateline. */
export function lineKindAt(draft: Draft, offset: number): LineKind {
  const line = lineOf(draft.lineStarts, offset) - 1;
  const end = draft.datelineEnds.get(line);
  if (end !== undefined && offset < end) return 'dateline';
  return draft.lineKinds[line] ?? 'body';
}

export function isExemptLine(draft: Draft, offset: number): boolean {
  const k = lineKindAt(draft, offset);
  return k === 'headline' || k === 'date' || k === 'dateline' || k === 'kind';
}

function findQuotes(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/“[^”\n]*”|"[^"\n]*"|‘[^’\n]{1,120}’(?![a-z])/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** A short quotation that is a title or a theme ("the theme ‘Borders divide, Customs connects’"), linted only for names. */
export function inQuotedTitle(draft: Draft, start: number, end: number): boolean {
  const titles = quotedTitlesOf(draft);
  // Sorted by start: walk back from the last quote opening at or before `start` while one could still reach `end`.
  let lo = 0;
  let hi = titles.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (titles.starts[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && titles.reach[i] >= end; i--) if (titles.ends[i] >= end) return true;
  return false;
}

/** Quotes short enough to be a title or theme (12 words at most, not a quoted sentence), by start; per draft. */
interface QuotedTitles {
  starts: number[];
  ends: number[];
  /** The furthest end among this quote and those opening before it. */
  reach: number[];
}
const QUOTED_TITLES = draftMemoKey<QuotedTitles>('quoted titles');

function quotedTitlesOf(draft: Draft): QuotedTitles {
  return memoOnDraft(draft, QUOTED_TITLES, () => findQuotedTitles(draft));
}

function findQuotedTitles(draft: Draft): QuotedTitles {
  const spans = draft.quotes
    .filter((q) => {
      const quoted = draft.text.slice(q.start, q.end);
      return quoted.split(/\s+/).length <= 12 && !/[.!?,]["”’]$/.test(quoted);
    })
    .sort((a, b) => a.start - b.start);
  const t: QuotedTitles = { starts: spans.map((q) => q.start), ends: spans.map((q) => q.end), reach: [] };
  let reach = -1;
  for (const q of spans) t.reach.push((reach = Math.max(reach, q.end)));
  return t;
}
