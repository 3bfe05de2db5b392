// The server's pure parts, without a process: settings, presslint.json edits, completion candidates,
// the term base table.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TextDocuments, type TextDocumentEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Organization, Person, Programme, TermBase } from '../../server/src/engine';
import { mentionsOrganization, prefixMatches, titleHolders } from '../../server/src/lsp/completionCandidates';
import { jsonFileEdit } from '../../server/src/lsp/presslintJson';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { termBaseMarkdown } from '../../server/src/lsp/termBaseTable';
import { watchRoot } from '../../server/src/lsp/workspaceTermBases';
import { makeWorkspace } from './harness';

const src = { file: 'releases/a.txt', line: 3, sentence: 'x' };
const org = (id: string, name: string, acronym?: string): Organization => ({
  id, name, acronym, variants: [], titleStyle: {}, count: 2, documents: 2, sources: [src], origin: 'learned',
});
const person = (id: string, fullName: string, title: string, organization: string, status: 'current' | 'former' = 'current'): Person => ({
  id, fullName, givenNames: [fullName.split(' ')[0]], surname: fullName.split(' ').pop()!, addressForms: [],
  roles: [{ title, organization, status, seen: [], sources: [src], origin: 'learned' }],
  count: 2, documents: 2, sources: [src], origin: 'learned',
});
const programme = (id: string, name: string): Programme => ({
  id, name, forms: [name], kind: 'programme', count: 2, documents: 2, sources: [src], origin: 'learned',
});
const tb: TermBase = {
  version: 1, documents: [{ file: 'releases/a.txt' }], acronyms: [], titles: [], houseStyle: [], suspectedErrors: [], accepted: [], rejected: [],
  organizations: [org('o1', 'Lake Shipping Board', 'LSB'), org('o2', 'Union of Ferrymen', 'UF')],
  people: [
    person('p1', 'Mara Lind', 'Chief Inspector', 'o1'),
    person('p2', 'Olav Brekke', 'Chief-Inspector', 'o2'),
    person('p3', 'Ines Moro', 'Chief Inspector', 'o1', 'former'),
  ],
  programmes: [programme('g1', 'Clear Water Programme')],
};

describe('LSP server units', () => {
  it('normalizes settings, dropping bad values', () => {
    const s = normalizeSettings({ enable: false, corpus: 'docs', rules: { acronym: 'off', 'org-name': 'loud', nope: 'error' }, languages: ['markdown'], trace: { server: 'verbose' } });
    assert.deepEqual(s, { enable: false, corpus: ['docs'], rules: { acronym: 'off' }, languages: ['markdown'], trace: 'verbose' });
    assert.equal(normalizeSettings(null).enable, true);
    assert.deepEqual(normalizeSettings({ rules: { acronym: '' } }).rules, {});
  });

  it('edits presslint.json keeping comments and indentation, and creates it when missing', () => {
    const dir = makeWorkspace({ 'presslint.json': '{\n    // ours\n    "corpus": ["releases"]\n}\n' });
    const docs = new TextDocuments(TextDocument);
    const caps = { documentChanges: true, createFiles: true };
    const edit = jsonFileEdit(path.join(dir, 'presslint.json'), { path: ['accept'], value: 'Lake Shiping', append: true }, docs, caps)!;
    const change = edit.documentChanges![0] as TextDocumentEdit;
    const before = TextDocument.create('file:///x', 'json', 0, fs.readFileSync(path.join(dir, 'presslint.json'), 'utf8'));
    const after = TextDocument.applyEdits(before, change.edits as never);
    assert.match(after, /\/\/ ours/);
    assert.match(after, /\n {4}"accept": \[\n {8}"Lake Shiping"\n {4}\]/);

    const missing = jsonFileEdit(path.join(dir, 'sub', 'presslint.json'), { path: ['rules', 'acronym'], value: 'off' }, docs, caps)!;
    assert.equal((missing.documentChanges![0] as { kind: string }).kind, 'create');
    const inserted = (missing.documentChanges![1] as { edits: { newText: string }[] }).edits[0].newText;
    assert.deepEqual(JSON.parse(inserted), { rules: { acronym: 'off' } });
    // A client that cannot create files gets no edit rather than a broken one.
    assert.equal(jsonFileEdit(path.join(dir, 'sub', 'presslint.json'), { path: ['accept'], value: 'x', append: true }, docs, { documentChanges: true, createFiles: false }), undefined);
  });

  it('offers the holders of a title, current holders and exact title forms first', () => {
    const c = titleHolders(tb, 'The report was signed by Chief Inspector');
    assert.deepEqual(
      c.sort((a, b) => b.weight - a.weight).map((x) => x.insert),
      ['Mara Lind', 'Olav Brekke', 'Ines Moro'],
    );
    assert.deepEqual(titleHolders(tb, 'the chief inspector'), [], 'a lower-case title is prose, not a title before a name');
    assert.deepEqual(titleHolders(tb, 'The Inspector'), []);
  });

  it('matches prefixes of names, surnames, programmes and organizations (first mention: name and acronym)', () => {
    const none = { mentionedBefore: () => false };
    const lsb = { mentionedBefore: (o: Organization) => o.id === 'o1' };
    assert.deepEqual(prefixMatches(tb, 'Clear W', none).map((c) => c.insert), ['Clear Water Programme']);
    assert.deepEqual(prefixMatches(tb, 'Lin', none).map((c) => c.insert), ['Lind']);
    assert.deepEqual(prefixMatches(tb, 'Lake S', none).map((c) => c.insert), ['Lake Shipping Board (LSB)']);
    assert.deepEqual(prefixMatches(tb, 'Lake S', lsb).map((c) => c.insert), ['LSB']);
    assert.deepEqual(prefixMatches(tb, 'LSB', none).map((c) => c.insert), ['Lake Shipping Board (LSB)']);
    assert.deepEqual(prefixMatches(tb, 'LSB', lsb), []);
  });

  it('tells whether a draft already mentions an organization (whole words only)', () => {
    const o = tb.organizations[0];
    assert.equal(mentionsOrganization('Officials of the LSB met.', o), true);
    assert.equal(mentionsOrganization('The Lake Shipping Board said', o), true);
    assert.equal(mentionsOrganization('LSBX and Lake Shipping Boards', o), false);
  });

  it('renders the term base as Markdown tables with linked sources', () => {
    const md = termBaseMarkdown(tb, 'demo');
    assert.match(md, /^# presslint term base — demo/);
    assert.match(md, /\| Mara Lind \| Chief Inspector, LSB \|/);
    assert.match(md, /\| Ines Moro \| — \| Chief Inspector, LSB \|/);
    assert.match(md, /\[a\.txt:3\]\(file:\/\/.*releases\/a\.txt#L3\)/);
  });

  it('watches the folder before the first pattern of a corpus glob', () => {
    assert.equal(watchRoot('/w/releases/**/*.txt'), path.join('/w', 'releases'));
    assert.equal(watchRoot('/w/releases'), '/w/releases');
  });
});
