// A diagnostic's identity that survives edits elsewhere in the file: the rule, the flagged text, its
// suggestion, a little context around it, and which occurrence of that context it is.
import { createHash } from 'node:crypto';

export function diagnosticKey(text: string, d: { ruleId: string; start: number; end: number; suggestions: string[] }): string {
  const flagged = text.slice(d.start, d.end);
  const before = text.slice(Math.max(0, d.start - 24), d.start).replace(/\s+/g, ' ');
  const after = text.slice(d.end, d.end + 24).replace(/\s+/g, ' ');
  const needle = before + flagged + after;
  // Count earlier identical contexts so two identical sentences get two keys.
  let nth = 0;
  for (let i = text.indexOf(flagged); i >= 0 && i < d.start; i = text.indexOf(flagged, i + 1)) {
    const ctx = text.slice(Math.max(0, i - 24), i).replace(/\s+/g, ' ') + flagged + text.slice(i + flagged.length, i + flagged.length + 24).replace(/\s+/g, ' ');
    if (ctx === needle) nth++;
  }
  return createHash('sha1').update(`${d.ruleId}\u0000${needle}\u0000${d.suggestions[0] ?? ''}\u0000${nth}`).digest('hex').slice(0, 16);
}
