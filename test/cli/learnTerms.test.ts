// `presslint learn` and `presslint terms` on the bundled seeds and on a corpus of one's own.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, cli, ensureBuilt, oneLine, removeProject, tempProject } from './helpers';

describe('CLI learn and terms', () => {
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => {
    dir = tempProject();
  });
  afterEach(() => removeProject(dir));

  it('learn prints a summary of the bundled corpus', () => {
    const r = cli(['learn'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Learned from 5 documents: \d+ people, \d+ organizations, \d+ programmes, \d+ acronyms, \d+ suspected corpus errors\.$/m);
    for (const heading of ['People', 'Organizations', 'Programmes', 'Acronyms', 'House style per document', 'Suspected corpus errors']) {
      assert.match(r.stdout, new RegExp(`^${heading} \\(\\d+\\)$`, 'm'), heading);
    }
    assert.match(r.stdout, /Kunio Mikuriya/);
    assert.match(r.stdout, /seen at seeds\/00\d_[0-9a-f]+\.txt:\d+/, 'the bundled corpus is named relative to the package');
  });

  it('learn --out writes the term base as JSON', () => {
    const r = cli(['learn', '--out', 'tb.json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const tb = JSON.parse(fs.readFileSync(path.join(dir, 'tb.json'), 'utf8'));
    assert.equal(typeof tb.version, 'number');
    assert.equal(tb.documents.length, 5);
    for (const key of ['people', 'organizations', 'programmes', 'acronyms', 'titles', 'houseStyle', 'suspectedErrors', 'accepted', 'rejected']) {
      assert.ok(Array.isArray(tb[key]), key);
    }
    assert.match(r.stderr, /wrote the term base to tb\.json/);
  });

  it('learn --corpus reads a folder of ones own, with notices for skipped files', () => {
    const seeds = path.join(ROOT, 'seeds');
    for (const f of fs.readdirSync(seeds).slice(0, 2)) fs.copyFileSync(path.join(seeds, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    const r = cli(['learn', '--corpus', '.'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Learned from 2 documents/m);
    assert.equal(oneLine(r.stderr), 'presslint: skipped scan.txt: binary file (contains NUL bytes)');
  });

  it('learn uses the corpus named in presslint.json, relative to it', () => {
    const seeds = path.join(ROOT, 'seeds');
    fs.mkdirSync(path.join(dir, 'releases'));
    const first = fs.readdirSync(seeds)[0];
    fs.copyFileSync(path.join(seeds, first), path.join(dir, 'releases', first));
    fs.writeFileSync(path.join(dir, 'presslint.json'), '{"corpus": ["releases"]}');
    fs.mkdirSync(path.join(dir, 'sub'));
    const r = cli(['learn', '--config', '../presslint.json'], path.join(dir, 'sub'));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Learned from 1 document:/m);
  });

  it('learn with an empty corpus is an input error', () => {
    fs.mkdirSync(path.join(dir, 'empty'));
    const r = cli(['learn', '--corpus', 'empty'], dir);
    assert.equal(r.code, 2);
    assert.equal(oneLine(r.stderr), 'presslint: corpus is empty: empty');
  });

  it('terms finds a known person', () => {
    const r = cli(['terms', 'Mikuriya'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Kunio Mikuriya/);
  });

  it('terms with no match exits 1 with a message', () => {
    const r = cli(['terms', 'Zzyzx Qwertyuiop'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(oneLine(r.stderr), 'presslint: no entries match "Zzyzx Qwertyuiop"');
  });
});
