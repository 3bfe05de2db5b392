// Splits a capitalized run such as "U.S. Customs and Border Protection Commissioner" or
// "Secretary General of the World Fisheries Organization" into organization and title.
// Shared by the learner and the title rules.
import type { Token } from '../text/tokenize';
import { isTitleWord, isTitleHead, ACTING_WORDS, isTitleHeadToken, isTitleWordToken, isFieldOfWork } from '../lexicon/roleWords';
import { formKey, withoutPossessive } from '../text/normalize';
import { isAcronym, type Chunk } from '../text/chunks';
import { classifyName } from '../lexicon/classifyName';
import { ORGANIZATION_HEADS } from '../lexicon/entityHeads';
import { withoutNameSuffixes } from '../termbase/personNames';
import { isNameLike } from './nameLike';
import { isCommonWord } from '../lexicon/englishWords';

function looksLikeOrganization(words: string[]): boolean {
  return (words.length === 1 && isAcronym(words[0])) || (words.length >= 2 && classifyName(words).kind === 'organization');
}

/** Two capitalized words joined by "&" are a firm's name ("of Quillon & Hatch", "at Procter & Gamble"). */
function isFirmName(tokens: Token[]): boolean {
  // Not two fields of one title ("Coastal Affairs & Chief Harbour Officer").
  return tokens.length >= 2 && tokens.slice(0, -1).some((t) => t.after.trim() === '&') && tokens.every((t) => /^[A-Z]/.test(t.text) && !isTitleWordToken(t));
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface TitlePhrase {
  /** Everything before the title ("WCO", "U.S. Customs and Border Protection", "CBP’s"). */
  prefix?: Span;
  title: Span;
  /** The organization after "of (the)" when that names a known organization. */
  suffix?: Span;
  /** Organization id from the prefix, the suffix, or implied by the title's own words ("Secretary of Water Resources"). */
  orgId?: string;
  orgFrom?: 'prefix' | 'suffix' | 'title';
  acting: boolean;
}

export interface OrgResolver {
  resolve(phrase: string): { id: string } | undefined;
  /** An organization whose full name contains all these words ("Water Resources"), if exactly one does. */
  containing?(words: string[], anyOrganization?: boolean): { id: string } | undefined;
}

const span = (text: string, tokens: Token[], useBase = false): Span => {
  const start = tokens[0].start;
  const end = useBase ? tokens[tokens.length - 1].baseEnd : tokens[tokens.length - 1].end;
  return { start, end, text: text.slice(start, end) };
};

export function hasTitleHead(tokens: Token[]): boolean {
  return tokens.some((t) => isTitleHeadToken(t));
}

export function parseTitlePhrase(text: string, tokens: Token[], orgs: OrgResolver): TitlePhrase | undefined {
  // The title starts at the first title word from which title words run up to a title head.
  let f = -1;
  for (let i = 0; i < tokens.length && f < 0; i++) {
    if (!isTitleWordToken(tokens[i])) continue;
    for (let j = i; j < tokens.length && isTitleWordToken(tokens[j]); j++) {
      if (isTitleHeadToken(tokens[j])) {
        f = i;
        break;
      }
    }
  }
  if (f < 0) return undefined;
  // "Office of the Premier": a known organization named after its head's office is no title.
  if (f >= 2 && /^(?:of|the)$/i.test(tokens[f - 1].text) && orgs.resolve(text.slice(tokens[0].start, tokens[tokens.length - 1].baseEnd))) return undefined;
  // The title runs to the first connector ("of", "for") or the end.
  let g = f;
  // Capitalized words, and title words in any case ("Deputy secretary"), continue the title.
  while (g + 1 < tokens.length && (/^[A-Z]/.test(tokens[g + 1].text) || isTitleWordToken(tokens[g + 1])) && tokens[g].after === '') g++;
  // "Vice President and Treasurer", "President and Chief Executive Officer": two titles joined are one.
  while (g + 2 < tokens.length && /^(and|&)$/i.test(tokens[g + 1].text) && isTitleWordToken(tokens[g]) && tokens[g].after === '' && tokens[g + 1].after === '' && /^[A-Z]/.test(tokens[g + 2].text) && isTitleWordToken(tokens[g + 2])) {
    let h = g + 2;
    while (h + 1 < tokens.length && tokens[h].after === '' && (/^[A-Z]/.test(tokens[h + 1].text) || isTitleWordToken(tokens[h + 1])) && !/^(and|&)$/i.test(tokens[h + 1].text)) h++;
    if (!tokens.slice(g + 2, h + 1).some((t) => isTitleHeadToken(t))) break;
    g = h;
  }
  // A person's name after the title is not part of it: "Deputy Secretary-General Sergio Mujica".
  for (let h = f + 1; h <= g; h++) {
    if (!isTitleWordToken(tokens[h - 1])) continue;
    // "... Marcus Bell Jr.", "... Helen Marsh AO": a suffix or post-nominals end the name.
    const rest = withoutNameSuffixes(tokens.slice(h, g + 1));
    if ((rest.length === 2 || rest.length === 3) && rest.every((t) => isNameLike(t.base)) && (g + 1 === tokens.length || /^of$/i.test(tokens[g + 1].text))) {
      g = h - 1;
      break;
    }
  }
  let title = tokens.slice(f, g + 1);
  let suffix: Span | undefined;
  let orgId: string | undefined;
  let orgFrom: TitlePhrase['orgFrom'];
  const rest = tokens.slice(g + 1);
  let inner: ReturnType<typeof innerOrganization>;
  if (rest.length >= 2 && /^(of|for)$/i.test(rest[0].text)) {
    const tail = rest.slice(/^the$/i.test(rest[1].text) ? 2 : 1);
    const tailText = tail.length ? text.slice(tail[0].start, tail[tail.length - 1].baseEnd) : '';
    const hit = tail.length ? orgs.resolve(tailText) : undefined;
    // "Director of Finance and Administration": English words after "of" without "the" name the title's field.
    const field = rest[1] === tail[0] && isFieldOfWork(tail.map((t) => t.text));
    const looksLike = !hit && !field && tail.length > 0 && (looksLikeOrganization(tail.map((t) => t.base)) || isFirmName(tail));
    // "Chief of Police of the Marlow Falls Police Department": a known organization after a later "of", and a
    // field before it that names no body ("of Police", unlike "of the Board of Directors"), ends the title there.
    const bodyBefore = (of: Token) => /^the$/i.test(rest[1].text) && namesBody(tail.slice(0, tail.indexOf(of)));
    if (!hit && looksLike && (inner = innerOrganization(text, tail, orgs)) && !bodyBefore(inner.of)) {
      title = tokens.slice(f, tokens.indexOf(inner.of));
      suffix = inner.span;
      orgId = inner.id;
      orgFrom = 'suffix';
    } else if (hit) {
      suffix = span(text, tail, true);
      orgId = hit.id;
      orgFrom = 'suffix';
    } else if (looksLike) {
      // "of the WTO", "of the World Trade Organization": an organization the corpus does not know.
      suffix = span(text, tail, true);
      orgFrom = 'suffix';
    } else if ((inner = innerOrganization(text, tail, orgs))) {
      // "Vice-President for Lending of the ARDB": the field is part of the title, the organization is not.
      title = tokens.slice(f, tokens.indexOf(inner.of));
      suffix = inner.span;
      orgId = inner.id;
      orgFrom = 'suffix';
    } else {
      // "Secretary of Water Resources": the tail is part of the title.
      title = tokens.slice(f);
      const implied = orgs.containing?.(tail.map((t) => withoutPossessive(t.text)).filter((w) => /^[A-Z]/.test(w)));
      if (implied) {
        orgId = implied.id;
        orgFrom = 'title';
      }
    }
  }
  // "Head of Operations at the ARDB": the organization after "at", outside the title's run of capitals.
  const last = tokens[tokens.length - 1];
  if (!suffix && !orgFrom && title[title.length - 1] === last && last.after === '') {
    const at = organizationAfterAt(text, last.end, orgs);
    if (at) {
      suffix = at.span;
      orgId = at.id;
      orgFrom = 'suffix';
    }
  }
  let prefix: Span | undefined;
  // "Acting ICRA Director": the acting word before the organization is the title's.
  const actingFirst = f > 1 && ACTING_WORDS.has(tokens[0].base.toLowerCase());
  // "Howard Briscoe and Wexley University President ...": a conjunction before the organization is not part of it.
  let p0 = actingFirst ? 1 : 0;
  while (p0 < f && /^(?:and|&|or)$/i.test(tokens[p0].text)) p0++;
  if (f > p0) {
    const pre = tokens.slice(p0, f);
    prefix = span(text, pre);
    const hit = orgs.resolve(text.slice(pre[0].start, pre[pre.length - 1].baseEnd));
    if (hit) {
      orgId = hit.id;
      orgFrom = 'prefix';
    }
  }
  const titleSpan = span(text, title, true);
  return { prefix, title: titleSpan, suffix, orgId, orgFrom, acting: actingFirst || ACTING_WORDS.has(title[0].base.toLowerCase()) };
}

/**
 * "Program Officer", "Pacific Liaison Officer": a title whose words before the head are a field, not an
 * organization (capitalized nouns of the language, or a region's name before a field noun), is one title; the phrase
 * unchanged otherwise.
 */
export function withFieldPrefix(text: string, tp: TitlePhrase): TitlePhrase {
  if (!tp.prefix || tp.orgFrom === 'prefix' || text.slice(tp.prefix.end, tp.title.start) !== ' ') return tp;
  const words = tp.prefix.text.split(' ');
  if (words.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w)) || !isCommonWord(words[words.length - 1].toLowerCase())) return tp;
  const title = { start: tp.prefix.start, end: tp.title.end, text: text.slice(tp.prefix.start, tp.title.end) };
  return { ...tp, prefix: undefined, title };
}

