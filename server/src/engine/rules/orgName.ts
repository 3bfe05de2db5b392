// org-name: a variant of a known organization's name ("World Fisheries Organisation" where the corpus writes
// "Organization", "UN Office of Drugs and Crime" for "... Office on Drugs and Crime").
import { ORGANIZATION_HEADS } from '../lexicon/entityHeads';
import type { Rule, Finding, RuleContext } from './ruleTypes';
import { isAcronym, isAcronymToken } from '../text/chunks';
import { sameNameSpelledOut } from '../learn/acronymDefinitions';
import { seenIn } from './ruleTypes';
import { nameErrorMatches, replacementFor, isNameError, knownAsWritten, type FormMatch } from './formMatching';
import { formKey } from '../text/normalize';
import type { KnownForm } from '../termbase/lintIndex';
import { withHeadMoved } from '../termbase/organizationIndex';
import { NAME_CONNECTORS } from '../lexicon/roleWords';
import type { Token } from '../text/tokenize';

export const checkOrganizationNames: Rule = ({ draft, index }) => {
  const out: Finding[] = [];
  const text = draft.text;
  const known = index.formKeys;
  for (const m of nameErrorMatches(draft, index)) {
    if (m.form.kind !== 'organization') continue;
    // A two-word name read once, with no acronym ("help First Nations, Inuit and Métis communities"), is too thin a
    // canon to call "Kinosao Lake First Nation" a slip of.
    const o0 = m.form.organization;
    if (o0 && !o0.acronym && o0.documents < 2 && o0.origin === 'learned' && m.form.words.length <= 2) continue;
    const windowText = text.slice(m.tokens[0].start, m.tokens[m.tokens.length - 1].baseEnd);
    if (knownAsWritten(windowText, m, known) || (index.accepted.size > 0 && index.accepted.has(formKey(windowText)))) continue;
    // A connector swap needs a long name around it to be sure ("Office of Drugs and Crime").
    if (m.diffs.includes('connector') && !m.diffs.some((d) => d === 'typo' || d === 'other') && m.tokens.length < 4) continue;
    // One of the network's offices, its acronym right after in the same number: "Regional Monitoring
    // Office (RMO)" where the corpus names the "Regional Monitoring Offices (RMOs)".
    // (A head noun counts bodies; "Department of Inland Water (DIW)" for "... Waters (DIW)" is a slip.)
    if (onlyLastWordNumber(m) && ORGANIZATION_HEADS.has(m.tokens[m.tokens.length - 1].lower) && acronymRightAfter(text, m.tokens[m.tokens.length - 1].end, m.form.organization?.acronym)) continue;
    // ... or followed by where it is: "Regional Monitoring Office for Asia and the Pacific" (the head noun
    // of a network of offices; "Department of Water Resource in ..." is still a slip).
    const last = m.tokens[m.tokens.length - 1];
    const after = m.sentence.tokens[m.sentence.tokens.indexOf(last) + 1];
    if (onlyLastWordNumber(m) && ORGANIZATION_HEADS.has(last.lower) && last.lower.length < m.form.lower[m.form.lower.length - 1].length && after && /^(for|in)$/.test(after.lower)) continue;
    // "the Departments of Water, Justice and State": a head in the plural before "of" names several bodies.
    if (pluralHeadBeforeOf(m)) continue;
    // Case slips inside the same name are part of the same fix ("World fisheries Organisation").
    const r = replacementFor(text, m, (d) => isNameError(d) || d === 'case' || d === 'hyphen')!;
    const o = m.form.organization!;
    out.push({
      ruleId: 'org-name',
      start: r.start,
      end: r.end,
      message: `'${windowText}' is a variant of '${o.name}'${o.acronym ? ` (${o.acronym})` : ''}, as the corpus writes it (${seenIn(o.documents)}).`,
      suggestions: [r.replacement],
      sources: o.sources.slice(0, 3),
    });
  }
  out.push(...namesBeforeTheirAcronym(draft, index), ...namesMissingAWord(draft, index), ...namesWithHeadMoved(draft, index));
  return out;
};

// Organizations of four words or more by their first and last word, lower case (per lint index).
const byEnds = new WeakMap<RuleContext['index'], Map<string, KnownForm[]>>();

