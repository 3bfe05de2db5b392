import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectEol, encodeText, readTextFile } from '../../server/src/engine/corpus/readTextFile';

describe('readTextFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-read-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const roundTrip = (bytes: Buffer) => {
    const file = path.join(dir, 'f.txt');
    fs.writeFileSync(file, bytes);
    const r = readTextFile(file);
    assert.ok(r.ok);
    assert.deepEqual(encodeText(r.text, r.encoding, r.bom), bytes, 'encodeText must give back the same bytes');
    return r;
  };

  it('keeps CRLF in the text and reports it', () => {
    const r = roundTrip(Buffer.from('a\r\nb\r\n'));
    assert.equal(r.text, 'a\r\nb\r\n');
    assert.equal(r.eol, '\r\n');
    assert.equal(r.bom, false);
  });

  it('strips and reports a UTF-8 BOM', () => {
    const r = roundTrip(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x\ny')]));
    assert.equal(r.text, 'x\ny');
    assert.equal(r.bom, true);
    assert.equal(r.encoding, 'utf8');
  });

  it('round-trips UTF-16 LE and BE with BOMs', () => {
    const le = roundTrip(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo\r\n', 'utf16le')]));
    assert.equal(le.text, 'héllo\r\n');
    assert.equal(le.encoding, 'utf16le');
    const be = roundTrip(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('héllo', 'utf16le').swap16()]));
    assert.equal(be.text, 'héllo');
    assert.equal(be.encoding, 'utf16be');
  });

  it('says why a file is skipped', () => {
    fs.writeFileSync(path.join(dir, 'bin'), Buffer.from([1, 0, 2]));
    assert.deepEqual(readTextFile(path.join(dir, 'bin')), { ok: false, reason: 'binary', message: 'binary file (contains NUL bytes)' });
    const missing = readTextFile(path.join(dir, 'missing.txt'));
    assert.equal(missing.ok, false);
    assert.equal(!missing.ok && missing.reason, 'not-found');
    const folder = readTextFile(dir);
    assert.equal(!folder.ok && folder.reason, 'not-a-file');
    fs.writeFileSync(path.join(dir, 'big.txt'), 'abcdef');
    const big = readTextFile(path.join(dir, 'big.txt'), { maxFileSize: 5 });
    assert.equal(!big.ok && big.reason, 'too-large');
  });

  it('marks lossy decoding', () => {
    fs.writeFileSync(path.join(dir, 'l.txt'), Buffer.from([0x61, 0xff, 0x62]));
    const r = readTextFile(path.join(dir, 'l.txt'));
    assert.ok(r.ok && r.lossy && r.notice);
  });

  it('detects the first line ending', () => {
    assert.equal(detectEol('no breaks'), '\n');
    assert.equal(detectEol('a\nb\r\n'), '\n');
    assert.equal(detectEol('a\r\nb\n'), '\r\n');
    assert.equal(detectEol('a\rb'), '\r');
  });
});
