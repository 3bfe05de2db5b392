// Entity cards: what `presslint terms` prints and what a hover shows. One card per person, organization,
// programme or acronym, with its sources.
import type { TermBase, Source, Person, Organization, Programme, Origin } from '../types';
import { formKey } from '../text/normalize';

export interface EntityCard {
  kind: 'person' | 'organization' | 'programme' | 'acronym';
  id: string;
  title: string;
  lines: string[];
  documents: number;
  sources: Source[];
  origin: Origin;
}

const orgLabel = (tb: TermBase, id?: string) => {
  if (!id) return '';
  const o = tb.organizations.find((x) => x.id === id);
  return o ? (o.acronym ?? o.name) : id;
};

const span = (from?: string, until?: string) => (from && until ? ` (${from} – ${until})` : from ? ` (since ${from})` : until ? ` (until ${until})` : '');

export function personCard(tb: TermBase, p: Person): EntityCard {
  const lines: string[] = [];
  // The current title first, then former ones.
  const ordered = [...p.roles].sort((a, b) => Number(a.status === 'former') - Number(b.status === 'former'));
  for (const r of ordered) {
    const org = orgLabel(tb, r.organization);
    const status = r.status === 'former' ? 'former ' : r.status === 'acting' ? '' : '';
    lines.push(`${status}${r.title}${org ? `, ${org}` : ''}${span(r.from, r.until)}${r.origin === 'config' ? ' [presslint.json]' : ''}`.replace(/^former /, 'Former: '));
  }
  if (p.addressForms.length) lines.push(`Forms of address: ${p.addressForms.join(', ')}`);
  return { kind: 'person', id: p.id, title: p.fullName, lines, documents: p.documents, sources: p.sources, origin: p.origin };
}

export function organizationCard(o: Organization): EntityCard {
  const lines: string[] = [];
  if (o.acronym) lines.push(`Acronym: ${o.acronym}`);
  if (o.variants.length) lines.push(`Also written: ${o.variants.join(', ')}`);
  const styles = Object.values(o.titleStyle);
  if (styles.length) lines.push(`Titles: ${styles.join(', ')}`);
  return { kind: 'organization', id: o.id, title: o.name, lines, documents: o.documents, sources: o.sources, origin: o.origin };
}

export function programmeCard(p: Programme): EntityCard {
  const lines = [`Kind: ${p.kind}`];
  if (p.forms.length > 1) lines.push(`Accepted forms: ${p.forms.join(', ')}`);
  if (p.acronym) lines.push(`Acronym: ${p.acronym}`);
  return { kind: 'programme', id: p.id, title: p.name, lines, documents: p.documents, sources: p.sources, origin: p.origin };
}

/** Cards whose name, form or acronym contains the query (case-insensitive); exact matches first. */
export function findTerms(tb: TermBase, query: string): EntityCard[] {
  const q = formKey(query);
  if (!q) return [];
  const scored: { card: EntityCard; score: number }[] = [];
  const consider = (names: (string | undefined)[], card: () => EntityCard) => {
    const keys = names.filter((n): n is string => !!n).map(formKey);
    if (keys.some((k) => k === q)) scored.push({ card: card(), score: 0 });
    else if (keys.some((k) => k.includes(q))) scored.push({ card: card(), score: 1 });
  };
  for (const p of tb.people) consider([p.fullName, p.surname, ...p.addressForms], () => personCard(tb, p));
  for (const o of tb.organizations) consider([o.name, o.acronym, ...o.variants], () => organizationCard(o));
  for (const p of tb.programmes) consider([p.name, p.acronym, ...p.forms], () => programmeCard(p));
  for (const a of tb.acronyms) {
    if (tb.organizations.some((o) => o.acronym === a.acronym) || tb.programmes.some((p) => p.acronym === a.acronym)) continue;
    consider([a.acronym, a.expansion], () => ({ kind: 'acronym', id: a.acronym, title: `${a.acronym} — ${a.expansion}`, lines: [`Kind: ${a.kind}`], documents: new Set(a.sources.map((s) => s.file)).size, sources: a.sources, origin: a.origin }));
  }
  return scored.sort((a, b) => a.score - b.score || a.card.title.localeCompare(b.card.title)).map((s) => s.card);
}

const seen = (n: number) => `Seen in ${n} release${n === 1 ? '' : 's'}`;

export function renderCardText(card: EntityCard): string {
  const out = [`${card.title}  (${card.kind}${card.origin === 'config' ? ', set in presslint.json' : ''})`];
  for (const l of card.lines) out.push(`  ${l}`);
  out.push(`  ${seen(card.documents)}:`);
  for (const s of card.sources.slice(0, 3)) out.push(`    ${s.file}:${s.line}  ${s.sentence}`);
  return out.join('\n');
}

/** The card as Markdown for a hover; `link` turns a source into a URI (e.g. file:///…#L12). */
export function renderCardMarkdown(card: EntityCard, link?: (s: Source) => string): string {
  const out = [`**${card.title}** — ${card.kind}${card.origin === 'config' ? ' (set in presslint.json)' : ''}`, ''];
  for (const l of card.lines) out.push(`- ${l}`);
  out.push('', `${seen(card.documents)}:`);
  for (const s of card.sources.slice(0, 3)) {
    const where = `${s.file.split('/').pop()}:${s.line}`;
    out.push(`- ${link ? `[${where}](${link(s)})` : where} — ${s.sentence.replace(/[*_`[\]]/g, '\\$&')}`);
  }
  return out.join('\n');
}
