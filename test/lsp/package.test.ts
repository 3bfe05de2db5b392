// The .vsix: what `npm run package` makes (vsce with the same flags), checked for size and contents.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from './fixtures';
import { root } from './harness';
import { hunspellWordLists, groupWords, packWordGroups, unpackWordGroups } from '../../server/src/engine/lexicon/englishWords';

describe('extension package', function () {
  this.timeout(120_000);
  let vsix: string;
  let entries: string[];

  before(() => {
    ensureBuilt();
    const script = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.package as string;
    const flags = script.split('vsce package')[1].trim().split(/\s+/);
    vsix = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-vsix-')), 'presslint.vsix');
    execFileSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', ...flags, '--out', vsix], {
      cwd: root,
      stdio: 'pipe',
    });
    entries = zipEntries(fs.readFileSync(vsix));
  });
  after(() => fs.rmSync(path.dirname(vsix), { recursive: true, force: true }));

  it('is under 2 MB', () => {
    assert.ok(fs.statSync(vsix).size < 2 * 1024 * 1024, `${fs.statSync(vsix).size} bytes`);
  });

  it('holds the bundles, seeds, grammar, schema and manifest, and no sources or node_modules', () => {
    const files = entries.filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
    for (const needed of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/dictionary/en-words.bin', 'syntaxes/press-release.tmLanguage.json', 'schemas/presslint.schema.json', 'language-configuration.json']) {
      assert.ok(files.includes(needed), `missing ${needed}`);
    }
    assert.ok(files.some((f) => f.startsWith('seeds/')));
    const allowed = /^(dist\/[^/]+\.js|dist\/dictionary\/.+|seeds\/.+|syntaxes\/.+|schemas\/.+|readme\.md|license.*|changelog\.md|package\.json|language-configuration\.json)$/i;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  });

  it('ships the English word lists as the engine reads them from the Hunspell dictionary', () => {
    const packed = fs.readFileSync(path.join(root, 'dist', 'dictionary', 'en-words.bin'));
    const dic = fs.readFileSync(path.join(root, 'node_modules', 'dictionary-en', 'index.dic'), 'utf8');
    const fromSource = hunspellWordLists(dic);
    assert.ok(fromSource.words.length > 40000, `${fromSource.words.length} words`);
    const expected = { words: groupWords(fromSource.words), common: groupWords(fromSource.common) };
    assert.ok(packed.equals(packWordGroups(expected)), 'the shipped file is the packed word lists');
    const shipped = unpackWordGroups(packed);
    for (const list of ['words', 'common'] as const) {
      const read = shipped[list] as (g: string) => string | undefined;
      for (const [g, text] of Object.entries(expected[list])) assert.equal(read(g), text, `${list} ${g}`);
    }
    // Every word is in its group, once.
    const grouped = Object.values(expected.words).flatMap((g) => g.split('\n'));
    assert.equal(grouped.length, new Set(fromSource.words).size);
  });
});

/** Names in a zip's central directory (a .vsix is a zip), without an unzip tool. */
function zipEntries(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'bad central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