/** Whether a title's field holds an organization's head noun ("Board of Directors", "Council"). */
function namesBody(field: Token[]): boolean {
  return field.some((t) => ORGANIZATION_HEADS.has(t.lower));
}

/** "... for Lending of the ARDB": a known organization after the last "of" inside a title's field. */
function innerOrganization(text: string, tail: Token[], orgs: OrgResolver): { of: Token; span: Span; id: string } | undefined {
  // The last "of" first; an earlier one when the organization's own name holds an "of" ("... Chief Harbour
  // Officer of the Department of Coastal Security").
  for (let k = tail.length - 2; k >= 1; k--) {
    if (!/^of$/i.test(tail[k].text)) continue;
    const org = tail.slice(/^the$/i.test(tail[k + 1].text) ? k + 2 : k + 1);
    if (!org.length) continue;
    const hit = orgs.resolve(text.slice(org[0].start, org[org.length - 1].baseEnd));
    if (hit) return { of: tail[k], span: span(text, org, true), id: hit.id };
  }
  return undefined;
}

// " at the Aurent Sea Commission", " at ICE": capitalized words (and the connectors inside names) after "at".
const AT_ORGANIZATION = / at (?:the )?([A-Z][\p{L}\d&.'’-]*(?: (?:of|for|and|on|in|the|[A-Z][\p{L}\d&.'’-]*))*)/uy;

