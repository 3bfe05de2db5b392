// The language server's entry point (bundled to dist/server.js). The transport comes from the
// command line, as vscode-languageserver reads it: --stdio, --node-ipc, --socket=N or --pipe=NAME.
// The same bundle, started as a worker thread, learns corpora off the request path.
import path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isLearnWorker, runLearnWorker } from './learner';
import { startServer } from './server';
import { keepHeapTight } from './v8Flags';
import { keepLintAllocationsYoung } from '../engine/lintHeap';
import { describe } from './safe';
import pkg from '../../../package.json';

if (isLearnWorker()) {
  runLearnWorker();
} else {
  keepHeapTight();
  keepLintAllocationsYoung();
  const connection = createConnection(ProposedFeatures.all);
  // Never crash: log what escaped a handler and keep serving.
  process.on('uncaughtException', (err) => connection.console.error(`presslint: uncaught: ${describe(err)}`));
  process.on('unhandledRejection', (err) => connection.console.error(`presslint: unhandled: ${describe(err)}`));
  startServer(connection, {
    seedsDir: process.env.PRESSLINT_SEEDS ?? path.join(__dirname, '..', 'seeds'),
    serverScript: __filename,
    version: pkg.version,
  });
}