function organizationsByEnds(index: RuleContext['index']): Map<string, KnownForm[]> {
  let m = byEnds.get(index);
  if (!m) {
    m = new Map();
    for (const f of index.forms) {
      if (f.kind !== 'organization' || f.core || f.lower.length < 4) continue;
      const key = `${f.lower[0]} ${f.lower[f.lower.length - 1]}`;
      const list = m.get(key);
      if (list) list.push(f);
      else m.set(key, [f]);
    }
    byEnds.set(index, m);
  }
  return m;
}

/**
 * "Aurent Development Bank" for the "Aurent Regional Development Bank": a capitalized name that is a known
 * organization's name of four words or more with one inner word left out, and is no known name itself; or with a
 * "the" put in ("Committee of the Permanent Representatives" for the "Committee of Permanent Representatives").
 */
function namesMissingAWord(draft: RuleContext['draft'], index: RuleContext['index']): Finding[] {
  const out: Finding[] = [];
  const ends = organizationsByEnds(index);
  if (!ends.size) return out;
  for (const chunks of draft.chunks) {
    for (const c of chunks) {
      const n = c.tokens.length;
      if (n < 3) continue;
      const words = c.tokens.map((t) => t.lower);
      const candidates = ends.get(`${words[0]} ${words[n - 1]}`);
      if (!candidates) continue;
      const written = draft.text.slice(c.start, c.tokens[n - 1].baseEnd);
      if (index.formKeys.has(formKey(written)) || index.accepted.has(formKey(written))) continue;
      for (const f of candidates) {
        const gap = words.findIndex((w, k) => w !== f.lower[k]);
        let what: string;
        if (f.lower.length === n + 1 && gap > 0 && words.slice(gap).every((w, k) => w === f.lower[gap + 1 + k])) what = `leaves '${f.words[gap]}' out of`;
        else if (f.lower.length === n - 1 && gap > 0 && words[gap] === 'the' && f.lower.slice(gap).every((w, k) => w === words[gap + 1 + k])) what = `puts '${c.tokens[gap].text}' into`;
        else continue;
        const o = f.organization!;
        out.push({
          ruleId: 'org-name',
          start: c.start,
          end: c.tokens[n - 1].baseEnd,
          message: `'${written}' ${what} '${o.name}'${o.acronym ? ` (${o.acronym})` : ''}, as the corpus writes it (${seenIn(o.documents)}).`,
          suggestions: [f.form],
          sources: o.sources.slice(0, 3),
        });
        break;
      }
    }
  }
  return out;
}

/**
 * "University of Lindum" for the corpus's "Lindum University" (or the other way): a known organization's name with
 * its head noun moved to the other end, when the corpus never writes it so.
 */
function namesWithHeadMoved(draft: RuleContext['draft'], index: RuleContext['index']): Finding[] {
  const out: Finding[] = [];
  const proper = (t: Token) => /^\p{Lu}/u.test(t.text) && !NAME_CONNECTORS.has(t.lower);
  for (const chunks of draft.chunks) {
    for (const c of chunks) {
      const t = c.tokens;
      // Windows around each organization noun: "University of [the] W…" and "W… University" (up to three words).
      const windows: [number, number][] = [];
      for (let j = 0; j < t.length; j++) {
        if (!ORGANIZATION_HEADS.has(t[j].lower) || !proper(t[j])) continue;
        if (t[j + 1]?.lower === 'of') {
          const from = j + (t[j + 2]?.lower === 'the' ? 3 : 2);
          let to = from;
          while (to < t.length && to - from < 3 && proper(t[to])) to++;
          for (let e = to; e > from; e--) windows.push([j, e]);
        }
        let from = j;
        while (from > 0 && j - from < 3 && proper(t[from - 1]) && !ORGANIZATION_HEADS.has(t[from - 1].lower)) from--;
        for (let b = from; b < j; b++) windows.push([b, j + 1]);
      }
      for (const [b, e] of windows) {
        if (t.slice(b, e - 1).some((x) => x.after !== '')) continue;
        const written = draft.text.slice(t[b].start, t[e - 1].baseEnd);
        const moved = withHeadMoved(written);
        if (!moved || index.formKeys.has(formKey(written)) || index.accepted.has(formKey(written)) || index.orgs.resolve(written)) continue;
        const o = index.orgs.resolve(moved)?.org;
        if (!o || formKey(o.name) !== formKey(moved)) continue;
        out.push({
          ruleId: 'org-name',
          start: t[b].start,
          end: t[e - 1].baseEnd,
          message: `'${written}' is the ${o.name}${o.acronym ? ` (${o.acronym})` : ''} with its words in another order: the corpus writes '${o.name}' (${seenIn(o.documents)}).`,
          suggestions: [o.name],
          sources: o.sources.slice(0, 3),
        });
        break;
      }
    }
  }
  return out;
}

