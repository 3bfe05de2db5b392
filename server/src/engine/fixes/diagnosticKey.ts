// A diagnostic's identity that survives edits elsewhere in the file: the rule, the flagged text, its
// suggestion, a little context around it, and which occurrence of that same context it is in the file.
import { createHash } from 'node:crypto';

interface Keyable {
  ruleId: string;
  start: number;
  end: number;
  suggestions: string[];
}

function contextOf(text: string, d: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, d.start - 24), d.start).replace(/\s+/g, ' ');
  const after = text.slice(d.end, d.end + 24).replace(/\s+/g, ' ');
  return before + text.slice(d.start, d.end) + after;
}

/**
 * Keys for a whole lint's diagnostics, in document order: identical contexts are numbered as they come, so two
 * identical sentences get two keys, without rescanning the text for each diagnostic.
 */
export function diagnosticKeys(text: string, diagnostics: Keyable[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const needle = `${d.ruleId}\u0000${contextOf(text, d)}\u0000${d.suggestions[0] ?? ''}`;
    const nth = seen.get(needle) ?? 0;
    seen.set(needle, nth + 1);
    return createHash('sha1').update(`${needle}\u0000${nth}`).digest('hex').slice(0, 16);
  });
}

/** The key of one diagnostic (the first of its context in the file when several share it). */
export function diagnosticKey(text: string, d: Keyable): string {
  return diagnosticKeys(text, [d])[0];
}
