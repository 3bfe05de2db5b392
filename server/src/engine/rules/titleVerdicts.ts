// For each titled mention of a known person, whether the title is theirs at the draft's date, at the right
// organization, in the organization's own style. Shared by wrong-title, title-org-mismatch and case-hyphen.
import type { Person, Role, Organization } from '../types';
import type { RuleContext } from './ruleTypes';
import { findPersonMentions, PAST_PREFIX, type PersonMention } from '../termbase/personMentions';
import { titleKey, type Span, type TitlePhrase } from '../learn/titlePhrase';
import { isAcronym } from '../text/chunks';
import { acronymLetters, spells } from '../learn/acronymDefinitions';
import { classifyName } from '../lexicon/classifyName';
import { MONTHS, ORGANIZATION_HEADS, UNIVERSAL_ABBREVIATIONS } from '../lexicon/entityHeads';
import { isTitleWord } from '../lexicon/roleWords';
import { isEnglishWord } from '../lexicon/englishWords';
import type { Sentence } from '../text/tokenize';
import { escapeRegExp, formKey, withoutPossessive } from '../text/normalize';
import { withoutLegalForm, withHeadMoved } from '../termbase/organizationIndex';
import { draftMemoKey, memoOnDraft } from '../draft/parseDraft';

export type TitleVerdict =
  | { kind: 'wrong'; mention: PersonMention; span: Span; right: string; why: string }
  | { kind: 'mismatch'; mention: PersonMention; span: Span; right: string; role: Role; org?: Organization }
  | { kind: 'style'; mention: PersonMention; span: Span; right: string; org?: Organization };

const TITLE_VERDICTS = draftMemoKey<TitleVerdict[]>('title verdicts');

export function validAt(r: Role, date?: string): boolean {
  if (!date) return true;
  if (r.from && date < r.from) return false;
  if (r.until && date >= r.until) return false;
  return true;
}

const EMERITUS = / ?\bemerit(?:us|a|i)\b ?/;

/** Words that qualify a title without making it another: "Non-Executive Chair", "Honorary President". */
const TITLE_QUALIFIERS = /^(?:non[- ]executive|independent|honorary|founding|incoming|lead independent) /;
const withoutQualifier = (key: string) => key.replace(TITLE_QUALIFIERS, '');

/** The year a sentence opens with ("2018: ...", "In 2018, ...", "On 12 March 2018, ..."), if any. */
function openingYear(s: Sentence): string | undefined {
  const t = s.tokens;
  for (let k = 0; k < Math.min(t.length, 4); k++) {
    if (/^(?:19|20)\d{2}$/.test(t[k].base)) return t[k].base;
    if (!YEAR_LEAD.has(t[k].lower) && !MONTHS.includes(t[k].lower) && !/^\d{1,2}$/.test(t[k].base)) return undefined;
  }
  return undefined;
}
const YEAR_LEAD = new Set(['in', 'on', 'by', 'during', 'since', 'from', 'early', 'late', 'mid', 'until']);

/** Whether the role was held at some time in that year. */
function heldIn(r: Role, year: string): boolean {
  return (!r.from || r.from <= `${year}-12-31`) && (!r.until || r.until > `${year}-01-01`);
}

function fits(draftKey: string, r: Role, impliedOrg?: string, rk = titleKey(r.title)): boolean {
  // "Coastal Affairs and Chief Science Officer" is "... & Chief ...".
  if (draftKey.includes(' and ') && rk.includes(' & ')) draftKey = draftKey.replace(/ and /g, ' & ');
  // "Secretary" is short for "Secretary of Water Resources", but not for "Secretary General".
  if (rk === draftKey || rk.startsWith(draftKey + ' of ') || rk.startsWith(draftKey + ' for ') || rk.startsWith(draftKey + ' & ')) return true;
  return draftKey.startsWith(rk + ' ') && !!impliedOrg && impliedOrg === r.organization;
}

