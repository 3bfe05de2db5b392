// The processes that lint start with V8's allocation-site pretenuring off (engine/lintHeap.ts): the CLI before
// its bundle runs, the language server before it serves. What the setting buys is measured by `npm run bench`
// (and its reasoning is in lintHeap.ts); here, that the built entry points apply it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ROOT } from '../cli/helpers';

const FLAG = '--no-allocation-site-pretenuring';

describe('lint heap setting', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  it('the CLI launcher sets it before it runs the CLI bundle', () => {
    const launcher = fs.readFileSync(path.join(ROOT, 'dist', 'cli.js'), 'utf8');
    const at = launcher.indexOf(FLAG);
    assert.ok(at >= 0, 'the launcher sets the flag');
    assert.ok(at < launcher.indexOf('runInThisContext'), 'before the CLI bundle runs');
  });

  it('the language server bundle sets it', () => {
    const server = fs.readFileSync(path.join(ROOT, 'dist', 'server.js'), 'utf8');
    assert.ok(server.includes(FLAG));
  });
});
