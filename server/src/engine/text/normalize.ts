// Comparing forms: keys that ignore case, hyphens, dots and diacritics, and an edit distance with transpositions.

/** A word without its diacritics ("Kōura" -> "Koura", "intérieures" -> "interieures"). */
export const withoutDiacritics = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** withoutDiacritics, and the letters an English keyboard writes as two ("Kjærgaard" -> "Kjaergaard", "Straße"). */
export const latinized = (s: string): string =>
  withoutDiacritics(s).replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ß/g, 'ss');

/** "Secretary-General" and "secretary general" share a key; so do "U.S." and "US", "Communiqué" and "Communique". */
export function formKey(s: string): string {
  if (isPlainKey(s)) return s.toLowerCase();
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

/**
 * Whether formKey would only lower-case `s`: ASCII letters and digits, single inner spaces. Most keys asked
 * for are plain words, and the six-pass normalization above was a measurable share of lint time.
 */
function isPlainKey(s: string): boolean {
  const n = s.length;
  if (!n) return true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    if (c === 32 && i > 0 && i < n - 1 && s.charCodeAt(i - 1) !== 32) continue;
    return false;
  }
  return true;
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

/**
 * editDistance(a, b) when it is at most k, else k + 1: only the diagonal band |i - j| <= k of the table is
 * filled, and the scan stops at the first row whose every cell is over k. Words asked about are mostly far
 * apart, and a full table for two 12-letter words is 144 cells where the band is at most 60.
 */
export function boundedEditDistance(a: string, b: string, k: number): number {
  const over = k + 1;
  if (k < 0) return over;
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > k) return over;
  if (m + 2 > cur.length) {
    prev2 = new Int32Array(m + 2);
    prev = new Int32Array(m + 2);
    cur = new Int32Array(m + 2);
  }
  // Cells outside the band count as "over"; the ones next to it are written so no stale value is read.
  for (let j = 0; j <= m; j++) prev[j] = j <= k ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur[lo - 1] = lo === 1 && i <= k ? i : over;
    let rowMin = cur[lo - 1];
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2] + 1);
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > k) return over;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] <= k ? prev[m] : over;
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

/**
 * editDistance(a, b) <= max, answered without the full table where it can be: most pairs asked about differ
 * in their first letters or by more than one edit, and within one edit is a single linear scan.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return max >= 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max || max <= 0) return false;
  if (max > 1) return boundedEditDistance(a, b, max) <= max;
  // One edit: skip the common prefix, then the rest must line up after one substitution, insertion,
  // deletion or swap of two adjacent letters.
  let i = 0;
  while (i < n && i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (n === m) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < n && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && a.slice(i + 2) === b.slice(i + 2);
  }
  return n > m ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
