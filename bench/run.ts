// npm run bench: presslint's speed and memory against the budgets in ../shared/design.md, with the
// peers measured in the same run on the same drafts. Prints one table, writes bench/results.json
// and bench/latency.svg, and refreshes the "Performance" section of README.md.
//
// Everything generated (corpora, drafts) goes to bench/out/, which git ignores. The engine measured
// is the bundle the CLI and the server ship (dist/engine.js, built by `npm run build` first).
//
// Options: --no-readme (leave README.md alone), --no-lsp, --no-peers, --no-cli (skip a part),
//          --lsp-edits N (default 1000), --largest N (top corpus size, default 10000; for trials),
//          --full (also time the 200,000-word draft, harper.js on 1 MB whatever the time, and a cold
//          start of the language server), --lsp-cold (just the latter).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { CorpusDocument, LintDiagnostic, LintOptions, ReadCorpusOptions, CorpusReadResult, TermBase } from '../server/src/engine';
import { latencyChart, type Series } from './chart';
import { countWords, generateCorpus, generateDraft, makeWorld, shortDrafts, writeCorpus, type Draft } from './generateCorpus';
import { benchLsp, KEY_INTERVAL_MS, makeLspWorkspace, type LspResult } from './lsp';
import { corpusWords, makeCspell, makeHarper, type Peer } from './peers';
import { fmtGcShare, fmtInt, fmtMs, fmtRate, gc, logLogSlope, measure, median, type Timing } from './stats';

interface Engine {
  learnTermBase(docs: CorpusDocument[]): TermBase;
  lintText(text: string, tb: TermBase, opts?: LintOptions): LintDiagnostic[];
  readCorpus(paths: string[], opts?: ReadCorpusOptions): Promise<CorpusReadResult>;
  /** The term base cache's key for a corpus (the server's cache file is termbase-<key>.json). */
  corpusKey?(docs: CorpusDocument[]): string;
  compactTermBase?(tb: TermBase): TermBase;
  /** Turns off V8's allocation-site pretenuring, as the CLI and the language server do at start. */
  keepLintAllocationsYoung?(): void;
}

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'bench', 'out');
const requireFromHere = createRequire(__filename);
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};

/** --largest N: a smaller top corpus, for trying the bench out quickly (the table still says "10k"). */
const LARGEST = opt('--largest', 10_000);
const CORPUS_SIZES = [100, 1000, 10_000].filter((n) => n < LARGEST).concat(LARGEST);

