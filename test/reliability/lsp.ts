// The protocol tests' client (test/lsp/harness.ts), started with what the reliability tests need on top:
// initializationOptions (the VS Code client's workspace trust), extra node flags and environment; and the
// server's resident memory from /proc.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { fullCapabilities, LspClient, root, serverJs, uriOf, type StartOptions } from '../lsp/harness';

export interface ReliabilityStartOptions extends StartOptions {
  initializationOptions?: unknown;
  env?: Record<string, string>;
  nodeArgs?: string[];
}

export async function startServer(opts: ReliabilityStartOptions = {}): Promise<LspClient> {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), serverJs, '--stdio'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env },
  });
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  // The harness's constructor wires the client side (configuration, registrations, applyEdit...).
  const Client = LspClient as unknown as new (p: typeof proc, c: ProtocolConnection, o: StartOptions) => LspClient;
  const client = new Client(proc, connection, opts);
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

/** Resident memory of a process in kB (VmRSS in /proc/<pid>/status); undefined where /proc is missing. */
export function vmRssKb(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Waits until `test` holds for the client's messages (log and show), failing with what arrived. */
export async function waitForMessage(client: LspClient, test: RegExp, timeoutMs = 30_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const found = client.messages.find((m) => test.test(m));
    if (found) return found;
    if (client.proc.exitCode !== null) throw new Error(`server exited (${client.proc.exitCode}) waiting for ${test}\n${client.stderrText()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`no message matching ${test}; got:\n${client.messages.join('\n')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
