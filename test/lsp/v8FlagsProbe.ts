// Run in a process of its own by v8Flags.test.ts (V8 flags are per process): the heap size limit of worker
// threads started before keepHeapTight, after it, while liftHeapFlags holds and after it is released, as JSON.
import { Worker } from 'node:worker_threads';
import { keepHeapTight, liftHeapFlags } from '../../server/src/lsp/v8Flags';

// heap_size_limit includes the young generation: 3 semi-spaces, 1 MB each under --optimize-for-size.
const heapLimit = () =>
  new Promise<number>((resolve, reject) => {
    const w = new Worker(`require('node:worker_threads').parentPort.postMessage(require('node:v8').getHeapStatistics().heap_size_limit)`, { eval: true });
    w.once('message', (n: number) => void w.terminate().then(() => resolve(n)));
    w.once('error', reject);
  });

async function main(): Promise<void> {
  const plain = await heapLimit();
  keepHeapTight();
  const tight = await heapLimit();
  const restore = liftHeapFlags();
  const restoreNested = liftHeapFlags();
  const lifted = await heapLimit();
  restoreNested();
  const stillLifted = await heapLimit();
  restore();
  restore(); // a second call changes nothing
  const restored = await heapLimit();
  process.stdout.write(JSON.stringify({ plain, tight, lifted, stillLifted, restored }));
}
void main();
