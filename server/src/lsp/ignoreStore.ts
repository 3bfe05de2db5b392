// "Ignore here": diagnostics a user dismissed, by their position-independent `key`, per file, in
// `<workspace folder>/.presslint/ignored.json`:
//   { "drafts/visit.release.txt": ["<key>", ...] }
// Written through a WorkspaceEdit (undoable); read from the editor's buffer when open, else disk.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'jsonc-parser/lib/esm/main.js'; // the ESM build: esbuild cannot bundle the UMD one
import type { TextDocuments, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToUri, uriToPath } from './positions';
import { currentText, jsonFileEdit, type EditCapabilities } from './presslintJson';
import type { FolderState } from './workspaceTermBases';

export const IGNORE_FILE = path.join('.presslint', 'ignored.json');

interface Cached {
  stamp: string;
  byFile: Map<string, Set<string>>;
}

export class IgnoreStore {
  private cache = new Map<string, Cached>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  fileFor(folder: FolderState): string | undefined {
    return folder.dir ? path.join(folder.dir, IGNORE_FILE) : undefined;
  }

  isIgnoreDocument(uri: string): boolean {
    const file = uriToPath(uri);
    return !!file && file.endsWith(path.sep + IGNORE_FILE);
  }

  /** The document's path as stored in the ignore file (relative to the folder, '/' separators). */
  relativeName(folder: FolderState, uri: string): string | undefined {
    const file = uriToPath(uri);
    if (!file || !folder.dir) return undefined;
    return path.relative(folder.dir, file).split(path.sep).join('/');
  }

  /** Keys dismissed in this document (for lintText's ignoredKeys). */
  keysFor(folder: FolderState, uri: string): Set<string> {
    const name = this.relativeName(folder, uri);
    return (name && this.load(folder).get(name)) || new Set();
  }

  isIgnored(folder: FolderState, uri: string, key: string): boolean {
    const name = this.relativeName(folder, uri);
    return !!name && !!this.load(folder).get(name)?.has(key);
  }

  /** The edit that adds `key` for the document, or undefined when it cannot be stored. */
  ignoreEdit(folder: FolderState, uri: string, key: string, caps: EditCapabilities): WorkspaceEdit | undefined {
    const file = this.fileFor(folder);
    const name = this.relativeName(folder, uri);
    if (!file || !name) return undefined;
    return jsonFileEdit(file, { path: [name], value: key, append: true }, this.documents, caps);
  }

  private load(folder: FolderState): Map<string, Set<string>> {
    const file = this.fileFor(folder);
    if (!file) return new Map();
    const open = this.documents.get(pathToUri(file));
    let stamp: string;
    if (open) stamp = `v${open.version}`;
    else {
      try {
        const st = fs.statSync(file);
        stamp = `m${st.mtimeMs}:${st.size}`;
      } catch {
        return new Map();
      }
    }
    const cached = this.cache.get(file);
    if (cached?.stamp === stamp) return cached.byFile;
    const byFile = parseIgnoreFile(currentText(file, this.documents).text ?? '');
    this.cache.set(file, { stamp, byFile });
    return byFile;
  }
}

function parseIgnoreFile(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const data: unknown = parse(text, [], { allowTrailingComma: true });
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  for (const [file, keys] of Object.entries(data as Record<string, unknown>)) {
    if (Array.isArray(keys)) out.set(file, new Set(keys.filter((k): k is string => typeof k === 'string')));
  }
  return out;
}
