// programme-name: a misspelled programme, initiative or instrument ("Green Customs Initative"), or a known
// programme called by the wrong kind of name ("Green Customs Programme" where the corpus says "Initiative").
import type { Rule, Finding } from './ruleTypes';
import { seenIn } from './ruleTypes';
import { nameErrorMatches, replacementFor, isNameError, knownAsWritten } from './formMatching';
import { PROGRAMME_HEADS } from '../lexicon/entityHeads';
import { numeralValue } from '../lexicon/classifyName';
import { americanSpelling } from '../style/styleVariants';
import { formKey, withinEdits, allowedEdits } from '../text/normalize';
import { isEnglishWord } from '../lexicon/englishWords';
import { tokenHits, PROGRAMME_CORE_START, KNOWN_WORD } from '../termbase/tokenHits';
import { preferredOver } from './programmeForms';

// Heads that name a document rather than something run or financed.
const DOCUMENT_HEADS = new Set(['framework', 'convention', 'agreement', 'protocol', 'guidelines', 'standards', 'charter', 'declaration', 'treaty', 'compendium', 'act', 'law', 'regulation', 'directive', 'code', 'strategy', 'plan', 'agenda', 'policy']);

export const checkProgrammeNames: Rule = ({ draft, index }) => {
  const out: Finding[] = [];
  const text = draft.text;
  const known = index.formKeys;
  for (const m of nameErrorMatches(draft, index)) {
    if (m.form.kind !== 'programme') continue;
    const windowText = text.slice(m.tokens[0].start, m.tokens[m.tokens.length - 1].baseEnd);
    if (knownAsWritten(windowText, m, known) || (index.accepted.size > 0 && index.accepted.has(formKey(windowText)))) continue;
    // Two capitalized words at the start of a sentence may be ordinary words ("Global shipping ...").
    if (m.tokens.length === 2 && m.tokens[0].sentenceStart && m.diffs.some((d, k) => d === 'typo' && isEnglishWord(m.tokens[k].base))) continue;
    // A name without its programme noun, ending in another English word of the same stem: "First Future Grid
    // Apprentices Begin Training" speaks of people, not of the "Future Grid Apprenticeship Program"; nor does "Te
    // Awa Fellows" (the holders) of the "Te Awa Fellowships".
    const last = m.form.lower.length - 1;
    if (m.diffs.some((d, k) => d === 'typo' && (m.form.core || (k === last && PROGRAMME_HEADS.has(m.form.lower[k].replace(/s$/, '')))) && isEnglishWord(m.tokens[k].base) && !withinEdits(m.tokens[k].lower, m.form.lower[k], allowedEdits(m.form.lower[k].length)))) continue;
    // Case slips inside the same name are part of the same fix ("World fisheries Organisation").
    let r = replacementFor(text, m, (d) => isNameError(d) || d === 'case' || d === 'hyphen')!;
    const p = m.form.programme!;
    // The draft calls the programme by another of its names more often: the whole name becomes that one.
    const preferred = preferredOver(draft, index, p, m.form.form);
    if (preferred) r = { start: m.tokens[0].start, end: m.tokens[m.tokens.length - 1].baseEnd, replacement: preferred };
    out.push({
      ruleId: 'programme-name',
      start: r.start,
      end: r.end,
      message: `'${text.slice(r.start, r.end)}' ${numeralValue(text.slice(r.start, r.end)) > 0 && numeralValue(text.slice(r.start, r.end)) === numeralValue(r.replacement) ? 'is the number in another style than' : 'looks like a misspelling in'} '${m.form.form}': the ${p.kind} is '${p.name}' (${seenIn(p.documents)})${preferred ? `; this draft calls it '${preferred}'` : ''}.`,
      suggestions: [r.replacement],
      sources: p.sources.slice(0, 3),
    });
  }
  out.push(...misspelledProducts(draft, index));
  // "Green Customs Programme": the known core followed by a different programme noun.
  for (const s of draft.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!(tokenHits(t[i], index) & PROGRAMME_CORE_START)) continue;
      const candidates = index.programmesByCoreStart.get(t[i].base)!;
      for (const { programme: p, coreWords } of candidates) {
        if (i + coreWords.length >= t.length) continue;
        if (!coreWords.every((w, k) => t[i + k].base === w && (k === coreWords.length - 1 || t[i + k].after === ''))) continue;
        const head = t[i + coreWords.length];
        if (t[i + coreWords.length - 1].after !== '' || !PROGRAMME_HEADS.has(head.base.toLowerCase()) || !/^[A-Z]/.test(head.base)) continue;
        // Only the noun that ends a known form: "Blue Harbour Programme" is a fair form of "Project Blue Harbour".
        const heads = new Set(p.forms.map((f) => f.split(/\s+/).pop()!).filter((w) => PROGRAMME_HEADS.has(w.toLowerCase())).map((w) => americanSpelling(w) ?? w.toLowerCase()));
        if (!heads.size || heads.has(americanSpelling(head.base) ?? head.base.toLowerCase())) continue;
        // "Materials Passport Standards" beside the "Materials Passport Initiative": a document of the programme's
        // (standards, a charter, a strategy) is another thing with the same words, not the programme misnamed.
        if (DOCUMENT_HEADS.has(head.base.toLowerCase()) && ![...heads].some((h) => DOCUMENT_HEADS.has(h))) continue;
        const right = p.forms.map((f) => f.split(/\s+/).pop()!).find((w) => PROGRAMME_HEADS.has(w.toLowerCase()))!;
        out.push({
          ruleId: 'programme-name',
          start: head.start,
          end: head.baseEnd,
          message: `'${coreWords.join(' ')} ${head.base}' is not how the corpus names it: '${p.name}' (${seenIn(p.documents)}).`,
          suggestions: [right],
          sources: p.sources.slice(0, 3),
        });
      }
    }
  }
  return out;
};

/** "GridSence" for the product "GridSense": a capitalized word, no English word or known name, an edit or two off. */
function misspelledProducts(draft: Parameters<Rule>[0]['draft'], index: Parameters<Rule>[0]['index']): Finding[] {
  const out: Finding[] = [];
  if (!index.productsByLower.size) return out;
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      const w = t.base;
      if (w.length < 5 || !/^[A-Z]/.test(w) || index.productsByLower.has(t.lower) || tokenHits(t, index) & KNOWN_WORD || isEnglishWord(w)) continue;
      const hit = index.productWords.lookup(w).find((c) => c.word[0] === t.lower[0]);
      if (!hit) continue;
      const p = hit.values[0];
      out.push({
        ruleId: 'programme-name',
        start: t.start,
        end: t.baseEnd,
        message: `'${w}' looks like a misspelling of '${p.name}' (${seenIn(p.documents)}).`,
        suggestions: [p.name],
        sources: p.sources.slice(0, 3),
      });
    }
  }
  return out;
}
