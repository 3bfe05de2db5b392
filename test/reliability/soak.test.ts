// The server soak in a reduced size (1,500 operations after 1,500 of warm-up, in seconds); `npm run soak` runs
// the full 20,000 and prints the same figures. See soakDriver.ts for what is sent and checked.
import { strict as assert } from 'node:assert';
import { ensureBuilt } from '../lsp/fixtures';
import { formatFigures, runSoak, type SoakFigures } from './soakDriver';
import { SEED } from './arbitraries';

describe('server soak (reduced: 1,500 operations)', function () {
  this.timeout(300_000);
  let f: SoakFigures;
  before(async () => {
    ensureBuilt();
    f = await runSoak({ operations: 1_500, warmup: 1_500, seed: SEED });
    console.log(formatFigures(f).replace(/^/gm, '      '));
  });

  it('answers every request: a result, or a JSON-RPC error only where one is due', () => {
    assert.equal(f.unanswered, 0, 'unanswered requests');
    assert.deepEqual(f.malformedReplies, []);
    assert.deepEqual(f.unexpectedErrors, [], 'well-formed requests that failed');
    assert.ok(f.requests > 800, `requests sent: ${f.requests}`);
    for (const code of Object.keys(f.outcomes)) {
      assert.ok(['ok', '-32601', '-32602', '-32800', '-32803'].includes(code), `error code ${code}`);
    }
    assert.ok((f.outcomes['-32601'] ?? 0) > 0 && (f.outcomes['-32803'] ?? 0) + (f.outcomes['-32602'] ?? 0) > 0, 'unknown methods and malformed params were sent and refused');
  });

  it('never exits, and exits cleanly after shutdown and exit', () => {
    assert.equal(f.serverAlive, true);
    assert.equal(f.exitCode, 0);
  });

  it('keeps its memory: VmRSS after the run within 20% of after warm-up', function () {
    if (f.rssKb.afterWarmup === undefined || f.rssKb.afterRun === undefined) this.skip(); // no /proc
    assert.ok(f.rssKb.afterRun! <= f.rssKb.afterWarmup! * 1.2, `VmRSS ${f.rssKb.afterWarmup} kB -> ${f.rssKb.afterRun} kB`);
  });

  it('picks up a corpus file added mid-run (its programme is then checked)', () => {
    assert.equal(f.corpusPickedUp, true);
  });
});
