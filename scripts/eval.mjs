#!/usr/bin/env node
// npm run eval: scores the real CLI against the dev set.
//
// Runs `node dist/cli.js lint --format json <files...>` (the CLI contract in the design) over
//   - test/fixtures/devset/drafts/*.txt  (planted errors, listed in expected.json)
//   - test/fixtures/devset/clean/*.txt   (look-alikes: every diagnostic is a false positive)
//   - seeds/*.txt                        (real releases: diagnostics listed, not scored)
// A diagnostic matches an expected error when it is in the same file, has the same ruleId and
// their ranges overlap; each expected error and each diagnostic is matched at most once (largest
// overlap first, ties by position, then by output order). Fix accuracy: among matches whose
// expected fix is not empty, the share where suggestions[0] applied to the diagnostic's own
// range gives the same text as the expected fix applied to the expected range.
//
// Usage: node scripts/eval.mjs [--set devset|holdout|holdout-b] [--corpus DIR] [--verbose] [--from-json FILE] [--out FILE] [--cli FILE]
//   --verbose         list every false positive, false negative and wrong fix with its line
//   --from-json FILE  read the diagnostics (CLI json format) from FILE instead of running the CLI
//   --out FILE        where to write the JSON report (default test-results/eval.json)
//   --cli FILE        the CLI to run (default dist/cli.js)
// Exit: 0 when scored (whatever the score), 1 when the CLI failed or its output is unusable.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const RULE_IDS = [
  'person-name',
  'programme-name',
  'org-name',
  'wrong-title',
  'title-org-mismatch',
  'acronym',
  'case-hyphen',
  'inconsistency',
];

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
// --set holdout scores the held-out set written blind (test/fixtures/holdout); the default is the dev set.
const setArg = process.argv.indexOf('--set');
const DEVSET = `test/fixtures/${setArg > 0 ? process.argv[setArg + 1] : 'devset'}`;

function usage(msg) {
  console.error(`${msg}\nusage: node scripts/eval.mjs [--verbose] [--from-json FILE] [--out FILE] [--cli FILE]`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { verbose: false, fromJson: null, out: path.join(root, 'test-results/eval.json'), cli: path.join(root, 'dist/cli.js') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`missing value for ${a}`);
      return path.resolve(argv[++i]);
    };
    if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--from-json') opts.fromJson = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--cli') opts.cli = value();
    else if (a === '--set' || a === '--corpus') i++; // read where used
    else usage(`unknown argument '${a}'`);
  }
  return opts;
}

const rel = (f) => path.relative(root, path.resolve(root, f)).split(path.sep).join('/');
const listTxt = (dir) =>
  fs.existsSync(path.join(root, dir))
    ? fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => `${dir}/${f}`)
    : [];

