// The extension host's entry (extensionTestsPath) for running the test/vscode suite inside
// code-server: the same suite `npm run test:vscode` runs in desktop VS Code, with a reporter that
// prints each test and writes the counts to E2E_SUITE_RESULTS (a path fixed at bundle time by
// test/e2e/vscode-suite.mjs, since the browser workbench does not pass an environment through).
import fs from 'node:fs';
import Mocha from 'mocha';
import { registerPresslintSuite } from '../vscode/suite/presslint.vscode';

declare const E2E_SUITE_RESULTS: string;

type Result = { title: string; ok: boolean; message?: string };

class CountingReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const results: Result[] = [];
    runner.on('pass', (test) => {
      results.push({ title: test.fullTitle(), ok: true });
      console.log(`  ✓ ${test.fullTitle()}`);
    });
    runner.on('fail', (test, err: Error) => {
      results.push({ title: test.fullTitle(), ok: false, message: err?.stack ?? String(err) });
      console.log(`  ✗ ${test.fullTitle()}: ${err?.message}`);
    });
    runner.once('end', () => {
      const passed = results.filter((r) => r.ok).length;
      fs.writeFileSync(E2E_SUITE_RESULTS, JSON.stringify({ passed, failed: results.length - passed, results }, null, 2));
    });
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: CountingReporter });
  mocha.suite.emit('pre-require', globalThis, 'presslint.vscode.ts', mocha);
  registerPresslintSuite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