const started = performance.now();
const elapsedS = () => (performance.now() - started) / 1000;
/** The bench must finish in 5 minutes with the build: optional slow parts are skipped past this. */
const DEADLINE_S = 280;
/** harper.js on the 1 MB draft, one run, on this machine. */
const HARPER_1MB_S = 45;
const skipped: string[] = [];
const phases: Record<string, number> = {};
function log(msg: string) {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}\n`);
}
async function phase<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  log(`${name}...`);
  try {
    return await fn();
  } finally {
    phases[name] = Math.round(performance.now() - t);
    gc();
  }
}

function versionOf(pkg: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

interface LintRow {
  termBase: 'seeds' | '10k';
  draft: string;
  words: number;
  bytes: number;
  diagnostics: number;
  timing: Timing;
  wordsPerSecond: number;
}

interface PeerRow {
  peer: string;
  draft: string;
  words: number;
  problems: number;
  timing: Timing;
  wordsPerSecond: number;
}

// Drafts of up to 2,000 words, ours and the peers' alike: a second of warm-up (JIT, caches of each tool), then at
// least 20 samples or a second of them. "Median after warm-up" is how the design states the budget.
const SMALL_DRAFT_TIMING = { warmup: 5, warmupMs: 1000, minSamples: 20, budgetMs: 1000 };

async function main() {
  const engine = requireFromHere(path.join(root, 'dist', 'engine.js')) as Engine;
  // This process learns corpora and then lints, as the language server does: it runs with the V8 setting the
  // CLI and the server start with (engine/lintHeap.ts). The peers, timed in this process, run with it too.
  engine.keepLintAllocationsYoung?.();
  fs.mkdirSync(outDir, { recursive: true });

  // ------------------------------------------------------------------ generate
  const world = makeWorld(7, LARGEST);
  let { corpus, drafts, cliDir, corpusDir } = await phase('generate corpora and drafts', () => {
    const corpus = generateCorpus(LARGEST, world);
    const corpusDir = path.join(outDir, `corpus-${LARGEST}`);
    writeCorpus(corpusDir, corpus);
    const drafts: Draft[] = [
      generateDraft(world, 'draft-300', { words: 300 }),
      generateDraft(world, 'draft-600', { words: 600 }),
      generateDraft(world, 'draft-2000', { words: 2000 }),
      generateDraft(world, 'draft-200k', { words: 200_000 }),
      generateDraft(world, 'draft-1mb', { bytes: 1024 * 1024 }),
    ];
    const draftDir = path.join(outDir, 'drafts');
    fs.mkdirSync(draftDir, { recursive: true });
    for (const d of drafts) fs.writeFileSync(path.join(draftDir, `${d.name}.txt`), d.text);
    const cliDir = path.join(outDir, 'cli-drafts');
    fs.rmSync(cliDir, { recursive: true, force: true });
    fs.mkdirSync(cliDir, { recursive: true });
    for (const d of shortDrafts(world, 45)) fs.writeFileSync(path.join(cliDir, `${d.name}.txt`), d.text);
    return { corpus, drafts, cliDir, corpusDir };
  });
  // The 200,000-word draft is written for use by hand; timing it too (--full) adds a minute and little
  // that the 1 MB draft (about 160,000 words) does not show.
  const timedDrafts = flag('--full') ? drafts : drafts.filter((d) => d.name !== 'draft-200k');
  const draftLabel = (d: Draft) => (d.name === 'draft-1mb' ? '1 MB' : `${fmtInt(d.words)} words`);

  // ------------------------------------------------------------------ learn
  const seedDocs = (await engine.readCorpus([path.join(root, 'seeds')], { displayBase: root })).documents;
  const seedWords = seedDocs.reduce((n, d) => n + countWords(d.text), 0);
  const learn: { corpus: string; releases: number; words: number; timing: Timing }[] = [];
  const lintRows: LintRow[] = [];
  const firstLint: Record<string, number> = {};
  let seedTb!: TermBase;
  let bigTb!: TermBase;
  /** The smaller generated corpora's term bases (compacted), to lint one draft against term bases of every size. */
  const smallTbs = new Map<number, TermBase>();

  const lintAgainst = async (label: 'seeds' | '10k', tb: TermBase) => {
    // The first lint against a term base builds its lint index: timed on its own.
    const t = performance.now();
    engine.lintText(drafts[0].text, tb);
    firstLint[label] = performance.now() - t;
    log(`  heap in use before the ${label} lint timings: ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);
    for (const d of timedDrafts) {
      const big = d.words > 10_000;
      let diagnostics = 0;
      const timing = await measure(`lint ${d.name} (${label})`, () => (diagnostics = engine.lintText(d.text, tb).length), big ? { warmup: 0, minSamples: 3, budgetMs: 0 } : SMALL_DRAFT_TIMING);
      lintRows.push({ termBase: label, draft: d.name, words: d.words, bytes: Buffer.byteLength(d.text), diagnostics, timing, wordsPerSecond: d.words / (timing.median / 1000) });
      const g = timing.gc;
      log(`  ${label} ${d.name}: median ${fmtMs(timing.median)}, ${diagnostics} diagnostics` + (g ? `; ${g.scavenges} scavenges (${fmtMs(g.scavengeMs)}), full collections ${fmtMs(g.fullMs)}: ${fmtGcShare(g)} of the time` : ''));
    }
  };

  // The seed term base is learned and linted against first, while the heap is small (as in a server or CLI
  // that only has the seeds); the large corpora come after.
  await phase('learn the seeds', async () => {
    learn.push({
      corpus: 'seeds',
      releases: seedDocs.length,
      words: seedWords,
      timing: await measure('learn seeds', () => (seedTb = engine.learnTermBase(seedDocs)), { warmup: 2, minSamples: 10, budgetMs: 1500 }),
    });
  });
  await phase('lint against the seed term base', () => lintAgainst('seeds', seedTb));

  let bigDocs = (await engine.readCorpus([corpusDir], { displayBase: root })).documents;
  await phase('learn the generated corpora', async () => {
    for (const n of CORPUS_SIZES) {
      // The largest corpus is read from disk, named as the language server (started in the repository
      // folder) names it, so the term base learned here can fill the server's cache (see the LSP part).
      const docs = n === LARGEST ? bigDocs : corpus.slice(0, n);
      const words = docs.reduce((k, d) => k + countWords(d.text), 0);
      log(`  learn ${n} releases`);
      // The largest corpus is learned once (it is the slow one); smaller ones twice or more.
      let learned!: TermBase;
      const timing = await measure(`learn ${n}`, () => {
        learned = engine.learnTermBase(docs);
        if (n === LARGEST) bigTb = learned;
      }, n === LARGEST ? { warmup: 0, minSamples: 1, budgetMs: 0 } : n <= 100 ? { warmup: 0, minSamples: 3, budgetMs: 2000 } : { warmup: 0, minSamples: 2, budgetMs: 0 });
      learn.push({ corpus: `${fmtInt(n)} releases`, releases: n, words, timing });
      log(`    median ${fmtMs(timing.median)}`);
      if (n !== LARGEST) smallTbs.set(n, engine.compactTermBase ? engine.compactTermBase(JSON.parse(JSON.stringify(learned))) : learned);
      gc();
    }
  });
  const learnSlope = logLogSlope(learn.filter((l) => l.corpus !== 'seeds').map((l) => ({ x: l.releases, y: l.timing.median })));
  // Linted as the CLI and the server hold it: read back from the cache's JSON and compacted (learnTermBaseCached
  // hands a fresh learn on the same way). Straight from the learner its strings are slices of the corpus texts.
  if (engine.compactTermBase) bigTb = engine.compactTermBase(JSON.parse(JSON.stringify(bigTb)));
  // What the later parts need of the corpus, taken now; then the corpus itself (twice 10,000 releases, as generated
  // and as read back) is let go, and the learned term base and its JSON copy are garbage too: collected here, not
  // during the lint timings. A server holds its term base, not the corpus it learned it from.
  const bigKey = typeof engine.corpusKey === 'function' ? engine.corpusKey(bigDocs) : undefined;
  const peerWords = flag('--no-peers') ? [] : corpusWords([...corpus.map((d) => d.text), ...seedDocs.map((d) => d.text)]);
  corpus = [];
  bigDocs = [];
  gc();
  await phase(`lint against the ${fmtInt(LARGEST)}-release term base`, () => lintAgainst('10k', bigTb));
  // The 600-word draft against the term bases of 100 and 1,000 releases too: how lint time grows with the term
  // base. The generated drafts name the generated world's people and programmes, so a larger term base also finds
  // more of them (more matches to check): the exponent is an upper bound on the lookups' own growth.
  const bySize: { releases: number; timing: Timing }[] = [];
  await phase('lint against term bases of each size', async () => {
    const draft600 = drafts.find((d) => d.name === 'draft-600')!;
    for (const [n, tb] of smallTbs) {
      engine.lintText(draft600.text, tb);
      const timing = await measure(`lint draft-600 (${n} releases)`, () => engine.lintText(draft600.text, tb), SMALL_DRAFT_TIMING);
      bySize.push({ releases: n, timing });
      log(`  ${fmtInt(n)}-release term base, draft-600: median ${fmtMs(timing.median)}`);
    }
    const big = lintRows.find((r) => r.termBase === '10k' && r.draft === 'draft-600');
    if (big) bySize.push({ releases: LARGEST, timing: big.timing });
  });
  const tbSizeSlope = logLogSlope(bySize.map((b) => ({ x: b.releases, y: b.timing.median })));
  const lintSlope = (tb: string) => logLogSlope(lintRows.filter((r) => r.termBase === tb).map((r) => ({ x: r.words, y: r.timing.median })));

  // ------------------------------------------------------------------ CLI
  let cli: { files: number; runs: number[]; median: number; coldMs: number; exitCode: number | null } | undefined;
  if (!flag('--no-cli')) {
    cli = await phase('CLI', () => {
      // A folder with no presslint.json: the CLI learns the bundled seeds, as a fresh install does. Its term
      // base cache lives in a folder of the bench's own: the first run fills it (cold), the timed runs reuse it.
      const cwd = path.join(outDir, 'cli-cwd');
      const cacheDir = path.join(outDir, 'cli-cache');
      fs.rmSync(cacheDir, { recursive: true, force: true });
      fs.mkdirSync(cwd, { recursive: true });
      const runOnce = () => {
        const t = performance.now();
        const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'lint', cliDir], {
          cwd,
          encoding: 'utf8',
          env: { ...process.env, PRESSLINT_CACHE_DIR: cacheDir },
        });
        if (r.status !== 0 && r.status !== 1) throw new Error(`cli lint failed (${r.status}): ${r.stderr}`);
        return { ms: performance.now() - t, code: r.status };
      };
      const first = runOnce();
      // Nine runs: start-up times on this shared machine swing by a third between runs, and a median of five flipped.
      const runs = Array.from({ length: 9 }, () => runOnce().ms);
      return { files: fs.readdirSync(cliDir).length, runs, median: median(runs), coldMs: first.ms, exitCode: first.code };
    });
  }

  // ------------------------------------------------------------------ LSP
  // The server learns in a worker thread and caches the term base on disk (PRESSLINT_CACHE_DIR). By default it
  // starts warm: its cache is filled with the term base learned above (same corpus, same names, same build),
  // so the bench does not learn the largest corpus twice. --full (or --lsp-cold) also times a cold start.
  let lsp: LspResult | undefined;
  let lspCold: LspResult | undefined;
  let lspError: string | undefined;
  let cacheSeeded = false;
  if (!flag('--no-lsp')) {
    const workspace = makeLspWorkspace(corpusDir);
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-bench-cache-'));
    const coldCacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-bench-cache-'));
    try {
      if (bigKey) {
        fs.writeFileSync(path.join(cacheDir, `termbase-${bigKey}.json`), JSON.stringify(bigTb));
        cacheSeeded = true;
      }
      if (flag('--full') || flag('--lsp-cold')) {
        lspCold = await phase('language server, cold start (learns the corpus)', () =>
          benchLsp({ root, workspace, cacheDir: coldCacheDir, drafts: [drafts[1].text], edits: 0, maxEditMs: 0, hovers: 0, completions: 0, names: [], titles: [], startTimeoutMs: 300_000 }),
        );
      }
      lsp = await phase(`language server, ${cacheSeeded ? 'warm start (term base from the cache)' : 'start'}`, () => {
        const lspDrafts = [1, 2].map((k) => generateDraft(world, `lsp-${k}`, { words: 600, seed: 500 + k }).text);
        const names = world.people.slice(0, 60).flatMap((p) => [p.surname, `${p.given} ${p.surname}`]);
        names.push(...world.orgs.slice(0, 20).map((o) => o.acronym), ...world.programmes.slice(0, 20).map((p) => p.name.split(' ')[0]));
        const titles = [...new Set(world.orgs.slice(0, 20).flatMap((o) => [o.headTitle, o.deputyTitle]))];
        return benchLsp({
          root,
          workspace,
          cacheDir,
          drafts: lspDrafts,
          edits: opt('--lsp-edits', 1000),
          maxEditMs: 90_000,
          hovers: 200,
          completions: 200,
          names,
          titles,
          startTimeoutMs: 300_000,
        });
      });
    } catch (err) {
      lspError = err instanceof Error ? err.message : String(err);
      log(`language server failed: ${lspError}`);
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true });
      fs.rmSync(cacheDir, { recursive: true, force: true });
      fs.rmSync(coldCacheDir, { recursive: true, force: true });
    }
  }

  // ------------------------------------------------------------------ peers
  const peerRows: PeerRow[] = [];
  const peerSetup: Record<string, number> = {};
  const peerDrafts = drafts.filter((d) => d.name !== 'draft-200k');
  let peerCspell: Peer | undefined;
  // harper.js is far slower per word on the 1 MB draft (superlinear): one run of it is all the budget allows.
  if (!flag('--no-peers')) {
    await phase('peers', async () => {
      const words = peerWords;
      log(`  ${fmtInt(words.length)} corpus words as the peers' custom dictionary`);
      const cspell = await makeCspell(words, versionOf('cspell-lib'));
      peerCspell = cspell;
      const harper = await makeHarper(words, versionOf('harper.js'), seedDocs[0].text);
      for (const peer of [cspell, harper] as Peer[]) {
        peerSetup[peer.name] = peer.setupMs;
        for (const d of peerDrafts) {
          const big = d.words > 10_000;
          if (big && peer === harper && !flag('--full') && elapsedS() > DEADLINE_S - HARPER_1MB_S) {
            log(`  ${peer.name} ${d.name}: skipped, the bench would overrun its ${DEADLINE_S} s (--full runs it)`);
            skipped.push(`${peer.name} on the ${draftLabel(d)} draft (about ${HARPER_1MB_S} s; --full runs it)`);
            continue;
          }
          let problems = 0;
          const timing = await measure(`${peer.name} ${d.name}`, async () => (problems = await peer.lint(d.text)), big ? { warmup: 0, minSamples: peer === harper ? 1 : 3, budgetMs: 0 } : SMALL_DRAFT_TIMING);
          peerRows.push({ peer: peer.name, draft: d.name, words: d.words, problems, timing, wordsPerSecond: d.words / (timing.median / 1000) });
          log(`  ${peer.name} ${d.name}: median ${fmtMs(timing.median)}, ${problems} problems`);
        }
      }
    });
  }

  // The ratio from rows timed a minute apart moves with the machine's phases (cspell at 600 words: 2.6 ms in one
  // run, 3.9 ms in the next). Interleaved, one call of each in turn on the same draft, both see the same phase.
  let interleaved: { rounds: number; cspell: number; seeds: number; big: number } | undefined;
  if (peerCspell) {
    await phase('presslint and cspell interleaved (600 words)', async () => {
      const draft = drafts.find((d) => d.name === 'draft-600')!;
      const t: Record<'cspell' | 'seeds' | 'big', number[]> = { cspell: [], seeds: [], big: [] };
      const rounds = 400;
      for (let r = 0; r < rounds + 50; r++) {
        const order = r % 2 ? (['big', 'cspell', 'seeds'] as const) : (['seeds', 'cspell', 'big'] as const);
        for (const who of order) {
          const start = performance.now();
          if (who === 'cspell') await peerCspell!.lint(draft.text);
          else engine.lintText(draft.text, who === 'seeds' ? seedTb : bigTb);
          if (r >= 50) t[who].push(performance.now() - start);
        }
      }
      const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
      interleaved = { rounds, cspell: med(t.cspell), seeds: med(t.seeds), big: med(t.big) };
      log(`  ${rounds} rounds: cspell ${fmtMs(interleaved.cspell)}, presslint seed TB ${fmtMs(interleaved.seeds)}, 10k TB ${fmtMs(interleaved.big)}`);
    });
  }

  // Words per second are a rate in steady state, and the machine's phase moves within minutes: alternating blocks
  // of calls (each tool BLOCK times in a row, the three in turn) time each in its own steady state, in the same
  // phases. The first calls of each block, which run in caches and a heap the other tool just left, are dropped
  // for both alike; the call-by-call row above keeps them all.
  let blocks: { rounds: number; block: number; dropped: number; cspell: number; seeds: number; big: number } | undefined;
  if (peerCspell) {
    await phase('presslint and cspell in alternating blocks (600 words)', async () => {
      const draft = drafts.find((d) => d.name === 'draft-600')!;
      const t: Record<'cspell' | 'seeds' | 'big', number[]> = { cspell: [], seeds: [], big: [] };
      const [rounds, block, dropped] = [12, 40, 5];
      for (let r = 0; r < rounds; r++) {
        const order = (['seeds', 'cspell', 'big', 'cspell'] as const).slice(r % 2 ? 2 : 0).concat((['seeds', 'cspell', 'big', 'cspell'] as const).slice(0, r % 2 ? 2 : 0));
        for (const who of order) {
          for (let k = 0; k < block; k++) {
            const start = performance.now();
            if (who === 'cspell') await peerCspell!.lint(draft.text);
            else engine.lintText(draft.text, who === 'seeds' ? seedTb : bigTb);
            if (k >= dropped) t[who].push(performance.now() - start);
          }
        }
      }
      const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
      blocks = { rounds, block, dropped, cspell: med(t.cspell), seeds: med(t.seeds), big: med(t.big) };
      log(`  ${rounds} rounds of ${block}-call blocks: cspell ${fmtMs(blocks.cspell)}, presslint seed TB ${fmtMs(blocks.seeds)}, 10k TB ${fmtMs(blocks.big)}`);
    });
  }

  // ------------------------------------------------------------------ report
  const totalMs = performance.now() - started;
  const row = (tb: string, name: string) => lintRows.find((r) => r.termBase === tb && r.draft === name);
  const peerRow = (peer: string, name: string) => peerRows.find((r) => r.peer === peer && r.draft === name);
  const fasterPeer = (name: string) => {
    const rs = peerRows.filter((r) => r.draft === name);
    return rs.length ? rs.reduce((a, b) => (b.wordsPerSecond > a.wordsPerSecond ? b : a)) : undefined;
  };
  const ratio = (tb: string, name: string) => {
    const ours = row(tb, name);
    const peer = fasterPeer(name);
    return ours && peer ? ours.wordsPerSecond / peer.wordsPerSecond : NaN;
  };
  const ok = (pass: boolean | undefined) => (pass === undefined ? '' : pass ? '✅' : '❌');
  const pctl = (x: { p50: number; p95: number; p99: number }) => `${fmtMs(x.p50)} / ${fmtMs(x.p95)} / ${fmtMs(x.p99)}`;

  type Line = [string, string, string, string, string];
  const lines: Line[] = [];
  const add = (area: string, what: string, result: string, budget = '', pass?: boolean) => lines.push([area, what, result, budget, ok(pass)]);

  const tbSize = (tb: TermBase) => `${fmtInt(tb.people.length)} people, ${fmtInt(tb.organizations.length)} organizations, ${fmtInt(tb.programmes.length)} programmes`;
  for (const [tb, tbName] of [['seeds', 'seed term base'], ['10k', `${fmtInt(LARGEST)}-release term base`]] as const) {
    add(`lint, ${tbName}`, 'term base size', tbSize(tb === 'seeds' ? seedTb : bigTb));
    add(`lint, ${tbName}`, 'first lint (builds the lint index)', fmtMs(firstLint[tb]));
    for (const d of timedDrafts) {
      const r = row(tb, d.name)!;
      const budget = d.name === 'draft-600' ? '< 2 ms median' : d.name === 'draft-1mb' ? '< 1 s' : '';
      const pass = d.name === 'draft-600' ? r.timing.median < 2 : d.name === 'draft-1mb' ? r.timing.median < 1000 : undefined;
      add(
        `lint, ${tbName}`,
        `${draftLabel(d)}: median / p95 (n=${r.timing.samples.length})`,
        `${fmtMs(r.timing.median)} / ${fmtMs(r.timing.p95)} · ${fmtRate(r.wordsPerSecond)} words/s · ${r.diagnostics} diag.${r.timing.gc && r.words <= 2000 ? ` · ${fmtGcShare(r.timing.gc)}` : ''}`,
        budget,
        pass,
      );
    }
    add(`lint, ${tbName}`, 'growth exponent of lint time vs draft size', lintSlope(tb).toFixed(2), '≈ 1', Math.abs(lintSlope(tb) - 1) < 0.2);
  }
  if (bySize.length >= 2) {
    add(
      'lint vs term base size',
      `600 words against ${bySize.map((b) => fmtInt(b.releases)).join(' / ')}-release term bases: median; growth exponent`,
      `${bySize.map((b) => fmtMs(b.timing.median)).join(' / ')}; ${tbSizeSlope.toFixed(2)}`,
    );
  }
  for (const l of learn) {
    const budget = l.corpus === 'seeds' ? '< 100 ms' : l.releases === LARGEST ? '< 20 s' : '';
    const pass = l.corpus === 'seeds' ? l.timing.median < 100 : l.releases === LARGEST ? l.timing.median < 20_000 : undefined;
    const n = l.timing.samples.length;
    add('learn', `${l.corpus === 'seeds' ? `seeds (${l.releases} releases)` : l.corpus}, ${fmtInt(l.words)} words${n > 1 ? `: median (n=${n})` : ' (one run)'}`, fmtMs(l.timing.median), budget, pass);
  }
  add('learn', 'growth exponent of learn time vs corpus size (100 → 10,000)', learnSlope.toFixed(2), '≈ 1', Math.abs(learnSlope - 1) < 0.2);

  if (lsp) {
    // A warm start well under the learn time means the cache was hit.
    const warm = cacheSeeded && lsp.readyMs < 0.5 * (learn.find((l) => l.releases === LARGEST)?.timing.median ?? Infinity);
    add('language server', `start-up until the ${fmtInt(lsp.corpusReleases)}-release corpus is loaded (${warm ? 'warm: term base from the disk cache' : 'cold: learned'})`, fmtMs(lsp.readyMs));
    add('language server', 'resident memory then, after a second idle (VmRSS; peak VmHWM)', `${lsp.rssMB.toFixed(0)} MB (peak ${lsp.hwmMB.toFixed(0)} MB; ${lsp.rssAfterEditsMB.toFixed(0)} MB after the edits)`, '< 150 MB', lsp.rssMB < 150);
    if (lspCold) {
      add('language server', 'cold start-up (learns the corpus in its worker)', fmtMs(lspCold.readyMs));
      add('language server', 'resident memory after a cold start (VmRSS; peak VmHWM)', `${lspCold.rssMB.toFixed(0)} MB (peak ${lspCold.hwmMB.toFixed(0)} MB)`, '< 150 MB', lspCold.rssMB < 150);
    }
    add(
      'language server',
      `didChange → publishDiagnostics, p50 / p95 / p99 (${fmtInt(lsp.keystrokes)} keystrokes in ${lsp.bursts} bursts, ${lsp.documents} × 600-word drafts)`,
      `${pctl(lsp.changeToDiagnostics)}${lsp.missedDiagnostics ? ` · ${lsp.missedDiagnostics} missed` : ''}`,
    );
    if (lsp.afterDebounce) {
      add('language server', `… of which the server's debounce`, `${lsp.debounceMs} ms`);
      add('language server', '… after the debounce, p50 / p95 / p99', pctl(lsp.afterDebounce), '< 50 ms', lsp.afterDebounce.p50 < 50);
    }
    add('language server', `hover, p50 / p95 / p99 (n=${lsp.hover.n}, ${lsp.hover.nonEmpty} with content)`, pctl(lsp.hover), '< 10 ms', lsp.hover.p50 < 10);
    add('language server', `completion, p50 / p95 / p99 (n=${lsp.completion.n}, ${lsp.completion.nonEmpty} with items)`, pctl(lsp.completion), '< 10 ms', lsp.completion.p50 < 10);
  } else if (!flag('--no-lsp')) {
    add('language server', 'failed', (lspError ?? '').split('\n')[0]);
  }

  if (peerRows.length) {
    for (const peer of ['cspell', 'harper.js']) {
      const version = versionOf(peer === 'cspell' ? 'cspell-lib' : 'harper.js');
      const rates = peerDrafts.map((d) => `${draftLabel(d)}: ${fmtRate(peerRow(peer, d.name)?.wordsPerSecond ?? NaN)}`).join(' · ');
      add('peers (words/s, in process)', `${peer} ${version} (setup ${fmtMs(peerSetup[peer])})`, rates);
    }
    for (const [tb, tbName] of [['seeds', 'seed TB'], ['10k', '10k TB']] as const) {
      const rates = peerDrafts.map((d) => `${draftLabel(d)}: ${fmtRate(row(tb, d.name)?.wordsPerSecond ?? NaN)}`).join(' · ');
      add('peers (words/s, in process)', `presslint, ${tbName}`, rates);
    }
    for (const [tb, tbName] of [['seeds', 'seed TB'], ['10k', '10k TB']] as const) {
      const ratios = peerDrafts.map((d) => `${draftLabel(d)}: ${ratio(tb, d.name).toFixed(2)}× (vs ${fasterPeer(d.name)?.peer})`).join(' · ');
      add('peers (words/s, in process)', `presslint ÷ faster peer, ${tbName}`, ratios, '≥ 5× (600 words)', ratio(tb, 'draft-600') >= 5);
    }
    if (interleaved) {
      const [rs, rb] = [interleaved.cspell / interleaved.seeds, interleaved.cspell / interleaved.big];
      add('peers (words/s, in process)', `presslint ÷ cspell, interleaved call by call on the 600-word draft (${interleaved.rounds} rounds; medians ${fmtMs(interleaved.cspell)} / ${fmtMs(interleaved.seeds)} / ${fmtMs(interleaved.big)})`, `seed TB: ${rs.toFixed(2)}× · 10k TB: ${rb.toFixed(2)}×`, '≥ 5×', rs >= 5 && rb >= 5);
    }
    if (blocks) {
      const [rs, rb] = [blocks.cspell / blocks.seeds, blocks.cspell / blocks.big];
      add('peers (words/s, in process)', `presslint ÷ cspell, alternating blocks of ${blocks.block} calls on the 600-word draft (${blocks.rounds} rounds, first ${blocks.dropped} of each block dropped; medians ${fmtMs(blocks.cspell)} / ${fmtMs(blocks.seeds)} / ${fmtMs(blocks.big)})`, `seed TB: ${rs.toFixed(2)}× · 10k TB: ${rb.toFixed(2)}×`, '≥ 5×', rs >= 5 && rb >= 5);
    }
  }
  if (cli) {
    add('CLI', `\`presslint lint\` on ${cli.files} short drafts, start-up included: median of ${cli.runs.length} (seed corpus, warm cache)`, fmtMs(cli.median), '< 0.5 s', cli.median < 500);
    add('CLI', 'the same, first run (cold: learns the seeds, fills the cache)', fmtMs(cli.coldMs));
  }

  for (const x of skipped) add('skipped', x, '–');
  const header: Line = ['Area', 'Measure', 'Result', 'Budget', ''];
  const table = [header, ['---', '---', '---', '---', '---'] as Line, ...lines].map((l) => `| ${l.join(' | ')} |`).join('\n');
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const caption = `presslint ${versionOf('..')} · ${new Date().toISOString().slice(0, 10)} · ${machine} · load average at start ${loadAtStart.map((x) => x.toFixed(2)).join(' ')} · bench wall time ${fmtMs(totalMs)}`;
  process.stdout.write(`\n${table}\n\n${caption}\n`);

  // Chart: latency against draft size.
  const series: Series[] = [
    { name: 'presslint, seed TB', color: '#1f6feb', points: lintRows.filter((r) => r.termBase === 'seeds').map((r) => ({ words: r.words, ms: r.timing.median })) },
    { name: 'presslint, 10k TB', color: '#0a3069', dash: '6 3', points: lintRows.filter((r) => r.termBase === '10k').map((r) => ({ words: r.words, ms: r.timing.median })) },
    { name: `cspell ${versionOf('cspell-lib')}`, color: '#bf3989', points: peerRows.filter((r) => r.peer === 'cspell').map((r) => ({ words: r.words, ms: r.timing.median })) },
    { name: `harper.js ${versionOf('harper.js')}`, color: '#d4a72c', points: peerRows.filter((r) => r.peer === 'harper.js').map((r) => ({ words: r.words, ms: r.timing.median })) },
  ].filter((s) => s.points.length);
  const svg = latencyChart(series, 'Lint latency vs draft size (median, in process)', `npm run bench · ${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores · Node ${process.version}`);
  fs.writeFileSync(path.join(root, 'bench', 'latency.svg'), svg);

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: os.totalmem() / 2 ** 30, node: process.version, loadAverageAtStart: loadAtStart },
    wallTimeMs: Math.round(totalMs),
    phasesMs: phases,
    budgets: {
      lint600MedianMs: 2, lint1MBMs: 1000, learnSeedsMs: 100, learn10kMs: 20_000, lspAfterDebounceMs: 50, hoverCompletionMs: 10, serverRssMB: 150, cli45Ms: 500, peerRatio: 5,
    },
    learn: learn.map((l) => ({ corpus: l.corpus, releases: l.releases, words: l.words, medianMs: l.timing.median, p95Ms: l.timing.p95, samplesMs: l.timing.samples })),
    learnGrowthExponent: learnSlope,
    termBases: {
      seeds: { people: seedTb.people.length, organizations: seedTb.organizations.length, programmes: seedTb.programmes.length },
      '10k': { people: bigTb.people.length, organizations: bigTb.organizations.length, programmes: bigTb.programmes.length },
    },
    firstLintMs: firstLint,
    lint: lintRows.map((r) => ({ termBase: r.termBase, draft: r.draft, words: r.words, bytes: r.bytes, diagnostics: r.diagnostics, medianMs: r.timing.median, p95Ms: r.timing.p95, samples: r.timing.samples.length, wordsPerSecond: r.wordsPerSecond })),
    lintGrowthExponent: { seeds: lintSlope('seeds'), '10k': lintSlope('10k') },
    lintByTermBaseSize: { rows: bySize.map((b) => ({ releases: b.releases, medianMs: b.timing.median, p95Ms: b.timing.p95, samples: b.timing.samples.length })), growthExponent: tbSizeSlope },
    drafts: drafts.map((d) => ({ name: d.name, words: d.words, bytes: Buffer.byteLength(d.text), planted: d.planted.length })),
    peers: {
      versions: { cspell: versionOf('cspell-lib'), 'harper.js': versionOf('harper.js') },
      setupMs: peerSetup,
      rows: peerRows.map((r) => ({ peer: r.peer, draft: r.draft, words: r.words, problems: r.problems, medianMs: r.timing.median, p95Ms: r.timing.p95, samples: r.timing.samples.length, wordsPerSecond: r.wordsPerSecond })),
      ratioToFasterPeer: Object.fromEntries(['seeds', '10k'].map((tb) => [tb, Object.fromEntries(peerDrafts.map((d) => [d.name, ratio(tb, d.name)]))])),
      ...(interleaved ? { interleavedWithCspell600: { ...interleaved, ratioSeeds: interleaved.cspell / interleaved.seeds, ratio10k: interleaved.cspell / interleaved.big } } : {}),
      ...(blocks ? { alternatingBlocksWithCspell600: { ...blocks, ratioSeeds: blocks.cspell / blocks.seeds, ratio10k: blocks.cspell / blocks.big } } : {}),
    },
    lsp: lsp ? { ...lsp, keyIntervalMs: KEY_INTERVAL_MS } : { error: lspError ?? 'skipped' },
    lspCacheSeeded: cacheSeeded,
    lspColdStart: lspCold ? { readyMs: lspCold.readyMs, rssMB: lspCold.rssMB, hwmMB: lspCold.hwmMB } : undefined,
    cli,
    skipped,
    table,
  };
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  if (!flag('--no-readme')) updateReadme(table, caption);
  log(`done: ${fmtMs(totalMs)} (bench/results.json, bench/latency.svg${flag('--no-readme') ? '' : ', README.md Performance section'})`);
}

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

