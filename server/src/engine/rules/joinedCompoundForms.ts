// case-hyphen, one-word compounds: "cyber-security" where the corpus always writes "cybersecurity", and "codesigned"
// where it writes "co-designed".
import type { Finding, RuleContext } from './ruleTypes';
import { inQuotedTitle } from '../draft/parseDraft';

export function hyphenatedJoinedCompounds({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (!index.joinedCompounds.size) return out;
  let lowerText: string | undefined;
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      const dash = t.lower.indexOf('-');
      if (dash <= 0 || dash !== t.lower.lastIndexOf('-')) continue;
      // "re-sign" is not "resign", "re-cover" not "recover": the prefix changes the meaning.
      if (t.lower.startsWith('re-')) continue;
      const joined = t.lower.slice(0, dash) + t.lower.slice(dash + 1);
      if (!index.joinedCompounds.has(joined)) continue;
      // A capital other than a sentence's first ("Co-operation" in a name) is a name's own spelling.
      if (t.base.slice(1) !== t.lower.slice(1) || (t.base !== t.lower && !t.sentenceStart)) continue;
      // A draft that writes both forms is inconsistent: that rule says which form wins (the corpus's on a tie).
      if (new RegExp(`(?<![\\p{L}-])${joined}(?![\\p{L}-])`, 'u').test((lowerText ??= draft.text.toLowerCase()))) continue;
      if (inQuotedTitle(draft, t.start, t.baseEnd)) continue;
      const fix = t.base === t.lower ? joined : joined[0].toUpperCase() + joined.slice(1);
      out.push({ ruleId: 'case-hyphen', start: t.start, end: t.baseEnd, message: `The corpus writes '${joined}' as one word, without a hyphen.`, suggestions: [fix] });
    }
  }
  return out;
}

export function joinedHyphenatedCompounds({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (!index.hyphenatedByJoined.size) return out;
  let lowerText: string | undefined;
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      // The corpus's joined forms have six letters or more: most words are not looked up.
      const form = t.lower.length >= 6 ? index.hyphenatedByJoined.get(t.lower) : undefined;
      if (!form || (t.base !== t.lower && !(t.sentenceStart && t.base.slice(1) === t.lower.slice(1)))) continue;
      // A draft that writes both forms is inconsistent: that rule says which form wins.
      if ((lowerText ??= draft.text.toLowerCase()).includes(form) || inQuotedTitle(draft, t.start, t.baseEnd)) continue;
      const fix = t.base === t.lower ? form : form[0].toUpperCase() + form.slice(1);
      out.push({ ruleId: 'case-hyphen', start: t.start, end: t.baseEnd, message: `The corpus writes '${form}' with a hyphen.`, suggestions: [fix] });
    }
  }
  return out;
}
