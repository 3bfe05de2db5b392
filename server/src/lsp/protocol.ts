// presslint's own LSP messages, shared by the server and the VS Code client (types and names only:
// the client bundles this file, so it must not import anything).

/** Server → client notification: a folder's term base is learning, ready or failed. */
export const STATUS_NOTIFICATION = 'presslint/status';

export interface StatusParams {
  /** Workspace folder URI ('' for files outside every folder). */
  folder: string;
  state: 'learning' | 'ready' | 'error';
  people: number;
  organizations: number;
  programmes: number;
  /** Number of corpus documents learned from. */
  documents: number;
  /** Corpus locations (file URIs). */
  corpus: string[];
  message?: string;
}

/** Client → server request: the term base of the folder of `uri` as a readable Markdown document. */
export const TERM_BASE_REQUEST = 'presslint/termBase';

export interface TermBaseParams {
  /** A document or folder URI; omitted: the first workspace folder. */
  uri?: string;
}

export interface TermBaseResult {
  markdown: string;
  people: number;
  organizations: number;
  programmes: number;
}

/** workspace/executeCommand commands the server implements (usable from any editor). */
export const COMMANDS = {
  /** Arguments: [documentUri]. Applies every fix in the document through workspace/applyEdit. */
  fixAll: 'presslint.server.fixAll',
  /** No arguments. Relearns every folder's corpus. */
  relearn: 'presslint.server.relearn',
} as const;

/** The code action kind of "fix everything presslint can fix" (for editor.codeActionsOnSave). */
export const FIX_ALL_KIND = 'source.fixAll.presslint';

/** What the server stores in Diagnostic.data. */
export interface DiagnosticData {
  key: string;
  ruleId: string;
  suggestions: string[];
  /** The flagged text when the diagnostic was made. */
  text: string;
}
