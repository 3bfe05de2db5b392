// The server soak: a real server over stdio, driven by a seeded random mix of JSON-RPC traffic in a bounded
// loop: documents opened, edited at random and closed; hover, completion (and resolve), code actions, fix-all,
// the term base; requests cancelled at once or a moment later; unknown methods; malformed params. Every
// request must be answered (a result, or a proper JSON-RPC error where one is due), the server must never
// exit, its memory after the run must stay within 20% of its memory after warm-up, and a corpus file added
// mid-run must be picked up. Used by soak.test.ts (reduced) and soakMain.ts (`npm run soak`, 20,000).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  CompletionResolveRequest,
  ExecuteCommandRequest,
  HoverRequest,
  ResponseError,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { CORPUS, CUSTOM_DRAFT, MORE_CORPUS, SEED_DRAFT } from '../lsp/fixtures';
import { flagged, makeWorkspace, uriOf, writeFile, type LspClient } from '../lsp/harness';
import { startServer, vmRssKb } from './lsp';

export interface SoakOptions {
  /** Operations in the measured run (requests and notifications). */
  operations: number;
  /** Operations before the first memory reading. */
  warmup: number;
  seed: number;
  /** Requests in flight at most. */
  concurrency?: number;
  log?: (line: string) => void;
  /** Node flags for the server (diagnosis, e.g. --heapsnapshot-signal); its stderr is then returned too. */
  serverNodeArgs?: string[];
  /** Called when memory is read (diagnosis: e.g. signal the server to write a heap snapshot). */
  onMeasure?: (phase: 'after warm-up' | 'after the run', pid: number) => Promise<void>;
}

export interface SoakFigures {
  operations: number;
  requests: number;
  notifications: number;
  answered: number;
  unanswered: number;
  /** Results by outcome: "ok" or the JSON-RPC error code. */
  outcomes: Record<string, number>;
  /** Errors on requests that were well-formed and not cancelled (should be none). */
  unexpectedErrors: string[];
  /** Rejections that were not JSON-RPC errors (should be none). */
  malformedReplies: string[];
  byKind: Record<string, number>;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  rssKb: { afterWarmup?: number; afterRun?: number; peak?: number };
  serverAlive: boolean;
  corpusPickedUp: boolean;
  exitCode: number | null;
  seconds: number;
  serverStderr?: string;
}

