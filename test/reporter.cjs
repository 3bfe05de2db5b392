// Mocha reporter: the usual spec output, plus the run's counts written to test-results/mocha.json
// so scripts/run-tests.mjs can print the closing "N passed, N failed" line that CI reads.
//
// Mocha (without --exit) waits for the event loop to empty after the last test. Something a test left
// alive (a child process, a socket, a timer) would then hang the whole run until CI's time limit, with no
// word of why. So when the run ends a grace period starts (an unref'd timer: it never keeps the process
// alive itself); if the process is still alive when it ends, what keeps it alive is printed, the run
// counts one more failure, and the process exits.
const fs = require('node:fs');
const path = require('node:path');
const specModule = require('mocha/lib/reporters/spec');
const Spec = specModule.Spec ?? specModule; // mocha 12 exports { Spec }

const GRACE_MS = Number(process.env.PRESSLINT_TEST_EXIT_GRACE_MS) || 90_000;

function describeHandle(h) {
  const name = h?.constructor?.name ?? typeof h;
  if (Array.isArray(h?.spawnargs)) return `${name} pid ${h.pid}: ${h.spawnargs.join(' ').slice(0, 300)}`;
  if (name === 'Socket') return `${name} fd ${h._handle?.fd ?? '?'}${h.remotePort ? ` to port ${h.remotePort}` : ''}`;
  if (name === 'Server') return `${name} ${JSON.stringify(h.address?.() ?? null)}`;
  // Which timer: its delay and the start of its callback's source (a rare lingering Timeout was seen once).
  if (name === 'Timeout') return `${name} of ${h._idleTimeout} ms: ${String(h._onTimeout).replace(/\s+/g, ' ').slice(0, 200)}`;
  return name;
}

class CountingSpec extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.PRESSLINT_TEST_STATS || path.join(process.cwd(), 'test-results', 'mocha.json');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(runner.stats));
      setTimeout(() => {
        const handles = (process._getActiveHandles?.() ?? []).map(describeHandle);
        console.log(`\nThe tests ended ${GRACE_MS / 1000} s ago, but something a test left keeps the process alive:`);
        console.log(`  resources: ${process.getActiveResourcesInfo().join(', ')}`);
        for (const h of handles) console.log(`  - ${h}`);
        fs.writeFileSync(file, JSON.stringify({ ...runner.stats, failures: runner.stats.failures + 1, leftAlive: handles }));
        process.exit(1);
      }, GRACE_MS).unref();
    });
  }
}
module.exports = CountingSpec;
