// Mocha root hooks (loaded by scripts/run-tests.mjs with --require): every child process a test starts
// with spawn or fork is remembered with the test that started it. After the last test, any still running
// is a test that did not clean up: it is killed (so the run can end; a live child's pipes would keep
// mocha waiting forever) and the "after all" hook fails, naming the test and the command.
const childProcess = require('node:child_process');
const { syncBuiltinESMExports } = require('node:module');

const running = new Set();
let currentTest = '(before the first test)';

for (const name of ['spawn', 'fork']) {
  const original = childProcess[name];
  childProcess[name] = function (...args) {
    const child = original.apply(this, args);
    const entry = { child, test: currentTest };
    running.add(entry);
    child.once('exit', () => running.delete(entry));
    child.once('error', () => running.delete(entry)); // never started
    return child;
  };
}
syncBuiltinESMExports(); // `import { spawn } from 'node:child_process'` sees the wrapped functions too

exports.mochaHooks = {
  beforeEach() {
    currentTest = this.currentTest?.fullTitle() ?? currentTest;
  },
  async afterAll() {
    // A child asked to exit in a test's own cleanup may need a moment to go.
    const deadline = Date.now() + 5_000;
    while ([...running].some((e) => e.child.exitCode === null && e.child.signalCode === null) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const left = [...running].filter((e) => e.child.exitCode === null && e.child.signalCode === null);
    for (const e of left) e.child.kill('SIGKILL');
    running.clear();
    if (left.length) {
      const lines = left.map((e) => `  pid ${e.child.pid} (${e.child.spawnargs.join(' ').slice(0, 200)}), started in "${e.test}"`);
      throw new Error(`${left.length} child process(es) still running after the tests; killed:\n${lines.join('\n')}`);
    }
  },
};
