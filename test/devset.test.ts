// The dev set (planted errors in drafts + clean look-alike drafts) is the product's quality
// measure. These tests pin its integrity: the committed drafts/expected.json are exactly what
// scripts/gen-devset.mjs produces from the annotated sources, every expected span points at
// the text it claims, and the set keeps its minimum size per rule family.
// Also checks scripts/eval.mjs scoring on synthetic diagnostics (--from-json).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RULE_IDS } from '../server/src/engine/types';

const root = path.resolve(__dirname, '..');
const devset = path.join(root, 'test/fixtures/devset');
const MIN_PER_FAMILY = 8;
const MIN_TOTAL = 85;
const MIN_DRAFTS = 22;
const MIN_CLEAN = 10;
const MAX_PER_DRAFT = 6;

interface Expected {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  fix: string;
  text: string;
}

function txtFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

/** 1-based line/column (UTF-16 code units) -> offset into text. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  assert.ok(line >= 1 && line <= lines.length, `line ${line} out of range`);
  assert.ok(column >= 1 && column <= lines[line - 1].length + 1, `column ${column} out of range on line ${line}`);
  let off = 0;
  for (let i = 0; i < line - 1; i++) off += lines[i].length + 1;
  return off + column - 1;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function runNode(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

const expected: Expected[] = JSON.parse(fs.readFileSync(path.join(devset, 'expected.json'), 'utf8'));

describe('dev set', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-devset-'));
  });
  after(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('committed drafts and expected.json equal a fresh regeneration from the sources', () => {
    const r = runNode(['scripts/gen-devset.mjs', '--out', tmp]);
    assert.equal(r.status, 0, r.stderr);
    const fresh = txtFiles(path.join(tmp, 'drafts'));
    const committed = txtFiles(path.join(devset, 'drafts'));
    assert.deepEqual(committed, fresh, 'set of draft files differs from the sources');
    assert.deepEqual(fresh, txtFiles(path.join(devset, 'source')));
    for (const f of fresh) {
      assert.equal(
        fs.readFileSync(path.join(devset, 'drafts', f), 'utf8'),
        fs.readFileSync(path.join(tmp, 'drafts', f), 'utf8'),
        `drafts/${f} is stale: run node scripts/gen-devset.mjs`,
      );
    }
    assert.equal(
      fs.readFileSync(path.join(devset, 'expected.json'), 'utf8'),
      fs.readFileSync(path.join(tmp, 'expected.json'), 'utf8'),
      'expected.json is stale: run node scripts/gen-devset.mjs',
    );
  });

  it('every expected span in its draft reads exactly its text', () => {
    assert.ok(expected.length > 0);
    for (const e of expected) {
      assert.match(e.file, /^test\/fixtures\/devset\/drafts\/[^/]+\.txt$/);
      const text = fs.readFileSync(path.join(root, e.file), 'utf8');
      const start = offsetOf(text, e.line, e.column);
      const end = offsetOf(text, e.endLine, e.endColumn);
      assert.ok(end > start, `${e.file}:${e.line}:${e.column} empty span`);
      assert.equal(text.slice(start, end), e.text, `${e.file}:${e.line}:${e.column}`);
    }
  });

  it('columns are UTF-16 code units (spans after curly quotes and accents still line up)', () => {
    // At least one expected span sits on a line with non-ASCII text before it, and one starts
    // right after a curly apostrophe or quote: the check above would fail if columns were bytes.
    const tricky = expected.filter((e) => {
      const line = fs.readFileSync(path.join(root, e.file), 'utf8').split('\n')[e.line - 1];
      return /[^\x00-\x7f]/.test(line.slice(0, e.column - 1));
    });
    assert.ok(tricky.length >= 5, `only ${tricky.length} spans follow non-ASCII text`);
  });

  it('expected entries are well-formed and fixes differ from the marked text', () => {
    const ids: readonly string[] = RULE_IDS;
    for (const e of expected) {
      assert.ok(ids.includes(e.ruleId), `unknown ruleId ${e.ruleId}`);
      assert.equal(typeof e.fix, 'string');
      assert.notEqual(e.fix, e.text, `${e.file}:${e.line}:${e.column} fix equals text`);
      assert.equal(e.text, e.text.trim());
      assert.equal(e.line, e.endLine, 'planted errors stay on one line');
    }
  });

  it(`has at least ${MIN_PER_FAMILY} planted errors per rule family and ${MIN_TOTAL} in total`, () => {
    const counts: Record<string, number> = {};
    for (const e of expected) counts[e.ruleId] = (counts[e.ruleId] ?? 0) + 1;
    for (const id of RULE_IDS) {
      assert.ok((counts[id] ?? 0) >= MIN_PER_FAMILY, `${id}: ${counts[id] ?? 0} < ${MIN_PER_FAMILY}`);
    }
    assert.ok(expected.length >= MIN_TOTAL, `${expected.length} < ${MIN_TOTAL}`);
  });

  it(`has at least ${MIN_DRAFTS} drafts with at most ${MAX_PER_DRAFT} errors each, and ${MIN_CLEAN} clean drafts`, () => {
    const drafts = txtFiles(path.join(devset, 'drafts'));
    assert.ok(drafts.length >= MIN_DRAFTS, `${drafts.length} drafts`);
    const perDraft = new Map<string, number>();
    for (const e of expected) perDraft.set(e.file, (perDraft.get(e.file) ?? 0) + 1);
    for (const d of drafts) {
      const n = perDraft.get(`test/fixtures/devset/drafts/${d}`) ?? 0;
      assert.ok(n >= 1 && n <= MAX_PER_DRAFT, `${d}: ${n} planted errors`);
    }
    assert.ok(txtFiles(path.join(devset, 'clean')).length >= MIN_CLEAN);
  });

  it('drafts and clean drafts are 150-400 words and carry no markup', () => {
    for (const dir of ['drafts', 'clean']) {
      for (const f of txtFiles(path.join(devset, dir))) {
        const text = fs.readFileSync(path.join(devset, dir, f), 'utf8');
        const n = words(text);
        assert.ok(n >= 150 && n <= 400, `${dir}/${f}: ${n} words`);
        assert.ok(!/\[\[|\]\]/.test(text), `${dir}/${f} contains markup`);
      }
    }
  });

  it('gen-devset rejects malformed markup', () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-devset-bad-'));
    try {
      const r = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { parseSource } from ${JSON.stringify(path.join(root, 'scripts/gen-devset.mjs'))};
           const ok = parseSource('a “[[Mikurya|person-name|Mikuriya]]’s” b\\nc [[x|acronym|]] d');
           console.log(JSON.stringify(ok));
           for (const s of ['[[x|no-such-rule|y]]', '[[x|acronym|y]', '[[|acronym|y]]', '[[x|acronym|x]]']) {
             try { parseSource(s); console.log('accepted ' + s); } catch { console.log('rejected'); }
           }`,
        ],
        { cwd: bad, encoding: 'utf8' },
      );
      assert.equal(r.status, 0, r.stderr);
      const [first, ...rest] = r.stdout.trim().split('\n');
      const ok = JSON.parse(first);
      assert.equal(ok.text, 'a “Mikurya’s” b\nc x d');
      assert.deepEqual(ok.errors, [
        { start: 3, end: 10, ruleId: 'person-name', fix: 'Mikuriya', text: 'Mikurya' },
        { start: 18, end: 19, ruleId: 'acronym', fix: '', text: 'x' },
      ]);
      assert.deepEqual(rest, ['rejected', 'rejected', 'rejected', 'rejected']);
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('held-out sets', () => {
  const sets = fs.readdirSync(path.join(root, 'test/fixtures')).filter((d) => /^holdout/.test(d)).sort();

  it('there are held-out sets, each with sources, drafts, clean drafts and a README', () => {
    assert.ok(sets.length >= 10, sets.join(', '));
    for (const set of sets) {
      for (const part of ['source', 'drafts', 'clean', 'README.md', 'expected.json']) {
        assert.ok(fs.existsSync(path.join(root, 'test/fixtures', set, part)), `${set}/${part}`);
      }
    }
  });

  it('each one\'s committed drafts and expected.json equal a fresh regeneration from its sources', () => {
    for (const set of sets) {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), `presslint-${set}-`));
      try {
        const r = runNode(['scripts/gen-devset.mjs', '--set', set, '--out', out]);
        assert.equal(r.status, 0, `${set}: ${r.stderr}`);
        const dir = path.join(root, 'test/fixtures', set);
        assert.deepEqual(txtFiles(path.join(dir, 'drafts')), txtFiles(path.join(out, 'drafts')), set);
        for (const f of txtFiles(path.join(out, 'drafts'))) {
          assert.equal(fs.readFileSync(path.join(dir, 'drafts', f), 'utf8'), fs.readFileSync(path.join(out, 'drafts', f), 'utf8'), `${set}/drafts/${f} is stale`);
        }
        assert.equal(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'), fs.readFileSync(path.join(out, 'expected.json'), 'utf8'), `${set}/expected.json is stale`);
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    }
  });
});

describe('eval scoring (scripts/eval.mjs --from-json)', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-eval-'));
  });
  after(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  function diag(e: Expected, over: Partial<Record<string, unknown>> = {}) {
    return {
      file: e.file,
      line: e.line,
      column: e.column,
      endLine: e.endLine,
      endColumn: e.endColumn,
      severity: 'error',
      ruleId: e.ruleId,
      message: 'synthetic',
      suggestions: [e.fix],
      ...over,
    };
  }

  function runEval(diags: unknown[]) {
    const input = path.join(tmp, `diags-${Math.random().toString(36).slice(2)}.json`);
    const out = path.join(tmp, 'eval.json');
    fs.writeFileSync(input, JSON.stringify(diags));
    const r = runNode(['scripts/eval.mjs', '--from-json', input, '--out', out]);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    return { stdout: r.stdout, report: JSON.parse(fs.readFileSync(out, 'utf8')) };
  }

  it('a perfect linter scores 1.0 everywhere', () => {
    const { report, stdout } = runEval(expected.map((e) => diag(e)));
    assert.equal(report.overall.tp, expected.length);
    assert.equal(report.overall.fp, 0);
    assert.equal(report.overall.fn, 0);
    assert.equal(report.overall.f1, 1);
    assert.equal(report.overall.fixAccuracy, 1);
    assert.equal(report.clean.count, 0);
    assert.equal(report.seeds.count, 0);
    assert.match(stdout, /overall/);
  });

  it('counts overlap matches, FPs on clean drafts, misses, seeds and wrong rule ids', () => {
    const [a, b, c, d] = expected;
    const clean = 'test/fixtures/devset/clean/' + txtFiles(path.join(devset, 'clean'))[0];
    const seed = 'seeds/' + fs.readdirSync(path.join(root, 'seeds')).sort()[0];
    const draftA = fs.readFileSync(path.join(root, a.file), 'utf8');
    // a: a wider range and a suggestion that yields the same line -> TP with a correct fix.
    const aStart = offsetOf(draftA, a.line, a.column);
    const aEnd = offsetOf(draftA, a.endLine, a.endColumn);
    const lineStart = draftA.lastIndexOf('\n', aStart - 1) + 1;
    const widened = { start: Math.max(lineStart, aStart - 2), end: aEnd };
    const widenedFix = draftA.slice(widened.start, aStart) + a.fix;
    const diags = [
      diag(a, { column: a.column - (aStart - widened.start), suggestions: [widenedFix] }),
      diag(b, { suggestions: ['something else'] }), // TP, wrong fix
      diag(c, { ruleId: c.ruleId === 'acronym' ? 'org-name' : 'acronym' }), // wrong family: FP + FN
      diag(b), // duplicate: second one is an FP
      { ...diag(a), file: clean, line: 1, column: 1, endLine: 1, endColumn: 4 }, // clean FP
      { ...diag(a), file: seed, line: 1, column: 1, endLine: 1, endColumn: 4 }, // on a seed: reported, not scored
    ];
    void d;
    const { report } = runEval(diags);
    assert.equal(report.overall.tp, 2);
    assert.equal(report.overall.fp, 3);
    assert.equal(report.overall.fn, expected.length - 2);
    assert.equal(report.overall.fixMatched, 1);
    assert.equal(report.overall.fixCompared, 2);
    assert.equal(report.clean.count, 1);
    assert.equal(report.seeds.count, 1);
  });
});

describe('corpus-b fixture (invented corpus)', () => {
  const dir = path.join(root, 'test/fixtures/corpus-b');
  const files = txtFiles(dir);
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const count = (s: string, needle: string) => s.split(needle).length - 1;

  it('has 4 releases of 150-300 words, each with a headline, a date and a dateline', () => {
    assert.equal(files.length, 4);
    for (const [i, t] of texts.entries()) {
      const n = words(t);
      assert.ok(n >= 150 && n <= 300, `${files[i]}: ${n} words`);
      const lines = t.split('\n');
      assert.match(lines[2], /^\d{1,2} [A-Z][a-z]+ \d{4}$/, `${files[i]} date line`);
      assert.match(lines[4], /^[A-Z][a-z]+( [A-Z][a-z]+)?, \d{1,2} [A-Z][a-z]+ \d{4}$/, `${files[i]} dateline`);
    }
  });

  it('contains exactly its two corpus errors, each outnumbered by the right form in other releases', () => {
    const all = texts.join('\n');
    assert.equal(count(all, 'Mangrove Restoration Initative'), 1);
    assert.equal(count(all, 'Director-Genral'), 1);
    const withRight = texts.filter((t) => t.includes('Mangrove Restoration Initiative'));
    const withWrong = texts.findIndex((t) => t.includes('Mangrove Restoration Initative'));
    assert.ok(withRight.length >= 2 && !withRight.includes(texts[withWrong]));
    assert.ok(count(all, 'Director-General') >= 10);
  });

  it('shares no canon with the seeds', () => {
    const all = texts.join('\n');
    for (const seedTerm of ['WCO', 'DHS', 'CBP', 'ICE', 'Customs', 'Mikuriya', 'Napolitano', 'Bersin', 'Aguilera', 'Morton', 'Magnus', 'Seguin', 'Ki-moon', 'Secretary General', 'Global Shield']) {
      assert.ok(!all.includes(seedTerm), `corpus-b mentions ${seedTerm}`);
    }
    assert.ok(!/\b\w+iz(e|ed|es|ing|ation)\b/.test(all), 'corpus-b house style is -ise throughout');
  });
});
