// What completion can offer from a term base: the holders of a title, and entities whose name (or
// acronym, accepted form, surname) starts with a prefix. Pure functions over the TermBase.
import type { Organization, Person, TermBase } from '../engine';
import type { EntityKind } from './entities';

export interface Candidate {
  kind: EntityKind;
  id: string;
  /** What is inserted. */
  insert: string;
  /** The form the typed prefix matched (the client filters on it). */
  matched: string;
  /** One line shown beside the item. */
  detail: string;
  /** Higher first. */
  weight: number;
}

/** "Secretary-General" and "secretary general" compare equal. */
export function normTitle(s: string): string {
  return s.toLowerCase().replace(/[-‐‑]/g, ' ').replace(/\s+/g, ' ').trim();
}

function roleLine(p: Person, tb: TermBase): string {
  const role = p.roles.find((r) => r.status === 'current') ?? p.roles[0];
  if (!role) return p.fullName;
  const org = role.organization ? tb.organizations.find((o) => o.id === role.organization) : undefined;
  const status = role.status === 'current' ? '' : `${role.status} `;
  return `${status}${role.title}${org ? `, ${org.acronym ?? org.name}` : ''}`;
}

/**
 * People holding the title that `before` (the line up to the cursor, without the partial word)
 * ends with, e.g. "… met Secretary General". The title must start with a capital letter in the text.
 */
export function titleHolders(tb: TermBase, before: string): Candidate[] {
  const text = normTitle(before);
  const out: Candidate[] = [];
  for (const person of tb.people) {
    let best: { weight: number; title: string } | undefined;
    for (const role of person.roles) {
      const t = normTitle(role.title);
      if (!t || !(text === t || text.endsWith(` ${t}`))) continue;
      const at = caseStart(before, role.title);
      if (at < 0 || !/\p{Lu}/u.test(before[at] ?? '')) continue;
      const org = role.organization ? tb.organizations.find((o) => o.id === role.organization) : undefined;
      const orgBefore = org && [org.acronym, org.name].some((f) => f && before.slice(0, at).trimEnd().endsWith(f));
      // Written exactly as this person's title ("Secretary-General" vs "Secretary General") ranks first.
      const exact = before.slice(at).trimEnd() === role.title;
      const weight = (role.status === 'current' ? 2 : role.status === 'acting' ? 1 : 0) + (orgBefore ? 4 : 0) + (exact ? 1 : 0) + person.documents / 1000;
      if (!best || weight > best.weight) best = { weight, title: role.title };
    }
    if (best) {
      out.push({ kind: 'person', id: person.id, insert: person.fullName, matched: person.fullName, detail: roleLine(person, tb), weight: best.weight });
    }
  }
  return out;
}

/** Where the last `title.split(' ').length` words of `before` start (title words, any hyphenation). */
function caseStart(before: string, title: string): number {
  const words = normTitle(title).split(' ').length;
  const re = /[^\s-‐‑]+/g;
  const starts: number[] = [];
  for (let m = re.exec(before); m; m = re.exec(before)) starts.push(m.index);
  return starts.length >= words ? starts[starts.length - words] : -1;
}

export interface PrefixOptions {
  /** Whether the draft already mentions the organization before the prefix. */
  mentionedBefore: (org: Organization) => boolean;
}

/** Whether `text` holds the organization's name, acronym or another form as whole words. */
export function mentionsOrganization(text: string, org: Organization): boolean {
  return [org.name, org.acronym, ...org.variants].some((form) => {
    if (!form) return false;
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + form.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    }
    return false;
  });
}

/** Entities whose name, acronym, accepted form or surname starts with `prefix` (case-insensitive). */
export function prefixMatches(tb: TermBase, prefix: string, opts: PrefixOptions): Candidate[] {
  const p = prefix.toLowerCase();
  const starts = (form: string | undefined) => !!form && form.length > prefix.length && form.toLowerCase().startsWith(p);
  const out: Candidate[] = [];
  for (const person of tb.people) {
    const detail = roleLine(person, tb);
    if (starts(person.fullName)) {
      out.push({ kind: 'person', id: person.id, insert: person.fullName, matched: person.fullName, detail, weight: person.documents });
    } else if (starts(person.surname)) {
      out.push({ kind: 'person', id: person.id, insert: person.surname, matched: person.surname, detail: `${person.fullName}: ${detail}`, weight: person.documents });
    }
  }
  for (const org of tb.organizations) {
    const first = !opts.mentionedBefore(org);
    // A complete acronym still expands at the first mention ("WHO" → "World Health Organization (WHO)").
    const exactAcronym = first && !!org.acronym && org.acronym === prefix;
    const matched = [org.name, org.acronym, ...org.variants].find(starts) ?? (exactAcronym ? org.acronym : undefined);
    if (!matched) continue;
    const insert = org.acronym && !first ? org.acronym : org.acronym ? `${org.name} (${org.acronym})` : org.name;
    out.push({
      kind: 'organization',
      id: org.id,
      insert,
      matched,
      detail: first ? 'organization, first mention: name and acronym' : `organization: ${org.name}`,
      weight: org.documents,
    });
  }
  for (const prog of tb.programmes) {
    const matched = [prog.name, ...prog.forms, prog.acronym].find(starts);
    if (!matched) continue;
    out.push({ kind: 'programme', id: prog.id, insert: prog.name, matched, detail: prog.kind, weight: prog.documents });
  }
  return out;
}
