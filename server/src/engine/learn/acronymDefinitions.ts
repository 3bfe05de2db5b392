// Acronym definitions in both orders: "Customs Enforcement Network (CEN)" and "IPM (Interface Public-Members)".
import type { Sentence, Token } from '../text/tokenize';
import { isAcronym, isCapitalized } from '../text/chunks';
import { NAME_CONNECTORS, isTitleHead, isTitleHeadToken, isTitleWordToken } from '../lexicon/roleWords';
import { isCommonWord } from '../lexicon/englishWords';
import { OTHER_LANGUAGE_CONNECTORS } from '../lexicon/functionWords';
import { LEGAL_FORMS } from '../lexicon/entityHeads';
import { WordMemo } from '../text/wordMemo';

export interface FoundDefinition {
  acronym: string;
  /** Qualifier written with the acronym, e.g. "US" in "(US CBP)". */
  qualifier?: string;
  expansion: string;
  /**
   * Proper names written right before the expansion, as part of the name, that the acronym does not spell:
   * "NHS South Lincolnshire" in "NHS South Lincolnshire Integrated Care Board (ICB)".
   */
  prefix?: string;
  /** Span of the expansion and of the acronym in the text. */
  expansionStart: number;
  expansionEnd: number;
  acronymStart: number;
  acronymEnd: number;
  order: 'expansion-first' | 'acronym-first';
}

/**
 * Two names that are the same but for a word written as an acronym in one and spelled out in the other:
 * "UN Development Programme" and "United Nations Development Programme". Words compared case-insensitively.
 */
export function sameNameSpelledOut(a: string[], b: string[]): boolean {
  const go = (i: number, j: number): boolean => {
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i].toLowerCase() === b[j].toLowerCase()) return go(i + 1, j + 1);
    const spells = (acr: string, words: string[], from: number) => {
      const letters = acronymLetters(acr);
      if (!isAcronym(acr) || from + letters.length > words.length) return 0;
      return words.slice(from, from + letters.length).every((w, k) => /^[A-Z]/.test(w) && w[0] === letters[k]) ? letters.length : 0;
    };
    const nb = spells(a[i], b, j);
    if (nb && go(i + 1, j + nb)) return true;
    const na = spells(b[j], a, i);
    return !!na && go(i + na, j + 1);
  };
  return go(0, 0);
}

/**
 * A word that joins the words of a name: English ("of", "and"), or, in a name written in its own language and
 * defined with an acronym, that language's ("Autoritatea Navală pentru Căile Navigabile Interioare (ANCNI)").
 */
function isConnector(word: string): boolean {
  const w = word.toLowerCase();
  return NAME_CONNECTORS.has(w) || (word === w && OTHER_LANGUAGE_CONNECTORS.has(w));
}

/** Letters an acronym spells: "RILOs" -> "RILO", "U.S." -> "US". */
export function acronymLetters(acronym: string): string {
  // Most are already their letters ("WCO"): no dot, no lower-case or other letter to change.
  for (let i = 0; i < acronym.length; i++) {
    const c = acronym.charCodeAt(i);
    if (c === 46 || (c >= 97 && c <= 122) || c > 127) return acronym.replace(/\./g, '').replace(/s$/, '').toUpperCase();
  }
  return acronym;
}

// A number word can give its digits: "Group of Twenty (G20)", "Aurent Seven (A7)".
const NUMBER_WORDS = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, k) => [w, String(k + 1)]),
);

/** The initial letters each word can contribute: an acronym gives all its letters, a hyphenated word one per part. */
function wordInitials(word: string): string[] {
  let initials = initialsOfWord.get(word);
  if (initials === undefined) {
    initials = computeWordInitials(word);
    initialsOfWord.set(word, initials);
  }
  return initials;
}

// Remembered per word: every parenthesized acronym in a draft or corpus tries each start of the name before it.
const initialsOfWord = new WordMemo<string[]>(20_000);

