// Runs the test/vscode suite (written against the vscode API for @vscode/test-electron) inside
// code-server's extension host: a browser window whose URL carries the same extension-development
// payload VS Code's own web test runner uses (extensionDevelopmentPath + extensionTestsPath, as
// vscode-remote URIs), so the workbench starts the remote extension host in test mode. When the
// suite ends the extension host exits and the workbench calls window.codeAutomationExit(code).
// The extension under test is the one installed from the .vsix (its folder is the development path).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, Tally, chromiumEnv, env, playwright } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const url = new URL(env('E2E_URL'));
const run = env('E2E_RUN');
const extDir = env('E2E_EXT_DIR');
const workspace = path.join(run, 'ws-suite');
const out = path.join(run, 'vscode-suite');
const resultsFile = path.join(out, 'results.json');
const tally = new Tally('vscode-suite');

await esbuild.build({
  entryPoints: [path.join(here, 'vscode-suite-entry.ts')],
  outfile: path.join(out, 'index.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  logLevel: 'error',
  define: { E2E_SUITE_RESULTS: JSON.stringify(resultsFile), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});

const remote = (p) => `vscode-remote://${url.host}${p}`;
const payload = [
  ['extensionDevelopmentPath', remote(extDir)],
  ['extensionTestsPath', remote(path.join(out, 'index.js'))],
];
const target = `${url.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

const { chromium } = playwright();
const browserDir = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-e2e-chromium-'));
const ctx = await chromium.launchPersistentContext(browserDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: CHROMIUM_ARGS,
  env: chromiumEnv(),
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
const hostLog = [];
page.on('console', (m) => {
  // The extension host's console (the suite's own reporter lines) is forwarded to the page.
  const text = m.text();
  if (/[✓✗]/.test(text)) hostLog.push(text.replace(/%c|color:[^;]*;?|\s+$/g, ''));
});
let exitCode;
try {
  const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  await page.goto(target);
  tally.log('workbench loaded; the suite runs in the extension host');
  exitCode = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 240_000))]);
  if (exitCode === 'timeout') throw new Error('the extension host did not finish the suite within 240 s');
  let results;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    throw new Error(`the suite wrote no results (extension host exit code ${exitCode})`);
  }
  tally.log(`the extension host exited with ${exitCode}`);
  for (const r of results.results) tally.record(r.title, r.ok, r.message);
  if (results.results.length === 0) tally.fail('test/vscode suite', 'ran no test');
  if (exitCode !== 0 && results.failed === 0) tally.fail('extension host exit code', `exited with ${exitCode} though every test passed`);
} catch (err) {
  tally.fail('test/vscode suite in code-server', err instanceof Error ? err.message : String(err));
  if (hostLog.length) console.log(hostLog.join('\n'));
  await page.screenshot({ path: path.join(run, 'failure-vscode-suite.png') }).catch(() => {});
} finally {
  tally.write();
  await ctx.close().catch(() => {});
  fs.rmSync(browserDir, { recursive: true, force: true });
}
process.exit(tally.failed ? 1 : 0);
