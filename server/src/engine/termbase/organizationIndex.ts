// Finds the organization a phrase names: by acronym, full name or a variant seen, tolerating a leading
// qualifier ("US Customs and Border Protection") and an abbreviated leading word ("UN Office on Drugs and Crime").
import { formKey, withoutPossessive } from '../text/normalize';
import { isAcronym } from '../text/chunks';
import { acronymLetters } from '../learn/acronymDefinitions';
import { LEGAL_FORMS, ORGANIZATION_HEADS } from '../lexicon/entityHeads';

export interface OrganizationLike {
  id: string;
  name: string;
  acronym?: string;
  variants: string[] | Set<string>;
}

export interface Resolved<T> {
  org: T;
  /** A leading word that is not part of the name, e.g. "US". */
  qualifier?: string;
}

export class OrganizationIndex<T extends OrganizationLike> {
  private byKey = new Map<string, T>();
  private byAcronym = new Map<string, T>();
  /** Organizations with an acronym, by each word of their full name; and all of them. */
  private byNameWord = new Map<string, T[]>();
  private anyByNameWord = new Map<string, T[]>();

  constructor(orgs: Iterable<T>) {
    for (const o of orgs) {
      for (const w of new Set(o.name.split(/\s+/))) {
        for (const map of o.acronym ? [this.byNameWord, this.anyByNameWord] : [this.anyByNameWord]) {
          let list = map.get(w);
          if (!list) map.set(w, (list = []));
          list.push(o);
        }
      }
      if (o.acronym && !this.byAcronym.has(acronymLetters(o.acronym))) this.byAcronym.set(acronymLetters(o.acronym), o);
      this.add(o.name, o);
      for (const v of o.variants) this.add(v, o);
    }
    // "Kestrel Biologics" for "Kestrel Biologics Pty Ltd": a company is also named without its legal form, when
    // no other organization has that name.
    for (const o of orgs) {
      const bare = withoutLegalForm(o.name);
      if (bare !== o.name) this.add(bare, o);
    }
  }

  private add(name: string, o: T): void {
    const k = formKey(name);
    if (!this.byKey.has(k)) this.byKey.set(k, o);
  }

  /** The one defined organization whose full name contains all these words ("Water Resources"), if exactly one does. */
  containing(words: string[], anyOrganization = false): T | undefined {
    if (!words.length) return undefined;
    let hits: T[] | undefined;
    for (const w of words) {
      const list = (anyOrganization ? this.anyByNameWord : this.byNameWord).get(w);
      if (!list) return undefined;
      hits = hits ? hits.filter((o) => list.includes(o)) : list;
      if (!hits.length) return undefined;
    }
    return hits && hits.length === 1 ? hits[0] : undefined;
  }

  byAcronymLetters(acronym: string): T | undefined {
    return this.byAcronym.get(acronymLetters(acronym));
  }

  resolve(phrase: string): Resolved<T> | undefined {
    const words = phrase.trim().split(/\s+/).map(withoutPossessive).filter(Boolean);
    while (words.length && /^the$/i.test(words[0])) words.shift();
    if (!words.length) return undefined;
    const direct = this.exact(words);
    if (direct) return { org: direct };
    // "US CBP", "US Customs and Border Protection": a leading acronym that is not itself this organization.
    if (words.length >= 2 && isAcronym(words[0])) {
      const rest = this.exact(words.slice(1));
      if (rest) return { org: rest, qualifier: words[0] };
      // "UN Office on Drugs and Crime": the leading acronym stands for the first words of the full name.
      const lead = this.byAcronym.get(acronymLetters(words[0]));
      if (lead) {
        const expanded = this.exact([...lead.name.split(/\s+/), ...words.slice(1)]);
        if (expanded) return { org: expanded };
      }
    }
    return undefined;
  }

  private exact(words: string[]): T | undefined {
    if (words.length === 1 && isAcronym(words[0])) return this.byAcronym.get(acronymLetters(words[0]));
    return this.byKey.get(formKey(words.join(' ')));
  }

  all(): T[] {
    return [...new Set([...this.byKey.values(), ...this.byAcronym.values()])];
  }
}

/** A company's name without the legal form that ends it ("Kestrel Biologics Pty Ltd" -> "Kestrel Biologics"). */
export function withoutLegalForm(name: string): string {
  const words = name.split(/\s+/);
  let n = words.length;
  while (n > 2 && LEGAL_FORMS.has(words[n - 1].replace(/[.,]/g, '').toLowerCase())) n--;
  if (n === words.length) return name;
  return words.slice(0, n).join(' ').replace(/,$/, '');
}

/**
 * The same name with its head noun moved to the other end: "University of Lindum" <-> "Lindum University",
 * "Institute of Marine Science" <-> "Marine Science Institute". Undefined when the name is not of either shape.
 */
export function withHeadMoved(name: string): string | undefined {
  const words = name.split(/\s+/);
  // Proper names, not an acronym: "Secretariat of the WRLBC" is the body of an organization, not its name reordered.
  const proper = (ws: string[]) => ws.length >= 1 && ws.length <= 3 && ws.every((w) => /^\p{Lu}/u.test(w) && !isAcronym(w));
  if (words.length >= 3 && ORGANIZATION_HEADS.has(words[0].toLowerCase()) && words[1] === 'of') {
    const rest = words.slice(words[2] === 'the' ? 3 : 2);
    return proper(rest) ? [...rest, words[0]].join(' ') : undefined;
  }
  const head = words[words.length - 1];
  if (words.length >= 2 && ORGANIZATION_HEADS.has(head.toLowerCase()) && proper(words.slice(0, -1))) return `${head} of ${words.slice(0, -1).join(' ')}`;
  return undefined;
}