function computeWordInitials(word: string): string[] {
  const base = word.replace(/['’]s?$/, '');
  if (isAcronym(base)) return [acronymLetters(base)];
  const digits = NUMBER_WORDS.get(base.toLowerCase());
  if (digits) return [digits, base[0].toUpperCase()];
  const parts = base.split('-').filter(Boolean);
  return [parts.map((p) => p[0].toUpperCase()).join(''), base[0].toUpperCase()];
}

/**
 * Whether `words` (in order) spell `letters`: every content word gives its initial (or all its letters when it is
 * itself an acronym), connectors may give their initial or nothing, and up to two trailing content words may give
 * nothing ("Harbour Cargo Prescreening Pilot Project (HCP)"), besides an acronym among them.
 */
export function spells(words: string[], letters: string): boolean {
  const memo = new Map<number, boolean>();
  const go = (w: number, l: number, trailing: boolean): boolean => {
    if (l === letters.length) {
      // A national body's acronym in the tail says where it belongs, not what it is called ("Calder Valley
      // Hospitals NHS Foundation Trust (CVH)"): it counts as no trailing word.
      const rest = words.slice(w).filter((x) => !isConnector(x) && !(w > 0 && isAcronym(x)));
      return rest.length <= 2 && (w === words.length || trailing);
    }
    if (w === words.length) return false;
    const key = w * (letters.length + 1) + l;
    if (memo.has(key)) return memo.get(key)!;
    const word = words[w];
    let ok = false;
    if (isConnector(word)) {
      ok = go(w + 1, l, trailing) || (word[0].toUpperCase() === letters[l] && go(w + 1, l + 1, trailing));
    } else {
      for (const init of wordInitials(word)) {
        if (letters.startsWith(init, l) && go(w + 1, l + init.length, true)) {
          ok = true;
          break;
        }
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return words.length > 0 && go(0, 0, false);
}

function isNameWord(t: Token): boolean {
  return isCapitalized(t.text) || isConnector(t.text);
}

export function findDefinitions(text: string, sentence: Sentence): FoundDefinition[] {
  const out: FoundDefinition[] = [];
  const t = sentence.tokens;
  for (let i = 0; i < t.length; i++) {
    // Tokens i..k are inside "( ... )": the opening paren is in t[i-1].after, the closing in t[k].after.
    if (i === 0 || !t[i - 1].after.endsWith('(')) continue;
    let k = i;
    while (k < t.length && !t[k].after.includes(')') && k - i < 8) k++;
    if (k >= t.length || !t[k].after.includes(')')) continue;
    const inside = t.slice(i, k + 1);
    const insideAcronyms = inside.every((x) => isAcronym(x.text));
    if (insideAcronyms && inside.length <= 2) {
      // Expansion first: take the longest run of name words before the paren that spells the acronym.
      const acr = inside[inside.length - 1];
      const qualifier = inside.length === 2 ? inside[0].text : undefined;
      const letters = acronymLetters(acr.text);
      // "Halloran & Vesk Controls, Inc. (HVC)": a company's legal form after a comma ends its name, and spells nothing.
      const legal = i >= 3 && LEGAL_FORMS.has(t[i - 1].lower.replace(/\.$/, '')) && /^,?$/.test(t[i - 2].after) && !t[i - 2].sentenceStart ? 1 : 0;
      const nameEnd = i - legal;
      let from = nameEnd - 1;
      // "Department of Water, Parks and Climate Resilience (DWPCR)": a comma of a list the name ends with "and".
      const listComma = (k: number) => t[k].after === ',' && t.slice(k + 1, nameEnd).some((x) => x.lower === 'and');
      while (from > 0 && isNameWord(t[from - 1]) && (joinsBefore(t[from - 1]) || listComma(from - 1))) from--;
      let found = false;
      for (let s = from; s < nameEnd; s++) {
        if (!isCapitalized(t[s].text) || isConnector(t[s].text)) continue;
        let words = t.slice(s, nameEnd);
        // "US Customs and Border Protection (US CBP)": the qualifier is not part of the name.
        if (qualifier && words[0].text === qualifier) continue;
        words = words.filter((w) => !(qualifier && w.text === qualifier));
        if (spells(words.map((w) => w.text), letters)) {
          const expTokens = t.slice(s, i);
          // The legal form keeps its full stop ("Inc.").
          const expansionEnd = expTokens[expTokens.length - 1].end + (legal && text[t[i - 1].end] === '.' ? 1 : 0);
          const prefix = namePrefixBefore(t, from, s);
          out.push({
            acronym: acr.text,
            qualifier,
            expansion: text.slice(expTokens[0].start, expansionEnd),
            ...(prefix ? { prefix: text.slice(t[prefix].start, t[s - 1].end) } : {}),
            expansionStart: expTokens[0].start,
            expansionEnd,
            acronymStart: acr.start,
            acronymEnd: acr.end,
            order: 'expansion-first',
          });
          found = true;
          break;
        }
      }
      // A lower-case expansion spelled word for word: "improvised explosive devices (IEDs)".
      const n = letters.length;
      if (!found && i - n >= 0) {
        const words = t.slice(i - n, i);
        const plain = words.every((w, x) => x === n - 1 || joinsBefore(w));
        if (plain && words.every((w, x) => w.text[0].toUpperCase() === letters[x] && !NAME_CONNECTORS.has(w.text.toLowerCase()))) {
          out.push({
            acronym: acr.text,
            qualifier,
            expansion: text.slice(words[0].start, words[n - 1].end),
            expansionStart: words[0].start,
            expansionEnd: words[n - 1].end,
            acronymStart: acr.start,
            acronymEnd: acr.end,
            order: 'expansion-first',
          });
        }
      }
    } else if (!insideAcronyms && i >= 1 && isAcronym(t[i - 1].text) && inside.every(isNameWord)) {
      // Acronym first: "IPM (Interface Public-Members)".
      const acr = t[i - 1];
      if (spells(inside.map((w) => w.text), acronymLetters(acr.text))) {
        out.push({
          acronym: acr.text,
          expansion: text.slice(inside[0].start, inside[inside.length - 1].end),
          expansionStart: inside[0].start,
          expansionEnd: inside[inside.length - 1].end,
          acronymStart: acr.start,
          acronymEnd: acr.end,
          order: 'acronym-first',
        });
      }
    }
  }
  return out;
}

/** A word may continue a name leftwards when nothing but "&" or "/" separates it from the next. */
/**
 * Where the proper names before an acronym's expansion start, when they are written as part of the name: the
 * capitalized words (no connector, no title word, no English word opening the sentence) between `from`, where
 * the run of name words starts, and the expansion at `s`. Undefined when there are none.
 */
function namePrefixBefore(t: Token[], from: number, s: number): number | undefined {
  let k = s;
  while (k > from && s - k < 4) {
    const w = t[k - 1];
    if (!isCapitalized(w.text) || isConnector(w.text) || w.after !== '' || isTitleHeadToken(w) || isTitleWordToken(w)) break;
    if (w.sentenceStart && isCommonWord(w.lower)) break;
    k--;
  }
  return k < s ? k : undefined;
}

function joinsBefore(t: Token): boolean {
  // (A plural's possessive apostrophe stays inside a name: "Transport Workers' Union".)
  return t.after === '' || t.after === '&' || t.after === '/' || ((t.after === "'" || t.after === '’') && t.text.endsWith('s'));
}

/**
 * "Regional Fisheries Observatory (ORP)": a capitalized name right before an acronym its words do not spell (an
 * acronym from the name in another language, "Observatoire régional des pêches"). Only a candidate: the learner
 * keeps the pairs a corpus writes alike in two releases or more.
 */
export function findUnspelledDefinitions(text: string, sentence: Sentence, spelled: FoundDefinition[]): FoundDefinition[] {
  const out: FoundDefinition[] = [];
  const t = sentence.tokens;
  for (let i = 1; i + 0 < t.length; i++) {
    if (!t[i - 1].after.endsWith('(') || !t[i].after.startsWith(')') || !isAcronym(t[i].text) || t[i].text.length < 3) continue;
    if (spelled.some((d) => d.acronymStart === t[i].start)) continue;
    let from = i - 1;
    while (from > 0 && isNameWord(t[from - 1]) && joinsBefore(t[from - 1])) from--;
    // "Director-General of the Bundesamt für ... (BAWV)": a title and its "of (the)" are not part of the name.
    for (let k = i - 2; k > from; k--) {
      if (isConnector(t[k].text) && isTitleHeadToken(t[k - 1])) {
        from = k;
        break;
      }
    }
    while (from < i - 1 && (!isCapitalized(t[from].text) || isConnector(t[from].text))) from++;
    const words = t.slice(from, i);
    if (words.length < 2 || !isCapitalized(words[0].text) || isConnector(words[0].text)) continue;
    out.push({
      acronym: t[i].text,
      expansion: text.slice(words[0].start, words[words.length - 1].end),
      expansionStart: words[0].start,
      expansionEnd: words[words.length - 1].end,
      acronymStart: t[i].start,
      acronymEnd: t[i].end,
      order: 'expansion-first',
    });
  }
  return out;
}