const differInNumber = (a: string, b: string) => a !== b && (a === b + 's' || b === a + 's' || a === b + 'es' || b === a + 'es');

/** The window differs from the form only in its last word, which is the form's in the singular or plural. */
function onlyLastWordNumber(m: { diffs: string[]; tokens: { lower: string }[]; form: { lower: string[] } }): boolean {
  const last = m.diffs.length - 1;
  return !m.diffs.some((d, k) => k !== last && d !== 'same' && d !== 'case') && differInNumber(m.tokens[last].lower, m.form.lower[last]);
}

/** The window differs from the form only in the number of the word before "of", written in the plural. */
function pluralHeadBeforeOf(m: FormMatch): boolean {
  const k = m.diffs.findIndex((d) => d !== 'same' && d !== 'case');
  if (k < 0 || m.diffs.some((d, j) => j !== k && d !== 'same' && d !== 'case')) return false;
  const written = m.tokens[k].lower;
  const form = m.form.lower[k];
  return m.form.lower[k + 1] === 'of' && written.length > form.length && differInNumber(written, form);
}

/** "(RMO)" right after the last word: the organization's acronym, in the singular or plural. */
function acronymRightAfter(text: string, end: number, acronym: string | undefined): boolean {
  if (!acronym) return false;
  const m = /^\s*\(([^()\s]{2,12})\)/.exec(text.slice(end, end + 16));
  return !!m && m[1].replace(/s$/, '') === acronym.replace(/s$/, '');
}

/**
 * "International Coastal Resilience Organisation (ICRA)": a known organization's own acronym right after a name
 * that is not its name, but shares most of its words, is that organization misnamed.
 */
function namesBeforeTheirAcronym(draft: RuleContext['draft'], index: RuleContext['index']): Finding[] {
  const out: Finding[] = [];
  const text = draft.text;
  for (const s of draft.sentences) {
    const t = s.tokens;
    for (let i = 1; i < t.length; i++) {
      if (!t[i - 1].after.endsWith('(') || !isAcronymToken(t[i]) || !t[i].after.startsWith(')')) continue;
      const org = index.orgs.byAcronymLetters(t[i].base);
      if (!org || org.acronym !== t[i].base.replace(/s$/, '')) continue;
      const words = org.name.split(/\s+/);
      const n = words.length;
      if (n < 3 || i < n) continue;
      const window = t.slice(i - n, i);
      if (window.slice(0, -1).some((x) => x.after !== '')) continue;
      // "North East Atlantic Commission (NEAC)" for "North-East ...": the name with a hyphen left out, which
      // case-hyphen reports (its words are all there, one more token than the name has).
      if (org.name.includes('-') && text.slice(Math.max(0, t[i].start - org.name.length - 4), t[i].start).replace(/\s*\($/, '').endsWith(org.name.replace(/-/g, ' '))) continue;
      // "United Nations Development Programme (UNDP)" for the corpus's "UN Development Programme": a word of the
      // name written as its acronym's words is the same name.
      if (words.some((w) => isAcronym(w)) && t.slice(Math.max(0, i - n - 4), i).some((x, k, all) => sameNameSpelledOut(all.slice(k).map((y) => y.base), words))) continue;
      const differ = window.map((w, k) => (w.base.toLowerCase() === words[k].toLowerCase() ? -1 : k)).filter((k) => k >= 0);
      // One of the network's offices, named with its own acronym in the singular: "Regional Monitoring
      // Office (RMO)" where the corpus writes "... Offices (RMOs)". Grammatical number, not another name.
      if (differ.length === 1 && differ[0] === n - 1 && differInNumber(window[n - 1].lower, words[n - 1].toLowerCase())) continue;
      if (!differ.length || differ.length * 2 >= n || differ.some((k) => !/^[A-Z]/.test(window[k].base))) continue;
      const from = differ[0];
      const to = differ[differ.length - 1];
      const start = window[from].start;
      const end = window[to].baseEnd;
      out.push({
        ruleId: 'org-name',
        start,
        end,
        message: `'${org.acronym}' is the ${org.name} in the corpus (${seenIn(org.documents)}): '${text.slice(window[0].start, window[n - 1].baseEnd)}' is not its name.`,
        suggestions: [words.slice(from, to + 1).join(' ')],
        sources: org.sources.slice(0, 3),
      });
    }
  }
  return out;
}
