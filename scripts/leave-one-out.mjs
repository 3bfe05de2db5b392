#!/usr/bin/env node
// npm run eval:unseen: published releases the learner has not seen. Each release of a corpus (the seeds and the
// invented corpora in test/fixtures/corpus-*) is linted against a term base learned from the other releases of
// its corpus, as a new release would be against the releases before it. These are correct texts apart from the
// slips their authors planted in the corpora (listed in each corpus's README.md; the seeds' are in the dev set's),
// so nearly every diagnostic is a false positive on real text. Uses the built engine (dist/engine.js).
//
// Usage: node scripts/leave-one-out.mjs [--verbose] [DIR ...]   (default: seeds and every test/fixtures/corpus-*)
// Exit: 0 when run (whatever the count), 1 when the engine is not built or a folder cannot be read.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const enginePath = path.join(root, 'dist/engine.js');
if (!fs.existsSync(enginePath)) {
  console.error('presslint eval:unseen: dist/engine.js is missing; run `npm run build` first.');
  process.exit(1);
}
const engine = createRequire(import.meta.url)(enginePath);
const fixtures = path.join(root, 'test/fixtures');
const dirs = args.filter((a) => !a.startsWith('-'));
const corpora = dirs.length
  ? dirs.map((d) => path.resolve(d))
  : [path.join(root, 'seeds'), ...fs.readdirSync(fixtures).filter((d) => /^corpus-[a-z]+$/.test(d)).sort().map((d) => path.join(fixtures, d))];

const lines = [];
const byRule = new Map();
let releases = 0;
let total = 0;
lines.push('corpus          releases  diagnostics');
for (const dir of corpora) {
  const { documents } = await engine.readCorpus([dir], { displayBase: root });
  let n = 0;
  const found = [];
  for (const doc of documents) {
    const tb = engine.learnTermBase(documents.filter((d) => d !== doc));
    for (const d of engine.lintText(doc.text, tb, { file: doc.file })) {
      n++;
      byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
      const line = doc.text.slice(0, d.start).split('\n').length;
      found.push(`  ${doc.file}:${line} ${d.ruleId} [${doc.text.slice(d.start, d.end)}] -> ${JSON.stringify(d.suggestions?.[0] ?? null)}  ${d.message}`);
    }
  }
  releases += documents.length;
  total += n;
  lines.push(`${path.basename(dir).padEnd(16)}${String(documents.length).padStart(8)}${String(n).padStart(13)}`);
  if (verbose) lines.push(...found);
}
lines.push(`${'all'.padEnd(16)}${String(releases).padStart(8)}${String(total).padStart(13)}`);
lines.push(`by rule: ${[...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`);
console.log(lines.join('\n'));
