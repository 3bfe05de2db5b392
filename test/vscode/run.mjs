// Runs the editor integration suite (test/vscode/suite) inside a real VS Code with
// @vscode/test-electron: `npm run test:vscode`. It downloads VS Code unless VSCODE_EXECUTABLE
// points at an installed one, so it is not part of `npm test`.
//   VSCODE_EXECUTABLE=/path/to/code  use this VS Code build instead of downloading one
//   VSCODE_VERSION=1.91.0            which version to download (default: stable)
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const out = path.join(root, '.cache', 'vscode-suite');

// The suite and mocha in one CommonJS file: the extension host loads it with require().
await esbuild.build({
  entryPoints: [path.join(here, 'suite', 'index.ts')],
  outfile: path.join(out, 'index.js'),
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'error', // mocha's parallel mode (unused) trips require.resolve warnings
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});

// A fresh copy of the fixture workspace, so edits made by the tests never touch the repository.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-vscode-'));
fs.cpSync(path.join(here, 'workspace'), workspace, { recursive: true });

try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(out, 'index.js'),
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    version: process.env.VSCODE_VERSION || undefined,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    extensionTestsEnv: { PRESSLINT_VSCODE_WORKSPACE: workspace },
  });
} catch (err) {
  console.error(`VS Code integration tests failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
