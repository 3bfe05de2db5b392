// Relearning: a corpus change (reported by the client's watcher, or seen by fs.watch when the client
// has none) is learned off the request path and brings new diagnostics; presslint.json errors are
// reported without stopping the server; multi-root workspaces keep one term base per folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { learnTermBase, readCorpus } from '../../server/src/engine';
import { CORPUS, CUSTOM_DRAFT, ensureBuilt, MORE_CORPUS, SEED_DRAFT } from './fixtures';
import { flagged, fullCapabilities, LspClient, makeWorkspace, root, uriOf, writeFile } from './harness';

const CONFIG = '{ "corpus": ["releases"] }\n';
const lanturn = (client: LspClient, uri: string) => (ds: { range: never }[]) =>
  ds.some((d) => flagged(client.documents.get(uri)!, d as never).includes('Lanturn'));

describe('LSP relearning', function () {
  before(ensureBuilt);
  let client: LspClient;
  afterEach(() => client.shutdown());

  it('relearns when the client reports corpus files changed, with work-done progress', async () => {
    const dir = makeWorkspace({ ...CORPUS, 'presslint.json': CONFIG });
    client = await LspClient.start({ workspace: dir });
    const uri = uriOf(path.join(dir, 'draft.txt'));
    const doc = await client.open(uri, CUSTOM_DRAFT);
    const before = await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d).includes('Wacth')));
    assert.ok(!before.some((d) => flagged(doc, d).includes('Lanturn')), 'the second programme is unknown at first');

    const files = Object.entries(MORE_CORPUS).map(([name, text]) => writeFile(dir, name, text));
    await client.filesChanged(files, 1);
    await client.waitFor('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => p.uri === uri && lanturn(client, uri)(p.diagnostics));
    // Learning reported progress through window/workDoneProgress.
    assert.ok(client.progressTokens.length > 0);
    assert.ok(client.progress.some((p) => p.value.kind === 'begin'));
    assert.ok(client.progress.some((p) => p.value.kind === 'end'));
  });

  it('relearns from fs.watch when the client cannot watch files', async () => {
    const dir = makeWorkspace({ ...CORPUS, 'presslint.json': CONFIG });
    const caps = fullCapabilities();
    caps.workspace!.didChangeWatchedFiles = { dynamicRegistration: false };
    client = await LspClient.start({ workspace: dir, capabilities: caps });
    const uri = uriOf(path.join(dir, 'draft.txt'));
    const doc = await client.open(uri, CUSTOM_DRAFT);
    await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d).includes('Wacth')));
    for (const [name, text] of Object.entries(MORE_CORPUS)) writeFile(dir, name, text);
    await client.waitFor('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => p.uri === uri && lanturn(client, uri)(p.diagnostics));
  });

  it('relearns on the presslint.server.relearn command', async () => {
    // The client watches files (so the server runs no fs.watch of its own) but reports nothing.
    const dir = makeWorkspace({ ...CORPUS, 'presslint.json': CONFIG });
    client = await LspClient.start({ workspace: dir });
    const uri = uriOf(path.join(dir, 'draft.txt'));
    const doc = await client.open(uri, CUSTOM_DRAFT);
    await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d).includes('Wacth')));
    for (const [name, text] of Object.entries(MORE_CORPUS)) writeFile(dir, name, text);
    const from = client.notifications.length;
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'presslint.server.relearn', arguments: [] });
    const states = client.notifications
      .slice(from)
      .filter((n) => n.method === 'presslint/status')
      .map((n) => (n.params as { state: string }).state);
    assert.deepEqual(states.slice(-2), ['learning', 'ready']);
    await client.waitFor('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => p.uri === uri && lanturn(client, uri)(p.diagnostics));
  });

  it('reports a malformed presslint.json with its line, and keeps linting with the default corpus', async () => {
    const dir = makeWorkspace({ 'presslint.json': '{\n  "corpus": ["releases"],\n  "rules": { "acronym": "loud" }\n}\n' });
    client = await LspClient.start({ workspace: dir });
    const warning = await client.waitFor<{ message: string }>('window/showMessageRequest', (m) => /presslint\.json/.test(m.message));
    assert.match(warning.message, /presslint\.json:3/);
    const uri = uriOf(path.join(dir, 'draft.txt'));
    const doc = await client.open(uri, SEED_DRAFT);
    await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d).includes('Mikurya')));
  });

  it('reports a corpus that cannot be read, and recovers once presslint.json points at one', async () => {
    const dir = makeWorkspace({ ...CORPUS, 'presslint.json': '{ "corpus": ["no-such-folder"] }\n' });
    client = await LspClient.start({ workspace: dir });
    const error = await client.waitFor<{ message: string }>('window/showMessageRequest', (m) => /no-such-folder/.test(m.message));
    assert.match(error.message, /Cannot learn the corpus/);
    await client.waitFor('presslint/status', (s: { state: string }) => s.state === 'error');
    const config = writeFile(dir, 'presslint.json', CONFIG);
    await client.filesChanged([config]);
    await client.waitForNext('presslint/status', (s: { state: string; programmes: number }) => s.state === 'ready' && s.programmes === 1);
    const uri = uriOf(path.join(dir, 'draft.txt'));
    const doc = await client.open(uri, CUSTOM_DRAFT);
    await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d).includes('Wacth')));
  });

  it('keeps one term base per workspace folder', async () => {
    const custom = makeWorkspace({ ...CORPUS, 'presslint.json': CONFIG });
    const seeds = makeWorkspace();
    client = await LspClient.start({ workspace: custom, folders: [seeds] });
    const a = uriOf(path.join(custom, 'a.txt'));
    const b = uriOf(path.join(seeds, 'b.txt'));
    const docA = await client.open(a, CUSTOM_DRAFT + '\n' + SEED_DRAFT);
    const docB = await client.open(b, CUSTOM_DRAFT + '\n' + SEED_DRAFT);
    const diagsA = await client.diagnostics(a);
    const diagsB = await client.diagnostics(b);
    const textsA = diagsA.map((d) => flagged(docA, d)).join(' | ');
    const textsB = diagsB.map((d) => flagged(docB, d)).join(' | ');
    assert.match(textsA, /Wacth/);
    assert.doesNotMatch(textsA, /Mikurya/);
    assert.match(textsB, /Mikurya/);
    assert.doesNotMatch(textsB, /Wacth/);
    // An unsaved buffer belongs to no folder: it gets the first folder's canon.
    const untitled = 'untitled:Untitled-2';
    const docU = await client.open(untitled, CUSTOM_DRAFT);
    const diagsU = await client.diagnostics(untitled);
    assert.match(diagsU.map((d) => flagged(docU, d)).join(' | '), /Wacth/);
    assert.ok(fs.existsSync(path.join(custom, 'presslint.json')));
  });
});