/**
 * "Chief Financial Officer of Talvern", "Director-General of the Bundesamt": the person's title with a name after
 * "of" the corpus does not know as an organization, a proper name (no English word, no title word), and one the
 * role's organization bears, if it has one. Not "Director of Operations" for "Director": that is another title.
 */
function withOwnOrganizationAfter(dk: string, r: Role, rk: string, ctx: RuleContext): boolean {
  if (!dk.startsWith(rk + ' of ')) return false;
  const tail = dk.slice(rk.length + 4).replace(/^the /, '').split(' ');
  if (tail.length > 3 || !tail.every((w) => w && !isEnglishWord(w) && !isTitleWord(w))) return false;
  const org = r.organization ? ctx.index.orgById.get(r.organization) : undefined;
  return !r.organization || (!!org && formKey(org.name).split(' ').includes(tail[0]));
}

/** The title to suggest: the person's usual form of address when the draft used a short title, else the role's title. */
function preferredTitle(p: Person, roles: Role[], draftTitle: string, ctx: RuleContext, writtenOrg?: string): string | undefined {
  // The role at the organization the draft names, then one the corpus shows by the draft's date, then the current one.
  const date = ctx.draft.date;
  const shownBy = (r: Role) => (!date || (r.from ?? r.seen[0] ?? '') <= date ? 0 : 1);
  const atOrg = (r: Role) => (writtenOrg && r.organization === writtenOrg ? 0 : 1);
  const ranked = [...roles].sort((a, b) => atOrg(a) - atOrg(b) || shownBy(a) - shownBy(b) || rank(a) - rank(b) || b.sources.length - a.sources.length);
  const role = ranked[0];
  if (!role) return undefined;
  if (draftTitle.split(/\s+/).length === 1 || draftTitle.split(/\s+/).length < role.title.split(/\s+/).length) {
    const address = p.addressForms.map((f) => f.slice(0, f.length - p.surname.length).trim()).find((t) => t && fits(titleKey(t), role));
    if (address) return styled(address, role, ctx);
    // A short title in the draft gets the short form of the right one: "Assistant Commissioner", not "... for International Affairs".
    const head = role.title.split(/ (?:of|for|&) /)[0];
    if (head !== role.title && draftTitle.split(/\s+/).length <= head.split(/\s+/).length) return styled(head, role, ctx);
  }
  // "Secretary General of the Alliance": the organization named back by its head noun is not part of the title
  // (unless the draft's title names it so too: "Vice-Chair of the Council" -> "Chair of the Council").
  const org = role.organization ? ctx.index.orgById.get(role.organization) : undefined;
  const own = org && !/ of the /.test(draftTitle) && /^(.+) of the (\p{Lu}\p{Ll}+)$/u.exec(role.title);
  if (own && org.name.split(' ').pop() === own[2]) return styled(own[1], role, ctx);
  return styled(role.title, role, ctx);
}

const rank = (r: Role) => (r.status === 'current' ? 0 : r.status === 'acting' ? 1 : 2);

function styled(title: string, role: Role, ctx: RuleContext): string {
  const org = role.organization ? ctx.index.orgById.get(role.organization) : undefined;
  const style = org?.titleStyle[titleKey(title)];
  return style && formKey(style) === formKey(title) ? style : title;
}

// Title keys of a person's roles, in role order, and the same without spaces, per roles list (presslint.json's
// overrides replace the list): a person in a large corpus holds dozens of roles, and each mention asks for them.
interface RoleTitleKeys {
  keys: string[];
  joined: string[];
}
const roleKeysOf = new WeakMap<Role[], RoleTitleKeys>();
function roleTitleKeys(p: Person): RoleTitleKeys {
  let k = roleKeysOf.get(p.roles);
  if (!k || k.keys.length !== p.roles.length) {
    const keys = p.roles.map((r) => titleKey(r.title));
    roleKeysOf.set(p.roles, (k = { keys, joined: keys.map(withoutSpaces) }));
  }
  return k;
}

