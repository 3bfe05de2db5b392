#!/usr/bin/env node
// npm run eval:unseen: published releases the learner has not seen. Each release of a corpus (the seeds and the
// invented corpora in test/fixtures/corpus-*) is linted against a term base learned from the other releases of
// its corpus, as a new release would be against the releases before it. These are correct texts apart from the
// slips their authors planted in the corpora (listed in each corpus's README.md; the seeds' are in the dev set's),
// so nearly every diagnostic is a false positive on real text. A second column lints each release against only
// the releases dated before it (from the third on), as a press office would: new people, promotions and titles
// the corpus has not seen yet. Uses the built engine (dist/engine.js).
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
let totalBefore = 0;
let releasesBefore = 0;
lines.push('corpus          releases  against the rest  against earlier ones (releases)');
const lintAgainst = (doc, others, found, tag) => {
  const tb = engine.learnTermBase(others);
  const diags = engine.lintText(doc.text, tb, { file: doc.file });
  for (const d of diags) {
    byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
    const line = doc.text.slice(0, d.start).split('\n').length;
    found.push(`  ${tag} ${doc.file}:${line} ${d.ruleId} [${doc.text.slice(d.start, d.end)}] -> ${JSON.stringify(d.suggestions?.[0] ?? null)}  ${d.message}`);
  }
  return diags.length;
};
for (const dir of corpora) {
  const { documents } = await engine.readCorpus([dir], { displayBase: root });
  const found = [];
  let n = 0;
  for (const doc of documents) n += lintAgainst(doc, documents.filter((d) => d !== doc), found, 'rest   ');
  // In date order (undated releases last); the first two have too little before them to learn from.
  const dated = documents.map((d) => ({ d, date: engine.parseDraft(d.text).date ?? '9999' })).sort((a, b) => a.date.localeCompare(b.date) || a.d.file.localeCompare(b.d.file)).map((x) => x.d);
  let before = 0;
  for (let i = 2; i < dated.length; i++) before += lintAgainst(dated[i], dated.slice(0, i), found, 'earlier');
  releases += documents.length;
  releasesBefore += Math.max(0, dated.length - 2);
  total += n;
  totalBefore += before;
  lines.push(`${path.basename(dir).padEnd(16)}${String(documents.length).padStart(8)}${String(n).padStart(18)}${String(before).padStart(22)} (${Math.max(0, dated.length - 2)})`);
  if (verbose) lines.push(...found);
}
lines.push(`${'all'.padEnd(16)}${String(releases).padStart(8)}${String(total).padStart(18)}${String(totalBefore).padStart(22)} (${releasesBefore})`);
lines.push(`by rule (both columns): ${[...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`);
console.log(lines.join('\n'));
