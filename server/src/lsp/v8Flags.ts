// The server's V8 flags. V8 flags belong to the process, not to a thread: a learning worker started while
// they are set runs with them too, and --optimize-for-size suits the server but not a learner.
import v8 from 'node:v8';

let tight = false;
let lifted = 0;

/**
 * A long-running process with a small live set (the term base, open drafts): keep the heap tight rather than let
 * garbage pile up between full collections (the soak: resident memory stays flat).
 */
export function keepHeapTight(): void {
  tight = true;
  v8.setFlagsFromString('--optimize-for-size');
}

/**
 * Lifts keepHeapTight's flags until the returned function is called (once the worker started after this call has
 * exited). A learner's live set is large (the analyzed releases: 600 MB for 10,000), and --optimize-for-size
 * would give its heap a 1 MB semi-space and collect it in full over and over: a 10,000-release corpus took 75 s
 * instead of 16 s in a worker, 7,700 collections instead of 480. Instead the old generation grows by 20% at a
 * time rather than by V8's larger factors: with 10,000 releases the server process peaks at ~840 MB instead of
 * ~1,040, for a little more time collecting. The server thread runs with these flags meanwhile; calls nest.
 */
export function liftHeapFlags(): () => void {
  if (!tight) return () => {};
  // --optimize-for-size set the semi-space size flag as it was turned on, and turning it off leaves that set:
  // 0 is V8's default size. Heaps that exist keep the sizes they were made with: only the worker's changes.
  if (lifted++ === 0) v8.setFlagsFromString('--no-optimize-for-size --max-semi-space-size=0 --heap-growing-percent=20');
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (--lifted === 0) v8.setFlagsFromString('--optimize-for-size --heap-growing-percent=0');
  };
}
