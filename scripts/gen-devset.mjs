#!/usr/bin/env node
// Builds the dev set from its annotated sources (no dependencies).
//
//   test/fixtures/devset/source/*.txt   drafts with planted errors marked inline as
//                                       [[shown text|ruleId|fix]]  (fix may be empty)
//   -> test/fixtures/devset/drafts/*.txt    the same drafts with the markup removed
//   -> test/fixtures/devset/expected.json   one entry per planted error:
//        {file, line, column, endLine, endColumn, ruleId, fix, text}
//      line/column 1-based, end exclusive, columns in UTF-16 code units (JS string
//      indices), `file` always the repository-relative path of the committed draft.
//
// Usage: node scripts/gen-devset.mjs [--set devset|holdout|holdout-b] [--out DIR]
//   --out DIR   write DIR/drafts/*.txt and DIR/expected.json instead of the committed
//               location (the test regenerates into a temp dir and compares).
import fs from 'node:fs';
import path from 'node:path';

export const RULE_IDS = [
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
// --set NAME builds test/fixtures/NAME (devset, holdout, holdout-b); the default is the dev set.
const setArg = process.argv.indexOf('--set');
const devsetRel = `test/fixtures/${setArg > 0 ? process.argv[setArg + 1] : 'devset'}`;
const sourceDir = path.join(root, devsetRel, 'source');

// [[shown|ruleId|fix]]: shown and fix contain no brackets, bars or line breaks.
const MARK = /\[\[([^\[\]|\n]*)\|([^\[\]|\n]*)\|([^\[\]|\n]*)\]\]/g;

/** Offset -> {line, column}, both 1-based, column in UTF-16 code units. */
function position(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Removes the markup from one annotated source.
 * Returns the clean text and the planted errors as offsets into it.
 */
export function parseSource(source, name = '<source>') {
  const errors = [];
  let text = '';
  let last = 0;
  const fail = (offset, msg) => {
    const p = position(source, offset);
    throw new Error(`${name}:${p.line}:${p.column}: ${msg}`);
  };
  for (const m of source.matchAll(MARK)) {
    const [whole, shown, ruleId, fix] = m;
    const chunk = source.slice(last, m.index);
    if (chunk.includes('[[') || chunk.includes(']]')) fail(last + Math.max(chunk.indexOf('[['), chunk.indexOf(']]')), 'malformed markup');
    if (!RULE_IDS.includes(ruleId)) fail(m.index, `unknown ruleId '${ruleId}'`);
    if (shown.length === 0) fail(m.index, 'empty marked text');
    if (shown !== shown.trim()) fail(m.index, `marked text has surrounding spaces: '${shown}'`);
    if (fix === shown) fail(m.index, `fix equals the marked text: '${shown}'`);
    text += chunk;
    const start = text.length;
    text += shown;
    errors.push({ start, end: text.length, ruleId, fix, text: shown });
    last = m.index + whole.length;
  }
  const tail = source.slice(last);
  if (tail.includes('[[') || tail.includes(']]')) fail(last + Math.max(tail.indexOf('[['), tail.indexOf(']]')), 'malformed markup');
  text += tail;
  return { text, errors };
}

/** Builds every draft and the expected list (sorted by file, then position). */
export function buildDevset() {
  const names = fs.readdirSync(sourceDir).filter((f) => f.endsWith('.txt')).sort();
  const drafts = [];
  const expected = [];
  for (const name of names) {
    const source = fs.readFileSync(path.join(sourceDir, name), 'utf8');
    const { text, errors } = parseSource(source, path.posix.join(devsetRel, 'source', name));
    const file = path.posix.join(devsetRel, 'drafts', name);
    drafts.push({ name, text });
    for (const e of errors) {
      const s = position(text, e.start);
      const t = position(text, e.end);
      expected.push({
        file,
        line: s.line,
        column: s.column,
        endLine: t.line,
        endColumn: t.column,
        ruleId: e.ruleId,
        fix: e.fix,
        text: e.text,
      });
    }
  }
  return { drafts, expected };
}

function main() {
  const args = process.argv.slice(2);
  let outDir = path.join(root, devsetRel);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out' && args[i + 1]) outDir = path.resolve(args[++i]);
    else if (args[i] === '--set' && args[i + 1]) i++; // read above
    else {
      console.error(`usage: node scripts/gen-devset.mjs [--set NAME] [--out DIR] (unknown argument '${args[i]}')`);
      process.exit(2);
    }
  }
  let built;
  try {
    built = buildDevset();
  } catch (err) {
    console.error(String(err.message ?? err));
    process.exit(1);
  }
  const draftsDir = path.join(outDir, 'drafts');
  fs.mkdirSync(draftsDir, { recursive: true });
  for (const f of fs.readdirSync(draftsDir)) {
    if (f.endsWith('.txt')) fs.rmSync(path.join(draftsDir, f));
  }
  for (const d of built.drafts) fs.writeFileSync(path.join(draftsDir, d.name), d.text);
  fs.writeFileSync(path.join(outDir, 'expected.json'), JSON.stringify(built.expected, null, 2) + '\n');
  const counts = {};
  for (const e of built.expected) counts[e.ruleId] = (counts[e.ruleId] ?? 0) + 1;
  console.log(
    `${built.drafts.length} drafts, ${built.expected.length} planted errors: ` +
      RULE_IDS.map((r) => `${r} ${counts[r] ?? 0}`).join(', '),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
