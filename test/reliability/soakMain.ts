// `npm run soak`: the full server soak (20,000 operations after 2,000 of warm-up; `--operations N` and
// `--seed N` to change them). Prints the figures and exits 1 when a check fails (see soakDriver.ts).
import { parseArgs } from 'node:util';
import { formatFigures, runSoak } from './soakDriver';
import { SEED } from './arbitraries';

const { values } = parseArgs({ options: { operations: { type: 'string' }, warmup: { type: 'string' }, seed: { type: 'string' } } });
const operations = Number(values.operations ?? 20_000);
const warmup = Number(values.warmup ?? 2_000);
const seed = Number(values.seed ?? SEED);

console.log(`presslint server soak: ${operations} operations after ${warmup} of warm-up, seed ${seed}`);
runSoak({ operations, warmup, seed, log: (l) => console.log(l) }).then(
  (f) => {
    console.log(`\n${formatFigures(f)}`);
    const failures = [
      f.unanswered ? `${f.unanswered} requests unanswered` : '',
      f.unexpectedErrors.length ? `${f.unexpectedErrors.length} well-formed requests failed: ${f.unexpectedErrors.slice(0, 3).join('; ')}` : '',
      f.malformedReplies.length ? `${f.malformedReplies.length} replies were not JSON-RPC` : '',
      f.serverAlive ? '' : 'the server exited',
      f.exitCode === 0 ? '' : `exit code after shutdown/exit: ${f.exitCode}`,
      f.corpusPickedUp ? '' : 'the corpus file added mid-run was not picked up',
      f.rssKb.afterWarmup && f.rssKb.afterRun && f.rssKb.afterRun > f.rssKb.afterWarmup * 1.2 ? 'VmRSS grew more than 20% after warm-up' : '',
    ].filter(Boolean);
    console.log(failures.length ? `\nFAILED: ${failures.join('; ')}` : '\nOK: every request answered, the server never exited, memory within 20% of warm-up, corpus change picked up');
    process.exit(failures.length ? 1 : 0);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
