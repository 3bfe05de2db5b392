// case-hyphen: a known term with the wrong capitalization or hyphenation ("Blue harbour Programme"), including
// the organization-dependent title style ("UN Secretary General" where the UN writes "Secretary-General").
import type { Rule, Finding, RuleContext } from './ruleTypes';
import { matchForms, replacementFor } from './formMatching';
import { titleVerdicts } from './titleVerdicts';
import { parseTitlePhrase, hasTitleHead, titleKey } from '../learn/titlePhrase';
import { formKey } from '../text/normalize';
import { GENERIC_DETERMINERS, looksLikeParticiple } from '../lexicon/functionWords';
import { findPersonMentions } from '../termbase/personMentions';
import { inQuotedTitle } from '../draft/parseDraft';
import { COMPOUND_PREFIXES } from '../lexicon/compoundPrefixes';
import { compoundSpellings } from './joinedCompoundForms';
import { lowerCaseHouseCapitals } from './houseCapitalForms';
import { isAcronymToken } from '../text/chunks';
import { tokenHits, SPACED_COMPOUND_START, ONE_WORD_TITLE_START } from '../termbase/tokenHits';

export const checkCaseAndHyphens: Rule = (ctx) => {
  const { draft, index } = ctx;
  const text = draft.text;
  const out: Finding[] = [];
  for (const m of matchForms(draft, index, ['programme', 'organization', 'person', 'title'])) {
    if (m.form.core) continue; // "Customs Enforcement" alone is ordinary prose
    // "as secretary of the ministry": a title written all in lower case is a description, not the title.
    // ("general manager and CEO": its acronym keeps its capitals.)
    if (m.form.kind === 'title' && m.tokens.every((t) => t.text === t.lower || isAcronymToken(t))) continue;
    // "a police and crime commissioner", "every police and crime commissioner": a name in lower case after an
    // article or a quantifier is the common noun, not the office.
    const before = m.tokens[0].index > 0 ? m.sentence.tokens[m.tokens[0].index - 1] : undefined;
    if (before && GENERIC_DETERMINERS.has(before.lower) && m.tokens.every((t) => t.text === t.lower)) continue;
    // One release writing a body's name with capitals, and no acronym for it, does not make them house style
    // ("US Government" once, "U.S. government" in another release).
    const org = m.form.organization;
    if (org && !org.acronym && org.documents < 2 && org.origin === 'learned') continue;
    const odd = (d: string) => d === 'case' || d === 'hyphen';
    if (!m.diffs.some(odd) || !m.diffs.every((d) => d === 'same' || odd(d)) || !m.diffs.includes('same')) continue;
    // A heading in capitals ("STATEMENT FROM MAYOR DANA R. WHITFIELD"): emphasis, not another spelling of the name.
    if (m.tokens.every((t) => t.base === t.base.toUpperCase()) && m.form.form !== m.form.form.toUpperCase()) continue;
    // "Afya bora ni haki ...", a quoted sentence that opens with the name's words: the capital is the sentence's, and
    // the rest in lower case is prose.
    if (m.tokens.length >= 2 && (m.tokens[0].sentenceStart || /[“"‘]$/.test(m.tokens[0].before)) && m.tokens.slice(1).every((t) => t.text === t.lower)) continue;
    // A capital forced by the start of a sentence is not a style choice.
    if (m.diffs.every((d, k) => d === 'same' || (k === 0 && m.tokens[0].sentenceStart && m.tokens[0].base.slice(1) === m.form.words[0].slice(1)))) continue;
    const r = replacementFor(text, m, odd)!;
    if (inQuotedTitle(draft, r.start, r.end) || index.accepted.has(formKey(text.slice(r.start, r.end)))) continue;
    if (text.slice(r.start, r.end) === r.replacement) continue;
    out.push({
      ruleId: 'case-hyphen',
      start: r.start,
      end: r.end,
      message: `The corpus writes '${m.form.form}' (capitalization and hyphens as there).`,
      suggestions: [r.replacement],
    });
  }
  for (const v of titleVerdicts(ctx)) {
    if (v.kind !== 'style') continue;
    out.push(v.org ? styleFinding(v.span.start, v.span.end, v.span.text, v.right, v.org.acronym ?? v.org.name) : { ruleId: 'case-hyphen', start: v.span.start, end: v.span.end, message: `The corpus writes this title '${v.right}', not '${v.span.text}'.`, suggestions: [v.right] });
  }
  // Titles with an organization but no known person: "UN Secretary General". (A known person's title is
  // judged against the person's own organization above, so a wrong organization is not also a style error.)
  const personStarts = new Set(findPersonMentions(draft, index).map((m) => m.start));
  draft.chunks.forEach((chunks) => {
    for (const c of chunks) {
      if (!hasTitleHead(c.tokens)) continue;
      const tp = parseTitlePhrase(text, c.tokens, index.resolver);
      if (!tp || !tp.orgId || (tp.orgFrom !== 'prefix' && tp.orgFrom !== 'suffix')) continue;
      const org = index.orgById.get(tp.orgId);
      const afterTitle = c.tokens.find((t) => t.start > tp.title.end);
      if (afterTitle && personStarts.has(afterTitle.start)) continue;
      const surface = tp.title.text.replace(/^(Acting|Interim) /, '');
      const style = org?.titleStyle[titleKey(surface)];
      if (!org || !style || style === surface || formKey(style) !== formKey(surface)) continue;
      out.push(styleFinding(tp.title.end - surface.length, tp.title.end, surface, style, org.acronym ?? org.name));
    }
  });
  out.push(...splitCompounds(ctx), ...compoundSpellings(ctx), ...joinedNameWords(ctx), ...productCase(ctx), ...titleHyphenation(ctx), ...spacedTitles(ctx), ...lowerCaseHouseCapitals(ctx));
  return out;
};


/** "Interface Public Members" for "Interface Public-Members", "Customs to Customs" for "Customs-to-Customs". */
function splitCompounds({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const text = draft.text;
  const lower = text.toLowerCase();
  const ties = new Map<string, boolean>();
  for (const hit of index.spacedCompounds.find(text, draft.sentences, (t) => (tokenHits(t, index) & SPACED_COMPOUND_START) !== 0)) {
    const { form, known } = hit.value;
    const before = text[hit.start - 1];
    if (before && /[\p{L}\p{N}-]/u.test(before)) continue;
    if (inQuotedTitle(draft, hit.start, hit.end)) continue;
    // A draft that writes both forms is inconsistent: that rule says which form wins, but for a tie, where the
    // corpus's form decides ("cash-based assistance" once, "cash based payments" once).
    if (!known && lower.includes(form.toLowerCase()) && !tiedInDraft(lower, form.toLowerCase(), ties)) continue;
    // The corpus writes it as two words too ("Fare capping is ..." beside "a fare-capping program"): both are house style.
    if (!known && index.compoundsAlsoSpaced.has(form.replace(/-/g, '').toLowerCase())) continue;
    // A compound is hyphenated before the noun it modifies ("cross-border movement", "in real time" is fine),
    // or always when it opens with a prefix ("multi-layered").
    if (!known && !COMPOUND_PREFIXES.has(form.split('-')[0].toLowerCase()) && (!beforeNoun(text, hit.end) || predicative(text, hit.start))) continue;
    const written = text.slice(hit.start, hit.end);
    const fix = known ? form : inWrittenCase(written, form);
    out.push({ ruleId: 'case-hyphen', start: hit.start, end: hit.end, message: `The corpus writes '${form}' with hyphens.`, suggestions: [fix] });
  }
  return out;
}

/** "Coastal Flood-Risk Strategy" in the "National Coastal Flood Risk Strategy": two words of a known name hyphenated, the rest of the name around them. */
function joinedNameWords({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (!index.namesByWordPair.size) return out;
  for (const s of draft.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const dash = t[i].lower.indexOf('-');
      if (dash <= 0 || dash !== t[i].lower.lastIndexOf('-') || dash === t[i].lower.length - 1) continue;
      const pair = `${t[i].lower.slice(0, dash)} ${t[i].lower.slice(dash + 1)}`;
      for (const { form, at } of index.namesByWordPair.get(pair) ?? []) {
        const from = i - at;
        const to = i + form.lower.length - at - 1; // one past the name's last draft token
        if (from < 0 || to > t.length) continue;
        let whole = true;
        for (let k = 0; k < form.lower.length && whole; k++) {
          if (k === at || k === at + 1) continue;
          const tok = t[k < at ? from + k : i + k - at - 1];
          whole = !!tok && tok.lower === form.lower[k] && (tok === t[to - 1] || tok.after === '');
        }
        if (!whole || (from < i && t[i - 1].after !== '') || (i < to - 1 && t[i].after !== '')) continue;
        if (inQuotedTitle(draft, t[i].start, t[i].baseEnd)) continue;
        const right = `${(form.bare ?? form.words)[at]} ${(form.bare ?? form.words)[at + 1]}`;
        out.push({ ruleId: 'case-hyphen', start: t[i].start, end: t[i].baseEnd, message: `The corpus writes '${form.form}' without a hyphen in '${right}'.`, suggestions: [right] });
        break;
      }
    }
  }
  return out;
}

/**
 * "Gridsense" for the product "GridSense", "the Saltwatch record" for the "SaltWatch Monitoring Programme": a
 * one-word name, or a name's word with a capital inside, in other capitals.
 */
function productCase({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (!index.productsByLower.size && !index.camelWordsByLower.size) return out;
  for (const s of draft.sentences) {
    for (const t of s.tokens) {
      const right = index.productsByLower.get(t.lower)?.name ?? index.camelWordsByLower.get(t.lower);
      // All capitals is emphasis or a heading's style, not another spelling of the name.
      if (!right || t.base === right || t.base === t.base.toUpperCase() || inQuotedTitle(draft, t.start, t.baseEnd)) continue;
      out.push({ ruleId: 'case-hyphen', start: t.start, end: t.baseEnd, message: `The corpus writes '${right}' (capitalization as there).`, suggestions: [right] });
    }
  }
  return out;
}

const NOT_NOUNS = new Set(['in', 'of', 'for', 'and', 'or', 'to', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'by', 'with', 'as', 'at', 'on', 'that', 'which', 'who', 'from', 'than', 'but', 'so', 'if', 'it', 'its', 'this', 'these', 'those', 'will', 'would', 'can', 'could', 'has', 'have', 'had',
  // Determiners that open the next phrase ("in real time every time it surfaces").
  'every', 'each', 'all', 'some', 'any', 'no', 'more', 'most', 'such', 'both', 'either', 'neither',
  // Prepositions and adverbs after a noun ("90 hectares of salt marsh outside the town").
  'outside', 'inside', 'near', 'into', 'onto', 'across', 'along', 'around', 'between', 'through', 'under', 'over', 'after', 'before', 'during', 'within', 'without', 'about', 'above', 'below', 'behind', 'beyond', 'per', 'via', 'up', 'down', 'off', 'out', 'since', 'until', 'against', 'towards', 'toward', 'beside', 'among', 'amid', 'upon', 'also', 'not', 'should', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'when', 'where', 'while', 'because', 'nor', 'yet', 'then', 'there', 'here', 'we', 'they', 'he', 'she', 'i', 'you', 'our', 'their', 'his', 'her', 'my', 'your']);

// After a verb like "be" the compound is a complement, written open: "officers are well trained and well equipped".
const LINKING_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', 'seem', 'seems', 'seemed', 'look', 'looks', 'feel', 'feels', 'stay', 'stays', 'get', 'gets', 'got']);

const RELATIVE_PRONOUNS = new Set(['that', 'who', 'which']);

/**
 * Whether the compound at the offset is a complement: after a linking verb in a relative clause, where the next
 * word can be the main verb ("administrations that are well equipped make ..."), or after "and"/"or" in such a
 * complement. Right after a main clause's linking verb it modifies the noun that follows ("fishers are small-scale
 * operators").
 */
function predicative(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 60), at).toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean);
  const n = words.length;
  const last = words[n - 1];
  if (last && LINKING_VERBS.has(last)) return RELATIVE_PRONOUNS.has(words[n - 2]) || RELATIVE_PRONOUNS.has(words[n - 3]);
  return (last === 'and' || last === 'or') && words.slice(-5, -1).some((w) => LINKING_VERBS.has(w));
}

/**
 * The corpus's compound in the draft's case at its first letter: a capital the corpus wrote only because the
 * compound opened a sentence ("Sea-level rise ...") is not part of the form, nor is one the draft's sentence start needs.
 */
function inWrittenCase(written: string, form: string): string {
  const rest = form.slice(1);
  if (/^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(form)) return form[0].toUpperCase() + rest;
  if (/^\p{Ll}/u.test(written) && /^\p{Lu}/u.test(form) && rest === rest.toLowerCase()) return form[0].toLowerCase() + rest;
  return form;
}

/** Whether a draft writes a compound hyphenated as often as open (once per compound and lint). */
function tiedInDraft(lower: string, hyphenated: string, ties: Map<string, boolean>): boolean {
  let tie = ties.get(hyphenated);
  if (tie === undefined) ties.set(hyphenated, (tie = countOf(lower, hyphenated) === countOf(lower, hyphenated.replace(/-/g, ' '))));
  return tie;
}

/** How often a phrase stands in a text as words of its own. */
function countOf(text: string, phrase: string): number {
  let n = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
    if (!/[\p{L}\p{N}-]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}-]/u.test(text[at + phrase.length] ?? '')) n++;
  }
  return n;
}

