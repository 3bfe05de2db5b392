// The server's V8 flags (--optimize-for-size) are lifted for the learning worker: V8 flags belong to the
// process, and the flag gives every heap made while it is set a tiny young generation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root } from './harness';

describe('LSP server V8 flags', () => {
  it('a worker started while liftHeapFlags holds gets the young generation of a plain process; the flags return after', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/lsp/v8FlagsProbe.ts')], { cwd: root, encoding: 'utf8' });
    const r = JSON.parse(out) as Record<'plain' | 'tight' | 'lifted' | 'stillLifted' | 'restored', number>;
    assert.ok(r.tight < r.plain, `--optimize-for-size shrinks a worker's heap limit: ${out}`);
    assert.equal(r.lifted, r.plain, out);
    assert.equal(r.stillLifted, r.plain, `lifted until the last holder releases: ${out}`);
    assert.equal(r.restored, r.tight, out);
  });
});