/** mulberry32: a small seeded PRNG. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

const SNIPPETS = [
  'Harbour Wacth Programme', 'Harbour Watch Programme', 'Director General Ingrid Solheim', 'Director Ingrid Solheim',
  'Baltic Ports Authority (BPA)', 'BPA', 'the Baltic Port Authority', 'Kunio Mikurya', 'Global Shied', 'programme', 'program',
  ' ', '\n', '\r\n', '\n\n', '. ', ', ', '😀', '𝔘𝔑', 'e\u0301', 'שלום', '\u0000', '\t', '“', '”', '(', ')', 'Secretary General ',
  'Director General ', 'Harb', 'Coastal Lanturn Initiative', 'lorem ipsum dolor sit amet',
];
const BASE_TEXTS = [CUSTOM_DRAFT, SEED_DRAFT, `${CUSTOM_DRAFT}\n${SEED_DRAFT}`, 'Plain words only.\n', ''];

export async function runSoak(opts: SoakOptions): Promise<SoakFigures> {
  const log = opts.log ?? (() => {});
  const r = rng(opts.seed);
  const concurrency = opts.concurrency ?? 16;
  const dir = makeWorkspace({ ...CORPUS, 'presslint.json': '{ "corpus": ["releases"] }\n' });
  const client = await startServer({ workspace: dir, env: { PRESSLINT_NO_CACHE: '1' }, nodeArgs: opts.serverNodeArgs });
  const pid = client.proc.pid!;
  const started = performance.now();

  const figures: SoakFigures = {
    operations: 0, requests: 0, notifications: 0, answered: 0, unanswered: 0, outcomes: {}, unexpectedErrors: [], malformedReplies: [],
    byKind: {}, latencyMs: { p50: 0, p95: 0, p99: 0, max: 0 }, rssKb: {}, serverAlive: true, corpusPickedUp: false, exitCode: null, seconds: 0,
  };
  const latencies: number[] = [];
  const inFlight = new Set<Promise<void>>();
  const open: string[] = [];
  let docCounter = 0;

  const sample = () => {
    const kb = vmRssKb(pid);
    if (kb !== undefined) figures.rssKb.peak = Math.max(figures.rssKb.peak ?? 0, kb);
    return kb;
  };

  /** Sends a request and records its outcome. `expectError`: malformed, unknown or cancelled on purpose. */
  const request = (kind: string, send: () => Promise<unknown>, expectError: boolean | (() => boolean), onResult?: (v: unknown) => void) => {
    figures.requests++;
    figures.byKind[kind] = (figures.byKind[kind] ?? 0) + 1;
    const t0 = performance.now();
    const p = send().then(
      (v) => {
        latencies.push(performance.now() - t0);
        figures.answered++;
        figures.outcomes.ok = (figures.outcomes.ok ?? 0) + 1;
        onResult?.(v);
      },
      (e: unknown) => {
        latencies.push(performance.now() - t0);
        if (e instanceof ResponseError) {
          figures.answered++;
          figures.outcomes[String(e.code)] = (figures.outcomes[String(e.code)] ?? 0) + 1;
          const expected = typeof expectError === 'function' ? expectError() : expectError;
          if (!expected && e.code !== -32800) figures.unexpectedErrors.push(`${kind}: ${e.code} ${e.message}`);
        } else {
          figures.malformedReplies.push(`${kind}: ${String(e)}`);
        }
      },
    );
    const tracked = p.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  const notify = (kind: string, send: () => Promise<unknown>) => {
    figures.notifications++;
    figures.byKind[kind] = (figures.byKind[kind] ?? 0) + 1;
    return send();
  };

  const randomPosition = (uri: string): Position => {
    const doc = client.documents.get(uri);
    if (!doc || r.chance(0.05)) return { line: r.int(50) - 2, character: r.int(200) - 2 }; // sometimes outside
    return doc.positionAt(r.int(doc.getText().length + 1));
  };
  const randomRange = (uri: string): Range => {
    const doc = client.documents.get(uri)!;
    const a = r.int(doc.getText().length + 1);
    const b = Math.min(doc.getText().length, a + r.int(40));
    return { start: doc.positionAt(a), end: doc.positionAt(b) };
  };
  const diagnosticsOf = (uri: string): Diagnostic[] => {
    const p = client.published.get(uri);
    const doc = client.documents.get(uri);
    return p && doc && p.version === doc.version ? p.diagnostics : [];
  };

  const step = async (i: number) => {
    const roll = r.next();
    const uri = open.length ? r.pick(open) : undefined;
    if (!uri || (roll < 0.04 && open.length < 8)) {
      const u = uriOf(path.join(dir, 'drafts', `d${docCounter++}.txt`));
      open.push(u);
      await notify('didOpen', () => client.open(u, r.pick(BASE_TEXTS)));
    } else if (roll < 0.06 && open.length > 2) {
      open.splice(open.indexOf(uri), 1);
      await notify('didClose', () => client.close(uri));
    } else if (roll < 0.36) {
      // A random edit: insert, delete or replace, occasionally at a surrogate pair's middle.
      const doc = client.documents.get(uri)!;
      const len = doc.getText().length;
      const a = r.int(len + 1);
      const b = r.chance(0.5) ? a : Math.min(len, a + r.int(30));
      const text = r.chance(0.8) ? r.pick(SNIPPETS) : '';
      if (doc.getText().length > 20_000) {
        await notify('didChange', () => client.edit(uri, [{ range: { start: doc.positionAt(0), end: doc.positionAt(len) }, newText: r.pick(BASE_TEXTS) }]));
      } else {
        await notify('didChange', () => client.edit(uri, [{ range: { start: doc.positionAt(a), end: doc.positionAt(b) }, newText: text }]));
      }
    } else if (roll < 0.50) {
      request('hover', () => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: randomPosition(uri) }), false);
    } else if (roll < 0.62) {
      request(
        'completion',
        () => client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: randomPosition(uri) }),
        false,
        (v) => {
          const items = Array.isArray(v) ? (v as CompletionItem[]) : ((v as CompletionList | null)?.items ?? []);
          if (items.length && r.chance(0.5)) {
            request('completionResolve', () => client.connection.sendRequest(CompletionResolveRequest.type, r.pick(items)), false);
          }
        },
      );
    } else if (roll < 0.74) {
      const ds = diagnosticsOf(uri);
      const d = ds.length ? r.pick(ds) : undefined;
      const range = d ? d.range : randomRange(uri);
      const only = r.chance(0.2) ? ['source.fixAll.presslint'] : undefined;
      request('codeAction', () => client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: d ? [d] : [], ...(only ? { only } : {}) } }), false);
    } else if (roll < 0.78) {
      // The edit comes back as workspace/applyEdit; if the document was closed meanwhile, applying it fails
      // on the client's side and the server says so with an error: expected then.
      request('fixAll', () => client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'presslint.server.fixAll', arguments: [uri] }), () => !open.includes(uri));
    } else if (roll < 0.80) {
      request('termBase', () => client.connection.sendRequest('presslint/termBase', { uri }), false);
    } else if (roll < 0.88) {
      // Cancelled at once, or after the server may have started on it.
      const source = new CancellationTokenSource();
      const which = r.int(3);
      const send = () =>
        which === 0
          ? client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: randomPosition(uri) }, source.token)
          : which === 1
            ? client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: randomPosition(uri) }, source.token)
            : client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: randomRange(uri), context: { diagnostics: [] } }, source.token);
      request('cancelled', send, true);
      if (r.chance(0.5)) source.cancel();
      else setTimeout(() => source.cancel(), r.int(5));
    } else if (roll < 0.92) {
      request('unknownMethod', () => client.connection.sendRequest(r.pick(['presslint/nope', 'textDocument/rename', '$/weird', 'x']), { i }), true);
    } else {
      // Malformed params: wrong shapes, nulls, strings, missing fields, bogus documents.
      const bad: [string, unknown][] = [
        ['textDocument/hover', null],
        ['textDocument/hover', { textDocument: { uri }, position: 'here' }],
        ['textDocument/completion', { textDocument: {}, position: { line: 'x' } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: randomRange(uri) }],
        ['textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [{ data: 7 }] } }],
        ['completionItem/resolve', { label: 42, data: { nonsense: true } }],
        ['workspace/executeCommand', { command: 'presslint.server.fixAll', arguments: [{ uri }] }],
        ['workspace/executeCommand', { command: 'no.such.command' }],
        ['presslint/termBase', 'not an object'],
        ['textDocument/hover', { textDocument: { uri: 'untitled:ghost' }, position: { line: 0, character: 0 } }],
      ];
      const [method, params] = r.pick(bad);
      request(`malformed ${method}`, () => client.connection.sendRequest(method, params), true);
    }
  };

  // A request never answered must not block the loop for ever: waits are bounded, and what is still in
  // flight when one gives up is counted as unanswered (the run then stops).
  let stalled = false;
  const waitForAny = async (all: boolean) => {
    const deadline = new Promise<'stalled'>((res) => setTimeout(() => res('stalled'), 60_000).unref());
    while (inFlight.size && (all || inFlight.size >= concurrency)) {
      if ((await Promise.race([Promise.race(inFlight), deadline])) === 'stalled') {
        stalled = true;
        return;
      }
    }
  };
  const quiesce = async () => {
    await waitForAny(true);
    await new Promise((res) => setTimeout(res, 600)); // debounced lints run
  };

  const run = async (from: number, to: number, midRun?: () => Promise<void>) => {
    const half = Math.floor((from + to) / 2);
    for (let i = from; i < to; i++) {
      if (client.proc.exitCode !== null || stalled) break;
      await waitForAny(false);
      await step(i);
      figures.operations++;
      if (i === half && midRun) await midRun();
      if (i % 500 === 0) {
        const kb = sample();
        log(`  ${i - from}/${to - from} operations, ${figures.requests} requests, ${inFlight.size} in flight, VmRSS ${kb ?? '?'} kB`);
      }
    }
    await quiesce();
  };

  try {
    await client.waitFor('presslint/status', (s: { state: string }) => s.state === 'ready');
    log(`warm-up: ${opts.warmup} operations`);
    await run(0, opts.warmup);
    await opts.onMeasure?.('after warm-up', pid);
    figures.rssKb.afterWarmup = sample();
    log(`after warm-up: VmRSS ${figures.rssKb.afterWarmup} kB; run: ${opts.operations} operations`);

    // Mid-run, a corpus file appears (the client's watcher reports it): its programme must become known.
    const uri = uriOf(path.join(dir, 'drafts', 'corpus-check.txt'));
    const midRun = async () => {
      const files = Object.entries(MORE_CORPUS).map(([name, text]) => writeFile(dir, name, text));
      await client.filesChanged(files, 1);
      log('  corpus files added mid-run');
    };
    const before = opts.warmup;
    await run(before, before + opts.operations, midRun);
    await opts.onMeasure?.('after the run', pid);
    figures.rssKb.afterRun = sample();

    await client.open(uri, CUSTOM_DRAFT);
    let giveUp: NodeJS.Timeout | undefined;
    await Promise.race([
      client.diagnostics(uri, (ds) => ds.some((d) => flagged(client.documents.get(uri)!, d).includes('Lanturn'))).then(() => (figures.corpusPickedUp = true)),
      new Promise((res) => (giveUp = setTimeout(res, 60_000))),
    ]);
    clearTimeout(giveUp); // else it holds the test process open for a minute after the run
    await client.close(uri);

    figures.unanswered = figures.requests - figures.answered - figures.malformedReplies.length;
    figures.serverAlive = client.proc.exitCode === null;
    const sorted = [...latencies].sort((a, b) => a - b);
    const q = (p: number) => (sorted.length ? Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(2)) : 0);
    figures.latencyMs = { p50: q(0.5), p95: q(0.95), p99: q(0.99), max: Number((sorted[sorted.length - 1] ?? 0).toFixed(2)) };
    figures.exitCode = figures.serverAlive ? await client.shutdown() : client.proc.exitCode;
  } finally {
    if (client.proc.exitCode === null) client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  figures.seconds = Number(((performance.now() - started) / 1000).toFixed(1));
  if (opts.serverNodeArgs?.length) figures.serverStderr = client.stderrText();
  return figures;
}

