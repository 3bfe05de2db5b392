// Where the forms accepted in presslint.json ("accept") occur in a text: a diagnostic inside one is never
// reported, whether it covers the whole form or one word of it ("Dana Whitlow" accepted: "Whitlow" is fine
// there). Matched case-sensitively, as whole words; any run of spaces or line breaks matches a space.
import { escapeRegExp } from '../text/normalize';

export interface Span {
  start: number;
  end: number;
}

function patternOf(form: string): RegExp | undefined {
  const words = form.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every occurrence of every accepted form in `text`. */
export function acceptedSpans(text: string, forms: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const form of new Set(forms)) {
    const re = patternOf(form);
    if (!re) continue;
    // Overlapping occurrences too ("a b a b" holds "a b" at three places): the next search starts one past the last.
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length });
      re.lastIndex = m.index + 1;
    }
  }
  return out;
}

/** Whether [start, end) lies inside one of `spans`. */
export const insideAny = (spans: readonly Span[], start: number, end: number): boolean => spans.some((s) => start >= s.start && end <= s.end);
