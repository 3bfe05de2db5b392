// Property-based tests of the engine (fast-check, fixed seed): hostile text never makes lintText throw or
// hang, every range is inside the draft on code-point boundaries (UTF-16 offsets, as LSP wants), fixes touch
// only their ranges and do not come back, and learning from arbitrary corpora is safe and order-independent.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { lintText } from '../../server/src/engine/lint';
import { applyFixes } from '../../server/src/engine/fixes/applyFixes';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { applyOverrides } from '../../server/src/engine/termbase/applyOverrides';
import { RULE_IDS, type LintDiagnostic, type TermBase } from '../../server/src/engine/types';
import { readCorpus, SEEDS_DIR, seedTermBase } from '../rules/helpers';
import { corpusText, draftText, KNOWN_PHRASES, SEED, splitsSurrogatePair } from './arbitraries';

const ROOT = path.resolve(__dirname, '..', '..');
const ENGINE_BUNDLE = path.join(ROOT, 'dist', 'engine.js');
const REJECT = { wrong: 'Frobnicated Outreach Scheme', right: 'Frobnication Outreach Scheme' };
const SEVERITIES = new Set(['error', 'warning', 'info']);

let tb: TermBase;
/** Set when the termination check failed: the in-process properties would hang on the same input. */
let hung = false;

const run = (p: fc.IRawProperty<unknown[]>, numRuns: number) => fc.assert(p, { seed: SEED, numRuns, endOnFailure: true });

/** What a reader calls "the same diagnostic": family, flagged text, first suggestion. */
const identity = (text: string, d: LintDiagnostic) => `${d.ruleId}\u0000${text.slice(d.start, d.end)}\u0000${d.suggestions[0] ?? ''}`;

function checkRanges(text: string, ds: LintDiagnostic[]): void {
  for (const d of ds) {
    const shown = `${JSON.stringify(d)} in ${JSON.stringify(text.slice(Math.max(0, d.start - 10), d.end + 10))}`;
    assert.ok(Number.isInteger(d.start) && Number.isInteger(d.end), `integer offsets: ${shown}`);
    assert.ok(d.start >= 0 && d.start < d.end && d.end <= text.length, `range inside the draft, start < end: ${shown}`);
    assert.ok(!splitsSurrogatePair(text, d.start) && !splitsSurrogatePair(text, d.end), `range on code-point boundaries: ${shown}`);
    assert.ok((RULE_IDS as readonly string[]).includes(d.ruleId), `known rule: ${shown}`);
    assert.ok(SEVERITIES.has(d.severity), `severity: ${shown}`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0 && !d.message.includes('\n'), `one-line message: ${shown}`);
    assert.ok(Array.isArray(d.suggestions) && d.suggestions.every((s) => typeof s === 'string'), `suggestions: ${shown}`);
    assert.ok(typeof d.key === 'string' && d.key.length > 0, `key: ${shown}`);
  }
}

/** Where each applied fix's replacement sits in the fixed text; asserts nothing else changed. */
function replacementRanges(text: string, fixed: string, applied: LintDiagnostic[]): [number, number][] {
  const sorted = [...applied].sort((a, b) => a.start - b.start);
  const out: [number, number][] = [];
  let from = 0; // in text
  let at = 0; // in fixed
  for (const d of sorted) {
    assert.ok(d.start >= from, 'applied fixes do not overlap');
    const gap = text.slice(from, d.start);
    assert.equal(fixed.slice(at, at + gap.length), gap, `text before a fix is unchanged (at ${from})`);
    at += gap.length;
    const s = d.suggestions[0];
    assert.equal(fixed.slice(at, at + s.length), s, 'the fix writes exactly suggestions[0]');
    out.push([at, at + s.length]);
    at += s.length;
    from = d.end;
  }
  assert.equal(fixed.slice(at), text.slice(from), 'text after the last fix is unchanged');
  assert.equal(fixed.length, at + text.length - from);
  return out;
}

