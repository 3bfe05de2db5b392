// Learning a corpus off the request path: a worker thread running this same bundle reads the corpus
// and learns the term base, so a large archive never blocks hovers, completions or linting of
// open drafts. When a worker cannot be started, learning runs in-process (still asynchronous).
import fs from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { liftHeapFlags } from './v8Flags';
import { displayPath, expandCorpusPath, readCorpus, learnTermBaseCached, cachedTermBase, compactTermBase, PresslintInputError, type CorpusDocument, type ReadCorpusOptions, type TermBase } from '../engine';

export interface LearnResult {
  termBase: TermBase;
  notices: string[];
}

interface WorkerReply {
  ok: boolean;
  result?: LearnResult;
  error?: string;
  inputError?: boolean;
}

export interface LearnOptions extends ReadCorpusOptions {
  /**
   * Restricted Mode: read only files whose real path (symlinks resolved) is inside this folder. Files
   * that resolve elsewhere are skipped with a notice.
   */
  confineTo?: string;
}

/** Reads and learns in this thread. */
export async function learnHere(paths: string[], options: LearnOptions = {}): Promise<LearnResult> {
  const { documents, notices } = await readConfined(paths, options);
  return { termBase: learnTermBaseCached(documents).termBase, notices };
}

interface CorpusRead {
  documents: CorpusDocument[];
  notices: string[];
}

/** The corpus documents (in Restricted Mode only those inside the folder), with notices about the rest. */
async function readConfined(paths: string[], options: LearnOptions): Promise<CorpusRead> {
  const { confineTo, ...readOptions } = options;
  const notices: string[] = [];
  let files = paths;
  if (confineTo) {
    files = [];
    for (const p of paths) {
      for (const f of await expandCorpusPath(p, readOptions)) {
        const real = realpathOrUndefined(f); // cannot be resolved: not read
        if (real && isInside(real, confineTo)) files.push(f);
        else notices.push(`skipped ${displayPath(f, readOptions.displayBase ?? process.cwd())}: it resolves outside the workspace folder (Restricted Mode)`);
      }
    }
    if (!files.length) {
      throw new PresslintInputError(`corpus is empty: ${paths.join(', ')} (files outside the workspace folder are not read in Restricted Mode)`);
    }
  }
  const read = await readCorpus(files, readOptions);
  return { documents: read.documents, notices: [...notices, ...read.notices] };
}

function realpathOrUndefined(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Whether `p` is `dir` or inside it (both absolute, already resolved). */
export function isInside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** True in the worker thread started by learnOffThread (main.ts then runs runLearnWorker). */
export function isLearnWorker(): boolean {
  return !isMainThread && (workerData as { presslintLearn?: boolean } | undefined)?.presslintLearn === true;
}

/** Worker side: learn the corpus in workerData and post the result back. */
export function runLearnWorker(): void {
  const { paths, options, read } = workerData as { paths: string[]; options: LearnOptions; read?: CorpusRead };
  // The documents the server thread read, when it could read them; otherwise read them here.
  const learned = read
    ? Promise.resolve().then(() => ({ termBase: learnTermBaseCached(read.documents).termBase, notices: read.notices }))
    : learnHere(paths, options);
  learned.then(
    (result) => parentPort?.postMessage({ ok: true, result } satisfies WorkerReply),
    (err: unknown) =>
      parentPort?.postMessage({
        ok: false,
        error: err instanceof Error ? err.message : String(err),
        inputError: err instanceof PresslintInputError,
      } satisfies WorkerReply),
  );
}

/**
 * Learns in a worker thread started from `script` (the server bundle). Rejects with a
 * PresslintInputError for problems with the corpus, with an Error otherwise.
 */
export async function learnOffThread(paths: string[], options: LearnOptions, script: string): Promise<LearnResult> {
  // A term base this build learned before is read here: reading and hashing even a 10,000-release corpus
  // takes a fraction of a second, and a worker that read it too left the server ~40 MB larger for good.
  // On a miss the worker is handed the documents read here rather than read them again (10,000 releases: the
  // copy takes ~0.2 s, reading ~1 s). Anything unusual (an unreadable corpus) goes to the worker as before.
  const read = await readConfined(paths, options).catch(() => undefined);
  const termBase = read && cachedTermBase(read.documents);
  if (read && termBase) return { termBase, notices: read.notices };
  return learnInWorker(paths, options, script, read);
}

function learnInWorker(paths: string[], options: LearnOptions, script: string, read: CorpusRead | undefined): Promise<LearnResult> {
  let worker: Worker;
  const restoreFlags = liftHeapFlags();
  try {
    worker = new Worker(script, { workerData: { presslintLearn: true, paths, options, read }, stdout: true, stderr: true });
    worker.once('exit', restoreFlags);
    // Never let the worker write to our stdout: with --stdio that is the protocol stream.
    worker.stdout.pipe(process.stderr);
    worker.stderr.pipe(process.stderr);
  } catch {
    restoreFlags();
    return learnHere(paths, options);
  }
  return new Promise<LearnResult>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (reply: WorkerReply) =>
      settle(() => {
        // The copy received from the worker has its own copy of every string: share equal ones.
        if (reply.ok && reply.result) resolve({ ...reply.result, termBase: compactTermBase(reply.result.termBase) });
        else if (reply.inputError) reject(new PresslintInputError(reply.error ?? 'cannot read the corpus'));
        else reject(new Error(reply.error ?? 'learning failed'));
      }),
    );
    // A worker that dies without answering (out of memory, a crash while loading): learn here instead.
    worker.once('error', () => settle(() => learnHere(paths, options).then(resolve, reject)));
    worker.once('exit', () => settle(() => learnHere(paths, options).then(resolve, reject)));
  });
}
