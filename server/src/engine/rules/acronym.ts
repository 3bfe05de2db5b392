// acronym: used in the body before its expansion appears later in the same draft; an expansion that contradicts
// the corpus; a wrong acronym for a known expansion. Headline, date and dateline lines are exempt; acronyms a draft
// never spells out are not errors; universally known abbreviations ("UN", "US") are always fine.
import type { Rule, Finding, RuleContext } from './ruleTypes';
import type { AcronymDefinition } from '../types';
import { seenIn } from './ruleTypes';
import { acronymLetters, sameNameSpelledOut } from '../learn/acronymDefinitions';
import { draftDefinitions, definitionAfter, spelledOut } from './acronymFirstUse';
import { isAcronym, isAcronymToken } from '../text/chunks';
import { PROGRAMME_HEADS, UNIVERSAL_ABBREVIATIONS } from '../lexicon/entityHeads';
import { formKey } from '../text/normalize';
import { slipBetween } from '../learn/suspectedErrors';

/** A known acronym of the same length, one letter different, among those the draft itself uses. */
function oneLetterOff(letters: string, used: Map<string, AcronymDefinition>): AcronymDefinition | undefined {
  for (const [other, known] of used) {
    if (other.length !== letters.length) continue;
    let diff = 0;
    for (let i = 0; i < other.length && diff < 2; i++) if (other[i] !== letters[i]) diff++;
    if (diff === 1) return known;
  }
  return undefined;
}

/** The known acronyms the draft uses, by their letters (asked once per lint, only when an unknown one appears). */
function knownAcronymsUsed(draft: RuleContext['draft'], index: RuleContext['index']): Map<string, AcronymDefinition> {
  const used = new Map<string, AcronymDefinition>();
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      if (!isAcronymToken(t)) continue;
      const letters = acronymLetters(t.base);
      const known = index.acronymByLetters.get(letters);
      if (known) used.set(letters, known);
    }
  }
  return used;
}

