// Security posture: untrusted workspaces (VS Code's Restricted Mode), presslint.json as untrusted input, no
// network and no program execution anywhere. (User-supplied patterns: patterns.test.ts.)
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { CORPUS, CUSTOM_DRAFT, ensureBuilt, MORE_CORPUS, SEED_DRAFT } from '../lsp/fixtures';
import { flagged, makeWorkspace, uriOf, type LspClient } from '../lsp/harness';
import { CLEAN_DRAFT, removeProject, tempProject } from '../cli/helpers';
import { FIXTURES, ROOT, runCli } from './helpers';
import { startServer, waitForMessage } from './lsp';

const RESTRICTED = { workspaceTrusted: false };
const TRAP = path.join(FIXTURES, 'no-network.cjs');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** A folder outside every workspace with a corpus of its own (the Baltic Ports Authority releases). */
function outsideCorpus(): string {
  return makeWorkspace({ ...CORPUS, ...MORE_CORPUS });
}

const mentions = (client: LspClient, uri: string, needle: string) => async () => {
  const ds = await client.diagnostics(uri);
  return ds.some((d) => flagged(client.documents.get(uri)!, d).includes(needle));
};

describe('security', function () {
  this.timeout(60_000);
  before(ensureBuilt);

  describe('the extension manifest and client', () => {
    it('declares limited support for untrusted workspaces, with presslint.corpus restricted', () => {
      const u = pkg.capabilities?.untrustedWorkspaces;
      assert.equal(u?.supported, 'limited');
      assert.ok(typeof u.description === 'string' && /Restricted Mode/.test(u.description), 'says what is limited');
      assert.deepEqual(u.restrictedConfigurations, ['presslint.corpus']);
    });

    it('the client tells the server whether the workspace is trusted, and restarts it when trust is granted', () => {
      const src = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
      assert.match(src, /initializationOptions:\s*\{\s*workspaceTrusted:\s*vscode\.workspace\.isTrusted\s*\}/);
      assert.match(src, /onDidGrantWorkspaceTrust\(\(\) => restart\(context\)\)/);
      const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'client.js'), 'utf8');
      assert.ok(bundle.includes('workspaceTrusted') && bundle.includes('onDidGrantWorkspaceTrust'), 'in the shipped bundle too');
    });
  });

  describe('Restricted Mode: no corpus path outside the workspace folder is read', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
      if (client && client.proc.exitCode === null) await client.shutdown();
      client = undefined;
    });

    const ways: { name: string; corpus: (outside: string, ws: string) => string; setup?: (outside: string, ws: string) => void }[] = [
      { name: 'a relative path with ..', corpus: (o, ws) => path.relative(ws, path.join(o, 'releases')) },
      { name: 'an absolute path', corpus: (o) => path.join(o, 'releases') },
      { name: 'a glob', corpus: (o, ws) => `${path.relative(ws, path.join(o, 'releases'))}/*.txt` },
      { name: 'a path that climbs out after going in', corpus: (o, ws) => `drafts/../${path.relative(ws, path.join(o, 'releases'))}` },
      {
        name: 'a symlinked folder inside the workspace',
        corpus: () => 'releases',
        setup: (o, ws) => fs.symlinkSync(path.join(o, 'releases'), path.join(ws, 'releases')),
      },
    ];
    for (const way of ways) {
      it(`${way.name}: not read, said so, the bundled corpus used; read when trusted`, async function () {
        if (process.platform === 'win32' && way.setup) this.skip(); // this way needs a symlink, not available on Windows
        const outside = outsideCorpus();
        const ws = makeWorkspace({ 'drafts/.keep': '' });
        way.setup?.(outside, ws);
        const corpus = way.corpus(outside, ws);
        fs.writeFileSync(path.join(ws, 'presslint.json'), JSON.stringify({ corpus: [corpus] }));

        client = await startServer({ workspace: ws, initializationOptions: RESTRICTED });
        const warning = await waitForMessage(client, /Restricted Mode/);
        assert.equal(
          warning,
          `presslint: Restricted Mode: the corpus path "${corpus}" is outside the workspace folder and is not read; using the bundled corpus (trust the workspace to use it)`,
        );
        const status = await client.waitFor<{ state: string; documents: number; corpus: string[] }>('presslint/status', (s) => s.state === 'ready');
        assert.equal(status.documents, 5, 'the five bundled releases');
        assert.ok(status.corpus.every((u) => u.endsWith('/seeds')), JSON.stringify(status.corpus));
        const uri = uriOf(path.join(ws, 'drafts', 'draft.txt'));
        await client.open(uri, CUSTOM_DRAFT);
        assert.equal(await mentions(client, uri, 'Wacth')(), false, 'the outside canon is unknown');
        await client.shutdown();

        // The same workspace, trusted: the corpus is read (so the test above shows a real difference).
        client = await startServer({ workspace: ws, initializationOptions: { workspaceTrusted: true } });
        await client.open(uri, CUSTOM_DRAFT);
        await client.diagnostics(uri, (ds) => ds.some((d) => flagged(client!.documents.get(uri)!, d).includes('Wacth')));
        assert.ok(!client.messages.some((m) => /Restricted Mode/.test(m)));
      });
    }

    it('files inside the corpus folder that link outside are skipped, each with a notice; the rest is learned', async function () {
      if (process.platform === 'win32') this.skip(); // POSIX file semantics (inodes, FIFOs, symlinks) not available on Windows
      const outside = outsideCorpus();
      const ws = makeWorkspace({ ...CORPUS, 'presslint.json': '{ "corpus": ["releases"] }' });
      fs.symlinkSync(path.join(outside, 'releases', 'r4.txt'), path.join(ws, 'releases', 'r4.txt'));
      fs.symlinkSync(path.join(outside, 'releases'), path.join(ws, 'releases', 'more'));
      client = await startServer({ workspace: ws, initializationOptions: RESTRICTED });
      await client.waitFor('presslint/status', (s: { state: string; documents: number }) => s.state === 'ready' && s.documents === 3);
      const notes = client.messages.filter((m) => /resolves outside the workspace folder/.test(m));
      assert.equal(notes.length, 6, notes.join('\n')); // r4.txt, and more/r1..r5.txt
      assert.ok(notes.every((m) => /^presslint: skipped \S+: it resolves outside the workspace folder \(Restricted Mode\)$/.test(m)), notes.join('\n'));
      const uri = uriOf(path.join(ws, 'draft.txt'));
      const doc = await client.open(uri, CUSTOM_DRAFT);
      const ds = await client.diagnostics(uri, (d) => d.some((x) => flagged(doc, x).includes('Wacth')));
      assert.ok(!ds.some((d) => flagged(doc, d).includes('Lanturn')), 'nothing learned from the linked releases');
    });

    it('the presslint.corpus setting is confined the same way', async () => {
      const outside = outsideCorpus();
      const ws = makeWorkspace();
      const corpus = path.join(outside, 'releases');
      client = await startServer({ workspace: ws, initializationOptions: RESTRICTED, settings: { corpus: [corpus] } });
      await waitForMessage(client, new RegExp(`Restricted Mode: the corpus path "${corpus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" is outside`));
      const status = await client.waitFor<{ state: string; documents: number }>('presslint/status', (s) => s.state === 'ready');
      assert.equal(status.documents, 5);
    });

    it('a corpus inside the workspace works as usual in Restricted Mode', async () => {
      const ws = makeWorkspace({ ...CORPUS, 'presslint.json': '{ "corpus": ["releases"] }' });
      client = await startServer({ workspace: ws, initializationOptions: RESTRICTED });
      const uri = uriOf(path.join(ws, 'draft.txt'));
      const doc = await client.open(uri, CUSTOM_DRAFT);
      await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d).includes('Wacth')));
      assert.ok(!client.messages.some((m) => /Restricted Mode/.test(m)), client.messages.join('\n'));
    });

    it('under Node\'s permission model (reads allowed only in the package and the workspace, no child processes), the restricted server works and never touches the outside corpus', async function () {
      const outside = outsideCorpus();
      const ws = makeWorkspace({ ...CORPUS, 'presslint.json': JSON.stringify({ corpus: ['releases', path.join(outside, 'releases')] }) });
      fs.symlinkSync(path.join(outside, 'releases', 'r4.txt'), path.join(ws, 'releases', 'r4.txt'));
      const flag = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';
      client = await startServer({
        workspace: ws,
        initializationOptions: RESTRICTED,
        env: { PRESSLINT_NO_CACHE: '1', NODE_OPTIONS: '' }, // no test loader (tsx) in the server
        nodeArgs: [flag, `--allow-fs-read=${ROOT}/*`, `--allow-fs-read=${ws}/*`, '--allow-worker'],
      });
      const uri = uriOf(path.join(ws, 'draft.txt'));
      const doc = await client.open(uri, CUSTOM_DRAFT);
      await client.diagnostics(uri, (ds) => ds.some((d) => flagged(doc, d).includes('Wacth')));
      await waitForMessage(client, /Restricted Mode: the corpus path ".*" is outside the workspace folder and is not read \(trust/);
      await waitForMessage(client, /skipped \S*r4\.txt: it resolves outside the workspace folder/);
      const everything = client.messages.join('\n') + client.stderrText();
      assert.doesNotMatch(everything, /ERR_ACCESS_DENIED|Access to this API has been restricted/, `nothing outside was even attempted:\n${everything}`);
    });
  });

  describe('presslint.json cannot make presslint run anything or reach anything', () => {
    it('keys that would load or run code are unknown keys (the schema is closed); no code path evaluates strings', () => {
      const dir = tempProject({ 'presslint.json': '{ "plugins": ["x"], "extends": "y", "command": "z", "require": ["w"] }', 'a.txt': CLEAN_DRAFT });
      try {
          const r = runCli(['lint', 'a.txt'], dir);
          assert.equal(r.code, 2);
          assert.match(r.stderr, /^presslint: presslint\.json:1:3: unknown key "plugins"\n$/);
      } finally {
        removeProject(dir);
      }
      for (const file of sourceFiles()) {
        const text = fs.readFileSync(file, 'utf8');
        assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\s*\(|\bimport\s*\(\s*[^'"`]/, `${path.relative(ROOT, file)} evaluates or imports computed code`);
      }
    });
  });

  describe('no network access and no program execution', () => {
    const NETWORK = ['http', 'https', 'http2', 'tls', 'dgram', 'dns', 'net'];
    const EXEC = ['child_process', 'vm', 'cluster', 'inspector'];

    // The one exception: the CLI's launcher compiles its own bundle (dist/cli-main.js, next to it) with vm to
    // keep V8's code cache; it compiles nothing else.
    const LAUNCHER = path.join('server', 'src', 'cli', 'launch.ts');

    it('our sources import no network, process or vm module, and call no fetch', () => {
      const launcher = fs.readFileSync(path.join(ROOT, LAUNCHER), 'utf8');
      assert.equal(launcher.match(/new vm\.Script\(/g)?.length, 1, 'the launcher compiles one script');
      assert.match(launcher, /const main = path\.join\(__dirname, 'cli-main\.js'\);\nconst source = fs\.readFileSync\(main, 'utf8'\);/);
      for (const file of sourceFiles()) {
        const text = fs.readFileSync(file, 'utf8');
        for (const m of [...NETWORK, ...EXEC]) {
          if (m === 'vm' && path.relative(ROOT, file) === LAUNCHER) continue;
          assert.doesNotMatch(text, new RegExp(`from ['"](node:)?${m}['"]|require\\(['"](node:)?${m}['"]\\)`), `${path.relative(ROOT, file)} imports ${m}`);
        }
        assert.doesNotMatch(text, /\bfetch\s*\(|\bWebSocket\b|XMLHttpRequest|EventSource/, `${path.relative(ROOT, file)} reaches the network`);
      }
    });

    it('the bundles: only the LSP library brings net (its socket and pipe transports) and child_process (server: an unused helper; client: starting the server)', async () => {
      const allowed: Record<string, Record<string, RegExp>> = {
        'server/src/lsp/main.ts': {
          net: /^node_modules\/vscode-languageserver\/node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$|^node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$/,
          child_process: /^node_modules\/vscode-languageserver\/lib\/node\/files\.js$/,
        },
        'server/src/cli/main.ts': {},
        'server/src/cli/launch.ts': { vm: /^server\/src\/cli\/launch\.ts$/ },
        'server/src/engine/index.ts': {},
        'client/src/extension.ts': {
          net: /^node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$/,
          child_process: /^node_modules\/vscode-languageclient\/lib\/node\/(main|processes)\.js$/,
        },
      };
      // esbuild's service process lives on after a build (idle, unref'd); stopped below so no test leaves a process.
      try {
      for (const [entry, allow] of Object.entries(allowed)) {
        const r = await esbuild.build({
          entryPoints: [path.join(ROOT, entry)],
          absWorkingDir: ROOT,
          bundle: true,
          platform: 'node',
          format: 'cjs',
          write: false,
          metafile: true,
          external: ['vscode'],
          logLevel: 'silent',
          define: { 'import.meta.url': '__importMetaUrl', __PRESSLINT_BUILD__: '"test"' },
        });
        for (const [input, info] of Object.entries(r.metafile.inputs)) {
          for (const imp of info.imports) {
            const name = imp.path.replace(/^node:/, '');
            if (![...NETWORK, ...EXEC].includes(name)) continue;
            assert.ok(allow[name]?.test(input), `${entry}: ${input} imports ${imp.path}`);
          }
        }
      }
      } finally {
        await esbuild.stop();
      }
      // The server never calls the helper that would spawn npm (vscode-languageserver's Files.resolve*).
      for (const file of sourceFiles()) assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /\bFiles\.\w+/, file);
      // And the shipped bundles hold no other network module.
      for (const bundle of ['server.js', 'cli.js', 'cli-main.js', 'engine.js', 'client.js']) {
        const text = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
        for (const m of ['http', 'https', 'http2', 'tls', 'dgram', 'dns']) {
          assert.doesNotMatch(text, new RegExp(`require\\(["'](node:)?${m}["']\\)`), `dist/${bundle} requires ${m}`);
        }
        assert.doesNotMatch(text, /\bfetch\(/, `dist/${bundle} calls fetch`);
      }
    });

    it('at run time: the CLI (learn, lint, --fix) and the server (learning in its worker, linting, hover, completion, code actions, relearn) never try to connect or spawn', async () => {
      const log = path.join(os.tmpdir(), `presslint-trap-${process.pid}-${Date.now()}.log`);
      fs.writeFileSync(log, '');
      const env = { PRESSLINT_TEST_TRAP_LOG: log };
      const dir = tempProject({ ...CORPUS, 'presslint.json': '{ "corpus": ["releases"], "reject": [{ "wrong": "Harbour Wacth", "right": "Harbour Watch" }] }', 'draft.txt': CUSTOM_DRAFT });
      try {
        for (const args of [['learn'], ['lint', 'draft.txt'], ['lint', '--fix', 'draft.txt'], ['lint', '--corpus', path.join(ROOT, 'seeds'), '--format', 'sarif', 'draft.txt']]) {
          const r = runCli(args, dir, { nodeArgs: ['--require', TRAP], env });
          assert.ok(r.code === 0 || r.code === 1, `${args.join(' ')}: ${r.stderr}`);
        }
        const ws = makeWorkspace({ ...CORPUS, 'presslint.json': '{ "corpus": ["releases"] }' });
        const client = await startServer({ workspace: ws, nodeArgs: ['--require', TRAP], env: { ...env, PRESSLINT_NO_CACHE: '1' } });
        try {
          const uri = uriOf(path.join(ws, 'draft.txt'));
          const doc = await client.open(uri, CUSTOM_DRAFT + SEED_DRAFT);
          const ds = await client.diagnostics(uri, (d) => d.some((x) => flagged(doc, x).includes('Wacth')));
          await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: ds[0].range.start });
          await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 40 } });
          await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: ds } });
          await client.connection.sendRequest('workspace/executeCommand', { command: 'presslint.server.relearn', arguments: [] });
        } finally {
          await client.shutdown();
        }
        const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
        assert.deepEqual(lines.filter((l) => l.startsWith('ATTEMPT')), [], 'no connection or process attempted');
        assert.ok(lines.filter((l) => l.startsWith('loaded main')).length >= 5, 'the trap was loaded into every process');
        assert.ok(lines.some((l) => l.startsWith('loaded worker')), 'and into the server\'s learning worker');
      } finally {
        removeProject(dir);
        fs.rmSync(log, { force: true });
      }
    });
  });
});

/** Our own TypeScript sources: server (engine, CLI, LSP) and client. */
function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) out.push(p);
    }
  };
  walk(path.join(ROOT, 'server', 'src'));
  walk(path.join(ROOT, 'client', 'src'));
  return out;
}
