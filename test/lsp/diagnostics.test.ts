// Diagnostics over the protocol: on open, on incremental change, for unsaved buffers, with UTF-16
// ranges, and cleared on close. The default corpus (seeds) serves a workspace that configures none.
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, SEED_DRAFT } from './fixtures';
import { flagged, LspClient, makeWorkspace, uriOf } from './harness';

const hasText = (client: LspClient, uri: string, needle: string) => (ds: Diagnostic[]) =>
  ds.some((d) => client.documents.get(uri)!.getText(d.range).includes(needle));

describe('LSP diagnostics', function () {
  let client: LspClient;
  let dir: string;
  before(async () => {
    ensureBuilt();
    dir = makeWorkspace();
    client = await LspClient.start({ workspace: dir });
  });
  after(() => client.shutdown());

  it('publishes diagnostics for planted errors, with code, source and data', async () => {
    const uri = uriOf(`${dir}/draft.txt`);
    const doc = await client.open(uri, SEED_DRAFT);
    const diags = await client.diagnostics(uri);
    const texts = diags.map((d) => flagged(doc, d));
    assert.ok(texts.some((t) => t.includes('Mikurya')), `flagged: ${JSON.stringify(texts)}`);
    assert.ok(texts.some((t) => t.includes('Shied')), `flagged: ${JSON.stringify(texts)}`);
    for (const d of diags) {
      assert.equal(d.source, 'presslint');
      assert.equal(typeof d.code, 'string');
      const data = d.data as { key: string; ruleId: string; suggestions: string[] };
      assert.equal(data.ruleId, d.code);
      assert.ok(data.key.length > 0);
      assert.ok(Array.isArray(data.suggestions));
      assert.ok(([DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information] as number[]).includes(d.severity!));
    }
    const person = diags.find((d) => flagged(doc, d).includes('Mikurya'))!;
    assert.equal(person.code, 'person-name');
    const programme = diags.find((d) => flagged(doc, d).includes('Shied'))!;
    assert.equal(programme.code, 'programme-name');
  });

  it('re-lints after incremental changes, for the new version', async () => {
    const uri = uriOf(`${dir}/edited.txt`);
    const doc = await client.open(uri, SEED_DRAFT);
    await client.diagnostics(uri, hasText(client, uri, 'Mikurya'));
    const at = doc.getText().indexOf('Mikurya');
    // Fix the typo by hand: insert the missing "i".
    const next = await client.edit(uri, [{ range: { start: doc.positionAt(at + 5), end: doc.positionAt(at + 5) }, newText: 'i' }]);
    assert.ok(next.getText().includes('Kunio Mikuriya'));
    const after = await client.diagnostics(uri);
    assert.ok(!after.some((d) => flagged(next, d).includes('Mikur')), JSON.stringify(after.map((d) => flagged(next, d))));
    assert.ok(after.some((d) => flagged(next, d).includes('Shied')));
  });

  it('lints unsaved buffers (untitled documents)', async () => {
    const uri = 'untitled:Untitled-1';
    const doc = await client.open(uri, SEED_DRAFT);
    const diags = await client.diagnostics(uri);
    assert.ok(diags.some((d) => flagged(doc, d).includes('Mikurya')));
  });

  it('maps ranges in UTF-16 code units (astral characters before the error)', async () => {
    const uri = uriOf(`${dir}/emoji.txt`);
    const text = SEED_DRAFT.replace('Brussels, 23 February 2012 – ', 'Brussels, 23 February 2012 – 🚢🌍 Café – ');
    const doc = await client.open(uri, text);
    const diags = await client.diagnostics(uri, hasText(client, uri, 'Mikurya'));
    const d = diags.find((x) => flagged(doc, x).includes('Mikurya'))!;
    // The line holds two surrogate pairs before the name: a code-point count would be off by two.
    const line = doc.getText().split('\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), flagged(doc, d));
    assert.ok(line.indexOf('🚢') < d.range.start.character);
  });

  it('clears diagnostics when the document is closed', async () => {
    const uri = uriOf(`${dir}/closed.txt`);
    await client.open(uri, SEED_DRAFT);
    await client.diagnostics(uri, (ds) => ds.length > 0);
    await client.close(uri);
    await client.waitForNext('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => p.uri === uri && p.diagnostics.length === 0);
  });
});
