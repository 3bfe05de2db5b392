// Bad input for the language server: the same hostile corpora, presslint.json files and drafts as the CLI
// tests, plus protocol garbage. The server reports each problem (window/showMessage or its log), never
// exits, and keeps answering: after each case it still lints, hovers and completes.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  CompletionRequest,
  HoverRequest,
  ResponseError,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { CORPUS, CUSTOM_DRAFT, ensureBuilt, SEED_DRAFT } from '../lsp/fixtures';
import { flagged, makeWorkspace, serverJs, uriOf, writeFile, type LspClient } from '../lsp/harness';
import { startServer, waitForMessage } from './lsp';

const MB = 1024 * 1024;

/** The server still lints (a known error is flagged in a new document), hovers and completes. */
async function assertServing(client: LspClient, dir: string, draft = SEED_DRAFT, needle = 'Mikurya'): Promise<void> {
  const uri = uriOf(path.join(dir, `alive-${client.documents.size}.txt`));
  const doc = await client.open(uri, draft);
  await client.diagnostics(uri, (ds: Diagnostic[]) => ds.some((d) => flagged(doc, d).includes(needle)));
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
  assert.ok(hover === null || typeof hover === 'object');
  const completion = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
  assert.ok(completion === null || Array.isArray(completion) || typeof completion === 'object');
  assert.equal(client.proc.exitCode, null, 'the server is running');
  await client.close(uri);
}

