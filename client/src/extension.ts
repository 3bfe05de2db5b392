// The presslint VS Code extension: starts the language server (dist/server.js, over IPC or stdio),
// shows its state in the status bar and adds the Relearn / Show term base / Fix all / Show output commands.
import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { PresslintStatus } from './statusBar';

const DEFAULT_LANGUAGES = ['plaintext', 'markdown', 'press-release'];
/** Settings whose change needs a new client (document selector, transport). */
const RESTART_SETTINGS = ['presslint.languages', 'presslint.server.transport'];

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: PresslintStatus;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('presslint', { log: true });
  status = new PresslintStatus();
  context.subscriptions.push(output, status);
  context.subscriptions.push(...registerCommands(() => client, output));
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (RESTART_SETTINGS.some((s) => e.affectsConfiguration(s))) await restart(context);
    }),
    // Restricted Mode ends: start again, so that the server may read corpus paths outside the workspace.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(context)),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.stop();
}

function selector(): DocumentSelector {
  const languages = vscode.workspace.getConfiguration('presslint').get<string[]>('languages') ?? DEFAULT_LANGUAGES;
  return [
    // Saved and unsaved documents; not virtual ones (such as the term base preview).
    ...languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // Synced so that edits the quick fixes make take effect before they are saved.
    { scheme: 'file', pattern: '**/presslint.json' },
    { scheme: 'file', pattern: '**/.presslint/ignored.json' },
  ];
}

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath('dist/server.js');
  const transportSetting = vscode.workspace.getConfiguration('presslint').get<string>('server.transport');
  const transport = transportSetting === 'stdio' ? TransportKind.stdio : TransportKind.ipc;
  return {
    run: { module, transport },
    debug: { module, transport, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    diagnosticCollectionName: 'presslint',
    // In Restricted Mode the server reads no corpus outside the workspace folder (see README, Security).
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
  };
  const c = new LanguageClient('presslint', 'presslint', serverOptions(context), clientOptions);
  c.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params));
  try {
    await c.start();
    client = c;
  } catch (err) {
    status.stopped(`presslint could not start: ${String(err)}`);
    output.error(`presslint could not start: ${String(err)}`);
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  await old?.stop().catch(() => undefined);
  await start(context);
}
