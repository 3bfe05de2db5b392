// The server's lifecycle over stdio: initialize, capabilities, registrations, status, errors that
// do not take it down, shutdown/exit.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import {
  CodeActionRequest,
  createProtocolConnection,
  ExitNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
  HoverRequest,
  ResponseError,
  TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt } from './fixtures';
import { LspClient, makeWorkspace, serverJs, uriOf } from './harness';

describe('LSP server lifecycle', function () {
  let client: LspClient | undefined;
  before(ensureBuilt);
  afterEach(() => client?.kill());

  it('answers initialize with incremental sync, code actions, hover, completion and commands', async () => {
    client = await LspClient.start({ workspace: makeWorkspace() });
    const caps = client.initializeResult.capabilities;
    const sync = caps.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, TextDocumentSyncKind.Incremental);
    const actions = caps.codeActionProvider;
    assert.ok(typeof actions === 'object' && actions.codeActionKinds);
    assert.ok(actions.codeActionKinds.includes('quickfix'));
    assert.ok(actions.codeActionKinds.includes('source.fixAll.presslint'));
    assert.ok(caps.hoverProvider);
    assert.ok(caps.completionProvider?.triggerCharacters?.includes(' '));
    assert.equal(caps.completionProvider?.resolveProvider, true);
    assert.deepEqual(caps.executeCommandProvider?.commands.sort(), ['presslint.server.fixAll', 'presslint.server.relearn']);
    assert.equal(client.initializeResult.serverInfo?.name, 'presslint');
  });

  it('registers for configuration changes and file watching when the client can', async () => {
    client = await LspClient.start({ workspace: makeWorkspace() });
    await client.waitFor('client/registerCapability', (p: { registrations: { method: string }[] }) =>
      p.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'),
    );
    await client.waitFor('client/registerCapability', (p: { registrations: { method: string }[] }) =>
      p.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'),
    );
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    const patterns = JSON.stringify(watch?.registerOptions);
    assert.match(patterns, /presslint\.json/);
  });

  it('reports the term base size in presslint/status once the default corpus is learned', async () => {
    client = await LspClient.start({ workspace: makeWorkspace() });
    const status = await client.waitFor<{ state: string; people: number; organizations: number; programmes: number }>(
      'presslint/status',
      (s) => s.state === 'ready',
    );
    assert.ok(status.people > 0 && status.organizations > 0 && status.programmes > 0, JSON.stringify(status));
  });

  it('keeps serving after bad requests', async () => {
    client = await LspClient.start({ workspace: makeWorkspace() });
    // Unknown method: a JSON-RPC error, not a crash.
    await assert.rejects(client.connection.sendRequest('presslint/noSuchRequest', {}), (e: unknown) => e instanceof ResponseError);
    // Malformed params (no context) on an open document: a proper error response.
    const uri = uriOf('/tmp/alive.txt');
    await client.open(uri, 'Plain words only.\n');
    await assert.rejects(
      client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      } as never),
      (e: unknown) => e instanceof ResponseError && /codeAction failed/.test(e.message),
    );
    // A document the server never saw: no hover.
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: uriOf('/never/opened.txt') },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
    // Still alive and linting.
    assert.ok(Array.isArray(await client.diagnostics(uri)));
  });

  it('exits with code 0 after shutdown and exit', async () => {
    client = await LspClient.start({ workspace: makeWorkspace() });
    assert.equal(await client.shutdown(), 0);
  });

  it('speaks LSP over Node IPC as well (the default transport of the VS Code client)', async () => {
    const child = fork(serverJs, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {},
      });
      assert.equal(result.serverInfo?.name, 'presslint');
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