/** Offsets of line starts, for 1-based line/column (UTF-16 code units) <-> offset. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function toOffset(doc, line, column) {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) return null;
  if (line > doc.starts.length) return null;
  const lineEnd = line < doc.starts.length ? doc.starts[line] - 1 : doc.text.length;
  const off = doc.starts[line - 1] + column - 1;
  return off > lineEnd ? null : off;
}

function lineText(doc, offset) {
  let i = doc.starts.length - 1;
  while (i > 0 && doc.starts[i] > offset) i--;
  const end = i + 1 < doc.starts.length ? doc.starts[i + 1] - 1 : doc.text.length;
  return doc.text.slice(doc.starts[i], end);
}

function runCli(opts, files) {
  if (!fs.existsSync(opts.cli)) {
    console.error(`eval: ${rel(opts.cli)} not found; run \`npm run build\` first (or pass --from-json FILE).`);
    process.exit(1);
  }
  // --corpus DIR: learn from another corpus (the corpus-b held-out set is linted against corpus-b).
  const corpusArg = process.argv.indexOf('--corpus');
  const corpus = corpusArg > 0 ? ['--corpus', process.argv[corpusArg + 1]] : [];
  const args = [opts.cli, 'lint', '--format', 'json', ...corpus, ...files];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const command = `node ${rel(opts.cli)} lint --format json <${files.length} files>`;
  if (r.error) {
    console.error(`eval: could not run the CLI: ${r.error.message}`);
    process.exit(1);
  }
  if (r.status !== 0 && r.status !== 1) {
    console.error(`eval: \`${command}\` exited with ${r.status ?? r.signal}; stderr:`);
    console.error(r.stderr.trimEnd() || '(empty)');
    process.exit(1);
  }
  return { command, stdout: r.stdout, stderr: r.stderr };
}

function parseDiagnostics(raw, origin) {
  let data;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    console.error(`eval: ${origin} is not JSON (${err.message}); first 300 characters:\n${raw.slice(0, 300)}`);
    process.exit(1);
  }
  if (!Array.isArray(data)) {
    console.error(`eval: ${origin} is not a JSON array of diagnostics`);
    process.exit(1);
  }
  return data;
}

function ratio(a, b) {
  return b === 0 ? null : a / b;
}

function scoreRow(s) {
  const precision = ratio(s.tp, s.tp + s.fp);
  const recall = ratio(s.tp, s.tp + s.fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...s, precision, recall, f1, fixAccuracy: ratio(s.fixMatched, s.fixCompared) };
}

function applyEdit(text, start, end, replacement) {
  return text.slice(0, start) + replacement + text.slice(end);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const expectedRaw = JSON.parse(fs.readFileSync(path.join(root, DEVSET, 'expected.json'), 'utf8'));
  const draftFiles = listTxt(`${DEVSET}/drafts`);
  const cleanFiles = listTxt(`${DEVSET}/clean`);
  const seedFiles = listTxt('seeds');
  const allFiles = [...draftFiles, ...cleanFiles, ...seedFiles];
  if (draftFiles.length === 0) usage(`no drafts in ${DEVSET}/drafts; run node scripts/gen-devset.mjs`);

  const docs = new Map();
  for (const f of allFiles) {
    const text = fs.readFileSync(path.join(root, f), 'utf8');
    docs.set(f, { file: f, text, starts: lineStarts(text) });
  }
  const kind = (f) => (draftFiles.includes(f) ? 'draft' : cleanFiles.includes(f) ? 'clean' : seedFiles.includes(f) ? 'seed' : 'other');

  let command;
  let raw;
  if (opts.fromJson) {
    command = `--from-json ${rel(opts.fromJson)}`;
    raw = fs.readFileSync(opts.fromJson, 'utf8');
  } else {
    const r = runCli(opts, allFiles);
    command = r.command;
    raw = r.stdout;
  }
  const diagnostics = parseDiagnostics(raw, opts.fromJson ? rel(opts.fromJson) : 'the CLI output').map((d, index) => {
    const file = typeof d.file === 'string' ? rel(d.file) : '?';
    const doc = docs.get(file);
    const start = doc ? toOffset(doc, d.line, d.column) : null;
    const end = doc ? toOffset(doc, d.endLine ?? d.line, d.endColumn ?? d.column) : null;
    const valid = start !== null && end !== null && end >= start;
    return { ...d, file, index, kind: kind(file), start, end, valid };
  });

  const expected = expectedRaw.map((e, index) => {
    const file = rel(e.file);
    const doc = docs.get(file);
    if (!doc) usage(`expected.json names ${e.file}, which is not a draft`);
    return { ...e, file, index, start: toOffset(doc, e.line, e.column), end: toOffset(doc, e.endLine, e.endColumn) };
  });

  // Match per file: all (expected, diagnostic) pairs with the same rule and overlapping ranges,
  // largest overlap first, then closest start, then diagnostic output order.
  const pairs = [];
  for (const e of expected) {
    for (const d of diagnostics) {
      if (d.file !== e.file || d.ruleId !== e.ruleId || !d.valid) continue;
      const overlap = Math.min(e.end, d.end) - Math.max(e.start, d.start);
      const touches = overlap > 0 || (d.start === d.end && d.start >= e.start && d.start <= e.end);
      if (touches) pairs.push({ e, d, overlap, dist: Math.abs(e.start - d.start) });
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap || a.dist - b.dist || a.d.index - b.d.index || a.e.index - b.e.index);
  const matchOfExpected = new Map();
  const matchedDiag = new Set();
  for (const p of pairs) {
    if (matchOfExpected.has(p.e.index) || matchedDiag.has(p.d.index)) continue;
    matchOfExpected.set(p.e.index, p.d);
    matchedDiag.add(p.d.index);
  }

  const rules = [...RULE_IDS];
  for (const d of diagnostics) if (typeof d.ruleId === 'string' && !rules.includes(d.ruleId) && (d.kind === 'draft' || d.kind === 'clean')) rules.push(d.ruleId);
  const stats = Object.fromEntries(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0, fixMatched: 0, fixCompared: 0 }]));

  const falseNegatives = [];
  const wrongFixes = [];
  for (const e of expected) {
    const doc = docs.get(e.file);
    const d = matchOfExpected.get(e.index);
    if (!d) {
      stats[e.ruleId].fn++;
      falseNegatives.push({ file: e.file, line: e.line, column: e.column, ruleId: e.ruleId, text: e.text, fix: e.fix, lineText: lineText(doc, e.start) });
      continue;
    }
    stats[e.ruleId].tp++;
    if (e.fix === '') continue; // no single fix is clear: not part of fix accuracy
    stats[e.ruleId].fixCompared++;
    const want = applyEdit(doc.text, e.start, e.end, e.fix);
    const suggestion = Array.isArray(d.suggestions) ? d.suggestions[0] : undefined;
    const got = typeof suggestion === 'string' ? applyEdit(doc.text, d.start, d.end, suggestion) : null;
    if (got === want) stats[e.ruleId].fixMatched++;
    else {
      wrongFixes.push({
        file: e.file,
        line: e.line,
        column: e.column,
        ruleId: e.ruleId,
        text: e.text,
        expectedFix: e.fix,
        diagnosticText: doc.text.slice(d.start, d.end),
        suggestion: suggestion ?? null,
        lineText: lineText(doc, e.start),
      });
    }
  }

  const describe = (d) => {
    const doc = docs.get(d.file);
    return {
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      ruleId: d.ruleId,
      message: d.message,
      suggestions: d.suggestions,
      text: doc && d.valid ? doc.text.slice(d.start, d.end) : null,
      lineText: doc && d.valid ? lineText(doc, d.start) : null,
      ...(d.valid ? {} : { invalidRange: true }),
    };
  };
  const falsePositives = [];
  for (const d of diagnostics) {
    if ((d.kind === 'draft' || d.kind === 'clean') && !matchedDiag.has(d.index)) {
      const key = typeof d.ruleId === 'string' && stats[d.ruleId] ? d.ruleId : null;
      if (key) stats[key].fp++;
      falsePositives.push({ ...describe(d), on: d.kind });
    }
  }
  const cleanDiags = diagnostics.filter((d) => d.kind === 'clean').map(describe);
  const seedDiags = diagnostics.filter((d) => d.kind === 'seed').map(describe);
  const otherDiags = diagnostics.filter((d) => d.kind === 'other').map(describe);
  const invalid = diagnostics.filter((d) => !d.valid && d.kind !== 'other').map(describe);

  const total = { tp: 0, fp: 0, fn: 0, fixMatched: 0, fixCompared: 0 };
  for (const s of Object.values(stats)) for (const k of Object.keys(total)) total[k] += s[k];
  const rows = Object.fromEntries(Object.entries(stats).map(([r, s]) => [r, scoreRow(s)]));
  const overall = scoreRow(total);

  // ---- print ----
  const num = (x) => (x === null ? '    -' : x.toFixed(3).padStart(5));
  const out = [];
  out.push(`presslint eval: ${command}`);
  out.push(
    `${draftFiles.length} drafts (${expected.length} planted errors), ${cleanFiles.length} clean drafts, ${seedFiles.length} seeds; ` +
      `${diagnostics.length} diagnostics. FP counts unmatched diagnostics on drafts and clean drafts.`,
  );
  out.push('');
  const header = `${'rule'.padEnd(20)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  ${'prec'.padStart(5)} ${'recall'.padStart(6)} ${'F1'.padStart(5)}  fix acc`;
  out.push(header);
  out.push('-'.repeat(header.length + 6));
  const line = (name, r) =>
    `${name.padEnd(20)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${num(r.precision)} ${num(r.recall).padStart(6)} ${num(r.f1)}  ` +
    (r.fixCompared ? `${num(r.fixAccuracy)} (${r.fixMatched}/${r.fixCompared})` : '    -');
  for (const [r, s] of Object.entries(rows)) out.push(line(r, s));
  out.push('-'.repeat(header.length + 6));
  out.push(line('overall', overall));
  out.push('');
  const listDiag = (d) => `  ${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message ?? ''}`.trimEnd();
  out.push(`Diagnostics on clean drafts: ${cleanDiags.length}`);
  for (const d of cleanDiags) out.push(listDiag(d));
  out.push(`Diagnostics on seed files: ${seedDiags.length}`);
  for (const d of seedDiags) out.push(listDiag(d));
  if (otherDiags.length) {
    out.push(`Diagnostics on files outside the set (ignored): ${otherDiags.length}`);
    for (const d of otherDiags) out.push(listDiag(d));
  }
  if (invalid.length) {
    out.push(`Diagnostics with a range outside their file (counted as unmatched): ${invalid.length}`);
    for (const d of invalid) out.push(listDiag(d));
  }
  if (opts.verbose) {
    const quote = (s) => `      | ${s}`;
    out.push('');
    out.push(`False positives: ${falsePositives.length}`);
    for (const d of falsePositives) {
      out.push(`  ${d.file}:${d.line}:${d.column} ${d.ruleId} [${d.text ?? '?'}] -> ${JSON.stringify(d.suggestions?.[0] ?? null)}  ${d.message ?? ''}`.trimEnd());
      if (d.lineText !== null) out.push(quote(d.lineText));
    }
    out.push(`False negatives: ${falseNegatives.length}`);
    for (const e of falseNegatives) {
      out.push(`  ${e.file}:${e.line}:${e.column} ${e.ruleId} [${e.text}] -> ${JSON.stringify(e.fix)}`);
      out.push(quote(e.lineText));
    }
    out.push(`Wrong fixes: ${wrongFixes.length}`);
    for (const w of wrongFixes) {
      out.push(`  ${w.file}:${w.line}:${w.column} ${w.ruleId} expected [${w.text}] -> ${JSON.stringify(w.expectedFix)}, got [${w.diagnosticText}] -> ${JSON.stringify(w.suggestion)}`);
      out.push(quote(w.lineText));
    }
  }
  console.log(out.join('\n'));

  const report = {
    command,
    counts: { drafts: draftFiles.length, clean: cleanFiles.length, seeds: seedFiles.length, expected: expected.length, diagnostics: diagnostics.length },
    rules: rows,
    overall,
    clean: { count: cleanDiags.length, diagnostics: cleanDiags },
    seeds: { count: seedDiags.length, diagnostics: seedDiags },
    other: { count: otherDiags.length, diagnostics: otherDiags },
    invalidRanges: invalid,
    falsePositives,
    falseNegatives,
    wrongFixes,
  };
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(report, null, 2) + '\n');
}

main();