/** Appends the Performance section to README.md, or refreshes the part between its markers. */
function updateReadme(table: string, caption: string) {
  const file = path.join(root, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const block = [
    START,
    `Measured by \`npm run bench\` (corpora and drafts generated under \`bench/out/\`, git-ignored; full numbers in \`bench/results.json\`). Budgets from the design; peers measured in the same run on the same drafts, each timed text in, problems out, with its dictionaries loaded once beforehand as our term base is (cspell: \`updateDocumentText\` + \`checkDocument\` on one prepared \`DocumentValidator\`; harper.js: \`LocalLinter.lint\`). \`npm run bench -- --full\` also times the 200,000-word draft, harper.js on 1 MB and a cold start of the language server; \`node --import tsx bench/profile.ts lint-1mb\` (or \`lint-600\`, \`lint-600-10k\`, \`learn-10k\`) lists the engine's top self-time functions. The machine is shared: compare runs by their load average.`,
    '',
    table,
    '',
    caption,
    '',
    '![Lint latency vs draft size](bench/latency.svg)',
    END,
  ].join('\n');
  const s = readme.indexOf(START);
  const e = readme.indexOf(END);
  const next = s >= 0 && e > s ? readme.slice(0, s) + block + readme.slice(e + END.length) : `${readme.trimEnd()}\n\n## Performance\n\n${block}\n`;
  if (next !== readme) fs.writeFileSync(file, next);
}

const loadAtStart = os.loadavg();
// Exit when done: the peers' libraries keep handles open that would hold the process for minutes.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
