// Small statistics and formatting helpers for the bench.
import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';
import { Bench } from 'tinybench';

export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Least-squares slope of log(y) against log(x): the growth exponent (1 = linear). */
export function logLogSlope(points: readonly { x: number; y: number }[]): number {
  const ps = points.filter((p) => p.x > 0 && p.y > 0);
  if (ps.length < 2) return NaN;
  const lx = ps.map((p) => Math.log(p.x));
  const ly = ps.map((p) => Math.log(p.y));
  const mx = lx.reduce((a, b) => a + b, 0) / ps.length;
  const my = ly.reduce((a, b) => a + b, 0) / ps.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < ps.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

export interface Timing {
  /** Milliseconds, one per timed run. */
  samples: number[];
  median: number;
  p95: number;
  min: number;
  /** Garbage collection while it was measured (warm-up included), when measured by `measure`. */
  gc?: GcTime;
}

export interface GcTime {
  /** Scavenges (young generation) and full collections: count and milliseconds of pause. */
  scavenges: number;
  scavengeMs: number;
  fullMs: number;
  /** Their share of the measurement's wall time. */
  share: number;
}

export function timingOf(samples: number[]): Timing {
  return { samples, median: median(samples), p95: quantile(samples, 0.95), min: Math.min(...samples) };
}

export interface MeasureOptions {
  /** Wall-time budget for the timed runs, in ms (tinybench runs at least `minSamples` and at least this long). */
  budgetMs?: number;
  minSamples?: number;
  /** Untimed runs first (JIT, caches); 0 when earlier runs already warmed the code up. */
  warmup?: number;
  /** ...and at least this long of them (ms). */
  warmupMs?: number;
}

/**
 * Times `fn` with tinybench: `warmup` untimed runs, then at least `minSamples` timed runs and at
 * least `budgetMs` of them. Slow functions (one run over the budget) get `minSamples` runs only.
 */
export async function measure(name: string, fn: () => unknown | Promise<unknown>, opts: MeasureOptions = {}): Promise<Timing> {
  const bench = new Bench({
    name,
    iterations: opts.minSamples ?? 5,
    time: opts.budgetMs ?? 1000,
    warmupIterations: opts.warmup ?? 1,
    warmupTime: opts.warmupMs ?? 0,
    retainSamples: true,
    throws: true,
  });
  bench.add(name, fn);
  // GC pauses fall inside the timed runs, so they are in the numbers; reported too, so a change in how much a
  // lint leaves for the collector shows (a lint's garbage promoted to the old generation once cost 20%).
  const pauses: { kind: number; ms: number }[] = [];
  const record = (e: PerformanceEntry) => pauses.push({ kind: (e as unknown as { detail: { kind: number } }).detail.kind, ms: e.duration });
  const observer = new PerformanceObserver((list) => list.getEntries().forEach(record));
  observer.observe({ entryTypes: ['gc'] });
  const started = performance.now();
  await bench.run();
  const wallMs = performance.now() - started;
  // Node queues GC entries from the collector's callbacks on the event loop: let them through first.
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.takeRecords().forEach(record);
  observer.disconnect();
  const minor = pauses.filter((p) => p.kind === constants.NODE_PERFORMANCE_GC_MINOR);
  const scavengeMs = minor.reduce((n, p) => n + p.ms, 0);
  const fullMs = pauses.filter((p) => p.kind === constants.NODE_PERFORMANCE_GC_MAJOR).reduce((n, p) => n + p.ms, 0);
  const gcTime: GcTime = { scavenges: minor.length, scavengeMs, fullMs, share: wallMs > 0 ? (scavengeMs + fullMs) / wallMs : 0 };
  const result = bench.tasks[0].result as { latency?: { samples?: number[] } } | undefined;
  const samples = result?.latency?.samples ?? [];
  if (!samples.length) throw new Error(`${name}: no samples`);
  return { ...timingOf([...samples]), gc: gcTime };
}

/** "GC 6%" for a table cell. */
export const fmtGcShare = (gc?: GcTime) => (gc ? `GC ${(gc.share * 100).toFixed(gc.share < 0.1 ? 1 : 0)}%` : '');

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function fmtRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '–';
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k`;
  return perSecond.toFixed(0);
}

export const fmtInt = (n: number) => n.toLocaleString('en-US');

export const gc = () => (globalThis as { gc?: () => void }).gc?.();
