// Bundles the extension client, the language server, the CLI and the engine into dist/ with esbuild.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const dist = path.join(root, 'dist');
fs.mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Smaller bundles parse faster: CLI start-up is part of the 45-drafts budget. Source maps keep traces readable.
  minify: true,
  // No keepNames: it wraps every function and closure made at run time in a call that defines its `name` (a
  // closure made per sentence or per word paid that on every lint: ~5% of a 600-word lint). Nothing reads names.
  logLevel: 'warning',
  absWorkingDir: root,
  // ESM dependencies use import.meta.url; map it to the bundle's own file URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// A hash of the engine's sources: the learned-term-base cache is keyed by it, so a new build never reads an
// old build's cache.
function sourcesHash(dir) {
  const h = crypto.createHash('sha256');
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) h.update(e.name).update(fs.readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 16);
}
common.define.__PRESSLINT_BUILD__ = JSON.stringify(sourcesHash(path.join(root, 'server', 'src', 'engine')));

// fdir (tinyglobby's walker) tries to load picomatch from node_modules when its module loads, for a glob
// feature tinyglobby does not use: 10 ms of every CLI start, off the bundle. Left out here.
const noOptionalPicomatch = {
  name: 'fdir-without-optional-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.(mjs|cjs)$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const stripped = source.replace(/(?:__)?require\.resolve\("picomatch"\);\s*pm = (?:__)?require\("picomatch"\);/, '');
      if (stripped === source) throw new Error(`fdir changed: no optional picomatch load found in ${args.path}`);
      return { contents: stripped, loader: 'js' };
    });
  },
};

// zod's classic API re-exports all ~60 of its message locales (~250 KB of the CLI bundle, all of it loaded at
// every start); presslint reports config errors in English only, so the bundles keep only `en`.
const englishZodLocalesOnly = {
  name: 'zod-english-locale-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

const entries = [
  { in: 'client/src/extension.ts', out: 'client.js', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'server.js' },
  // The command starts through a small launcher that keeps V8's code cache of the CLI bundle.
  { in: 'server/src/cli/main.ts', out: 'cli-main.js' },
  { in: 'server/src/cli/launch.ts', out: 'cli.js', shebang: true },
  { in: 'server/src/engine/index.ts', out: 'engine.js' },
].filter((e) => fs.existsSync(path.join(root, e.in)));

await Promise.all(
  entries.map((e) =>
    esbuild.build({
      ...common,
      entryPoints: [e.in],
      outfile: path.join(dist, e.out),
      external: e.external ?? [],
      plugins: [noOptionalPicomatch, englishZodLocalesOnly],
      banner: { js: (e.shebang ? '#!/usr/bin/env node\n' : '') + common.banner.js },
    }),
  ),
);
const cli = path.join(dist, 'cli.js');
if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);

// The English word list used as evidence by the learner travels with the bundle.
const dictDir = path.join(root, 'node_modules', 'dictionary-en'); // its "exports" hide index.dic from require.resolve
fs.mkdirSync(path.join(dist, 'dictionary'), { recursive: true });
// Its word lists are extracted here by the engine's own reader, so a start only JSON.parses them.
fs.rmSync(path.join(dist, 'dictionary', 'en.dic'), { force: true });
const { hunspellWordLists, groupWords, packWordGroups } = createRequire(import.meta.url)(path.join(dist, 'engine.js'));
const lists = hunspellWordLists(fs.readFileSync(path.join(dictDir, 'index.dic'), 'utf8'));
fs.rmSync(path.join(dist, 'dictionary', 'en-words.json'), { force: true }); // the format of earlier builds
fs.writeFileSync(path.join(dist, 'dictionary', 'en-words.bin'), packWordGroups({ words: groupWords(lists.words), common: groupWords(lists.common) }));