/** The figures as the lines printed after a run. */
export function formatFigures(f: SoakFigures): string {
  const mb = (kb?: number) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(1)} MB`);
  const ratio = f.rssKb.afterWarmup && f.rssKb.afterRun ? `${(((f.rssKb.afterRun - f.rssKb.afterWarmup) / f.rssKb.afterWarmup) * 100).toFixed(1)}%` : 'n/a';
  const errors = Object.entries(f.outcomes)
    .filter(([k]) => k !== 'ok')
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${ERROR_NAMES[code] ?? ''}: ${n}`.replace(' :', ':'))
    .join(', ');
  return [
    `operations: ${f.operations} (${f.requests} requests, ${f.notifications} notifications) in ${f.seconds} s`,
    `by kind: ${Object.entries(f.byKind).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    `answered: ${f.answered}/${f.requests} (unanswered ${f.unanswered}); results ${f.outcomes.ok ?? 0}; errors by code: ${errors || 'none'}`,
    `unexpected errors: ${f.unexpectedErrors.length}; replies that were not JSON-RPC: ${f.malformedReplies.length}`,
    `latency: p50 ${f.latencyMs.p50} ms, p95 ${f.latencyMs.p95} ms, p99 ${f.latencyMs.p99} ms, max ${f.latencyMs.max} ms`,
    `VmRSS: after warm-up ${mb(f.rssKb.afterWarmup)}, after the run ${mb(f.rssKb.afterRun)} (${ratio}), peak sampled ${mb(f.rssKb.peak)}`,
    `server alive at the end: ${f.serverAlive}; exit code after shutdown/exit: ${f.exitCode}; corpus file added mid-run picked up: ${f.corpusPickedUp}`,
  ].join('\n');
}

const ERROR_NAMES: Record<string, string> = {
  '-32700': 'ParseError',
  '-32600': 'InvalidRequest',
  '-32601': 'MethodNotFound',
  '-32602': 'InvalidParams',
  '-32603': 'InternalError',
  '-32800': 'RequestCancelled',
  '-32801': 'ContentModified',
  '-32802': 'ServerCancelled',
  '-32803': 'RequestFailed',
};