/**
 * "Council President Felix Moreau": capitalized words before the title that, with it, make one of the person's own
 * titles are the title's, not an organization's.
 */
function withOwnTitlePrefix(text: string, tp: TitlePhrase, keys: string[]): TitlePhrase {
  if (!tp.prefix || tp.orgFrom === 'prefix' || text.slice(tp.prefix.end, tp.title.start) !== ' ') return tp;
  const whole = text.slice(tp.prefix.start, tp.title.end);
  if (!keys.includes(titleKey(whole))) return tp;
  return { ...tp, prefix: undefined, title: { start: tp.prefix.start, end: tp.title.end, text: whole } };
}

/** "Under Secretary" for "Undersecretary": the same title written apart is a style slip, not another title. */
const withoutSpaces = (x: string) => x.replace(/ /g, '');

/**
 * "Director General" where the organization only writes the title with its field, "Director-General of Inland
 * Waters": the style of the part before "of" or "for".
 */
function headOfLongerStyle(org: Organization, surface: string): string | undefined {
  const key = titleKey(surface);
  for (const [k, v] of Object.entries(org.titleStyle)) {
    if (!k.startsWith(`${key} of `) && !k.startsWith(`${key} for `)) continue;
    const head = v.split(/ (?:of|for) /)[0];
    if (titleKey(head) === key) return head;
  }
  return undefined;
}

export function titleVerdicts(ctx: RuleContext): TitleVerdict[] {
  return memoOnDraft(ctx.draft, TITLE_VERDICTS, () => findTitleVerdicts(ctx));
}

