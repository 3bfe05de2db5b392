// case-hyphen, one-word compounds: "cyber-security" where the corpus always writes "cybersecurity", and "codesigned"
// where it writes "co-designed".
import type { Finding, RuleContext } from './ruleTypes';
import type { Token } from '../text/tokenize';
import { inQuotedTitle } from '../draft/parseDraft';
import { tokenHits, HYPHENATED_BY_JOINED } from '../termbase/tokenHits';

export function compoundSpellings({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (!index.joinedCompounds.size && !index.hyphenatedByJoined.size) return out;
  let lowerText: string | undefined;
  // A draft that writes both forms is inconsistent: that rule says which form wins (the corpus's on a tie).
  const written = (form: string) => new RegExp(`(?<![\\p{L}-])${form}(?![\\p{L}-])`, 'u').test((lowerText ??= draft.text.toLowerCase()));
  const push = (t: Token, form: string, message: string) => {
    if (written(form) || inQuotedTitle(draft, t.start, t.baseEnd)) return;
    const fix = t.base === t.lower ? form : form[0].toUpperCase() + form.slice(1);
    out.push({ ruleId: 'case-hyphen', start: t.start, end: t.baseEnd, message, suggestions: [fix] });
  };
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      // The forms have six letters or more; a capital other than a sentence's first ("Co-operation" in a name) is
      // a name's own spelling.
      if (t.lower.length < 6 || t.base.slice(1) !== t.lower.slice(1) || (t.base !== t.lower && !t.sentenceStart)) continue;
      const dash = t.lower.indexOf('-');
      if (dash < 0) {
        const form = tokenHits(t, index) & HYPHENATED_BY_JOINED ? index.hyphenatedByJoined.get(t.lower) : undefined;
        if (form) push(t, form, `The corpus writes '${form}' with a hyphen.`);
        continue;
      }
      // "re-sign" is not "resign", "re-cover" not "recover": the prefix changes the meaning.
      if (dash === 0 || dash !== t.lower.lastIndexOf('-') || t.lower.startsWith('re-')) continue;
      const joined = t.lower.slice(0, dash) + t.lower.slice(dash + 1);
      if (index.joinedCompounds.has(joined)) push(t, joined, `The corpus writes '${joined}' as one word, without a hyphen.`);
    }
  }
  return out;
}
