// case-hyphen, house capitals: a common word or pair the corpus always capitalizes where it stands alone
// ("the Member States", "Tribal governments"; learn/houseCapitals.ts) written in lower case in a draft.
import type { Finding, RuleContext } from './ruleTypes';
import { inQuotedTitle, isExemptLine } from '../draft/parseDraft';
import { GENERIC_DETERMINERS } from '../lexicon/functionWords';

// "a cabinet", "another state": a word after an article or a quantifier is the common noun, not the house's term.
const isGeneric = (w: string): boolean => GENERIC_DETERMINERS.has(w) || w === 'another';

export function lowerCaseHouseCapitals({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (!index.houseCapitals.size) return out;
  for (const s of draft.sentences) {
    const toks = s.tokens;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      if (t.text !== t.lower || isGeneric(toks[i - 1].lower)) continue;
      // A pair first ("member states"), then the word alone, only in the company the corpus keeps it in.
      const next = toks[i + 1];
      const pair = next && t.after === '' && next.base === next.lower ? index.houseCapitals.get(`${t.lower} ${next.lower}`) : undefined;
      const one = pair ? undefined : index.houseCapitals.get(t.lower);
      const house = pair ?? (one?.neighbours?.some((w) => w === toks[i - 1].lower || w === next?.lower) ? one : undefined);
      if (!house) continue;
      const end = pair ? next.baseEnd : t.baseEnd;
      if (isExemptLine(draft, t.start) || inQuotedTitle(draft, t.start, end)) continue;
      out.push({
        ruleId: 'case-hyphen',
        start: t.start,
        end,
        message: `The corpus always capitalizes '${house.form}' here.`,
        suggestions: [house.form],
      });
      if (pair) i++;
    }
  }
  return out;
}
