// presslint.json in a workspace folder: reading it (the editor's buffer wins over the file on disk)
// and WorkspaceEdits that change it with jsonc-parser's `modify`, which keeps comments and formatting.
import fs from 'node:fs';
import path from 'node:path';
import { modify, type JSONPath } from 'jsonc-parser/lib/esm/main.js'; // the ESM build: esbuild cannot bundle the UMD one
import type { TextDocuments, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseConfig, type PresslintConfig } from '../engine';
import { pathToUri, snapshot } from './positions';

export const CONFIG_FILE = 'presslint.json';

export interface FolderConfig {
  config?: PresslintConfig;
  /** Why presslint.json could not be used (the engine's message names the line). */
  error?: string;
  /** The text it was read from (to name lines in later warnings). */
  text?: string;
  file?: string;
}

/** The current text of a file: the open buffer if the editor has it, else the disk, else undefined. */
export function currentText(file: string, documents: TextDocuments<TextDocument>): { text?: string; version: number | null } {
  const open = documents.get(pathToUri(file));
  if (open) return { text: open.getText(), version: open.version };
  try {
    return { text: fs.readFileSync(file, 'utf8'), version: null };
  } catch {
    return { text: undefined, version: null };
  }
}

export function readFolderConfig(dir: string | undefined, documents: TextDocuments<TextDocument>): FolderConfig {
  if (!dir) return {};
  const file = path.join(dir, CONFIG_FILE);
  const { text } = currentText(file, documents);
  if (text === undefined || !text.trim()) return {};
  try {
    return { config: parseConfig(text, file), text, file };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** The corpus locations presslint.json names (relative to its folder), if any. */
export function configCorpus(config: PresslintConfig | undefined): string[] {
  const c = (config as { corpus?: unknown } | undefined)?.corpus;
  if (typeof c === 'string') return c.trim() ? [c] : [];
  if (Array.isArray(c)) return c.filter((x): x is string => typeof x === 'string' && !!x.trim());
  return [];
}

/** One change to a JSON document: set `path` to `value`, or append `value` to the array at `path`. */
export interface JsonChange {
  path: JSONPath;
  value: unknown;
  append?: boolean;
}

export interface EditCapabilities {
  documentChanges: boolean;
  createFiles: boolean;
}

/** Indentation the file already uses (tabs or N spaces); 2 spaces for a new file. */
function formatting(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)\S/.exec(text);
  if (m && m[1].startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: m ? m[1].length : 2, eol };
}

/** Text edits (offsets into `text`) that make one change, formatting kept. */
export function jsonEdits(text: string, change: JsonChange): { offset: number; length: number; content: string }[] {
  const jsonPath = change.append ? [...change.path, -1] : change.path;
  return modify(text, jsonPath, change.value, {
    formattingOptions: formatting(text),
    isArrayInsertion: !!change.append,
  });
}

/** Whether the array at `path` in `text` already holds an item equal to `value`. */
export function arrayHas(config: unknown, jsonPath: JSONPath, value: unknown): boolean {
  let node: unknown = config;
  for (const seg of jsonPath) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[seg];
  }
  if (!Array.isArray(node)) return false;
  const want = JSON.stringify(value);
  return node.some((item) => JSON.stringify(item) === want);
}

/**
 * A WorkspaceEdit applying `change` to the JSON file `file`: a TextDocumentEdit on its current text,
 * or, when the file does not exist, a CreateFile followed by the insertion of its whole content.
 * Undefined when the client cannot create files and the file does not exist.
 */
export function jsonFileEdit(
  file: string,
  change: JsonChange,
  documents: TextDocuments<TextDocument>,
  caps: EditCapabilities,
): WorkspaceEdit | undefined {
  const uri = pathToUri(file);
  const { text, version } = currentText(file, documents);
  if (text === undefined) {
    if (!caps.documentChanges || !caps.createFiles) return undefined;
    const content = applyAll('{}', change) + '\n';
    return {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true, overwrite: false } },
        {
          textDocument: { uri, version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }],
        },
      ],
    };
  }
  const base = text.trim() ? text : '{}';
  const snap = snapshot(uri, base);
  const edits: TextEdit[] = jsonEdits(base, change).map((e) => ({
    range: { start: snap.positionAt(e.offset), end: snap.positionAt(e.offset + e.length) },
    newText: e.content,
  }));
  if (base !== text) {
    // An empty file: replace it whole.
    edits.splice(0, edits.length, { range: { start: { line: 0, character: 0 }, end: snapshot(uri, text).positionAt(text.length) }, newText: applyAll(base, change) + '\n' });
  }
  if (caps.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits } };
}

function applyAll(text: string, change: JsonChange): string {
  let out = text;
  const edits = jsonEdits(text, change).sort((a, b) => b.offset - a.offset);
  for (const e of edits) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}
