// The language server over a real stdio connection: `node dist/server.js --stdio` in a child process,
// driven by a vscode-languageserver-protocol client, in a temporary workspace whose presslint.json
// names a generated corpus.
//
// Measured:
//   - start-up: spawn to the folder's term base being ready (the server learns the corpus in a
//     worker thread), and the server's resident memory then, after a second idle (VmRSS from /proc/<pid>/status), with
//     its peak (VmHWM);
//   - edits: scripted typing in open drafts. Keystrokes come in bursts (a word typed at one key
//     every KEY_INTERVAL_MS, shorter than the server's debounce, so only a burst's last version is
//     linted); for the last keystroke of each burst, the time from its didChange to the
//     publishDiagnostics for that version. That includes the server's debounce, which is reported
//     apart (read from the server's source) and subtracted for "after the debounce";
//   - hover and completion round trips on a document whose diagnostics are current.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Rng } from './generateCorpus';
import { quantile, median } from './stats';

/** Time between keystrokes within a burst: well under any sensible debounce. */
export const KEY_INTERVAL_MS = 25;

export interface LspOptions {
  root: string;
  /** Workspace folder whose presslint.json names the corpus (made by makeLspWorkspace). */
  workspace: string;
  /** PRESSLINT_CACHE_DIR for the server: empty for a cold start, filled by an earlier run for a warm one. */
  cacheDir: string;
  /** Drafts to open, one per concurrently edited document. */
  drafts: string[];
  /** Total keystrokes across all documents. */
  edits: number;
  /** Stop the edit phase after this long even if not all keystrokes were sent. */
  maxEditMs: number;
  hovers: number;
  completions: number;
  /** Words to hover on and to complete (names the term base knows). */
  names: string[];
  /** Titles to complete after ("Commissioner "). */
  titles: string[];
  startTimeoutMs: number;
}

export interface LspResult {
  corpusReleases: number;
  readyMs: number;
  rssMB: number;
  hwmMB: number;
  rssAfterEditsMB: number;
  debounceMs: number | undefined;
  documents: number;
  draftWords: number[];
  keystrokes: number;
  bursts: number;
  editWallMs: number;
  /** didChange of a burst's last keystroke to publishDiagnostics of that version, ms. */
  changeToDiagnostics: { p50: number; p95: number; p99: number; max: number; n: number };
  afterDebounce?: { p50: number; p95: number; p99: number };
  hover: { p50: number; p95: number; p99: number; n: number; nonEmpty: number };
  completion: { p50: number; p95: number; p99: number; n: number; nonEmpty: number };
  missedDiagnostics: number;
}

