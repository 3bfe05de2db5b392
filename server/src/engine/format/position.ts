// Offsets (UTF-16 code units, as JS strings and LSP count) → 1-based line and column.
// Line breaks are \n, \r\n and a lone \r; columns count UTF-16 code units from the line start.

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export interface LineIndex {
  position(offset: number): Position;
}

/** Start offsets of every line of `text`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) starts.push(i + 1);
    else if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function createLineIndex(text: string): LineIndex {
  const starts = lineStarts(text);
  return {
    position(offset: number): Position {
      const o = Math.max(0, Math.min(offset, text.length));
      // Last line start <= o (binary search).
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: o - starts[lo] + 1 };
    },
  };
}