describe('engine properties (fast-check)', function () {
  this.timeout(120_000);

  before(() => {
    tb = applyOverrides(seedTermBase(), { reject: [REJECT] });
  });

  it('lintText terminates on every generated draft (checked in a worker, so a hang fails instead of blocking)', async function () {
    // 400 drafts from the same generator and seed as the properties below, linted by the shipped engine bundle
    // in a worker thread. The timeout is generous (the batch takes about a second): it only catches a hang.
    if (!fs.existsSync(ENGINE_BUNDLE)) this.skip(); // no built dist/engine.js (npm test builds it first; only a bare mocha run lacks it)
    const drafts = fc.sample(draftText, { seed: SEED, numRuns: 400 });
    const corpus = readCorpus(SEEDS_DIR);
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const engine = require(workerData.bundle);
       const tb = engine.applyOverrides(engine.learnTermBase(workerData.corpus), { reject: [workerData.reject] });
       workerData.drafts.forEach((text, i) => {
         parentPort.postMessage({ started: i });
         engine.lintText(text, tb, { markdown: i % 2 === 1 });
       });
       parentPort.postMessage({ done: true });`,
      { eval: true, workerData: { bundle: ENGINE_BUNDLE, corpus, drafts, reject: REJECT } },
    );
    let current = -1;
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`lintText did not return within 90 s on draft #${current}: ${JSON.stringify(drafts[current]).slice(0, 500)}`)), 90_000);
        worker.on('message', (m: { started?: number; done?: boolean }) => {
          if (m.started !== undefined) current = m.started;
          if (m.done) {
            clearTimeout(timer);
            resolve();
          }
        });
        worker.on('error', (err) => {
          clearTimeout(timer);
          reject(new Error(`lintText threw on draft #${current} ${JSON.stringify(drafts[current]).slice(0, 500)}: ${err.message}`));
        });
      });
    } catch (err) {
      hung = /did not return/.test((err as Error).message);
      throw err;
    } finally {
      await worker.terminate();
    }
  });

  it('lintText never throws; every range is inside the draft, non-empty, on code-point boundaries', function () {
    if (hung) this.skip(); // the bundle hung in the check above, which already failed: no second report
    run(
      fc.property(draftText, fc.boolean(), (text, markdown) => {
        const ds = lintText(text, tb, { markdown });
        checkRanges(text, ds);
        for (let i = 1; i < ds.length; i++) assert.ok(ds[i].start >= ds[i - 1].end, 'diagnostics do not overlap');
      }),
      400,
    );
  });

  it('ranges are UTF-16 offsets: astral characters, combining marks and CRLF before an error', () => {
    const prefixes = ['', '😀', '👩‍👩‍👧 ', '𝔘𝔑 ', 'e\u0301 ', '\uFEFF', 'שלום ', '\r\n', '\r', '\t', '\u0000 ', '🇺🇳\r\n😀😀 '];
    for (const prefix of prefixes) {
      const text = `${prefix}Kunio Mikurya, Secretary General of the World Customs Organization (WCO), spoke.`;
      const d = lintText(text, tb).find((x) => x.ruleId === 'person-name');
      assert.ok(d, `person-name after ${JSON.stringify(prefix)}`);
      assert.equal(text.slice(d.start, d.end), 'Mikurya', `range after ${JSON.stringify(prefix)}`);
      assert.equal(d.start, prefix.length + 'Kunio '.length);
    }
  });

  it('a fix changes only its own range, and relinting the fixed draft finds none of the fixed diagnostics', function () {
    if (hung) this.skip(); // the bundle hung in the check above, which already failed: no second report
    let fixesSeen = 0;
    run(
      fc.property(draftText, (text) => {
        const ds = lintText(text, tb);
        const { text: fixed, applied } = applyFixes(text, ds);
        fixesSeen += applied.length;
        const ranges = replacementRanges(text, fixed, applied);
        const again = lintText(fixed, tb);
        checkRanges(fixed, again);
        const fixedIds = new Set(applied.map((d) => identity(text, d)));
        for (const d of again) {
          const back = ranges.some(([s, e]) => d.start < Math.max(e, s + 1) && d.end > s) && fixedIds.has(identity(fixed, d));
          assert.ok(!back, `fixed diagnostic came back: ${d.ruleId} ${JSON.stringify(fixed.slice(d.start, d.end))} -> ${JSON.stringify(d.suggestions[0])}`);
        }
      }),
      400,
    );
    assert.ok(fixesSeen > 50, `the drafts exercise fixes (${fixesSeen} applied)`);
  });

  describe('fixing twice', () => {
    // Drafts whose phrases (right or wrong) are separate sentences or paragraphs. Phrases run together
    // ("ProgrammeRegional", two people's titles in one phrase, "Kunio Mikuriya, UN Secretary-General Ban Ki-moon")
    // do not converge yet; those engine cases are in issue 8's report and kept out of these properties.
    const sentenceDraft = (phrases: string[]) => {
      const sentence = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...phrases) },
        { weight: 1, arbitrary: fc.lorem({ maxCount: 5 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map((s) => s.replace(/[A-Za-z]/g, '')) },
        { weight: 1, arbitrary: fc.constantFrom('😀', 'e\u0301', 'שלום', '\u0000', '\t', '\uFEFF') },
      );
      return fc
        .array(fc.tuple(sentence, fc.constantFrom('.\n', '.\r\n', '.\r', '\n\n', '. ')), { minLength: 1, maxLength: 25 })
        .map((parts) => parts.map(([s, sep]) => s + sep).join(''));
    };
    const describeFixes = (text: string, ds: LintDiagnostic[]) =>
      ds.map((d) => `${d.ruleId} ${JSON.stringify(text.slice(d.start, d.end))} -> ${JSON.stringify(d.suggestions[0])}`).join('; ');

    it('repeated --fix passes reach a fixpoint within three passes (no fix undoes another)', function () {
      if (hung) this.skip(); // the bundle hung in the check above, which already failed: no second report
      run(
        fc.property(sentenceDraft(KNOWN_PHRASES), (text) => {
          const seen = [text];
          let t = text;
          for (let pass = 1; pass <= 4; pass++) {
            const r = applyFixes(t, lintText(t, tb));
            if (r.text === t) return;
            assert.ok(!seen.includes(r.text), `pass ${pass} went back to an earlier text: ${describeFixes(t, r.applied)}`);
            assert.ok(pass < 4, `still fixing after three passes: ${describeFixes(t, r.applied)}`);
            seen.push(r.text);
            t = r.text;
          }
        }),
        300,
      );
    });

    it('a second pass changes nothing (without the two known cascades)', function () {
      // Known cascades, reported in issue 8: fixing "ICAO Secretary General Kunio Mikuriya" writes "WCO" before a
      // later "World Customs Organization (WCO)", which the acronym rule then flags; fixing a misspelled
      // official programme name changes the program/programme majority. Left out here, covered above.
      if (hung) this.skip(); // the bundle hung in the check above, which already failed: no second report
      const phrases = KNOWN_PHRASES.filter((p) => !p.startsWith('ICAO') && p !== 'program' && p !== 'programme');
      let changed = 0;
      run(
        fc.property(sentenceDraft(phrases), (text) => {
          const once = applyFixes(text, lintText(text, tb)).text;
          if (once !== text) changed++;
          const twice = applyFixes(once, lintText(once, tb));
          assert.equal(twice.text, once, `second pass applied: ${describeFixes(once, twice.applied)}`);
        }),
        300,
      );
      assert.ok(changed > 50, `the drafts exercise fixes (${changed} changed)`);
    });
  });

  it('learnTermBase never throws on arbitrary corpora and gives the same term base in any order', function () {
    if (hung) this.skip(); // the bundle hung in the check above, which already failed: no second report
    const corpus = fc.array(corpusText, { minLength: 1, maxLength: 6 }).chain((texts) =>
      fc.tuple(
        fc.constant(texts.map((text, i) => ({ file: `c/${String(i).padStart(2, '0')}.txt`, text }))),
        fc.shuffledSubarray(texts.map((_, i) => i), { minLength: texts.length, maxLength: texts.length }),
      ),
    );
    run(
      fc.property(corpus, ([docs, order]) => {
        const a = learnTermBase(docs);
        const b = learnTermBase(order.map((i) => docs[i]));
        assert.equal(JSON.stringify(b), JSON.stringify(a));
        assert.equal(a.documents.length, docs.length);
        // What was learned can be linted against without trouble.
        const probe = docs.map((d) => d.text).join('\n\n');
        checkRanges(probe, lintText(probe, a));
      }),
      100,
    );
  });
});
