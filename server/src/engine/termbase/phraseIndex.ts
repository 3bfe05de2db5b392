// Exact phrases (rejected forms, corpus slips, spaced compounds) found by their first word, so the cost of a
// lint does not grow with how many phrases the term base holds.
import type { Sentence, Token } from '../text/tokenize';

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

export class PhraseIndex<T> {
  private byFirst = new Map<string, { phrase: string; value: T; caseSensitive: boolean }[]>();
  // The first characters the first words start with (ASCII; 128 = any other): most tokens are skipped on it.
  private initials = new Uint8Array(129);

  add(phrase: string, value: T, caseSensitive = true): void {
    const first = phrase.split(/[\s]+/)[0].toLowerCase().replace(/['’]s$/, '');
    if (!first) return;
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    list.push({ phrase, value, caseSensitive });
    this.initials[Math.min(first.charCodeAt(0), 128)] = 1;
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** The phrases the token can be the first word of. */
  private startingAt(t: Token) {
    if (!this.initials[Math.min(t.lower.charCodeAt(0), 128)]) return undefined;
    // A hyphenated first word ("cross-border") is also found by its first part; most words have no hyphen.
    return this.byFirst.get(t.lower) ?? (t.lower.includes('-') ? this.byFirst.get(t.lower.slice(0, t.lower.indexOf('-'))) : undefined);
  }

  /** Whether a phrase can start at the token (remembered per word by termbase/tokenHits.ts). */
  startsAt(t: Token): boolean {
    return this.startingAt(t) !== undefined;
  }

  /** The phrases written in the sentences; `mayStart`, when given, answers startsAt from a cache. */
  find(text: string, sentences: Sentence[], mayStart?: (t: Token) => boolean): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    if (!this.byFirst.size) return out;
    for (const s of sentences) {
      for (const t of s.tokens) {
        if (mayStart && !mayStart(t)) continue;
        const list = this.startingAt(t);
        if (!list) continue;
        for (const p of list) {
          const end = t.start + p.phrase.length;
          const written = text.slice(t.start, end);
          if (p.caseSensitive ? written !== p.phrase : written.toLowerCase() !== p.phrase.toLowerCase()) continue;
          const after = text[end];
          if (after && /[\p{L}\p{N}-]/u.test(after)) continue;
          out.push({ start: t.start, end, value: p.value });
        }
      }
    }
    return out;
  }
}