function findTitleVerdicts(ctx: RuleContext): TitleVerdict[] {
  const out: TitleVerdict[] = [];
  const date = ctx.draft.date;
  for (const m of findPersonMentions(ctx.draft, ctx.index)) {
    if (!m.title) continue;
    const p = m.person;
    const tp = withOwnTitlePrefix(ctx.draft.text, m.title, roleTitleKeys(p).keys);
    // "Acting ICRA Director": the acting word stands before the organization, outside the title's span.
    const dk = titleKey(tp.acting && !/^(acting|interim) /i.test(tp.title.text) ? `Acting ${tp.title.text}` : tp.title.text);
    const implied = tp.orgFrom === 'title' ? tp.orgId : undefined;
    const { keys, joined } = roleTitleKeys(p);
    // "Then-Dean Okonkwo": a past title in one word; "President Emeritus Pryce": the honorary form of a title held.
    if (PAST_PREFIX.test(tp.title.text)) continue;
    // "President-elect", "Assistant Governor-designate": a title to come, announced by the draft.
    if (/[-‐‑ ](?:elect|designate)$/i.test(tp.title.text) || /^(?:elect|designate)\b/i.test(ctx.draft.text.slice(tp.title.end + 1, tp.title.end + 10))) continue;
    if (EMERITUS.test(dk) && p.roles.some((r, k) => fits(dk.replace(EMERITUS, ' ').trim(), r, implied, keys[k]))) continue;
    const dkJoined = withoutSpaces(dk);
    const spaced = p.roles.find((r, k) => keys[k] !== dk && joined[k] === dkJoined && validAt(r, date));
    if (spaced) {
      out.push({ kind: 'style', mention: m, span: tp.title, right: spaced.title, org: (spaced.organization && ctx.index.orgById.get(spaced.organization)) || undefined });
      continue;
    }
    const fitting = p.roles.filter((r, k) => fits(dk, r, implied, keys[k]) || withOwnOrganizationAfter(dk, r, keys[k], ctx));
    // "Non-Executive Chair", "Honorary President": a qualifier before a title the person holds on that date.
    const unqualified = withoutQualifier(dk);
    if (!fitting.length && unqualified !== dk && p.roles.some((r, k) => fits(unqualified, r, implied, keys[k]) && validAt(r, date))) continue;
    const valid = fitting.filter((r) => validAt(r, date) || (m.former && r.status === 'former'));
    // Roles held on the draft's date: a role now former still counts for a date before it ended.
    const current = p.roles.filter((r) => validAt(r, date) && (r.status !== 'former' || (!!r.until && !!date)));
    // "Secretary of State Lena Hartmann": the right office, the wrong department after "of".
    // "Minister of State for Fisheries" is a title of its own in the corpus (someone else's): the wrong title, not
    // the right office with the wrong department after "of".
    const knownTitle = ctx.index.titleSurfaces.has(formKey(tp.title.text));
    const tail = !fitting.length && !knownTitle ? wrongTail(tp.title, p.roles.filter((r) => validAt(r, date)), ctx) : undefined;
    if (tail) {
      out.push({ kind: 'mismatch', mention: m, span: tail.span, right: tail.right, role: tail.role });
      continue;
    }
    const elsewhere = !fitting.length ? otherOrganizationAfter(tp.title, dk, implied, p.roles.filter((r) => validAt(r, date)), ctx) : undefined;
    if (elsewhere === 'own') continue;
    if (elsewhere) {
      out.push({ kind: 'mismatch', mention: m, ...elsewhere });
      continue;
    }
    // A past title the corpus does not show ("As Deputy Director, Tomas Reyes oversaw ..."): nothing to check it by.
    if (!valid.length && m.former && !fitting.length) continue;
    // The title the corpus last saw the person designated or elected to ("Chief Executive Designate of the ICB"):
    // by the draft's date they may hold it.
    if (!valid.length && p.roles.some((r) => validAt(r, date) && DESIGNATE.test(r.title) && titleKey(r.title.replace(DESIGNATE, '')) === dk)) continue;
    // "2018: Voters approve Measure K under Mayor Harold Ames", "In March 2018, Mayor Ames ...": a sentence set in a
    // year when the title was the person's.
    const year = !valid.length && fitting.length ? openingYear(m.sentence) : undefined;
    if (year && fitting.some((r) => heldIn(r, year))) continue;
    if (!valid.length) {
      // A draft dated before every role the corpus says the person took up ("appointed President from January 2018"):
      // what their title was then, it cannot say. A role only seen in a release may have begun long before it.
      if (date && p.roles.length && p.roles.every((r) => !!r.from && r.from > date && !(r.seen[0] && r.seen[0] <= date))) continue;
      // "X, who was appointed Deputy Secretary on 9 January 2023": the draft itself announces the title.
      if (appointedInDraft(ctx, p, dk)) continue;
      const writtenOrg = tp.orgFrom === 'prefix' || tp.orgFrom === 'suffix' ? tp.orgId : undefined;
      let right = preferredTitle(p, current.length ? current : p.roles, tp.title.text, ctx, writtenOrg);
      if (!right) continue;
      // The title was theirs but had ended by the draft's date, and nothing replaced it: "former ...".
      if (formKey(right) === formKey(tp.title.text)) {
        const ended = fitting.some((r) => r.until && date && date >= r.until);
        if (!ended || m.former) continue;
        right = `former ${tp.title.text}`;
      }
      // "Head of the School of Chemical Engineering" for the Dean of the Faculty of Engineering: the body after the
      // wrong title is not that of the title to give, which has its own: the whole phrase is replaced.
      let span = tp.title;
      const candidates = current.length ? current : p.roles;
      // (A whole organization, one with an acronym, stays when the title to give names none or a body of it: "Chief
      // Executive Officer of NITH" -> "Chair of the Board" of NITH. A unit of one does not: "the School of ...".)
      const suffixOrg = tp.orgId ? ctx.index.orgById.get(tp.orgId) : undefined;
      const bodyOf = (id: string, o: Organization) => id === o.id || new RegExp(`\\b(?:${escapeRegExp(o.name)}|${escapeRegExp(o.acronym ?? o.name)})\\b`).test(ctx.index.orgById.get(id)?.name ?? '');
      const keepsOrganization = !!suffixOrg?.acronym && candidates.every((r) => !r.organization || bodyOf(r.organization, suffixOrg));
      if (tp.orgFrom === 'suffix' && tp.suffix && !keepsOrganization && !candidates.some((r) => r.organization && r.organization === tp.orgId)) {
        const whole = preferredTitle(p, candidates, ctx.draft.text.slice(tp.title.start, tp.suffix.end), ctx);
        if (whole && / of /.test(whole) && !right.startsWith('former ')) {
          right = whole;
          span = { start: tp.title.start, end: tp.suffix.end, text: ctx.draft.text.slice(tp.title.start, tp.suffix.end) };
        }
      }
      const why = fitting.length
        ? `${p.fullName} was ${fitting[0].title}${fitting[0].until ? ` until ${fitting[0].until}` : ''}${fitting[0].from ? ` from ${fitting[0].from}` : ''}; on ${date} the title is ${right}`
        : `${p.fullName} is ${describeRoles(p, ctx)}`;
      out.push({ kind: 'wrong', mention: m, span, right, why });
      continue;
    }
    // The same title held at the organization written with it, if one was ("Communications Officer" of the body
    // before and after its renaming).
    const role = (tp.orgId && valid.find((r) => r.organization === tp.orgId)) || valid[0];
    // The organization written with the title, when it is not the role's.
    const orgSpan = tp.orgFrom === 'prefix' ? tp.prefix : tp.orgFrom === 'suffix' ? tp.suffix : tp.prefix && (isAcronym(withoutPossessive(tp.prefix.text)) || namesOrganization(tp.prefix.text)) ? tp.prefix : undefined;
    const roleOrg = role.organization ? ctx.index.orgById.get(role.organization) : undefined;
    if (orgSpan && roleOrg) {
      const written = withoutPossessive(orgSpan.text);
      const writtenOrg = tp.orgFrom === 'prefix' || tp.orgFrom === 'suffix' ? tp.orgId : undefined;
      // An organization the corpus does not know: an acronym, a name after "of", or a name before the title
      // ("World Trade Organization Secretary General Amaranta Velloso").
      // An acronym that spells the role's organization is that organization, defined or not ("WCO").
      const spellsRoleOrg = isAcronym(written) && spells(roleOrg.name.split(/\s+/), acronymLetters(written));
      const foreign = !writtenOrg && !spellsRoleOrg && ((isAcronym(written) && !UNIVERSAL_ABBREVIATIONS.has(written)) || (tp.orgFrom === 'suffix' && !tp.orgId) || (orgSpan === tp.prefix && !tp.orgId && namesOrganization(written)));
      // "Chair of the Board of Directors of Kestrel": the role's body, named with what it belongs to.
      const ofParent = formKey(written).startsWith(`${formKey(roleOrg.name)} of `);
      // ... or without it: "Chair of the Board of Directors" for the "Board of Directors of the Canadian Inland
      // Fisheries Agency" (the release is the agency's own).
      const withoutParent = formKey(roleOrg.name).startsWith(`${formKey(written)} of `);
      // "University of Lindum" for "Lindum University": the role's organization misnamed (org-name reports it).
      const reordered = formKey(withHeadMoved(written) ?? '') === formKey(roleOrg.name);
      if (((writtenOrg && writtenOrg !== roleOrg.id) || foreign) && !ofParent && !withoutParent && !reordered) {
        const useAcronym = isAcronym(written) && roleOrg.acronym;
        // "U.S. Customs and Border Protection": the country qualifier stays.
        const q = /^(\S+) /.exec(written);
        const skip = q && UNIVERSAL_ABBREVIATIONS.has(q[1]) && !isAcronym(written) ? q[0].length : 0;
        const span = { start: orgSpan.start + skip, end: orgSpan.start + written.length, text: written.slice(skip) };
        // As written (acronym or name); before the title a company's name goes without its legal form ("Kestrel
        // Biologics Chief Executive Officer").
        const right = useAcronym ? roleOrg.acronym! : orgSpan === tp.prefix ? withoutLegalForm(roleOrg.name) : roleOrg.name;
        out.push({ kind: 'mismatch', mention: m, span, right, role, org: roleOrg });
        continue;
      }
    }
    const styleOrg = (tp.orgId && (tp.orgFrom === 'prefix' || tp.orgFrom === 'suffix') ? ctx.index.orgById.get(tp.orgId) : undefined) ?? roleOrg;
    const surface = tp.title.text.replace(/^(Acting|Interim) /, '');
    const style = styleOrg && (styleOrg.titleStyle[titleKey(surface)] ?? headOfLongerStyle(styleOrg, surface));
    if (styleOrg && style && style !== surface && formKey(style) === formKey(surface)) {
      const start = tp.title.end - surface.length;
      out.push({ kind: 'style', mention: m, span: { start, end: tp.title.end, text: surface }, right: style, org: styleOrg });
    }
  }
  return out;
}

