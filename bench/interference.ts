// How much other work between lints slows a lint (not part of npm run bench): the 600-word draft linted against
// the seed term base, after nothing, after a task that only allocates (40,000 small objects, kept until the next
// round) and after one that only reads 32 MB (no allocation: it evicts the lint's data from the CPU's caches).
//
//   node --import tsx bench/interference.ts [dir with engine.js, default dist]
import path from 'node:path';
import { generateDraft, makeWorld } from './generateCorpus';

async function main() {
  const root = path.resolve(__dirname, '..');
  const engine = require(path.join(process.argv[2] ?? path.join(root, 'dist'), 'engine.js'));
  engine.keepLintAllocationsYoung?.();
  const tb = engine.learnTermBase((await engine.readCorpus([path.join(root, 'seeds')], { displayBase: root })).documents);
  const text = generateDraft(makeWorld(), 'draft-600', { words: 600 }).text;
  const big = new Float64Array(4 * 1024 * 1024);
  let kept: unknown[] = [];
  const tasks: Record<string, () => void> = {
    nothing: () => {},
    allocates: () => {
      const a: unknown[] = [];
      for (let i = 0; i < 40000; i++) a.push({ i, s: `x${i}` });
      kept = a;
    },
    'reads 32 MB': () => {
      let sum = 0;
      for (let i = 0; i < big.length; i += 8) sum += big[i];
      big[0] = sum;
    },
  };
  for (const [name, task] of Object.entries(tasks)) {
    const times: number[] = [];
    for (let r = 0; r < 1500; r++) {
      task();
      const t = performance.now();
      engine.lintText(text, tb);
      times.push(performance.now() - t);
    }
    const v = times.slice(300).sort((a, b) => a - b);
    console.log(`after a task that ${name}: lint median ${v[v.length >> 1].toFixed(3)} ms, p25 ${v[v.length >> 2].toFixed(3)} ms`);
  }
  void kept;
}
main();
