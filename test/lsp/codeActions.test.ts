// Code actions over the protocol, applied as an editor would apply them: quick fixes, fix-all (code
// action and command), and the actions that write presslint.json or the ignore file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'jsonc-parser';
import {
  CodeActionRequest,
  ExecuteCommandRequest,
  type CodeAction,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { CORPUS, CUSTOM_DRAFT, ensureBuilt, SEED_DRAFT } from './fixtures';
import { flagged, LspClient, makeWorkspace, uriOf } from './harness';

const CONFIG = `{
  // our own releases
  "corpus": ["releases"]
}
`;

async function actionsFor(client: LspClient, uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  const r = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], only },
  });
  return (r ?? []) as CodeAction[];
}

function touches(edit: WorkspaceEdit | undefined, suffix: string): boolean {
  return JSON.stringify(edit ?? {}).includes(suffix);
}

describe('LSP code actions', function () {
  before(ensureBuilt);

  describe('with a corpus of the workspace', () => {
    let client: LspClient;
    let dir: string;
    let n = 0;
    const openDraft = async (text = CUSTOM_DRAFT) => {
      const uri = uriOf(path.join(dir, `draft${++n}.txt`));
      const doc = await client.open(uri, text);
      const diags = await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d).includes('Wacth')));
      return { uri, doc, diags, target: diags.find((d) => flagged(doc, d).includes('Wacth'))! };
    };

    beforeEach(async () => {
      dir = makeWorkspace({ ...CORPUS, 'presslint.json': CONFIG });
      client = await LspClient.start({ workspace: dir });
    });
    afterEach(() => client.shutdown());

    it('offers the suggestions as quick fixes, the first preferred, and applying it clears the diagnostic', async () => {
      const { uri, target } = await openDraft();
      assert.equal(target.code, 'programme-name');
      const actions = await actionsFor(client, uri, target, ['quickfix']);
      const fixes = actions.filter((a) => a.title.startsWith('Change to'));
      assert.ok(fixes.length >= 1 && fixes.length <= 4, actions.map((a) => a.title).join(' | '));
      assert.equal(fixes[0].isPreferred, true);
      assert.ok(fixes.slice(1).every((a) => !a.isPreferred));
      assert.equal(fixes[0].kind, 'quickfix');
      assert.deepEqual(fixes[0].diagnostics, [target]);
      await client.applyEdit(fixes[0].edit!);
      assert.ok(client.text(uri).includes('Harbour Watch Programme'), client.text(uri));
      const after = await client.diagnostics(uri);
      assert.ok(!after.some((d) => d.code === 'programme-name'), JSON.stringify(after));
    });

    it('a client that passes our diagnostic without its data still gets the quick fixes, from the server\'s own findings', async () => {
      const { uri, target } = await openDraft();
      const stripped: Diagnostic = { range: target.range, message: target.message, source: target.source, code: target.code, severity: target.severity };
      const fixes = (await actionsFor(client, uri, stripped, ['quickfix'])).filter((a) => a.title.startsWith('Change to'));
      assert.ok(fixes.length >= 1 && fixes[0].isPreferred, JSON.stringify(fixes));
      await client.applyEdit(fixes[0].edit!);
      assert.ok(client.text(uri).includes('Harbour Watch Programme'), client.text(uri));
    });

    it('fixes everything with source.fixAll.presslint', async () => {
      const { uri } = await openDraft(CUSTOM_DRAFT.replace('Director General Ingrid Solheim', 'Director General Ingrid Solhiem'));
      const before = client.published.get(uri)!.diagnostics.filter((d) => (d.data as { suggestions: string[] }).suggestions.length);
      assert.ok(before.length >= 2, JSON.stringify(before));
      const r = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      assert.equal(r.length, 1);
      assert.equal(r[0].kind, 'source.fixAll.presslint');
      await client.applyEdit(r[0].edit!);
      assert.ok(client.text(uri).includes('Harbour Watch Programme'));
      assert.ok(client.text(uri).includes('Ingrid Solheim'));
      const after = await client.diagnostics(uri);
      assert.ok(!after.some((d) => (d.data as { suggestions: string[] }).suggestions.length), JSON.stringify(after));
    });

    it('fixes everything with the presslint.server.fixAll command (workspace/applyEdit)', async () => {
      const { uri } = await openDraft();
      const r = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'presslint.server.fixAll', arguments: [uri] });
      assert.deepEqual(r, { applied: true });
      assert.ok(client.text(uri).includes('Harbour Watch Programme'));
    });

    it('"Accept" adds the form to presslint.json, keeping its comments, and the diagnostic goes', async () => {
      const { uri, doc, target } = await openDraft();
      const form = flagged(doc, target);
      const accept = (await actionsFor(client, uri, target)).find((a) => a.title === `Accept '${form}' in this workspace`);
      assert.ok(accept?.edit && touches(accept.edit, 'presslint.json'));
      await client.applyEdit(accept.edit);
      const file = path.join(dir, 'presslint.json');
      const text = fs.readFileSync(file, 'utf8');
      assert.match(text, /\/\/ our own releases/);
      assert.deepEqual(parse(text).accept, [form]);
      await client.filesChanged([file]);
      await client.diagnostics(uri, (ds) => !ds.some((d) => flagged(doc, d) === form));
    });

    it('"Always replace" writes a reject entry', async () => {
      const { uri, doc, target } = await openDraft();
      const form = flagged(doc, target);
      const right = (target.data as { suggestions: string[] }).suggestions[0];
      const action = (await actionsFor(client, uri, target)).find((a) => a.title === `Always replace '${form}' with '${right}'`);
      assert.ok(action?.edit);
      await client.applyEdit(action.edit);
      assert.deepEqual(parse(fs.readFileSync(path.join(dir, 'presslint.json'), 'utf8')).reject, [{ wrong: form, right }]);
    });

    it('"Turn off rule family" sets the family off in presslint.json and its diagnostics go', async () => {
      const { uri, target } = await openDraft();
      const action = (await actionsFor(client, uri, target)).find((a) => a.title.startsWith(`Turn off rule family '${target.code}'`));
      assert.ok(action?.edit);
      await client.applyEdit(action.edit);
      const file = path.join(dir, 'presslint.json');
      assert.equal(parse(fs.readFileSync(file, 'utf8')).rules[String(target.code)], 'off');
      await client.filesChanged([file]);
      await client.diagnostics(uri, (ds) => !ds.some((d) => d.code === target.code));
    });

    it('"Ignore here" stores the key in .presslint/ignored.json; the dismissal survives edits elsewhere', async () => {
      const { uri, doc, target } = await openDraft();
      const form = flagged(doc, target);
      const action = (await actionsFor(client, uri, target)).find((a) => a.title === `Ignore '${form}' here`);
      assert.ok(action?.edit);
      await client.applyEdit(action.edit);
      const file = path.join(dir, '.presslint', 'ignored.json');
      const stored = parse(fs.readFileSync(file, 'utf8'));
      assert.deepEqual(Object.values(stored), [[(target.data as { key: string }).key]]);
      await client.filesChanged([file]);
      await client.diagnostics(uri, (ds) => !ds.some((d) => flagged(client.documents.get(uri)!, d) === form));
      // An edit before the finding moves it; it stays dismissed.
      await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Draft\n\n' }]);
      const after = await client.diagnostics(uri);
      assert.ok(!after.some((d) => flagged(client.documents.get(uri)!, d) === form), JSON.stringify(after));
    });
  });

  it('"Accept" creates presslint.json when the workspace has none', async () => {
    const dir = makeWorkspace();
    const client = await LspClient.start({ workspace: dir });
    try {
      const uri = uriOf(path.join(dir, 'draft.txt'));
      const doc = await client.open(uri, SEED_DRAFT);
      const diags = await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d).includes('Mikurya')));
      const target = diags.find((d) => flagged(doc, d).includes('Mikurya'))!;
      const form = flagged(doc, target);
      const accept = (await actionsFor(client, uri, target)).find((a) => a.title === `Accept '${form}' in this workspace`);
      assert.ok(accept?.edit?.documentChanges?.some((c) => 'kind' in c && c.kind === 'create'));
      await client.applyEdit(accept!.edit!);
      assert.deepEqual(parse(fs.readFileSync(path.join(dir, 'presslint.json'), 'utf8')), { accept: [form] });
    } finally {
      await client.shutdown();
    }
  });
});
