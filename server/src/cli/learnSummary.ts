// The readable summary `presslint learn` prints: what was learned, with where it was seen.
import type { Organization, Role, Source, TermBase } from '../engine/types';

const MAX_SOURCES = 2;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function where(sources: Source[]): string {
  if (!sources.length) return '';
  const shown = sources.slice(0, MAX_SOURCES).map((s) => `${s.file}:${s.line}`);
  const more = sources.length > MAX_SOURCES ? ` (+${sources.length - MAX_SOURCES} more)` : '';
  return `seen at ${shown.join(', ')}${more}`;
}

function orgLabel(org: Organization | undefined, id: string | undefined): string {
  if (!org) return id ?? '';
  return org.acronym ? `${org.name} (${org.acronym})` : org.name;
}

function dates(role: Role): string {
  if (role.from && role.until) return `${role.from} to ${role.until}`;
  if (role.from) return `since ${role.from}`;
  if (role.until) return `until ${role.until}`;
  if (role.seen.length) {
    const seen = [...role.seen].sort();
    return seen[0] === seen[seen.length - 1] ? `seen ${seen[0]}` : `seen ${seen[0]} to ${seen[seen.length - 1]}`;
  }
  return '';
}

function mentions(count: number, documents: number): string {
  return `${plural(count, 'mention')} in ${plural(documents, 'document')}`;
}

export function renderLearnSummary(tb: TermBase): string {
  const orgs = new Map(tb.organizations.map((o) => [o.id, o]));
  const out: string[] = [];
  const section = (title: string, count: number) => {
    out.push('', `${title} (${count})`);
  };

  out.push(
    `Learned from ${plural(tb.documents.length, 'document')}: ${plural(tb.people.length, 'person', 'people')}, ` +
      `${plural(tb.organizations.length, 'organization')}, ${plural(tb.programmes.length, 'programme')}, ` +
      `${plural(tb.acronyms.length, 'acronym')}, ${plural(tb.suspectedErrors.length, 'suspected corpus error')}.`,
  );

  section('People', tb.people.length);
  for (const p of tb.people) {
    out.push(`  ${p.fullName}  ${mentions(p.count, p.documents)}${p.origin === 'config' ? '  [presslint.json]' : ''}`);
    for (const r of p.roles) {
      const org = r.organization ? `, ${orgLabel(orgs.get(r.organization), r.organization)}` : '';
      const when = dates(r);
      out.push(`    ${r.title}${org}  (${r.status}${when ? `, ${when}` : ''})`);
    }
    if (p.addressForms.length) out.push(`    addressed as: ${p.addressForms.join('; ')}`);
    if (p.sources.length) out.push(`    ${where(p.sources)}`);
  }

  section('Organizations', tb.organizations.length);
  for (const o of tb.organizations) {
    out.push(`  ${orgLabel(o, o.id)}  ${mentions(o.count, o.documents)}${o.origin === 'config' ? '  [presslint.json]' : ''}`);
    const styles = Object.values(o.titleStyle);
    if (styles.length) out.push(`    title style: ${styles.join('; ')}`);
    if (o.variants.length) out.push(`    variants: ${o.variants.join('; ')}`);
    if (o.sources.length) out.push(`    ${where(o.sources)}`);
  }

  section('Programmes', tb.programmes.length);
  for (const p of tb.programmes) {
    const acronym = p.acronym ? ` (${p.acronym})` : '';
    out.push(`  ${p.name}${acronym}  ${p.kind}, ${mentions(p.count, p.documents)}${p.origin === 'config' ? '  [presslint.json]' : ''}`);
    const others = p.forms.filter((f) => f !== p.name);
    if (others.length) out.push(`    also: ${others.join('; ')}`);
    if (p.sources.length) out.push(`    ${where(p.sources)}`);
  }

  section('Acronyms', tb.acronyms.length);
  for (const a of tb.acronyms) {
    out.push(`  ${a.acronym} = ${a.expansion}  (${a.kind}, defined ${plural(a.count, 'time')})`);
  }

  section('House style per document', tb.houseStyle.length);
  for (const doc of tb.houseStyle) {
    const parts: string[] = [];
    for (const [signal, variants] of Object.entries(doc.signals)) {
      const used = Object.entries(variants)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([v, n]) => `"${v}" ${n}`);
      if (used.length) parts.push(`${signal}: ${used.join(', ')}`);
    }
    out.push(`  ${doc.file}  ${parts.length ? parts.join('; ') : '(no style signals)'}`);
  }

  section('Suspected corpus errors', tb.suspectedErrors.length);
  for (const s of tb.suspectedErrors) {
    out.push(`  "${s.form}" is probably "${s.likely}"  (${s.kind})`);
    for (const e of s.evidence) out.push(`    - ${e}`);
    if (s.sources.length) out.push(`    ${where(s.sources)}`);
  }
  if (!tb.suspectedErrors.length) out.push('  none');

  return out.join('\n') + '\n';
}
