// Candidate lookup for misspelled words whose cost does not grow with the vocabulary: a symmetric deletion
// index (every word and its one- and two-letter deletions point back to the word), then an exact edit-distance check.
import { boundedEditDistance, allowedEdits } from '../text/normalize';

export class FuzzyWordIndex<T> {
  // Deletion -> the word (or words) it comes from. Nearly every deletion comes from one word, so a plain string
  // is stored rather than a Set per key: with a 10,000-release corpus the Sets alone held ~30 MB.
  private deletions = new Map<string, string | string[]>();
  private payload = new Map<string, T[]>();

  add(word: string, value: T): void {
    this.memo.clear();
    const w = word.toLowerCase();
    if (w.length < 4) return;
    const list = this.payload.get(w);
    if (list) {
      if (!list.includes(value)) list.push(value);
      return;
    }
    this.payload.set(w, [value]);
    for (const d of deletionsOf(w, 2)) {
      const had = this.deletions.get(d);
      if (had === undefined) this.deletions.set(d, w);
      else if (typeof had === 'string') this.deletions.set(d, [had, w]);
      else had.push(w);
    }
  }

  /** Known words within the allowed edit distance of `word` (case-insensitive), excluding `word` itself. */
  private memo = new Map<string, { word: string; edits: number; values: T[] }[]>();

  lookup(word: string, maxEdits?: number): { word: string; edits: number; values: T[] }[] {
    const key = `${maxEdits ?? ''}\u0000${word}`;
    let hit = this.memo.get(key);
    if (!hit) {
      hit = this.search(word, maxEdits);
      if (this.memo.size > 20000) this.memo.clear();
      this.memo.set(key, hit);
    }
    return hit;
  }

  private search(word: string, maxEdits?: number): { word: string; edits: number; values: T[] }[] {
    const w = word.toLowerCase();
    if (w.length < (maxEdits ? 3 : 4)) return [];
    const seen = new Set<string>();
    const out: { word: string; edits: number; values: T[] }[] = [];
    // Entries carry two deletions, so a query needs only as many as the edits it allows.
    const limitAll = maxEdits ?? allowedEdits(w.length + 1);
    for (const d of deletionsOf(w, Math.min(2, Math.max(1, limitAll)))) {
      const hits = this.deletions.get(d);
      if (hits === undefined) continue;
      for (const k of typeof hits === 'string' ? [hits] : hits) {
        if (k === w || seen.has(k)) continue;
        seen.add(k);
        const limit = maxEdits ?? Math.min(allowedEdits(Math.max(k.length, w.length)), allowedEdits(k.length));
        const edits = boundedEditDistance(w, k, limit);
        if (edits >= 1 && edits <= limit) {
          out.push({ word: k, edits, values: this.payload.get(k)! });
        }
      }
    }
    return out.sort((a, b) => a.edits - b.edits || a.word.localeCompare(b.word));
  }

  has(word: string): boolean {
    return this.payload.has(word.toLowerCase());
  }
}

function deletionsOf(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      if (w.length <= 2) continue;
      for (let i = 0; i < w.length; i++) {
        const x = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(x)) {
          out.add(x);
          next.push(x);
        }
      }
    }
    frontier = next;
  }
  return out;
}
