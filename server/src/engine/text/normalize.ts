// Comparing forms: keys that ignore case, hyphens, dots and diacritics, and an edit distance with transpositions.
import damerauLevenshtein from 'damerau-levenshtein';

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

/** Edit distance with adjacent transpositions ("Mikuriya"/"Mikuirya" is one edit). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  return damerauLevenshtein(a, b).steps;
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
