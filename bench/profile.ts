// Profiling helper for the engine's slow spots (not part of npm run bench). Runs one scenario against the
// built engine (dist/engine.js), profiling only the measured part with the V8 profiler (the same profile
// node --cpu-prof writes), saves it to bench/out/prof/<scenario>.cpuprofile (open it in Chrome DevTools)
// and prints the top self-time functions, mapped to the sources through the bundle's source map:
//
//   node --import tsx bench/profile.ts lint-1mb [N]
//   node --import tsx bench/profile.ts top some.cpuprofile [N]     (any profile, e.g. from node --cpu-prof)
//
// Scenarios: lint-1mb (1 MB draft, seed term base), lint-600 (600-word draft, seed term base, 2,000 times), lint-600-10k (600-word draft, 10,000-release term
// base, 200 times), learn-10k (learn the 10,000-release corpus once).
import fs from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import { createRequire, SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CorpusDocument, LintDiagnostic, ReadCorpusOptions, CorpusReadResult, TermBase } from '../server/src/engine';
import { generateCorpus, generateDraft, makeWorld } from './generateCorpus';

interface Engine {
  learnTermBase(docs: CorpusDocument[]): TermBase;
  lintText(text: string, tb: TermBase): LintDiagnostic[];
  readCorpus(paths: string[], opts?: ReadCorpusOptions): Promise<CorpusReadResult>;
  keepLintAllocationsYoung?(): void;
}

const root = path.resolve(__dirname, '..');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

const maps = new Map<string, SourceMap | null>();

/** "function file.ts:line" through the bundle's source map (the bundles are minified). */
function where(f: ProfileNode['callFrame']): string {
  const name = f.functionName || '(anonymous)';
  if (!f.url.startsWith('file:')) return `${name} ${path.basename(f.url)}`;
  const file = fileURLToPath(f.url);
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  const entry = maps.get(file)?.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string; originalLine?: number; name?: string } | undefined;
  if (!entry?.originalSource) return `${name} ${path.basename(file)}:${f.lineNumber + 1}`;
  const src = entry.originalSource.replace(/^.*?(server\/src\/|node_modules\/)/, '$1');
  return `${entry.name && name === '(anonymous)' ? entry.name : name} ${src}:${(entry.originalLine ?? 0) + 1}`;
}

/** The functions with the most self time in a .cpuprofile. */
export function topSelf(file: string, n = 15): { fn: string; ms: number; share: number }[] {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(prof.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const dt = (prof.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const key = where(node.callFrame).slice(0, 110);
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, ms]) => ({ fn, ms, share: ms / total }));
}

/**
 * The 10,000-release term base, kept in bench/out/ between runs (learning it takes half a minute) so
 * that profiling a lint change is quick; delete bench/out/profile-tb-10k.json after changing the learner.
 */
function tenKTermBase(engine: Engine, world: ReturnType<typeof makeWorld>): TermBase {
  const file = path.join(root, 'bench', 'out', 'profile-tb-10k.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as TermBase;
  } catch {
    const tb = engine.learnTermBase(generateCorpus(10_000, world));
    fs.writeFileSync(file, JSON.stringify(tb));
    return tb;
  }
}

async function main(argv: string[]) {
  const [scenario, ...rest] = argv;
  if (scenario === 'top') {
    for (const r of topSelf(rest[0], Number(rest[1] ?? 15))) console.log(`${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.fn}`);
    return;
  }
  // A private copy of the bundle, so a rebuild while this runs cannot change the code or its source map.
  const snap = fs.mkdtempSync(path.join(root, 'bench', 'out', 'engine-'));
  for (const f of ['engine.js', 'engine.js.map']) fs.copyFileSync(path.join(root, 'dist', f), path.join(snap, f));
  fs.cpSync(path.join(root, 'dist', 'dictionary'), path.join(snap, 'dictionary'), { recursive: true });
  const engine = createRequire(__filename)(path.join(snap, 'engine.js')) as Engine;
  // As the CLI, the server and the bench run it (engine/lintHeap.ts).
  engine.keepLintAllocationsYoung?.();
  const world = makeWorld();
  const seeds = (await engine.readCorpus([path.join(root, 'seeds')], { displayBase: root })).documents;
  let run: () => void;
  if (scenario === 'lint-1mb') {
    const tb = engine.learnTermBase(seeds);
    const text = generateDraft(world, 'draft-1mb', { bytes: 1024 * 1024 }).text;
    engine.lintText(text, tb);
    run = () => {
      for (let i = 0; i < 3; i++) engine.lintText(text, tb);
    };
  } else if (scenario === 'lint-600') {
    const tb = engine.learnTermBase(seeds);
    const text = generateDraft(world, 'draft-600', { words: 600 }).text;
    engine.lintText(text, tb);
    run = () => {
      for (let i = 0; i < 2000; i++) engine.lintText(text, tb);
    };
  } else if (scenario === 'lint-600-10k') {
    const tb = tenKTermBase(engine, world);
    const text = generateDraft(world, 'draft-600', { words: 600 }).text;
    engine.lintText(text, tb);
    run = () => {
      for (let i = 0; i < 500; i++) engine.lintText(text, tb);
    };
  } else if (scenario === 'learn-10k') {
    const docs = generateCorpus(10_000, world);
    engine.learnTermBase(seeds);
    run = () => engine.learnTermBase(docs);
  } else {
    throw new Error(`unknown scenario ${scenario}`);
  }
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  const t = performance.now();
  run();
  const ms = performance.now() - t;
  const { profile } = await post('Profiler.stop');
  const dir = path.join(root, 'bench', 'out', 'prof');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${scenario}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  console.log(`${scenario}: ${ms.toFixed(0)} ms profiled -> ${path.relative(root, file)}`);
  for (const r of topSelf(file, Number(rest[0] ?? 15))) console.log(`${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.fn}`);
  fs.rmSync(snap, { recursive: true, force: true });
}

// Run as a script only: other bench helpers import topSelf.
if (require.main === module) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