export const checkAcronyms: Rule = ({ draft, index }) => {
  const out: Finding[] = [];
  const text = draft.text;
  const { defs } = draftDefinitions(draft);

  for (const d of defs) {
    if (UNIVERSAL_ABBREVIATIONS.has(d.acronym)) continue;
    const letters = acronymLetters(d.acronym);
    const byExpansion = index.acronymByExpansion.get(formKey(d.expansion));
    if (byExpansion && acronymLetters(byExpansion.acronym) !== letters) {
      const right = byExpansion.acronym + (/s$/.test(d.acronym) && !/s$/.test(byExpansion.acronym) ? 's' : '');
      out.push({
        ruleId: 'acronym',
        start: d.acronymStart,
        end: d.acronymEnd,
        message: `'${d.expansion}' is abbreviated '${byExpansion.acronym}' in the corpus (${seenIn(byExpansion.sources.length)}), not '${d.acronym}'.`,
        suggestions: [right],
        sources: byExpansion.sources.slice(0, 3),
      });
      continue;
    }
    const byLetters = index.acronymByLetters.get(letters);
    if (byLetters && !byExpansion && formKey(byLetters.expansion) !== formKey(d.expansion) && sharesWords(d.expansion, byLetters.expansion)) {
      // A misspelled expansion is the name rules' finding; here only a different name altogether.
      if (slipBetween(d.expansion, byLetters.expansion) || sameWordsLoosely(d.expansion, byLetters.expansion)) continue;
      // "United Nations Development Programme" for the corpus's "UN Development Programme".
      if (sameNameSpelledOut(d.expansion.split(/\s+/), byLetters.expansion.split(/\s+/))) continue;
      // "Harbour Cargo Prescreening (HCP) pilot" for the corpus's "... Prescreening Pilot Project (HCP)": the same
      // name without the programme nouns after it.
      if (withoutTrailingHeads(byLetters.expansion, d.expansion)) continue;
      out.push({
        ruleId: 'acronym',
        start: d.expansionStart,
        end: d.expansionEnd,
        message: `In the corpus '${byLetters.acronym}' stands for '${byLetters.expansion}', not '${d.expansion}'.`,
        suggestions: [byLetters.expansion],
        sources: byLetters.sources.slice(0, 3),
      });
    }
  }

  // "Interface Public-Members (IMP)": a known expansion right before a parenthesized acronym that is not its own.
  for (const s of draft.sentences) {
    const t = s.tokens;
    for (let i = 1; i < t.length; i++) {
      if (!t[i - 1].after.endsWith('(') || !isAcronymToken(t[i]) || !t[i].after.startsWith(')')) continue;
      if (defs.some((d) => d.acronymStart === t[i].start)) continue;
      for (let n = Math.min(i, 8); n >= 2; n--) {
        const words = t.slice(i - n, i);
        const known = index.acronymByExpansion.get(formKey(text.slice(words[0].start, words[n - 1].end)));
        if (!known || acronymLetters(known.acronym) === acronymLetters(t[i].base)) continue;
        out.push({
          ruleId: 'acronym',
          start: t[i].start,
          end: t[i].baseEnd,
          message: `'${known.expansion}' is abbreviated '${known.acronym}' in the corpus, not '${t[i].base}'.`,
          // "Task Forces (JIATFs)": the plural stays.
          suggestions: [known.acronym + (/s$/.test(t[i].base) && !/s$/.test(known.acronym) ? 's' : '')],
          sources: known.sources.slice(0, 3),
        });
        break;
      }
    }
  }

  // "UNDOC" for "UNODC", "IMP" for "IPM": two letters of a known acronym swapped, and no such acronym anywhere.
  const definedHere = new Set(defs.map((d) => acronymLetters(d.acronym)));
  let used: Map<string, AcronymDefinition> | undefined;
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      const word = t.base;
      if (!isAcronymToken(t) || word.length < 3 || UNIVERSAL_ABBREVIATIONS.has(word)) continue;
      const letters = acronymLetters(word);
      if (index.acronymByLetters.has(letters) || definedHere.has(letters)) continue;
      const swapped = index.acronymsByAnagram.get(letters.split('').sort().join(''))?.find((a) => isAdjacentSwap(letters, acronymLetters(a.acronym)));
      // "NHHS" for "NHSS": one letter off a known acronym of four letters or more that this draft writes rightly too.
      const typed = swapped || letters.length < 4 ? undefined : oneLetterOff(letters, (used ??= knownAcronymsUsed(draft, index)));
      const known = swapped ?? typed;
      if (!known || out.some((o) => o.start === t.start)) continue;
      const right = known.acronym + (/s$/.test(word) ? 's' : '');
      out.push({
        ruleId: 'acronym',
        start: t.start,
        end: t.baseEnd,
        message: swapped
          ? `'${word}' looks like '${known.acronym}' (${known.expansion}) with two letters swapped; the corpus never uses '${word}'.`
          : `'${word}' looks like '${known.acronym}' (${known.expansion}) with one letter mistyped, as this draft writes it elsewhere; the corpus never uses '${word}'.`,
        suggestions: [right],
        sources: known.sources.slice(0, 3),
      });
    }
  }

  // Used before it is spelled out.
  const flagged = new Set<string>();
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      const word = t.base;
      if (!isAcronymToken(t) || flagged.has(acronymLetters(word))) continue;
      const def = definitionAfter(draft, word, t.start, t.end);
      if (!def) continue;
      flagged.add(acronymLetters(word));
      out.push({
        ruleId: 'acronym',
        start: t.start,
        end: t.baseEnd,
        message: `'${word}' is used before it is spelled out later in this draft ('${def.expansion} (${def.acronym})'): spell it out at first use.`,
        suggestions: [spelledOut(text, def, word)],
      });
    }
  }
  return out;
};

/** The same name with a qualifier added or dropped ("US Customs and Border Protection"): not a contradiction. */
function sameWordsLoosely(a: string, b: string): boolean {
  const [small, large] = [formKey(a).split(' '), formKey(b).split(' ')].sort((x, y) => x.length - y.length);
  return large.length - small.length === 1 && small.every((w) => large.includes(w));
}

/** Two expansions of one acronym that share content words ("Approved Economic Operators" / "Authorized ..."). */
function sharesWords(a: string, b: string): boolean {
  const wb = new Set(formKey(b).split(' ').filter((w) => w.length > 3));
  return formKey(a).split(' ').some((w) => w.length > 3 && wb.has(w));
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** Whether `longer` is `shorter` followed only by programme nouns or "pilot" ("... Screening Pilot Project"). */
function withoutTrailingHeads(longer: string, shorter: string): boolean {
  const a = formKey(longer).split(' ');
  const b = formKey(shorter).split(' ');
  if (a.length <= b.length || b.some((w, k) => a[k] !== w)) return false;
  return a.slice(b.length).every((w) => w === 'pilot' || PROGRAMME_HEADS.has(w));
}
