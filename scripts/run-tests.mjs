// Runs mocha over test/**/*.test.ts and closes with the line CI counts: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const out = path.join(root, 'test-results');
fs.mkdirSync(out, { recursive: true });
const jsonFile = path.join(out, 'mocha.json');
fs.rmSync(jsonFile, { force: true });
const extra = process.argv.slice(2);
const r = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/mocha/bin/mocha.js'),
    '--import=tsx',
    '--require', path.join(root, 'test/leftoverProcesses.cjs'),
    '--reporter', path.join(root, 'test/reporter.cjs'),
    '--timeout', '20000',
    ...(extra.length ? extra : ['test/**/*.test.ts']),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, PRESSLINT_TEST_STATS: jsonFile } },
);
let passed = 0, failed = 0;
try {
  const stats = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  passed = stats.passes; failed = stats.failures;
} catch {
  failed = Math.max(1, failed);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(r.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