describe('bad input: language server', function () {
  this.timeout(60_000);
  let client: LspClient | undefined;
  before(ensureBuilt);
  afterEach(async () => {
    if (client && client.proc.exitCode === null) {
      assert.equal(await client.shutdown(), 0, 'exits cleanly after shutdown');
    }
    client = undefined;
  });

  it('a corpus full of bad files: binary, invalid UTF-8, FIFO, symlink loops, a folder named .txt, one over maxFileSize — skipped with notices, the rest learned', async function () {
    const dir = makeWorkspace({ ...CORPUS, 'presslint.json': JSON.stringify({ corpus: ['releases'], maxFileSize: 64 * 1024 }) });
    const rel = path.join(dir, 'releases');
    fs.writeFileSync(path.join(rel, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    fs.writeFileSync(path.join(rel, 'latin1.txt'), Buffer.from('Caf\xe9 au lait.\n', 'latin1'));
    fs.writeFileSync(path.join(rel, 'huge.txt'), Buffer.alloc(100 * 1024, 'Words words words. '));
    fs.mkdirSync(path.join(rel, 'folder.txt'));
    if (process.platform !== 'win32') {
      spawnSync('mkfifo', [path.join(rel, 'pipe.txt')]);
      fs.symlinkSync('.', path.join(rel, 'loop'));
      fs.symlinkSync('self.txt', path.join(rel, 'self.txt'));
    }
    client = await startServer({ workspace: dir });
    await client.waitFor('presslint/status', (s: { state: string; documents: number }) => s.state === 'ready' && s.documents === 4);
    const notes = client.messages.join('\n');
    // Corpus files are named relative to the server's working directory (as hovers link them).
    assert.match(notes, /^presslint: skipped \S*releases\/scan\.txt: binary file \(contains NUL bytes\)$/m);
    assert.match(notes, /^presslint: \S*releases\/latin1\.txt: invalid UTF-8 \(decoded with replacement characters\)$/m);
    assert.match(notes, /^presslint: skipped \S*releases\/huge\.txt: file too large \(102400 bytes; the limit is 65536\)$/m);
    await assertServing(client, dir, CUSTOM_DRAFT, 'Wacth');
  });

  it('an empty corpus folder: an error message, state "error", and the server keeps answering', async () => {
    const dir = makeWorkspace({ 'presslint.json': '{ "corpus": ["releases"] }', 'releases/notes.json': '{}' });
    client = await startServer({ workspace: dir });
    const m = await waitForMessage(client, /corpus is empty/);
    assert.match(m, /^presslint: Cannot learn the corpus: corpus is empty: .*releases$/);
    await client.waitFor('presslint/status', (s: { state: string }) => s.state === 'error');
    const uri = uriOf(path.join(dir, 'draft.txt'));
    await client.open(uri, SEED_DRAFT);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
    // Recovers when a release appears.
    const file = writeFile(dir, 'releases/r1.txt', CORPUS['releases/r1.txt']);
    await client.filesChanged([file], 1);
    await client.waitForNext('presslint/status', (s: { state: string }) => s.state === 'ready');
    await assertServing(client, dir, CUSTOM_DRAFT, 'Wacth');
  });

  const configs: { name: string; text: string; message: RegExp }[] = [
    { name: 'a syntax error', text: '{\n  "accept": ["x"]\n  "reject": []\n}\n', message: /presslint\.json:3:3: syntax error: comma expected/ },
    { name: 'a wrong type', text: '{\n  "accept": "Global Shield"\n}\n', message: /presslint\.json:2:3: accept: expected an array, got a string/ },
    { name: 'an unknown key', text: '{\n  "accept": [],\n  "plugins": ["./evil.js"]\n}\n', message: /presslint\.json:3:3: unknown key "plugins"/ },
    { name: 'nesting 100,000 deep', text: '['.repeat(100_000), message: /presslint\.json:1:101: nesting too deep \(more than 100 levels of brackets\)/ },
    { name: 'binary bytes', text: '\u0000\u0001\u0002\uFFFD', message: /presslint\.json:1:1: syntax error: invalid symbol/ },
  ];
  for (const c of configs) {
    it(`presslint.json with ${c.name}: a warning naming the line and key; linting goes on with the defaults`, async () => {
      const dir = makeWorkspace({ 'presslint.json': c.text });
      client = await startServer({ workspace: dir });
      await waitForMessage(client, c.message);
      await assertServing(client, dir);
    });
  }

  it('conflicting overrides: a warning naming the line; the accepted form is not flagged', async () => {
    const wrong = 'Frobnicated Outreach Scheme';
    const dir = makeWorkspace({
      'presslint.json': `{\n  "accept": ["${wrong}"],\n  "reject": [\n    { "wrong": "${wrong}", "right": "Frobnication Outreach Scheme" }\n  ]\n}\n`,
    });
    client = await startServer({ workspace: dir });
    await waitForMessage(client, /presslint\.json:4:16: reject\[0\]\.wrong: "Frobnicated Outreach Scheme" is also accepted \(accept\[0\] on line 2\): accepted forms win, this reject entry is ignored/);
    const uri = uriOf(path.join(dir, 'draft.txt'));
    const doc = await client.open(uri, `${SEED_DRAFT}\nThe ${wrong} starts in June.\n`);
    const ds = await client.diagnostics(uri, (d) => d.some((x) => flagged(doc, x).includes('Shied')));
    assert.ok(!ds.some((d) => /Frobnicat/.test(flagged(doc, d))), JSON.stringify(ds.map((d) => flagged(doc, d))));
  });

  it('a 20 MB draft opened in the editor is not linted (above maxFileSize): a warning, and the server keeps serving', async () => {
    const dir = makeWorkspace();
    client = await startServer({ workspace: dir });
    const uri = uriOf(path.join(dir, 'big.txt'));
    await client.open(uri, 'Kunio Mikurya said so. '.repeat(Math.ceil((20 * MB) / 23)));
    await waitForMessage(client, /presslint: big\.txt is not linted: \d+ characters, above the limit of 5242880 \(maxFileSize in presslint\.json\)/);
    await assertServing(client, dir);
    assert.ok(!client.published.get(uri)?.diagnostics.length, 'nothing published for the big draft');
    await client.close(uri);
  });

  it('hostile document text and edits: NUL, lone surrogates, BOM, CR, out-of-range and reversed ranges, unknown documents', async () => {
    const dir = makeWorkspace();
    client = await startServer({ workspace: dir });
    const uri = uriOf(path.join(dir, 'hostile.txt'));
    await client.open(uri, '\uFEFF\u0000\uD83D\r\r\nKunio Mikurya\u0000 said \uDE00 so.\r');
    await client.diagnostics(uri, (ds) => ds.length > 0);
    const send = (method: string, params: unknown) => client!.connection.sendNotification(method, params);
    // Ranges past the end, reversed, negative; a change for a document never opened; a second open; version 0.
    await send('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 99, character: 99 }, end: { line: 120, character: 0 } }, text: 'tail' }] });
    await send('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 1, character: 5 }, end: { line: 0, character: 2 } }, text: 'X' }] });
    await send('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line: -1, character: -5 }, end: { line: 0, character: 1 } }, text: '' }] });
    await send('textDocument/didChange', { textDocument: { uri: uriOf('/never/opened.txt'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await send('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: null });
    await send('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 0, text: 'Kunio Mikurya again.' } });
    await send('textDocument/didClose', { textDocument: { uri: uriOf('/never/opened.txt') } });
    await send('textDocument/didOpen', { textDocument: { uri: 'not a uri at all', languageId: 'plaintext', version: 1, text: 'Kunio Mikurya.' } });
    await send('textDocument/didOpen', null);
    // Requests with positions outside the document or nonsense params get answers (results or JSON-RPC errors).
    const answers = await Promise.allSettled([
      client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1e9, character: -3 } }),
      client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: -1, character: 1e9 } }),
      client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ bogus: true }] } }),
      client.connection.sendRequest('textDocument/hover', 'a string'),
      client.connection.sendRequest('textDocument/completion', [1, 2, 3]),
      client.connection.sendRequest('workspace/executeCommand', { command: 'presslint.server.fixAll', arguments: [42] }),
      client.connection.sendRequest('workspace/executeCommand', { command: 'rm -rf /', arguments: [] }),
      client.connection.sendRequest('presslint/termBase', { uri: 17 }),
      client.connection.sendRequest('no/such/method', {}),
    ]);
    for (const a of answers) if (a.status === 'rejected') assert.ok(a.reason instanceof ResponseError, String(a.reason));
    const unknown = answers[8];
    assert.ok(unknown.status === 'rejected' && (unknown.reason as ResponseError<unknown>).code === -32601, 'unknown method: MethodNotFound');
    const command = answers[6];
    assert.ok(command.status === 'rejected' && /unknown command/.test((command.reason as Error).message), 'an unknown command is refused');
    await assertServing(client, dir);
  });

  it('malformed JSON-RPC on the wire: bad JSON, a bad header, a batch, a response nobody asked for — logged, and requests after it answered', async () => {
    const proc = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (d) => (out += String(d)));
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const request = (id: number, method: string, params: unknown) => frame(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    const answered = (id: number) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (new RegExp(`"id":${id}[,}]`).test(out)) return resolve();
          if (proc.exitCode !== null) return reject(new Error(`server exited ${proc.exitCode} before answering ${id}:\n${out}`));
          setTimeout(check, 20);
        };
        check();
      });
    try {
      proc.stdin.write(request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} }));
      await answered(1);
      proc.stdin.write(frame('{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {'));
      proc.stdin.write(frame('[{"jsonrpc":"2.0","id":3,"method":"shutdown"}]'));
      proc.stdin.write(frame('{"jsonrpc":"2.0","id":999,"result":{"unasked":true}}'));
      proc.stdin.write(frame('"just a string"'));
      proc.stdin.write(frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.txt","languageId":"plaintext","version":1,"text":"Kunio Mikurya."}}}'));
      proc.stdin.write(request(4, 'textDocument/hover', { textDocument: { uri: 'file:///x.txt' }, position: { line: 0, character: 7 } }));
      await answered(4);
      proc.stdin.write(request(5, 'shutdown', null));
      await answered(5);
      proc.stdin.write(frame('{"jsonrpc":"2.0","method":"exit"}'));
      const code = await new Promise<number | null>((resolve) => (proc.exitCode !== null ? resolve(proc.exitCode) : proc.once('exit', resolve)));
      assert.equal(code, 0);
    } finally {
      if (proc.exitCode === null) proc.kill();
    }
  });
});
