// Positions. LSP positions count UTF-16 code units, and so do JS string indices and the engine's
// offsets, so TextDocument.positionAt/offsetAt convert without any re-encoding. This module is the
// one place that converts, so an encoding change (positionEncoding utf-8) would land here.
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { Position, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Anything with the conversions of TextDocument (an open document or a snapshot of a file). */
export type PositionSource = Pick<TextDocument, 'positionAt' | 'offsetAt'>;

export function toRange(doc: PositionSource, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toOffsets(doc: PositionSource, range: Range): { start: number; end: number } {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

export function offsetAt(doc: PositionSource, position: Position): number {
  return doc.offsetAt(position);
}

/** A position-conversion snapshot of text that is not open in the editor (e.g. presslint.json on disk). */
export function snapshot(uri: string, text: string): TextDocument {
  return TextDocument.create(uri, 'plaintext', 0, text);
}

/** Whether offset lies inside [start, end] (the end included, so a hover right after a word counts). */
export function contains(start: number, end: number, offset: number): boolean {
  return offset >= start && offset <= end;
}

/** Ranges overlap or touch (for picking diagnostics under a cursor or selection). */
export function rangesTouch(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** A link to a corpus file at a 1-based line, resolving relative files against `base`. */
export function fileLineUri(file: string, line: number, base?: string): string {
  const abs = path.isAbsolute(file) ? file : path.resolve(base ?? process.cwd(), file);
  return `${pathToUri(abs)}#L${Math.max(1, line)}`;
}
