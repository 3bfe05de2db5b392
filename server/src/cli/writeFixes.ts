// Writing a fixed draft back: only if the file on disk is still what was read, atomically
// (a temporary file in the same folder, then rename), in its original encoding, BOM and mode; through a
// symlink, the file it points to is written.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { encodeText, type TextFile } from '../engine/corpus/readTextFile';

export type WriteOutcome = 'written' | 'changed-on-disk';

export function writeFixedFile(linkOrFile: string, original: TextFile, fixedText: string): WriteOutcome {
  let file: string;
  let current: Buffer;
  try {
    // Through a symlink, write the file it points to: renaming over the link would replace the link with a
    // copy and leave the real draft unfixed.
    file = fs.realpathSync(linkOrFile);
    current = fs.readFileSync(file);
  } catch {
    return 'changed-on-disk';
  }
  if (!current.equals(original.bytes)) return 'changed-on-disk';

  const mode = fs.statSync(file).mode & 0o7777;
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.presslint-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(tmp, encodeText(fixedText, original.encoding, original.bom), { mode, flag: 'wx' });
    fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return 'written';
}