/** The server's debounce, read from its source (the bench cannot see inside the bundle). */
export function serverDebounceMs(root: string): number | undefined {
  try {
    const src = fs.readFileSync(path.join(root, 'server/src/lsp/documentValidation.ts'), 'utf8');
    const m = /DEBOUNCE_MS\s*=\s*(\d+)/.exec(src);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function memoryOf(pid: number): { rssMB: number; hwmMB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pcts = (xs: number[]) => ({ p50: median(xs), p95: quantile(xs, 0.95), p99: quantile(xs, 0.99) });

/** A temporary workspace folder whose presslint.json names `corpusDir`. */
export function makeLspWorkspace(corpusDir: string): string {
  const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-bench-')));
  fs.writeFileSync(path.join(workspace, 'presslint.json'), JSON.stringify({ corpus: [corpusDir] }, null, 2));
  return workspace;
}

export async function benchLsp(opts: LspOptions): Promise<LspResult> {
  const workspace = opts.workspace;
  const serverJs = path.join(opts.root, 'dist', 'server.js');
  const t0 = performance.now();
  // Started in the repository folder: corpus files are then named as the bench names them when it fills
  // the server's term base cache (names are relative to the working directory).
  const proc = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS ? process.env.SERVER_NODE_ARGS.split(' ') : []), serverJs, '--stdio'], {
    cwd: opts.root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, PRESSLINT_CACHE_DIR: opts.cacheDir },
  });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += String(d); if (process.env.SHOW_SERVER_STDERR) process.stderr.write(d); });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));

  // Diagnostics arrive here; a waiter per (uri, version).
  const diagWaiters = new Map<string, (t: number) => void>();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const t = performance.now();
    const key = `${p.uri}#${p.version}`;
    const w = diagWaiters.get(key);
    if (w) {
      diagWaiters.delete(key);
      w(t);
    }
  });
  let ready: (s: { documents: number }) => void = () => {};
  const readyP = new Promise<{ documents: number }>((r) => (ready = r));
  conn.onNotification('presslint/status', (s: { state: string; documents: number; message?: string }) => {
    if (s.state === 'ready' && s.documents > 0) ready(s);
    if (s.state === 'error') ready({ documents: -1 });
  });
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => null));
  conn.onRequest(RegistrationRequest.type, () => undefined);
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('window/showMessageRequest', () => null);
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('window/showMessage', () => {});
  conn.onNotification('$/progress', () => {});
  conn.listen();

  const fail = (msg: string) => new Error(`${msg}\n--- server stderr ---\n${stderr.slice(-2000)}`);
  try {
    await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
      // A trusted workspace (as VS Code says outside Restricted Mode): the corpus is outside the folder.
      initializationOptions: { workspaceTrusted: true },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { documentationFormat: ['markdown'] } },
        },
      },
    });
    await conn.sendNotification(InitializedNotification.type, {});
    const status = await Promise.race([
      readyP,
      exited.then(() => Promise.reject(fail('server exited before the corpus was learned'))),
      sleep(opts.startTimeoutMs).then(() => Promise.reject(fail(`corpus not learned within ${opts.startTimeoutMs} ms`))),
    ]);
    if (status.documents < 0) throw fail('the server could not learn the corpus');
    const readyMs = performance.now() - t0;
    // Resident memory with the corpus loaded, read once the server has been idle for a second: right at the
    // ready notification it may still be finishing the load (one run read 172 MB there, 118-119 MB otherwise).
    // The peak (VmHWM) keeps whatever the load took.
    await sleep(1000);
    const mem = memoryOf(proc.pid!);

    // Open the drafts and wait for their first diagnostics.
    const docs: TextDocument[] = [];
    const waitDiag = (uri: string, version: number, timeoutMs = 30_000) =>
      new Promise<number>((resolve, reject) => {
        const key = `${uri}#${version}`;
        const timer = setTimeout(() => {
          diagWaiters.delete(key);
          reject(new Error(`no diagnostics for ${key}`));
        }, timeoutMs);
        diagWaiters.set(key, (t) => {
          clearTimeout(timer);
          resolve(t);
        });
      });
    for (let i = 0; i < opts.drafts.length; i++) {
      const uri = pathToFileURL(path.join(workspace, `draft-${i + 1}.txt`)).href;
      const doc = TextDocument.create(uri, 'plaintext', 1, opts.drafts[i]);
      docs.push(doc);
      const got = waitDiag(uri, 1, 120_000);
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: opts.drafts[i] } });
      await got;
    }

    // Scripted typing: each document types words at random places; documents run concurrently,
    // each waiting for the diagnostics of its burst before the next burst.
    const latencies: number[] = [];
    let keystrokes = 0;
    let bursts = 0;
    let missed = 0;
    const editStart = performance.now();
    const perDoc = Math.ceil(opts.edits / docs.length);
    const typist = async (d: number) => {
      const r = new Rng(1000 + d);
      let doc = docs[d];
      let sent = 0;
      await sleep(d * 40); // stagger the documents
      while (sent < perDoc && keystrokes < opts.edits && performance.now() - editStart < opts.maxEditMs) {
        // A burst: delete a word's worth of characters, or type a word and a space, at a word boundary.
        const text = doc.getText();
        let at = r.int(text.length);
        while (at > 0 && !/\s/.test(text[at - 1])) at--;
        const word = r.pick(['customs', 'cooperation', 'Programme', 'Secretary', 'regional', 'the', 'data', 'Commissioner', 'trade', 'partners']);
        const deleting = r.chance(0.3) && /^\S{3,}/.test(text.slice(at));
        const keys = Math.min(deleting ? (/^\S+/.exec(text.slice(at))![0].length) : word.length + 1, perDoc - sent);
        let answer: Promise<number> | undefined;
        let lastSent = 0;
        for (let k = 0; k < keys; k++) {
          const pos = doc.positionAt(at + (deleting ? 0 : k));
          const change = deleting
            ? { range: { start: pos, end: doc.positionAt(at + 1) }, text: '' }
            : { range: { start: pos, end: pos }, text: (word + ' ')[k] };
          doc = TextDocument.update(doc, [change], doc.version + 1);
          // The waiter for the burst's last version is in place before that version is sent.
          if (k === keys - 1) answer = waitDiag(doc.uri, doc.version, 30_000);
          lastSent = performance.now();
          await conn.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: doc.uri, version: doc.version },
            contentChanges: [change],
          });
          sent++;
          keystrokes++;
          if (k < keys - 1) await sleep(KEY_INTERVAL_MS);
        }
        bursts++;
        try {
          latencies.push((await answer!) - lastSent);
        } catch {
          missed++;
        }
      }
      docs[d] = doc;
    };
    await Promise.all(docs.map((_, d) => typist(d)));
    const editWallMs = performance.now() - editStart;

    // Hovers and completions on the first document (its diagnostics are current now).
    const doc = docs[0];
    const text = doc.getText();
    const r = new Rng(99);
    const positions = (words: string[], n: number, after = false) => {
      const found: number[] = [];
      for (const w of words) {
        let i = text.indexOf(w);
        while (i >= 0 && found.length < n * 4) {
          found.push(after ? i + w.length + 1 : i + Math.floor(w.length / 2));
          i = text.indexOf(w, i + 1);
        }
      }
      const out: number[] = [];
      for (let k = 0; k < n; k++) out.push(found.length && r.chance(0.7) ? r.pick(found) : r.int(text.length));
      return out;
    };
    const hoverTimes: number[] = [];
    let hoverHits = 0;
    for (const off of positions(opts.names, opts.hovers)) {
      const t = performance.now();
      const h = await conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: doc.positionAt(off) });
      hoverTimes.push(performance.now() - t);
      if (h) hoverHits++;
    }
    const completionTimes: number[] = [];
    let completionHits = 0;
    // Completion after a title and a space, and on the first letters of a name.
    const titleSpots = positions(opts.titles, Math.ceil(opts.completions / 2), true).filter((o) => o <= text.length);
    const prefixSpots = positions(opts.names, Math.floor(opts.completions / 2)).map((o) => Math.min(text.length, o));
    for (const off of [...titleSpots, ...prefixSpots]) {
      const t = performance.now();
      const c = await conn.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position: doc.positionAt(off) });
      completionTimes.push(performance.now() - t);
      if (c && (Array.isArray(c) ? c.length : c.items.length)) completionHits++;
    }
    const memAfter = memoryOf(proc.pid!);

    const debounceMs = serverDebounceMs(opts.root);
    const p = pcts(latencies);
    return {
      corpusReleases: status.documents,
      readyMs,
      rssMB: mem.rssMB,
      hwmMB: Math.max(mem.hwmMB, memAfter.hwmMB),
      rssAfterEditsMB: memAfter.rssMB,
      debounceMs,
      documents: docs.length,
      draftWords: opts.drafts.map((t) => t.split(/\s+/).filter(Boolean).length),
      keystrokes,
      bursts,
      editWallMs,
      changeToDiagnostics: { ...p, max: latencies.length ? Math.max(...latencies) : NaN, n: latencies.length },
      afterDebounce: debounceMs === undefined ? undefined : pcts(latencies.map((x) => x - debounceMs)),
      hover: { ...pcts(hoverTimes), n: hoverTimes.length, nonEmpty: hoverHits },
      completion: { ...pcts(completionTimes), n: completionTimes.length, nonEmpty: completionHits },
      missedDiagnostics: missed,
    };
  } finally {
    try {
      if (proc.exitCode === null) {
        await Promise.race([conn.sendRequest(ShutdownRequest.type).then(() => conn.sendNotification(ExitNotification.type)), sleep(3000)]);
        await Promise.race([exited, sleep(3000)]);
      }
    } catch {
      /* fall through to kill */
    }
    if (proc.exitCode === null) proc.kill();
    conn.dispose();
  }
}