/** " Designate", "-elect": a title to come. */
const DESIGNATE = /[-‐‑ ](?:elect|designate)$/i;

// A verb that gives someone a post: "was appointed", "sworn in", "voted to confirm", "took office as".
const APPOINTMENT = /\b(?:appoint(?:s|ed)?|name[sd]|(?:re-?)?elect(?:s|ed)?|sw(?:ear|ears|ore|orn) in|confirm(?:s|ed)?|promoted?|designated?|bec(?:ame|omes?)|assum(?:ed|es)|t(?:ake|akes|ook) (?:office|up)|succeed(?:s|ed)?|resum(?:es|ed))\b/gi;
// "..., Chair of the Governing Board, who assumed office on January 1, 2023": the title before the verb.
const TAKING_OFFICE = /^(?:assum|t(?:ake|akes|ook) )/i;

/**
 * Whether the draft itself tells of the person taking up the title: a sentence (the headline too) with the
 * person's surname, a verb of appointment and the title after it ("Dana R. Whitfield was sworn in today as the
 * 54th Mayor", "Marek Duval, who was appointed Deputy Secretary on January 9, 2023"). The corpus, older than the
 * draft, cannot know of it.
 */
function appointedInDraft(ctx: RuleContext, p: Person, dk: string): boolean {
  const surname = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(p.surname)}(?![\\p{L}])`, 'u');
  // "was appointed Chief Financial Officer" for "Chief Financial Officer of Talvern": the title without what follows "of".
  const title = new RegExp(`\\b${dk.split(' of ')[0].split(' ').map(escapeRegExp).join('[\\s-]+')}\\b`, 'gi');
  // The whole title, not the end of a longer one ("Secretary" inside "Deputy Secretary").
  const hasTitle = (x: string) => [...x.matchAll(title)].some((m) => !isTitleWord(/(\S+)[\s-]$/.exec(x.slice(0, m.index))?.[1] ?? ''));
  for (const s of ctx.draft.sentences) {
    if (!surname.test(s.text)) continue;
    for (const verb of s.text.matchAll(APPOINTMENT)) {
      // The title the verb gives, in its own clause ("took office as Secretary General on 1 January 2009, after
      // seven years as ... Deputy Secretary General": only the first).
      const after = s.text.slice(verb.index! + verb[0].length).split(/[,;:]/)[0];
      if (hasTitle(after) || (TAKING_OFFICE.test(verb[0]) && hasTitle(s.text.slice(0, verb.index)))) return true;
    }
  }
  return false;
}

/**
 * "Medical Director of the Trust" for the Medical Director of the ICB: one of the person's titles on the date, then
 * "of" and a body (headed by an organization noun) that the corpus knows as another organization. The title is
 * right; the organization is not. Not a field after "of" ("Secretary of Energy"): that names another title.
 * 'own' when the body is the role's organization by its head noun alone ("Chair of the Trust").
 */
function otherOrganizationAfter(title: Span, dk: string, implied: string | undefined, roles: Role[], ctx: RuleContext): { span: Span; right: string; role: Role; org: Organization } | 'own' | undefined {
  for (const r of roles) {
    const roleOrg = r.organization && r.organization !== implied ? ctx.index.orgById.get(r.organization) : undefined;
    const rk = titleKey(r.title);
    if (!roleOrg || !dk.startsWith(`${rk} of `)) continue;
    // The written body starts after the role's words and "of" (and "the").
    const words = [...title.text.matchAll(/\S+/g)];
    const of = rk.split(' ').length;
    const the = words[of + 1]?.[0].toLowerCase() === 'the';
    const at = of + 1 + (the ? 1 : 0);
    if (at >= words.length) continue;
    const start = title.start + words[at].index!;
    const written = ctx.draft.text.slice(start, title.end);
    const body = written.split(/\s+/);
    if (!ORGANIZATION_HEADS.has(withoutPossessive(body[body.length - 1]).toLowerCase())) continue;
    // "Chair of the Trust" for the Chair of the "... NHS Foundation Trust": its own short form.
    if (body.length === 1 && roleOrg.name.split(' ').pop()!.toLowerCase() === withoutPossessive(body[0]).toLowerCase()) return 'own';
    // A body the corpus does not know is named as one: capitalized, after "the" or in two words or more (not the
    // "School" of "Head of School").
    if (!implied && !(body.every((w) => /^\p{Lu}/u.test(w) || w === 'and' || w === 'of') && (the || body.length >= 2))) continue;
    // As the corpus would write it there: a short form ("the Trust") gets the role's acronym, a full name the full name.
    const right = body.length > 1 ? roleOrg.name : (roleOrg.acronym ?? roleOrg.name);
    return { span: { start, end: title.end, text: written }, right, role: r, org: roleOrg };
  }
  return undefined;
}

/** A name of two words or more headed like an organization's ("World Trade Organization"). */
function namesOrganization(phrase: string): boolean {
  const words = withoutPossessive(phrase).split(' ');
  return words.length >= 2 && classifyName(words).kind === 'organization';
}

export function describeRoles(p: Person, ctx: RuleContext): string {
  const role = p.roles.find((r) => r.status === 'current') ?? p.roles.find((r) => r.status === 'acting') ?? p.roles[0];
  if (!role) return 'known to the corpus';
  const org = role.organization ? ctx.index.orgById.get(role.organization) : undefined;
  const where = !org ? '' : / (of|for) /.test(role.title) ? ` (${org.acronym ?? org.name})` : ` of ${org.acronym ? 'the ' + org.acronym : org.name}`;
  return `${role.title}${where} (seen in ${p.documents} release${p.documents === 1 ? '' : 's'})`;
}

/**
 * The part after "of" of a title whose head matches one of the person's roles, where that part names an
 * organization: "Secretary of State" vs "Secretary of Water Resources" (of the Department of Water Resources).
 * "Head of Lending" vs "Head of Operations" is another title, not another organization.
 */
function wrongTail(title: Span, roles: Role[], ctx: RuleContext): { span: Span; right: string; role: Role } | undefined {
  const at = title.text.indexOf(' of ');
  if (at < 0) return undefined;
  const head = formKey(title.text.slice(0, at));
  for (const r of roles) {
    const rat = r.title.indexOf(' of ');
    if (rat < 0 || formKey(r.title.slice(0, rat)) !== head) continue;
    const roleTail = r.title.slice(rat + 4).split(/\s+/).filter((w) => /^[A-Z]/.test(w));
    if (!ctx.index.resolver.containing?.(roleTail) && !ctx.index.resolver.resolve(roleTail.join(' '))) continue;
    const start = title.start + at + 4;
    return { span: { start, end: title.end, text: title.text.slice(at + 4) }, right: r.title.slice(rat + 4), role: r };
  }
  return undefined;
}
