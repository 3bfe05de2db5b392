// The extension's commands. They ask the server (custom request or workspace/executeCommand), so any
// editor could offer the same through its LSP client.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, TERM_BASE_REQUEST, type TermBaseParams, type TermBaseResult } from '../../server/src/lsp/protocol';

const TERM_BASE_SCHEME = 'presslint-termbase';

export function registerCommands(getClient: () => LanguageClient | undefined, output: vscode.OutputChannel): vscode.Disposable[] {
  const pages = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const ready = (): LanguageClient | undefined => {
    const c = getClient();
    if (!c) void vscode.window.showWarningMessage('presslint: the language server is not running.');
    return c;
  };

  return [
    changed,
    vscode.workspace.registerTextDocumentContentProvider(TERM_BASE_SCHEME, {
      onDidChange: changed.event,
      provideTextDocumentContent: (uri) => pages.get(uri.toString()) ?? '',
    }),

    vscode.commands.registerCommand('presslint.relearn', async () => {
      const c = ready();
      if (!c) return;
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'presslint: relearning the corpus' },
        () => c.sendRequest(ExecuteCommandRequest.type, { command: COMMANDS.relearn, arguments: [] }),
      );
    }),

    vscode.commands.registerCommand('presslint.showTermBase', async () => {
      const c = ready();
      if (!c) return;
      const doc = vscode.window.activeTextEditor?.document;
      const folder = doc ? vscode.workspace.getWorkspaceFolder(doc.uri) : vscode.workspace.workspaceFolders?.[0];
      const params: TermBaseParams = { uri: (doc?.uri ?? folder?.uri)?.toString() };
      const result = await c.sendRequest<TermBaseResult | null>(TERM_BASE_REQUEST, params);
      if (!result) {
        void vscode.window.showInformationMessage('presslint: no term base yet (is the corpus still learning?).');
        return;
      }
      const uri = vscode.Uri.from({ scheme: TERM_BASE_SCHEME, path: `/${folder?.name ?? 'presslint'} term base.md` });
      pages.set(uri.toString(), result.markdown);
      changed.fire(uri);
      try {
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      } catch {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
      }
    }),

    vscode.commands.registerCommand('presslint.fixAll', async () => {
      const c = ready();
      const editor = vscode.window.activeTextEditor;
      if (!c || !editor) return;
      await c.sendRequest(ExecuteCommandRequest.type, {
        command: COMMANDS.fixAll,
        arguments: [editor.document.uri.toString()],
      });
    }),

    vscode.commands.registerCommand('presslint.showOutput', () => output.show(true)),
  ];
}
