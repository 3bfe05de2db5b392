// workspace/configuration: rule severities, turning presslint off, the corpus setting.
import assert from 'node:assert/strict';
import path from 'node:path';
import { DiagnosticSeverity, HoverRequest } from 'vscode-languageserver-protocol/node';
import { CORPUS, CUSTOM_DRAFT, ensureBuilt } from './fixtures';
import { flagged, LspClient, makeWorkspace, uriOf } from './harness';

describe('LSP settings', function () {
  before(ensureBuilt);
  let client: LspClient;
  afterEach(() => client.shutdown());

  it('learns the corpus named by presslint.corpus, and turning a rule off removes its diagnostics', async () => {
    const dir = makeWorkspace(CORPUS);
    client = await LspClient.start({ workspace: dir, settings: { corpus: 'releases' } });
    const uri = uriOf(path.join(dir, 'draft.txt'));
    const doc = await client.open(uri, CUSTOM_DRAFT);
    await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'programme-name' && flagged(doc, d).includes('Wacth')));

    await client.changeSettings({ corpus: 'releases', rules: { 'programme-name': 'off' } });
    await client.waitForNext('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code?: unknown }[] }) =>
      p.uri === uri && !p.diagnostics.some((d) => d.code === 'programme-name'),
    );
  });

  it('applies a severity from the settings', async () => {
    const dir = makeWorkspace(CORPUS);
    client = await LspClient.start({ workspace: dir, settings: { corpus: ['releases'], rules: { 'programme-name': 'info' } } });
    const uri = uriOf(path.join(dir, 'draft.txt'));
    await client.open(uri, CUSTOM_DRAFT);
    const diags = await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'programme-name'));
    assert.ok(diags.filter((d) => d.code === 'programme-name').every((d) => d.severity === DiagnosticSeverity.Information));
  });

  it('clears diagnostics when presslint.enable turns false, and lints again when it turns true', async () => {
    const dir = makeWorkspace(CORPUS);
    client = await LspClient.start({ workspace: dir, settings: { corpus: 'releases' } });
    const uri = uriOf(path.join(dir, 'draft.txt'));
    await client.open(uri, CUSTOM_DRAFT);
    await client.diagnostics(uri, (ds) => ds.length > 0);
    await client.changeSettings({ corpus: 'releases', enable: false });
    await client.waitForNext('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => p.uri === uri && p.diagnostics.length === 0);
    await client.changeSettings({ corpus: 'releases', enable: true });
    await client.waitForNext('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => p.uri === uri && p.diagnostics.length > 0);
  });

  it('does not lint languages outside presslint.languages', async () => {
    const dir = makeWorkspace(CORPUS);
    client = await LspClient.start({ workspace: dir, settings: { corpus: 'releases', languages: ['markdown'] } });
    const txt = uriOf(path.join(dir, 'draft.txt'));
    const md = uriOf(path.join(dir, 'draft.md'));
    await client.open(txt, CUSTOM_DRAFT, 'plaintext');
    await client.open(md, CUSTOM_DRAFT, 'markdown');
    const diags = await client.diagnostics(md, (ds) => ds.length > 0);
    assert.ok(diags.length > 0);
    // Switching plaintext on lints the open plaintext document; until then it had none.
    assert.ok(!client.published.get(txt)?.diagnostics.length);
    await client.changeSettings({ corpus: 'releases', languages: ['markdown', 'plaintext'] });
    await client.diagnostics(txt, (ds) => ds.length > 0);
  });

  it('leaves out drafts that presslint.json ignores, as the CLI does', async () => {
    const dir = makeWorkspace({ ...CORPUS, 'presslint.json': '{ "corpus": ["releases"], "ignore": ["archive/**"] }\n' });
    client = await LspClient.start({ workspace: dir });
    const kept = uriOf(path.join(dir, 'drafts', 'a.txt'));
    const skipped = uriOf(path.join(dir, 'archive', 'old.txt'));
    await client.open(skipped, CUSTOM_DRAFT);
    const doc = await client.open(kept, CUSTOM_DRAFT);
    await client.diagnostics(kept, (ds) => ds.some((d) => flagged(doc, d).includes('Wacth')));
    const at = doc.positionAt(CUSTOM_DRAFT.indexOf('Wacth'));
    const hover = (uri: string) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at });
    assert.ok(await hover(kept));
    assert.equal(await hover(skipped), null);
    assert.ok(!client.published.get(skipped)?.diagnostics.length);
  });
});
