// Wires the language server's parts to a connection (the transport is chosen in main.ts).
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  RequestType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActions } from './codeActions';
import { Completions, COMPLETION_TRIGGERS } from './completion';
import { DocumentValidator } from './documentValidation';
import { forgetDocument } from './entities';
import { Hovers } from './hover';
import { IgnoreStore } from './ignoreStore';
import { uriToPath } from './positions';
import { COMMANDS, FIX_ALL_KIND, TERM_BASE_REQUEST, type TermBaseParams, type TermBaseResult } from './protocol';
import { safeNotification, safeRequest } from './safe';
import { SettingsStore } from './settings';
import { termBaseMarkdown } from './termBaseTable';
import { WorkspaceTermBases } from './workspaceTermBases';

export interface ServerOptions {
  seedsDir: string;
  /** The server bundle, started again as a worker thread to learn corpora. */
  serverScript: string;
  version: string;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  let caps: ClientCapabilities = {};
  let initialFolders: WorkspaceFolder[] = [];
  const settings = new SettingsStore(connection, () => !!caps.workspace?.configuration);
  const ignores = new IgnoreStore(documents);
  let termBases!: WorkspaceTermBases;
  let validator!: DocumentValidator;
  let actions!: CodeActions;
  let hovers!: Hovers;
  let completions!: Completions;

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    initialFolders =
      params.workspaceFolders ??
      (params.rootUri ? [{ uri: params.rootUri, name: uriToPath(params.rootUri) ?? params.rootUri }] : []);
    const watched = caps.workspace?.didChangeWatchedFiles;
    termBases = new WorkspaceTermBases({
      connection,
      documents,
      settings,
      seedsDir: options.seedsDir,
      serverScript: options.serverScript,
      capabilities: { watchedFilesDynamic: !!watched?.dynamicRegistration, relativePatterns: !!watched?.relativePatternSupport },
      onChanged: (folder) => validator.revalidate(folder),
      trusted: workspaceTrusted(params.initializationOptions),
    });
    validator = new DocumentValidator(connection, documents, termBases, settings, ignores);
    const editCapabilities = () => ({
      documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
      createFiles: !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
    });
    actions = new CodeActions({ documents, validator, termBases, ignores, editCapabilities });
    hovers = new Hovers(documents, validator);
    completions = new Completions(documents, validator);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: true },
        executeCommandProvider: { commands: [COMMANDS.fixAll, COMMANDS.relearn] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'presslint', version: options.version },
    };
  });

  connection.onInitialized(
    safeNotification(connection, 'initialized', async () => {
      if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'presslint' });
      }
      if (caps.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          safeNotification(connection, 'workspace folders', (e) => {
            termBases.removeFolders(e.removed);
            termBases.addFolders(e.added);
            validator.revalidate();
          }),
        );
      }
      termBases.addFolders(initialFolders);
    }),
  );

  documents.onDidChangeContent(
    safeNotification(connection, 'didChange', ({ document }) => {
      if (termBases.isConfigDocument(document.uri)) termBases.configDocumentChanged(document.uri);
      else if (ignores.isIgnoreDocument(document.uri)) validator.revalidate(termBases.folderFor(document.uri));
      else validator.schedule(document);
    }),
  );
  documents.onDidClose(
    safeNotification(connection, 'didClose', ({ document }) => {
      validator.closed(document.uri);
      forgetDocument(document.uri);
      // Back to what is on disk.
      if (termBases.isConfigDocument(document.uri)) termBases.configDocumentChanged(document.uri);
      if (ignores.isIgnoreDocument(document.uri)) validator.revalidate(termBases.folderFor(document.uri));
    }),
  );

  connection.onDidChangeConfiguration(
    safeNotification(connection, 'didChangeConfiguration', (params) => {
      settings.changed(params.settings);
      termBases.settingsChanged();
      validator.revalidate();
    }),
  );
  connection.onDidChangeWatchedFiles(
    safeNotification(connection, 'didChangeWatchedFiles', (params) => {
      for (const change of params.changes) {
        const file = uriToPath(change.uri);
        if (!file) continue;
        termBases.fileChanged(file);
        if (ignores.isIgnoreDocument(change.uri)) validator.revalidate(termBases.folderFor(change.uri));
      }
    }),
  );

  connection.onCodeAction(safeRequest(connection, 'codeAction', (p) => actions.provide(p)));
  connection.onHover(safeRequest(connection, 'hover', (p) => hovers.provide(p)));
  connection.onCompletion(safeRequest(connection, 'completion', (p) => completions.provide(p)));
  connection.onCompletionResolve(safeRequest(connection, 'completionResolve', (item) => completions.resolve(item)));

  connection.onExecuteCommand(
    safeRequest(connection, 'executeCommand', async (params) => {
      if (params.command === COMMANDS.relearn) {
        await termBases.relearnAll();
        return null;
      }
      if (params.command === COMMANDS.fixAll) {
        const uri = params.arguments?.[0];
        const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
        if (!doc) return { applied: false };
        const edit = await actions.fixAllEdit(doc);
        if (!edit) return { applied: false };
        const r = await connection.workspace.applyEdit({ label: 'presslint: fix all', edit });
        return { applied: r.applied };
      }
      throw new Error(`unknown command ${params.command}`);
    }),
  );

  connection.onRequest(
    new RequestType<TermBaseParams | undefined, TermBaseResult | null, void>(TERM_BASE_REQUEST),
    safeRequest(connection, TERM_BASE_REQUEST, async (params: TermBaseParams | undefined): Promise<TermBaseResult | null> => {
      const folder = params?.uri ? termBases.folderFor(params.uri) : termBases.allFolders()[0];
      const found = await termBases.termBaseFor(params?.uri ?? folder.uri ?? '');
      if (!found) return null;
      const tb = found.termBase;
      return {
        markdown: termBaseMarkdown(tb, found.folder.name, found.folder.dir),
        people: tb.people.length,
        organizations: tb.organizations.length,
        programmes: tb.programmes.length,
      };
    }),
  );

  connection.onShutdown(() => termBases?.dispose());
  documents.listen(connection);
  connection.listen();
}

/**
 * Whether the client trusts the workspace. The VS Code extension sends `{ workspaceTrusted: false }` in
 * Restricted Mode; other clients send nothing and are trusted (they have no such mode).
 */
export function workspaceTrusted(initializationOptions: unknown): boolean {
  if (!initializationOptions || typeof initializationOptions !== 'object') return true;
  return (initializationOptions as { workspaceTrusted?: unknown }).workspaceTrusted !== false;
}
