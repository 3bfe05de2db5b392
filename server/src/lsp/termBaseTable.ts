// The term base as a readable Markdown document (the "Show term base" command).
import path from 'node:path';
import type { Role, Source, TermBase } from '../engine';
import { fileLineUri } from './positions';

function cell(s: string | undefined): string {
  return (s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '—';
}

function table(head: string[], rows: string[][]): string {
  if (!rows.length) return '_None learned._';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function sourcesCell(sources: Source[], base?: string): string {
  const first = sources.slice(0, 2).map((s) => `[${path.basename(s.file)}:${s.line}](${fileLineUri(s.file, s.line)})`);
  return first.join(', ') + (sources.length > 2 ? ` +${sources.length - 2}` : '');
}

function roleText(role: Role, tb: TermBase): string {
  const org = role.organization ? tb.organizations.find((o) => o.id === role.organization) : undefined;
  const dates = role.from || role.until ? ` (${role.from ?? ''}–${role.until ?? ''})` : '';
  return `${role.title}${org ? `, ${org.acronym ?? org.name}` : ''}${dates}`;
}

export function termBaseMarkdown(tb: TermBase, title: string, base?: string): string {
  const people = [...tb.people].sort((a, b) => b.documents - a.documents || a.fullName.localeCompare(b.fullName));
  const orgs = [...tb.organizations].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
  const progs = [...tb.programmes].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
  const out = [
    `# presslint term base — ${title}`,
    '',
    `Learned from ${tb.documents.length} release${tb.documents.length === 1 ? '' : 's'}: ${tb.people.length} people · ${tb.organizations.length} organizations · ${tb.programmes.length} programmes · ${tb.acronyms.length} acronyms.`,
    '',
    '## People',
    '',
    table(
      ['Name', 'Current role', 'Former roles', 'Forms of address', 'Releases', 'Sources'],
      people.map((p) => [
        cell(p.fullName) + (p.origin === 'config' ? ' _(presslint.json)_' : ''),
        cell(p.roles.filter((r) => r.status !== 'former').map((r) => roleText(r, tb)).join('; ')),
        cell(p.roles.filter((r) => r.status === 'former').map((r) => roleText(r, tb)).join('; ')),
        cell(p.addressForms.join('; ')),
        String(p.documents),
        sourcesCell(p.sources, base),
      ]),
    ),
    '',
    '## Organizations',
    '',
    table(
      ['Name', 'Acronym', 'Title style', 'Other forms', 'Releases', 'Sources'],
      orgs.map((o) => [
        cell(o.name) + (o.origin === 'config' ? ' _(presslint.json)_' : ''),
        cell(o.acronym),
        cell(Object.values(o.titleStyle).join('; ')),
        cell(o.variants.join('; ')),
        String(o.documents),
        sourcesCell(o.sources, base),
      ]),
    ),
    '',
    '## Programmes and initiatives',
    '',
    table(
      ['Name', 'Kind', 'Acronym', 'Accepted forms', 'Releases', 'Sources'],
      progs.map((p) => [
        cell(p.name) + (p.origin === 'config' ? ' _(presslint.json)_' : ''),
        cell(p.kind),
        cell(p.acronym),
        cell(p.forms.filter((f) => f !== p.name).join('; ')),
        String(p.documents),
        sourcesCell(p.sources, base),
      ]),
    ),
    '',
    '## Acronyms',
    '',
    table(
      ['Acronym', 'Expansion', 'Kind', 'Seen'],
      [...tb.acronyms].sort((a, b) => a.acronym.localeCompare(b.acronym)).map((a) => [cell(a.acronym), cell(a.expansion), a.kind, String(a.count)]),
    ),
  ];
  if (tb.suspectedErrors.length) {
    out.push(
      '',
      '## Suspected errors in the corpus (not learned as canon)',
      '',
      table(
        ['Form', 'Likely', 'Evidence', 'Sources'],
        tb.suspectedErrors.map((e) => [cell(e.form), cell(e.likely), cell(e.evidence.join('; ')), sourcesCell(e.sources, base)]),
      ),
    );
  }
  if (tb.accepted.length || tb.rejected.length) {
    out.push('', '## From presslint.json', '');
    if (tb.accepted.length) out.push(`Accepted: ${tb.accepted.map((a) => `\`${a}\``).join(', ')}`, '');
    if (tb.rejected.length) out.push(`Always replaced: ${tb.rejected.map((r) => `\`${r.wrong}\` → \`${r.right}\``).join(', ')}`, '');
  }
  return out.join('\n') + '\n';
}
