import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCorpus } from '../../server/src/engine/corpus/readCorpus';
import { PresslintInputError } from '../../server/src/engine/errors';

const rel = (p: string) => path.relative(process.cwd(), p).split(path.sep).join('/');

async function inputError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof PresslintInputError, String(err));
    return err.message;
  }
  assert.fail('expected a PresslintInputError');
}

describe('readCorpus', () => {
  let dir: string;
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-corpus-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads .txt and .md files under a folder, recursively and sorted', async () => {
    write('b.txt', 'Release B.');
    write('a.md', '# Release A');
    write('sub/c.txt', 'Release C.');
    write('notes.json', '{"not": "a release"}');
    write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const { documents, notices } = await readCorpus([dir]);
    assert.deepEqual(documents.map((d) => d.file), [rel(path.join(dir, 'a.md')), rel(path.join(dir, 'b.txt')), rel(path.join(dir, 'sub/c.txt'))]);
    assert.equal(documents[1].text, 'Release B.');
    assert.deepEqual(notices, []);
  });

  it('names files relative to the working directory with posix slashes', async () => {
    write('x/y.txt', 'Text.');
    const { documents } = await readCorpus([path.join(dir, 'x')]);
    assert.equal(documents[0].file, rel(path.join(dir, 'x', 'y.txt')));
    assert.ok(!documents[0].file.includes('\\'));
  });

  it('names files relative to displayBase when given', async () => {
    write('seeds/x.txt', 'Text.');
    const { documents } = await readCorpus([path.join(dir, 'seeds')], { displayBase: dir });
    assert.equal(documents[0].file, 'seeds/x.txt');
  });

  it('accepts files and globs, without duplicates', async () => {
    const a = write('a.txt', 'A.');
    write('b.txt', 'B.');
    write('c.md', 'C.');
    const { documents } = await readCorpus([a, path.join(dir, '*.txt')]);
    assert.deepEqual(documents.map((d) => path.basename(d.file)), ['a.txt', 'b.txt']);
  });

  it('resolves relative paths against the cwd option', async () => {
    write('rel/a.txt', 'A.');
    const { documents } = await readCorpus(['rel'], { cwd: dir });
    assert.equal(documents.length, 1);
  });

  it('does not loop on symlinked folders', async function () {
    write('loop/a.txt', 'A.');
    try {
      fs.symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop', 'again'), 'dir');
    } catch {
      this.skip(); // the file system refuses symlinks (Windows without the privilege): nothing to test
    }
    const { documents } = await readCorpus([dir]);
    assert.deepEqual(documents.map((d) => path.basename(d.file)), ['a.txt']);
  });

  it('skips binary files with a notice', async () => {
    write('good.txt', 'Good text.');
    write('bad.txt', Buffer.from('PK\u0003\u0004\u0000\u0000binary', 'latin1'));
    const { documents, notices } = await readCorpus([dir]);
    assert.deepEqual(documents.map((d) => path.basename(d.file)), ['good.txt']);
    assert.deepEqual(notices, [`skipped ${rel(path.join(dir, 'bad.txt'))}: binary file (contains NUL bytes)`]);
  });

  it('strips a UTF-8 BOM and decodes UTF-16 with a BOM', async () => {
    write('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café crème.', 'utf8')]));
    write('b.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Little endian.', 'utf16le')]));
    const be = Buffer.from('Big endian.', 'utf16le').swap16();
    write('c.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const { documents, notices } = await readCorpus([dir]);
    assert.deepEqual(documents.map((d) => d.text), ['Café crème.', 'Little endian.', 'Big endian.']);
    assert.deepEqual(notices, []);
  });

  it('decodes invalid UTF-8 with a notice', async () => {
    write('latin1.txt', Buffer.from('Caf\xe9 society.', 'latin1'));
    const { documents, notices } = await readCorpus([dir]);
    assert.equal(documents[0].text, 'Caf\ufffd society.');
    assert.deepEqual(notices, [`${rel(path.join(dir, 'latin1.txt'))}: invalid UTF-8 (decoded with replacement characters)`]);
  });

  it('skips files above maxFileSize with a notice', async () => {
    write('small.txt', 'Small.');
    write('big.txt', 'x'.repeat(2000));
    const { documents, notices } = await readCorpus([dir], { maxFileSize: 1000 });
    assert.deepEqual(documents.map((d) => path.basename(d.file)), ['small.txt']);
    assert.equal(notices.length, 1);
    assert.match(notices[0], /^skipped .*big\.txt: file too large \(2000 bytes; the limit is 1000\)$/);
  });

  it('leaves out ignored files', async () => {
    write('keep/a.txt', 'A.');
    write('old/b.txt', 'B.');
    write('keep/c.draft.txt', 'C.');
    const { documents } = await readCorpus([dir], { ignore: ['old', '*.draft.txt'], ignoreBase: dir });
    assert.deepEqual(documents.map((d) => path.basename(d.file)), ['a.txt']);
  });

  it('ignore "dir/*.txt" leaves out the files right in that folder, not deeper or elsewhere', async () => {
    write('dir/a.txt', 'A.');
    write('dir/sub/b.txt', 'B.');
    write('other/dir/c.txt', 'C.');
    write('d.txt', 'D.');
    const { documents } = await readCorpus([dir], { ignore: ['dir/*.txt'], ignoreBase: dir });
    assert.deepEqual(documents.map((d) => path.relative(dir, path.resolve(d.file)).split(path.sep).join('/')), ['d.txt', 'dir/sub/b.txt', 'other/dir/c.txt']);
  });

  it('ignore "**/drafts/**" leaves out a drafts folder at any depth', async () => {
    write('drafts/x.txt', 'X.');
    write('a/drafts/y.txt', 'Y.');
    write('a/z.txt', 'Z.');
    write('drafts.txt', 'W.');
    const { documents } = await readCorpus([dir], { ignore: ['**/drafts/**'], ignoreBase: dir });
    assert.deepEqual(documents.map((d) => path.basename(d.file)).sort(), ['drafts.txt', 'z.txt']);
  });

  it('a pathological ignore glob against a long name is matched without backtracking: the right answer', async () => {
    const long = 'a'.repeat(240);
    write(`${long}.txt`, 'Long.');
    write(`${long}b.txt`, 'Long with a b.');
    write(`x/${long}b/c.txt`, 'In a folder whose name matches.');
    const { documents } = await readCorpus([dir], { ignore: ['*a*a*a*a*a*a*a*a*b', '*a*a*a*a*a*a*a*a*b.txt'], ignoreBase: dir });
    assert.deepEqual(documents.map((d) => path.basename(d.file)), [`${long}.txt`]);
  });

  it('throws "corpus folder not found" for a missing path', async () => {
    const missing = path.join(dir, 'nope');
    assert.equal(await inputError(readCorpus([missing])), `corpus folder not found: ${missing}`);
  });

  it('throws "corpus is empty" when nothing readable is there', async () => {
    write('only.bin.txt', Buffer.from([0, 1, 2, 3]));
    write('blank.md', '  \n');
    assert.equal(await inputError(readCorpus([dir])), `corpus is empty: ${dir}`);
    const glob = path.join(dir, '*.none');
    assert.equal(await inputError(readCorpus([glob])), `corpus is empty: ${glob}`);
  });
});

describe('readCorpus skips a folder\'s own documentation', () => {
  it('reads releases, not README.md or LICENSE.txt', async () => {
    const { readCorpus } = await import('../../server/src/engine/corpus/readCorpus');
    const fsm = await import('node:fs');
    const osm = await import('node:os');
    const pathm = await import('node:path');
    const dir = fsm.mkdtempSync(pathm.join(osm.tmpdir(), 'presslint-readme-'));
    fsm.writeFileSync(pathm.join(dir, 'README.md'), '# What this corpus is\n');
    fsm.writeFileSync(pathm.join(dir, 'LICENSE.txt'), 'All rights reserved.\n');
    fsm.writeFileSync(pathm.join(dir, '2020-01-01-release.txt'), 'A release.\n');
    const { documents } = await readCorpus([dir]);
    assert.deepEqual(documents.map((d) => pathm.basename(d.file)), ['2020-01-01-release.txt']);
  });
});
