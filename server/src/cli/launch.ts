// The `presslint` command's entry: runs the CLI bundle (dist/cli-main.js) through V8's code cache. Compiling
// the 700 KB bundle, and then each function a lint calls, cost ~100 ms of every start, and a CI job starts
// the CLI often; Node 20 has no module.enableCompileCache, so the cache is kept by hand next to the term
// base cache. A missing, stale or rejected cache only costs one normal start (and is rewritten).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { defaultCacheDir } from '../engine/cache/cacheDir';
import { keepLintAllocationsYoung } from '../engine/lintHeap';

declare const __PRESSLINT_BUILD__: string | undefined;

// A CLI run is short: V8's optimizing compiler, started at its default budget, spends more on compiling (and
// deoptimizing) functions that run a few thousand times than the run gains. A later start measured 45 short
// drafts 600 -> 525 ms, and a 1 MB draft unchanged (1.4 s). Only this process; the language server keeps defaults.
v8.setFlagsFromString('--interrupt-budget=1000000');
keepLintAllocationsYoung();

const main = path.join(__dirname, 'cli-main.js');
const source = fs.readFileSync(main, 'utf8');
const dir = typeof __PRESSLINT_BUILD__ === 'string' ? defaultCacheDir() : undefined;
const cacheFile = dir && path.join(dir, `cli-${__PRESSLINT_BUILD__}-${process.versions.v8}-${process.arch}.code`);
let cachedData: Buffer | undefined;
try {
  if (cacheFile) cachedData = fs.readFileSync(cacheFile);
} catch {
  /* first start of this build */
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: main, cachedData });
if (cacheFile && (!cachedData || script.cachedDataRejected)) {
  // Written at exit, so the cache also holds the functions this run compiled lazily (most of a lint).
  process.once('exit', () => {
    try {
      fs.mkdirSync(dir!, { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
      // Other builds' caches are dead weight (about 1 MB each).
      for (const f of fs.readdirSync(dir!)) if (/^cli-.*\.code$/.test(f) && f !== path.basename(cacheFile)) fs.rmSync(path.join(dir!, f), { force: true });
    } catch {
      /* a read-only or full disk only costs the next start its compile time */
    }
  });
}
const mod = { exports: {} as unknown, filename: main, id: main };
(script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, createRequire(main), mod, main, __dirname);