describe('LSP term base cache', function () {
  before(ensureBuilt);
  let client: LspClient | undefined;
  afterEach(() => client?.shutdown());

  it('a second start on the same corpus reads the cached term base (in the server thread) and publishes the same diagnostics', async () => {
    const dir = makeWorkspace({ ...CORPUS, 'presslint.json': CONFIG });
    const cacheDir = fs.mkdtempSync(path.join(dir, 'cache-'));
    const uri = uriOf(path.join(dir, 'draft.txt'));
    const run = async () => {
      client = await LspClient.start({ workspace: dir, env: { PRESSLINT_CACHE_DIR: cacheDir } });
      const doc = await client.open(uri, CUSTOM_DRAFT);
      const ds = await client.diagnostics(uri, (d) => d.some((x) => flagged(doc, x).includes('Wacth')));
      const seen = ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${flagged(doc, d)} ${d.message}`).sort();
      await client.shutdown();
      client = undefined;
      return seen;
    };
    const first = await run();
    const cached = fs.readdirSync(cacheDir).filter((f) => /^termbase-.*\.json$/.test(f));
    assert.equal(cached.length, 1, 'the first start learned the corpus and cached its term base');
    assert.ok(first.some((d) => /seen in \d+ releases?/.test(d)), first.join('\n'));
    // Mark the cached entry (every programme "seen in 77 releases"): the second start can only say so by reading it.
    const file = path.join(cacheDir, cached[0]);
    const tb = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const p of tb.programmes) p.documents = 77;
    fs.writeFileSync(file, JSON.stringify(tb));
    const second = await run();
    assert.deepEqual(second.map((d) => d.replace(/seen in \d+ releases?/g, 'seen in N')), first.map((d) => d.replace(/seen in \d+ releases?/g, 'seen in N')));
    assert.ok(second.some((d) => d.includes('seen in 77 releases')), second.join('\n'));
  });

  it('the term base learned in the worker thread (as it cached it) is the one the engine learns in-process', async () => {
    const dir = makeWorkspace({ ...CORPUS, ...MORE_CORPUS, 'presslint.json': CONFIG });
    const cacheDir = fs.mkdtempSync(path.join(dir, 'cache-'));
    client = await LspClient.start({ workspace: dir, env: { PRESSLINT_CACHE_DIR: cacheDir } });
    await client.waitFor('presslint/status', (s: { folder: string; state: string; documents: number }) => s.folder === uriOf(dir) && s.state === 'ready' && s.documents > 0);
    const cached = fs.readdirSync(cacheDir).filter((f) => /^termbase-.*\.json$/.test(f));
    assert.equal(cached.length, 1);
    const fromWorker = JSON.parse(fs.readFileSync(path.join(cacheDir, cached[0]), 'utf8'));
    // The server names corpus files relative to its working directory (the harness starts it in the repository).
    const { documents } = await readCorpus([path.join(dir, 'releases')], { displayBase: root });
    assert.deepEqual(fromWorker, JSON.parse(JSON.stringify(learnTermBase(documents))));
    assert.ok(fromWorker.programmes.length > 1 && fromWorker.people.length > 0);
  });
});
