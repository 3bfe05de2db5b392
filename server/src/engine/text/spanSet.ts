// Non-overlapping spans kept sorted, so "does [start, end) overlap one of them?" is a binary search rather
// than a scan (a 1 MB draft has thousands of findings to settle).
export class SpanSet {
  private starts: number[] = [];
  private ends: number[] = [];

  /** Index of the first span starting at or after `offset`. */
  private firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(start: number, end: number): boolean {
    // The spans are disjoint and sorted, so only the last one starting before `end` can reach into [start, end).
    const i = this.firstAtOrAfter(end) - 1;
    return i >= 0 && this.ends[i] > start;
  }

  /** Adds a span that overlaps none already held. */
  add(start: number, end: number): void {
    const i = this.firstAtOrAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}
