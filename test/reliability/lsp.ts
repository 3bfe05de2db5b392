// The reliability tests start the protocol tests' client (test/lsp/harness.ts), which takes their
// initializationOptions (workspace trust), node flags and environment; and read the server's resident memory.
import fs from 'node:fs';
import { LspClient, type StartOptions } from '../lsp/harness';

export type ReliabilityStartOptions = StartOptions;

export function startServer(opts: ReliabilityStartOptions = {}): Promise<LspClient> {
  return LspClient.start(opts);
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
