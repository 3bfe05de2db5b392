// Reading one text file safely: size limit, binary detection (NUL bytes), BOMs (UTF-8, UTF-16 LE/BE),
// invalid UTF-8 decoded with replacement characters and a notice. Shared by the corpus reader and
// the CLI's lint (which needs the BOM, the line ending and the mtime to write fixes back safely).
import fs from 'node:fs';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export interface TextFile {
  ok: true;
  /** Decoded text, BOM removed, line endings as in the file. */
  text: string;
  encoding: Encoding;
  /** Whether the file started with a byte order mark (kept when writing back). */
  bom: boolean;
  /** The first line ending in the file ('\n' when none). */
  eol: '\n' | '\r\n' | '\r';
  /** Whether decoding replaced invalid bytes (writing back would lose them). */
  lossy: boolean;
  mtimeMs: number;
  size: number;
  /** The bytes as read, to tell whether the file changed since. */
  bytes: Buffer;
  /** Something worth telling the user (e.g. invalid UTF-8), when there is. */
  notice?: string;
}

export interface SkippedFile {
  ok: false;
  reason: 'binary' | 'too-large' | 'not-a-file' | 'unreadable' | 'not-found';
  /** A short explanation, e.g. "binary file (contains NUL bytes)". */
  message: string;
}

export type ReadResult = TextFile | SkippedFile;

export interface ReadTextFileOptions {
  /** Files larger than this many bytes are skipped (default 5 MB). */
  maxFileSize?: number;
}

export function readTextFile(file: string, options: ReadTextFileOptions = {}): ReadResult {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'not-found', message: 'file not found' };
    return { ok: false, reason: 'unreadable', message: `cannot read (${code ?? (err as Error).message})` };
  }
  if (!stat.isFile()) return { ok: false, reason: 'not-a-file', message: 'not a regular file' };
  if (stat.size > max) {
    return { ok: false, reason: 'too-large', message: `file too large (${stat.size} bytes; the limit is ${max})` };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: 'unreadable', message: `cannot read (${code ?? (err as Error).message})` };
  }
  if (bytes.length > max) {
    return { ok: false, reason: 'too-large', message: `file too large (${bytes.length} bytes; the limit is ${max})` };
  }
  const decoded = decodeText(bytes);
  if (!decoded) return { ok: false, reason: 'binary', message: 'binary file (contains NUL bytes)' };
  return {
    ok: true,
    ...decoded,
    eol: detectEol(decoded.text),
    mtimeMs: stat.mtimeMs,
    size: bytes.length,
    bytes,
  };
}

interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  lossy: boolean;
  notice?: string;
}

/** Decodes a file's bytes; undefined for binary content. */
export function decodeText(bytes: Uint8Array): Decoded | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', bom: true, lossy: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be', bom: true, lossy: false };
  }
  if (bytes.includes(0)) return undefined;
  return decodeUtf8(bytes, false);
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8', bom, lossy: false };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf8',
      bom,
      lossy: true,
      notice: 'invalid UTF-8 (decoded with replacement characters)',
    };
  }
}

/** Encodes text back the way `readTextFile` found it (encoding and BOM). */
export function encodeText(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'utf8') {
    const body = Buffer.from(text, 'utf8');
    return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf16be') le.swap16();
  const mark = encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), le]) : le;
}

export function detectEol(text: string): '\n' | '\r\n' | '\r' {
  const i = text.search(/[\r\n]/);
  if (i < 0) return '\n';
  if (text[i] === '\n') return '\n';
  return text[i + 1] === '\n' ? '\r\n' : '\r';
}
