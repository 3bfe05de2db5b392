// Comparing forms: keys that ignore case, hyphens, dots and diacritics, and an edit distance with transpositions.

/** "Secretary-General" and "secretary general" share a key; so do "U.S." and "US", "Communiqué" and "Communique". */
export function formKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Same as formKey but keeps case: the difference between two forms with equal keys is then case or hyphens. */
export function spacingKey(s: string): string {
  return s.replace(/[-‐‑–—]/g, ' ').replace(/\s+/g, ' ').trim();
}

// Rows reused across calls: this runs for every candidate word pair, and the npm packages we tried
// (damerau-levenshtein) allocate a full matrix per call, which dominated lint time.
let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions
 * ("Velloso"/"Vellsoo" is one edit).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (!n) return m;
  if (!m) return n;
  if (m + 1 > cur.length) {
    prev2 = new Int32Array(m + 1);
    prev = new Int32Array(m + 1);
    cur = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** How many edits two words of this length may differ by and still be "the same word misspelled". */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/, '').replace(/['’]$/, '');
}

/** Splits a name into its words, keeping hyphenated words whole. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}
