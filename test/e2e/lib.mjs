// Small helpers shared by the e2e drivers: named checks with a tally written to a results file
// (run.sh sums them into the closing "N passed, N failed" line), and playwright-core from .e2e/.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export function env(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run test/e2e/run.sh)`);
  return v;
}

/** playwright-core, installed by run.sh into .e2e/tools (not a project dependency). */
export function playwright() {
  return createRequire(path.join(env('E2E_TOOLS'), 'noop.js'))('playwright-core');
}

export class Tally {
  constructor(name) {
    this.name = name;
    this.passed = 0;
    this.failed = 0;
    this.results = [];
    this.t0 = Date.now();
  }

  log(message) {
    console.log(`    [${((Date.now() - this.t0) / 1000).toFixed(1)}s] ${message}`);
  }

  /** Runs one named check; a thrown error fails it (and is printed), the next check still runs. */
  async check(title, fn, onFail) {
    const t = Date.now();
    const took = () => `(${((Date.now() - t) / 1000).toFixed(1)}s)`; // for the log only, never asserted
    try {
      await fn();
      this.passed++;
      this.results.push({ title, ok: true });
      console.log(`  ✓ ${title} ${took()}`);
      return true;
    } catch (err) {
      this.failed++;
      const message = err instanceof Error ? err.message : String(err);
      this.results.push({ title, ok: false, message });
      console.log(`  ✗ ${title} ${took()}\n      ${message.split('\n').join('\n      ')}`);
      if (onFail) await onFail(title).catch(() => {});
      return false;
    }
  }

  /** A result that was decided elsewhere (the extension host's mocha run). */
  record(title, ok, message) {
    if (!ok) return this.fail(title, message ?? 'failed');
    this.passed++;
    this.results.push({ title, ok: true });
    console.log(`  ✓ ${title}`);
  }

  fail(title, message) {
    this.failed++;
    this.results.push({ title, ok: false, message });
    console.log(`  ✗ ${title}\n      ${message}`);
  }

  write() {
    const file = path.join(env('E2E_RUN'), 'results', `${this.name}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ passed: this.passed, failed: this.failed, results: this.results }, null, 2));
    console.log(`  ${this.name}: ${this.passed} passed, ${this.failed} failed`);
  }
}

/** Polls `probe` until it returns something other than undefined (the file system, not the UI). */
export async function until(what, probe, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/** Chromium flags for a headless, offline, throwaway browser (Playwright rejects --user-data-dir in args). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium's environment: a HOME inside the run folder, so it leaves nothing in the real one. */
export function chromiumEnv() {
  const home = path.join(env('E2E_RUN'), 'chromium-home');
  fs.mkdirSync(home, { recursive: true });
  return { ...process.env, HOME: home };
}
