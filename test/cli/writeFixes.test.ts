// writeFixedFile refuses to overwrite a file that changed on disk since it was read.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { readTextFile } from '../../server/src/engine/corpus/readTextFile';
import { writeFixedFile } from '../../server/src/cli/writeFixes';
import { removeProject, tempProject } from './helpers';

describe('writeFixedFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempProject({ 'a.txt': 'old text\r\n' });
  });
  afterEach(() => removeProject(dir));

  it('writes when the file is as it was read', () => {
    const file = path.join(dir, 'a.txt');
    const read = readTextFile(file);
    assert.ok(read.ok);
    assert.equal(writeFixedFile(file, read, 'new text\r\n'), 'written');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new text\r\n');
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });

  it('refuses when someone changed the file in between', () => {
    const file = path.join(dir, 'a.txt');
    const read = readTextFile(file);
    assert.ok(read.ok);
    fs.writeFileSync(file, 'edited by someone else\n');
    assert.equal(writeFixedFile(file, read, 'new text\r\n'), 'changed-on-disk');
    assert.equal(fs.readFileSync(file, 'utf8'), 'edited by someone else\n');
    assert.deepEqual(fs.readdirSync(dir), ['a.txt'], 'no temporary file left');
  });

  it('refuses when the file was deleted in between', () => {
    const file = path.join(dir, 'a.txt');
    const read = readTextFile(file);
    assert.ok(read.ok);
    fs.rmSync(file);
    assert.equal(writeFixedFile(file, read, 'new text'), 'changed-on-disk');
    assert.equal(fs.existsSync(file), false);
  });
});