function organizationAfterAt(text: string, from: number, orgs: OrgResolver): { span: Span; id?: string } | undefined {
  AT_ORGANIZATION.lastIndex = from;
  const m = AT_ORGANIZATION.exec(text);
  if (!m) return undefined;
  const words = m[1].replace(/(?: (?:of|for|and|on|in|the))+$/, '').replace(/['’]s?$|\.$/, '').split(' ');
  const name = words.join(' ');
  const start = from + m[0].length - m[1].length;
  const span = { start, end: start + name.length, text: name };
  const hit = orgs.resolve(name);
  if (hit) return { span, id: hit.id };
  return looksLikeOrganization(words) ? { span } : undefined;
}

/** Key of a title for comparing forms: case and hyphens do not matter ("Acting" does: it is another role). */
export function titleKey(title: string): string {
  return formKey(title);
}

/**
 * "Shri Sanjay Kulkarni, Managing Director, NINA, said ...": a known organization in a chunk of its own right after
 * the comma that ends a title without one (the style of Indian government releases), ending at a comma, a
 * parenthesis or the sentence's end. The title phrase with that organization as its suffix; `tp` otherwise.
 */
export function withOrganizationAfterComma(text: string, tp: TitlePhrase, title: Chunk, chunks: Chunk[], orgs: OrgResolver): TitlePhrase {
  if (tp.orgId || tp.suffix || tp.prefix || tp.title.end !== title.tokens[title.tokens.length - 1].baseEnd) return tp;
  if (title.tokens[title.tokens.length - 1].after !== ',') return tp;
  const next = chunks.find((x) => x.from === title.to);
  if (!next) return tp;
  const last = next.tokens[next.tokens.length - 1];
  const endsThere = next.to === next.sentence.tokens.length || /^(?:,|\(|\)|\.|;|:)/.test(last.after);
  if (!endsThere) return tp;
  const orgSpan = span(text, next.tokens, true);
  const hit = orgs.resolve(orgSpan.text);
  return hit ? { ...tp, suffix: orgSpan, orgId: hit.id, orgFrom: 'suffix' } : tp;
}

