// A small LSP client for the protocol tests: spawns the built server (dist/server.js --stdio) and
// drives it over JSON-RPC, keeping open documents in sync and applying the edits the server sends.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const serverJs = path.join(root, 'dist', 'server.js');

export const uriOf = (file: string) => pathToFileURL(file).href;

/** Everything a client that VS Code resembles says it supports. */
export function fullCapabilities(): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      workspaceFolders: true,
      applyEdit: true,
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    },
    window: { workDoneProgress: true },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { documentationFormat: ['markdown'] } },
    },
  };
}

/** A temporary workspace folder; files are written relative to it. */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-lsp-'));
  for (const [name, text] of Object.entries(files)) writeFile(dir, name, text);
  return fs.realpathSync(dir);
}

export function writeFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

interface Waiter<T> {
  test: (v: T) => boolean;
  resolve: (v: T) => void;
}

export interface StartOptions {
  workspace?: string;
  /** More folders (multi-root). */
  folders?: string[];
  capabilities?: ClientCapabilities;
  /** What the client answers to workspace/configuration for section "presslint". */
  settings?: Record<string, unknown>;
  /** Extra environment for the server process (e.g. PRESSLINT_CACHE_DIR). */
  env?: Record<string, string>;
  /** Node flags for the server process. */
  nodeArgs?: string[];
  /** initializationOptions sent with initialize (the VS Code client sends workspace trust there). */
  initializationOptions?: unknown;
}

export class LspClient {
  readonly documents = new Map<string, TextDocument>();
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly registrations: Registration[] = [];
  readonly messages: string[] = [];
  readonly progressTokens: string[] = [];
  readonly progress: { token: string | number; value: { kind: string; title?: string } }[] = [];
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  exitCode: Promise<number | null>;
  private waiters: Waiter<{ method: string; params: unknown }>[] = [];
  private stderr = '';

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: ProtocolConnection,
    opts: StartOptions,
  ) {
    this.settings = opts.settings ?? {};
    this.exitCode = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
    proc.stderr?.on('data', (d) => (this.stderr += String(d)));
    const note = (method: string, params: unknown) => {
      this.notifications.push({ method, params });
      for (const w of [...this.waiters]) {
        if (w.test({ method, params })) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve({ method, params });
        }
      }
    };
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.set(p.uri, p);
      note(PublishDiagnosticsNotification.method, p);
    });
    connection.onNotification(LogMessageNotification.type, (p) => {
      this.messages.push(p.message);
    });
    connection.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p.message);
      note(ShowMessageNotification.method, p);
    });
    connection.onRequest(ShowMessageRequest.type, (p) => {
      this.messages.push(p.message);
      note(ShowMessageRequest.method, p);
      return null;
    });
    connection.onNotification('presslint/status', (p) => note('presslint/status', p));
    connection.onNotification('$/progress', (p: { token: string | number; value: { kind: string; title?: string } }) => {
      this.progress.push(p);
      note('$/progress', p);
    });
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'presslint' ? this.settings : null)));
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
      note(RegistrationRequest.method, p);
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest(WorkDoneProgressCreateRequest.type, (p) => {
      this.progressTokens.push(String(p.token));
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, async (p) => {
      await this.applyEdit(p.edit);
      return { applied: true };
    });
    connection.listen();
  }

  static async start(opts: StartOptions = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), serverJs, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, connection, opts);
    const folders = [opts.workspace, ...(opts.folders ?? [])].filter((f): f is string => !!f);
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? uriOf(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: path.basename(f) })),
      capabilities: opts.capabilities ?? fullCapabilities(),
      initializationOptions: opts.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves with the first notification (already received or future) that passes `test`. */
  waitFor<T>(method: string, test: (params: T) => boolean = () => true, label = method): Promise<T> {
    const seen = this.notifications.find((n) => n.method === method && test(n.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<{ method: string; params: unknown }> = {
        test: (n) => n.method === method && test(n.params as T),
        resolve: (n) => resolve(n.params as T),
      };
      this.waiters.push(waiter);
      this.exitCode.then(() => reject(new Error(`server exited while waiting for ${label}\n${this.stderr}`)));
    });
  }

  /** Only notifications from now on. */
  waitForNext<T>(method: string, test: (params: T) => boolean = () => true): Promise<T> {
    const from = this.notifications.length;
    return this.waitFor<T>(method, (p) => this.notifications.findIndex((n) => n.params === p) >= from && test(p));
  }

  /** Diagnostics published for the document's current version (optionally satisfying `test`). */
  diagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const version = this.documents.get(uri)?.version;
    return this.waitFor<PublishDiagnosticsParams>(
      PublishDiagnosticsNotification.method,
      (p) => p.uri === uri && (version === undefined || p.version === version) && test(p.diagnostics),
      `diagnostics of ${uri} v${version}`,
    ).then((p) => p.diagnostics);
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<TextDocument> {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, doc);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  /** Applies edits to an open document and sends them as incremental changes. */
  async edit(uri: string, edits: TextEdit[]): Promise<TextDocument> {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    // Incremental changes apply in order; send them last-first so earlier ranges stay valid.
    const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    const changes = sorted.map((e) => ({ range: e.range, text: e.newText }));
    const next = TextDocument.update(doc, changes, doc.version + 1);
    this.documents.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: next.version },
      contentChanges: changes,
    });
    return next;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.documents.get(uri)?.getText() ?? '';
  }

  /** Applies a WorkspaceEdit as an editor would: open documents through didChange, files on disk otherwise. */
  async applyEdit(edit: WorkspaceEdit): Promise<void> {
    const textEdits: [string, TextEdit[]][] = [];
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) {
        if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
        const file = fileURLToPath(change.uri);
        if (!fs.existsSync(file) || change.options?.overwrite) writeFile(path.dirname(file), path.basename(file), '');
      } else {
        textEdits.push([change.textDocument.uri, change.edits as TextEdit[]]);
      }
    }
    textEdits.push(...Object.entries(edit.changes ?? {}));
    for (const [uri, edits] of textEdits) {
      if (this.documents.has(uri)) {
        await this.edit(uri, edits);
      } else {
        const file = fileURLToPath(uri);
        const doc = TextDocument.create(uri, 'json', 0, fs.readFileSync(file, 'utf8'));
        fs.writeFileSync(file, TextDocument.applyEdits(doc, edits));
      }
    }
  }

  /** Tells the server files changed on disk (as a client's file watcher would). */
  async filesChanged(files: string[], type: FileChangeType = FileChangeType.Changed): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: files.map((f) => ({ uri: uriOf(f), type })),
    });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async shutdown(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exitCode;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
    this.connection.dispose();
  }

  stderrText(): string {
    return this.stderr;
  }
}

/** The document text a diagnostic covers. */
export function flagged(doc: TextDocument, d: Diagnostic): string {
  return doc.getText(d.range);
}
