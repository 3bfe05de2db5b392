// Merges presslint.json over the learned term base. What a person settles by hand wins over what was learned,
// and says so (origin: 'config'). The learned base is not modified; a new one is returned.
import { splitName } from './personNames';
import type { TermBase, Person, Role, Organization, Programme, Source } from '../types';
import type { PresslintConfig } from '../config/schema';
import { OrganizationIndex } from './organizationIndex';
import { formKey } from '../text/normalize';
import { titleKey } from '../learn/titlePhrase';

const slug = (s: string) => formKey(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const configSource = (file: string): Source => ({ file, line: 0, sentence: 'set in presslint.json' });

export function applyOverrides(learned: TermBase, config: PresslintConfig, configFile = 'presslint.json'): TermBase {
  const tb: TermBase = structuredClone(learned);
  const src = configSource(configFile);

  // Renames first: a rejected form that is a learned entry's name renames the entry.
  for (const r of config.reject ?? []) {
    const k = formKey(r.wrong);
    for (const p of tb.people) {
      if (formKey(p.fullName) !== k) continue;
      p.fullName = r.right;
      Object.assign(p, splitName(r.right.split(/\s+/)));
      p.id = slug(r.right);
      p.origin = 'config';
    }
    for (const o of tb.organizations) if (formKey(o.name) === k) Object.assign(o, { name: r.right, origin: 'config' });
    for (const p of tb.programmes) {
      p.forms = p.forms.map((f) => (formKey(f) === k ? r.right : f));
      if (formKey(p.name) === k) Object.assign(p, { name: r.right, origin: 'config' });
    }
  }

  for (const oc of config.organizations ?? []) {
    let o = tb.organizations.find((x) => formKey(x.name) === formKey(oc.name) || (oc.acronym && x.acronym === oc.acronym));
    if (!o) {
      o = { id: oc.acronym ?? slug(oc.name), name: oc.name, variants: [], titleStyle: {}, count: 0, documents: 0, sources: [], origin: 'config' };
      tb.organizations.push(o);
    }
    o.name = oc.name;
    if (oc.acronym) o.acronym = oc.acronym;
    o.variants = [...new Set([...o.variants, ...(oc.variants ?? [])])].sort();
    for (const [k, v] of Object.entries(oc.titleStyle ?? {})) o.titleStyle[titleKey(k)] = v;
    o.origin = 'config';
    o.sources = [src, ...o.sources];
  }
  const orgs = new OrganizationIndex<Organization>(tb.organizations);
  const orgId = (name?: string) => (name ? orgs.resolve(name)?.org.id ?? slug(name) : undefined);

  for (const pc of config.people ?? []) {
    let p = tb.people.find((x) => formKey(x.fullName) === formKey(pc.fullName));
    const words = pc.fullName.split(/\s+/);
    if (!p) {
      p = { id: slug(pc.fullName), fullName: pc.fullName, ...splitName(words), roles: [], addressForms: [], count: 0, documents: 0, sources: [], origin: 'config' };
      tb.people.push(p);
    }
    for (const rc of pc.roles ?? []) {
      const role: Role = {
        title: rc.title,
        ...(orgId(rc.organization) ? { organization: orgId(rc.organization) } : {}),
        status: rc.status ?? 'current',
        ...(rc.from ? { from: rc.from } : {}),
        ...(rc.until ? { until: rc.until } : {}),
        seen: [],
        sources: [src],
        origin: 'config',
      };
      // A configured role replaces the learned one with the same title at the same organization.
      p.roles = p.roles.filter((r) => !(titleKey(r.title) === titleKey(role.title) && (!r.organization || !role.organization || r.organization === role.organization)));
      p.roles.push(role);
    }
    p.addressForms = [...new Set([...(pc.addressForms ?? []), ...p.addressForms])];
    p.origin = 'config';
    p.sources = [src, ...p.sources];
  }

  for (const prc of config.programmes ?? []) {
    const names = [prc.name, ...(prc.forms ?? [])].map(formKey);
    let p = tb.programmes.find((x) => x.forms.some((f) => names.includes(formKey(f))) || names.includes(formKey(x.name)));
    if (!p) {
      p = { id: slug(prc.name), name: prc.name, forms: [], kind: 'programme', count: 0, documents: 0, sources: [], origin: 'config' } as Programme;
      tb.programmes.push(p);
    }
    p.name = prc.name;
    p.forms = [...new Set([prc.name, ...(prc.forms ?? []), ...p.forms])];
    if (prc.acronym) p.acronym = prc.acronym;
    p.origin = 'config';
    p.sources = [src, ...p.sources];
  }

  const accepted = new Set((config.accept ?? []).map(formKey));
  tb.accepted = [...new Set([...tb.accepted, ...(config.accept ?? [])])];
  tb.rejected = [...tb.rejected, ...(config.reject ?? [])];
  // An accepted form is no longer a suspected slip of the corpus.
  tb.suspectedErrors = tb.suspectedErrors.filter((s) => !accepted.has(formKey(s.form)));
  tb.people.sort((a, b) => a.id.localeCompare(b.id));
  return tb;
}

export type { Person };