/** Whether a lower-case word (the noun a compound modifies) follows the offset. */
function beforeNoun(text: string, at: number): boolean {
  const m = /^ ([a-z][a-z-]*)/.exec(text.slice(at, at + 40));
  // Nor a participle: "the second quarter ended June 30" (the compound is the noun).
  return !!m && !NOT_NOUNS.has(m[1]) && !looksLikeParticiple(m[1]);
}

/** "Council Member Ortega" where the corpus writes the title as one word, "Councilmember". */
function spacedTitles({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const surfaces = index.titleSurfaces;
  const oneWord = index.oneWordTitles.titles;
  if (!oneWord.size) return out;
  for (const s of draft.sentences) {
    const t = s.tokens;
    for (let i = 0; i + 1 < t.length; i++) {
      const a = t[i];
      const b = t[i + 1];
      if (a.after !== '' || a.base !== a.text || !(tokenHits(a, index) & ONE_WORD_TITLE_START) || b.lower.length < 3 || !oneWord.has(a.lower + b.lower) || !/^\p{Lu}/u.test(a.text) || !/^\p{Lu}/u.test(b.text)) continue;
      const joined = surfaces.get(a.lower + b.lower)!;
      if (joined.size !== 1 || surfaces.has(`${a.lower} ${b.lower}`)) continue;
      if (inQuotedTitle(draft, a.start, b.baseEnd)) continue;
      const [right] = joined;
      out.push({ ruleId: 'case-hyphen', start: a.start, end: b.baseEnd, message: `The corpus writes this title '${right}', as one word.`, suggestions: [right] });
    }
  }
  return out;
}

/** A title written with other hyphens than the only form the corpus knows ("Deputy Secretary-General"). */
function titleHyphenation({ draft, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const surfaces = index.titleSurfaces;
  for (const chunks of draft.chunks) {
    for (const c of chunks) {
      if (!hasTitleHead(c.tokens)) continue;
      const tp = parseTitlePhrase(draft.text, c.tokens, index.resolver);
      // With an organization written, its own style decides (another organization may hyphenate).
      if (!tp || tp.orgFrom === 'prefix' || tp.orgFrom === 'suffix' || (tp.prefix && /\b[A-Z]{2,}\b/.test(tp.prefix.text))) continue;
      const known = surfaces.get(formKey(tp.title.text));
      if (!known || known.size !== 1 || known.has(tp.title.text)) continue;
      const [right] = known;
      if (right.replace(/-/g, ' ').toLowerCase() !== tp.title.text.replace(/-/g, ' ').toLowerCase()) continue;
      out.push({ ruleId: 'case-hyphen', start: tp.title.start, end: tp.title.end, message: `The corpus writes this title '${right}'.`, suggestions: [right] });
    }
  }
  return out;
}

function styleFinding(start: number, end: number, written: string, right: string, org: string): Finding {
  return {
    ruleId: 'case-hyphen',
    start,
    end,
    message: `The ${org} writes this title '${right}', not '${written}'.`,
    suggestions: [right],
  };
}
