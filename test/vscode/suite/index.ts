// Entry point the VS Code extension host calls (extensionTestsPath): runs the suite with mocha.
import Mocha from 'mocha';
import { registerPresslintSuite } from './presslint.vscode';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 60_000 });
  // Defines describe/it as globals for the suite, as mocha does for the files it loads itself.
  mocha.suite.emit('pre-require', globalThis, 'presslint.vscode.ts', mocha);
  registerPresslintSuite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
